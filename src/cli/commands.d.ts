/**
 * What `looplab run`, `sweep` and `report` do once their arguments are checked: create the
 * output directory, run, print progress and results, render the report, and map the outcome to
 * an exit code (0 finished, 1 failed, 130 stopped by Ctrl-C with a checkpoint).
 */
import type { DeviceName } from '../index.js';
import type { ReportArgs, RunArgs, SweepArgs } from './args.js';
import type { CliIO } from './progress.js';
export declare const EXIT_OK = 0;
export declare const EXIT_FAILURE = 1;
export declare const EXIT_USAGE = 2;
/** 128 + SIGINT, what shells report for a process ended by Ctrl-C. */
export declare const EXIT_INTERRUPTED = 130;
export interface CommandEnv {
    readonly io: CliIO;
    readonly cwd: string;
    readonly now: () => Date;
    readonly signal?: AbortSignal;
}
/** A path relative to the working directory when inside it, else absolute. */
export declare function displayPath(p: string, cwd: string): string;
/** Make `device` the default device, initialising WebGPU when asked for. Null on success. */
export declare function useDevice(device: DeviceName, env: CommandEnv): Promise<number | null>;
export declare function runCommand(args: Exclude<RunArgs, {
    mode: 'help';
}>, env: CommandEnv): Promise<number>;
export declare function sweepCommand(args: Exclude<SweepArgs, {
    mode: 'help';
}>, env: CommandEnv): Promise<number>;
export declare function reportCommand(args: Exclude<ReportArgs, {
    mode: 'help';
}>, env: CommandEnv): Promise<number>;
