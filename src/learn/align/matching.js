/**
 * Finding the permutation that aligns network B's hidden units with network A's (PAPERS.md P5).
 *
 * Activation matching (the paper's method): per hidden layer ℓ, the activations feeding the next
 * layer, A_ℓ, B_ℓ: [N, n] over N samples (conv layers: [N, C, H, W], every position a sample, so
 * N·H·W rows), each unit's column normalised to unit L2 norm (no centring), cost
 *
 *   C_ℓ = −Âᵀ_A Â_B  [n, n]   (minus the cosine similarity of unit i of A and unit j of B),
 *
 * and the permutation is the exact linear assignment of C_ℓ, each layer once and independently.
 *
 * Weight matching (Git Re-Basin, Ainsworth et al. 2023): maximise Σ_ℓ ⟨W_A,ℓ, P_ℓ W_B,ℓ P_{ℓ−1}ᵀ⟩
 * (biases and batch-norm parameters included) by coordinate descent: each permutation in turn is
 * the linear assignment that maximises the objective with the others fixed, until a sweep changes
 * none.
 */
import { tensor, zeros } from '../../core/creation.js';
import { add, div, mul, sqrt, square } from '../../core/ops/elementwise.js';
import { take } from '../../core/ops/indexing.js';
import { matmulT } from '../../core/ops/matmul.js';
import { sum } from '../../core/ops/reduce.js';
import { reshape, transpose } from '../../core/ops/shape-ops.js';
import * as random from '../../core/random.js';
import { Tensor } from '../../core/tensor.js';
import { solveLap } from './lap.js';
import { checkAlignable, checkPermutation, hiddenSizes, identityPermutations, permute, permutedAxes } from './permute.js';
/** Rows = samples, columns = units: [N, n] as is; [N, C, H, W] -> [N·H·W, C]. */
function samplesByUnits(where, a) {
    if (a.rank === 2)
        return a;
    if (a.rank === 4) {
        const [N, C, H, W] = a.shape;
        return reshape(transpose(a, [0, 2, 3, 1]), [N * H * W, C]);
    }
    throw new Error(`${where}: activations must be [N, units] or [N, C, H, W], got [${a.shape.join(', ')}]`);
}
/**
 * Activation matching (see the module notes). `apply(params, x)` returns the activations feeding
 * each next layer, one tensor per hidden layer (`learn.align.features` does this for nn.mlp and
 * nn.simpleCnn); `x` is one batch [N, …] or several (the sums over samples run over all). Returns
 * one permutation per hidden layer: unit i of A is matched with unit `perms[ℓ][i]` of B, so
 * `permute(paramsB, perms)` aligns B with A.
 */
export function activationMatching(apply, paramsA, paramsB, x, options = {}) {
    const where = 'learn.align.activationMatching';
    if (typeof apply !== 'function')
        throw new Error(`${where}: apply must be a function (params, x) -> hidden activations, got ${typeof apply}`);
    const batches = x instanceof Tensor ? [x] : [...x];
    if (batches.length === 0)
        throw new Error(`${where}: x holds no batch`);
    let cross = []; // Σ_samples a_i b_j  [n, n]
    let normA = []; // Σ_samples a_i²      [n]
    let normB = [];
    batches.forEach((xb, k) => {
        const fa = apply(paramsA, xb);
        const fb = apply(paramsB, xb);
        if (fa.length !== fb.length)
            throw new Error(`${where}: apply returned ${fa.length} layers for A and ${fb.length} for B`);
        const ab = fa.map((a, l) => {
            const a2 = samplesByUnits(where, a);
            const b2 = samplesByUnits(where, fb[l]);
            if (a2.shape[1] !== b2.shape[1] || a2.shape[0] !== b2.shape[0])
                throw new Error(`${where}: layer ${l} has activations [${a.shape.join(', ')}] in A and [${fb[l].shape.join(', ')}] in B; they must agree`);
            return [matmulT(a2, b2, true, false), sum(square(a2), 0), sum(square(b2), 0)];
        });
        if (k === 0) {
            cross = ab.map((t) => t[0]);
            normA = ab.map((t) => t[1]);
            normB = ab.map((t) => t[2]);
        }
        else {
            if (ab.length !== cross.length)
                throw new Error(`${where}: apply returned ${ab.length} layers for batch ${k}, ${cross.length} for batch 0`);
            cross = cross.map((c, l) => add(c, ab[l][0]));
            normA = normA.map((c, l) => add(c, ab[l][1]));
            normB = normB.map((c, l) => add(c, ab[l][2]));
        }
    });
    const L = cross.length;
    const layers = options.layers ?? Array.from({ length: L }, (_, l) => l);
    for (const l of layers)
        if (!Number.isInteger(l) || l < 0 || l >= L)
            throw new Error(`${where}: options.layers holds ${l}; the hidden layers are 0…${L - 1}`);
    return cross.map((c, l) => {
        const n = c.shape[0];
        if (!layers.includes(l))
            return Int32Array.from({ length: n }, (_, i) => i);
        // cos_ij = Σ a_i b_j / ((‖a_i‖ + 1e-8)(‖b_j‖ + 1e-8)), the authors' guard for silent units
        const na = add(sqrt(normA[l]), 1e-8);
        const nb = add(sqrt(normB[l]), 1e-8);
        const cos = div(div(c, reshape(na, [n, 1])), reshape(nb, [1, n]));
        const cost = Float64Array.from(cos.dataSync(), (v) => -v);
        return solveLap(cost, n, n);
    });
}
/** x with `axis` moved to the front and the rest flattened: [n, rest]. */
function unitsFirst(x, axis) {
    const order = [axis, ...x.shape.map((_, i) => i).filter((i) => i !== axis)];
    const t = axis === 0 ? x : transpose(x, order);
    return reshape(t, [x.shape[axis], -1]);
}
/**
 * Weight matching by coordinate descent (see the module notes), on nn.mlp or nn.simpleCnn
 * parameters of the same shape. Returns permutations for `permute(paramsB, perms)`.
 */
export function weightMatching(paramsA, paramsB, options = {}) {
    const where = 'learn.align.weightMatching';
    checkAlignable(where, paramsA);
    checkAlignable(where, paramsB);
    const sizes = hiddenSizes(paramsA);
    const sizesB = hiddenSizes(paramsB);
    if (sizes.join() !== sizesB.join())
        throw new Error(`${where}: A has hidden widths ${sizes.join(', ')}, B ${sizesB.join(', ')}; they must agree`);
    const maxIter = options.maxIter ?? 100;
    if (!Number.isInteger(maxIter) || maxIter < 1)
        throw new Error(`${where}: options.maxIter must be a positive integer, got ${maxIter}`);
    const perms = options.init ? options.init.map((p) => Int32Array.from(p)) : identityPermutations(paramsA);
    if (perms.length !== sizes.length)
        throw new Error(`${where}: options.init has ${perms.length} permutations for ${sizes.length} hidden layers`);
    perms.forEach((p, l) => checkPermutation(`${where}: options.init[${l}]`, p, sizes[l]));
    const axes = permutedAxes(paramsA);
    const pairs = axes
        .map((a) => ({ a, A: a.get(paramsA), B: a.get(paramsB) }))
        .filter((t) => t.A !== undefined && t.B !== undefined);
    const idx = (l) => tensor(perms[l], { dtype: 'i32' });
    /** S_ℓ[i, j] = Σ over tensors on layer ℓ of ⟨A at unit i, B (other axes permuted) at unit j⟩. */
    const similarity = (l) => {
        const n = sizes[l];
        let s = zeros([n, n]);
        for (const { a, A, B } of pairs) {
            let axis;
            let other;
            if (a.out?.perm === l)
                [axis, other] = [a.out.axis, a.in];
            else if (a.in?.perm === l)
                [axis, other] = [a.in.axis, a.out];
            else
                continue;
            const Bp = other === null ? B : take(B, idx(other.perm), other.axis);
            s = add(s, matmulT(unitsFirst(A, axis), unitsFirst(Bp, axis), false, true));
        }
        return s;
    };
    const key = options.key ?? random.key(0);
    let sweeps = 0;
    for (let it = 0; it < maxIter; it++) {
        sweeps++;
        let changed = false;
        const order = random.permutation(random.foldIn(key, it), sizes.length).dataSync();
        for (let k = 0; k < sizes.length; k++) {
            const l = order[k];
            const n = sizes[l];
            const S = Float64Array.from(similarity(l).dataSync());
            const cost = S.map((v) => -v);
            const col = solveLap(cost, n, n);
            let before = 0;
            let after = 0;
            for (let i = 0; i < n; i++) {
                before += S[i * n + perms[l][i]];
                after += S[i * n + col[i]];
            }
            // accept only a strict improvement beyond rounding, so that the descent terminates
            if (after > before + 1e-12 * Math.max(1, Math.abs(before))) {
                perms[l] = col;
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    const aligned = permute(paramsB, perms);
    let objective = 0;
    for (const { a, A } of pairs)
        objective += sum(mul(A, a.get(aligned))).item();
    return { perms, sweeps, objective };
}
//# sourceMappingURL=matching.js.map