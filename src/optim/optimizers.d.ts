/**
 * Ready-made optimizers as chains of the building blocks in transform.ts. Each returns a
 * `GradientTransformation`; a training step is
 *   [updates, state] = opt.update(grads, state, params);  params = applyUpdates(params, updates).
 */
import type { AdamState, CountState, EmptyState, GradientTransformation, LearningRate, ScaleByAdamOptions, TraceState } from './transform.js';
export interface SgdOptions {
    /** μ ≥ 0 (default 0: plain SGD). */
    momentum?: number;
    /** Nesterov momentum (needs momentum > 0 and dampening 0). */
    nesterov?: boolean;
    /** τ ∈ [0, 1], PyTorch's `dampening` (default 0). */
    dampening?: number;
    /** Coupled L2 weight decay λ ≥ 0 (default 0). */
    weightDecay?: number;
}
export type SgdState = [EmptyState, TraceState | EmptyState, CountState];
/**
 * Stochastic gradient descent with PyTorch's `torch.optim.SGD` semantics:
 *   g ← g + λ·p                                    (coupled weight decay, enters the momentum)
 *   b₁ = g,  bₜ = μ·bₜ₋₁ + (1 − τ)·g               (momentum buffer, if μ > 0)
 *   d = g + μ·bₜ (nesterov) or d = bₜ (or d = g if μ = 0)
 *   p ← p − η(t)·d
 */
export declare function sgd(lr: LearningRate, { momentum, nesterov, dampening, weightDecay }?: SgdOptions): GradientTransformation<SgdState>;
export type AdamOptions = ScaleByAdamOptions;
export type AdamOptimizerState = [AdamState, CountState];
/**
 * Adam (Kingma & Ba 2015), bias-corrected, with t the 1-based step:
 *   m ← b₁m + (1 − b₁)g,  v ← b₂v + (1 − b₂)g²,
 *   p ← p − η(t−1)·(m/(1 − b₁ᵗ)) / (√(v/(1 − b₂ᵗ)) + ε).
 * Defaults b₁ = 0.9, b₂ = 0.999, ε = 1e-8 (ε outside the square root, as PyTorch and optax).
 */
export declare function adam(lr: LearningRate, options?: AdamOptions): GradientTransformation<AdamOptimizerState>;
export interface AdamWOptions extends ScaleByAdamOptions {
    /** Decoupled weight decay λ ≥ 0 (default 1e-4). */
    weightDecay?: number;
}
export type AdamWState = [AdamState, EmptyState, CountState];
/**
 * AdamW (Loshchilov & Hutter 2019): Adam with decoupled weight decay, as optax.adamw and
 * torch.optim.AdamW:
 *   p ← p − η(t−1)·( m̂/(√v̂ + ε) + λ·p ).
 * The decay is scaled by the learning rate (so it follows the schedule) but never enters the
 * moment estimates.
 */
export declare function adamw(lr: LearningRate, { weightDecay, ...adamOptions }?: AdamWOptions): GradientTransformation<AdamWState>;
