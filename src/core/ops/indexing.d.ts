import type { DType } from '../dtype.js';
import type { OpDef } from '../op.js';
import { Tensor } from '../tensor.js';
/** Indices as accepted by `take` and `oneHot`: an i32 tensor, a JS integer or an array of them. */
export type IndexLike = Tensor | number | readonly number[];
export interface GatherParams {
    readonly axis: number;
    /** The public function named in errors ('take' or 'takeAlongAxis'). */
    readonly api: string;
}
export declare const gatherOp: OpDef<'takeAlongAxis'>;
/**
 * Internally the indices may broadcast against the updates on non-axis dims (size 1); the
 * public `scatterAdd` insists on equal shapes, as torch does.
 */
export interface ScatterAddParams {
    readonly axis: number;
}
export declare const scatterAddOp: OpDef<'scatterAdd'>;
/**
 * numpy `take_along_axis`: pick, for every position of `indices`, the element of x along
 * `axis`. x and indices have the same rank; their other axes broadcast.
 *
 * x: [..., n, ...], indices (i32): [..., m, ...] -> [..., m, ...]
 * y[..i..] = x[i_0, ..., idx[..i..], ...]
 * Out-of-range indices throw on the CPU; on WebGPU they are clamped into 0..n−1.
 */
export declare function takeAlongAxis(x: Tensor, indices: Tensor, axis: number): Tensor;
/**
 * numpy `take`: elements of x at `indices` along `axis` (default: of the flattened x). The
 * indexed axis is replaced by the shape of `indices` (a JS number removes it).
 *
 * x: [pre..., n, post...], indices: [i...] -> [pre..., i..., post...]
 * VJP: scatter-add of the cotangent into zeros. Out-of-range indices throw on the CPU; on
 * WebGPU they are clamped into 0..n−1.
 */
export declare function take(x: Tensor, indices: IndexLike, axis?: number): Tensor;
/**
 * torch `scatter_add`: a copy of x with `updates` added at the positions named by `indices`
 * along `axis` (repeated indices accumulate). indices and updates have the same shape, x's
 * rank, and are no larger than x on the other axes. The adjoint of `takeAlongAxis`;
 * differentiable in x and updates. Negative indices count from the end.
 *
 * x: [..., n, ...], indices (i32) and updates: [..., m, ...] -> [..., n, ...]
 * y[..j.., idx[..j..] on axis] += u[..j..]
 * Out-of-range indices throw on the CPU; on WebGPU their updates are dropped. The WebGPU
 * kernel is deterministic and sums in the CPU's order.
 */
export declare function scatterAdd(x: Tensor, indices: Tensor, updates: Tensor, axis: number): Tensor;
/**
 * One-hot encoding: y[..., k] = 1 if indices[...] = k else 0, for k < n. As in JAX, indices
 * outside 0..n−1 (e.g. −1 for padding) give an all-zero row.
 *
 * indices (i32): [...] -> [..., n]
 */
export declare function oneHot(indices: IndexLike, n: number, dtype?: DType): Tensor;
