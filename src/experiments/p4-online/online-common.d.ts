/**
 * What the online-learning experiments (PAPERS.md P4: `online-copy`, `online-layers`,
 * `online-smnist`) share: the deep sequence model (`nn.seq` around an LRU, a linear RNN or a
 * GRU), the optimiser of the LRU papers (AdamW, and plain Adam at a reduced learning rate
 * without weight decay for the recurrent parameters, under one cosine schedule), and a
 * resumable training loop around `learn.sequenceGradients`.
 */
import { nn, optim } from '../../index.js';
import * as learn from '../../learn/index.js';
import type { DeviceName, Key, Tree } from '../../index.js';
import type { ConfigRanges } from '../runner/ranges.js';
import type { ConfigObject, RunContext, Summary } from '../runner/types.js';
/** The gradient estimators compared in P4 (see docs/learn.md). */
export type GradientMode = learn.GradientMode;
export declare const GRADIENT_MODES: readonly ["bptt", "online", "spatial", "truncated1", "snap1"];
/** The recurrent layer inside every block. */
export type MixerKind = 'lru' | 'linearRnn' | 'gru';
export declare const MIXER_KINDS: readonly ["lru", "linearRnn", "gru"];
/** Largest width (dModel, dHidden) a configuration may declare: a 10⁶-wide dense layer alone is 4 TB. */
export declare const MAX_WIDTH = 1000000;
/** The model part of a configuration. */
export interface OnlineModelConfig extends ConfigObject {
    readonly mixer: MixerKind;
    /** H: width of the encoder and every block (for the GRU also its hidden size). */
    readonly dModel: number;
    /** N: state size of the LRU / linear RNN (ignored by the GRU, whose state has width H). */
    readonly dHidden: number;
    readonly nLayers: number;
    /** LRU ring initialisation |λ| ∈ [rMin, rMax]. */
    readonly rMin: number;
    readonly rMax: number;
    /** Dropout after each block's GLU, mask shared over time. */
    readonly dropout: number;
}
/** The optimisation part of a configuration. */
export interface OnlineTrainConfig extends ConfigObject {
    readonly batchSize: number;
    readonly epochs: number;
    /** Peak learning rate of the cosine schedule (AdamW). */
    readonly lr: number;
    /** The recurrent parameters get Adam at lr × this factor, without weight decay. */
    readonly recurrentLrFactor: number;
    readonly weightDecay: number;
    /** Linear warm-up over this fraction of the steps, then cosine decay to 0. */
    readonly warmupFraction: number;
    /** Global-norm gradient clipping; 0: none. */
    readonly clipNorm: number;
}
/** Allowed values of the model settings. */
export declare const onlineModelRanges: ConfigRanges<OnlineModelConfig>;
/** Allowed values of the optimisation settings. */
export declare const onlineTrainRanges: ConfigRanges<OnlineTrainConfig>;
/** Sizes of one training task, for {@link estimateOnlineBytes}. */
export interface OnlineTaskSize {
    /** Time steps per sequence. */
    readonly steps: number;
    readonly dInput: number;
    readonly dOutput: number;
    /** Sequences per evaluation chunk. */
    readonly evalBatch: number;
    /** Bytes of the data sets held in memory. */
    readonly dataBytes: number;
}
/**
 * Peak bytes of {@link trainLoop} (f32): parameters with gradients, AdamW's two moments and the
 * update's temporaries (6 copies); per-step activations of every layer kept for the backward
 * pass over the whole sequence (or of an evaluation chunk, forward only, if that is larger); eligibility traces of 'online' / 'snap1' (per example, one per parameter the
 * recurrence touches: RTRL of the dense linear RNN carries N of them per parameter); the data.
 */
export declare function estimateOnlineBytes(method: GradientMode, m: OnlineModelConfig, t: OnlineTrainConfig, task: OnlineTaskSize): number;
/**
 * Checks across the settings of the method and the model. Which mixer each gradient mode
 * applies to: 'online' and 'spatial' need the diagonal LRU; 'snap1' is meant for the dense
 * recurrent layers (on the LRU it equals 'online'); 'bptt' and 'truncated1' work with all three.
 */
export declare function onlineProblems(mode: GradientMode, m: OnlineModelConfig): string[];
/**
 * The P4 model: Dense encoder → nLayers pre-norm blocks (LayerNorm → mixer → GELU → GLU →
 * dropout → residual) → pooling → Dense decoder. LRU: H = dModel, N = dHidden; linear RNN:
 * A [N, N], B [N, H], C [H, N], D [H, H]; GRU: hidden size H.
 */
export declare function buildModel(key: Key, m: OnlineModelConfig, dInput: number, dOutput: number, pooling: 'none' | 'last'): nn.SeqParams;
/**
 * The optimiser groups: the parameters the model labels 'recurrent' (`nn.seq.labels`: the LRU's
 * λ parameters in any parametrisation, γ and B (P4); the linear RNN's A and B; the GRU's W, U and
 * b) get Adam at a reduced learning rate and no weight decay, the rest AdamW.
 */
export declare function optimizerGroups(params: nn.SeqParams): Tree<'recurrent' | 'rest'>;
/** Optimiser of the LRU papers: [clip →] {recurrent: Adam(lr·f), rest: AdamW(lr, wd)}, warm-up + cosine. */
export declare function makeOptimizer(t: OnlineTrainConfig, totalSteps: number): optim.GradientTransformation;
/**
 * `init()` with its parameters on `device`. Layer initialisations compute in float64 (which
 * WebGPU lacks), so on a GPU the parameters are drawn on the CPU and moved: the same values on
 * every device.
 */
export declare function initOn<P>(device: DeviceName, init: () => P): Promise<P>;
/** What the training loop needs from an experiment. */
export interface LoopSpec {
    readonly ctx: RunContext;
    readonly name: string;
    readonly init: () => nn.SeqParams;
    readonly opt: optim.GradientTransformation;
    readonly totalSteps: number;
    readonly mode: GradientMode;
    readonly loss: learn.SequenceLossKind;
    /** The batch of step t: a pure function of (seed, t), so resuming is exact. */
    batchAt(step: number): learn.SequenceBatch;
    /** Key for the dropout masks of step t. */
    readonly dropoutKey: Key;
    /** Evaluation on held-out data: named numbers (e.g. testAccuracy), read asynchronously (any device). */
    evaluate(params: nn.SeqParams): Promise<Record<string, number>>;
    readonly logEvery: number;
    /** Evaluate every this many steps (and at the end); 0: only at the end. */
    readonly evalEvery: number;
    /** Compute the gradient alignment with BPTT every this many steps; 0: never. */
    readonly alignEvery: number;
    readonly checkpointEvery: number;
}
export interface LoopResult {
    readonly params: nn.SeqParams;
    /** Final evaluation, last training loss/accuracy (mean over the last logging window), seconds per step. */
    readonly summary: Summary;
}
/**
 * Trains with `learn.sequenceGradients(nn.seq, params, batch, { mode, loss, key, train: true })`,
 * one optimiser update per batch; logs `loss`, `accuracy` (means over the logging window),
 * evaluation numbers and, with `alignEvery`, the per-layer cosine and norm ratio of the
 * gradient estimate against BPTT (`cos_l<i>`, `normRatio_l<i>`; the summary holds their means
 * over all checks). Resumable from checkpoints. `secondsPerStep` times the gradient and update
 * of the steps without an alignment check (a check also computes the BPTT gradient).
 */
export declare function trainLoop(s: LoopSpec): Promise<LoopResult>;
