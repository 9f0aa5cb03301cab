/**
 * `icl-gd` (PAPERS.md "GD-ICL anchor", von Oswald et al. 2023, "Transformers learn in-context by
 * gradient descent"): linear self-attention trained on in-context linear regression against
 * gradient descent on the context.
 *
 * Tasks: N context pairs (x_j, W x_j) and a query x_q (`tasks.linearRegressionIcl`), as GD-ICL
 * tokens [x_j; y_j], [x_q; 0]; fresh tasks every step. Model: K residual linear self-attention
 * layers (`nn.transformer`, attention 'linear', no norm, no MLP), non-causal over the N context
 * tokens (`nn.gdIclMask(N)`); prediction ŷ = −(y-slot of the query output); loss
 * ½‖ŷ − y_q‖² averaged over tasks. Adam 1e-3, batch 2048, clipping 10, 5000 steps (the paper).
 *
 * Baselines on one fixed set of test tasks (the same for every model):
 *   lossZero         predicting 0
 *   lossGD, etaGD    K steps of GD from W₀ = 0, step sizes by exact line search on a separate set
 *                    of training tasks (`analysis.icl.gdLineSearch`; greedy for K > 1)
 *   lossConstructed  the K constructed LSA layers (`analysis.icl.gdConstructedLayers`): equals lossGD
 *   lossTrained      the trained layers
 *   predDistToGD     mean over tasks of ‖ŷ_trained − ŷ_GD‖²
 *   sensitivityCosine  mean over tasks of cos(∂ŷ_trained/∂x_q, ∂ŷ_GD/∂x_q)
 * and the loss along the interpolation from the constructed (α = 0) to the trained (α = 1)
 * products of each layer (one head per layer; `analysis.icl.interpolationLosses`).
 */
import { nn, tasks } from '../../index.js';
import type { Key, Tensor } from '../../index.js';
import type { ConfigRanges } from '../runner/ranges.js';
import type { ConfigObject, Experiment } from '../runner/types.js';
import type { TrainConfig } from './train.js';
/** The task part of a configuration (see `tasks.linearRegressionIcl`). */
export interface IclTaskConfig extends ConfigObject {
    readonly nContext: number;
    readonly dX: number;
    readonly dY: number;
    /** x ~ U(−xScale, xScale) ('uniform') or N(0, xScale²) ('normal'), coordinate-wise. */
    readonly xDist: 'uniform' | 'normal';
    readonly xScale: number;
    /** W ~ N(0, wStd²) entry-wise. */
    readonly wStd: number;
}
export declare const iclTaskRanges: ConfigRanges<IclTaskConfig>;
/** The task generator of a task configuration. */
export declare function iclTask(t: IclTaskConfig): tasks.LinearRegressionIcl;
export interface IclGdConfig extends ConfigObject {
    readonly task: IclTaskConfig;
    readonly model: {
        /** K: linear self-attention layers (compared with K steps of GD). */
        readonly nLayers: number;
        readonly nHeads: number;
        readonly dKey: number;
        readonly dValue: number;
        /** Attention weights W ~ N(0, s²/D), P ~ N(0, s²/(H d_v)). */
        readonly initScale: number;
    };
    readonly train: TrainConfig;
    /** Test tasks (the same for every model and baseline). */
    readonly testTasks: number;
    /** Training tasks of the GD line search. */
    readonly lineSearchTasks: number;
    /** α = 0, 1/(n−1), …, 1 of the interpolation curve. */
    readonly interpolationPoints: number;
    readonly logEvery: number;
    readonly evalEvery: number;
    readonly checkpointEvery: number;
    readonly dtype: 'f32' | 'f64';
}
export declare const GD_ICL_TASK: IclTaskConfig;
/** The paper's set-up: one LSA layer (one head, d_k = d_v = D = 11), Adam 1e-3, batch 2048, clip 10, 5000 steps. */
export declare function defaultIclGdConfig(): IclGdConfig;
/** Seconds: the same task and model, 300 steps of batch 256 at lr 1e-2. */
export declare function smokeIclGdConfig(): IclGdConfig;
export declare const iclGdRanges: ConfigRanges<IclGdConfig>;
/**
 * Peak bytes: the scores [B, H, T, T] and per-head projections [B, H, T, d] of every layer kept
 * for the backward pass (×4 for their gradients and temporaries), at the training batch and at
 * the test set (evaluation, sensitivities), plus the tasks themselves.
 */
export declare function estimateIclGdBytes(c: IclGdConfig): number;
/** The trained model's predictions ŷ = −(y-slot of the query output): [B, d_y]. */
export declare function transformerIclPredict(p: nn.TransformerParams, b: tasks.IclBatch, xq?: Tensor): Tensor;
/** The LSA stack of the configuration: K linear-attention blocks, no norm, no MLP, non-causal. */
export declare function initIclLsa(key: Key, c: IclGdConfig): nn.TransformerParams;
export declare const iclGd: Experiment<IclGdConfig>;
