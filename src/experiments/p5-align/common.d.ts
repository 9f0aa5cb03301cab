/**
 * What the two P5 experiments (`align-barrier`, `align-init`) share: MNIST / Fashion-MNIST
 * normalised with (0.1307, 0.3081) as the authors, the two networks (nn.mlp with bias-free
 * ReLU layers and Kaiming-normal weights; nn.simpleCnn '64-64-avg-128-128'), AdamW training with
 * PyTorch's default weight decay 0.01 made explicit, evaluation (test accuracy and loss, batch-norm
 * statistics recomputed on training images first) and the alignment of one network with another.
 */
import { nn } from '../../index.js';
import type { Key, Tensor } from '../../index.js';
import type { ConfigRanges } from '../runner/ranges.js';
import type { ConfigObject, RunContext } from '../runner/types.js';
export type AlignDataset = 'mnist' | 'fashion';
export declare const ALIGN_DATASETS: readonly AlignDataset[];
export type AlignNet = 'mlp' | 'cnn';
export declare const ALIGN_NETS: readonly AlignNet[];
export type AlignMethod = 'activation' | 'weight';
export declare const ALIGN_METHODS: readonly AlignMethod[];
/** The network and its training, shared by both experiments' configurations. */
export interface AlignSetup extends ConfigObject {
    /** 'mlp' (the paper's main network) or 'cnn' (the negative control). */
    readonly net: AlignNet;
    readonly mlp: {
        readonly width: number;
        readonly depth: number;
    };
    readonly cnn: {
        readonly arch: string;
        readonly batchNorm: boolean;
    };
    readonly train: {
        readonly updates: number;
        readonly batchSize: number;
        readonly lr: number;
        readonly weightDecay: number;
    };
    readonly data: {
        /** Training images used (0: all 60 000). */
        readonly trainLimit: number;
        /** Test images evaluated (0: all 10 000). */
        readonly testLimit: number;
        /** Training images whose activations are matched (the authors: ~10 000). */
        readonly matchSamples: number;
        /** Training images the batch-norm statistics are recomputed on (conv net with batch norm). */
        readonly bnSamples: number;
    };
    /** 'activation' (the paper's) or 'weight' matching (Git Re-Basin). */
    readonly method: AlignMethod;
}
export declare function defaultAlignSetup(): AlignSetup;
export declare const alignSetupRanges: ConfigRanges<AlignSetup>;
/** Problems across settings: batches and matched images within the training images. */
export declare function alignSetupProblems(c: AlignSetup): string[];
/** A split as batches: x [B, 784] (MLP) or [B, 1, 28, 28] (CNN), normalised (x/255 − 0.1307)/0.3081. */
export interface AlignData {
    readonly size: number;
    batch(idx: Int32Array): {
        x: Tensor;
        labels: Int32Array;
    };
    /** The first `n` examples in chunks of at most `chunk`. */
    chunks(n: number, chunk: number): {
        x: Tensor;
        labels: Int32Array;
    }[];
}
export declare function alignData(dataset: AlignDataset, split: 'train' | 'test', limit: number, net: AlignNet): AlignData;
export type AlignParams = nn.MlpParams | nn.SimpleCnnParams;
/** A fresh network of the configured kind. */
export declare function initNet(key: Key, c: AlignSetup): AlignParams;
/** Logits; a conv net with batch norm uses `stats`, or batch statistics when absent (training). */
export declare function logitsOf(p: AlignParams, x: Tensor, stats?: nn.SimpleCnnStats): Tensor;
/** Mean cross-entropy of logits [B, 10] against labels. */
export declare function crossEntropy(logits: Tensor, labels: Int32Array): Tensor;
/** The parameters after each of `snapshots` updates (0: the initialisation) and at the end. */
export interface Trained {
    readonly snapshots: ReadonlyMap<number, AlignParams>;
    readonly final: AlignParams;
}
/**
 * Train from `init` with AdamW (weight decay `train.weightDecay`, PyTorch's default 0.01 in the
 * authors' code) on batches drawn from `orderKey` (a fresh shuffle per epoch), keeping the
 * parameters after each update count in `snapshots`.
 */
export declare function trainNet(init: AlignParams, orderKey: Key, data: AlignData, c: AlignSetup, snapshots: readonly number[], report: (step: number, loss: number) => Promise<void>): Promise<Trained>;
/** Test accuracy and mean loss of a network; batch-norm statistics recomputed on `bnData` first. */
export declare function evaluate(p: AlignParams, test: readonly {
    x: Tensor;
    labels: Int32Array;
}[], bnData: readonly Tensor[]): {
    acc: number;
    loss: number;
    logits: Tensor[];
};
/** The permutations aligning B with A, by the configured method, on `xs` (activation matching). */
export declare function alignPerms(c: AlignSetup, a: AlignParams, b: AlignParams, xs: readonly Tensor[]): Int32Array[];
/** Bytes for two networks, their AdamW moments and snapshots, the data and the test logits. */
export declare function estimateAlignBytes(c: AlignSetup, snapshots: number): number;
/** Per-update progress over several trainings. */
export declare function progressOver(ctx: RunContext, total: number): (offset: number) => (step: number, loss: number) => Promise<void>;
