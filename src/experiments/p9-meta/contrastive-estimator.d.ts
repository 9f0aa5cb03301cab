import type { ConfigRanges } from '../runner/ranges.js';
import type { ConfigObject, Experiment } from '../runner/types.js';
export interface ContrastiveEstimatorConfig extends ConfigObject {
    /** Hidden units of the tanh network. */
    readonly hidden: number;
    /** β = betaMax · 2^{-k}, k = 0 … nBetas − 1. */
    readonly betaMax: number;
    readonly nBetas: number;
    /** The δ sweep: δ = 10^{-2k}, k = 1 … nTols, at β = betaForInnerTol. */
    readonly nTols: number;
    readonly betaForInnerTol: number;
}
export declare function defaultContrastiveEstimatorConfig(): ContrastiveEstimatorConfig;
export declare function smokeContrastiveEstimatorConfig(): ContrastiveEstimatorConfig;
export declare const contrastiveEstimatorRanges: ConfigRanges<ContrastiveEstimatorConfig>;
export declare const contrastiveEstimator: Experiment<ContrastiveEstimatorConfig>;
