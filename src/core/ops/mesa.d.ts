import type { OpDef } from '../op.js';
import type { Tensor } from '../tensor.js';
export interface MesaOpParams {
    /** Whether a γ input (forget factors, [N, T]) is present. */
    readonly forget: boolean;
    /** Checkpoint interval of R for the backward pass (≥ 1; ≥ T means only the final R_T). */
    readonly every: number;
}
type FloatCtor = Float32ArrayConstructor | Float64ArrayConstructor;
/** Number of stored R checkpoints for T steps. */
export declare function checkpointCount(T: number, every: number): number;
/** Inputs [q, k, v, λ, (γ)]; outputs [y, R checkpoints, c]. */
export declare const mesaForwardOp: OpDef<'mesaAttend'>;
/** Inputs [q, k, v, λ, (γ), y, R checkpoints, c, ḡ]; outputs the cotangents of [q, k, v, λ, (γ)]. */
export declare const mesaBackwardOp: OpDef<'mesaAttendBackward'>;
/** The quantities of the parallel composition (N sequences, T steps). */
export interface MesaComposition {
    /** y_t = Φ̂_t q_t: [N, T, e]. */
    readonly y: Tensor;
    /** A_t = w_{t,0} I/λ + Σ_{t'≤t} w_{t,t'} k kᵀ: [N, T, d, d]. */
    readonly A: Tensor;
}
/**
 * The mesa recursion as a parallel composition of differentiable ops: A_t for all t at once,
 * q̃_t = solve(A_t, q_t), then causal (weighted) linear attention y = (W ⊙ q̃ kᵀ) v with
 * W_{t,t'} = w_{t,t'} = Π_{t'<r≤t} γ_r. O(T d³ + T² (d + e)) time, O(T d²) memory; gradients
 * of any order. q, k: [N, T, d], v: [N, T, e], λ: [N], γ: [N, T] (omitted: γ = 1).
 */
export declare function mesaComposition(q: Tensor, k: Tensor, v: Tensor, lam: Tensor, gamma: Tensor | undefined): MesaComposition;
/**
 * Run the forward recursion on one sequence and then the inverted recursion from R_T (no
 * intermediate checkpoints unless `every` < T), returning max_t ‖R̃_t − R_t‖_F / ‖R_t‖_F, the
 * worst relative Frobenius error of the recovered R_t, and the same for the textbook formula
 * R_{t−1} = R_t − R_t k kᵀ R_t / (kᵀR_t k − 1) (γ = 1 only). Arithmetic in the precision of
 * `F` (storage rounded to f32 for Float32Array). k: [T, d] row-major.
 */
export declare function inverseRecursionDrift(k: ArrayLike<number>, T: number, d: number, lambda: number, F: FloatCtor, every?: number): {
    stored: number;
    textbook: number;
};
export {};
