/**
 * Permutation symmetry of feed-forward networks (PAPERS.md P5). Reordering the units of a hidden
 * layer ℓ by a permutation p_ℓ — rows of the layer's weights, entries of its bias and batch-norm
 * parameters and statistics, and the matching input axis of the next layer — leaves the function
 * unchanged:
 *
 *   W'_ℓ = P_ℓ W_ℓ P_{ℓ−1}ᵀ   (in the paper's [out, in] layout: W'_ℓ = W_ℓ[p_ℓ, :][:, p_{ℓ−1}]),
 *   b'_ℓ = b_ℓ[p_ℓ],
 *
 * input and output layers unpermuted. `perms[ℓ][i]` is the unit of the original network that
 * becomes unit i of the permuted one.
 *
 * Supported networks: `nn.mlp` (dense weights w: [dIn, dOut]; one permutation per hidden layer)
 * and `nn.simpleCnn` (conv weights w: [O, C, kH, kW]; one permutation of the output channels per
 * convolution; the head reads the last one after global pooling).
 */
import { tensor } from '../../core/creation.js';
import { add, mul } from '../../core/ops/elementwise.js';
import { take } from '../../core/ops/indexing.js';
import * as random from '../../core/random.js';
import * as tree from '../../core/tree.js';
function isCnn(p) {
    return p.kind === 'simpleCnn';
}
/** Throws unless `params` is an `nn.mlp` or `nn.simpleCnn` parameter tree. */
export function checkAlignable(where, params) {
    const p = params;
    if (p !== null && typeof p === 'object' && (p.kind === 'simpleCnn' ? Array.isArray(p.convs) : Array.isArray(p.layers)))
        return;
    throw new Error(`${where}: params must be nn.mlp parameters ({ layers, activation }) or nn.simpleCnn parameters (kind 'simpleCnn')`);
}
/** The width of every permutable hidden layer, in order. */
export function hiddenSizes(params) {
    checkAlignable('learn.align.hiddenSizes', params);
    if (isCnn(params))
        return params.convs.map((l) => l.conv.w.shape[0]);
    return params.layers.slice(0, -1).map((l) => l.w.shape[1]);
}
/** The permuted axes of every parameter of `params` (see {@link PermutedAxes}). */
export function permutedAxes(params) {
    const out = [];
    if (isCnn(params)) {
        const L = params.convs.length;
        const cnn = (p) => p;
        for (let l = 0; l < L; l++) {
            const o = { perm: l, axis: 0 };
            out.push({ get: (p) => cnn(p).convs[l].conv.w, out: o, in: l > 0 ? { perm: l - 1, axis: 1 } : null });
            if (params.convs[l].conv.b !== undefined)
                out.push({ get: (p) => cnn(p).convs[l].conv.b, out: o, in: null });
            if (params.convs[l].norm?.gamma !== undefined)
                out.push({ get: (p) => cnn(p).convs[l].norm?.gamma, out: o, in: null });
            if (params.convs[l].norm?.beta !== undefined)
                out.push({ get: (p) => cnn(p).convs[l].norm?.beta, out: o, in: null });
        }
        out.push({ get: (p) => cnn(p).head.w, out: null, in: { perm: L - 1, axis: 0 } });
        return out;
    }
    const L = params.layers.length;
    const mlp = (p) => p;
    for (let l = 0; l < L; l++) {
        const o = l < L - 1 ? { perm: l, axis: 1 } : null;
        out.push({ get: (p) => mlp(p).layers[l].w, out: o, in: l > 0 ? { perm: l - 1, axis: 0 } : null });
        if (params.layers[l].b !== undefined)
            out.push({ get: (p) => mlp(p).layers[l].b, out: o === null ? null : { perm: l, axis: 0 }, in: null });
    }
    return out;
}
/** Checks `perms` against the hidden widths and returns them as i32 index tensors. */
function indexTensors(where, params, perms) {
    const sizes = hiddenSizes(params);
    const list = perms;
    if (!Array.isArray(list) || perms.length !== sizes.length)
        throw new Error(`${where}: perms must hold one permutation per hidden layer (${sizes.length}: widths ${sizes.join(', ')}), got ${Array.isArray(list) ? perms.length : typeof perms}`);
    return perms.map((p, l) => {
        checkPermutation(`${where}: perms[${l}]`, p, sizes[l]);
        return tensor(Int32Array.from(p), { dtype: 'i32' });
    });
}
/** Throws unless `p` is a permutation of 0…n−1. */
export function checkPermutation(where, p, n) {
    if (p === null || typeof p !== 'object' || typeof p.length !== 'number' || p.length !== n)
        throw new Error(`${where} must be a permutation of 0…${n - 1} (length ${n}), got length ${p === null || typeof p !== 'object' ? typeof p : p.length}`);
    const seen = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
        const v = p[i];
        if (!Number.isInteger(v) || v < 0 || v >= n || seen[v] === 1)
            throw new Error(`${where} must be a permutation of 0…${n - 1}; entry ${i} is ${v}${seen[v] === 1 ? ' (repeated)' : ''}`);
        seen[v] = 1;
    }
}
function takeAxes(x, a, idx) {
    let y = x;
    if (a.out !== null)
        y = take(y, idx[a.out.perm], a.out.axis);
    if (a.in !== null)
        y = take(y, idx[a.in.perm], a.in.axis);
    return y;
}
/**
 * The network with its hidden units reordered by `perms` (see the module notes): the same
 * function, with unit i of hidden layer ℓ taken from unit `perms[ℓ][i]` of `params`. Weights,
 * biases and batch-norm γ, β are permuted; running statistics with {@link permuteStats}.
 */
export function permute(params, perms) {
    const where = 'learn.align.permute';
    checkAlignable(where, params);
    const idx = indexTensors(where, params, perms);
    const axes = permutedAxes(params);
    const [leaves, def] = tree.flatten(params);
    const position = new Map();
    leaves.forEach((t, i) => position.set(t, i));
    const next = leaves.slice();
    for (const a of axes) {
        const t = a.get(params);
        if (t === undefined)
            continue;
        const i = position.get(t);
        if (i === undefined)
            throw new Error(`${where}: internal: a permuted tensor is not a leaf of params`);
        next[i] = takeAxes(t, a, idx);
    }
    return tree.unflatten(def, next);
}
/** The batch-norm running statistics of `params`' network with its channels reordered by `perms`. */
export function permuteStats(params, stats, perms) {
    const where = 'learn.align.permuteStats';
    checkAlignable(where, params);
    const idx = indexTensors(where, params, perms);
    if (!isCnn(params)) {
        if (stats.length !== 0)
            throw new Error(`${where}: an nn.mlp has no batch norm, got ${stats.length} statistics`);
        return stats;
    }
    const normed = params.convs.map((l, i) => ({ l, i })).filter(({ l }) => l.norm !== undefined);
    if (stats.length !== normed.length)
        throw new Error(`${where}: stats has ${stats.length} entries for ${normed.length} batch norms`);
    return stats.map((s, k) => {
        const p = idx[normed[k].i];
        return { mean: take(s.mean, p, 0), var: take(s.var, p, 0) };
    });
}
/** Random permutations of every hidden layer (uniform, from `key`). */
export function randomPermutations(key, params) {
    const sizes = hiddenSizes(params);
    const keys = random.split(key, sizes.length);
    return sizes.map((n, l) => Int32Array.from(random.permutation(keys[l], n).dataSync()));
}
/** The identity permutation of every hidden layer. */
export function identityPermutations(params) {
    return hiddenSizes(params).map((n) => Int32Array.from({ length: n }, (_, i) => i));
}
/**
 * Linear interpolation of two parameter trees of the same structure:
 * θ(α) = (1 − α) a + α b (α = 0 gives a, α = 1 gives b); static fields from a.
 */
export function interpolate(a, b, alpha) {
    if (!Number.isFinite(alpha))
        throw new Error(`learn.align.interpolate: alpha must be a finite number, got ${alpha}`);
    if (!tree.structureEquals(a, b))
        throw new Error('learn.align.interpolate: a and b must be trees of the same structure (the same network)');
    return tree.map((x, y) => add(mul(x, 1 - alpha), mul(y, alpha)), a, b);
}
//# sourceMappingURL=permute.js.map