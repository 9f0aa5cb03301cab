import type { ConvPadding } from '../../core/ops/conv.js';
import type { Key } from '../../core/random.js';
import { Tensor } from '../../core/tensor.js';
import type { Layer } from '../types.js';
import type { Labels } from '../labels.js';
import type { BatchNormConfig, BatchNormParams, BatchNormStats } from './norm.js';
import type { DenseDistribution, DenseInit, DenseParams } from './dense.js';
import type { FloatDType } from './util.js';
export interface Conv2dConfig {
    /** Input channels C. */
    cIn: number;
    /** Output channels O. */
    cOut: number;
    /** Kernel [kH, kW]. */
    kernel: [number, number];
    stride: [number, number];
    dilation: [number, number];
    /** 'same' (OH = ⌈H / sH⌉), 'valid' (none), or zeros on each side: a number or [h, w]. */
    padding: ConvPadding;
    /** Channel groups G (C and O multiples of G). */
    groups: number;
    /** Add a per-channel bias b (initialised to zero). */
    bias: boolean;
    /** Variance-scaling scheme of w with fan_in = C/G·kH·kW and fan_out = O/G·kH·kW; 'he' is Kaiming's (He et al. 2015). */
    init: DenseInit;
    distribution: DenseDistribution;
    dtype: FloatDType;
}
/**
 * `w: [O, C/G, kH, kW]`, `b: [O]` (when `bias`), and the static geometry: strides, dilations,
 * groups and the padding ('same', 'valid' or 'explicit' with `padH`, `padW`).
 */
export type Conv2dParams = {
    readonly w: Tensor;
    readonly b?: Tensor;
    readonly kind: 'conv2d';
    readonly strideH: number;
    readonly strideW: number;
    readonly dilationH: number;
    readonly dilationW: number;
    readonly groups: number;
    readonly padding: 'same' | 'valid' | 'explicit';
    readonly padH: number;
    readonly padW: number;
};
/**
 * 2-D convolution layer (NCHW): y = conv2d(x, w) + b.
 *
 * `x: [B, C, H, W]` -> `[B, O, OH, OW]` (see the op `conv2d` for OH, OW). Init: w drawn with
 * Var = s / n from the variance-scaling scheme (default 'he', normal: Kaiming's N(0, 2 / fan_in));
 * b = 0.
 */
export declare const conv2d: Layer<Conv2dConfig, Conv2dParams>;
/**
 * A per-channel vector v [C] as a column [B·C, 1] against x viewed as [B·C, H·W]: a per-row
 * operand, the broadcast the elementwise Wasm kernels take (a [1, C, 1, 1] operand against
 * [B, C, H, W] is not).
 */
export declare function perChannelRows(v: Tensor, B: number): Tensor;
/**
 * Batch normalisation of images (Ioffe & Szegedy 2015), per channel over (B, H, W):
 *   y = (x − μ_c) / √(σ²_c + ε) ⊙ γ_c + β_c,
 * with μ, σ² of this batch in train mode and the running statistics in eval mode. The
 * parameters, statistics and their update are `nn.batchNorm`'s (its config `dim` is C):
 * r ← momentum · r + (1 − momentum) · batch statistic.
 *
 * `x: [B, C, H, W]` -> `[B, C, H, W]`.
 */
export declare const batchNorm2d: {
    defaultConfig: () => BatchNormConfig;
    /** `config.dim` is the number of channels C. */
    init: (key: Key, config?: Partial<BatchNormConfig>) => BatchNormParams;
    initStats: (params: BatchNormParams) => BatchNormStats;
    apply(params: BatchNormParams, x: Tensor, options?: {
        train?: boolean;
        stats?: BatchNormStats;
    }): Tensor;
    /** Apply and return the updated running statistics (train mode), or the same statistics (eval mode); they carry no gradient. */
    applyWithStats(params: BatchNormParams, stats: BatchNormStats, x: Tensor, options?: {
        train?: boolean;
    }): [Tensor, BatchNormStats];
    /** γ and β are 'norm'. */
    labels: (params: BatchNormParams) => Labels<BatchNormParams>;
};
export interface ConvNetConfig {
    /** Input channels (1: Omniglot/MNIST, 3: miniImageNet). */
    cIn: number;
    /** Input height and width [H, W] (fixes the width of the dense head). */
    inputSize: [number, number];
    /** Channels of every conv block. */
    hidden: number;
    /** Number of [conv, BN, ReLU, max-pool] blocks. */
    blocks: number;
    /** Output classes (N of N-way classification). */
    nClasses: number;
    /** Batch-norm ε and running-statistics momentum. */
    eps: number;
    momentum: number;
    dtype: FloatDType;
}
export type ConvNetBlockParams = {
    readonly conv: Conv2dParams;
    readonly norm: BatchNormParams;
};
/** The blocks, the dense head [hidden·h·w, nClasses] and the static kind. */
export type ConvNetParams = {
    readonly blocks: readonly ConvNetBlockParams[];
    readonly head: DenseParams;
    readonly kind: 'convNet';
};
/** Running statistics of each block's batch norm. */
export type ConvNetStats = readonly BatchNormStats[];
/**
 * The 4-block ConvNet of few-shot learning (Vinyals et al. 2016; MAML, Finn et al. 2017):
 * per block conv 3×3 ('same', `hidden` channels) -> batch norm over (B, H, W) -> ReLU ->
 * max-pool 2×2; then the flattened features [B, hidden·h·w] -> dense -> logits.
 *
 * `x: [B, cIn, H, W]` -> `[B, nClasses]`. `options.train`: batch statistics (MAML's setting,
 * also at test time) or, with `options.stats`, the running statistics.
 */
export declare const convNet: {
    defaultConfig: () => ConvNetConfig;
    init(key: Key, config?: Partial<ConvNetConfig>): ConvNetParams;
    /** Running statistics before any batch (mean 0, var 1 per block). */
    initStats: (params: ConvNetParams) => ConvNetStats;
    apply(params: ConvNetParams, x: Tensor, options?: {
        train?: boolean;
        stats?: ConvNetStats;
    }): Tensor;
    /**
     * One block alone, x [B, C, H, W] -> [B, hidden, ⌊H/2⌋, ⌊W/2⌋]: conv, batch norm (batch
     * statistics in train mode, else `stats`), ReLU, max-pool 2.
     */
    block(params: ConvNetBlockParams, x: Tensor, train: boolean, stats?: BatchNormStats): Tensor;
    /** Apply and return the updated running statistics (train mode) or the same ones (eval mode). */
    applyWithStats(params: ConvNetParams, stats: ConvNetStats, x: Tensor, options?: {
        train?: boolean;
    }): [Tensor, ConvNetStats];
    /** conv w: 'weight', conv b: 'bias', batch norm: 'norm', head: dense's labels. */
    labels: (params: ConvNetParams) => Labels<ConvNetParams>;
};
