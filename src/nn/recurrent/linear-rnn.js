/**
 * Dense recurrent networks:
 *
 * `nn.linearRnn` (the dense linear RNN of PAPERS.md P1 and P4, with an optional nonlinearity ρ):
 *   h_t = A ρ(h_{t−1}) + B x_t,   y_t = C h_t + D x_t
 *   A: [N, N], B: [N, H], C: [O, N], D: [O, H];  ρ = identity (default) or tanh (config
 *   `nonlinearity`, kept as a static field of the parameters).
 *
 * `nn.rnn` (the vanilla Elman network):
 *   h_t = tanh(W h_{t−1} + U x_t + b),   y_t = h_t
 *   W: [N, N], U: [N, H], b: [N].
 *
 * `apply` hoists the input (and for linearRnn the output) projections out of the time loop:
 * only the recurrent product runs step by step.
 */
import { add, cast, tanh } from '../../core/ops/elementwise.js';
import * as random from '../../core/random.js';
import { fmt } from '../../core/shape.js';
import { zeros } from '../../core/creation.js';
import { resolveConfig } from '../types.js';
import { labelFields } from '../labels.js';
import { alongLast, checkFloatDType, checkKind, checkOneOf, checkPositiveInt } from '../blocks/util.js';
import { checkParam, checkState, checkStepInput, dense, loopTime, sequenceAxis, zeroState } from './common.js';
const NONLINEARITIES = ['identity', 'tanh'];
function linearRnnDefaults() {
    return { dIn: 1, dHidden: 64, dOut: 1, aGain: 0.9, nonlinearity: 'identity', dtype: 'f32' };
}
function checkLinearParams(p) {
    if (typeof p !== 'object' || p === null)
        throw new Error('linearRnn: params must be an object of tensors');
    checkKind('linearRnn', p, 'linearRnn');
    if (!NONLINEARITIES.includes(p.nonlinearity)) {
        throw new Error(`linearRnn: params.nonlinearity must be one of ${NONLINEARITIES.map((k) => `'${k}'`).join(', ')}, got ${JSON.stringify(p.nonlinearity) ?? 'nothing'}; set it in the config (nn.linearRnn.init(key, { nonlinearity }))`);
    }
    if (p.b === undefined || p.b.rank !== 2)
        throw new Error(`linearRnn: parameter 'b' must be a [N, H] tensor, got ${p.b === undefined ? 'nothing' : fmt(p.b.shape)}`);
    if (p.c === undefined || p.c.rank !== 2)
        throw new Error(`linearRnn: parameter 'c' must be a [O, N] tensor, got ${p.c === undefined ? 'nothing' : fmt(p.c.shape)}`);
    const [N, H] = p.b.shape;
    const O = p.c.shape[0];
    checkParam('linearRnn', 'a', p.a, [N, N]);
    checkParam('linearRnn', 'c', p.c, [O, N]);
    checkParam('linearRnn', 'd', p.d, [O, H]);
    return { H, N, O };
}
function rho(kind) {
    return kind === 'tanh' ? tanh : (h) => h;
}
/** A ~ N(0, aGain²/N), B ~ N(0, 1/H), C ~ N(0, 1/N), D ~ N(0, 1/H) (P1's teacher: B, D ~ N(0, 1), C ~ N(0, 1/N) at H = 1). */
function linearRnnInit(key, partial) {
    const c = resolveConfig('linearRnn', linearRnnDefaults(), partial);
    for (const k of ['dIn', 'dHidden', 'dOut'])
        checkPositiveInt('linearRnn', k, c[k]);
    checkOneOf('linearRnn', 'nonlinearity', c.nonlinearity, NONLINEARITIES);
    checkFloatDType('linearRnn', c.dtype);
    if (!(Number.isFinite(c.aGain) && c.aGain >= 0))
        throw new Error(`linearRnn: aGain must be finite and >= 0, got ${c.aGain}`);
    const { dIn: H, dHidden: N, dOut: O, dtype } = c;
    const [ka, kb, kc, kd] = random.split(key, 4);
    const n = (k, shape, std) => cast(random.normal(k, shape, { dtype: 'f64', std }), dtype);
    return {
        kind: 'linearRnn',
        nonlinearity: c.nonlinearity,
        a: n(ka, [N, N], c.aGain / Math.sqrt(N)),
        b: n(kb, [N, H], 1 / Math.sqrt(H)),
        c: n(kc, [O, N], 1 / Math.sqrt(N)),
        d: n(kd, [O, H], 1 / Math.sqrt(H)),
    };
}
/** x: [B, T, H] or [T, H] -> y: [B, T, O] or [T, O]. */
function linearRnnApply(p, x) {
    const { H, N } = checkLinearParams(p);
    const axis = sequenceAxis('linearRnn', x, H);
    const f = rho(p.nonlinearity);
    const u = dense(x, p.b); // B x_t for all t: [B, T, N]
    const h0 = zeros([...x.shape.slice(0, axis), N], { dtype: u.dtype, device: u.device });
    const h = loopTime(u, axis, h0, N, (hPrev, uT) => {
        const hT = add(dense(f(hPrev), p.a), uT);
        return [hT, hT];
    }); // [B, T, N]
    return add(dense(h, p.c), dense(x, p.d));
}
/** One step: h: [...batch, N], x_t: [...batch, H] -> h_t, y_t: [...batch, O]. */
function linearRnnStep(p, h, xT) {
    const { H, N } = checkLinearParams(p);
    checkStepInput('linearRnn', xT, H);
    checkState('linearRnn', 'h', h, xT, N);
    const hT = add(dense(rho(p.nonlinearity)(h), p.a), dense(xT, p.b));
    return [hT, add(dense(hT, p.c), dense(xT, p.d))];
}
/** A and B enter the recurrence ('recurrent'); the readout C, D is 'weight'. */
function linearRnnLabels(p) {
    checkLinearParams(p);
    return labelFields('linearRnn', p, (k) => (k === 'c' || k === 'd' ? 'weight' : 'recurrent'));
}
/**
 * `nn.linearRnn`: h_t = A ρ(h_{t−1}) + B x_t, y_t = C h_t + D x_t (dense A; ρ identity or tanh
 * from config `nonlinearity`, a static field of the parameters). x: [B, T, H] or [T, H].
 *
 * @example
 *   const p = nn.linearRnn.init(key, { dIn: 2, dHidden: 8, dOut: 2, nonlinearity: 'tanh' });
 *   nn.linearRnn.apply(p, x);                // ρ = tanh, read from p.nonlinearity
 */
export const linearRnn = {
    defaultConfig: linearRnnDefaults,
    init: linearRnnInit,
    apply: linearRnnApply,
    initialState: (p, batchShape) => zeroState(p.a, batchShape, checkLinearParams(p).N),
    step: linearRnnStep,
    labels: linearRnnLabels,
};
function rnnDefaults() {
    return { dIn: 1, dHidden: 64, wGain: 1, dtype: 'f32' };
}
function checkRnnParams(p) {
    if (typeof p !== 'object' || p === null)
        throw new Error('rnn: params must be an object of tensors');
    checkKind('rnn', p, 'rnn');
    if (p.u === undefined || p.u.rank !== 2)
        throw new Error(`rnn: parameter 'u' must be a [N, H] tensor, got ${p.u === undefined ? 'nothing' : fmt(p.u.shape)}`);
    const [N, H] = p.u.shape;
    checkParam('rnn', 'w', p.w, [N, N]);
    checkParam('rnn', 'b', p.b, [N]);
    return { H, N };
}
/** W ~ N(0, wGain²/N), U ~ N(0, 1/H), b = 0. */
function rnnInit(key, partial) {
    const c = resolveConfig('rnn', rnnDefaults(), partial);
    checkPositiveInt('rnn', 'dIn', c.dIn);
    checkPositiveInt('rnn', 'dHidden', c.dHidden);
    checkFloatDType('rnn', c.dtype);
    if (!(Number.isFinite(c.wGain) && c.wGain >= 0))
        throw new Error(`rnn: wGain must be finite and >= 0, got ${c.wGain}`);
    const { dIn: H, dHidden: N, dtype } = c;
    const [kw, ku] = random.split(key, 2);
    const n = (k, shape, std) => cast(random.normal(k, shape, { dtype: 'f64', std }), dtype);
    return { kind: 'rnn', w: n(kw, [N, N], c.wGain / Math.sqrt(N)), u: n(ku, [N, H], 1 / Math.sqrt(H)), b: zeros([N], { dtype }) };
}
/** x: [B, T, H] or [T, H] -> the hidden states h: [B, T, N] or [T, N]. */
function rnnApply(p, x) {
    const { H, N } = checkRnnParams(p);
    const axis = sequenceAxis('rnn', x, H);
    const u = add(dense(x, p.u), alongLast(p.b, x.rank)); // U x_t + b for all t: [B, T, N]
    const h0 = zeros([...x.shape.slice(0, axis), N], { dtype: u.dtype, device: u.device });
    return loopTime(u, axis, h0, N, (hPrev, uT) => {
        const hT = tanh(add(dense(hPrev, p.w), uT));
        return [hT, hT];
    });
}
/** One step: h: [...batch, N], x_t: [...batch, H] -> h_t, y_t = h_t. */
function rnnStep(p, h, xT) {
    const { H, N } = checkRnnParams(p);
    checkStepInput('rnn', xT, H);
    checkState('rnn', 'h', h, xT, N);
    const hT = tanh(add(dense(h, p.w), add(dense(xT, p.u), alongLast(p.b, xT.rank))));
    return [hT, hT];
}
/** The whole cell (W, U, b) is 'recurrent'. */
function rnnLabels(p) {
    checkRnnParams(p);
    return labelFields('rnn', p, () => 'recurrent');
}
/** `nn.rnn`: h_t = tanh(W h_{t−1} + U x_t + b), y_t = h_t. x: [B, T, H] or [T, H] -> [B, T, N] or [T, N]. */
export const rnn = {
    defaultConfig: rnnDefaults,
    init: rnnInit,
    apply: rnnApply,
    initialState: (p, batchShape) => zeroState(p.w, batchShape, checkRnnParams(p).N),
    step: rnnStep,
    labels: rnnLabels,
};
//# sourceMappingURL=linear-rnn.js.map