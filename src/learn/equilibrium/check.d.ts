import type { Tensor } from '../../core/tensor.js';
export interface CheckEquilibriumOptions {
    /** Seed of the random problem (default 0). */
    seed?: number;
    /** n = dim φ = dim θ (default 8). */
    dim?: number;
}
export interface CheckEquilibriumReport {
    /** ‖estimate − exact‖ / ‖exact‖ per adjoint solver at tight tolerance. */
    implicitRelError: {
        direct: number;
        cg: number;
        neumann: number;
        fixedPoint: number;
    };
    /** The nudging strengths, largest first. */
    betas: number[];
    /** ‖EP estimate − exact‖ / ‖exact‖ per variant, one per β. */
    eqpropError: {
        onesided: number[];
        symmetric: number[];
        secondOrder: number[];
    };
    /** Least-squares slope of log error vs log β per variant (theory: 1, 2, 2). */
    slopes: {
        onesided: number;
        symmetric: number;
        secondOrder: number;
    };
}
/** β = 2^-3 … 2^-8: small enough for the asymptotic regime, large enough that the inner solve (δ ≈ 1e-13) is exact. */
export declare const CHECK_BETAS: readonly number[];
/** ‖a − b‖₂ / ‖b‖₂. */
export declare function relativeError(a: Tensor, b: Tensor): number;
/** Least-squares slope of log y against log x. */
export declare function logLogSlope(xs: readonly number[], ys: readonly number[]): number;
/** Run the check (float64, CPU). */
export declare function checkEquilibrium(options?: CheckEquilibriumOptions): CheckEquilibriumReport;
