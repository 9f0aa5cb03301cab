import type { Report } from '../../report/types.js';
import type { ConfigRanges } from '../runner/ranges.js';
import type { GradientMode, OnlineModelConfig, OnlineTrainConfig } from './online-common.js';
import type { ConfigObject, Experiment, RunContext, RunRecord, Summary } from '../runner/types.js';
export interface OnlineCopyConfig extends ConfigObject {
    /** 'bptt' | 'online' | 'spatial' | 'truncated1' (LRU) | 'snap1' (linearRnn, gru). */
    readonly method: GradientMode;
    readonly task: {
        readonly bits: number;
        readonly patternLength: number;
        readonly blanks: number;
        readonly trainSize: number;
        readonly valSize: number;
        readonly testSize: number;
        /** Seed of the data splits (the same for every run, whatever its seed). */
        readonly dataSeed: number;
    };
    readonly model: OnlineModelConfig;
    readonly train: OnlineTrainConfig;
    /** Log training loss/accuracy every this many steps. */
    readonly logEvery: number;
    /** Accuracy on the validation and test sets every this many steps (and at the end); 0: end only. */
    readonly evalEvery: number;
    /** Gradient alignment with BPTT, per layer, every this many steps; 0: never. */
    readonly alignEvery: number;
    readonly checkpointEvery: number;
}
/** The paper's cell: LRU H = 128, N = 64, 4 layers (267 527 parameters), online, lr 4e-3. */
export declare function defaultOnlineCopyConfig(): OnlineCopyConfig;
/** Allowed values of every setting. */
export declare const onlineCopyRanges: ConfigRanges<OnlineCopyConfig>;
/**
 * A shortened copy task on which the recurrence itself must learn to remember: 2 bits, pattern
 * of 4 steps, 6 blanks (T = 15, delay 11), one LRU layer (H = 16, N = 16) whose eigenvalues
 * start at |λ| ≤ 0.9, 372 steps. The online rule (exact for one layer) learns λ and solves it
 * (test accuracy 0.98–1.0); the spatial gradient gives λ no gradient and must make do with the
 * initial, fading memory (about 0.7).
 */
export declare function smokeOnlineCopyConfig(): OnlineCopyConfig;
/** Checks across settings: the method fits the model, a batch fits in the training set. */
export declare function validateOnlineCopy(c: OnlineCopyConfig): string[];
/** Peak bytes of a run (see `estimateOnlineBytes`): the model, and the three splits as 0/1 bytes. */
export declare function estimateOnlineCopyBytes(c: OnlineCopyConfig): number;
/** Steps of a run: epochs × ⌊trainSize / batchSize⌋ (the last partial batch of an epoch is dropped). */
export declare function copySteps(c: OnlineCopyConfig): number;
/** Train one cell; returns the summary (testAccuracy, valAccuracy, losses, seconds per step, alignment). */
export declare function runOnlineCopy(c: OnlineCopyConfig, ctx: RunContext, name?: string): Promise<Summary>;
/** Learning curves of one run: training loss, and training / validation / test accuracy. */
export declare function copyCurves(r: RunRecord): Report['figures'];
export declare function copyTaskText(c: OnlineCopyConfig): string;
export declare const onlineCopy: Experiment<OnlineCopyConfig>;
