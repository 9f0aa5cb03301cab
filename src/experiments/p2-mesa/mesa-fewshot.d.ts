import type { Tensor } from '../../index.js';
import type { ConfigRanges } from '../runner/ranges.js';
import type { Experiment } from '../runner/types.js';
import type { DynamicsDataConfig, MesaTrainConfig, RunSchedule } from './common.js';
import type { DynamicsModelConfig, DynamicsModelKind, DynamicsModelParams } from './models.js';
export interface MesaFewshotConfig extends RunSchedule {
    readonly data: DynamicsDataConfig;
    readonly models: readonly DynamicsModelKind[];
    readonly model: DynamicsModelConfig;
    readonly train: MesaTrainConfig;
    /** N: examples per prompt (3N ≤ data.T, so that the prompt with end tokens fits). */
    readonly nShots: number;
    /** Tuning of the end-of-example token (model frozen): Adam steps, rate, batch. */
    readonly eos: {
        readonly steps: number;
        readonly lr: number;
        readonly batchSize: number;
    };
    readonly lambdaLsq: number;
    readonly testPrompts: number;
}
/** Softmax and mesa models as in `mesa-dynamics`; prompts of N = 16 examples; the end token tuned for 5000 steps. */
export declare function defaultMesaFewshotConfig(): MesaFewshotConfig;
/** Seconds: one 2-layer mesa model of D = 32, T = 21, 60 steps; N = 7; 20 token steps. */
export declare function smokeMesaFewshotConfig(): MesaFewshotConfig;
export declare const mesaFewshotRanges: ConfigRanges<MesaFewshotConfig>;
/** The prompt [x_1, y_1, (e,) …]: x, y [B, N, n], e [n] or null -> tokens [B, N·(2 or 3), n]. */
export declare function promptTokens(x: Tensor, y: Tensor, e: Tensor | null): Tensor;
/** The model's predictions of y_i, read at the positions of x_i: [B, N, n]. */
export declare function fewShotPredict(p: DynamicsModelParams, clip: number, x: Tensor, y: Tensor, e: Tensor | null): Tensor;
/** Least squares on the pairs j < i (ridge λ) predicting y_i: [B, N, n] (0 for i = 1). */
export declare function lsqFewShot(x: Tensor, y: Tensor, lambda: number): Tensor;
/** Peak bytes: one model at a time, training or tuning the end token (with gradients), or evaluating with least squares beside it. */
export declare function estimateMesaFewshotBytes(c: MesaFewshotConfig): number;
export declare const mesaFewshot: Experiment<MesaFewshotConfig>;
