import type { OpDef } from '../op.js';
import { Tensor } from '../tensor.js';
/**
 * Reshape to `shape` (one entry may be −1). Shares the buffer: no copy.
 */
export declare function reshape(x: Tensor, shape: readonly number[]): Tensor;
/** Flatten to one dimension. */
export declare function ravel(x: Tensor): Tensor;
export interface BroadcastParams {
    readonly shape: readonly number[];
}
export declare const broadcastOp: OpDef<'broadcastTo'>;
/** Broadcast (numpy rules) to `shape`, materialising the copy. Rank promotion here is explicit. */
export declare function broadcastTo(x: Tensor, shape: readonly number[]): Tensor;
export interface TransposeParams {
    readonly perm: readonly number[];
}
export declare const permuteOp: OpDef<'transpose'>;
/**
 * Permute axes (default: reverse them, as numpy's `transpose`).
 */
export declare function transpose(x: Tensor, perm?: readonly number[]): Tensor;
/** Swap two axes. */
export declare function swapAxes(x: Tensor, a: number, b: number): Tensor;
/** Transpose of the last two axes (matrix transpose, batched). */
export declare function mT(x: Tensor): Tensor;
/**
 * Insert a size-1 axis at `axis` (in the output's numbering): x: [2, 3], axis 1 -> [2, 1, 3].
 * PyTorch's name; numpy and JAX call it `expand_dims` (exported as the alias `expandDims`).
 */
export declare function unsqueeze(x: Tensor, axis: number): Tensor;
/** Alias of `unsqueeze` under its numpy/JAX name (`expand_dims`, one axis). */
export declare const expandDims: typeof unsqueeze;
/** Remove size-1 axes (all of them, or those named). */
export declare function squeeze(x: Tensor, axis?: number | readonly number[]): Tensor;
