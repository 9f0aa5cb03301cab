import type { Tensor } from '../core/tensor.js';
import type { Tree } from '../core/tree.js';
import type { Schedule } from './schedules.js';
/**
 * A gradient transformation. `update` receives the incoming updates (gradients at the start
 * of a chain), the state returned by the previous call (or `init`), and optionally the current
 * parameters (needed by weight decay); it returns the transformed updates and the new state.
 */
export interface GradientTransformation<S = unknown> {
    init(params: Tree): S;
    update(updates: Tree, state: S, params?: Tree): [Tree, S];
}
/** The state type of a transformation. */
export type StateOf<T> = T extends GradientTransformation<infer S> ? S : never;
/** A fixed learning rate or a schedule of the step count. */
export type LearningRate = number | Schedule;
/** State of a transformation without state. */
export type EmptyState = Record<string, never>;
/** State of step-counting transformations: the number of updates done so far. */
export interface CountState {
    count: number;
}
/** Internal: check a hyperparameter, naming the public function in the error. */
export declare function checkHyper(fn: string, name: string, v: number, lo: number, hi: number, loOpen?: boolean, hiOpen?: boolean): void;
/** Internal: a learning rate at a step as a checked JS number. */
export declare function learningRateAt(fn: string, lr: LearningRate, step: number): number;
/** Internal: validate a learning rate at construction (schedules are checked when evaluated). */
export declare function checkLearningRate(fn: string, lr: LearningRate): void;
/**
 * p ← p + u, leaf by leaf. Updates are cast to each parameter's dtype so an f64 update never
 * silently promotes f32 parameters.
 */
export declare function applyUpdates<P>(params: P, updates: Tree): P;
/** ‖t‖ = √(Σ over all leaves of Σ x²): a scalar tensor (f64 if any leaf is f64, else f32). */
export declare function globalNorm(t: Tree): Tensor;
/** u ← u. */
export declare function identity(): GradientTransformation<EmptyState>;
/** u ← 0 (freezes the parameters it is applied to, e.g. one group of `multiTransform`). */
export declare function setToZero(): GradientTransformation<EmptyState>;
/** u ← factor·u. */
export declare function scale(factor: number): GradientTransformation<EmptyState>;
/**
 * u ← −η(t)·u with t the number of previous updates (so the first update uses η(0)); the
 * sign makes `applyUpdates` descend. `fn` names the optimizer in errors.
 */
export declare function scaleByLearningRate(lr: LearningRate, fn?: string): GradientTransformation<CountState>;
/**
 * Weight decay added to the updates: u ← u + λ·p. Before the momentum/Adam statistics this is
 * coupled (L2-regularisation) decay, as PyTorch's `SGD(weight_decay=λ)`; after them, and
 * before `scaleByLearningRate`, it is AdamW's decoupled decay. `fn` names the caller in errors.
 */
export declare function addDecayedWeights(weightDecay: number, fn?: string): GradientTransformation<EmptyState>;
export interface TraceOptions {
    /** μ ≥ 0. */
    momentum: number;
    /** Look-ahead momentum: u ← g + μ·b instead of b. Needs μ > 0 and no dampening. */
    nesterov?: boolean;
    /** τ ∈ [0, 1]: b ← μ·b + (1 − τ)·g after the first step (PyTorch `dampening`). */
    dampening?: number;
}
/** State of `trace`: the momentum buffer b (shaped like the params) and the step count. */
export interface TraceState {
    count: number;
    momentum: Tree;
}
/**
 * Momentum with PyTorch's `SGD` semantics:
 *   b₁ = g₁,  bₜ = μ·bₜ₋₁ + (1 − τ)·gₜ (t > 1);   u = g + μ·b (nesterov) or u = b.
 * (With τ = 0 this equals optax's `trace`, whose buffer starts at 0.) `fn` names the caller in errors.
 */
export declare function trace({ momentum, nesterov, dampening }: TraceOptions, fn?: string): GradientTransformation<TraceState>;
export interface ScaleByAdamOptions {
    /** Decay of the first-moment average, in [0, 1) (default 0.9). */
    b1?: number;
    /** Decay of the second-moment average, in [0, 1) (default 0.999). */
    b2?: number;
    /** Added to √v̂ in the denominator (default 1e-8). */
    eps?: number;
}
/** State of `scaleByAdam`: first and second moments (shaped like the params) and the step count. */
export interface AdamState {
    count: number;
    mu: Tree;
    nu: Tree;
}
/**
 * Adam's rescaling (Kingma & Ba 2015, bias-corrected), with t = count + 1:
 *   m ← b₁m + (1 − b₁)g,  v ← b₂v + (1 − b₂)g²,  u = m̂/(√v̂ + ε),
 *   m̂ = m/(1 − b₁ᵗ),  v̂ = v/(1 − b₂ᵗ).
 * The corrections are computed in JS float64, so they stay exact for f32 parameters.
 * `fn` names the caller in errors.
 */
export declare function scaleByAdam({ b1, b2, eps }?: ScaleByAdamOptions, fn?: string): GradientTransformation<AdamState>;
/**
 * Rescale all updates together so that their global norm is at most `maxNorm`:
 *   u ← u · maxNorm / max(‖u‖, maxNorm).
 * Computed with tensor ops (no read-back), so it stays on the device.
 */
export declare function clipByGlobalNorm(maxNorm: number): GradientTransformation<EmptyState>;
/**
 * Compose transformations left to right: the updates pass through `transforms[0]`, then
 * `transforms[1]`, ...; the state is the tuple of their states.
 */
export declare function chain<const T extends readonly GradientTransformation[]>(...transforms: T): GradientTransformation<{
    -readonly [K in keyof T]: StateOf<T[K]>;
}>;
