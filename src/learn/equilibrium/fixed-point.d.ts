import type { Tensor } from '../../core/tensor.js';
export type FixedPointMethod = 'iterate' | 'anderson' | 'broyden';
export declare const FIXED_POINT_METHODS: readonly FixedPointMethod[];
export interface FixedPointOptions {
    /** Solver (default 'iterate'). */
    method?: FixedPointMethod;
    /** λ ∈ (0, 1]: step towards f(x) (default 1: plain iteration / undamped Anderson / full Broyden step). */
    damping?: number;
    /** Stop when the residual r ≤ tol (default 1e-6). */
    tol?: number;
    /** Maximum evaluations of f (default 100). */
    maxIter?: number;
    /** Anderson memory m (default 5). */
    memory?: number;
    /** Anderson ridge η on the mixing weights, relative to max(G Gᵀ) (default 1e-8; 0 allowed). */
    ridge?: number;
    /** ε in the relative residual (default 1e-5). */
    eps?: number;
    /** The leading axis of x is a batch: residuals per example (max taken) and Anderson weights per example. */
    batched?: boolean;
}
export interface FixedPointResult {
    /** The last iterate: [same shape as x0]. */
    x: Tensor;
    /** Evaluations of f made. */
    iterations: number;
    /** The relative residual of the last evaluation (see the module comment). */
    residual: number;
    /** residual ≤ tol. */
    converged: boolean;
    /** Residual after every evaluation. */
    history: number[];
}
/**
 * Solve x = f(x) from x0. f must map a tensor of x0's shape to one of the same shape.
 *
 * @example const { x, converged } = fixedPoint((v) => w.matmul(v.tanh()).add(b), zeros([n]), { method: 'anderson', tol: 1e-10 })
 */
export declare function fixedPoint(f: (x: Tensor) => Tensor, x0: Tensor, options?: FixedPointOptions): FixedPointResult;
