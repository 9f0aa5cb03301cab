import type { Tensor } from '../../core/tensor.js';
import type { FixedPointMethod } from './fixed-point.js';
export type AdjointMethod = 'direct' | 'cg' | 'neumann' | 'fixedPoint' | 't1t2';
export declare const ADJOINT_METHODS: readonly AdjointMethod[];
export interface AdjointOptions {
    /** The solver (see the module comment). */
    method: AdjointMethod;
    /** cg, fixedPoint: stop at relative residual ≤ tol (default 1e-10). */
    tol?: number;
    /** cg: iterations; neumann: terms K; fixedPoint: evaluations (default 100). */
    maxIter?: number;
    /** α of neumann / fixedPoint / t1t2 (default 1: right for the fixed-point form; for a minimiser pick α < 2/λ_max(H)). */
    stepSize?: number;
    /** fixedPoint: the fixed-point method (default 'iterate', recurrent backprop). */
    fixedPointMethod?: FixedPointMethod;
}
export interface AdjointSolution {
    /** λ (or μ), shaped like φ. */
    adjoint: Tensor;
    /** ‖A λ − c‖ / ‖c‖. */
    residual: number;
    /** Products with A (or Aᵀ) made by the solver (excluding the residual check). */
    iterations: number;
    /** cg / fixedPoint: reached tol (fixedPoint: `fixedPoint`'s step criterion); direct: residual ≤ 1e-8; neumann and t1t2 have no target and report true. */
    converged: boolean;
}
/** The linear system: products with A (and Aᵀ when not symmetric) on tensors shaped like c. */
export interface AdjointSystem {
    apply: (v: Tensor) => Tensor;
    applyT: (v: Tensor) => Tensor;
    symmetric: boolean;
    rhs: Tensor;
}
/** Solve A λ = c with the chosen method. */
export declare function solveAdjoint(sys: AdjointSystem, options: AdjointOptions): AdjointSolution;
