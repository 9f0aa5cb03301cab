/**
 * What is measured along the path between two networks (PAPERS.md P5): the barrier of a loss
 * curve, the tempered NLL of averaged networks, the hidden activations that activation matching
 * compares, and batch-norm statistics recomputed for a network that was never trained as such
 * (an average of two networks).
 */
import { activation } from '../../nn/blocks/ffn.js';
import { dense } from '../../nn/blocks/dense.js';
import { simpleCnn } from '../../nn/blocks/simple-cnn.js';
import { add, div, square, sub } from '../../core/ops/elementwise.js';
import { sum } from '../../core/ops/reduce.js';
import { Tensor } from '../../core/tensor.js';
import { checkAlignable } from './permute.js';
/**
 * The barrier of a curve sampled at α_0 = 0 < α_1 < … < α_K = 1 (default α_k = k / K):
 *
 *   B = max_k [ L(α_k) − ((1 − α_k) L(0) + α_k L(1)) ],
 *
 * the largest rise above the straight line between the end points (≥ 0: the end points give 0).
 * For accuracies pass the errors 1 − acc (the largest drop below the line).
 */
export function barrier(lossAlongPath, alphas) {
    const where = 'learn.align.barrier';
    const values = lossAlongPath;
    const K = lossAlongPath.length - 1;
    if (!Array.isArray(values) || K < 1)
        throw new Error(`${where}: lossAlongPath must hold at least 2 values (the end points), got ${Array.isArray(values) ? lossAlongPath.length : typeof lossAlongPath}`);
    if (alphas !== undefined && (alphas.length !== K + 1 || alphas[0] !== 0 || alphas[K] !== 1))
        throw new Error(`${where}: alphas must hold one α per loss (${K + 1}), from 0 to 1; got ${alphas.length} values from ${alphas[0]} to ${alphas[alphas.length - 1]}`);
    lossAlongPath.forEach((v, k) => {
        if (!Number.isFinite(v))
            throw new Error(`${where}: lossAlongPath[${k}] is ${v}; the losses must be finite`);
    });
    const l0 = lossAlongPath[0];
    const l1 = lossAlongPath[K];
    let b = 0;
    lossAlongPath.forEach((v, k) => {
        const a = alphas?.[k] ?? k / K;
        b = Math.max(b, v - ((1 - a) * l0 + a * l1));
    });
    return b;
}
/** Mean cross-entropy of T · logits against labels, in float64. */
function ceAt(z, labels, C, T) {
    const N = labels.length;
    let s = 0;
    for (let i = 0; i < N; i++) {
        let m = -Infinity;
        for (let c = 0; c < C; c++)
            m = Math.max(m, T * z[i * C + c]);
        let e = 0;
        for (let c = 0; c < C; c++)
            e += Math.exp(T * z[i * C + c] - m);
        s += m + Math.log(e) - T * z[i * C + labels[i]];
    }
    return s / N;
}
/**
 * The tempered NLL of PAPERS.md P5: min_T CE(T · logits, labels) over a temperature T ∈ [10⁻³,
 * 10³] (an averaged network's logits are often too small or too large in scale; the tempered
 * loss measures what a rescaling would reach). CE(T·z) is convex in T, so a golden-section
 * search over log T finds the minimum. `logits: [N, C]`, `labels`: N class indices.
 */
export function temperedNll(logits, labels) {
    const where = 'learn.align.temperedNll';
    if (!(logits instanceof Tensor) || logits.rank !== 2)
        throw new Error(`${where}: logits must be [N, C], got ${logits instanceof Tensor ? `[${logits.shape.join(', ')}]` : typeof logits}`);
    const [N, C] = logits.shape;
    if (labels.length !== N)
        throw new Error(`${where}: ${labels.length} labels for ${N} rows of logits`);
    for (let i = 0; i < N; i++)
        if (!Number.isInteger(labels[i]) || labels[i] < 0 || labels[i] >= C)
            throw new Error(`${where}: labels[${i}] is ${labels[i]}; labels must lie in 0…${C - 1}`);
    const z = Float64Array.from(logits.dataSync());
    const f = (logT) => ceAt(z, labels, C, Math.exp(logT));
    let lo = Math.log(1e-3);
    let hi = Math.log(1e3);
    const g = (Math.sqrt(5) - 1) / 2;
    let x1 = hi - g * (hi - lo);
    let x2 = lo + g * (hi - lo);
    let f1 = f(x1);
    let f2 = f(x2);
    for (let it = 0; it < 60; it++) {
        if (f1 <= f2) {
            hi = x2;
            x2 = x1;
            f2 = f1;
            x1 = hi - g * (hi - lo);
            f1 = f(x1);
        }
        else {
            lo = x1;
            x1 = x2;
            f1 = f2;
            x2 = lo + g * (hi - lo);
            f2 = f(x2);
        }
    }
    const logT = f1 <= f2 ? x1 : x2;
    return { nll: Math.min(f1, f2), temperature: Math.exp(logT) };
}
/**
 * The activations activation matching compares: for nn.mlp the post-activation hidden layers
 * [N, n_ℓ]; for nn.simpleCnn the input of every next layer ([N, C, h, w] after any pooling, and
 * the globally pooled [N, C] for the last convolution). One tensor per hidden layer. A conv net
 * with batch norm uses batch statistics unless `options.stats` is given.
 */
export function features(params, x, options = {}) {
    checkAlignable('learn.align.features', params);
    if (params.kind === 'simpleCnn') {
        const p = params;
        return simpleCnn.features(p, x, options.stats !== undefined ? { stats: options.stats } : { train: true }).features;
    }
    const p = params;
    const out = [];
    let h = x;
    p.layers.slice(0, -1).forEach((layer) => {
        h = activation(p.activation, dense.apply(layer, h));
        out.push(h);
    });
    return out;
}
/**
 * Batch-norm statistics of a conv net recomputed on data: for batch norm l = 1…L in turn, the
 * mean and (biased) variance of its input over all samples and positions of `batches`, with the
 * batch norms before it already using their recomputed statistics — the exact statistics of the
 * network in eval mode, whatever the batch split (L passes over the data). Used after averaging
 * or interpolating networks, whose stored statistics describe neither.
 */
export function recomputeBatchNormStats(params, batches) {
    const where = 'learn.align.recomputeBatchNormStats';
    checkAlignable(where, params);
    const xs = [...batches];
    if (xs.length === 0)
        throw new Error(`${where}: batches holds no batch`);
    const stats = [...simpleCnn.initStats(params)];
    for (let l = 0; l < stats.length; l++) {
        let count = 0;
        let s1 = null; // Σ x over samples and positions, [C]
        let s2 = null; // Σ x²
        for (const x of xs) {
            const h = simpleCnn.features(params, x, { stats }).preNorm[l]; // [B, C, H, W]
            const [B, , H, W] = h.shape;
            const a = sum(h, [0, 2, 3]);
            const b = sum(square(h), [0, 2, 3]);
            s1 = s1 === null ? a : add(s1, a);
            s2 = s2 === null ? b : add(s2, b);
            count += B * H * W;
        }
        const mu = div(s1, count);
        stats[l] = { mean: mu, var: sub(div(s2, count), square(mu)) };
    }
    return stats;
}
//# sourceMappingURL=metrics.js.map