import type { NoParams, OpDef } from '../op.js';
import type { Tensor } from '../tensor.js';
export interface TraceAdvanceParams {
    /** Whether ḡ is given and the products S_t are computed. */
    readonly withGrad: boolean;
}
/** The unfused composition of `diagTraceAdvance` (same inputs and outputs). */
export declare function diagTraceAdvanceReference(ins: readonly Tensor[], { withGrad }: TraceAdvanceParams): Tensor[];
/** The unfused composition of `diagStateUpdate` (same inputs and outputs). */
export declare function diagStateUpdateReference([lr, li, g, bur, bui, hr, hi, elr, eli, egr, egi]: readonly Tensor[]): Tensor[];
/** The unfused composition of `diagStateGrads` (same inputs and outputs). */
export declare function diagStateGradsReference([elr, eli, egr, egi, gr, gi]: readonly Tensor[]): Tensor[];
/**
 * Inputs: λre, λim, γ [N], u [B, H], E re/im [B, N, H], with `withGrad` ḡ re/im [B, N].
 * Outputs: E_t re/im [B, N, H], with `withGrad` S_t = Σ_b conj(E_t) ḡ re/im [N, H].
 */
export declare const diagTraceAdvanceOp: OpDef<'diagTraceAdvance'>;
/** Inputs: λre, λim, γ [N], (W u_t) re/im, h_{t−1} re/im, e^λ re/im, e^γ re/im [B, N]. Outputs: e^λ, e^γ, h_t re/im [B, N]. */
export declare const diagStateUpdateOp: OpDef<'diagStateUpdate'>;
/** Inputs: e^λ, e^γ re/im, ḡ re/im [B, N]. Outputs: Σ_b conj(e^λ) ḡ re/im, Σ_b Re(conj(e^γ) ḡ) [N]. */
export declare const diagStateGradsOp: OpDef<'diagStateGrads'>;
/** Parameters of `diagStateUpdate` and `diagStateGrads`. */
export type DiagStateParams = NoParams;
