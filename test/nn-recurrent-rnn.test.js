/**
 * nn.linearRnn, nn.rnn, nn.lstm, nn.gru: step == apply (batched and unbatched), plain-JS
 * references, gradient checks, exact special cases, init options and errors. float64, strict.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { random, setStrict, sigmoid, stack, tensor, tree, zeros } from '../src/index.js';
import { gru, linearRnn, lstm, rnn } from '../src/nn/index.js';
import { checkGrad, expectClose, rand, toF64 } from './util/check.js';
beforeEach(() => setStrict(true));
afterEach(() => setStrict(false));
function checkParamsGrad(f, params, x) {
    const [leaves, def] = tree.flatten(params);
    return checkGrad((...xs) => f(tree.unflatten(def, xs.slice(0, -1)), xs[xs.length - 1]), [...leaves, x]);
}
function stepLoop(layer, p, x, options) {
    const axis = x.rank - 2;
    let h = layer.initialState(p, x.shape.slice(0, axis));
    const ys = [];
    for (let t = 0; t < x.shape[axis]; t++) {
        let y;
        [h, y] = layer.step(p, h, axis === 1 ? x.slice(null, t) : x.slice(t), options);
        ys.push(y);
    }
    return stack(ys, axis);
}
const x = rand([2, 5, 3], 1);
const key = random.key(7);
// ρ: the tanh variant is checked with A scaled up so the nonlinearity matters
const layers = [
    ['linearRnn', () => linearRnn.init(key, { dIn: 3, dHidden: 4, dOut: 2, dtype: 'f64' })],
    ['linearRnn (ρ = tanh)', () => linearRnn.init(key, { dIn: 3, dHidden: 4, dOut: 2, aGain: 1.5, nonlinearity: 'tanh', dtype: 'f64' })],
];
const apply = (p, xx) => linearRnn.apply(p, xx);
describe('nn.linearRnn: h_t = A ρ(h_{t−1}) + B x_t, y_t = C h_t + D x_t', () => {
    /** Plain-JS reference, x: [B, T, H]. */
    function js(p, xx, tanh) {
        const [a, b, c, d] = [p.a, p.b, p.c, p.d].map(toF64);
        const [N, H] = p.b.shape;
        const O = p.c.shape[0];
        const [B, T] = xx.shape;
        const xs = toF64(xx);
        const y = new Float64Array(B * T * O);
        for (let s = 0; s < B; s++) {
            let h = new Float64Array(N);
            for (let t = 0; t < T; t++) {
                const xt = xs.subarray((s * T + t) * H, (s * T + t + 1) * H);
                const r = tanh ? h.map(Math.tanh) : h;
                const hn = new Float64Array(N);
                for (let i = 0; i < N; i++) {
                    for (let j = 0; j < N; j++)
                        hn[i] += a[i * N + j] * r[j];
                    for (let k = 0; k < H; k++)
                        hn[i] += b[i * H + k] * xt[k];
                }
                h = hn;
                for (let o = 0; o < O; o++) {
                    let acc = 0;
                    for (let i = 0; i < N; i++)
                        acc += c[o * N + i] * h[i];
                    for (let k = 0; k < H; k++)
                        acc += d[o * H + k] * xt[k];
                    y[(s * T + t) * O + o] = acc;
                }
            }
        }
        return y;
    }
    it.each(layers)('%s: apply == plain JS == a loop of step, batched and unbatched; gradient check', (name, make) => {
        const p = make();
        expect(p.nonlinearity).toBe(name === 'linearRnn' ? 'identity' : 'tanh');
        expectClose(apply(p, x), js(p, x, p.nonlinearity === 'tanh'), { rtol: 1e-12, atol: 1e-13 });
        expectClose(stepLoop(linearRnn, p, x), apply(p, x), { rtol: 1e-13, atol: 1e-14 });
        expectClose(stepLoop(linearRnn, p, x.slice(1)), apply(p, x.slice(1)), { rtol: 1e-13, atol: 1e-14 });
        expect(checkParamsGrad(apply, p, x.slice(null, [0, 3]))).toBeLessThan(1e-6);
    });
    it('ρ must be identity or tanh (config and static params field)', () => {
        const p = layers[0][1]();
        expect(() => linearRnn.init(key, { nonlinearity: 'relu' })).toThrow(/linearRnn: config.nonlinearity must be one of 'identity', 'tanh'/);
        expect(() => linearRnn.apply({ ...p, nonlinearity: 'relu' }, x)).toThrow(/linearRnn: params.nonlinearity must be one of 'identity', 'tanh', got "relu"; set it in the config \(nn.linearRnn.init\(key, \{ nonlinearity \}\)\)/);
        expect(() => linearRnn.apply({ ...p, kind: 'rnn' }, x)).toThrow(/linearRnn: params.kind must be 'linearRnn', got "rnn"/);
        expect(linearRnn.labels(p)).toEqual({ kind: null, nonlinearity: null, a: 'recurrent', b: 'recurrent', c: 'weight', d: 'weight' });
    });
});
describe('nn.rnn, nn.lstm, nn.gru: step == apply and gradients', () => {
    const cases = [
        ['rnn', rnn, rnn.init(key, { dIn: 3, dHidden: 4, dtype: 'f64' })],
        ['lstm', lstm, lstm.init(key, { dIn: 3, dHidden: 4, dtype: 'f64' })],
        ['gru', gru, gru.init(key, { dIn: 3, dHidden: 4, chronoTMax: 10, dtype: 'f64' })],
    ];
    it.each(cases)('%s: a loop of step equals apply, batched and unbatched', (_n, layer, p) => {
        const l = layer;
        expect(l.apply(p, x).shape).toEqual([2, 5, 4]);
        expectClose(stepLoop(l, p, x), l.apply(p, x), { rtol: 1e-13, atol: 1e-14 });
        expectClose(stepLoop(l, p, x.slice(0)), l.apply(p, x.slice(0)), { rtol: 1e-13, atol: 1e-14 });
        expectClose(l.apply(p, x.slice(0)), l.apply(p, x).slice(0), { rtol: 1e-14, atol: 1e-15 });
    });
    it.each(cases)('%s: gradient check (all parameters and x)', (_n, layer, p) => {
        const l = layer;
        expect(checkParamsGrad((q, xx) => l.apply(q, xx), p, x.slice(null, [0, 3]))).toBeLessThan(1e-6);
    });
    it('rnn equals tanh(W h + U x + b) computed in plain JS', () => {
        const p = rnn.init(key, { dIn: 3, dHidden: 4, dtype: 'f64' });
        const b = rand([4], 3);
        const q = { ...p, b };
        const [w, u, bb, xs] = [q.w, q.u, q.b, x.slice(0)].map(toF64);
        const ys = [];
        let h = [0, 0, 0, 0];
        for (let t = 0; t < 5; t++) {
            h = h.map((_, i) => Math.tanh(h.reduce((s, hj, j) => s + w[i * 4 + j] * hj, 0) + [0, 1, 2].reduce((s, k) => s + u[i * 3 + k] * xs[t * 3 + k], 0) + bb[i]));
            ys.push(...h);
        }
        expectClose(rnn.apply(q, x.slice(0)), ys, { rtol: 1e-13, atol: 1e-14 });
    });
});
/** Plain-JS LSTM (gates i, f, g, o) and GRU (gates r, z, n; r multiplies U_n h) on x [B, T, H]. */
function jsGated(kind, p, xx) {
    const [w, u, b, xs] = [p.w, p.u, p.b, xx].map(toF64);
    const H = p.w.shape[1];
    const N = p.u.shape[1];
    const [B, T] = xx.shape;
    const sig = (v) => 1 / (1 + Math.exp(-v));
    const out = [];
    for (let s = 0; s < B; s++) {
        let h = new Array(N).fill(0);
        let c = new Array(N).fill(0);
        for (let t = 0; t < T; t++) {
            const xt = xs.subarray((s * T + t) * H, (s * T + t + 1) * H);
            // row r of W x_t + b and of U h_{t−1}
            const wx = (r) => b[r] + Array.from(xt).reduce((a, xk, k) => a + w[r * H + k] * xk, 0);
            const uh = (r) => h.reduce((a, hj, j) => a + u[r * N + j] * hj, 0);
            if (kind === 'lstm') {
                const g = (gate, i) => wx(gate * N + i) + uh(gate * N + i);
                c = c.map((ci, i) => sig(g(1, i)) * ci + sig(g(0, i)) * Math.tanh(g(2, i)));
                h = c.map((ci, i) => sig(g(3, i)) * Math.tanh(ci));
            }
            else {
                h = h.map((hi, i) => {
                    const r = sig(wx(i) + uh(i));
                    const z = sig(wx(N + i) + uh(N + i));
                    const n = Math.tanh(wx(2 * N + i) + r * uh(2 * N + i));
                    return z * hi + (1 - z) * n;
                });
            }
            out.push(...h);
        }
    }
    return out;
}
describe('nn.lstm and nn.gru against plain-JS cells (gate order and conventions)', () => {
    it.each(['lstm', 'gru'])('%s', (kind) => {
        const p = kind === 'lstm' ? lstm.init(key, { dIn: 3, dHidden: 4, dtype: 'f64' }) : gru.init(key, { dIn: 3, dHidden: 4, dtype: 'f64' });
        // random biases, so every gate's bias slot matters
        const b = rand([p.b.shape[0]], 9);
        const y = p.kind === 'lstm' ? lstm.apply({ ...p, b }, x) : gru.apply({ ...p, b }, x);
        const q = { ...p, b };
        expectClose(y, jsGated(kind, q, x), { rtol: 1e-12, atol: 1e-13 });
    });
});
describe('nn.gru and nn.lstm: exact special cases and initialisation', () => {
    it('a GRU with constant gates is the diagonal linear RNN h_t = λ h_{t−1} + (1 − λ) n_t, λ = σ(b_z) (P1)', () => {
        const N = 4;
        const p0 = gru.init(key, { dIn: 3, dHidden: N, chronoTMax: 20, dtype: 'f64' });
        // zero the recurrent weights and the r, z input weights: r, z constant; n_t = tanh(W_n x_t + b_n)
        const w = toF64(p0.w).map((v, i) => (i < 2 * N * 3 ? 0 : v));
        const p = { kind: 'gru', w: tensor(w, { dtype: 'f64', shape: [3 * N, 3] }), u: zeros([3 * N, N], { dtype: 'f64' }), b: rand([3 * N], 5) };
        const lam = toF64(sigmoid(p.b.slice([N, 2 * N])));
        const [bn, xs] = [toF64(p.b.slice([2 * N])), toF64(x)];
        const expected = [];
        for (let s = 0; s < 2; s++) {
            const h = new Float64Array(N);
            for (let t = 0; t < 5; t++) {
                for (let i = 0; i < N; i++) {
                    let a = bn[i];
                    for (let k = 0; k < 3; k++)
                        a += w[(2 * N + i) * 3 + k] * xs[(s * 5 + t) * 3 + k];
                    h[i] = lam[i] * h[i] + (1 - lam[i]) * Math.tanh(a);
                }
                expected.push(...h);
            }
        }
        expectClose(gru.apply(p, x), expected, { rtol: 1e-13, atol: 1e-14 });
    });
    it('chrono init: b_z = log U[1, T_max − 1], so 1/(1 − σ(b_z)) ∈ [2, T_max]; b_r = b_n = 0; off by default', () => {
        const N = 500;
        const p = gru.init(key, { dIn: 2, dHidden: N, chronoTMax: 50, dtype: 'f64' });
        const b = toF64(p.b);
        const timescale = Array.from(b.subarray(N, 2 * N), (bz) => 1 / (1 - 1 / (1 + Math.exp(-bz))));
        expect(Math.min(...timescale)).toBeGreaterThanOrEqual(2 - 1e-9);
        expect(Math.max(...timescale)).toBeLessThanOrEqual(50 + 1e-9);
        expect(Math.abs(timescale.reduce((a, c) => a + c, 0) / N - 26)).toBeLessThan(2.5); // 1 + U[1, 49]: mean 26, sd 13.9/√500 = 0.62
        expect(b.subarray(0, N).every((v) => v === 0) && b.subarray(2 * N).every((v) => v === 0)).toBe(true);
        expect(toF64(gru.init(key, { dIn: 2, dHidden: 3 }).b).every((v) => v === 0)).toBe(true);
        expect(() => gru.init(key, { chronoTMax: 2 })).toThrow(/gru: chronoTMax must be 0 \(off\) or a finite number > 2/);
    });
    it('lstm: the forget-gate bias starts at forgetBias, the others at 0; weights in ±1/√N', () => {
        const p = lstm.init(key, { dIn: 3, dHidden: 5, forgetBias: 2, dtype: 'f64' });
        expect(Array.from(toF64(p.b))).toEqual([0, 0, 0, 0, 0, 2, 2, 2, 2, 2, ...new Array(10).fill(0)]);
        expect(Math.max(...toF64(p.u).map(Math.abs))).toBeLessThan(1 / Math.sqrt(5));
        expect(p.w.shape).toEqual([20, 3]);
    });
});
describe('dense recurrent layers: errors', () => {
    it('configs, shapes and states raise naming the layer', () => {
        expect(() => lstm.init(key, { dHidden: -1 })).toThrow(/lstm: config.dHidden must be a positive integer/);
        expect(() => rnn.init(key, { dIn: 1.5 })).toThrow(/rnn: config.dIn must be a positive integer/);
        expect(() => linearRnn.init(key, { aGain: -1 })).toThrow(/linearRnn: aGain must be finite and >= 0/);
        expect(() => gru.init(key, { bias: 1 })).toThrow(/gru: unknown config key 'bias'/);
        const p = lstm.init(key, { dIn: 3, dHidden: 4, dtype: 'f64' });
        expect(() => lstm.apply(p, rand([5, 2], 1))).toThrow(/lstm.apply: x must be \[B, T, dIn\] or \[T, dIn\] with dIn = 3 \(from the parameters\), got \[5, 2\]/);
        const s = lstm.initialState(p, [2]);
        expect(() => lstm.step(p, { h: s.h, c: zeros([4], { dtype: 'f64' }) }, rand([2, 3], 1))).toThrow(/lstm: state c has shape \[4\], expected \[2, 4\]/);
        expect(() => gru.apply({ ...gru.init(key, { dIn: 3, dHidden: 4 }), b: rand([4], 1) }, rand([5, 3], 1))).toThrow(/gru: parameter 'b' has shape \[4\], expected \[12\]/);
        expect(() => linearRnn.apply({ ...linearRnn.init(key, { dIn: 3, dHidden: 4, dOut: 2 }), a: rand([4, 3], 1) }, rand([5, 3], 1))).toThrow(/linearRnn: parameter 'a' has shape \[4, 3\], expected \[4, 4\]/);
    });
});
//# sourceMappingURL=nn-recurrent-rnn.test.js.map