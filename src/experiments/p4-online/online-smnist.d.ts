import type { ConfigRanges } from '../runner/ranges.js';
import type { GradientMode, OnlineModelConfig, OnlineTrainConfig } from './online-common.js';
import type { ConfigObject, Experiment } from '../runner/types.js';
export interface OnlineSmnistConfig extends ConfigObject {
    /** 'bptt' | 'online' (also 'spatial', 'truncated1'). */
    readonly method: GradientMode;
    readonly task: {
        /** psMNIST when true. */
        readonly permuted: boolean;
        readonly permutationSeed: number;
        /** Average f×f pixel blocks first: T = (28/f)² (1: the real sMNIST, T = 784). */
        readonly pool: number;
        /** First n training / test images (0: all 60 000 / 10 000). */
        readonly trainLimit: number;
        readonly testLimit: number;
    };
    readonly model: OnlineModelConfig;
    readonly train: OnlineTrainConfig;
    readonly logEvery: number;
    /** Test accuracy every this many steps (and at the end); 0: end only. */
    readonly evalEvery: number;
    readonly checkpointEvery: number;
}
/**
 * PAPERS.md gives no sMNIST set-up, so this is the copy task's model (LRU H = 128, N = 64,
 * 4 layers) with the LRU's long-sequence ring initialisation |λ| ∈ [0.9, 0.999], batch 50,
 * 10 epochs over the 60 000 training images.
 */
export declare function defaultOnlineSmnistConfig(): OnlineSmnistConfig;
/** Allowed values of every setting. */
export declare const onlineSmnistRanges: ConfigRanges<OnlineSmnistConfig>;
/**
 * Seconds on a CPU: images averaged over 7×7 blocks (a 4×4 image, T = 16 steps), the first 2 000
 * training and 500 test images, one LRU layer (H = 32, N = 32), 120 steps of batch 50.
 */
export declare function smokeOnlineSmnistConfig(): OnlineSmnistConfig;
/**
 * Peak bytes of a run (see `estimateOnlineBytes`): the model on T = (28/pool)² steps, and the
 * images held both as the files' bytes and as f32 sequences.
 */
export declare function estimateOnlineSmnistBytes(c: OnlineSmnistConfig): number;
export declare const onlineSmnist: Experiment<OnlineSmnistConfig>;
