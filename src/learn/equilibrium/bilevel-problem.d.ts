import type { Tensor } from '../../core/tensor.js';
export interface BilevelProblem {
    n: number;
    m: number;
    /** θ at which the hypergradient is taken: [m]. */
    theta: Tensor;
    innerLoss: (phi: Tensor, theta: Tensor) => Tensor;
    outerLoss: (phi: Tensor, theta: Tensor) => Tensor;
    /** argmin_φ L_in(φ, θ) + β L_out(φ, θ) by Newton's method to machine precision: [n]. */
    solveNudged: (theta: Tensor, beta: number) => Tensor;
    /** The exact dL_out(φ*_θ, θ)/dθ (explicit formula): [m]. */
    exactHypergradient: (theta: Tensor) => Tensor;
    /** The exact Hessian H = ∂²_φ L_in at φ: [n, n]. */
    hessian: (phi: Tensor) => Tensor;
}
export interface BilevelProblemOptions {
    /** n = dim φ (default 8). */
    n?: number;
    /** m = dim θ (default n). */
    m?: number;
    /** γ, the weight of the log-cosh term (default 1). */
    gamma?: number;
    /** ρ, the outer ridge on θ (default 0.1). */
    rho?: number;
}
/** A random problem in float64 from `seed`. */
export declare function randomBilevelProblem(seed: number, options?: BilevelProblemOptions): BilevelProblem;
