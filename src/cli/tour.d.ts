/**
 * `looplab tour`: the papers' headline findings, each measured by a small run on this machine,
 * with one line per finding while it runs and one page (claim | paper | ours | holds) at the end.
 *
 * Exit codes: 0 every finding holds, 1 one does not (the page says which and by how much) or a
 * run failed, 2 bad input (nothing is written then), 130 stopped by Ctrl-C (the page shows what
 * was measured).
 */
import type { DeviceName } from '../index.js';
import type { AnyFinding } from '../experiments/tour/finding.js';
import type { CommandEnv } from './commands.js';
export declare const TOUR_USAGE: string;
export type TourArgs = {
    readonly mode: 'help';
} | {
    readonly mode: 'list';
    readonly findings: readonly AnyFinding[];
} | {
    readonly mode: 'run';
    readonly findings: readonly AnyFinding[];
    readonly out: string;
    readonly device: DeviceName;
    readonly seed: number;
    readonly smoke: boolean;
    readonly command: string;
};
/** Check the arguments of `tour`; `all` is the findings to choose from (the registry by default). */
export declare function parseTourArgs(args: readonly string[], cwd: string, all?: readonly AnyFinding[]): TourArgs;
export declare function tourCommand(args: TourArgs, env: CommandEnv): Promise<number>;
