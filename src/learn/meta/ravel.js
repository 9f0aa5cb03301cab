/**
 * A parameter tree as one vector and back, so that the implicit-differentiation solvers and
 * equilibrium propagation of `learn.equilibrium` (which take φ as one tensor) apply to any model:
 *
 *   vec(φ) = concat_ℓ reshape(φ_ℓ, [size_ℓ])        φ_ℓ: the tree's tensor leaves in flatten order
 *
 * `unravel` is built from slices and reshapes, so gradients flow through it.
 */
import { concat, sliceAxis } from '../../core/ops/movement.js';
import { reshape } from '../../core/ops/shape-ops.js';
import * as tree from '../../core/tree.js';
/** Flatten a tree of tensors into one vector and return the inverse map. */
export function ravelTree(params) {
    const [leaves, def] = tree.flatten(params);
    if (leaves.length === 0)
        throw new Error('ravelTree: the tree has no tensor leaves');
    const shapes = leaves.map((l) => l.shape);
    const offsets = [];
    let n = 0;
    for (const l of leaves) {
        offsets.push(n);
        n += l.size;
    }
    const vector = concat(leaves.map((l) => reshape(l, [l.size])), 0);
    const unravel = (v) => {
        if (v.rank !== 1 || v.shape[0] !== n)
            throw new Error(`ravelTree: unravel expects a vector of length ${n}, got shape [${v.shape.join(', ')}]`);
        return tree.unflatten(def, shapes.map((s, i) => reshape(sliceAxis(v, 0, offsets[i], offsets[i] + leaves[i].size), s)));
    };
    return { vector, unravel };
}
//# sourceMappingURL=ravel.js.map