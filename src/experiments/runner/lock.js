/**
 * One writer per run directory. A run (fresh, resumed, or a sweep cell) holds
 * `<dir>/looplab.lock`, created exclusively ('wx') and holding `<pid> <threadId> <host>`, for as long
 * as it writes; a second writer is refused with the holder's pid instead of interleaving its
 * rows into metrics.jsonl. The lock is released when the run ends, and also when the process
 * (or the sweep worker thread) exits without ending it (an error, a second Ctrl-C); a lock
 * whose process no longer exists (kill -9, a crash) is stale and is taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
export const LOCK_FILE = 'looplab.lock';
/** Another live process (or thread) writes this run directory. */
export class RunDirLockedError extends Error {
    dir;
    pid;
    constructor(dir, 
    /** The holder's pid; undefined while the lock file is being written. */
    pid) {
        super(pid === undefined
            ? `${dir} is in use by another looplab process (${path.join(dir, LOCK_FILE)} was just created)`
            : `${dir} is in use by looplab process ${pid} (${path.join(dir, LOCK_FILE)}); wait for it to end or stop it ` +
                `(kill -INT ${pid}); if no such process is running, delete the lock file`);
        this.dir = dir;
        this.pid = pid;
        this.name = 'RunDirLockedError';
    }
}
/** Lock files this thread holds, released by the exit handler if their run did not release them. */
const held = new Set();
let exitHandlerInstalled = false;
function releaseAllOnExit() {
    for (const file of held)
        releaseFile(file);
    held.clear();
}
// The host name lets a queue worker on another machine tell a lock from a dead worker there.
const ownContent = () => `${process.pid} ${threadId} ${os.hostname()}\n`;
function releaseFile(file) {
    try {
        // Only our own lock: a stale-lock takeover by another process must not be undone.
        if (readFileSync(file, 'utf8') === ownContent())
            rmSync(file, { force: true });
    }
    catch {
        // already gone
    }
}
/** Whether process `pid` exists (EPERM: it exists but belongs to another user). */
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}
/**
 * A lock file without a readable pid is one whose writer died between creating and writing it
 * (a few microseconds); it is treated as held until it is this old.
 */
const UNREADABLE_LOCK_GRACE_MS = 10_000;
/**
 * Take the lock of run directory `dir` (which must exist) and return the function that releases
 * it. Throws {@link RunDirLockedError} when a live process holds it.
 */
export function lockRunDir(dir) {
    const file = path.join(dir, LOCK_FILE);
    for (let attempt = 0;; attempt++) {
        let fd;
        try {
            fd = openSync(file, 'wx');
        }
        catch (e) {
            if (e.code !== 'EEXIST' || attempt >= 3)
                throw e;
            let text = '';
            try {
                text = readFileSync(file, 'utf8');
            }
            catch {
                continue; // released meanwhile
            }
            const [pidText, , host] = text.trim().split(/\s+/);
            const pid = Number(pidText);
            if (Number.isSafeInteger(pid) && pid > 0) {
                // A process on another machine (a shared results directory) cannot be checked from here.
                if (processAlive(pid) || (host !== undefined && host !== os.hostname()))
                    throw new RunDirLockedError(dir, pid);
            }
            else {
                let age = Infinity;
                try {
                    age = Date.now() - statSync(file).mtimeMs;
                }
                catch {
                    continue;
                }
                if (age < UNREADABLE_LOCK_GRACE_MS)
                    throw new RunDirLockedError(dir, undefined);
            }
            // Stale: its process is gone.
            rmSync(file, { force: true });
            continue;
        }
        try {
            writeSync(fd, ownContent());
        }
        finally {
            closeSync(fd);
        }
        held.add(file);
        if (!exitHandlerInstalled) {
            process.on('exit', releaseAllOnExit);
            exitHandlerInstalled = true;
        }
        return () => {
            held.delete(file);
            releaseFile(file);
        };
    }
}
//# sourceMappingURL=lock.js.map