import { Tensor } from '../core/tensor.js';
import type { LinearAttentionParams } from '../nn/attention/linear-attention.js';
import type { MesaParams } from '../nn/attention/mesa.js';
/** s_{t−1} for every t (s_0 = 0): [B, T, n]. */
export declare function previous(s: Tensor): Tensor;
/** Least-squares predictions Φ̂_t s_t with ridge λ (module notes): [B, T, n]. */
export declare function lsqPredict(s: Tensor, lambda?: number): Tensor;
/** (Σ_{t'≤t} s_{t'−1} s_{t'−1}ᵀ + λI)⁻¹ s_t (module notes): [B, T, n]. */
export declare function preconditionedInput(s: Tensor, lambda?: number): Tensor;
/**
 * One gradient step on L_t from Φ₀ with step size η, predicting with the update:
 * ŝ_{t+1} = η Σ_{t'≤t} (s_{t'} − Φ₀ s_{t'−1}) s_{t'−1}ᵀ s_t (module notes). η a number or a
 * scalar tensor, Φ₀ [n, n] (differentiable in both): [B, T, n].
 */
export declare function gdStepPredict(s: Tensor, eta: number | Tensor, phi0: Tensor): Tensor;
/**
 * The causal linear-attention layer (one head, d_k = d_v = n, on constructed tokens of width 4n)
 * that computes one gradient step (P2 Prop. 1): W_Q reads s_t (slot 2), W_K reads s_{t−1}
 * (slot 3), W_V e = η s_t − ηΦ₀ s_{t−1} (slots 1 and 3), P writes into slot 0. Its output's first
 * n coordinates equal `gdStepPredict(s, η, Φ₀)`.
 */
export declare function gdStepLinearAttention(n: number, eta: number, phi0: Tensor, dtype?: 'f32' | 'f64'): LinearAttentionParams;
/**
 * The mesa-layer (one head) that computes least squares with ridge λ on constructed tokens:
 * queries s_t (slot 2), keys s_{t−1} (slot 3), values s_t (slot 1), λ_h = 1/λ, output into slot 0.
 * Its output's first n coordinates equal `lsqPredict(s, λ)`.
 */
export declare function lsqMesa(n: number, lambda?: number, dtype?: 'f32' | 'f64'): MesaParams;
/**
 * The loss of predictions against targets per position, ½‖s_{t+1} − ŝ_{t+1}‖² summed over the
 * n dimensions and averaged over the batch: [T] (a plain array).
 */
export declare function lossPerPosition(pred: Tensor, target: Tensor): number[];
/** The training loss of P2: Σ ‖target − prediction‖² / (2 B T), a scalar tensor. */
export declare function sequenceLoss(pred: Tensor, target: Tensor): Tensor;
/** A linear probe y ≈ W x + b. */
export interface RidgeProbe {
    /** W: [d, m], b: [m] (as plain arrays of f64). */
    readonly weights: Float64Array;
    readonly bias: Float64Array;
    readonly dIn: number;
    readonly dOut: number;
    /** Apply to features [N, d] (rows), returning [N, m] as a flat row-major array. */
    predict(x: Float64Array | Tensor): Float64Array;
}
/**
 * Fits y ≈ W x + b by ridge regression (centred, penalty λ‖W‖², bias unpenalised) on features
 * x [N, d] and targets y [N, m] (tensors, any float dtype; solved in f64 by Cholesky).
 */
export declare function ridgeProbe(x: Tensor, y: Tensor, lambda?: number): RidgeProbe;
/**
 * Coefficient of determination of predictions against targets (both [N, m]), pooled over the m
 * outputs: 1 − Σ(y − ŷ)² / Σ(y − ȳ)² with ȳ each output's mean.
 */
export declare function r2(pred: Float64Array | Tensor, target: Tensor): number;
