export declare const LOCK_FILE = "looplab.lock";
/** Another live process (or thread) writes this run directory. */
export declare class RunDirLockedError extends Error {
    readonly dir: string;
    /** The holder's pid; undefined while the lock file is being written. */
    readonly pid: number | undefined;
    constructor(dir: string, 
    /** The holder's pid; undefined while the lock file is being written. */
    pid: number | undefined);
}
/**
 * Take the lock of run directory `dir` (which must exist) and return the function that releases
 * it. Throws {@link RunDirLockedError} when a live process holds it.
 */
export declare function lockRunDir(dir: string): () => void;
