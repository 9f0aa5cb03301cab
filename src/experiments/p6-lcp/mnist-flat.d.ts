/**
 * MNIST as flat vectors for the equilibrium experiments (`lcp-mnist`, `eqprop-mnist`): x = pixel /
 * 255 in [0, 1] (torchvision's ToTensor, as the least-control authors), [B, 784] float32, and the
 * mean cross-entropy of logits against the labels.
 */
import { optim } from '../../index.js';
import type { Key, Tensor } from '../../index.js';
export interface FlatMnist {
    readonly size: number;
    /** Images idx as [B, 784] f32 and their labels. */
    batch(idx: Int32Array): {
        x: Tensor;
        labels: Int32Array;
    };
}
/** The first `limit` images of a split (0: all). */
export declare function flatMnist(split: 'train' | 'test', limit: number): FlatMnist;
/** Mean cross-entropy of logits [B, C] against integer labels. */
export declare function crossEntropy(labels: Int32Array, classes?: number): (logits: Tensor) => Tensor;
/** Fraction of rows whose argmax equals the label. */
export declare function accuracyOf(logits: Tensor, labels: Int32Array): number;
/** Accuracy over a whole split in chunks of 500 with `logitsOf`. */
export declare function splitAccuracy(data: FlatMnist, logitsOf: (x: Tensor) => Tensor): number;
/** The epoch's order of examples and the indices of batch `step`. */
export declare function batchAt(key: Key, size: number, batchSize: number): (step: number) => Int32Array;
/** Adam with cosine decay from lr to endFactor·lr over totalSteps, after global-norm clipping (0: none). */
export declare function adamCosine(lr: number, endFactor: number, totalSteps: number, clipNorm: number): optim.GradientTransformation;
