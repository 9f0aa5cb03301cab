import type { SimpleCnnParams, SimpleCnnStats } from '../../nn/blocks/simple-cnn.js';
import { Tensor } from '../../core/tensor.js';
import type { AlignableParams } from './permute.js';
/**
 * The barrier of a curve sampled at α_0 = 0 < α_1 < … < α_K = 1 (default α_k = k / K):
 *
 *   B = max_k [ L(α_k) − ((1 − α_k) L(0) + α_k L(1)) ],
 *
 * the largest rise above the straight line between the end points (≥ 0: the end points give 0).
 * For accuracies pass the errors 1 − acc (the largest drop below the line).
 */
export declare function barrier(lossAlongPath: readonly number[], alphas?: readonly number[]): number;
/**
 * The tempered NLL of PAPERS.md P5: min_T CE(T · logits, labels) over a temperature T ∈ [10⁻³,
 * 10³] (an averaged network's logits are often too small or too large in scale; the tempered
 * loss measures what a rescaling would reach). CE(T·z) is convex in T, so a golden-section
 * search over log T finds the minimum. `logits: [N, C]`, `labels`: N class indices.
 */
export declare function temperedNll(logits: Tensor, labels: ArrayLike<number>): {
    nll: number;
    temperature: number;
};
/**
 * The activations activation matching compares: for nn.mlp the post-activation hidden layers
 * [N, n_ℓ]; for nn.simpleCnn the input of every next layer ([N, C, h, w] after any pooling, and
 * the globally pooled [N, C] for the last convolution). One tensor per hidden layer. A conv net
 * with batch norm uses batch statistics unless `options.stats` is given.
 */
export declare function features(params: AlignableParams, x: Tensor, options?: {
    stats?: SimpleCnnStats;
}): Tensor[];
/**
 * Batch-norm statistics of a conv net recomputed on data: for batch norm l = 1…L in turn, the
 * mean and (biased) variance of its input over all samples and positions of `batches`, with the
 * batch norms before it already using their recomputed statistics — the exact statistics of the
 * network in eval mode, whatever the batch split (L passes over the data). Used after averaging
 * or interpolating networks, whose stored statistics describe neither.
 */
export declare function recomputeBatchNormStats(params: SimpleCnnParams, batches: Iterable<Tensor>): SimpleCnnStats;
