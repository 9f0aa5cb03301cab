#!/usr/bin/env node
import type { CliIO } from './progress.js';
export type { CliIO } from './progress.js';
export { EXIT_FAILURE, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE } from './commands.js';
export { packageVersion } from '../experiments/runner/env.js';
export interface MainOptions {
    /** Directory that relative paths resolve against; default `process.cwd()`. */
    cwd?: string;
    /** Clock for output directory names; default `new Date()`. */
    now?: () => Date;
    /**
     * The stop request. The executable connects it to SIGINT (Ctrl-C), SIGTERM and SIGHUP;
     * aborting it makes a running experiment write a checkpoint and `main` resolve to 130 (the
     * executable then exits with 128 + the signal's number).
     */
    signal?: AbortSignal;
}
/** Standard output and error of this process. */
export declare function processIO(): CliIO;
/** Run the CLI on `argv` (without `node` and the script path); resolves to the exit code. */
export declare function main(argv: readonly string[], io?: CliIO, options?: MainOptions): Promise<number>;
