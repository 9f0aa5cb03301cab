/**
 * `nn.lstm`: the long short-term memory cell (Hochreiter & Schmidhuber 1997, with a forget gate),
 * gates stacked in the order (i, f, g, o) as in PyTorch:
 *
 *   [i; f; g; o] = W x_t + U h_{t−1} + b           W: [4N, H], U: [4N, N], b: [4N]
 *   c_t = σ(f) ⊙ c_{t−1} + σ(i) ⊙ tanh(g)
 *   h_t = σ(o) ⊙ tanh(c_t),   y_t = h_t
 *
 * P3 notes that an LSTM can implement the linear-attention construction (a GRU cannot).
 */
import { add, cast, mul, sigmoid, tanh } from '../../core/ops/elementwise.js';
import { split } from '../../core/ops/movement.js';
import { tensor, zeros } from '../../core/creation.js';
import * as random from '../../core/random.js';
import { fmt } from '../../core/shape.js';
import { resolveConfig } from '../types.js';
import { labelFields } from '../labels.js';
import { alongLast, checkFloatDType, checkKind, checkPositiveInt } from '../blocks/util.js';
import { checkParam, checkState, checkStepInput, dense, loopTime, sequenceAxis, zeroState } from './common.js';
function defaultConfig() {
    return { dIn: 1, dHidden: 64, forgetBias: 1, dtype: 'f32' };
}
function checkParams(p) {
    if (typeof p !== 'object' || p === null)
        throw new Error('lstm: params must be an object of tensors');
    checkKind('lstm', p, 'lstm');
    if (p.u === undefined || p.u.rank !== 2 || p.u.shape[0] !== 4 * p.u.shape[1]) {
        throw new Error(`lstm: parameter 'u' must be a [4N, N] tensor, got ${p.u === undefined ? 'nothing' : fmt(p.u.shape)}`);
    }
    const N = p.u.shape[1];
    if (p.w === undefined || p.w.rank !== 2)
        throw new Error(`lstm: parameter 'w' must be a [4N, H] tensor, got ${p.w === undefined ? 'nothing' : fmt(p.w.shape)}`);
    const H = p.w.shape[1];
    checkParam('lstm', 'w', p.w, [4 * N, H]);
    checkParam('lstm', 'b', p.b, [4 * N]);
    return { H, N };
}
/** W, U ~ U(−1/√N, 1/√N) (PyTorch's default); b = 0 except b_f = forgetBias. */
function init(key, partial) {
    const c = resolveConfig('lstm', defaultConfig(), partial);
    checkPositiveInt('lstm', 'dIn', c.dIn);
    checkPositiveInt('lstm', 'dHidden', c.dHidden);
    checkFloatDType('lstm', c.dtype);
    if (!Number.isFinite(c.forgetBias))
        throw new Error(`lstm: forgetBias must be finite, got ${c.forgetBias}`);
    const { dIn: H, dHidden: N, dtype } = c;
    const [kw, ku] = random.split(key, 2);
    const s = 1 / Math.sqrt(N);
    const u = (k, shape) => cast(random.uniform(k, shape, { dtype: 'f64', minval: -s, maxval: s }), dtype);
    const b = new Float64Array(4 * N);
    b.fill(c.forgetBias, N, 2 * N);
    return { kind: 'lstm', w: u(kw, [4 * N, H]), u: u(ku, [4 * N, N]), b: tensor(b, { dtype, shape: [4 * N] }) };
}
/** The cell given the gate pre-activations z = W x + U h + b: [...batch, 4N]. */
function cell(s, z) {
    const [i, f, g, o] = split(z, 4, -1);
    const c = add(mul(sigmoid(f), s.c), mul(sigmoid(i), tanh(g)));
    return { h: mul(sigmoid(o), tanh(c)), c };
}
/** x: [B, T, H] or [T, H] -> h: [B, T, N] or [T, N]. */
function apply(p, x) {
    const { H, N } = checkParams(p);
    const axis = sequenceAxis('lstm', x, H);
    const xw = add(dense(x, p.w), alongLast(p.b, x.rank)); // W x_t + b for all t: [B, T, 4N]
    const batch = x.shape.slice(0, axis);
    const like = { dtype: xw.dtype, device: xw.device };
    const s0 = { h: zeros([...batch, N], like), c: zeros([...batch, N], like) };
    return loopTime(xw, axis, s0, N, (s, xwT) => {
        const s1 = cell(s, add(dense(s.h, p.u), xwT));
        return [s1, s1.h];
    });
}
function initialState(p, batchShape) {
    const { N } = checkParams(p);
    return { h: zeroState(p.u, batchShape, N), c: zeroState(p.u, batchShape, N) };
}
/** One step: {h, c}: [...batch, N], x_t: [...batch, H] -> new state, y_t = h_t. */
function step(p, s, xT) {
    const { H, N } = checkParams(p);
    checkStepInput('lstm', xT, H);
    checkState('lstm', 'h', s.h, xT, N);
    checkState('lstm', 'c', s.c, xT, N);
    const s1 = cell(s, add(dense(s.h, p.u), add(dense(xT, p.w), alongLast(p.b, xT.rank))));
    return [s1, s1.h];
}
/** The whole gated cell (W, U, b) is 'recurrent'. */
function labels(p) {
    checkParams(p);
    return labelFields('lstm', p, () => 'recurrent');
}
/** `nn.lstm`. x: [B, T, H] or [T, H] -> h: [B, T, N] or [T, N]. */
export const lstm = { defaultConfig, init, apply, initialState, step, labels };
//# sourceMappingURL=lstm.js.map