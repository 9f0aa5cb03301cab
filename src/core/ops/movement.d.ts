import type { OpDef } from '../op.js';
import type { Tensor } from '../tensor.js';
export interface StridedParams {
    readonly starts: readonly number[];
    readonly steps: readonly number[];
    /** stridedSlice: the output shape. stridedEmbed: the output (enclosing) shape. */
    readonly shape: readonly number[];
}
export interface EmbedParams extends StridedParams {
    readonly value: number;
}
export declare const stridedSliceOp: OpDef<'slice'>;
export declare const stridedEmbedOp: OpDef<'embed'>;
/** y[i] = x[starts + i·steps] with y of shape `shape` (internal; bounds already resolved). */
export declare function stridedSlice(x: Tensor, starts: readonly number[], steps: readonly number[], shape: readonly number[]): Tensor;
/** A tensor of shape `shape` filled with `value`, with x placed at starts + i·steps (internal). */
export declare function stridedEmbed(x: Tensor, shape: readonly number[], starts: readonly number[], steps: readonly number[], value: number): Tensor;
export interface ConcatParams {
    readonly axis: number;
}
export declare const concatOp: OpDef<'concat'>;
/**
 * One axis of a `slice`: `null` keeps the whole axis; a number selects one index and removes
 * the axis (negative counts from the end); `[start, stop, step]` is Python's `start:stop:step`
 * (each part may be omitted or null).
 */
export type SliceSpec = number | null | readonly [start?: number | null, stop?: number | null, step?: number | null];
/**
 * numpy basic indexing over the leading axes: `slice(x, 0, [1, null, 2])` is `x[0, 1::2]`.
 * Axes beyond the specs are kept whole. A number spec selects one index (negative from the
 * end, must be in range) and drops the axis; `[start?, stop?, step?]` follows Python (negative
 * bounds count from the end, out-of-range bounds clamp, negative steps walk backwards).
 * VJP: the cotangent placed into zeros of x's shape at the selected positions.
 *
 * x: [d0, d1, ...] -> one axis per range spec and per unspecified trailing axis.
 */
export declare function slice(x: Tensor, ...specs: readonly SliceSpec[]): Tensor;
/**
 * `x[..., start:stop:step, ...]` on one axis (Python slice semantics, see `slice`); the axis is
 * kept even when the range has one element.
 */
export declare function sliceAxis(x: Tensor, axis: number, start: number | null, stop?: number | null, step?: number | null): Tensor;
/** Reverse the order of elements along `axes` (default: all axes). y[i] = x[n − 1 − i]. */
export declare function flip(x: Tensor, axes?: number | readonly number[]): Tensor;
/**
 * Pad with a constant: `widths[d] = [before, after]` elements of `value` around axis d (one
 * pair per axis, non-negative integers). VJP: the cotangent's interior slice.
 *
 * x: [d0, d1, ...] -> [d0 + b0 + a0, d1 + b1 + a1, ...]
 */
export declare function pad(x: Tensor, widths: readonly (readonly [number, number])[], value?: number): Tensor;
/**
 * Join tensors along an existing axis. All shapes must agree except along `axis`; dtypes are
 * promoted as in arithmetic. VJP: the matching slices of the cotangent.
 *
 * xs: [..., n_k, ...] -> [..., Σ n_k, ...]
 */
export declare function concat(xs: readonly Tensor[], axis?: number): Tensor;
/**
 * Join same-shaped tensors along a new axis `axis` (in the output's numbering).
 *
 * xs: k tensors [d0, ..., dn] -> [d0, ..., k, ..., dn]
 */
export declare function stack(xs: readonly Tensor[], axis?: number): Tensor;
/**
 * numpy `split`: a number k cuts `axis` into k equal parts (it must divide the axis); an array
 * of indices [i0, i1, ...] gives the parts [:i0], [i0:i1], ..., [ik:] (Python slice bounds:
 * negative from the end, out of range clamps, so parts may be empty).
 */
export declare function split(x: Tensor, sectionsOrIndices: number | readonly number[], axis?: number): Tensor[];
export interface SplitParams {
    readonly axis: number;
    /** Section boundaries along `axis`: 0 = p_0 ≤ p_1 ≤ … ≤ p_k = its size. */
    readonly points: readonly number[];
}
/**
 * All sections at once, so the gradient is one concat of the sections' cotangents (zeros where a
 * section gets none): slicing sections one by one would embed each cotangent in a full-size
 * zero tensor, O(n²) for the per-time-step loops of recurrent layers.
 */
export declare const splitOp: OpDef<'split'>;
export interface ShiftParams {
    axis: number;
    k: number;
    fill: number;
}
export declare const shiftOp: OpDef<'shiftAxis'>;
/**
 * out_i = x_{i−k} along `axis` (moved k places towards the end), vacated entries = fill.
 * Internal: the time shift used by the VJPs of linearScan and cumprod.
 */
export declare function shiftAxis(x: Tensor, axis: number, k: number, fill: number): Tensor;
