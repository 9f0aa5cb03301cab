import type { FloatDType } from '../core/dtype.js';
import type { Key } from '../core/random.js';
import type { Tensor } from '../core/tensor.js';
/** How λ is parametrised (PAPERS.md P1): 'polar' λ = ν e^{iθ}; 'exp' λ = exp(−e^ν + i e^θ). */
export type LambdaParametrization = 'polar' | 'exp';
export declare const LAMBDA_PARAMETRIZATIONS: readonly LambdaParametrization[];
/** One scalar recurrence and its input statistics. */
export interface SignalSetup {
    /** |λ| ∈ [0, 1). */
    readonly modulus: number;
    /** arg λ (default 0: real λ). */
    readonly phase?: number;
    /** AR(1) input correlation: R(Δ) = ρ^|Δ|, ρ ∈ [−1, 1] (unit variance). */
    readonly rho: number;
    /** Parametrisation whose ∂/∂ν and ∂/∂θ are reported (default 'polar'). */
    readonly parametrization?: LambdaParametrization;
    /** Multiply the input by γ = √(1 − |λ|²) (held fixed when differentiating); default false. */
    readonly normalized?: boolean;
}
/** Stationary second moments of h and of its derivatives. */
export interface SignalMoments {
    /** E|h|². */
    readonly h2: number;
    /** E|∂h/∂λ|² (complex derivative). */
    readonly dLambda2: number;
    /** E|∂h/∂ν|²: ν the modulus parameter of the parametrisation (|λ| for 'polar', νlog for 'exp'). */
    readonly dNu2: number;
    /** E|∂h/∂θ|²: θ the phase parameter (arg λ for 'polar', θlog for 'exp'). */
    readonly dTheta2: number;
}
/** |∂λ/∂ν|² and |∂λ/∂θ|² of the parametrisation at λ = r e^{iφ}. */
export declare function parameterFactors(modulus: number, phase: number, parametrization: LambdaParametrization): {
    nu: number;
    theta: number;
};
/**
 * Closed forms of E|h|², E|∂h/∂λ|², E|∂h/∂ν|², E|∂h/∂θ|² for AR(1) inputs R(Δ) = ρ^|Δ|
 * (module notes). Reference values (PAPERS.md P1) at λ = 0.99: ρ = 0: 50.25 and 2.513e5;
 * ρ = 1: 1e4 and 1e8.
 */
export declare function closedForm(setup: SignalSetup): SignalMoments;
/**
 * The same moments for any stationary autocorrelation R (R(0) the input variance), by
 * summing the lag series up to `maxLag` (the general formulas of the module notes).
 */
export declare function fromAutocorrelation(setup: Omit<SignalSetup, 'rho'> & {
    readonly autocorrelation: (lag: number) => number;
    readonly maxLag: number;
}): SignalMoments;
/** The memory time scale 1/(1 − |λ|). */
export declare function memoryScale(modulus: number): number;
/** Least-squares slope of log y against log x (both positive). */
export declare function logLogSlope(x: readonly number[], y: readonly number[]): number;
/**
 * Stationary AR(1) inputs x_t = ρ x_{t−1} + √(1−ρ²) ε_t, x_0 ~ N(0, 1): [steps, samples]
 * (unit variance, E[x_t x_{t+Δ}] = ρ^Δ). Generated with one `linearScan` along time.
 */
export declare function ar1Inputs(key: Key, steps: number, samples: number, rho: number, dtype?: FloatDType): Tensor;
/** Options of `monteCarlo`. */
export interface MonteCarloOptions {
    /** Independent sequences (default 4000). */
    readonly samples?: number;
    /** Length of each sequence; h is read at the last step (default ⌈25/(1 − |λ|)⌉, where λ^T is negligible). */
    readonly steps?: number;
    readonly dtype?: FloatDType;
}
/** Sample means of the moments and their standard errors s/√n. */
export interface MonteCarloEstimate {
    readonly mean: SignalMoments;
    readonly sem: SignalMoments;
    readonly samples: number;
    readonly steps: number;
}
/**
 * Monte-Carlo estimates of the moments of {@link closedForm}: S independent AR(1) sequences
 * x: [T, S], each with its own copy of (ν, θ) so that one backward pass gives every sample's
 * ∂h_T/∂ν and ∂h_T/∂θ (two passes: Re h_T and Im h_T). h_T = linearScan(λ, γ x)[T−1].
 */
export declare function monteCarlo(key: Key, setup: SignalSetup, options?: MonteCarloOptions): MonteCarloEstimate;
