/**
 * The gated RNN of PAPERS.md P3 ("Gated recurrent neural networks discover attention"):
 * a diagonal real linear recurrence fed and read out through multiplicative (GLU-like) gates,
 *
 *   x̃_t = [x_t; 1]                                   x_t: [H], x̃_t: [H + 1]
 *   h_t = λ ⊙ h_{t−1} + (W_a x̃_t) ⊙ (W_b x̃_t)        W_a, W_b: [N, H + 1],  λ ∈ [0, 1]^N
 *   y_t = D [(W_c h_t) ⊙ (W_d h_t)]                    W_c, W_d: [M, N],  D: [O, M]
 *
 * λ is learned through a sigmoid (λ = σ(lambdaLogit)) or an exponential
 * (λ = exp(−exp(nuLog))) parametrisation, recorded in the static field `lambdaParametrization`.
 * `constructFromAttention` builds the paper's exact construction of causal linear self-attention.
 */
import { concat } from '../../core/ops/movement.js';
import { add, cast, exp, log, mul, neg, sigmoid, sub } from '../../core/ops/elementwise.js';
import { ones, tensor } from '../../core/creation.js';
import { linearScan } from '../../core/ops/scan.js';
import * as random from '../../core/random.js';
import { fmt } from '../../core/shape.js';
import { resolveConfig } from '../types.js';
import { labelFields } from '../labels.js';
import { alongLast, checkFloatDType, checkKind, checkOneOf, checkPositiveInt } from '../blocks/util.js';
import { checkParam, checkState, checkStepInput, dense, sequenceAxis, zeroState } from './common.js';
const LAMBDA_PARAMETRIZATIONS = ['sigmoid', 'exp'];
function defaultConfig() {
    return { dIn: 16, dHidden: 64, dGate: 64, dOut: 16, lambdaParametrization: 'sigmoid', lambdaMin: 0, lambdaMax: 1, dtype: 'f32' };
}
/** λ: [N] from either parametrisation. */
export function gatedRnnLambda(p) {
    return p.lambdaParametrization === 'sigmoid' ? sigmoid(p.lambdaLogit) : exp(neg(exp(p.nuLog)));
}
const LAMBDA_KEY = { sigmoid: 'lambdaLogit', exp: 'nuLog' };
/** The λ parameter's name and tensor, after checking the static parametrisation against the fields. */
function lambdaParamOf(p) {
    const kind = p.lambdaParametrization;
    if (!LAMBDA_PARAMETRIZATIONS.includes(kind)) {
        throw new Error(`gatedRnn: params.lambdaParametrization must be 'sigmoid' or 'exp', got ${JSON.stringify(kind) ?? 'nothing'}; create the parameters with nn.gatedRnn.init (hand-built parameters need kind: 'gatedRnn' and lambdaParametrization)`);
    }
    const name = LAMBDA_KEY[kind];
    const other = name === 'lambdaLogit' ? 'nuLog' : 'lambdaLogit';
    const q = p;
    if (q[other] !== undefined) {
        throw new Error(`gatedRnn: params.lambdaParametrization is '${String(kind)}' but the parameters also hold ${other}; keep only ${name}, or set lambdaParametrization: '${kind === 'sigmoid' ? 'exp' : 'sigmoid'}'`);
    }
    return [name, q[name]];
}
/** Sizes { H, N, M, O } after checking every parameter's shape. */
function checkParams(p) {
    if (typeof p !== 'object' || p === null)
        throw new Error('gatedRnn: params must be an object of tensors');
    checkKind('gatedRnn', p, 'gatedRnn');
    if (p.wa === undefined || p.wa.rank !== 2)
        throw new Error(`gatedRnn: parameter 'wa' must be a [N, H + 1] tensor, got ${p.wa === undefined ? 'nothing' : fmt(p.wa.shape)}`);
    if (p.d === undefined || p.d.rank !== 2)
        throw new Error(`gatedRnn: parameter 'd' must be a [O, M] tensor, got ${p.d === undefined ? 'nothing' : fmt(p.d.shape)}`);
    const [N, H1] = p.wa.shape;
    const [O, M] = p.d.shape;
    checkParam('gatedRnn', 'wb', p.wb, [N, H1]);
    checkParam('gatedRnn', 'wc', p.wc, [M, N]);
    checkParam('gatedRnn', 'wd', p.wd, [M, N]);
    const [lambdaName, lambdaTensor] = lambdaParamOf(p);
    checkParam('gatedRnn', lambdaName, lambdaTensor, [N]);
    return { H: H1 - 1, N, M, O };
}
function checkConfig(c) {
    for (const k of ['dIn', 'dHidden', 'dGate', 'dOut'])
        checkPositiveInt('gatedRnn', k, c[k]);
    checkOneOf('gatedRnn', 'lambdaParametrization', c.lambdaParametrization, LAMBDA_PARAMETRIZATIONS);
    checkFloatDType('gatedRnn', c.dtype);
    if (!(c.lambdaMin >= 0 && c.lambdaMin < c.lambdaMax && c.lambdaMax <= 1)) {
        throw new Error(`gatedRnn: need 0 <= lambdaMin < lambdaMax <= 1, got lambdaMin ${c.lambdaMin}, lambdaMax ${c.lambdaMax}`);
    }
}
/** λ ∈ [0, 1] -> its parameter (λ = 0 and 1 map to ∓∞ / ±∞, which the forward maps back exactly). */
function lambdaParam(lambda, kind) {
    // sigmoid: logit λ = log λ − log(1 − λ);  exp: νlog = log(−log λ)
    return kind === 'sigmoid' ? sub(log(lambda), log(sub(1, lambda))) : log(neg(log(lambda)));
}
/**
 * λ ~ U[lambdaMin, lambdaMax]; W_a, W_b ~ N(0, 1/(H+1)); W_c, W_d ~ N(0, 1/N); D ~ N(0, 1/M)
 * (variance-preserving choices; P3 does not prescribe them). Computed in float64.
 */
function init(key, partial) {
    const c = resolveConfig('gatedRnn', defaultConfig(), partial);
    checkConfig(c);
    const { dIn: H, dHidden: N, dGate: M, dOut: O, dtype } = c;
    const [kl, ka, kb, kc, kd, kD] = random.split(key, 6);
    const f64 = { dtype: 'f64' };
    const lambda = random.uniform(kl, [N], { ...f64, minval: c.lambdaMin, maxval: c.lambdaMax });
    const out = (t) => cast(t, dtype);
    const common = {
        kind: 'gatedRnn',
        wa: out(random.normal(ka, [N, H + 1], { ...f64, std: 1 / Math.sqrt(H + 1) })),
        wb: out(random.normal(kb, [N, H + 1], { ...f64, std: 1 / Math.sqrt(H + 1) })),
        wc: out(random.normal(kc, [M, N], { ...f64, std: 1 / Math.sqrt(N) })),
        wd: out(random.normal(kd, [M, N], { ...f64, std: 1 / Math.sqrt(N) })),
        d: out(random.normal(kD, [O, M], { ...f64, std: 1 / Math.sqrt(M) })),
    };
    const lp = out(lambdaParam(lambda, c.lambdaParametrization));
    return c.lambdaParametrization === 'sigmoid'
        ? { lambdaParametrization: 'sigmoid', lambdaLogit: lp, ...common }
        : { lambdaParametrization: 'exp', nuLog: lp, ...common };
}
/** x̃ = [x; 1] along the last axis. */
function withOne(x) {
    return concat([x, ones([...x.shape.slice(0, -1), 1], { dtype: x.dtype, device: x.device })], -1);
}
/** y = D[(W_c h) ⊙ (W_d h)] over the last axis. */
function readout(p, h) {
    return dense(mul(dense(h, p.wc), dense(h, p.wd)), p.d);
}
/**
 * The whole sequence, x: [B, T, H] or [T, H] -> y: [B, T, O] or [T, O]: the input gates for all
 * steps at once, then one fused real `linearScan` with λ: [N] along T.
 */
function apply(p, x) {
    const { H } = checkParams(p);
    const axis = sequenceAxis('gatedRnn', x, H);
    const xt = withOne(x); // [B, T, H + 1]
    const u = mul(dense(xt, p.wa), dense(xt, p.wb)); // [B, T, N]
    const h = linearScan(gatedRnnLambda(p), u, { axis }); // [B, T, N]
    return readout(p, h);
}
function initialState(p, batchShape) {
    const { N } = checkParams(p);
    return zeroState(p.wa, batchShape, N);
}
/** One step: h: [...batch, N], x_t: [...batch, H] -> h_t, y_t: [...batch, O]. */
function step(p, h, xT) {
    const { H, N } = checkParams(p);
    checkStepInput('gatedRnn', xT, H);
    checkState('gatedRnn', 'h', h, xT, N);
    const xt = withOne(xT);
    const h1 = mul(alongLast(gatedRnnLambda(p), h.rank), h);
    const h2 = mul(dense(xt, p.wa), dense(xt, p.wb));
    const hNew = add(h1, h2);
    return [hNew, readout(p, hNew)];
}
/**
 * Gated-RNN parameters that compute causal linear self-attention exactly (P3),
 *   y_t = Σ_{t'≤t} (W_V x_{t'}) (W_K x_{t'})ᵀ (W_Q x_t),
 * with N = d_v d_k + d_k neurons, M = d_v d_k gates, O = d_v outputs:
 *   memory neuron (i, j) = i d_k + j:  λ = 1, (W_a x̃)_n = (W_V x)_i, (W_b x̃)_n = (W_K x)_j,
 *     so h_n = S_ij = Σ_{t'≤t} v_i k_j;
 *   query neuron j = d_v d_k + j:     λ = 0, (W_a x̃)_n = (W_Q x)_j, (W_b x̃)_n = 1 (the bias
 *     column of x̃ = [x; 1]), so h_n = q_j;
 *   gate (i, j): (W_c h) = S_ij, (W_d h) = q_j;  D sums the gates of row i: y_i = Σ_j S_ij q_j.
 * λ = 1 and 0 are stored as logits +∞ and −∞ ('sigmoid', default) or νlog = −∞ and +∞ ('exp');
 * both map back to exactly 1 and 0. Built in float64 (or `dtype`) from the weights' values.
 */
function constructFromAttention(weights, options = {}) {
    const { wq, wk, wv } = weights;
    const kind = options.lambdaParametrization ?? 'sigmoid';
    checkOneOf('gatedRnn.constructFromAttention', 'lambdaParametrization', kind, LAMBDA_PARAMETRIZATIONS);
    for (const [name, w] of [
        ['wq', wq],
        ['wk', wk],
        ['wv', wv],
    ]) {
        if (w === undefined || w.rank !== 2)
            throw new Error(`gatedRnn.constructFromAttention: ${name} must be a [d, H] matrix, got ${w === undefined ? 'nothing' : fmt(w.shape)}`);
    }
    const [dk, H] = wq.shape;
    const dv = wv.shape[0];
    if (wk.shape[0] !== dk || wk.shape[1] !== H || wv.shape[1] !== H) {
        throw new Error(`gatedRnn.constructFromAttention: need wq [d_k, H], wk [d_k, H], wv [d_v, H], got wq ${fmt(wq.shape)}, wk ${fmt(wk.shape)}, wv ${fmt(wv.shape)}`);
    }
    const dtype = options.dtype ?? (wq.dtype === 'f32' ? 'f32' : 'f64');
    const q = wq.dataSync();
    const k = wk.dataSync();
    const v = wv.dataSync();
    const N = dv * dk + dk;
    const M = dv * dk;
    const H1 = H + 1;
    const wa = new Float64Array(N * H1);
    const wb = new Float64Array(N * H1);
    const wc = new Float64Array(M * N);
    const wd = new Float64Array(M * N);
    const d = new Float64Array(dv * M);
    const lam = new Float64Array(N);
    for (let i = 0; i < dv; i++) {
        for (let j = 0; j < dk; j++) {
            const n = i * dk + j; // memory neuron (i, j), also gate (i, j)
            lam[n] = 1;
            for (let c = 0; c < H; c++) {
                wa[n * H1 + c] = v[i * H + c];
                wb[n * H1 + c] = k[j * H + c];
            }
            wc[n * N + n] = 1;
            wd[n * N + M + j] = 1;
            d[i * M + n] = 1;
        }
    }
    for (let j = 0; j < dk; j++) {
        const n = M + j; // query neuron j, λ = 0
        for (let c = 0; c < H; c++)
            wa[n * H1 + c] = q[j * H + c];
        wb[n * H1 + H] = 1;
    }
    const t = (data, shape) => tensor(data, { dtype, shape });
    const common = { kind: 'gatedRnn', wa: t(wa, [N, H1]), wb: t(wb, [N, H1]), wc: t(wc, [M, N]), wd: t(wd, [M, N]), d: t(d, [dv, M]) };
    const lp = Float64Array.from(lam, (l) => (kind === 'sigmoid' ? (l === 1 ? Infinity : -Infinity) : l === 1 ? -Infinity : Infinity));
    return kind === 'sigmoid'
        ? { lambdaParametrization: kind, lambdaLogit: t(lp, [N]), ...common }
        : { lambdaParametrization: kind, nuLog: t(lp, [N]), ...common };
}
/** λ and the input gates W_a, W_b feed the recurrence ('recurrent'); the output gates W_c, W_d and D are 'weight'. */
function labels(p) {
    checkParams(p);
    return labelFields('gatedRnn', p, (k) => (k === 'wc' || k === 'wd' || k === 'd' ? 'weight' : 'recurrent'));
}
/**
 * `nn.gatedRnn` (PAPERS.md P3). x: [B, T, H] or [T, H] -> y: [B, T, O] or [T, O].
 *
 * @example
 *   const p = nn.gatedRnn.constructFromAttention({ wq, wk, wv });
 *   nn.gatedRnn.apply(p, x);   // == causal linear self-attention of x
 */
export const gatedRnn = { defaultConfig, init, apply, initialState, step, labels, constructFromAttention };
//# sourceMappingURL=gated-rnn.js.map