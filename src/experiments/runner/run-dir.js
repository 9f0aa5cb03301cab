/**
 * Files of a run directory. JSON files are written to a temporary sibling and renamed into
 * place, so a reader (or a crash) never sees a half-written file; metrics.jsonl grows by whole
 * lines only, and a resumed run first cuts it back to the checkpoint's step.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { writeFileDurable } from './checkpoint.js';
/**
 * A file-system operation on `path` failed: the message names the path, the reason in words and
 * what to do about it, so the CLI can print it as is (no stack trace).
 */
export class FileSystemError extends Error {
    path;
    code;
    constructor(path, message, code) {
        super(message);
        this.path = path;
        this.code = code;
        this.name = 'FileSystemError';
    }
}
/** What an errno code means for a path, and what to do about it. */
function reasonAndFix(code, creating) {
    switch (code) {
        case 'ENOENT':
            return creating
                ? 'the file system there does not allow creating it (or a directory above it vanished); choose another path'
                : 'it (or a directory above it) does not exist; check the path';
        case 'ENOTDIR':
            return 'a part of the path is a file, not a directory; choose another path';
        case 'EISDIR':
            return 'it is a directory, not a file; give the path of a file';
        case 'EEXIST':
            return 'it already exists and is not a directory; choose another path';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied; check its permissions or choose another path';
        case 'EROFS':
            return 'the file system is read-only; choose a writable path';
        case 'ENOSPC':
        case 'EDQUOT':
            return 'no space left on the device; free space or choose another path';
        case 'ENAMETOOLONG':
            return 'the name is too long; choose a shorter path';
        case 'ELOOP':
            return 'too many symbolic links; check the links on the path';
        default:
            return `${code || 'unknown error'}; check the path`;
    }
}
/** `e` (a Node file-system error) as words naming `file`: "cannot read /x: permission denied; …". */
export function describeFsError(e, file, action = 'access') {
    const code = e?.code;
    return `cannot ${action} ${file}: ${reasonAndFix(code ?? '', action.startsWith('create') || action.startsWith('write'))}`;
}
/** Whether `e` is an error from a Node file-system call (it has an errno code and a syscall). */
export function isFsError(e) {
    return e instanceof Error && typeof e.code === 'string' && typeof e.syscall === 'string';
}
/**
 * `mkdir -p dir`, one level at a time. Node's `mkdirSync(dir, { recursive: true })` loops
 * forever where a directory exists but refuses new entries with ENOENT (/proc, some FUSE
 * mounts); walking down from the deepest existing directory fails at once instead, with a
 * {@link FileSystemError} naming the path.
 */
export function makeDirs(dir) {
    const missing = [];
    let p = path.resolve(dir);
    for (;;) {
        let stat;
        try {
            stat = statSync(p, { throwIfNoEntry: false });
        }
        catch (e) {
            // ENOTDIR: a file further up; keep walking up to name it.
            if (e.code !== 'ENOTDIR')
                throw new FileSystemError(p, describeFsError(e, p), e.code);
        }
        if (stat !== undefined) {
            if (!stat.isDirectory())
                throw new FileSystemError(p, `cannot create ${dir}: ${p} is a file, not a directory; choose another path`, 'ENOTDIR');
            break;
        }
        const parent = path.dirname(p);
        missing.push(p);
        if (parent === p)
            break;
        p = parent;
    }
    for (const d of missing.reverse()) {
        try {
            mkdirSync(d);
        }
        catch (e) {
            // Another process may have created it in between; that is what we wanted.
            if (e.code === 'EEXIST' && statSync(d, { throwIfNoEntry: false })?.isDirectory() === true)
                continue;
            throw new FileSystemError(d, describeFsError(e, d, 'create directory'), e.code);
        }
    }
}
/** Write `value` as pretty JSON to `file` atomically. */
export function writeJsonAtomic(file, value) {
    writeFileDurable(file, JSON.stringify(value, null, 2) + '\n');
}
/** Read and parse a JSON file, with the file name in the error. */
export function readJson(file) {
    let text;
    try {
        text = readFileSync(file, 'utf8');
    }
    catch (e) {
        throw new FileSystemError(file, describeFsError(e, file, 'read'), e.code);
    }
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw new Error(`${file} is not valid JSON (${e.message})`);
    }
}
/** A filesystem-safe UTC timestamp: 2025-01-31T12-00-00-000Z. */
export function timestamp(date) {
    return date.toISOString().replace(/[:.]/g, '-');
}
/**
 * Create a fresh `<outRoot>/<name>-<timestamp>[-k]/` directory and return its path; throws a
 * {@link FileSystemError} naming the path when it cannot be created.
 */
export function createRunDir(outRoot, name, date) {
    makeDirs(outRoot);
    const base = path.join(outRoot, `${name}-${timestamp(date)}`);
    // mkdir itself decides who gets a name, so two processes started in the same millisecond
    // never share a directory (checking with existsSync first would race).
    for (let k = 1;; k++) {
        const dir = k === 1 ? base : `${base}-${k}`;
        try {
            mkdirSync(dir);
            return dir;
        }
        catch (e) {
            if (e.code !== 'EEXIST')
                throw new FileSystemError(dir, describeFsError(e, dir, 'create directory'), e.code);
        }
    }
}
/**
 * The rows of a metrics.jsonl file. A last line without its newline (the process died while
 * appending) is dropped; any other line that does not parse is an error naming the line.
 */
export function readMetrics(file) {
    if (!existsSync(file))
        return [];
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    if (!text.endsWith('\n'))
        lines.pop();
    const rows = [];
    lines.forEach((line, i) => {
        if (line.trim() === '')
            return;
        try {
            rows.push(JSON.parse(line));
        }
        catch {
            throw new Error(`${file}:${i + 1} is not valid JSON`);
        }
    });
    return rows;
}
/**
 * Appends JSON lines to a file, buffering up to `flushEvery` rows so that logging every step
 * does not cost a system call per step. `flush()` before a checkpoint, `close()` at the end.
 */
export class JsonlWriter {
    file;
    flushEvery;
    rows = [];
    /**
     * `keep`: rows to start the file with (a resumed run's rows up to its checkpoint). The file is
     * replaced atomically, so a crash while cutting it back never loses the rows before the
     * checkpoint.
     */
    constructor(file, keep = [], flushEvery = 50) {
        this.file = file;
        this.flushEvery = flushEvery;
        writeFileDurable(file, keep.map((r) => JSON.stringify(r) + '\n').join(''));
    }
    write(row) {
        this.rows.push(JSON.stringify(row));
        if (this.rows.length >= this.flushEvery)
            this.flush();
    }
    flush() {
        if (this.rows.length === 0)
            return;
        appendFileSync(this.file, this.rows.join('\n') + '\n');
        this.rows = [];
    }
    close() {
        this.flush();
    }
}
//# sourceMappingURL=run-dir.js.map