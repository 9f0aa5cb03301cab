import { describe, expect, it } from 'vitest';
import { learn, zeros } from '../src/index.js';
const { eqprop, randomBilevelProblem, checkEquilibrium, logLogSlope, relativeError } = learn.equilibrium;
describe('learn.equilibrium.eqprop', () => {
    const prob = randomBilevelProblem(5, { n: 10, m: 6 });
    const exact = prob.exactHypergradient(prob.theta);
    const phi0 = zeros([10], { dtype: 'f64' });
    const inner = { method: 'anderson', stepSize: 0.1, tol: 1e-14, maxIter: 3000 };
    const betas = [0.1, 0.05, 0.025, 0.0125, 0.00625];
    const errors = (variant) => betas.map((beta) => relativeError(eqprop({ energy: prob.innerLoss, cost: prob.outerLoss, theta: prob.theta, phi0, beta, variant, inner }).grad, exact));
    it.each([
        ['onesided', 1],
        ['symmetric', 2],
        ['secondOrder', 2],
    ])('%s: error vs β has slope %d (±0.2) against the exact hypergradient', (variant, order) => {
        const e = errors(variant);
        expect(Math.abs(logLogSlope(betas, e) - order)).toBeLessThan(0.2);
        expect(e[e.length - 1]).toBeLessThan(e[0]);
    });
    it('an inexact inner solve adds an error that grows as δ/β', () => {
        const run = (tol, beta) => relativeError(eqprop({
            energy: prob.innerLoss,
            cost: prob.outerLoss,
            theta: prob.theta,
            phi0,
            beta,
            variant: 'symmetric',
            inner: { ...inner, method: 'iterate', tol },
        }).grad, exact);
        // At β = 1e-3 the bias is ~1e-6; with δ = 1e-6 the inner error dominates and shrinks with δ.
        const loose = run(1e-6, 1e-3);
        const tight = run(1e-9, 1e-3);
        expect(loose).toBeGreaterThan(10 * tight);
        // Same δ, larger β: the δ/β term is smaller.
        expect(run(1e-6, 1e-2)).toBeLessThan(loose);
    });
    it('reports its phases (free, then nudged, warm-started) and accepts a custom inner solver', () => {
        const r = eqprop({ energy: prob.innerLoss, cost: prob.outerLoss, theta: prob.theta, phi0, beta: 0.01, variant: 'secondOrder', inner });
        expect(r.phases.map((p) => p.beta)).toEqual([0, 0.01, 0.02]);
        expect(r.phases.every((p) => p.converged)).toBe(true);
        const custom = eqprop({
            energy: prob.innerLoss,
            cost: prob.outerLoss,
            theta: prob.theta,
            phi0,
            beta: 0.01,
            variant: 'secondOrder',
            inner: { solve: (beta) => ({ phi: prob.solveNudged(prob.theta, beta), iterations: 1, residual: 0, converged: true }) },
        });
        expect(relativeError(custom.grad, r.grad)).toBeLessThan(1e-9);
        expect(custom.innerIterations).toBe(3);
    });
    it('bad β or variant is an error naming what is allowed', () => {
        const base = { energy: prob.innerLoss, cost: prob.outerLoss, theta: prob.theta, phi0 };
        expect(() => eqprop({ ...base, beta: 0, variant: 'symmetric' })).toThrow(/beta must be a finite number > 0/);
        // @ts-expect-error: unknown variant
        expect(() => eqprop({ ...base, beta: 0.1, variant: 'central' })).toThrow(/variant must be one of 'onesided', 'symmetric', 'secondOrder'/);
    });
});
describe('learn.equilibrium.checkEquilibrium', () => {
    it('reports every solver at machine precision and the three EP orders', () => {
        const r = checkEquilibrium({ seed: 3, dim: 6 });
        for (const e of Object.values(r.implicitRelError))
            expect(e).toBeLessThan(1e-10);
        expect(r.betas).toHaveLength(r.eqpropError.symmetric.length);
        expect(Math.abs(r.slopes.onesided - 1)).toBeLessThan(0.2);
        expect(Math.abs(r.slopes.symmetric - 2)).toBeLessThan(0.2);
        expect(Math.abs(r.slopes.secondOrder - 2)).toBeLessThan(0.2);
    });
});
//# sourceMappingURL=learn-equilibrium-eqprop.test.js.map