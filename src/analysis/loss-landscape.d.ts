import type { Key } from '../core/random.js';
import type { ComplexScalar } from './complex-scalar.js';
/** Input statistics and normalisation of the landscape. */
export interface LandscapeOptions {
    /** Input mean μ (default 0). */
    readonly mu?: number;
    /** Input noise standard deviation σ (default 1). */
    readonly sigma?: number;
    /** γ = √(1−|λ|²) for student and teacher (default false: γ = 1). */
    readonly normalized?: boolean;
}
/** L(λ) of the module notes for λ, λ* real or complex (|λ|, |λ*| < 1). */
export declare function scalarLoss(lambda: number | ComplexScalar, lambdaStar: number | ComplexScalar, options?: LandscapeOptions): number;
/**
 * Monte-Carlo estimate of L(λ) for real λ, λ*: S sequences of length T (h read at the last
 * step), mean and standard error of ½ (h_T − h*_T)².
 */
export declare function scalarLossMonteCarlo(key: Key, lambda: number, lambdaStar: number, options?: LandscapeOptions & {
    readonly samples?: number;
    readonly steps?: number;
}): {
    mean: number;
    sem: number;
};
