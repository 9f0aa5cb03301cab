/**
 * Reading a trained gated RNN (`nn.gatedRnn`, PAPERS.md P3, "Gated recurrent neural networks
 * discover attention") for the attention construction: which neurons carry output, their
 * eigenvalues λ, and how close the gates are to the construction's block structure.
 *
 * The construction of causal linear self-attention (`nn.gatedRnn.constructFromAttention`) has
 * "memory" neurons with λ = 1 (accumulating Σ v_i k_j) and "query" neurons with λ = 0 (holding
 * q_j), and every output gate m multiplies one memory neuron (through W_c) with one query neuron
 * (through W_d); no other neuron reaches the output. A trained network is read as follows.
 *
 * Output weight of neuron n (from the weights alone; scale of what enters it times the scale
 * with which it reaches y = D[(W_c h) ⊙ (W_d h)]):
 *
 *   w_n = ‖W_a[n,:]‖ ‖W_b[n,:]‖ · ( Σ_m ‖D[:,m]‖² (W_c[m,n]² ‖W_d[m,:]‖² + W_d[m,n]² ‖W_c[m,:]‖²) )^{1/2}
 *
 * A neuron carries output when w_n ≥ threshold · max_n w_n (default threshold 0.1).
 *
 * λ near binary: the fraction of output-carrying neurons with λ ≤ tol or λ ≥ 1 − tol
 * (default tol 0.05); 1 for the construction.
 *
 * Gate block score: with Mem the carrying neurons with λ ≥ 1 − tol and Qry those with λ ≤ tol,
 *
 *   score = Σ_m ‖D[:,m]‖² (c^mem_m d^qry_m + c^qry_m d^mem_m) / Σ_m ‖D[:,m]‖² c_m d_m,
 *   c^S_m = Σ_{n∈S} W_c[m,n]², c_m = Σ_n W_c[m,n]² (d likewise from W_d),
 *
 * the share of the output gates' weight that pairs a memory neuron with a query neuron; 1 for
 * the construction.
 *
 * Query input score: a query neuron (λ ≈ 0) of the construction passes its input linearly, so
 * one of its input factors is the constant of x̃ = [x; 1]. For each output-carrying neuron with
 * λ ≤ tol, the larger of the two factors' bias shares W[n, H]² / ‖W[n, :]‖² (W = W_a, W_b),
 * averaged over those neurons (0 when there are none); 1 for the construction.
 */
import { gatedRnnLambda } from '../nn/recurrent/gated-rnn.js';
function matrix(t) {
    return { rows: t.shape[0], cols: t.shape[1], v: Float64Array.from(t.dataSync()) };
}
function options(o) {
    const tol = o.tol ?? 0.05;
    const threshold = o.threshold ?? 0.1;
    if (!(tol >= 0 && tol < 0.5))
        throw new Error(`analysis.gatedAttention: tol must lie in [0, 0.5), got ${tol}`);
    if (!(threshold >= 0 && threshold <= 1))
        throw new Error(`analysis.gatedAttention: threshold must lie in [0, 1], got ${threshold}`);
    return { tol, threshold };
}
/** λ, output weights and which neurons carry output (module notes). */
export function gatedNeurons(p, opts = {}) {
    const { threshold } = options(opts);
    const lambda = Array.from(gatedRnnLambda(p).dataSync());
    const [wa, wb, wc, wd, D] = [p.wa, p.wb, p.wc, p.wd, p.d].map(matrix);
    const N = wa.rows;
    const M = wc.rows;
    const rowNorm2 = (m, r) => {
        let s = 0;
        for (let k = 0; k < m.cols; k++)
            s += m.v[r * m.cols + k] ** 2;
        return s;
    };
    const dCol2 = Array.from({ length: M }, (_, m) => {
        let s = 0;
        for (let o = 0; o < D.rows; o++)
            s += D.v[o * D.cols + m] ** 2;
        return s;
    });
    const c2 = Array.from({ length: M }, (_, m) => rowNorm2(wc, m));
    const d2 = Array.from({ length: M }, (_, m) => rowNorm2(wd, m));
    const outputWeight = Array.from({ length: N }, (_, n) => {
        let out = 0;
        for (let m = 0; m < M; m++)
            out += dCol2[m] * (wc.v[m * N + n] ** 2 * d2[m] + wd.v[m * N + n] ** 2 * c2[m]);
        return Math.sqrt(rowNorm2(wa, n) * rowNorm2(wb, n) * out);
    });
    const top = Math.max(0, ...outputWeight);
    return { lambda, outputWeight, carriesOutput: outputWeight.map((w) => top > 0 && w >= threshold * top) };
}
/** Fraction of the output-carrying neurons whose λ lies within `tol` of 0 or 1. */
export function lambdaNearBinary(p, opts = {}) {
    const { tol } = options(opts);
    const n = gatedNeurons(p, opts);
    let carrying = 0;
    let binary = 0;
    n.lambda.forEach((l, i) => {
        if (!n.carriesOutput[i])
            return;
        carrying++;
        if (l <= tol || l >= 1 - tol)
            binary++;
    });
    return carrying === 0 ? 0 : binary / carrying;
}
/** The share of the output gates' weight that pairs a memory (λ ≈ 1) with a query (λ ≈ 0) neuron. */
export function gateBlockScore(p, opts = {}) {
    const { tol } = options(opts);
    const n = gatedNeurons(p, opts);
    const [wc, wd, D] = [p.wc, p.wd, p.d].map(matrix);
    const N = wc.cols;
    const mem = n.lambda.map((l, i) => n.carriesOutput[i] && l >= 1 - tol);
    const qry = n.lambda.map((l, i) => n.carriesOutput[i] && l <= tol);
    let num = 0;
    let den = 0;
    for (let m = 0; m < wc.rows; m++) {
        let dm = 0;
        for (let o = 0; o < D.rows; o++)
            dm += D.v[o * D.cols + m] ** 2;
        const part = (w, set) => {
            let s = 0;
            for (let k = 0; k < N; k++)
                if (set === null || set[k])
                    s += w.v[m * N + k] ** 2;
            return s;
        };
        num += dm * (part(wc, mem) * part(wd, qry) + part(wc, qry) * part(wd, mem));
        den += dm * part(wc, null) * part(wd, null);
    }
    return den === 0 ? 0 : num / den;
}
/** The mean bias share of the query neurons' input factors (module notes). */
export function queryInputScore(p, opts = {}) {
    const { tol } = options(opts);
    const n = gatedNeurons(p, opts);
    const [wa, wb] = [p.wa, p.wb].map(matrix);
    const share = (w, r) => {
        let all = 0;
        for (let k = 0; k < w.cols; k++)
            all += w.v[r * w.cols + k] ** 2;
        return all > 0 ? w.v[r * w.cols + w.cols - 1] ** 2 / all : 0;
    };
    let total = 0;
    let count = 0;
    n.lambda.forEach((l, i) => {
        if (!n.carriesOutput[i] || l > tol)
            return;
        total += Math.max(share(wa, i), share(wb, i));
        count++;
    });
    return count === 0 ? 0 : total / count;
}
/**
 * Histogram of λ over [0, 1] in `bins` equal bins, each neuron counted with its output weight
 * (normalised to sum 1): the figure of P3's teacher–student experiment. Returns bin centres and
 * weights.
 */
export function lambdaHistogram(p, bins = 20) {
    if (!Number.isInteger(bins) || bins < 1)
        throw new Error(`analysis.gatedAttention.lambdaHistogram: bins must be an integer ≥ 1, got ${bins}`);
    const n = gatedNeurons(p);
    const weights = new Array(bins).fill(0);
    const total = n.outputWeight.reduce((a, b) => a + b, 0);
    n.lambda.forEach((l, i) => {
        const b = Math.min(bins - 1, Math.max(0, Math.floor(Math.abs(l) * bins)));
        weights[b] += total > 0 ? n.outputWeight[i] / total : 0;
    });
    return { centres: weights.map((_, b) => (b + 0.5) / bins), weights };
}
//# sourceMappingURL=gated-attention.js.map