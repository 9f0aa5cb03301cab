/**
 * Softmax and linear multi-head attention against hand-written loops (masks, heads, batching),
 * linear attention's step recursion, gradient checks, and the GD-ICL construction against an
 * explicit gradient-descent step. Float64 and strict mode.
 */
import { describe, expect, it } from 'vitest';
import { add, random, reshape, stack, tensor, withStrict, zeros } from '../src/index.js';
import { attention, gdConstruction, gdIclMask, gdIclTokens, linearAttention } from '../src/nn/index.js';
import { checkGrad, expectClose, rand, rng, toF64 } from './util/check.js';
const strict = (f) => withStrict(f);
/**
 * Plain-JS multi-head attention for x [B, T, D] (flat), mask(b, h, t, s) -> allowed.
 * softmax: scaled by 1/√d_k and normalised; linear: raw scores.
 */
function attentionJs(p, x, B, T, kind, allowed) {
    const [H, dk, D] = p.wQ.shape;
    const dv = p.wV.shape[1];
    const [wq, wk, wv, wo] = [p.wQ, p.wK, p.wV, p.wO].map(toF64);
    const proj = (w, h, m, b, t) => Array.from({ length: m }, (_, i) => {
        let s = 0;
        for (let j = 0; j < D; j++)
            s += w[(h * m + i) * D + j] * x[(b * T + t) * D + j];
        return s;
    });
    const y = new Float64Array(B * T * D);
    for (let b = 0; b < B; b++) {
        for (let h = 0; h < H; h++) {
            const q = Array.from({ length: T }, (_, t) => proj(wq, h, dk, b, t));
            const k = Array.from({ length: T }, (_, t) => proj(wk, h, dk, b, t));
            const v = Array.from({ length: T }, (_, t) => proj(wv, h, dv, b, t));
            for (let t = 0; t < T; t++) {
                const sc = k.map((ks) => ks.reduce((a, kj, j) => a + kj * q[t][j], 0));
                let wts;
                if (kind === 'softmax') {
                    const z = sc.map((s, j) => (allowed(b, h, t, j) ? Math.exp(s / Math.sqrt(dk)) : 0));
                    const tot = z.reduce((a, c) => a + c, 0);
                    wts = z.map((c) => c / tot);
                }
                else {
                    wts = sc.map((s, j) => (allowed(b, h, t, j) ? s : 0));
                }
                const o = new Array(dv).fill(0);
                wts.forEach((wj, j) => v[j].forEach((vi, i) => (o[i] += wj * vi)));
                for (let i = 0; i < D; i++)
                    for (let j = 0; j < dv; j++)
                        y[(b * T + t) * D + i] += wo[(h * D + i) * dv + j] * o[j];
            }
        }
    }
    return y;
}
const cfg = { dModel: 6, nHeads: 2, dKey: 3, dValue: 4, dtype: 'f64' };
const [B, T] = [2, 5];
/** A random bool mask [B, H, T, T] with the diagonal allowed. */
function randomMask(seed, shape) {
    const r = rng(seed);
    const n = shape.reduce((a, c) => a * c, 1);
    const vals = Array.from({ length: n }, (_, i) => i % (T + 1) === 0 || r() < 0.6);
    const idx = (b, h, q, k) => ((b * shape[1] + h) * T + q) * T + k;
    return { t: tensor(vals, { shape, dtype: 'bool' }), at: (b, h, q, k) => vals[idx(b, h, q, k)] };
}
for (const kind of ['softmax', 'linear']) {
    const layer = kind === 'softmax' ? attention : linearAttention;
    describe(`nn.${kind === 'softmax' ? 'attention' : 'linearAttention'}`, () => {
        const params = layer.init(random.key(3), cfg);
        const nonCausal = { ...params, causal: false }; // causality is a static field of the parameters
        const x = rand([B, T, 6], 1);
        const xf = toF64(x);
        it('matches the hand-written reference: causal, non-causal, explicit mask, unbatched', () => {
            const causal = strict(() => layer.apply(params, x));
            expectClose(causal, attentionJs(params, xf, B, T, kind, (_b, _h, t, s) => s <= t), { rtol: 1e-12, atol: 1e-13, what: 'causal' });
            const full = strict(() => layer.apply(nonCausal, x));
            expectClose(full, attentionJs(params, xf, B, T, kind, () => true), { rtol: 1e-12, atol: 1e-13, what: 'non-causal' });
            const m = randomMask(5, [B, 2, T, T]);
            const masked = strict(() => layer.apply(nonCausal, x, { mask: m.t }));
            expectClose(masked, attentionJs(params, xf, B, T, kind, m.at), { rtol: 1e-12, atol: 1e-13, what: 'mask [B, H, T, T]' });
            const both = strict(() => layer.apply(params, x, { mask: m.t }));
            expectClose(both, attentionJs(params, xf, B, T, kind, (b, h, t, s) => s <= t && m.at(b, h, t, s)), { rtol: 1e-12, atol: 1e-13, what: 'mask and causal' });
            const m2 = randomMask(6, [1, 1, T, T]);
            const shared = strict(() => layer.apply(nonCausal, x, { mask: reshape(m2.t, [T, T]) }));
            expectClose(shared, attentionJs(params, xf, B, T, kind, (_b, _h, t, s) => m2.at(0, 0, t, s)), { rtol: 1e-12, atol: 1e-13, what: 'mask [T, T]' });
            const one = strict(() => layer.apply(params, reshape(x.slice(1), [T, 6])));
            expectClose(one, causal.slice(1).reshape([T, 6]), { rtol: 1e-12, atol: 1e-13, what: 'unbatched' });
        });
        it('gradient check w.r.t. all parameters and x', () => {
            const p = layer.init(random.key(4), { ...cfg, dValue: 2 });
            const f = (wQ, wK, wV, wO, xx) => layer.apply({ ...p, wQ, wK, wV, wO }, xx);
            strict(() => checkGrad(f, [p.wQ, p.wK, p.wV, p.wO, rand([2, 4, 6], 2)]));
            const g = (xx) => layer.apply({ ...p, causal: false }, xx, { mask: randomMask(7, [2, 2, 4, 4]).t.slice(null, null, [0, 4], [0, 4]) });
            strict(() => checkGrad(g, [rand([2, 4, 6], 3)]));
        });
        it('rejects bad masks and inputs', () => {
            expect(() => layer.apply(params, x, { mask: zeros([T, T]) })).toThrow(/options.mask must be a bool tensor/);
            expect(() => layer.apply(params, x, { mask: randomMask(1, [3, 1, T, T]).t })).toThrow(/options.mask must have shape \[5, 5\], \[B=2, 5, 5\] or \[B=2, H=2, 5, 5\]/);
            expect(() => layer.apply(params, rand([2, 5, 4], 1))).toThrow(/\.apply: x must be \[B, T, dModel\] or \[T, dModel\] with dModel = 6 \(from the parameters\), got \[2, 5, 4\]/);
            expect(() => layer.init(random.key(0), { ...cfg, nHeads: 0 })).toThrow(/nHeads must be a positive integer/);
            const other = kind === 'softmax' ? 'linearAttention' : 'attention';
            const name = kind === 'softmax' ? 'attention' : 'linearAttention';
            expect(() => layer.apply({ ...params, kind: other }, x)).toThrow(new RegExp(`${name}: params.kind must be '${name}', got "${other}"`));
            expect(() => layer.apply({ ...params, causal: 'yes' }, x)).toThrow(/params.causal must be a boolean, got "yes"; set it in the config/);
            const q = layer.init(random.key(3), { ...cfg, causal: false });
            expect([q.kind, q.causal, params.causal]).toEqual([name, false, true]);
        });
    });
}
describe('nn.attention softmax stability', () => {
    it('handles logits far beyond exp overflow (subtracts the row maximum)', () => {
        const p = attention.init(random.key(1), { ...cfg, nHeads: 1, initScale: 1 });
        const x = rand([1, 4, 6], 9, -400, 400);
        const y = toF64(attention.apply(p, x));
        expect(y.every(Number.isFinite)).toBe(true);
    });
});
describe('nn.linearAttention step', () => {
    it('apply equals the step loop', () => {
        const params = linearAttention.init(random.key(8), cfg);
        const x = rand([B, T, 6], 10);
        const y = strict(() => linearAttention.apply(params, x));
        let S = linearAttention.initialState(params, [B]);
        const ys = [];
        strict(() => {
            for (let t = 0; t < T; t++) {
                let yt;
                [S, yt] = linearAttention.step(params, S, reshape(x.slice(null, t), [B, 6]));
                ys.push(yt);
            }
        });
        expectClose(stack(ys, 1), y, { rtol: 1e-12, atol: 1e-13 });
        expect(() => linearAttention.step({ ...params, causal: false }, S, reshape(x.slice(null, 0), [B, 6]))).toThrow(/step recursion is causal/);
        expect(() => linearAttention.step(params, S, reshape(x.slice(null, 0), [B, 6]), { mask: gdIclMask(1) })).toThrow(/step recursion is causal/);
        expect(() => linearAttention.step(params, linearAttention.initialState(params, [3]), reshape(x.slice(null, 0), [B, 6]))).toThrow(/state S must have shape \[2, 2, 4, 3\]/);
    });
});
describe('nn.gdConstruction (GD-ICL)', () => {
    const [nb, N, dx, dy, eta] = [3, 7, 4, 2, 0.15];
    const xs = rand([nb, N, dx], 11);
    const ys = rand([nb, N, dy], 12);
    const xq = rand([nb, dx], 13);
    /** ŷ = W₁ x_q with W₁ = W₀ − η Σ_i (W₀ x_i − y_i) x_iᵀ, in plain JS. */
    function gdJs(w0) {
        const [X, Y, Q] = [xs, ys, xq].map(toF64);
        const out = new Float64Array(nb * dy);
        for (let b = 0; b < nb; b++) {
            const W1 = Float64Array.from(w0);
            for (let i = 0; i < N; i++) {
                const xi = X.subarray((b * N + i) * dx, (b * N + i + 1) * dx);
                for (let r = 0; r < dy; r++) {
                    let res = -Y[(b * N + i) * dy + r];
                    for (let c = 0; c < dx; c++)
                        res += w0[r * dx + c] * xi[c];
                    for (let c = 0; c < dx; c++)
                        W1[r * dx + c] -= eta * res * xi[c];
                }
            }
            for (let r = 0; r < dy; r++)
                for (let c = 0; c < dx; c++)
                    out[b * dy + r] += W1[r * dx + c] * Q[b * dx + c];
        }
        return out;
    }
    it('one linear-attention layer = one GD step from W₀ (query token [x_q; −W₀x_q])', () => {
        const w0 = rand([dy, dx], 14);
        const params = gdConstruction({ eta, w0 });
        const e = strict(() => gdIclTokens(xs, ys, xq, w0)); // [nb, N+1, D]
        const out = strict(() => add(e, linearAttention.apply(params, e, { mask: gdIclMask(N) })));
        const yHat = toF64(out.slice(null, N, [dx, dx + dy])).map((v) => -v);
        expectClose(yHat, gdJs(toF64(w0)), { rtol: 1e-12, atol: 1e-12, what: 'ŷ = −(y-slot)' });
        // the x-slots are untouched
        expectClose(out.slice(null, null, [0, dx]), e.slice(null, null, [0, dx]), { rtol: 0, atol: 1e-15 });
    });
    it('with W₀ = 0 the update of the query token [x_q; 0] is −ŷ', () => {
        const w0 = zeros([dy, dx], { dtype: 'f64' });
        const e = gdIclTokens(xs, ys, xq);
        const delta = strict(() => linearAttention.apply(gdConstruction({ eta: tensor(eta, { dtype: 'f64' }), w0 }), e, { mask: gdIclMask(N) }));
        expectClose(toF64(delta.slice(null, N, [dx, dx + dy])).map((v) => -v), gdJs(toF64(w0)), { rtol: 1e-12, atol: 1e-12 });
    });
    it('builds the documented weights and differentiates through η and W₀', () => {
        const w0 = tensor([[1, 2]], { dtype: 'f64' });
        const p = gdConstruction({ eta: 0.5, w0 });
        expect([p.kind, p.causal]).toEqual(['linearAttention', false]);
        expect(p.wK.toArray()).toEqual([
            [
                [1, 0, 0],
                [0, 1, 0],
                [0, 0, 0],
            ],
        ]);
        expect(p.wV.toArray()).toEqual([
            [
                [0, 0, 0],
                [0, 0, 0],
                [1, 2, -1],
            ],
        ]);
        expect(p.wO.toArray()).toEqual([
            [
                [0.5, 0, 0],
                [0, 0.5, 0],
                [0, 0, 0.5],
            ],
        ]);
        const e = gdIclTokens(rand([1, 3, 2], 15), rand([1, 3, 1], 16), rand([1, 2], 17));
        strict(() => checkGrad((et, w) => linearAttention.apply(gdConstruction({ eta: et, w0: w }), e, { mask: gdIclMask(3) }), [tensor(0.3, { dtype: 'f64' }), rand([1, 2], 18)]));
        expect(() => gdConstruction({ eta: 1, w0: rand([3], 1) })).toThrow(/w0 must be a \[d_y, d_x\] tensor/);
        // a tensor η keeps W₀'s dtype (no silent promotion of the weights to f64)
        const p32 = gdConstruction({ eta: tensor(0.5, { dtype: 'f64' }), w0: rand([1, 2], 19, -1, 1, 'f32') });
        expect([p32.wQ, p32.wK, p32.wV, p32.wO].map((t) => t.dtype)).toEqual(['f32', 'f32', 'f32', 'f32']);
        expect(() => gdIclTokens(xs, ys, rand([nb, dx + 1], 1))).toThrow(/gdIclTokens: expected/);
    });
});
//# sourceMappingURL=nn-attention.test.js.map