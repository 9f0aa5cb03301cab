/**
 * Parameter groups: a different transformation for each labelled part of the parameter tree
 * (optax `multi_transform`). The papers use it to train the recurrent parameters (ν, θ, γ, B)
 * with Adam at a reduced learning rate and no weight decay while the rest get AdamW.
 */
import { Tensor } from '../core/tensor.js';
import * as tree from '../core/tree.js';
/**
 * Build a labelling function from a function of each leaf's path (as `tree.paths` writes it,
 * e.g. `.layers[0].nuLog`) and the leaf itself.
 *
 * @example labelByPath((path) => /\.(nuLog|thetaLog|gammaLog|bRe|bIm)$/.test(path) ? 'recurrent' : 'rest')
 */
export function labelByPath(fn) {
    return (params) => {
        const [leaves, def] = tree.flatten(params);
        const ps = tree.paths(params);
        return tree.unflatten(def, leaves.map((l, i) => fn(ps[i], l)));
    };
}
function isPlainObject(x) {
    if (typeof x !== 'object' || x === null)
        return false;
    const proto = Object.getPrototypeOf(x);
    return proto === Object.prototype || proto === null;
}
function describe(x) {
    if (Array.isArray(x))
        return 'an array';
    if (x === undefined)
        return 'nothing';
    if (x === null)
        return 'null';
    return typeof x === 'object' ? 'an object' : `${typeof x} ${JSON.stringify(x)}`;
}
/** One label per tensor leaf of `params`, in `tree.flatten` order (sorted object keys). */
function resolveLabels(params, labels) {
    const out = [];
    const walk = (p, l, path) => {
        if (typeof l === 'string') {
            for (let n = tree.leaves(p).length; n > 0; n--)
                out.push(l);
            return;
        }
        if (p instanceof Tensor) {
            throw new Error(`multiTransform: the leaf at ${path || '<root>'} has no label (found ${describe(l)} where a label string was expected)`);
        }
        if (Array.isArray(p)) {
            if (tree.leaves(p).length === 0)
                return;
            if (!Array.isArray(l) || l.length !== p.length) {
                throw new Error(`multiTransform: labels at ${path || '<root>'} must be a string or an array of length ${p.length} like the params, got ${describe(l)}`);
            }
            p.forEach((c, i) => walk(c, l[i], `${path}[${i}]`));
            return;
        }
        if (isPlainObject(p)) {
            if (tree.leaves(p).length === 0)
                return;
            if (!isPlainObject(l))
                throw new Error(`multiTransform: labels at ${path || '<root>'} must be a string or an object like the params, got ${describe(l)}`);
            for (const k of Object.keys(p).sort())
                walk(p[k], l[k], `${path}.${k}`);
        }
        // other static params (numbers, null ...) hold no tensors and need no label
    };
    walk(params, labels, '');
    return out;
}
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
export function multiTransform(transforms, labels) {
    const names = Object.keys(transforms);
    if (names.length === 0)
        throw new Error('multiTransform: needs at least one labelled transformation');
    const valid = () => names.map((n) => `'${n}'`).join(', ');
    // Per leaf, its label; checked against the known labels.
    const labelsOf = (params) => {
        const lt = typeof labels === 'function' ? labels(params) : labels;
        const ls = resolveLabels(params, lt);
        const ps = tree.paths(params);
        ls.forEach((l, i) => {
            if (!Object.prototype.hasOwnProperty.call(transforms, l)) {
                throw new Error(`multiTransform: the leaf at ${ps[i]} has label '${l}', which has no transformation; valid labels: ${valid()}`);
            }
        });
        return ls;
    };
    // The tree with only the leaves labelled `name` (others become null, a static node).
    const masked = (t, ls, name) => {
        const [leaves, def] = tree.flatten(t);
        return tree.unflatten(def, leaves.map((x, i) => (ls[i] === name ? x : null)));
    };
    return {
        init: (params) => {
            const ls = labelsOf(params);
            const state = {};
            for (const n of names)
                state[n] = transforms[n].init(masked(params, ls, n));
            return state;
        },
        update: (updates, state, params) => {
            const ls = labelsOf(params ?? updates);
            const [uLeaves, uDef] = tree.flatten(updates);
            if (ls.length !== uLeaves.length) {
                throw new Error(`multiTransform: the params have ${ls.length} leaves but the updates have ${uLeaves.length}`);
            }
            const st = state;
            const out = new Array(uLeaves.length);
            const next = {};
            for (const n of names) {
                if (!Object.prototype.hasOwnProperty.call(st, n)) {
                    throw new Error(`multiTransform: the state has no entry for label '${n}'; pass the state returned by init or the previous update`);
                }
                const [u, s] = transforms[n].update(masked(updates, ls, n), st[n], params === undefined ? undefined : masked(params, ls, n));
                const groupLeaves = tree.leaves(u);
                let j = 0;
                ls.forEach((l, i) => {
                    if (l === n)
                        out[i] = groupLeaves[j++];
                });
                if (j !== groupLeaves.length)
                    throw new Error(`multiTransform: the transformation for '${n}' returned ${groupLeaves.length} updates for ${j} leaves`);
                next[n] = s;
            }
            return [tree.unflatten(uDef, out), next];
        },
    };
}
//# sourceMappingURL=multi-transform.js.map