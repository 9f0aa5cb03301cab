import type { CheckOnlineOptions } from '../learn/check.js';
import type { CheckEquilibriumOptions } from '../learn/equilibrium/check.js';
import type { CliIO } from './progress.js';
export declare const CHECK_USAGE: string;
export type CheckArgs = {
    readonly mode: 'help';
} | {
    readonly mode: 'online';
    readonly options: CheckOnlineOptions;
} | {
    readonly mode: 'equilibrium';
    readonly options: Required<CheckEquilibriumOptions>;
} | {
    readonly mode: 'contrastive';
    readonly options: {
        readonly seed: number;
    };
};
/** Parse `check <what> [options]`; usage errors name the valid options. */
export declare function parseCheckArgs(args: readonly string[]): CheckArgs;
/** Run the check and print its JSON report. */
export declare function checkCommand(args: Exclude<CheckArgs, {
    mode: 'help';
}>, io: CliIO): number;
