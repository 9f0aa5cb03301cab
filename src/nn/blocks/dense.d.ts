import type { Key } from '../../core/random.js';
import { Tensor } from '../../core/tensor.js';
import type { Layer } from '../types.js';
import type { FloatDType } from './util.js';
/**
 * Variance-scaling schemes: Var(W_ij) = s / n with
 *   'lecun':  s = 1, n = fan_in              (LeCun et al. 1998)
 *   'glorot': s = 1, n = (fan_in + fan_out)/2 (Glorot & Bengio 2010)
 *   'he':     s = 2, n = fan_in              (He et al. 2015)
 */
export type DenseInit = 'lecun' | 'glorot' | 'he';
/**
 * The distribution with that variance: 'normal' N(0, s/n); 'uniform' U(−√(3s/n), √(3s/n));
 * 'truncatedNormal' a normal truncated to ±2 standard deviations, rescaled (÷ 0.8796…) so that
 * the variance after truncation is s/n (as JAX/Flax's `lecun_normal`).
 */
export type DenseDistribution = 'normal' | 'uniform' | 'truncatedNormal';
export declare const DENSE_INITS: readonly DenseInit[];
export declare const DENSE_DISTRIBUTIONS: readonly DenseDistribution[];
export interface DenseConfig {
    /** Input width (last axis of x). */
    dIn: number;
    /** Output width. */
    dOut: number;
    /** Add a bias b (initialised to zero). */
    bias: boolean;
    /** Variance-scaling scheme of W. */
    init: DenseInit;
    /** Distribution of W. */
    distribution: DenseDistribution;
    /** Extra factor on the standard deviation of W (1 = the scheme as published). */
    scale: number;
    dtype: FloatDType;
}
/** `w: [dIn, dOut]`, `b: [dOut]` (absent when `bias` is false). */
export type DenseParams = {
    readonly w: Tensor;
    readonly b?: Tensor;
};
/** Draw a `[fanIn, fanOut]` weight matrix with Var = scale² · s / n (see `DenseInit`). */
export declare function varianceScaling(key: Key, fanIn: number, fanOut: number, init: DenseInit, distribution: DenseDistribution, dtype: FloatDType, scale?: number): Tensor;
/**
 * Dense (affine) layer: y = x W + b.
 *
 * `x: [..., dIn]` -> `[..., dOut]`; `w: [dIn, dOut]`, `b: [dOut]`. Leading axes are flattened
 * for one matmul, so any batch/time layout works and strict mode holds.
 */
export declare const dense: Layer<DenseConfig, DenseParams>;
export interface EmbeddingConfig {
    /** Number of ids (rows of the table). */
    vocabSize: number;
    /** Width of each vector. */
    dim: number;
    /** Standard deviation of the N(0, std²) table entries. */
    std: number;
    dtype: FloatDType;
}
/** `w: [vocabSize, dim]`. */
export type EmbeddingParams = {
    readonly w: Tensor;
};
/**
 * Embedding: y[..., :] = W[ids[...], :].
 *
 * `ids: [...]` (i32, values in [0, vocabSize); `take` rejects others, negative ids count from the
 * end as in numpy) -> `[..., dim]`. The gradient scatters into the
 * rows that were looked up.
 */
export declare const embedding: Layer<EmbeddingConfig, EmbeddingParams>;
