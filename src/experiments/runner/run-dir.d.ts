import type { MetricRow } from './types.js';
/**
 * A file-system operation on `path` failed: the message names the path, the reason in words and
 * what to do about it, so the CLI can print it as is (no stack trace).
 */
export declare class FileSystemError extends Error {
    readonly path: string;
    readonly code?: string | undefined;
    constructor(path: string, message: string, code?: string | undefined);
}
/** `e` (a Node file-system error) as words naming `file`: "cannot read /x: permission denied; …". */
export declare function describeFsError(e: unknown, file: string, action?: string): string;
/** Whether `e` is an error from a Node file-system call (it has an errno code and a syscall). */
export declare function isFsError(e: unknown): e is NodeJS.ErrnoException & {
    code: string;
};
/**
 * `mkdir -p dir`, one level at a time. Node's `mkdirSync(dir, { recursive: true })` loops
 * forever where a directory exists but refuses new entries with ENOENT (/proc, some FUSE
 * mounts); walking down from the deepest existing directory fails at once instead, with a
 * {@link FileSystemError} naming the path.
 */
export declare function makeDirs(dir: string): void;
/** Write `value` as pretty JSON to `file` atomically. */
export declare function writeJsonAtomic(file: string, value: unknown): void;
/** Read and parse a JSON file, with the file name in the error. */
export declare function readJson(file: string): unknown;
/** A filesystem-safe UTC timestamp: 2025-01-31T12-00-00-000Z. */
export declare function timestamp(date: Date): string;
/**
 * Create a fresh `<outRoot>/<name>-<timestamp>[-k]/` directory and return its path; throws a
 * {@link FileSystemError} naming the path when it cannot be created.
 */
export declare function createRunDir(outRoot: string, name: string, date: Date): string;
/**
 * The rows of a metrics.jsonl file. A last line without its newline (the process died while
 * appending) is dropped; any other line that does not parse is an error naming the line.
 */
export declare function readMetrics(file: string): MetricRow[];
/**
 * Appends JSON lines to a file, buffering up to `flushEvery` rows so that logging every step
 * does not cost a system call per step. `flush()` before a checkpoint, `close()` at the end.
 */
export declare class JsonlWriter {
    readonly file: string;
    private readonly flushEvery;
    private rows;
    /**
     * `keep`: rows to start the file with (a resumed run's rows up to its checkpoint). The file is
     * replaced atomically, so a crash while cutting it back never loses the rows before the
     * checkpoint.
     */
    constructor(file: string, keep?: readonly object[], flushEvery?: number);
    write(row: object): void;
    flush(): void;
    close(): void;
}
