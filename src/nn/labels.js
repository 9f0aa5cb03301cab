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
export const PARAM_LABELS = ['recurrent', 'weight', 'bias', 'norm', 'embedding'];
function isStatic(x) {
    return x === null || x === undefined || typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean';
}
function isPlainObject(x) {
    if (typeof x !== 'object' || x === null)
        return false;
    const proto = Object.getPrototypeOf(x);
    return proto === Object.prototype || proto === null;
}
/**
 * Labels of a flat parameter object: `label(key)` at each tensor field, null at each static
 * field. Raises, naming `layer`, on a nested field (a layer with nested parameters composes the
 * labels of its parts instead).
 */
export function labelFields(layer, params, label) {
    if (!isPlainObject(params))
        throw new Error(`${layer}.labels: params must be an object of tensors and static fields`);
    const out = {};
    for (const [k, v] of Object.entries(params)) {
        if (v instanceof Tensor)
            out[k] = label(k);
        else if (isStatic(v))
            out[k] = null;
        else
            throw new Error(`${layer}.labels: field '${k}' is neither a tensor nor a static value (string, number, boolean, null)`);
    }
    return out;
}
/**
 * The label of every tensor leaf of `params`, in `tree.flatten` order (object keys sorted).
 * Raises, naming the path, where `labels` does not have the structure of `params`.
 */
export function leafLabels(params, labels) {
    const out = [];
    const walk = (p, l, path) => {
        if (p instanceof Tensor) {
            if (typeof l !== 'string' || !PARAM_LABELS.includes(l)) {
                throw new Error(`nn.leafLabels: the leaf at ${path || '<root>'} has label ${JSON.stringify(l) ?? 'undefined'}; valid labels: ${PARAM_LABELS.join(', ')}`);
            }
            out.push(l);
        }
        else if (Array.isArray(p)) {
            if (!Array.isArray(l) || l.length !== p.length)
                throw new Error(`nn.leafLabels: labels at ${path || '<root>'} must be an array of length ${p.length} like the params`);
            p.forEach((c, i) => walk(c, l[i], `${path}[${i}]`));
        }
        else if (isPlainObject(p)) {
            if (!isPlainObject(l))
                throw new Error(`nn.leafLabels: labels at ${path || '<root>'} must be an object like the params`);
            for (const k of Object.keys(p).sort())
                walk(p[k], l[k], `${path}.${k}`);
        }
    };
    walk(params, labels, '');
    return out;
}
/** The tensor leaves of `params` whose label is `label`, in `tree.flatten` order. */
export function leavesLabelled(params, labels, label) {
    const ls = leafLabels(params, labels);
    const leaves = [];
    const collect = (p) => {
        if (p instanceof Tensor)
            leaves.push(p);
        else if (Array.isArray(p))
            p.forEach(collect);
        else if (isPlainObject(p))
            for (const k of Object.keys(p).sort())
                collect(p[k]);
    };
    collect(params);
    return leaves.filter((_, i) => ls[i] === label);
}
/** Group names for `optim.multiTransform` from a label tree: `group(label)` at every label, statics stay null. */
export function mapLabels(labels, group) {
    const walk = (l) => {
        if (typeof l === 'string')
            return group(l);
        if (l === null || l === undefined)
            return l;
        if (Array.isArray(l))
            return l.map((c) => walk(c));
        return Object.fromEntries(Object.entries(l).map(([k, v]) => [k, walk(v)]));
    };
    return walk(labels);
}
//# sourceMappingURL=labels.js.map