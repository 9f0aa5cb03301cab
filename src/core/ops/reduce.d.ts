import type { OpDef } from '../op.js';
import type { Tensor } from '../tensor.js';
export type Axis = number | readonly number[] | undefined | null;
export interface ReduceParams {
    axes: readonly number[];
    keepdims: boolean;
}
export declare const reduceOps: {
    readonly sum: OpDef<"sum">;
    readonly max: OpDef<"max">;
    readonly min: OpDef<"min">;
    readonly prod: OpDef<"prod">;
};
/** Sum over `axis` (all axes when omitted). */
export declare function sum(x: Tensor, axis?: Axis, keepdims?: boolean): Tensor;
export declare function max(x: Tensor, axis?: Axis, keepdims?: boolean): Tensor;
export declare function min(x: Tensor, axis?: Axis, keepdims?: boolean): Tensor;
export declare function prod(x: Tensor, axis?: Axis, keepdims?: boolean): Tensor;
/** Arithmetic mean over `axis` (integers average to floats). */
export declare function mean(x: Tensor, axis?: Axis, keepdims?: boolean): Tensor;
/** Variance over `axis` with `ddof` delta degrees of freedom (0: population variance). */
export declare function variance(x: Tensor, axis?: Axis, keepdims?: boolean, ddof?: number): Tensor;
/** log Σ exp(x) over `axis`, stabilised by the (gradient-free) maximum. */
export declare function logsumexp(x: Tensor, axis?: Axis, keepdims?: boolean): Tensor;
export interface ArgParams {
    kind: 'max' | 'min';
}
export declare const argOp: OpDef<'argmax'>;
/** Index of the maximum along `axis` (flattened when omitted); int32. */
export declare function argmax(x: Tensor, axis?: number, keepdims?: boolean): Tensor;
/** Index of the minimum along `axis` (flattened when omitted); int32. */
export declare function argmin(x: Tensor, axis?: number, keepdims?: boolean): Tensor;
