import type { Tensor } from '../../core/tensor.js';
import type { FixedPointMethod } from './fixed-point.js';
export type EqPropVariant = 'onesided' | 'symmetric' | 'secondOrder';
export declare const EQPROP_VARIANTS: readonly EqPropVariant[];
/** The built-in inner solve: gradient descent on 𝓛 as a fixed point. */
export interface EqPropInnerOptions {
    /** Fixed-point method (default 'anderson'). */
    method?: FixedPointMethod;
    /** η, the gradient step (default 0.1; needs η < 2/λ_max(∂²_φ𝓛)). */
    stepSize?: number;
    /** δ: fixedPoint's relative-step tolerance (default 1e-10). */
    tol?: number;
    /** Maximum evaluations per phase (default 1000). */
    maxIter?: number;
}
/** A custom inner solve: the minimiser of 𝓛(·, θ, β) starting at phiStart. */
export interface EqPropCustomInner {
    solve: (beta: number, phiStart: Tensor) => {
        phi: Tensor;
        iterations: number;
        residual: number;
        converged: boolean;
    };
}
export interface EqPropOptions<T> {
    /** L_in(φ, θ) → scalar (the energy). */
    energy: (phi: Tensor, theta: T) => Tensor;
    /** L_out(φ, θ) → scalar (the cost). */
    cost: (phi: Tensor, theta: T) => Tensor;
    theta: T;
    /** Where the free phase starts. */
    phi0: Tensor;
    /** β > 0, the nudging strength. */
    beta: number;
    variant: EqPropVariant;
    inner?: EqPropInnerOptions | EqPropCustomInner;
}
export interface EqPropPhase {
    beta: number;
    phi: Tensor;
    iterations: number;
    residual: number;
    converged: boolean;
}
export interface EqPropResult<T> {
    /** The estimate of dL_out/dθ, shaped like θ. */
    grad: T;
    /** The free phase (β = 0) and the nudged phases, in the order solved. */
    phases: EqPropPhase[];
    /** Inner evaluations over all phases. */
    innerIterations: number;
}
/**
 * The EP estimate of dL_out/dθ at θ.
 *
 * @example const { grad } = eqprop({ energy, cost, theta, phi0, beta: 0.01, variant: 'symmetric', inner: { tol: 1e-12 } })
 */
export declare function eqprop<T>(o: EqPropOptions<T>): EqPropResult<T>;
