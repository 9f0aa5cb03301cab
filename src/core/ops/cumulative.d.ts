import type { OpDef } from '../op.js';
import type { Tensor } from '../tensor.js';
export interface CumParams {
    axis: number;
    reverse: boolean;
    exclusive: boolean;
}
export declare const cumsumOp: OpDef<'cumsum'>;
export declare const cumprodOp: OpDef<'cumprod'>;
export interface CumulativeOptions {
    /** Accumulate from the end of the axis towards the start (default false). */
    reverse?: boolean;
    /** Leave out the current element: y_j covers l < j (l > j when reverse); default false. */
    exclusive?: boolean;
}
/**
 * Running sum along `axis`: y_j = Σ_{l≤j} x_l (l ≥ j when reverse; strict when exclusive).
 * Accumulates in float64; bool sums to int32.
 *
 * @param x shape [..., n, ...]
 * @returns the same shape
 */
export declare function cumsum(x: Tensor, axis: number, options?: CumulativeOptions): Tensor;
/**
 * Running product along `axis`: y_j = Π_{l≤j} x_l (l ≥ j when reverse; strict when
 * exclusive, so the first entry is 1). The gradient is exact also where x has zeros.
 *
 * @param x shape [..., n, ...]
 * @returns the same shape
 */
export declare function cumprod(x: Tensor, axis: number, options?: CumulativeOptions): Tensor;
