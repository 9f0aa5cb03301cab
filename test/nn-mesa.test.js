/**
 * The mesa-layer (PAPERS.md P2): the fused Sherman–Morrison op against the closed-form ridge
 * solution (plain JS), against its parallel reference (value and gradient), finite differences,
 * the inverted recursion's drift, the forget-factor variant, λ → 0, and the multi-head layer.
 * Float64 and strict mode throughout.
 */
import { describe, expect, it } from 'vitest';
import { add, div, exp, grad, matmul, mT, mul, random, reshape, stack, sub, sum, tensor, valueAndGrad, withStrict } from '../src/index.js';
import { linearAttention, mesa, mesaAttend, mesaAttendReference } from '../src/nn/index.js';
import { inverseRecursionDrift } from '../src/core/ops/mesa.js';
import { checkGrad, expectClose, rand, solveDense, toF64 } from './util/check.js';
// ---------------------------------------------------------------------------------------------
// plain-JS closed form: Φ̂_t = S_t A_t⁻¹, y_t = Φ̂_t q_t (solveDense: Gaussian elimination)
/** Weighted ridge per step for one sequence: q, k [T*d], v [T*e] flat, gamma [T] or null. */
function ridgeJs(q, k, v, T, d, e, lambda, gamma) {
    const y = new Float64Array(T * e);
    for (let t = 0; t < T; t++) {
        // w_{t,s} = Π_{s<r≤t} γ_r, w_{t,0} = Π_{r≤t} γ_r
        const w = (s) => {
            let p = 1;
            for (let r = s + 1; r <= t; r++)
                p *= gamma ? gamma[r] : 1;
            return p;
        };
        const w0 = w(-1);
        const A = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j ? w0 / lambda : 0)));
        const S = Array.from({ length: e }, () => new Array(d).fill(0));
        for (let s = 0; s <= t; s++) {
            const ws = w(s);
            for (let i = 0; i < d; i++)
                for (let j = 0; j < d; j++)
                    A[i][j] += ws * k[s * d + i] * k[s * d + j];
            for (let i = 0; i < e; i++)
                for (let j = 0; j < d; j++)
                    S[i][j] += ws * v[s * e + i] * k[s * d + j];
        }
        const qt = solveDense(A, Array.from(q.subarray(t * d, (t + 1) * d)));
        for (let i = 0; i < e; i++)
            y[t * e + i] = S[i].reduce((acc, sij, j) => acc + sij * qt[j], 0);
    }
    return y;
}
const strict = (f) => withStrict(f);
/** Σ w ⊙ f(...) with fixed weights: a scalar loss for gradient comparisons. */
function weighted(f, w) {
    return (...xs) => sum(mul(f(...xs), w));
}
describe('nn.mesa.attend (fused Sherman–Morrison op)', () => {
    it('equals the closed-form ridge solution at every t (one head, unbatched)', () => {
        const [T, d, e, lambda] = [12, 4, 3, 0.7];
        const q = rand([T, d], 1);
        const k = rand([T, d], 2);
        const v = rand([T, e], 3);
        const y = strict(() => mesaAttend(q, k, v, { lambda }));
        expect(y.shape).toEqual([T, e]);
        expectClose(y, ridgeJs(toF64(q), toF64(k), toF64(v), T, d, e, lambda, null), { rtol: 1e-11, atol: 1e-12, what: 'fused vs ridge' });
        expectClose(strict(() => mesaAttendReference(q, k, v, { lambda })), y, { rtol: 1e-11, atol: 1e-12, what: 'reference vs fused' });
    });
    it('batches over leading axes with λ broadcast per head', () => {
        const [B, H, T, d, e] = [2, 3, 9, 3, 2];
        const q = rand([B, H, T, d], 4);
        const k = rand([B, H, T, d], 5);
        const v = rand([B, H, T, e], 6);
        const lam = tensor([0.5, 1, 2], { dtype: 'f64' });
        const y = strict(() => mesaAttend(q, k, v, { lambda: reshape(lam, [1, H]) }));
        const [qf, kf, vf, yf] = [q, k, v, y].map(toF64);
        for (let b = 0; b < B; b++) {
            for (let h = 0; h < H; h++) {
                const n = b * H + h;
                const want = ridgeJs(qf.subarray(n * T * d, (n + 1) * T * d), kf.subarray(n * T * d, (n + 1) * T * d), vf.subarray(n * T * e, (n + 1) * T * e), T, d, e, [0.5, 1, 2][h], null);
                expectClose(yf.subarray(n * T * e, (n + 1) * T * e), want, { rtol: 1e-11, atol: 1e-12, what: `b${b} h${h}` });
            }
        }
    });
    it('fused backward (inverted recursion) equals the gradient of the parallel reference', () => {
        const [B, T, d, e] = [2, 40, 5, 3];
        const q = rand([B, T, d], 7);
        const k = rand([B, T, d], 8);
        const v = rand([B, T, e], 9);
        const lam = tensor([0.8, 1.3], { dtype: 'f64' });
        const w = rand([B, T, e], 10, 0.5, 1.5);
        for (const every of [Infinity, 7, 1]) {
            const fused = weighted((qq, kk, vv, ll) => mesaAttend(qq, kk, vv, { lambda: ll, checkpointEvery: every }), w);
            const ref = weighted((qq, kk, vv, ll) => mesaAttendReference(qq, kk, vv, { lambda: ll }), w);
            const [lf, gf] = strict(() => valueAndGrad(fused, { argnums: [0, 1, 2, 3] })(q, k, v, lam));
            const [lr, gr] = strict(() => valueAndGrad(ref, { argnums: [0, 1, 2, 3] })(q, k, v, lam));
            expectClose(lf, lr, { rtol: 1e-12, what: 'loss' });
            ['q', 'k', 'v', 'λ'].forEach((name, i) => expectClose(gf[i], gr[i], { rtol: 1e-9, atol: 1e-11, what: `d/d${name} (every ${every})` }));
        }
    });
    it('gradient check (finite differences) w.r.t. q, k, v and λ', () => {
        const [T, d, e] = [7, 3, 2];
        const inputs = [rand([2, T, d], 11), rand([2, T, d], 12), rand([2, T, e], 13), tensor([0.6, 1.7], { dtype: 'f64' })];
        const worst = strict(() => checkGrad((q, k, v, l) => mesaAttend(q, k, v, { lambda: l, checkpointEvery: 3 }), inputs, { rtol: 1e-6 }));
        expect(worst).toBeLessThan(1e-6);
    });
    it('the inverted recursion reproduces R_t over T = 1000 (drift report)', () => {
        const [T, d] = [1000, 20];
        const k = toF64(rand([T, d], 14, -Math.sqrt(3), Math.sqrt(3))); // unit-variance keys
        const f64 = inverseRecursionDrift(k, T, d, 1, Float64Array);
        const f32 = inverseRecursionDrift(k, T, d, 1, Float32Array);
        const f32ck = inverseRecursionDrift(k, T, d, 1, Float32Array, 64);
        // measured: f64 ~3e-13; f32 ~2e-4 from R_T alone, ~4e-5 with a checkpoint every 64 steps
        expect(f64.stored).toBeLessThan(1e-11);
        expect(f64.textbook).toBeLessThan(1e-11);
        expect(f32.stored).toBeLessThan(2e-3);
        expect(f32ck.stored).toBeLessThan(f32.stored);
    });
    it('long sequences: fused gradient matches the reference at T = 300', () => {
        const [T, d, e] = [300, 6, 4];
        const q = rand([T, d], 15);
        const k = rand([T, d], 16);
        const v = rand([T, e], 17);
        const w = rand([T, e], 18, 0.5, 1.5);
        const f = weighted((qq, kk) => mesaAttend(qq, kk, v, { lambda: 1, checkpointEvery: Infinity }), w);
        const r = weighted((qq, kk) => mesaAttendReference(qq, kk, v, { lambda: 1 }), w);
        const gf = grad(f, { argnums: [0, 1] })(q, k);
        const gr = grad(r, { argnums: [0, 1] })(q, k);
        expectClose(gf[0], gr[0], { rtol: 1e-8, atol: 1e-10, what: 'dq' });
        expectClose(gf[1], gr[1], { rtol: 1e-8, atol: 1e-10, what: 'dk' });
    });
    it('λ → 0: mesa(λ)/λ tends to causal linear attention (error O(λ))', () => {
        const [T, d, e] = [10, 3, 2];
        const q = rand([T, d], 19);
        const k = rand([T, d], 20);
        const v = rand([T, e], 21);
        const scores = toF64(matmul(q, mT(k)));
        const lin = new Float64Array(T * e);
        const vf = toF64(v);
        for (let t = 0; t < T; t++)
            for (let s = 0; s <= t; s++)
                for (let i = 0; i < e; i++)
                    lin[t * e + i] += scores[t * T + s] * vf[s * e + i];
        const err = (lambda) => {
            const y = toF64(div(mesaAttend(q, k, v, { lambda }), lambda));
            return Math.max(...y.map((x, i) => Math.abs(x - lin[i])));
        };
        const [e1, e2] = [err(1e-3), err(1e-4)];
        expect(e1).toBeLessThan(0.1);
        expect(e2 / e1).toBeGreaterThan(0.05);
        expect(e2 / e1).toBeLessThan(0.2); // first order in λ
    });
});
describe('nn.mesa.attend with forget factors γ', () => {
    const [B, T, d, e] = [2, 15, 3, 2];
    const q = rand([B, T, d], 22);
    const k = rand([B, T, d], 23);
    const v = rand([B, T, e], 24);
    const gamma = rand([B, T], 25, 0.6, 1);
    it('equals the exponentially weighted ridge solution', () => {
        const y = toF64(strict(() => mesaAttend(q, k, v, { lambda: 0.9, gamma })));
        const [qf, kf, vf, gf] = [q, k, v, gamma].map(toF64);
        for (let b = 0; b < B; b++) {
            const want = ridgeJs(qf.subarray(b * T * d, (b + 1) * T * d), kf.subarray(b * T * d, (b + 1) * T * d), vf.subarray(b * T * e, (b + 1) * T * e), T, d, e, 0.9, gf.subarray(b * T, (b + 1) * T));
            expectClose(y.subarray(b * T * e, (b + 1) * T * e), want, { rtol: 1e-11, atol: 1e-12, what: `sequence ${b}` });
        }
        expectClose(strict(() => mesaAttendReference(q, k, v, { lambda: 0.9, gamma })), y, { rtol: 1e-11, atol: 1e-12, what: 'reference' });
    });
    it('fused gradient (incl. γ and λ) equals the reference and finite differences', () => {
        const lam = tensor([0.9, 1.4], { dtype: 'f64' });
        const w = rand([B, T, e], 26, 0.5, 1.5);
        const fused = weighted((qq, kk, vv, ll, gg) => mesaAttend(qq, kk, vv, { lambda: ll, gamma: gg, checkpointEvery: 4 }), w);
        const ref = weighted((qq, kk, vv, ll, gg) => mesaAttendReference(qq, kk, vv, { lambda: ll, gamma: gg }), w);
        const gf = strict(() => grad(fused, { argnums: [0, 1, 2, 3, 4] })(q, k, v, lam, gamma));
        const gr = strict(() => grad(ref, { argnums: [0, 1, 2, 3, 4] })(q, k, v, lam, gamma));
        ['q', 'k', 'v', 'λ', 'γ'].forEach((name, i) => expectClose(gf[i], gr[i], { rtol: 1e-9, atol: 1e-11, what: `d/d${name}` }));
        const small = [rand([1, 6, 2], 27), rand([1, 6, 2], 28), rand([1, 6, 2], 29), tensor([1.1], { dtype: 'f64' }), rand([1, 6], 30, 0.5, 1)];
        strict(() => checkGrad((qq, kk, vv, ll, gg) => mesaAttend(qq, kk, vv, { lambda: ll, gamma: gg, checkpointEvery: 2 }), small));
    });
});
describe('nn.mesa.attend errors', () => {
    const q = rand([5, 3], 31);
    it('names the problem', () => {
        expect(() => mesaAttend(q, rand([5, 2], 32), q, { lambda: 1 })).toThrow(/q, k: \[\.\.\., T, d_k\]/);
        expect(() => mesaAttend(q, q, q, { lambda: 0 })).toThrow(/lambda must be a finite number > 0/);
        expect(() => mesaAttend(q, q, q, { lambda: tensor(-1, { dtype: 'f64' }) })).toThrow(/λ must be positive/);
        expect(() => mesaAttend(q, q, q, { lambda: 1, gamma: tensor([1, 1, 1.5, 1, 1], { dtype: 'f64' }) })).toThrow(/γ must lie in \(0, 1\]/);
        expect(() => mesaAttend(q, q, q, { lambda: 1, gamma: rand([4], 1) })).toThrow(/gamma must have shape \[\.\.\.batch, T\] = \[5\]/);
        expect(() => mesaAttend(q, q, q, { lambda: 1, checkpointEvery: 0 })).toThrow(/checkpointEvery must be >= 1/);
        // the fused backward has no gradient itself
        const inner = (x) => sum(grad((y) => sum(mul(mesaAttend(y, q, q, { lambda: 1 }), y)))(x));
        expect(() => grad(inner)(q)).toThrow(/grad-of-grad through the mesa-layer is not available/);
    });
});
describe('nn.mesa (multi-head layer)', () => {
    const cfg = { dModel: 6, nHeads: 2, dKey: 3, dValue: 2, dtype: 'f64' };
    const params = mesa.init(random.key(0), cfg);
    const x = rand([2, 8, 6], 33);
    it('initialises λ = 1 and equals per-head attend + output projection', () => {
        expectClose(exp(params.lambdaLog), [1, 1]);
        const y = strict(() => mesa.apply(params, x));
        expect(y.shape).toEqual([2, 8, 6]);
        // per head by hand: q = x W_Qᵀ ...; y = Σ_h o_h P_hᵀ
        let want = null;
        for (let h = 0; h < 2; h++) {
            const W = (m) => reshape(m.slice(h), m.shape.slice(1));
            const o = mesaAttend(matmul(x, mT(W(params.wQ))), matmul(x, mT(W(params.wK))), matmul(x, mT(W(params.wV))), { lambda: 1 });
            const c = matmul(o, mT(W(params.wO)));
            want = want === null ? c : add(want, c);
        }
        expectClose(y, want, { rtol: 1e-12, atol: 1e-13 });
        expectClose(strict(() => mesa.apply(params, x, { reference: true })), y, { rtol: 1e-11, atol: 1e-13, what: 'reference path' });
        expectClose(strict(() => mesa.apply(params, x.slice(1))), y.slice(1).reshape([8, 6]), { rtol: 1e-12, atol: 1e-13, what: 'unbatched' });
    });
    it('apply equals the step loop (with and without γ)', () => {
        const p2 = { ...params, lambdaLog: tensor([-0.3, 0.4], { dtype: 'f64' }) };
        const gamma = rand([2, 8, 2], 34, 0.7, 1);
        for (const g of [undefined, gamma]) {
            const y = strict(() => mesa.apply(p2, x, { gamma: g }));
            let h = mesa.initialState(p2, [2]);
            const ys = [];
            strict(() => {
                for (let t = 0; t < 8; t++) {
                    const xt = reshape(x.slice(null, t), [2, 6]);
                    const gt = g === undefined ? undefined : reshape(g.slice(null, t), [2, 2]);
                    let yt;
                    [h, yt] = mesa.step(p2, h, xt, { gamma: gt });
                    ys.push(yt);
                }
            });
            expectClose(stack(ys, 1), y, { rtol: 1e-11, atol: 1e-13, what: g ? 'with γ' : 'without γ' });
        }
    });
    it('gradient check w.r.t. all parameters and x', () => {
        const xs = rand([1, 5, 6], 35);
        const p = mesa.init(random.key(1), cfg);
        const f = (wQ, wK, wV, wO, lambdaLog, xx) => mesa.apply({ kind: 'mesa', wQ, wK, wV, wO, lambdaLog }, xx);
        strict(() => checkGrad(f, [p.wQ, p.wK, p.wV, p.wO, add(p.lambdaLog, tensor([0.2, -0.5], { dtype: 'f64' })), xs]));
    });
    it('rejects bad inputs', () => {
        expect(() => mesa.apply(params, x, { causal: false })).toThrow(/mesa-layer is causal/);
        expect(() => mesa.apply(params, rand([2, 8, 5], 1))).toThrow(/mesa\.apply: x must be \[B, T, dModel\] or \[T, dModel\] with dModel = 6 \(from the parameters\), got \[2, 8, 5\]/);
        expect(() => mesa.apply(params, x, { gamma: rand([2, 8], 1) })).toThrow(/options.gamma must have shape \[2, 8, 2\]/);
        expect(() => mesa.init(random.key(0), { ...cfg, lambdaInit: -1 })).toThrow(/lambdaInit/);
        expect(() => mesa.init(random.key(0), { dModel: 4, nHead: 2 })).toThrow(/unknown config key 'nHead'/);
        expect(() => mesa.step(params, mesa.initialState(params, [3]), rand([2, 6], 1))).toThrow(/state R must have shape \[2, 2, 3, 3\]/);
        expect(() => mesa.apply({ ...params, lambdaLog: rand([3], 1) }, x)).toThrow(/lambdaLog must have shape \[H\] = \[2\]/);
        expect(() => mesa.apply({ ...params, kind: 'attention' }, x)).toThrow(/mesa: params.kind must be 'mesa', got "attention"/);
        expect(mesa.labels(params)).toEqual({ kind: null, lambdaLog: 'recurrent', wQ: 'weight', wK: 'weight', wV: 'weight', wO: 'weight' });
    });
    it('is a drop-in for linear attention when λ is small (sanity)', () => {
        const lam = 1e-4;
        const p = { ...params, lambdaLog: tensor([Math.log(lam), Math.log(lam)], { dtype: 'f64' }) };
        const y = div(mesa.apply(p, x), lam);
        const lin = linearAttention.apply({ ...params, kind: 'linearAttention', causal: true }, x);
        const rel = toF64(sub(y, lin)).reduce((a, b) => Math.max(a, Math.abs(b)), 0) / toF64(lin).reduce((a, b) => Math.max(a, Math.abs(b)), 0);
        expect(rel).toBeLessThan(1e-2);
    });
});
//# sourceMappingURL=nn-mesa.test.js.map