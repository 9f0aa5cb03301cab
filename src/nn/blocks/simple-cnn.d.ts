import type { Key } from '../../core/random.js';
import { Tensor } from '../../core/tensor.js';
import type { Labels } from '../labels.js';
import type { Conv2dParams } from './conv.js';
import type { DenseParams } from './dense.js';
import type { BatchNormParams, BatchNormStats } from './norm.js';
import type { FloatDType } from './util.js';
export interface SimpleCnnConfig {
    /** Input channels (1 for MNIST). */
    cIn: number;
    /** '-'-separated tokens: channel counts of 3×3 convolutions and 'avg' for a 2×2 average pool. */
    arch: string;
    nClasses: number;
    /** Batch norm after every convolution. */
    batchNorm: boolean;
    /** Biases in the convolutions and the head. */
    bias: boolean;
    /** Batch-norm ε and running-statistics momentum. */
    eps: number;
    momentum: number;
    dtype: FloatDType;
}
/** One convolution and its batch norm (when the network has them). */
export type SimpleCnnLayerParams = {
    readonly conv: Conv2dParams;
    readonly norm?: BatchNormParams;
};
/** The convolutions in order, the head [C_last, nClasses], the static architecture string and kind. */
export type SimpleCnnParams = {
    readonly convs: readonly SimpleCnnLayerParams[];
    readonly head: DenseParams;
    readonly arch: string;
    readonly kind: 'simpleCnn';
};
/** Running statistics of each convolution's batch norm (empty without batch norm). */
export type SimpleCnnStats = readonly BatchNormStats[];
/** The tokens of an architecture string: channel counts and 'avg'. */
export declare function parseArch(where: string, arch: string): (number | 'avg')[];
export interface SimpleCnnOptions {
    /** Batch statistics (train mode) instead of `stats`. */
    train?: boolean;
    /** Running statistics, needed in eval mode when the network has batch norm. */
    stats?: SimpleCnnStats;
}
/**
 * A conv net from an architecture string (see the module notes). `x: [B, cIn, H, W]` ->
 * `[B, nClasses]`; any H, W that the average pools leave ≥ 1.
 */
export declare const simpleCnn: {
    defaultConfig: () => SimpleCnnConfig;
    init(key: Key, config?: Partial<SimpleCnnConfig>): SimpleCnnParams;
    /** Running statistics before any batch (mean 0, var 1), one per batch norm; empty without. */
    initStats: (params: SimpleCnnParams) => SimpleCnnStats;
    apply(params: SimpleCnnParams, x: Tensor, options?: SimpleCnnOptions): Tensor;
    /**
     * The logits and the inputs of every layer after the first: for convolution l < L the map
     * [B, C_l, h, w] that convolution l + 1 reads, and the pooled [B, C_L] the head reads; and
     * the input of every batch norm, [B, C_l, H_l, W_l] (empty without batch norm).
     */
    features(params: SimpleCnnParams, x: Tensor, options?: SimpleCnnOptions): {
        logits: Tensor;
        features: Tensor[];
        preNorm: Tensor[];
    };
    /** Apply and return the updated running statistics (train mode: r ← momentum · r + (1 − momentum) · batch moment) or the same ones (eval mode). */
    applyWithStats(params: SimpleCnnParams, stats: SimpleCnnStats, x: Tensor, options?: {
        train?: boolean;
    }): [Tensor, SimpleCnnStats];
    /** conv w: 'weight', conv b: 'bias', batch norm: 'norm', head: dense's labels. */
    labels: (params: SimpleCnnParams) => Labels<SimpleCnnParams>;
};
