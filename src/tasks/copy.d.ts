import type { FloatDType } from '../core/dtype.js';
import type { Key } from '../core/random.js';
import { Tensor } from '../core/tensor.js';
/** Sizes of the copy task. */
export interface CopyTaskConfig {
    /** Bits per pattern step (output width; the input has one more channel, the go token). */
    readonly bits: number;
    /** P: steps of the pattern, and of the recall window. */
    readonly patternLength: number;
    /** K: empty steps between the pattern and the go token. */
    readonly blanks: number;
}
/** The paper's copy task (P4): 7 bits, pattern of 20 steps, 7 blanks (T = 48, delay 28). */
export declare function paperCopyTask(): CopyTaskConfig;
/** Derived sizes of a copy task. */
export interface CopyTaskShape {
    /** T = 2P + K + 1. */
    readonly steps: number;
    /** Input width: bits + 1 (the go channel is the last one). */
    readonly dInput: number;
    /** Output width: bits. */
    readonly dOutput: number;
    /** Steps between showing a bit and recalling it: P + K + 1. */
    readonly delay: number;
    /** First step of the recall window: P + K + 1 (the window is [recallStart, T)). */
    readonly recallStart: number;
}
/** Checks the sizes; throws naming the bad field. */
export declare function checkCopyTask(c: CopyTaskConfig): void;
export declare function copyTaskShape(c: CopyTaskConfig): CopyTaskShape;
/** A fixed set of patterns: `patterns[(i · P + t) · bits + b]` ∈ {0, 1} is bit b of step t of example i. */
export interface CopySplit {
    readonly config: CopyTaskConfig;
    readonly size: number;
    /** [size, P, bits] row-major, values 0/1. */
    readonly patterns: Uint8Array;
}
/**
 * One batch in the layout of `learn.sequenceGradients` with loss 'bce':
 * `x: [B, T, bits + 1]`, `targets: [B, T, bits]` (0/1 floats; zero outside the recall window),
 * `mask: [B, T]` (1 on the recall window).
 */
export interface CopyBatch {
    readonly x: Tensor;
    readonly targets: Tensor;
    readonly mask: Tensor;
}
/** `size` patterns drawn from `key` (Bernoulli(½) bits). */
export declare function copySplit(key: Key, config: CopyTaskConfig, size: number): CopySplit;
/** Sizes of the three splits (the paper: 20 000 / 1 000 / 1 000). */
export interface CopySplitSizes {
    readonly train: number;
    readonly val: number;
    readonly test: number;
}
/**
 * Train, validation and test splits from one key (each split from its own subkey, so changing
 * the training size leaves the test set unchanged).
 */
export declare function copySplits(key: Key, config: CopyTaskConfig, sizes?: CopySplitSizes): {
    train: CopySplit;
    val: CopySplit;
    test: CopySplit;
};
/** The batch of examples `indices` of `split` (float32 by default). */
export declare function copyBatch(split: CopySplit, indices: ArrayLike<number>, dtype?: FloatDType): CopyBatch;
/**
 * Per-bit accuracy over the recall window: the fraction of (example, recall step, bit) whose
 * logit has the sign of the target (logit > 0 ⇔ predicted 1). `logits: [B, T, bits]`.
 */
export declare function copyBitAccuracy(logits: Tensor, batch: CopyBatch): number;
/**
 * The order in which an epoch visits `n` examples: a permutation drawn from `key` (pass
 * `random.foldIn(dataKey, epoch)` so that the order is a pure function of (seed, epoch)).
 */
export declare function epochOrder(key: Key, n: number): Int32Array;
/**
 * Indices of batch `b` of an epoch visiting `order`; the last, partial batch is dropped
 * (`batchesPerEpoch = floor(n / batchSize)`).
 */
export declare function batchIndices(order: Int32Array, b: number, batchSize: number): Int32Array;
/** Raise unless `indices` is an array (or typed array) of example indices. */
export declare function checkIndices(where: string, indices: unknown): asserts indices is ArrayLike<number>;
