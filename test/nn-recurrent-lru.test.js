/**
 * nn.lru (PAPERS.md P4, P1): the worked BPTT check of P4, init statistics, step == apply,
 * an independent plain-JS reference, parametrisations agreeing, gradient checks, errors.
 * Everything in float64 with strict promotion on.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { add, grad, random, setStrict, square, stack, sub, sum, tensor, tree, valueAndGrad } from '../src/index.js';
import { lru, lruGamma, lruLambda, lruParametrization } from '../src/nn/index.js';
import { checkGrad, expectClose, rand, toF64 } from './util/check.js';
beforeEach(() => setStrict(true));
afterEach(() => setStrict(false));
const f64 = (v, shape) => tensor(v.flat(), { dtype: 'f64', shape });
/** Gradient check of f(params, x) over every parameter leaf and x. */
function checkParamsGrad(f, params, x) {
    const [leaves, def] = tree.flatten(params);
    return checkGrad((...xs) => f(tree.unflatten(def, xs.slice(0, -1)), xs[xs.length - 1]), [...leaves, x]);
}
/** Run `step` over the time axis of x: [B, T, H] or [T, H]. */
function stepLoop(p, x) {
    const axis = x.rank - 2;
    let h = lru.initialState(p, x.shape.slice(0, axis));
    const ys = [];
    for (let t = 0; t < x.shape[axis]; t++) {
        const xT = axis === 1 ? x.slice(null, t) : x.slice(t);
        let y;
        [h, y] = lru.step(p, h, xT);
        ys.push(y);
    }
    return stack(ys, axis);
}
function initF64(parametrization, gammaNorm = true, seed = 1, H = 3, N = 4) {
    return lru.init(random.key(seed), { dModel: H, dHidden: N, rMin: 0.5, rMax: 0.95, maxPhase: Math.PI, gammaNorm, parametrization, dtype: 'f64' });
}
/** Independent reference: complex arithmetic in plain JS, x [B, T, H]. */
function jsLru(p, x) {
    const lam = lruLambda(p);
    const [lr, li] = [toF64(lam.re), toF64(lam.im)];
    const gamma = lruGamma(p);
    const g = gamma ? toF64(gamma) : null;
    const [bRe, bIm, cRe, cIm, d] = [p.bRe, p.bIm, p.cRe, p.cIm, p.d].map(toF64);
    const [N, H] = p.bRe.shape;
    const [B, T] = x.shape;
    const xs = toF64(x);
    const y = new Float64Array(B * T * H);
    for (let b = 0; b < B; b++) {
        const hr = new Float64Array(N);
        const hi = new Float64Array(N);
        for (let t = 0; t < T; t++) {
            const xt = xs.subarray((b * T + t) * H, (b * T + t + 1) * H);
            for (let n = 0; n < N; n++) {
                let ur = 0;
                let ui = 0;
                for (let k = 0; k < H; k++) {
                    ur += bRe[n * H + k] * xt[k];
                    ui += bIm[n * H + k] * xt[k];
                }
                const s = g ? g[n] : 1;
                const nr = lr[n] * hr[n] - li[n] * hi[n] + s * ur;
                const ni = lr[n] * hi[n] + li[n] * hr[n] + s * ui;
                hr[n] = nr;
                hi[n] = ni;
            }
            for (let k = 0; k < H; k++) {
                let acc = d[k] * xt[k];
                for (let n = 0; n < N; n++)
                    acc += cRe[k * N + n] * hr[n] - cIm[k * N + n] * hi[n];
                y[(b * T + t) * H + k] = acc;
            }
        }
    }
    return y;
}
describe('nn.lru: the worked BPTT check of PAPERS.md P4', () => {
    // one complex unit, H = N = 1, D = 0: λ = 0.5, B = 2+2i, C = 2+i, γ = 1, x = (1, 2, 3), targets 1
    const x = f64([1, 2, 3], [3, 1]);
    const common = {
        kind: 'lru',
        gammaNorm: true,
        gammaLog: f64([0], [1]),
        bRe: f64([[2]], [1, 1]),
        bIm: f64([[2]], [1, 1]),
        cRe: f64([[2]], [1, 1]),
        cIm: f64([[1]], [1, 1]),
        d: f64([0], [1]),
    };
    const loss = (p) => sum(square(sub(lru.apply(p, x), 1))).mul(0.5);
    const lossByStep = (p) => sum(square(sub(stepLoop(p, x), 1))).mul(0.5);
    it("'reim': L = 36.625, ∂L/∂Re λ = 53, ∂L/∂Im λ = −159, ∂L/∂γ = 85.75, ∂L/∂Re B = 85.75, ∂L/∂Im B = −42.875", () => {
        const p = { parametrization: 'reim', lambdaRe: f64([0.5], [1]), lambdaIm: f64([0], [1]), ...common };
        expectClose(lru.apply(p, x), [2, 5, 8.5], { rtol: 0, atol: 0, what: 'y' });
        for (const f of [loss, lossByStep]) {
            const [L, g] = valueAndGrad((q) => f(q))(p);
            expect(L.item()).toBe(36.625);
            // γ = exp(γlog) = 1, so ∂L/∂γlog = γ ∂L/∂γ = ∂L/∂γ
            const got = [g.lambdaRe, g.lambdaIm, g.gammaLog, g.bRe, g.bIm, g.cRe, g.cIm, g.d].map((t) => t.item());
            // ∂L/∂C: Σ e_t Re h_t = 1·2 + 4·5 + 7.5·8.5 = 85.75 and −Σ e_t Im h_t = −85.75; ∂L/∂D = Σ e_t x_t = 31.5
            expect(got).toEqual([53, -159, 85.75, 85.75, -42.875, 85.75, -85.75, 31.5]);
        }
    });
    it("'polar' (ν = 0.5, θ = 0): ∂L/∂ν = ∂L/∂Re λ = 53, ∂L/∂θ = ν ∂L/∂Im λ = −79.5", () => {
        const p = { parametrization: 'polar', nu: f64([0.5], [1]), theta: f64([0], [1]), ...common };
        const [L, g] = valueAndGrad((q) => loss(q))(p);
        expect(L.item()).toBe(36.625);
        expect([g.nu.item(), g.theta.item(), g.gammaLog.item(), g.bRe.item(), g.bIm.item()]).toEqual([53, -79.5, 85.75, 85.75, -42.875]);
    });
    it("'exp' (νlog = log ln 2, θlog = −∞): the chain rule ∂L/∂νlog = −exp(νlog)|λ| ∂L/∂|λ| = −26.5 ln 2", () => {
        const p = { parametrization: 'exp', nuLog: f64([Math.log(Math.LN2)], [1]), thetaLog: f64([-Infinity], [1]), ...common };
        expectClose(lruLambda(p).re, [0.5], { rtol: 1e-15, atol: 0 });
        const [L, g] = valueAndGrad((q) => loss(q))(p);
        expectClose([L.item()], [36.625], { rtol: 1e-14, atol: 0 });
        expectClose(g.nuLog, [-26.5 * Math.LN2], { rtol: 1e-13, atol: 0, what: 'nuLog' });
        expect(Math.abs(g.thetaLog.item())).toBe(0); // ∂λ/∂θlog = i exp(θlog) λ = 0
        expectClose([g.gammaLog.item(), g.bRe.item(), g.bIm.item()], [85.75, 85.75, -42.875], { rtol: 1e-13, atol: 0 });
    });
});
describe('nn.lru: initialisation (P4 ring init)', () => {
    it('|λ|² is uniform on [rMin², rMax²], arg λ on [0, maxPhase), γ = √(1 − |λ|²), B, C, D scaled as in P4', () => {
        const [H, N, rMin, rMax] = [16, 4000, 0.4, 0.9];
        const p = lru.init(random.key(3), { dModel: H, dHidden: N, rMin, rMax, maxPhase: 1.5, dtype: 'f64' });
        expect(lruParametrization(p)).toBe('exp');
        expect(Object.keys(p).sort()).toEqual(['bIm', 'bRe', 'cIm', 'cRe', 'd', 'gammaLog', 'gammaNorm', 'kind', 'nuLog', 'parametrization', 'thetaLog']);
        expect([p.kind, p.parametrization, p.gammaNorm]).toEqual(['lru', 'exp', true]);
        const lam = lruLambda(p);
        const mod2 = toF64(add(square(lam.re), square(lam.im)));
        const phase = toF64(p.thetaLog).map(Math.exp);
        expect(Math.min(...mod2)).toBeGreaterThanOrEqual(rMin ** 2 - 1e-12);
        expect(Math.max(...mod2)).toBeLessThan(rMax ** 2 + 1e-12);
        expect(Math.min(...phase)).toBeGreaterThanOrEqual(0);
        expect(Math.max(...phase)).toBeLessThan(1.5);
        // uniform on [rMin², rMax²]: mean (rMin² + rMax²)/2 = 0.485, sd (0.65/√12)/√N ≈ 0.003
        const mean = mod2.reduce((a, b) => a + b, 0) / N;
        expect(Math.abs(mean - (rMin ** 2 + rMax ** 2) / 2)).toBeLessThan(0.015);
        const below = mod2.filter((m) => m < (rMin ** 2 + rMax ** 2) / 2).length / N;
        expect(Math.abs(below - 0.5)).toBeLessThan(0.04);
        expectClose(lruGamma(p), Float64Array.from(mod2, (m) => Math.sqrt(1 - m)), { rtol: 1e-13, atol: 0, what: 'γ' });
        const sd = (t) => {
            const v = toF64(t);
            return Math.sqrt(v.reduce((a, b) => a + b * b, 0) / v.length);
        };
        expect(sd(p.bRe) * Math.sqrt(2 * H)).toBeCloseTo(1, 1);
        expect(sd(p.bIm) * Math.sqrt(2 * H)).toBeCloseTo(1, 1);
        expect(sd(p.cRe) * Math.sqrt(N)).toBeCloseTo(1, 1);
        expect(p.bRe.shape).toEqual([N, H]);
        expect(p.cIm.shape).toEqual([H, N]);
        expect(p.d.shape).toEqual([H]);
    });
    it('same keys give the same λ in all three parametrisations; gammaNorm: false drops gammaLog; f32 by default', () => {
        const [e, q, r] = ['exp', 'polar', 'reim'].map((k) => initF64(k, true, 5));
        expect(Object.keys(q).sort()).toEqual(['bIm', 'bRe', 'cIm', 'cRe', 'd', 'gammaLog', 'gammaNorm', 'kind', 'nu', 'parametrization', 'theta']);
        expect(Object.keys(r).sort()).toEqual(['bIm', 'bRe', 'cIm', 'cRe', 'd', 'gammaLog', 'gammaNorm', 'kind', 'lambdaIm', 'lambdaRe', 'parametrization']);
        expect([q.parametrization, r.parametrization]).toEqual(['polar', 'reim']);
        for (const p of [q, r]) {
            expectClose(lruLambda(p).re, lruLambda(e).re, { rtol: 1e-12, atol: 1e-14 });
            expectClose(lruLambda(p).im, lruLambda(e).im, { rtol: 1e-12, atol: 1e-14 });
            expectClose(p.gammaLog, e.gammaLog, { rtol: 1e-13, atol: 0 });
        }
        expect('gammaLog' in initF64('exp', false)).toBe(false);
        expect(initF64('exp', false).gammaNorm).toBe(false);
        const p32 = lru.init(random.key(0), { dModel: 2, dHidden: 3 });
        expect(tree.leaves(p32).every((t) => t.dtype === 'f32')).toBe(true);
        expect(lru.apply(p32, rand([4, 2], 1, -1, 1, 'f32')).dtype).toBe('f32');
    });
});
describe('nn.lru: apply', () => {
    const x = rand([2, 5, 3], 11);
    const cases = [
        ['exp', true],
        ['exp', false],
        ['polar', true],
        ['reim', true],
        ['reim', false],
    ];
    it.each(cases)("'%s' (gammaNorm %s) equals an independent plain-JS recurrence", (kind, gammaNorm) => {
        const p = initF64(kind, gammaNorm);
        expectClose(lru.apply(p, x), jsLru(p, x), { rtol: 1e-12, atol: 1e-13 });
    });
    it.each(cases)("'%s' (gammaNorm %s): a loop of step equals apply, batched and unbatched", (kind, gammaNorm) => {
        const p = initF64(kind, gammaNorm);
        expectClose(stepLoop(p, x), lru.apply(p, x), { rtol: 1e-13, atol: 1e-14 });
        const x1 = x.slice(1);
        expectClose(stepLoop(p, x1), lru.apply(p, x1), { rtol: 1e-13, atol: 1e-14 });
        expectClose(lru.apply(p, x1), lru.apply(p, x).slice(1), { rtol: 1e-14, atol: 1e-15 });
    });
    it('parametrisations agree: the same λ through nuLog/thetaLog, nu/theta and lambdaRe/lambdaIm gives the same outputs', () => {
        const e = initF64('exp');
        const { nuLog: _n, thetaLog: _t, parametrization: _k, ...rest } = e;
        const lam = lruLambda(e);
        const nu = toF64(e.nuLog).map((v) => Math.exp(-Math.exp(v)));
        const theta = toF64(e.thetaLog).map(Math.exp);
        const polarP = { parametrization: 'polar', nu: tensor(nu, { dtype: 'f64' }), theta: tensor(theta, { dtype: 'f64' }), ...rest };
        const reimP = { parametrization: 'reim', lambdaRe: lam.re, lambdaIm: lam.im, ...rest };
        const y = lru.apply(e, x);
        expectClose(lru.apply(polarP, x), y, { rtol: 1e-13, atol: 1e-14 });
        expectClose(lru.apply(reimP, x), y, { rtol: 1e-13, atol: 1e-14 });
    });
    it('empty sequences give empty outputs', () => {
        const p = initF64('exp');
        expect(lru.apply(p, rand([2, 0, 3], 1)).shape).toEqual([2, 0, 3]);
    });
});
describe('nn.lru: gradients (float64 finite differences)', () => {
    const x = rand([2, 4, 2], 21);
    it.each(['exp', 'polar', 'reim'])("'%s': apply, all parameters and x", (kind) => {
        const p = initF64(kind, true, 2, 2, 3);
        expect(checkParamsGrad((q, xx) => lru.apply(q, xx), p, x)).toBeLessThan(1e-6);
    });
    it("'exp' without γ: a loop of step (BPTT through step)", () => {
        const p = initF64('exp', false, 2, 2, 3);
        expect(checkParamsGrad(stepLoop, p, x)).toBeLessThan(1e-6);
    });
    it('grad of apply equals grad of the step loop', () => {
        const p = initF64('exp', true, 4, 2, 3);
        const w = rand([2, 4, 2], 9);
        const L = (f) => (q) => sum(f(q, x).mul(w));
        const [ga, gs] = [grad(L((q, xx) => lru.apply(q, xx)))(p), grad(L(stepLoop))(p)];
        tree.leaves(ga).forEach((g, i) => expectClose(g, tree.leaves(gs)[i], { rtol: 1e-12, atol: 1e-13 }));
    });
});
describe('nn.lru: errors', () => {
    it('bad configs name the key', () => {
        const k = random.key(0);
        expect(() => lru.init(k, { dModel: 0 })).toThrow(/lru: config.dModel must be a positive integer/);
        expect(() => lru.init(k, { rMin: 0.9, rMax: 0.5 })).toThrow(/lru: need 0 <= rMin <= rMax <= 1/);
        expect(() => lru.init(k, { rMax: 1.5 })).toThrow(/rMax/);
        expect(() => lru.init(k, { parametrization: 'cartesian' })).toThrow(/lru: config.parametrization must be one of 'exp', 'polar', 'reim'/);
        expect(() => lru.init(k, { maxPhase: 0 })).toThrow(/maxPhase 0/);
        expect(() => lru.init(k, { rMin: 1, rMax: 1 })).toThrow(/lru: rMin = 1 puts every \|λ\| at exactly 1/);
        expect(() => lru.init(k, { dModel: 2, dHidden: 2, rMin: 1, rMax: 1, parametrization: 'polar', gammaNorm: false })).not.toThrow();
        expect(() => lru.init(k, { dModel: 2, dHidden: 2, maxPhase: 0, parametrization: 'polar' })).not.toThrow();
        expect(() => lru.init(k, { hidden: 3 })).toThrow(/lru: unknown config key 'hidden'/);
        expect(() => lru.init(k, { dtype: 'i32' })).toThrow(/dtype/);
    });
    it('bad shapes and params name the layer and the shapes', () => {
        const p = initF64('exp');
        expect(() => lru.apply(p, rand([2, 5, 4], 1))).toThrow(/lru.apply: x must be \[B, T, dModel\] or \[T, dModel\] with dModel = 3 \(from the parameters\), got \[2, 5, 4\]/);
        expect(() => lru.apply(p, rand([3], 1))).toThrow(/lru.apply: x must be \[B, T, dModel\] or \[T, dModel\] with dModel = 3 \(from the parameters\), got \[3\]/);
        const h = lru.initialState(p, [2]);
        expect(() => lru.step(p, h, rand([3, 3], 1))).toThrow(/lru: state h.re has shape \[2, 4\], expected \[3, 4\]/);
        const { thetaLog: _t, ...noTheta } = p;
        expect(() => lru.apply(noTheta, rand([5, 3], 1))).toThrow(/lru: parameter 'thetaLog' is missing/);
        const bad = (over) => ({ ...p, ...over });
        expect(() => lru.apply(bad({ parametrization: 'cartesian' }), rand([5, 3], 1))).toThrow(/lru: params.parametrization must be one of 'exp', 'polar', 'reim', got "cartesian"; create the parameters with nn.lru.init/);
        expect(() => lru.apply(bad({ nu: p.nuLog }), rand([5, 3], 1))).toThrow(/lru: params.parametrization is 'exp' but the parameters also hold 'nu' \(of 'polar'\); keep only nuLog and thetaLog, or set parametrization: 'polar'/);
        expect(() => lru.apply(bad({ gammaNorm: false }), rand([5, 3], 1))).toThrow(/lru: params.gammaNorm is false but the parameters hold gammaLog; remove gammaLog, or set gammaNorm: true/);
        expect(() => lru.apply(bad({ gammaLog: undefined }), rand([5, 3], 1))).toThrow(/lru: parameter 'gammaLog' is missing/);
        expect(() => lru.apply(bad({ kind: 'gru' }), rand([5, 3], 1))).toThrow(/lru: params.kind must be 'lru', got "gru"/);
        expect(() => lru.apply({ ...p, cRe: rand([4, 3], 1) }, rand([5, 3], 1))).toThrow(/lru: parameter 'cRe' has shape \[4, 3\], expected \[3, 4\]/);
    });
});
//# sourceMappingURL=nn-recurrent-lru.test.js.map