import type { FloatDType } from '../core/dtype.js';
import type { Key } from '../core/random.js';
import { Tensor } from '../core/tensor.js';
/** A coordinate-wise distribution: U(low, high) or N(mean, std²). */
export type IclDistribution = {
    readonly kind: 'uniform';
    readonly low: number;
    readonly high: number;
} | {
    readonly kind: 'normal';
    readonly mean: number;
    readonly std: number;
};
export interface LinearRegressionIclConfig {
    /** N: context pairs per task. */
    readonly nContext: number;
    /** d_x: input width. */
    readonly dX: number;
    /** d_y: output width. */
    readonly dY: number;
    /** Distribution of every coordinate of x_j and x_q (default U(−0.5, 0.5)). */
    readonly xDist: IclDistribution;
    /** Distribution of every entry of W (default N(0, 1)). */
    readonly wDist: IclDistribution;
}
/** The GD-ICL defaults: N = 10, d_x = 10, d_y = 1, x ~ U(−0.5, 0.5), W ~ N(0, I). */
export declare function defaultLinearRegressionIclConfig(): LinearRegressionIclConfig;
/** A batch of B tasks. */
export interface IclBatch {
    /** Context inputs x_j: [B, N, d_x]. */
    readonly x: Tensor;
    /** Context targets y_j = W x_j: [B, N, d_y]. */
    readonly y: Tensor;
    /** Query inputs x_q: [B, d_x]. */
    readonly xq: Tensor;
    /** Query targets y_q = W x_q: [B, d_y]. */
    readonly yq: Tensor;
    /** The task matrices W: [B, d_y, d_x]. */
    readonly w: Tensor;
}
/** Sequence layouts for causal models (see the module notes). */
export type IclSequenceLayout = 'pairs' | 'interleaved';
export declare const ICL_SEQUENCE_LAYOUTS: readonly IclSequenceLayout[];
/** A causal sequence: x: [B, T, D] and the step whose output is the prediction (T − 1). */
export interface IclSequence {
    readonly x: Tensor;
    readonly queryStep: number;
}
/** The task generator returned by {@link linearRegressionIcl}. */
export interface LinearRegressionIcl {
    readonly config: LinearRegressionIclConfig;
    /** D = d_x + d_y: the token width. */
    readonly dToken: number;
    /** B tasks drawn from `key` (float32 unless `dtype` says otherwise). */
    sample(key: Key, batchSize: number, dtype?: FloatDType): IclBatch;
}
/** Raise unless the sizes and distributions are valid. */
export declare function checkLinearRegressionIcl(c: LinearRegressionIclConfig): void;
/**
 * In-context linear regression tasks (module notes). `config` is merged over the GD-ICL
 * defaults.
 *
 * @example
 *   const task = tasks.linearRegressionIcl({ nContext: 10, dX: 10, dY: 1 });
 *   const b = task.sample(random.key(0), 2048);      // x [2048, 10, 10], y [2048, 10, 1], xq, yq, w
 *   const e = tasks.iclTokens(b);                    // [2048, 11, 11]
 */
export declare function linearRegressionIcl(config?: Partial<LinearRegressionIclConfig>): LinearRegressionIcl;
/**
 * GD-ICL tokens of a batch: [B, N + 1, d_x + d_y], rows [x_j; y_j], then the query [x_q; 0]
 * (or [x_q; −W₀ x_q] when an initial W₀ [d_y, d_x] is given: the query token of the
 * construction of one GD step from W₀, `nn.gdConstruction`).
 */
export declare function iclTokens(b: IclBatch, w0?: Tensor): Tensor;
/** A batch as a causal sequence in `layout` (module notes): x [B, T, d_x + d_y], queryStep = T − 1. */
export declare function iclSequence(b: IclBatch, layout?: IclSequenceLayout): IclSequence;
