import type { Tensor } from '../../core/tensor.js';
export type MetaRule = 'maml' | 'anil' | 'metaSgd' | 'reptile' | 'imaml' | 'contrastive' | 'sparseMaml' | 'sparseReluMaml';
export declare const META_RULES: readonly MetaRule[];
/** The rules whose inner loop is K differentiable gradient steps. */
export declare const GRADIENT_RULES: readonly MetaRule[];
export type InnerSolver = 'sgd' | 'adam' | 'anderson';
export declare const INNER_SOLVERS: readonly InnerSolver[];
export type ContrastiveVariant = 'onesided' | 'symmetric';
export declare const CONTRASTIVE_VARIANTS: readonly ContrastiveVariant[];
/** One task: the inner loop's data and the outer loss's data. */
export interface MetaTask<B> {
    support: B;
    query: B;
}
/** L(params, batch) → scalar. */
export type TaskLoss<P, B> = (params: P, batch: B) => Tensor;
/** The meta-parameters; κ and λ are trees shaped like θ. */
export interface MetaParams<P> {
    /** θ: the initialisation of the inner loop (ω of the proximal term). */
    theta: P;
    /** κ: mask scores (sparseMaml, sparseReluMaml) or learning rates (metaSgd). */
    kappa?: P;
    /** λ ≥ 0: learned per-parameter proximal strengths (imaml, contrastive); else `lambda` of the options. */
    lambda?: P;
}
export interface MetaRuleOptions {
    rule: MetaRule;
    /** K, the inner steps (T₀, the free phase's maximum, for imaml and contrastive). */
    innerSteps: number;
    /** α, the inner step size (the learning rate of the inner optimiser). */
    innerLr: number;
    /** Gradient rules: drop the second-order terms (default true for sparseMaml and sparseReluMaml, false otherwise). */
    firstOrder?: boolean;
    /** anil: leaf paths (tree.paths) starting with this adapt (default '.head'). */
    headPath?: string;
    /** reptile, imaml, contrastive: the inner solver (default 'sgd'). */
    innerSolver?: InnerSolver;
    /** imaml, contrastive: relative gradient-norm tolerance of the inner solve (default 0: run all steps). */
    innerTol?: number;
    /** imaml, contrastive: the fixed proximal strength λ when the meta-parameters carry none (default 1). */
    lambda?: number;
    /** imaml: conjugate-gradient iterations (default 20) and relative residual tolerance (default 1e-10). */
    cgIters?: number;
    cgTol?: number;
    /** contrastive: β > 0 (default 0.1), the estimator (default 'symmetric') and T_β (default innerSteps). */
    beta?: number;
    variant?: ContrastiveVariant;
    nudgedSteps?: number;
}
export interface MetaGradient<P> {
    /** The meta-gradient, shaped like the meta-parameters (fields the rule does not learn are absent). */
    grad: MetaParams<P>;
    /** L_query at the adapted parameters. */
    queryLoss: number;
    /** The adapted parameters φ_K (φ̂₀ for imaml and contrastive). */
    adapted: P;
    /** Inner-loop gradient evaluations (all phases). */
    innerEvaluations: number;
}
/** Validate the options (every error names the key and what is allowed). */
export declare function checkMetaOptions(o: MetaRuleOptions): void;
/** The meta-parameter fields each rule learns. */
export declare function learnedFields(rule: MetaRule, meta: MetaParams<unknown>): ('theta' | 'kappa' | 'lambda')[];
/**
 * The gradient rules' inner loop: φ_{k+1} = φ_k − α s ⊙ ∇L_support(φ_k) (metaSgd: α s = κ).
 * Differentiable in θ and s; with `firstOrder` the inner gradients are constants.
 */
export declare function innerLoop<P, B>(loss: TaskLoss<P, B>, theta: P, scales: P | null, support: B, steps: number, lr: number, firstOrder: boolean, lrIsScale?: boolean): P;
/** The meta-gradient of one task under the rule of `o`. */
export declare function metaGradient<P, B>(loss: TaskLoss<P, B>, meta: MetaParams<P>, task: MetaTask<B>, o: MetaRuleOptions): MetaGradient<P>;
/**
 * The task-specific parameters each rule uses at test time: the gradient rules' K steps (with
 * their masks or rates), Reptile's K optimiser steps, the proximal rules' free phase.
 */
export declare function adapt<P, B>(loss: TaskLoss<P, B>, meta: MetaParams<P>, support: B, o: MetaRuleOptions): P;
