import type { OpDef } from '../op.js';
import type { Tensor } from '../tensor.js';
export interface ArgsortParams {
    axis: number;
    descending: boolean;
    k: number;
}
export declare const argsortOp: OpDef<'argsort'>;
export interface SortOptions {
    /** Largest first (default false: ascending). Ties still keep their original order. */
    descending?: boolean;
}
/**
 * Indices that sort `x` along `axis`: `x[..., p[j], ...]` is the j-th smallest (largest when
 * descending). Stable; NaN last. No gradient.
 *
 * @param x any dtype, shape [..., n, ...]
 * @returns int32 of the same shape
 */
export declare function argsort(x: Tensor, axis?: number, options?: SortOptions): Tensor;
/**
 * `x` sorted along `axis`: y = x[p] with p = argsort(x). Differentiable in x: the cotangent is
 * scattered back through the permutation, dx[p[j]] = dy[j] (ties: the gradient goes to the
 * element whose position the sort chose, as in JAX and PyTorch).
 *
 * @param x shape [..., n, ...]
 * @returns same shape and dtype
 */
export declare function sort(x: Tensor, axis?: number, options?: SortOptions): Tensor;
/**
 * The `k` largest entries along `axis`, largest first, and their indices. Ties keep their
 * original order; NaN ranks below every number. Values are differentiable (the cotangent is
 * scattered to the chosen positions; the others get zero).
 *
 * @param x shape [..., n, ...] (rank ≥ 1); 0 ≤ k ≤ n
 * @returns [values, indices], shapes [..., k, ...]; indices int32
 */
export declare function topk(x: Tensor, k: number, axis?: number): [Tensor, Tensor];
