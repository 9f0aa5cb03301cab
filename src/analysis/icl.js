/**
 * In-context linear regression against gradient descent (PAPERS.md "GD-ICL anchor", von Oswald
 * et al. 2023, "Transformers learn in-context by gradient descent"): the GD baselines, the
 * linear self-attention (LSA) layers that equal them, and the paper's comparison metrics.
 *
 * GD on the context. With the mean loss L(W) = (1/2N) Σ_i ‖W x_i − y_i‖², one step from W is
 *
 *   W' = W − η ∇L(W) = W − (η/N) Σ_i (W x_i − y_i) x_iᵀ,                 ŷ = W' x_q,
 *
 * and K steps chain it from W₀ (default 0) with step sizes η_1..η_K. η is in this mean-loss
 * convention throughout (the GD-ICL paper's: P = (η/N) I in the construction).
 *
 * Construction. K residual LSA layers with the weights of `nn.gdConstruction` (η_k/N per layer,
 * mask `nn.gdIclMask(N)`: every token attends to the N context tokens) compute K GD steps
 * exactly: layer k moves the query's y-slot from −W_{k−1} x_q to −W_k x_q and every context
 * token's y-slot to y_j − (W_k − W₀) x_j, from which the next layer reads the residual. The prediction is
 * ŷ = −(y-slot of the query output).
 *
 * Metrics (all over the same test tasks):
 *   loss            ½ mean_b ‖ŷ_b − y_{q,b}‖²
 *   predDistance    mean_b ‖ŷ_b − ŷ'_b‖² between two models' predictions
 *   sensitivity     ∂ŷ/∂x_q per task ([B, d_y, d_x], by autodiff), and the mean over tasks of the
 *                   cosine between two models' sensitivities (flattened per task)
 *   interpolation   the loss of the LSA layer whose products (below) are (1 − α) times the
 *                   constructed layer's plus α times the trained layer's
 *
 * An LSA head's function depends on its weights only through the products
 * M_KQ = W_Kᵀ W_Q [D, D] (scores e_iᵀ M_KQ e_q) and M_PV = P W_V [D, D] (values), and only up to
 * the rescaling (s M_KQ, M_PV / s), s ≠ 0. Interpolation therefore works on the products, after
 * rescaling the trained pair so that its M_KQ has the constructed layer's norm and points to the
 * same side of it.
 */
import { eye, tensor, zeros } from '../core/creation.js';
import { add, div, mul, neg, sub } from '../core/ops/elementwise.js';
import { matmul } from '../core/ops/matmul.js';
import { sum } from '../core/ops/reduce.js';
import { mT, reshape, squeeze, unsqueeze } from '../core/ops/shape-ops.js';
import { vjp } from '../core/autodiff.js';
import { concat } from '../core/ops/movement.js';
import { fmt } from '../core/shape.js';
import { Tensor } from '../core/tensor.js';
import { gdConstruction, gdIclMask } from '../nn/attention/gd-construction.js';
import { linearAttention } from '../nn/attention/linear-attention.js';
import { iclTokens } from '../tasks/linear-regression-icl.js';
function dims(where, b) {
    if (typeof b !== 'object' || b === null || !(b.x instanceof Tensor) || !(b.y instanceof Tensor) || !(b.xq instanceof Tensor) || b.x.rank !== 3)
        throw new Error(`${where}: expected an IclBatch (tasks.linearRegressionIcl(...).sample) with x [B, N, d_x], y [B, N, d_y], xq [B, d_x]`);
    const [B, N, dX] = b.x.shape;
    return { B, N, dX, dY: b.y.shape[2] };
}
function checkW0(where, w0, dY, dX) {
    if (w0 !== undefined && (!(w0 instanceof Tensor) || w0.rank !== 2 || w0.shape[0] !== dY || w0.shape[1] !== dX))
        throw new Error(`${where}: w0 must be a [d_y, d_x] = [${dY}, ${dX}] tensor, got ${w0 instanceof Tensor ? fmt(w0.shape) : typeof w0}`);
}
function checkEtas(where, etas) {
    if (!Array.isArray(etas) || etas.some((e) => typeof e !== 'number' || !Number.isFinite(e)))
        throw new Error(`${where}: etas must be an array of finite step sizes (one per GD step), got ${JSON.stringify(etas)}`);
}
/**
 * One GD step on every task's context: W [B, d_y, d_x] (or [d_y, d_x], shared) ->
 * W' = W − (η/N) Σ_i (W x_i − y_i) x_iᵀ: [B, d_y, d_x]. η: a number or a one-element tensor.
 */
export function gdStep(b, w, eta) {
    const { N, dX, dY } = dims('analysis.icl.gdStep', b);
    const wb = w.rank === 2 ? reshape(w, [1, dY, dX]) : w; // [B or 1, d_y, d_x]
    const r = sub(matmul(b.x, mT(wb)), b.y); // residuals (W x_i − y_i)ᵀ: [B, N, d_y]
    const g = div(matmul(mT(r), b.x), N); // ∇L(W) = (1/N) Σ_i r_i x_iᵀ: [B, d_y, d_x]
    return sub(wb, mul(g, typeof eta === 'number' ? eta : reshape(eta, [1, 1, 1])));
}
/** The weights after K GD steps with sizes `etas` from W₀ (default 0): [B, d_y, d_x] ([1, d_y, d_x] for K = 0). */
export function gdWeights(b, etas, w0) {
    const { dX, dY } = dims('analysis.icl.gdWeights', b);
    checkEtas('analysis.icl.gdWeights', etas);
    checkW0('analysis.icl.gdWeights', w0, dY, dX);
    let w = w0 === undefined ? zeros([1, dY, dX], { dtype: b.x.dtype, device: b.x.device }) : reshape(w0, [1, dY, dX]);
    for (const eta of etas)
        w = gdStep(b, w, eta);
    return w;
}
/** Predictions ŷ = W_K x_q of K GD steps with sizes `etas` from W₀ (default 0): [B, d_y]. */
export function gdPredict(b, etas, w0, xq = b.xq) {
    const w = gdWeights(b, etas, w0); // [B or 1, d_y, d_x]
    return squeeze(matmul(w, unsqueeze(xq, -1)), -1);
}
/** ½ mean over tasks of ‖ŷ − y_q‖² (summed over the d_y outputs): a scalar tensor. pred, yq: [B, d_y]. */
export function iclLoss(pred, yq) {
    if (!(pred instanceof Tensor) || !(yq instanceof Tensor) || pred.rank !== 2 || pred.shape[0] !== yq.shape[0] || pred.shape[1] !== yq.shape[1])
        throw new Error(`analysis.icl.iclLoss: pred and yq must both be [B, d_y], got ${pred instanceof Tensor ? fmt(pred.shape) : typeof pred} and ${yq instanceof Tensor ? fmt(yq.shape) : typeof yq}`);
    const d = sub(pred, yq);
    return mul(sum(mul(d, d)), 0.5 / pred.shape[0]);
}
/**
 * The best K-step GD on the tasks of `b` (the training tasks), found step by step: given
 * η_1..η_{k−1}, the prediction after step k is ŷ_{k−1} − η_k g_k with g_k = (1/N) G_k x_q, so the
 * loss ½ mean ‖ŷ_{k−1} − y_q − η g_k‖² is a quadratic in η and its exact minimiser is
 * η_k = mean⟨ŷ_{k−1} − y_q, g_k⟩ / mean‖g_k‖². For K = 1 this is the exact line search of the
 * GD-ICL baseline (from W₀ = 0 unless given). For K > 1 the steps are chosen greedily (each
 * minimises the loss after its own step), not jointly.
 */
export function gdLineSearch(b, steps = 1, w0) {
    const { dX, dY } = dims('analysis.icl.gdLineSearch', b);
    if (!Number.isInteger(steps) || steps < 1)
        throw new Error(`analysis.icl.gdLineSearch: steps must be an integer ≥ 1, got ${steps}`);
    checkW0('analysis.icl.gdLineSearch', w0, dY, dX);
    const etas = [];
    const losses = [];
    for (let k = 0; k < steps; k++) {
        const w = gdWeights(b, etas, w0);
        const r = sub(squeeze(matmul(w, unsqueeze(b.xq, -1)), -1), b.yq); // ŷ_{k−1} − y_q: [B, d_y]
        const wNext = gdStep(b, w, 1); // W − G/N
        const g = squeeze(matmul(sub(w, wNext), unsqueeze(b.xq, -1)), -1); // g = (1/N) G x_q: [B, d_y]
        const num = sum(mul(r, g)).item();
        const den = sum(mul(g, g)).item();
        const eta = den > 0 ? num / den : 0;
        etas.push(eta);
        losses.push(iclLoss(gdPredict(b, etas, w0), b.yq).item());
    }
    return { etas, losses };
}
// ---------------------------------------------------------------------------------------------
// closed forms
/** Moments of a coordinate-wise distribution: mean, variance, and the fourth central moment. */
function moments(d) {
    if (d.kind === 'uniform') {
        const w = d.high - d.low;
        return { mean: (d.low + d.high) / 2, var: (w * w) / 12, m4: w ** 4 / 80 };
    }
    return { mean: d.mean, var: d.std * d.std, m4: 3 * d.std ** 4 };
}
function closedFormMoments(where, c) {
    const x = moments(c.xDist);
    const w = moments(c.wDist);
    if (x.mean !== 0 || w.mean !== 0)
        throw new Error(`${where}: the closed form needs zero-mean x and W (xDist and wDist centred at 0), got means ${x.mean} and ${w.mean}`);
    return { sx2: x.var, mx4: x.m4, sw2: w.var };
}
/**
 * The expected loss of one GD step from W₀ = 0 with step size η over the task distribution of
 * `c` (zero-mean i.i.d. coordinates, variance σ², fourth moment μ₄ for x; variance s² for W):
 *
 *   E L(η) = ½ d_y s² σ² [η² T₂ − 2η d σ² + d],
 *   T₂ = E tr(A²) = (d μ₄ + d(d−1) σ⁴)/N + (N−1) d σ⁴ / N,   A = (1/N) Σ_i x_i x_iᵀ
 *
 * (ŷ − y_q = wᵀ(ηA − I) x_q per output; E over w, then x_q, then the context).
 */
export function gdLossClosedForm(c, eta) {
    const { sx2, mx4, sw2 } = closedFormMoments('analysis.icl.gdLossClosedForm', c);
    const { nContext: N, dX: d, dY } = c;
    const t2 = (d * mx4 + d * (d - 1) * sx2 * sx2) / N + ((N - 1) * d * sx2 * sx2) / N;
    return 0.5 * dY * sw2 * sx2 * (eta * eta * t2 - 2 * eta * d * sx2 + d);
}
/**
 * The best one-step GD in expectation: η* = d σ² / T₂ and its loss, and the loss of predicting
 * 0 (½ d_y s² d σ²). GD-ICL defaults: η* = 6.0606, loss 0.20623, zero predictor 0.41667 (the
 * paper's Monte Carlo values: η ≈ 6.3, 0.205 and 0.422).
 */
export function gdBestClosedForm(c) {
    const { sx2, mx4 } = closedFormMoments('analysis.icl.gdBestClosedForm', c);
    const { nContext: N, dX: d } = c;
    const t2 = (d * mx4 + d * (d - 1) * sx2 * sx2) / N + ((N - 1) * d * sx2 * sx2) / N;
    const eta = (d * sx2) / t2;
    return { eta, loss: gdLossClosedForm(c, eta), lossZero: gdLossClosedForm(c, 0) };
}
// ---------------------------------------------------------------------------------------------
// the construction
/**
 * The K residual LSA layers that compute K GD steps with sizes `etas` (mean-loss convention)
 * from W₀ (default 0) on N context tokens: `nn.gdConstruction({ eta: η_k / N, w0: W₀ })` for
 * every k. After k layers the context y-slots hold y_j − (W_k − W₀) x_j, so layer k + 1's values
 * W₀ x_j − (y-slot) = W_k x_j − y_j are the residuals of the current weights.
 */
export function gdConstructedLayers(etas, N, dX, dY, w0, dtype = 'f32') {
    checkEtas('analysis.icl.gdConstructedLayers', etas);
    checkW0('analysis.icl.gdConstructedLayers', w0, dY, dX);
    if (!Number.isInteger(N) || N < 1)
        throw new Error(`analysis.icl.gdConstructedLayers: N must be an integer ≥ 1 (context tokens), got ${N}`);
    const w = w0 ?? zeros([dY, dX], { dtype });
    return etas.map((eta) => gdConstruction({ eta: eta / N, w0: w }));
}
/**
 * Residual LSA layers e ← e + LSA_k(e) over GD-ICL tokens (query [x_q; −W₀ x_q]) with the mask
 * `nn.gdIclMask(N)`; returns ŷ = −(y-slot of the query output): [B, d_y]. `xq` replaces the
 * batch's queries (for sensitivities).
 */
export function lsaPredict(layers, b, w0, xq = b.xq) {
    const { N, dX, dY } = dims('analysis.icl.lsaPredict', b);
    checkW0('analysis.icl.lsaPredict', w0, dY, dX);
    let e = iclTokens({ ...b, xq }, w0); // [B, N + 1, D]
    const mask = gdIclMask(N);
    for (const p of layers)
        e = add(e, linearAttention.apply(p, e, { mask }));
    return neg(squeeze(e.slice(null, [N, N + 1], [dX, dX + dY]), 1));
}
// ---------------------------------------------------------------------------------------------
// comparison metrics
/** mean over tasks of ‖a_b − b_b‖² (predictions [B, d_y] of two models on the same tasks). */
export function predictionDistance(a, b) {
    if (a.rank !== 2 || a.shape[0] !== b.shape[0] || a.shape[1] !== b.shape[1])
        throw new Error(`analysis.icl.predictionDistance: a and b must both be [B, d_y], got ${fmt(a.shape)} and ${fmt(b.shape)}`);
    const d = sub(a, b);
    return sum(mul(d, d)).item() / a.shape[0];
}
/**
 * Sensitivities ∂ŷ/∂x_q of a model on every task, by reverse-mode autodiff: `predict` maps the
 * queries xq [B, d_x] to predictions [B, d_y], task by task (prediction b depends on query b
 * only). Returns [B, d_y, d_x] (one vector–Jacobian product per output).
 */
export function sensitivity(predict, xq) {
    const [y, back] = vjp(predict, xq);
    if (y.rank !== 2 || y.shape[0] !== xq.shape[0])
        throw new Error(`analysis.icl.sensitivity: predict must map xq [B, d_x] = ${fmt(xq.shape)} to [B, d_y], got ${fmt(y.shape)}`);
    const [B, dY] = y.shape;
    const rows = [];
    for (let i = 0; i < dY; i++) {
        const e = new Float64Array(B * dY);
        for (let t = 0; t < B; t++)
            e[t * dY + i] = 1; // cotangent: output i of every task
        rows.push(unsqueeze(back(tensor(e, { shape: [B, dY], dtype: y.dtype, device: y.device }))[0], 1)); // [B, 1, d_x]
    }
    return concat(rows, 1);
}
/** Mean over tasks of the cosine between two sensitivities [B, d_y, d_x] (flattened per task). */
export function sensitivityCosine(a, b) {
    if (a.rank !== 3 || a.shape.some((s, i) => s !== b.shape[i]) || b.rank !== 3)
        throw new Error(`analysis.icl.sensitivityCosine: a and b must both be [B, d_y, d_x], got ${fmt(a.shape)} and ${fmt(b.shape)}`);
    const B = a.shape[0];
    const n = a.shape[1] * a.shape[2];
    const av = a.dataSync();
    const bv = b.dataSync();
    let total = 0;
    for (let t = 0; t < B; t++) {
        let ab = 0;
        let aa = 0;
        let bb = 0;
        for (let k = t * n; k < (t + 1) * n; k++) {
            ab += av[k] * bv[k];
            aa += av[k] * av[k];
            bb += bv[k] * bv[k];
        }
        total += aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
    }
    return total / B;
}
/** {@link LsaProducts} of one-head linear-attention parameters. */
export function lsaProducts(p) {
    if (p.wQ.rank !== 3 || p.wQ.shape[0] !== 1)
        throw new Error(`analysis.icl.lsaProducts: needs one head (wQ [1, d_k, D]), got wQ ${fmt(p.wQ.shape)}; the products of several heads do not combine into one pair`);
    const sq = (t) => squeeze(t, 0);
    return { kq: matmul(mT(sq(p.wK)), sq(p.wQ)), pv: matmul(sq(p.wO), sq(p.wV)) };
}
/** The one-head LSA layer with products `m` (W_Q = M_KQ, W_K = I, W_V = M_PV, P = I; d_k = d_v = D). */
export function lsaFromProducts(m, causal = false) {
    const D = m.kq.shape[0];
    const I = eye(D, D, { dtype: m.kq.dtype, device: m.kq.device });
    const one = (t) => reshape(t, [1, D, D]);
    return { kind: 'linearAttention', causal, wQ: one(m.kq), wK: one(I), wV: one(m.pv), wO: one(I) };
}
/**
 * Losses of the LSA stack whose layer-k products are (1 − α) M_con,k + α M_tr,k for each α in
 * `alphas` (0: the constructed stack, 1: the trained one), on the tasks of `b`. Trained layers
 * are first rescaled (s M_KQ, M_PV / s, which leaves them unchanged as functions) so that
 * ‖M_KQ‖_F equals the constructed layer's and ⟨M_KQ, M_KQ,con⟩ ≥ 0 (the pair (−M_KQ, −M_PV) is
 * the same function). One head per layer.
 */
export function interpolationLosses(trained, constructed, b, alphas) {
    if (trained.length !== constructed.length)
        throw new Error(`analysis.icl.interpolationLosses: ${trained.length} trained layers against ${constructed.length} constructed ones; give as many of each`);
    const pairs = trained.map((t, k) => {
        const mt = lsaProducts(t);
        const mc = lsaProducts(constructed[k]);
        const nt = Math.sqrt(sum(mul(mt.kq, mt.kq)).item());
        const nc = Math.sqrt(sum(mul(mc.kq, mc.kq)).item());
        const sign = sum(mul(mt.kq, mc.kq)).item() < 0 ? -1 : 1;
        const s = nt > 0 ? (sign * nc) / nt : 1;
        return { t: { kq: mul(mt.kq, s), pv: div(mt.pv, s) }, c: mc };
    });
    return alphas.map((a) => {
        const layers = pairs.map(({ t, c }) => lsaFromProducts({ kq: add(mul(c.kq, 1 - a), mul(t.kq, a)), pv: add(mul(c.pv, 1 - a), mul(t.pv, a)) }));
        return iclLoss(lsaPredict(layers, b), b.yq).item();
    });
}
//# sourceMappingURL=icl.js.map