import type { Tensor } from '../../index.js';
import type { ConfigRanges } from '../runner/ranges.js';
import type { Experiment } from '../runner/types.js';
import type { DynamicsDataConfig, MesaTrainConfig, RunSchedule } from './common.js';
import type { DynamicsModelConfig, DynamicsModelKind } from './models.js';
export interface MesaDynamicsConfig extends RunSchedule {
    readonly data: DynamicsDataConfig;
    /** The attention of each model trained. */
    readonly models: readonly DynamicsModelKind[];
    readonly model: DynamicsModelConfig;
    readonly train: MesaTrainConfig;
    /** Sequences to fit the probes on, and as many to score them. */
    readonly probeSequences: number;
    /** First position (1-based) whose activations enter the probes. */
    readonly probeFrom: number;
    /** Ridge penalty of the probes (per row). */
    readonly probeRidge: number;
    readonly lambdaLsq: number;
}
/** P2's full models: 4 layers, D = 64, 4 heads of 20, MLP 4×; AdamW 7e-4 (warmup 1000, cosine to 1e-5), weight decay 0.05, clip 1, batch 256. */
export declare function defaultMesaDynamicsConfig(): MesaDynamicsConfig;
/** Seconds: 2 layers of D = 32, T = 20, 60 steps of batch 16 at a constant 3e-3. */
export declare function smokeMesaDynamicsConfig(): MesaDynamicsConfig;
export declare const mesaDynamicsRanges: ConfigRanges<MesaDynamicsConfig>;
/**
 * Per-layer probe R² of one model: `acts(x)` returns the residual stream after every block
 * ([B, T, D] each) for inputs x; probes are fitted on `fit` and scored on `score`, over the
 * positions t ≥ `from`. Returns { next: [L], precond: [L] }.
 */
export declare function probeLayers(acts: (inputs: Tensor) => Tensor[], fit: {
    inputs: Tensor;
    targets: Tensor;
}, score: {
    inputs: Tensor;
    targets: Tensor;
}, o: {
    from: number;
    ridge: number;
    lambda: number;
}): {
    next: number[];
    precond: number[];
};
/** Peak bytes: one model at a time, training at the batch (with gradients), evaluating the test set and least squares, or probing. */
export declare function estimateMesaDynamicsBytes(c: MesaDynamicsConfig): number;
export declare const mesaDynamics: Experiment<MesaDynamicsConfig>;
