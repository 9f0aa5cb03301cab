/**
 * Parameter groups: a different transformation for each labelled part of the parameter tree
 * (optax `multi_transform`). The papers use it to train the recurrent parameters (ν, θ, γ, B)
 * with Adam at a reduced learning rate and no weight decay while the rest get AdamW.
 */
import { Tensor } from '../core/tensor.js';
import type { Tree } from '../core/tree.js';
import type { GradientTransformation, StateOf } from './transform.js';
/**
 * Labels shaped like the params: a string at a leaf labels that leaf; a string at an inner
 * node labels every leaf below it (`{ rnn: 'recurrent', readout: 'rest' }`).
 */
export type LabelTree = Tree<string>;
/** Labels as a fixed tree, or a function of the params returning one. */
export type Labeler = LabelTree | ((params: Tree) => LabelTree);
/**
 * Build a labelling function from a function of each leaf's path (as `tree.paths` writes it,
 * e.g. `.layers[0].nuLog`) and the leaf itself.
 *
 * @example labelByPath((path) => /\.(nuLog|thetaLog|gammaLog|bRe|bIm)$/.test(path) ? 'recurrent' : 'rest')
 */
export declare function labelByPath(fn: (path: string, leaf: Tensor) => string): (params: Tree) => LabelTree;
/**
 * Route each labelled group of parameters through its own transformation:
 *   u[i] = transforms[label(i)](u restricted to that label)[i].
 * `labels` is a tree of label strings shaped like the params (or a prefix of it), or a
 * function `params -> labels` (see `labelByPath`), evaluated on the params at `init` and on
 * `params ?? updates` at each `update`. Each inner transformation sees the full tree with the
 * other groups' leaves replaced by `null`, so group-wise statistics (clipping norms) are
 * per group, as in optax. The state is `{ [label]: state of that group's transformation }`.
 * For `nn` parameters, take the labels from the layers (`(p) => nn.seq.labels(p)`, or a map of
 * them to fewer groups with `nn.mapLabels`) rather than from lists of parameter names.
 */
export declare function multiTransform<const T extends Readonly<Record<string, GradientTransformation>>>(transforms: T, labels: Labeler): GradientTransformation<{
    -readonly [K in keyof T]: StateOf<T[K]>;
}>;
