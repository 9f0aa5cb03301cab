/**
 * Runtime sanity checks for trees of tensors. Divergence in a training loop (a NaN in one
 * gradient leaf) is cheapest to debug at the first step it appears, with the leaf's path.
 */
import { isFloat } from './dtype.js';
import { stridesOf } from './shape.js';
import { leaves, paths } from './tree.js';
/**
 * Return `t` unchanged when every floating leaf is finite; otherwise throw an Error naming
 * `label`, the path of the first leaf (in flatten order) holding NaN or ±Infinity, how many
 * such values it holds and the flat index of the first. Integer and bool leaves are always
 * finite. Reads every leaf (`dataSync`, so CPU tensors only).
 *
 * @example checkFinite(grads, `grads at step ${step}`)
 */
export function checkFinite(t, label) {
    // Trees may hold static leaves (numbers, strings); flatten returns only the tensors.
    const ls = leaves(t);
    const ps = paths(t);
    for (let j = 0; j < ls.length; j++) {
        const leaf = ls[j];
        if (!isFloat(leaf.dtype))
            continue;
        const d = leaf.dataSync();
        let bad = 0;
        let first = -1;
        let firstValue = 0;
        for (let i = 0; i < d.length; i++) {
            // v − v is 0 for finite v and NaN for NaN and ±Infinity: one comparison per element.
            const v = d[i];
            if (v - v !== 0) {
                if (bad === 0) {
                    first = i;
                    firstValue = v;
                }
                bad++;
            }
        }
        if (bad > 0) {
            throw new Error(`checkFinite(${label}): leaf ${ps[j]} (${leaf.dtype}[${leaf.shape.join(', ')}]) has ${bad} non-finite ` +
                `value${bad === 1 ? '' : 's'}; the first is ${firstValue} at flat index ${first}` +
                (leaf.rank > 1 ? ` (index [${unravel(first, leaf.shape).join(', ')}])` : ''));
        }
    }
    return t;
}
function unravel(flat, shape) {
    return stridesOf(shape).map((st, i) => Math.floor(flat / st) % shape[i]);
}
//# sourceMappingURL=check.js.map