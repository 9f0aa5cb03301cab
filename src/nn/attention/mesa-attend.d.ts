import { Tensor } from '../../core/tensor.js';
export interface MesaAttendOptions {
    /** λ > 0: the ridge prior is ‖Φ‖²/(2λ) (R_0 = λI). A number, or a tensor broadcasting to the batch shape [...]. */
    lambda: number | Tensor;
    /** Forget factors γ_t ∈ (0, 1]: [..., T] (the batch shape, then time). Omitted: γ = 1. */
    gamma?: Tensor;
    /**
     * Fused op only: keep R every this many steps for the backward pass, which restarts its
     * inverted recursion there (memory ⌈T/every⌉·d² per sequence). Default 64; Infinity keeps only R_T.
     */
    checkpointEvery?: number;
}
/** Default checkpoint interval of R (see `MesaAttendOptions.checkpointEvery`). */
export declare const DEFAULT_CHECKPOINT_EVERY = 64;
/**
 * The mesa-layer's attention for one head, fused (causal):
 *   y_t = Φ̂_t q_t,  Φ̂_t = (Σ_{t'≤t} v kᵀ)(Σ_{t'≤t} k kᵀ + I/λ)⁻¹   (weighted by γ, see the file header)
 * computed by the Sherman–Morrison recursion R_t = (Σ k kᵀ + I/λ)⁻¹ in O(d_k² + d_k d_v) per step
 * and O(d_k² + d_k d_v) memory per sequence besides the outputs. Its gradient (w.r.t. q, k, v,
 * λ and γ) comes from a second fused op that recovers R_{t−1} from R_t by inverting the
 * recursion (restarting at the stored checkpoints); that op has no gradient itself, so
 * grad-of-grad is not available here (use `mesaAttendReference`).
 *
 * q, k: [..., T, d_k], v: [..., T, d_v] (any leading batch axes) -> [..., T, d_v].
 * λ: a number, or a tensor broadcasting to [...] (per sequence/head); γ: [..., T].
 */
export declare function mesaAttend(q: Tensor, k: Tensor, v: Tensor, options: MesaAttendOptions): Tensor;
/**
 * The parallel reference of `mesaAttend` (same signature and semantics), from differentiable
 * ops: A_t = w_{t,0} I/λ + Σ_{t'≤t} w_{t,t'} k kᵀ for all t at once, q̃_t = solve(A_t, q_t),
 * then causal (weighted) linear attention y = (W ⊙ q̃ kᵀ) v with W_{t,t'} = w_{t,t'}.
 * O(T d_k³ + T² (d_k + d_v)) time, O(T d_k²) memory. Gradients of any order.
 */
export declare function mesaAttendReference(q: Tensor, k: Tensor, v: Tensor, options: Omit<MesaAttendOptions, 'checkpointEvery'>): Tensor;
