/**
 * What the P2 experiments (`mesa-constructed`, `mesa-dynamics`, `mesa-fewshot`) share: the data
 * configuration, the optimiser (AdamW with global-norm clipping, a constant rate or a warmup +
 * cosine schedule), and the evaluation of predictions per position.
 *
 * Paper and code: the paper starts sequences from h₁ ~ N(0, I) and clips the residual stream at
 * 4 with a peak learning rate 7e-4; the authors' public code starts from U(−1, 1), clips at 1.5
 * and peaks at 3e-4. The defaults are the paper's; `CODE_PRESET` lists the overrides of the code
 * (`looplab run mesa-dynamics --config.data.init=uniform --config.model.clip=1.5
 * --config.train.lr=3e-4`).
 */
import { optim, tasks } from '../../index.js';
import type { LoggedRow } from '../../report/metrics.js';
import type { ConfigRanges } from '../runner/ranges.js';
import type { ConfigObject, Summary } from '../runner/types.js';
/** Sequences (see `tasks.linearDynamics`). */
export interface DynamicsDataConfig extends ConfigObject {
    readonly nS: number;
    readonly nH: number;
    readonly T: number;
    readonly noise: number;
    readonly observed: 'full' | 'partial';
    readonly nonlinear: boolean;
    readonly contracting: boolean;
    /** h₁ ~ N(0, I) ('normal', the paper) or U(−1, 1) ('uniform', the authors' code). */
    readonly init: 'normal' | 'uniform';
    /** States clipped to [−clip, clip]. */
    readonly clip: number;
}
export declare const dynamicsDataRanges: ConfigRanges<DynamicsDataConfig>;
/** The paper's fully observed linear sequences: n_s = 10, T = 50, σ = 0.01, h₁ ~ N(0, I), clip 10. */
export declare function paperDynamicsData(): DynamicsDataConfig;
/** The task generator of a data configuration (partial observations use C* with std 0.5). */
export declare function dynamicsTask(d: DynamicsDataConfig): tasks.LinearDynamics;
/** Optimisation of one model: AdamW, clipping, constant rate or warmup + cosine. */
export interface MesaTrainConfig extends ConfigObject {
    readonly steps: number;
    readonly batchSize: number;
    /** Peak (or constant) learning rate. */
    readonly lr: number;
    /** 'constant', or linear warmup from 0 over `warmupSteps` then cosine to `lrEnd` at the last step. */
    readonly schedule: 'constant' | 'warmupCosine';
    readonly warmupSteps: number;
    readonly lrEnd: number;
    readonly weightDecay: number;
    /** Global-norm gradient clipping; 0: none. */
    readonly clipNorm: number;
}
export declare const mesaTrainRanges: ConfigRanges<MesaTrainConfig>;
/** [clip →] AdamW(schedule, weight decay). */
export declare function mesaOptimizer(t: MesaTrainConfig): optim.GradientTransformation;
/** The overrides that turn the paper's settings into the authors' code's. */
export declare const CODE_PRESET: Readonly<Record<string, string | number>>;
/** Test set, logging, evaluation, checkpoints and dtype: the settings every P2 experiment has. */
export interface RunSchedule extends ConfigObject {
    /** Test sequences (the same for every model). */
    readonly testSequences: number;
    readonly logEvery: number;
    readonly evalEvery: number;
    readonly checkpointEvery: number;
    readonly dtype: 'f32' | 'f64';
}
export declare const runScheduleRanges: ConfigRanges<RunSchedule>;
/** 'mesa' -> 'Mesa': model names inside summary keys (lossMesa, fewShotEosMesa). */
export declare const capitalise: (name: string) => string;
/**
 * Curves logged as `<prefix>_<name>_<i>` (i = 1, 2, …) in the last metrics row that has any:
 * name -> values by i.
 */
export declare function lastRowCurves(metrics: readonly LoggedRow[], prefix: string): Record<string, number[]>;
/** Per-layer scores `<prefix>_<name>_<l>` of the summary: layers l (ascending) and their values. */
export declare function layerScores(s: Summary, prefix: string, name: string): {
    x: number[];
    y: number[];
};
/** The `testLoss_<model>` keys logged in the metrics (one per model trained). */
export declare function testLossKeys(metrics: readonly LoggedRow[]): string[];
