import type { ConfigRanges } from '../runner/ranges.js';
import type { ConfigObject, Experiment } from '../runner/types.js';
import type { BilevelProblemKind, HopfieldSettings, RidgeSettings } from './problems.js';
export interface BilevelEstimatorsConfig extends ConfigObject {
    readonly problem: BilevelProblemKind;
    /** p (ridge: features) or n (hopfield: units). */
    readonly dim: number;
    readonly ridge: RidgeSettings;
    readonly hopfield: HopfieldSettings;
    /** β = betaMax · 2^{-k}, k = 0 … nBetas − 1. */
    readonly betaMax: number;
    readonly nBetas: number;
    /** The δ sweep: β fixed at deltaBeta, δ = deltaMax · 10^{-k}, k = 0 … nDeltas − 1. */
    readonly deltaBeta: number;
    readonly deltaMax: number;
    readonly nDeltas: number;
    /** Budgets K = 1, 2, 4, … ≤ maxBudget products for CG, Neumann and the fixed point. */
    readonly maxBudget: number;
}
export declare function defaultBilevelEstimatorsConfig(): BilevelEstimatorsConfig;
export declare function smokeBilevelEstimatorsConfig(): BilevelEstimatorsConfig;
export declare const bilevelEstimatorsRanges: ConfigRanges<BilevelEstimatorsConfig>;
export declare const bilevelEstimators: Experiment<BilevelEstimatorsConfig>;
