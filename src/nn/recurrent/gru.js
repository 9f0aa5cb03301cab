/**
 * `nn.gru`: the gated recurrent unit (Cho et al. 2014, in the PyTorch/cuDNN form where the reset
 * gate multiplies U_n h), gates stacked in the order (r, z, n):
 *
 *   r = σ(W_r x_t + U_r h_{t−1} + b_r)                W: [3N, H], U: [3N, N], b: [3N]
 *   z = σ(W_z x_t + U_z h_{t−1} + b_z)                (z: the update gate, "keep" fraction)
 *   n = tanh(W_n x_t + b_n + r ⊙ (U_n h_{t−1}))
 *   h_t = z ⊙ h_{t−1} + (1 − z) ⊙ n,   y_t = h_t
 *
 * With constant gates it is a diagonal linear RNN with λ = σ(b_z) and input factor 1 − λ
 * (PAPERS.md P1). Chrono initialisation (Tallec & Ollivier 2018; option `chronoTMax`) draws
 * b_z = log U[1, T_max − 1], so the memory time scales 1/(1 − λ) = 1 + e^{b_z} spread over
 * [2, T_max].
 */
import { add, cast, log, mul, sigmoid, sub, tanh } from '../../core/ops/elementwise.js';
import { concat, split } from '../../core/ops/movement.js';
import { zeros } from '../../core/creation.js';
import * as random from '../../core/random.js';
import { fmt } from '../../core/shape.js';
import { resolveConfig } from '../types.js';
import { labelFields } from '../labels.js';
import { alongLast, checkFloatDType, checkKind, checkPositiveInt } from '../blocks/util.js';
import { checkParam, checkState, checkStepInput, dense, loopTime, sequenceAxis, zeroState } from './common.js';
function defaultConfig() {
    return { dIn: 1, dHidden: 64, chronoTMax: 0, dtype: 'f32' };
}
function checkParams(p) {
    if (typeof p !== 'object' || p === null)
        throw new Error('gru: params must be an object of tensors');
    checkKind('gru', p, 'gru');
    if (p.u === undefined || p.u.rank !== 2 || p.u.shape[0] !== 3 * p.u.shape[1]) {
        throw new Error(`gru: parameter 'u' must be a [3N, N] tensor, got ${p.u === undefined ? 'nothing' : fmt(p.u.shape)}`);
    }
    const N = p.u.shape[1];
    if (p.w === undefined || p.w.rank !== 2)
        throw new Error(`gru: parameter 'w' must be a [3N, H] tensor, got ${p.w === undefined ? 'nothing' : fmt(p.w.shape)}`);
    const H = p.w.shape[1];
    checkParam('gru', 'w', p.w, [3 * N, H]);
    checkParam('gru', 'b', p.b, [3 * N]);
    return { H, N };
}
/** W, U ~ U(−1/√N, 1/√N) (PyTorch's default); b = 0, or chrono b_z = log U[1, T_max − 1]. */
function init(key, partial) {
    const c = resolveConfig('gru', defaultConfig(), partial);
    checkPositiveInt('gru', 'dIn', c.dIn);
    checkPositiveInt('gru', 'dHidden', c.dHidden);
    checkFloatDType('gru', c.dtype);
    if (!(c.chronoTMax === 0 || (Number.isFinite(c.chronoTMax) && c.chronoTMax > 2))) {
        throw new Error(`gru: chronoTMax must be 0 (off) or a finite number > 2, got ${c.chronoTMax}`);
    }
    const { dIn: H, dHidden: N, dtype } = c;
    const [kw, ku, kz] = random.split(key, 3);
    const s = 1 / Math.sqrt(N);
    const u = (k, shape) => cast(random.uniform(k, shape, { dtype: 'f64', minval: -s, maxval: s }), dtype);
    const bz = c.chronoTMax > 0 ? log(random.uniform(kz, [N], { dtype: 'f64', minval: 1, maxval: c.chronoTMax - 1 })) : zeros([N], { dtype: 'f64' });
    const b = concat([zeros([N], { dtype: 'f64' }), bz, zeros([N], { dtype: 'f64' })], 0);
    return { kind: 'gru', w: u(kw, [3 * N, H]), u: u(ku, [3 * N, N]), b: cast(b, dtype) };
}
/**
 * The cell from the input pre-activations xw = W x + b: [...batch, 3N] and the state h.
 * U_n h enters n through r, so U h is split before adding.
 */
function cell(p, h, xw) {
    const [xr, xz, xn] = split(xw, 3, -1);
    const [hr, hz, hn] = split(dense(h, p.u), 3, -1);
    const r = sigmoid(add(xr, hr));
    const z = sigmoid(add(xz, hz));
    const n = tanh(add(xn, mul(r, hn)));
    return add(mul(z, h), mul(sub(1, z), n));
}
/** x: [B, T, H] or [T, H] -> h: [B, T, N] or [T, N]. */
function apply(p, x) {
    const { H, N } = checkParams(p);
    const axis = sequenceAxis('gru', x, H);
    const xw = add(dense(x, p.w), alongLast(p.b, x.rank)); // W x_t + b for all t: [B, T, 3N]
    const h0 = zeros([...x.shape.slice(0, axis), N], { dtype: xw.dtype, device: xw.device });
    return loopTime(xw, axis, h0, N, (h, xwT) => {
        const h1 = cell(p, h, xwT);
        return [h1, h1];
    });
}
/** One step: h: [...batch, N], x_t: [...batch, H] -> h_t, y_t = h_t. */
function step(p, h, xT) {
    const { H, N } = checkParams(p);
    checkStepInput('gru', xT, H);
    checkState('gru', 'h', h, xT, N);
    const h1 = cell(p, h, add(dense(xT, p.w), alongLast(p.b, xT.rank)));
    return [h1, h1];
}
/** The whole gated cell (W, U, b) is 'recurrent'. */
function labels(p) {
    checkParams(p);
    return labelFields('gru', p, () => 'recurrent');
}
/** `nn.gru`. x: [B, T, H] or [T, H] -> h: [B, T, N] or [T, N]. */
export const gru = {
    defaultConfig,
    init,
    apply,
    initialState: (p, batchShape) => zeroState(p.u, batchShape, checkParams(p).N),
    step,
    labels,
};
//# sourceMappingURL=gru.js.map