import { Tensor } from '../../core/tensor.js';
/** Raise unless `p[name]` is a tensor of the given shape. */
export declare function checkParam(layer: string, name: string, t: Tensor | undefined, shape: readonly number[]): void;
/**
 * Check a whole-sequence input x: [B, T, dIn] or [T, dIn] (`symbol` names dIn as the layer's
 * config does); returns the time axis (rank − 2).
 */
export declare function sequenceAxis(layer: string, x: Tensor, dIn: number, symbol?: string): number;
/** Check one time step x_t: [..., dIn] (`symbol` names dIn as the layer's config does). */
export declare function checkStepInput(layer: string, xT: Tensor, dIn: number, symbol?: string): void;
/** Check a state tensor against the step input: h [...batch, n] for x_t [...batch, dIn]. */
export declare function checkState(layer: string, name: string, h: Tensor, xT: Tensor, n: number): void;
/** x W^T over the last axis: x [..., in], w [out, in] -> [..., out]. */
export declare function dense(x: Tensor, w: Tensor): Tensor;
/** Zeros [...batch, n] in a parameter's dtype, on its device. */
export declare function zeroState(like: Tensor, batchShape: readonly number[], n: number): Tensor;
/**
 * Run a recurrence over the time axis of u: [..., T, D] (axis = rank − 2), one `cell` call per
 * step on u_t: [..., D]; the per-step outputs are stacked back along the same axis.
 * (Used after hoisting the input projections out of the loop: only the recurrent part runs
 * step by step.) T = 0 gives an empty [..., 0, dOut] output.
 */
export declare function loopTime<S>(u: Tensor, axis: number, s0: S, dOut: number, cell: (s: S, uT: Tensor) => [S, Tensor]): Tensor;
