/**
 * Parameter labels: every layer's `labels(params)` returns a tree shaped like its parameters with
 * the role of each tensor leaf, so that optimizer groups (`optim.multiTransform`), the gradient
 * alignment of online learning and the experiments read the roles from the layer that owns the
 * parameters instead of from lists of parameter names.
 *
 *   'recurrent'  parameters of a recurrence: its transition (the LRU's ν, θ or λ; A; U), the map
 *                into the state (B, W) and the state's input normalisation γ; trained without
 *                weight decay (and, in the LRU papers, at a reduced learning rate)
 *   'weight'     matrices and vectors of affine maps outside a recurrence (projections, readouts
 *                C and D, encoder/decoder, GLU, MLP)
 *   'bias'       additive biases of affine maps outside a recurrence
 *   'norm'       scales and shifts of normalisation layers
 *   'embedding'  embedding tables
 *
 * Static fields (the layer kind and its structural config: strings, numbers, booleans, null) get
 * the label `null`, so a label tree has exactly the keys of its parameter tree.
 */
import { Tensor } from '../core/tensor.js';
import type { Static, Tree } from '../core/tree.js';
/** The role of a tensor leaf (see the module notes). */
export type ParamLabel = 'recurrent' | 'weight' | 'bias' | 'norm' | 'embedding';
export declare const PARAM_LABELS: readonly ParamLabel[];
/** A label tree: a label at every tensor leaf, null at every static field. */
export type LabelTree = ParamLabel | null | undefined | readonly LabelTree[] | {
    readonly [key: string]: LabelTree;
};
type LabelsOf<P> = P extends Tensor ? ParamLabel : P extends Static ? null : P extends readonly (infer E)[] ? readonly Labels<E>[] : {
    readonly [K in keyof P]: Labels<P[K]>;
};
/** The labels of parameters of type P: P with every tensor replaced by a `ParamLabel` and every static field by null. */
export type Labels<P> = Tree extends P ? LabelTree : LabelsOf<P>;
/**
 * Labels of a flat parameter object: `label(key)` at each tensor field, null at each static
 * field. Raises, naming `layer`, on a nested field (a layer with nested parameters composes the
 * labels of its parts instead).
 */
export declare function labelFields<P extends object>(layer: string, params: P, label: (key: string) => ParamLabel): Labels<P>;
/**
 * The label of every tensor leaf of `params`, in `tree.flatten` order (object keys sorted).
 * Raises, naming the path, where `labels` does not have the structure of `params`.
 */
export declare function leafLabels(params: unknown, labels: unknown): ParamLabel[];
/** The tensor leaves of `params` whose label is `label`, in `tree.flatten` order. */
export declare function leavesLabelled(params: unknown, labels: unknown, label: ParamLabel): Tensor[];
/** Group names for `optim.multiTransform` from a label tree: `group(label)` at every label, statics stay null. */
export declare function mapLabels<G extends string>(labels: LabelTree, group: (label: ParamLabel) => G): Tree<G>;
export {};
