/**
 * nn.gatedRnn (PAPERS.md P3): the exact linear-attention construction, step == apply, an
 * independent plain-JS reference, gradient checks, init and errors. float64, strict mode on.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { grad, matmul, mT, random, setStrict, stack, sum, tensor, tree } from '../src/index.js';
import { gatedRnn, gatedRnnLambda } from '../src/nn/index.js';
import { checkGrad, expectClose, rand, toF64 } from './util/check.js';
beforeEach(() => setStrict(true));
afterEach(() => setStrict(false));
function checkParamsGrad(f, params, x) {
    const [leaves, def] = tree.flatten(params);
    return checkGrad((...xs) => f(tree.unflatten(def, xs.slice(0, -1)), xs[xs.length - 1]), [...leaves, x]);
}
function stepLoop(p, x) {
    const axis = x.rank - 2;
    let h = gatedRnn.initialState(p, x.shape.slice(0, axis));
    const ys = [];
    for (let t = 0; t < x.shape[axis]; t++) {
        let y;
        [h, y] = gatedRnn.step(p, h, axis === 1 ? x.slice(null, t) : x.slice(t));
        ys.push(y);
    }
    return stack(ys, axis);
}
/** Causal linear self-attention computed directly: y_t = Σ_{t'≤t} v_{t'} (k_{t'} · q_t). x: [B, T, H]. */
function linearAttention(wq, wk, wv, x) {
    const [q, k, v] = [wq, wk, wv].map((w) => toF64(matmul(x, mT(w))));
    const [B, T] = x.shape;
    const dk = wq.shape[0];
    const dv = wv.shape[0];
    const y = new Float64Array(B * T * dv);
    for (let b = 0; b < B; b++) {
        for (let t = 0; t < T; t++) {
            for (let s = 0; s <= t; s++) {
                let kq = 0;
                for (let j = 0; j < dk; j++)
                    kq += k[(b * T + s) * dk + j] * q[(b * T + t) * dk + j];
                for (let i = 0; i < dv; i++)
                    y[(b * T + t) * dv + i] += v[(b * T + s) * dv + i] * kq;
            }
        }
    }
    return y;
}
/** Plain-JS gated RNN, x: [B, T, H]. */
function jsGatedRnn(p, x) {
    const lam = toF64(gatedRnnLambda(p));
    const [wa, wb, wc, wd, d] = [p.wa, p.wb, p.wc, p.wd, p.d].map(toF64);
    const [N, H1] = p.wa.shape;
    const [O, M] = p.d.shape;
    const [B, T] = x.shape;
    const xs = toF64(x);
    const y = new Float64Array(B * T * O);
    for (let b = 0; b < B; b++) {
        const h = new Float64Array(N);
        for (let t = 0; t < T; t++) {
            const xt = [...xs.subarray((b * T + t) * (H1 - 1), (b * T + t + 1) * (H1 - 1)), 1];
            for (let n = 0; n < N; n++) {
                let a = 0;
                let c = 0;
                for (let k = 0; k < H1; k++) {
                    a += wa[n * H1 + k] * xt[k];
                    c += wb[n * H1 + k] * xt[k];
                }
                h[n] = lam[n] * h[n] + a * c;
            }
            const g = new Float64Array(M);
            for (let m = 0; m < M; m++) {
                let c = 0;
                let e = 0;
                for (let n = 0; n < N; n++) {
                    c += wc[m * N + n] * h[n];
                    e += wd[m * N + n] * h[n];
                }
                g[m] = c * e;
            }
            for (let o = 0; o < O; o++)
                for (let m = 0; m < M; m++)
                    y[(b * T + t) * O + o] += d[o * M + m] * g[m];
        }
    }
    return y;
}
const cfg = { dIn: 3, dHidden: 4, dGate: 3, dOut: 2, dtype: 'f64' };
describe('nn.gatedRnn.constructFromAttention (P3)', () => {
    const [dk, dv, H] = [3, 2, 4];
    const wq = rand([dk, H], 1);
    const wk = rand([dk, H], 2);
    const wv = rand([dv, H], 3);
    const x = rand([2, 7, H], 4);
    const ref = linearAttention(wq, wk, wv, x);
    it.each(['sigmoid', 'exp'])("equals causal linear self-attention to 1e-12 ('%s' λ), apply and step, batched and unbatched", (kind) => {
        const p = gatedRnn.constructFromAttention({ wq, wk, wv }, { lambdaParametrization: kind });
        expect(p.wa.shape).toEqual([dv * dk + dk, H + 1]);
        expect(p.d.shape).toEqual([dv, dv * dk]);
        expect(toF64(gatedRnnLambda(p))).toEqual(Float64Array.from({ length: dv * dk + dk }, (_, n) => (n < dv * dk ? 1 : 0)));
        expectClose(gatedRnn.apply(p, x), ref, { rtol: 0, atol: 1e-12 });
        expectClose(stepLoop(p, x), ref, { rtol: 0, atol: 1e-12 });
        expectClose(gatedRnn.apply(p, x.slice(1)), ref.subarray(7 * dv), { rtol: 0, atol: 1e-12 });
    });
    it('the gradient at the construction is finite (λ at exactly 0 and 1: σ′(±∞) = 0)', () => {
        const p = gatedRnn.constructFromAttention({ wq, wk, wv });
        const g = grad((q) => sum(gatedRnn.apply(q, x)))(p);
        for (const leaf of tree.leaves(g))
            expect(toF64(leaf).every(Number.isFinite)).toBe(true);
        expect(toF64(g.lambdaLogit).every((v) => v === 0)).toBe(true);
    });
    it('rejects mismatched weights', () => {
        expect(() => gatedRnn.constructFromAttention({ wq, wk: rand([2, H], 1), wv })).toThrow(/need wq \[d_k, H\], wk \[d_k, H\], wv \[d_v, H\], got wq \[3, 4\], wk \[2, 4\]/);
        expect(() => gatedRnn.constructFromAttention({ wq: rand([4], 1), wk, wv })).toThrow(/wq must be a \[d, H\] matrix, got \[4\]/);
    });
});
describe('nn.gatedRnn: apply, step, gradients', () => {
    const x = rand([2, 4, 3], 5);
    it.each(['sigmoid', 'exp'])("'%s': apply equals a plain-JS recurrence and a loop of step (batched and unbatched)", (kind) => {
        const p = gatedRnn.init(random.key(1), { ...cfg, lambdaParametrization: kind });
        expectClose(gatedRnn.apply(p, x), jsGatedRnn(p, x), { rtol: 1e-12, atol: 1e-13 });
        expectClose(stepLoop(p, x), gatedRnn.apply(p, x), { rtol: 1e-13, atol: 1e-14 });
        expectClose(stepLoop(p, x.slice(0)), gatedRnn.apply(p, x.slice(0)), { rtol: 1e-13, atol: 1e-14 });
    });
    it.each(['sigmoid', 'exp'])("'%s': gradient check of apply (all parameters and x) and of the step loop", (kind) => {
        const p = gatedRnn.init(random.key(2), { ...cfg, lambdaParametrization: kind, lambdaMin: 0.2, lambdaMax: 0.9 });
        expect(checkParamsGrad((q, xx) => gatedRnn.apply(q, xx), p, x)).toBeLessThan(1e-6);
        expect(checkParamsGrad(stepLoop, p, x.slice(1))).toBeLessThan(1e-6);
    });
});
describe('nn.gatedRnn: init and errors', () => {
    it('λ ~ U[lambdaMin, lambdaMax] through either parametrisation; shapes', () => {
        const ps = gatedRnn.init(random.key(3), { ...cfg, dHidden: 500, lambdaMin: 0.3, lambdaMax: 0.6 });
        const pe = gatedRnn.init(random.key(3), { ...cfg, dHidden: 500, lambdaMin: 0.3, lambdaMax: 0.6, lambdaParametrization: 'exp' });
        expect(Object.keys(ps).sort()).toEqual(['d', 'kind', 'lambdaLogit', 'lambdaParametrization', 'wa', 'wb', 'wc', 'wd']);
        expect(Object.keys(pe).sort()).toEqual(['d', 'kind', 'lambdaParametrization', 'nuLog', 'wa', 'wb', 'wc', 'wd']);
        expect([ps.kind, ps.lambdaParametrization, pe.lambdaParametrization]).toEqual(['gatedRnn', 'sigmoid', 'exp']);
        expect(gatedRnn.labels(ps)).toEqual({
            kind: null,
            lambdaParametrization: null,
            lambdaLogit: 'recurrent',
            wa: 'recurrent',
            wb: 'recurrent',
            wc: 'weight',
            wd: 'weight',
            d: 'weight',
        });
        expectClose(gatedRnnLambda(ps), gatedRnnLambda(pe), { rtol: 1e-13, atol: 0 });
        const lam = toF64(gatedRnnLambda(ps));
        expect(Math.min(...lam)).toBeGreaterThanOrEqual(0.3 - 1e-15);
        expect(Math.max(...lam)).toBeLessThan(0.6 + 1e-15);
        expect(Math.abs(lam.reduce((a, b) => a + b, 0) / 500 - 0.45)).toBeLessThan(0.02);
        expect([ps.wa.shape, ps.wb.shape, ps.wc.shape, ps.wd.shape, ps.d.shape]).toEqual([
            [500, 4],
            [500, 4],
            [3, 500],
            [3, 500],
            [2, 3],
        ]);
    });
    it('bad configs, shapes and params raise naming the layer', () => {
        const k = random.key(0);
        expect(() => gatedRnn.init(k, { dGate: 0 })).toThrow(/gatedRnn: config.dGate must be a positive integer/);
        expect(() => gatedRnn.init(k, { lambdaMin: 0.5, lambdaMax: 0.5 })).toThrow(/need 0 <= lambdaMin < lambdaMax <= 1/);
        expect(() => gatedRnn.init(k, { lambdaParametrization: 'tanh' })).toThrow(/lambdaParametrization must be one of 'sigmoid', 'exp'/);
        const p = gatedRnn.init(k, cfg);
        expect(() => gatedRnn.apply(p, rand([2, 4, 5], 1))).toThrow(/gatedRnn\.apply: x must be \[B, T, dIn\] or \[T, dIn\] with dIn = \d+ \(from the parameters\), got \[2, 4, 5\]/);
        expect(() => gatedRnn.step(p, gatedRnn.initialState(p, []), rand([2, 3], 1))).toThrow(/gatedRnn: state h has shape \[4\], expected \[2, 4\]/);
        expect(() => gatedRnn.apply({ ...p, wc: rand([3, 5], 1) }, x1())).toThrow(/parameter 'wc' has shape \[3, 5\], expected \[3, 4\]/);
        expect(() => gatedRnn.apply({ ...p, lambdaParametrization: undefined }, x1())).toThrow(/gatedRnn: params.lambdaParametrization must be 'sigmoid' or 'exp', got nothing; create the parameters with nn.gatedRnn.init/);
        expect(() => gatedRnn.apply({ ...p, lambdaLogit: undefined }, x1())).toThrow(/gatedRnn: parameter 'lambdaLogit' is missing/);
        expect(() => gatedRnn.apply({ ...p, lambdaLogit: rand([5], 1) }, x1())).toThrow(/parameter 'lambdaLogit' has shape \[5\], expected \[4\]/);
        expect(() => gatedRnn.apply({ ...p, nuLog: rand([4], 1) }, x1())).toThrow(/lambdaParametrization is 'sigmoid' but the parameters also hold nuLog; keep only lambdaLogit, or set lambdaParametrization: 'exp'/);
        expect(() => gatedRnn.apply({ ...p, kind: 'lru' }, x1())).toThrow(/gatedRnn: params.kind must be 'gatedRnn', got "lru"/);
        expect(gatedRnn.apply(p, x1()).shape).toEqual([2, 2]);
    });
});
function x1() {
    return tensor(Array.from({ length: 6 }, (_, i) => i / 6), { dtype: 'f64', shape: [2, 3] });
}
//# sourceMappingURL=nn-recurrent-gated.test.js.map