import type { Key } from '../../core/random.js';
import type { Tensor } from '../../core/tensor.js';
import type { Layer } from '../types.js';
import type { Labels } from '../labels.js';
import type { FloatDType } from './util.js';
export interface LayerNormConfig {
    /** Feature width H (last axis). */
    dim: number;
    /** ε added to the variance. */
    eps: number;
    /** Learn a per-feature scale γ (init 1). */
    scale: boolean;
    /** Learn a per-feature shift β (init 0). */
    bias: boolean;
    dtype: FloatDType;
}
/** `gamma: [H]` (if scale), `beta: [H]` (if bias), static `eps`. */
export type LayerNormParams = {
    readonly gamma?: Tensor;
    readonly beta?: Tensor;
    readonly eps: number;
};
/**
 * Layer normalisation (Ba et al. 2016): y = (x − μ) / √(σ² + ε) ⊙ γ + β with μ, σ² the mean
 * and (biased) variance over the last axis.
 *
 * `x: [..., H]` -> `[..., H]`.
 */
export declare const layerNorm: Layer<LayerNormConfig, LayerNormParams>;
export interface RmsNormConfig {
    dim: number;
    eps: number;
    /** Learn a per-feature scale γ (init 1). */
    scale: boolean;
    dtype: FloatDType;
}
/** `gamma: [H]` (if scale), static `eps`. */
export type RmsNormParams = {
    readonly gamma?: Tensor;
    readonly eps: number;
};
/**
 * RMS normalisation (Zhang & Sennrich 2019): y = x / √(mean(x²) + ε) ⊙ γ over the last axis.
 *
 * `x: [..., H]` -> `[..., H]`.
 */
export declare const rmsNorm: Layer<RmsNormConfig, RmsNormParams>;
export interface BatchNormConfig {
    dim: number;
    eps: number;
    /** Running statistics: r ← momentum · r + (1 − momentum) · batch statistic. */
    momentum: number;
    scale: boolean;
    bias: boolean;
    dtype: FloatDType;
}
/** `gamma`, `beta: [H]`, static `eps` and `momentum`. */
export type BatchNormParams = {
    readonly gamma?: Tensor;
    readonly beta?: Tensor;
    readonly eps: number;
    readonly momentum: number;
};
/** Running statistics `mean`, `var: [H]` (the biased batch variance is averaged). */
export type BatchNormStats = {
    readonly mean: Tensor;
    readonly var: Tensor;
};
export interface BatchNormOptions {
    /** Normalise with the statistics of this batch (true) or the running statistics (false, default). */
    train?: boolean;
    /** Running statistics; required in eval mode. */
    stats?: BatchNormStats;
}
export interface BatchNormLayer extends Layer<BatchNormConfig, BatchNormParams, BatchNormOptions> {
    /** Running statistics before any batch: mean 0, var 1. */
    initStats(params: BatchNormParams): BatchNormStats;
    /**
     * Apply and return the updated running statistics (train mode), or the same statistics
     * (eval mode). The running statistics carry no gradient.
     */
    applyWithStats(params: BatchNormParams, stats: BatchNormStats, x: Tensor, options?: {
        train?: boolean;
    }): [Tensor, BatchNormStats];
}
/**
 * Batch normalisation (Ioffe & Szegedy 2015) over the feature (last) axis. Train mode:
 * y = (x − μ_B) / √(σ²_B + ε) ⊙ γ + β with μ_B, σ²_B over all axes but the last (batch and
 * time); eval mode uses the running statistics instead. Running statistics are explicit state:
 * `applyWithStats` returns them updated, r ← m·r + (1 − m)·(batch statistic).
 *
 * `x: [..., H]` (at least two axes in train mode) -> `[..., H]`.
 */
export declare const batchNorm: BatchNormLayer;
/** A normalisation over the feature axis, by name; 'none' is the identity. */
export type NormKind = 'layer' | 'rms' | 'batch' | 'none';
export declare const NORM_KINDS: readonly NormKind[];
/** Parameters of any of the norms ('none': null). */
export type AnyNormParams = LayerNormParams | RmsNormParams | BatchNormParams | null;
/** Initialise the parameters of the named norm over `dim` features (default eps of each; the key is unused today). */
export declare function initNorm(key: Key, kind: NormKind, dim: number, dtype: FloatDType): AnyNormParams;
/** Labels of the named norm's parameters (null for 'none'): γ and β are 'norm'. */
export declare function normLabels(params: AnyNormParams): Labels<AnyNormParams>;
/**
 * Apply the named norm; batch norm uses batch statistics when `train` (returning the updated
 * running statistics when `stats` are given) and the running `stats` otherwise.
 */
export declare function applyNorm(kind: NormKind, params: AnyNormParams, x: Tensor, options?: {
    train?: boolean;
    stats?: BatchNormStats;
}): [Tensor, BatchNormStats | undefined];
