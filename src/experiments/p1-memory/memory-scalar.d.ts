import type { LambdaParametrization } from '../../analysis/index.js';
import type { ConfigRanges } from '../runner/ranges.js';
import type { ConfigObject, Experiment } from '../runner/types.js';
export interface MemoryScalarConfig extends ConfigObject {
    /** Memory scales 1/(1−λ) of the scaling-law grid: `points` log-spaced values in [minScale, maxScale]. */
    readonly scaling: {
        readonly minScale: number;
        readonly maxScale: number;
        readonly points: number;
        readonly rhos: readonly number[];
    };
    /** Slopes are fitted over the grid points with 1/(1−λ) ≥ this (the asymptotic regime). */
    readonly slopeFromScale: number;
    /** Monte-Carlo checks at these |λ| for each ρ, with `samples` sequences each. */
    readonly monteCarlo: {
        readonly moduli: readonly number[];
        readonly rhos: readonly number[];
        readonly samples: number;
    };
    /** Landscapes: λ* = 1 − gap for each gap; `points` values of λ; inputs μ + σ ε. */
    readonly landscape: {
        readonly gaps: readonly number[];
        readonly points: number;
        readonly mu: number;
        readonly sigma: number;
    };
}
export declare function defaultMemoryScalarConfig(): MemoryScalarConfig;
/** Allowed values of every setting. */
export declare const memoryScalarRanges: ConfigRanges<MemoryScalarConfig>;
/** Seconds: a coarser grid and fewer Monte-Carlo samples (still enough to resolve z-scores). */
export declare function smokeMemoryScalarConfig(): MemoryScalarConfig;
/** Checks across settings. */
/**
 * Peak bytes (f64): the largest Monte-Carlo cell, `samples` complex sequences of
 * ⌈25 / (1 − |λ|)⌉ steps with the scan's inputs, states and gradients (about 16 values per step
 * and sample); the closed-form grid and landscapes are small beside it.
 */
export declare function estimateMemoryScalarBytes(c: MemoryScalarConfig): number;
/** Curvature d²L/dp² at the optimum p* of the landscape in parameter p (central differences). */
export declare function landscapeCurvature(lambdaStar: number, parametrization: LambdaParametrization, normalized: boolean, mu: number, sigma: number): number;
export declare const memoryScalar: Experiment<MemoryScalarConfig>;
