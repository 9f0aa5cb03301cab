import type { Tensor } from '../core/tensor.js';
import type { Labels } from '../nn/labels.js';
import type { SeqLayer, SeqParams } from '../nn/seq.js';
export interface GradientAlignment {
    /** Per block: cosine similarity of the estimate and the exact gradient (NaN when either is zero). */
    cosine: number[];
    /** Per block: ‖estimate‖ / ‖exact‖. */
    normRatio: number[];
}
/** The recurrent parameters of one mixer's (gradient) tree, given its labels (see the module notes). */
export declare function recurrentLeaves(mixer: unknown, labels: unknown): Tensor[];
/**
 * Per block [‖g‖², ‖g*‖², ⟨g, g*⟩]: an [L, 3] tensor (computed on the gradients' device);
 * `labels` are the model's labels of the parameters (`model.labels`: gradients keep the
 * parameters' static fields, so `model.labels(exact)` gives them).
 */
export declare function alignmentTerms(estimate: SeqParams, exact: SeqParams, labels: Labels<SeqParams>): Tensor;
/** Cosines and norm ratios from the values of `alignmentTerms`. */
export declare function readAlignment(v: ArrayLike<number>): GradientAlignment;
/**
 * Per-block cosine similarity and norm ratio of `estimate` against `exact` (both gradients of
 * `model`'s parameters, by default `nn.seq`'s; CPU).
 */
export declare function gradientAlignment(estimate: SeqParams, exact: SeqParams, model?: SeqLayer): GradientAlignment;
