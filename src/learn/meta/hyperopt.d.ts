import type { Tensor } from '../../core/tensor.js';
import type { AdjointOptions } from '../equilibrium/adjoint.js';
import type { ContrastiveVariant } from './rules.js';
/** The two losses of the bilevel problem, over φ: [n]. */
export interface L2HyperProblem {
    /** L_train(φ) on the whole training set (the implicit methods' Hessian). */
    train: (phi: Tensor) => Tensor;
    /** L_val(φ) on the whole validation set. */
    val: (phi: Tensor) => Tensor;
    /** The nudged phase's L_train at its step k (a minibatch; default `train`). */
    trainAt?: (phi: Tensor, step: number) => Tensor;
    /** The nudged phase's L_val at its step k (default `val`). */
    valAt?: (phi: Tensor, step: number) => Tensor;
}
export type NudgedOptimizer = 'adam' | 'sgd' | 'anderson';
export declare const NUDGED_OPTIMIZERS: readonly NudgedOptimizer[];
export interface ContrastiveL2Options {
    /** β > 0. */
    beta: number;
    /** T_β, the optimiser steps of each nudged phase (≥ 1). */
    steps: number;
    /** The nudged phase's learning rate. */
    lr: number;
    /**
     * 'adam' (fresh moments), 'sgd' (plain gradient descent) or 'anderson' (gradient descent with
     * step `lr` as an Anderson-accelerated fixed point, memory 5, at most `steps` evaluations; it
     * needs the deterministic losses: no `trainAt`/`valAt` minibatches).
     */
    optimizer: NudgedOptimizer;
    variant: ContrastiveVariant;
}
export interface L2Hypergradient {
    /** The estimate of dL_val(φ*(λ))/dλ: [n]. */
    grad: Tensor;
    /** Implicit methods: the adjoint solve's ‖Hμ + ∇L_val‖/‖∇L_val‖; contrastive: NaN. */
    residual: number;
    /** Hessian–vector products (implicit) or gradient evaluations (contrastive). */
    evaluations: number;
}
/** L_in(φ, λ) = L_train(φ) + ½ Σ λ ⊙ φ². */
export declare function l2InnerLoss(train: (phi: Tensor) => Tensor): (phi: Tensor, lambda: Tensor) => Tensor;
/** The implicit hypergradient φ̂ ⊙ μ with μ solved as `adjoint` says (module comment). */
export declare function implicitL2Hypergradient(problem: L2HyperProblem, phi: Tensor, lambda: Tensor, adjoint: AdjointOptions): L2Hypergradient;
/** Validate the contrastive options (every error names the option). */
export declare function checkContrastiveL2Options(o: ContrastiveL2Options): void;
/** The contrastive hypergradient from the free solution φ̂₀ (module comment). */
export declare function contrastiveL2Hypergradient(problem: L2HyperProblem, phi0: Tensor, lambda: Tensor, o: ContrastiveL2Options): L2Hypergradient;
/** cos(a, b) = ⟨a, b⟩ / (‖a‖ ‖b‖) of two vectors (NaN if either is zero). */
export declare function cosine(a: Tensor, b: Tensor): number;
