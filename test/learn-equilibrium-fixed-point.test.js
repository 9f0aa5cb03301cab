import { describe, expect, it } from 'vitest';
import { learn, matmul, tensor, zeros } from '../src/index.js';
import { rand, toF64 } from './util/check.js';
const { fixedPoint } = learn.equilibrium;
const METHODS = ['iterate', 'anderson', 'broyden'];
/** f(x) = A tanh(x) + b with ‖A‖₂ ≤ 0.8: a contraction (Lipschitz ≤ 0.8). */
function contraction(n, seed, batch) {
    const a0 = rand([n, n], seed);
    const norm = Math.sqrt(toF64(a0).reduce((s, v) => s + v * v, 0)); // Frobenius ≥ spectral
    const a = a0.mul(0.8 / norm);
    const b = rand([n], seed + 1);
    const f = (x) => matmul(x.tanh(), a.mT).add(b);
    return { f, x0: zeros(batch === undefined ? [n] : [batch, n], { dtype: 'f64' }) };
}
function maxAbsDiff(a, b) {
    const u = toF64(a);
    const v = toF64(b);
    return u.reduce((m, x, i) => Math.max(m, Math.abs(x - v[i])), 0);
}
describe('learn.equilibrium.fixedPoint', () => {
    it.each(METHODS)('%s converges on a contraction to the fixed point (x = f(x) to 1e-11)', (method) => {
        const { f, x0 } = contraction(12, 3);
        const r = fixedPoint(f, x0, { method, tol: 1e-12, maxIter: 500 });
        expect(r.converged).toBe(true);
        expect(r.residual).toBeLessThanOrEqual(1e-12);
        expect(r.iterations).toBe(r.history.length);
        expect(maxAbsDiff(f(r.x), r.x)).toBeLessThan(1e-11);
        // The same point plain iteration reaches after many steps.
        const ref = fixedPoint(f, x0, { method: 'iterate', tol: 0, maxIter: 400 }).x;
        expect(maxAbsDiff(r.x, ref)).toBeLessThan(1e-11);
    });
    it('Anderson and Broyden need fewer evaluations than plain iteration on a slow contraction', () => {
        const { f: f0, x0 } = contraction(12, 5);
        // Slow the map: x ← 0.95 x + 0.05 f0(x) has the same fixed point and contraction ≈ 0.99.
        const f = (x) => x.mul(0.95).add(f0(x).mul(0.05));
        const it = fixedPoint(f, x0, { method: 'iterate', tol: 1e-10, maxIter: 5000 });
        const an = fixedPoint(f, x0, { method: 'anderson', tol: 1e-10, maxIter: 5000 });
        const br = fixedPoint(f, x0, { method: 'broyden', tol: 1e-10, maxIter: 5000 });
        expect([it.converged, an.converged, br.converged]).toEqual([true, true, true]);
        expect(an.iterations).toBeLessThan(it.iterations / 4);
        expect(br.iterations).toBeLessThan(it.iterations / 4);
    });
    it('damping keeps the fixed point and makes an oscillating map converge', () => {
        // f(x) = −1.5 x + 1: fixed point 0.4, |f'| = 1.5 > 1 so plain iteration diverges;
        // damped by λ = 0.5 the map is x ↦ −0.25 x + 0.5 (a contraction).
        const f = (x) => x.mul(-1.5).add(1);
        const x0 = tensor([0], { dtype: 'f64' });
        expect(fixedPoint(f, x0, { method: 'iterate', tol: 1e-12, maxIter: 60 }).converged).toBe(false);
        const r = fixedPoint(f, x0, { method: 'iterate', damping: 0.5, tol: 1e-12, maxIter: 60 });
        expect(r.converged).toBe(true);
        expect(Math.abs(toF64(r.x)[0] - 0.4)).toBeLessThan(1e-12);
    });
    it('batched: per-example residuals and Anderson weights give the per-example fixed points', () => {
        const { f, x0 } = contraction(6, 7, 3);
        const r = fixedPoint(f, x0, { method: 'anderson', batched: true, tol: 1e-12, maxIter: 200 });
        expect(r.converged).toBe(true);
        expect(maxAbsDiff(f(r.x), r.x)).toBeLessThan(1e-11);
    });
    it.each(METHODS)('%s reports failure on a map without a fixed point (x ↦ R x / ‖x‖, R a quarter turn)', (method) => {
        // ‖f(x) − x‖² = 1 + ‖x‖² (xᵀRx = 0), so the relative residual never falls below 1/(1 + 1e-5).
        const rot = tensor([
            [0, -1],
            [1, 0],
        ], { dtype: 'f64' });
        const f = (x) => matmul(rot, x).div(x.square().sum().sqrt());
        const r = fixedPoint(f, tensor([1, 0.5], { dtype: 'f64' }), { method, tol: 1e-8, maxIter: 40 });
        expect(r.converged).toBe(false);
        expect(r.iterations).toBe(40);
        expect(r.residual).toBeGreaterThan(0.99);
    });
    it('plain iteration reports failure on an expanding map (x ↦ 2x + 1)', () => {
        const f = (x) => x.mul(2).add(1);
        const r = fixedPoint(f, zeros([3], { dtype: 'f64' }), { tol: 1e-8, maxIter: 50 });
        expect(r.converged).toBe(false);
        expect(r.residual).toBeGreaterThan(0.1);
    });
    it('a NaN iterate throws an error naming the method and the iteration', () => {
        const f = (x) => x.sub(2).log();
        expect(() => fixedPoint(f, zeros([2], { dtype: 'f64' }), { method: 'anderson' })).toThrow(/fixedPoint\(anderson\): iteration 1 produced a non-finite value/);
    });
    it('bad options and shape-changing maps are errors that say what is allowed', () => {
        const x0 = zeros([2], { dtype: 'f64' });
        const id = (x) => x;
        expect(() => fixedPoint(id, x0, { damping: 0 })).toThrow(/damping must be in \(0, 1\]/);
        expect(() => fixedPoint(id, x0, { maxIter: 0 })).toThrow(/maxIter must be an integer ≥ 1/);
        // @ts-expect-error: an unknown method
        expect(() => fixedPoint(id, x0, { method: 'newton' })).toThrow(/method must be one of 'iterate', 'anderson', 'broyden'/);
        expect(() => fixedPoint((x) => x.sum(), x0)).toThrow(/f must return the shape of x \(\[2\]\), got \[\]/);
    });
});
//# sourceMappingURL=learn-equilibrium-fixed-point.test.js.map