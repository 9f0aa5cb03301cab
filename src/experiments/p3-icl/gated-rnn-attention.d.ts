/**
 * `gated-rnn-attention` (PAPERS.md P3, "Gated recurrent neural networks discover attention"):
 * does gradient descent find the gated RNN's exact construction of linear self-attention?
 *
 * (a) Teacher–student. Teacher: a random causal linear self-attention layer
 *     y_t = Σ_{t'≤t} (W_V x_{t'}) (W_K x_{t'})ᵀ (W_Q x_t), run exactly as its gated-RNN
 *     construction (`nn.gatedRnn.constructFromAttention`); W_Q, W_K ~ N(0, 1/H) and
 *     W_V ~ N(0, 1/(H d_k T)) so that y is of order 1; inputs x_t ~ N(0, I). Student: one
 *     `nn.gatedRnn` layer with `neuronFactor` times the construction's neurons (N = f(d_v d_k + d_k),
 *     M = f d_v d_k), trained on ½‖y − y*‖² averaged over steps and sequences. Read-outs
 *     (`analysis.gatedAttention`): the fraction of output-carrying λ within `tol` of 0 or 1, the
 *     gate block score, the query input score, and the histogram of λ weighted by output weight.
 * (b) In-context linear regression as causal sequences (`tasks.iclSequence`, the query last):
 *     a gated RNN stack, one causal linear self-attention layer (residual, ŷ = −y-slot), a GRU
 *     (N units) and an LSTM (N/2 units: the same state size, h and c) with a dense read-out, all
 *     read at the query step, against one GD step (η by exact line search on other tasks).
 *
 * Every model is trained side by side with Adam on fresh data every step; all test numbers are
 * on the same fixed test sets.
 */
import { tasks } from '../../index.js';
import type { ConfigRanges } from '../runner/ranges.js';
import type { ConfigObject, Experiment } from '../runner/types.js';
import type { IclTaskConfig } from './icl-gd.js';
import type { TrainConfig } from './train.js';
/** Which parts run: (a), (b) or both. */
export type GatedRnnAttentionParts = 'both' | 'teacher-student' | 'icl';
export interface GatedRnnAttentionConfig extends ConfigObject {
    readonly parts: GatedRnnAttentionParts;
    readonly teacherStudent: {
        /** H: input width. */
        readonly dIn: number;
        readonly dKey: number;
        readonly dValue: number;
        readonly seqLen: number;
        /** The student has this many times the construction's d_v d_k + d_k neurons (and d_v d_k gates). */
        readonly neuronFactor: number;
        readonly train: TrainConfig;
    };
    readonly icl: {
        readonly task: IclTaskConfig;
        readonly layout: tasks.IclSequenceLayout;
        /** The models of (b): 'gatedRnn', 'lsa', 'gru', 'lstm'. */
        readonly models: readonly string[];
        /** Gated RNN stack: layers, N neurons and M gates per layer, width between layers. */
        readonly nLayers: number;
        readonly dHidden: number;
        readonly dGate: number;
        readonly dModel: number;
        /** Initial scale of the LSA weights. */
        readonly lsaInitScale: number;
        readonly train: TrainConfig;
    };
    readonly testSequences: number;
    readonly testTasks: number;
    readonly lineSearchTasks: number;
    /** λ within tol of 0 or 1 counts as binary. */
    readonly tol: number;
    /** Neurons with output weight ≥ threshold · max carry output. */
    readonly threshold: number;
    readonly histogramBins: number;
    readonly logEvery: number;
    readonly evalEvery: number;
    readonly checkpointEvery: number;
    readonly dtype: 'f32' | 'f64';
}
/** Our set-up (P3 gives no sizes): H = d_k = d_v = 4, T = 16, 2× neurons; GD-ICL regression with a 40-neuron gated RNN. */
export declare function defaultGatedRnnAttentionConfig(): GatedRnnAttentionConfig;
/** Seconds: a smaller teacher (H = d_k = d_v = 2, T = 8, 1500 steps) and 250 regression steps of batch 64, at lr 1e-2. */
export declare function smokeGatedRnnAttentionConfig(): GatedRnnAttentionConfig;
export declare const gatedRnnAttentionRanges: ConfigRanges<GatedRnnAttentionConfig>;
/** Student sizes: N = round(f (d_v d_k + d_k)), M = round(f d_v d_k). */
export declare function studentSizes(t: GatedRnnAttentionConfig['teacherStudent']): {
    N: number;
    M: number;
};
/**
 * Peak bytes: for each model its activations per example and step kept for the backward pass
 * (gated RNN N + M wide, LSTM/GRU gates, LSA scores), times the batch or the test set, ×4 for
 * gradients and temporaries; parameters are small.
 */
export declare function estimateGatedRnnAttentionBytes(c: GatedRnnAttentionConfig): number;
export declare const gatedRnnAttention: Experiment<GatedRnnAttentionConfig>;
