import { describe, expect, it } from 'vitest';
import { learn, logsumexp, nn, random, tree, vjp } from '../src/index.js';
import { checkGrad, rand, treeRelErr } from './util/check.js';
const { controlledEquilibrium, lcpGradients, localUpdates, rbpGradients, bpttGradients, initFeedback } = learn.lcp;
/** max |a − b| / max |b| over the tensor leaves. */
const B = 3;
const params = nn.equilibriumRnn.init(random.key(1), { dIn: 4, dHidden: 6, dOut: 3, dtype: 'f64' });
const x = rand([B, 4], 2);
const targets = [0, 2, 1];
/** Mean cross-entropy of logits [B, 3] against `targets`. */
const ce = (logits) => {
    const lse = logsumexp(logits, -1);
    const picked = targets.map((c, b) => logits.slice(b, c));
    return lse
        .sum()
        .sub(picked.reduce((s, t) => s.add(t)))
        .div(B);
};
/** The exact gradient of ce(D(v*)) at the free equilibrium (direct adjoint, tight forward). */
const exact = rbpGradients(params, x, ce, { threshold: 1e-14, maxIter: 2000 }).grads;
describe('learn.lcp: the controlled equilibrium of the equilibrium RNN', () => {
    it('dynamic inversion settles at v = g(v) + e with (I − J_g)ᵀ e = J_Dᵀ u and u = −∇L/α', () => {
        const alpha = 0.5;
        const eq = controlledEquilibrium(params, x, ce, { controller: 'dynamicInversion', alpha, threshold: 1e-13, maxIter: 5000, tauU: 2 });
        expect(eq.converged).toBe(true);
        const drive = nn.equilibriumRnn.drive(params, x);
        const g = (v) => nn.equilibriumRnn.dynamics(params, v, drive);
        expect(treeRelErr(g(eq.v).add(eq.e), eq.v)).toBeLessThan(1e-11);
        // Adjoint identities by autodiff (independent of the controller's explicit formulas).
        const [, pbG] = vjp(g, eq.v);
        const [, pbD] = vjp((v) => nn.equilibriumRnn.decode(params, v), eq.v);
        expect(treeRelErr(eq.e.sub(pbG(eq.e)[0]), pbD(eq.u)[0])).toBeLessThan(1e-10);
        const [, pbL] = vjp(ce, eq.vHat);
        expect(treeRelErr(eq.u.mul(-alpha), pbL(ce(eq.vHat).mul(0).add(1))[0])).toBeLessThan(1e-10);
    });
    it('the local updates ψ σ(φ)ᵀ, ψ, ψ xᵀ equal minus the autodiff LCP gradients', () => {
        const eq = controlledEquilibrium(params, x, ce, { controller: 'dynamicInversion', alpha: 0.1 });
        const g = lcpGradients(params, x, eq);
        const local = localUpdates(x, eq);
        for (const k of ['w', 'b', 'u', 'd', 'dBias'])
            expect(treeRelErr(local[k].neg(), g[k]), k).toBeLessThan(1e-13);
    });
    it('with a weak (leaky) controller α·(LCP gradient) tends to the implicit gradient at rate 1/α', () => {
        const errs = [10, 100, 1000].map((alpha) => {
            // τ_u = α keeps the integrator stable at dt = 1 (u_i ← −∇L/α in one step).
            const eq = controlledEquilibrium(params, x, ce, { controller: 'dynamicInversion', alpha, tauU: alpha, threshold: 1e-14, maxIter: 5000 });
            expect(eq.converged).toBe(true);
            const g = tree.map((t) => t.mul(alpha), lcpGradients(params, x, eq));
            return treeRelErr(g, exact);
        });
        expect(errs[0]).toBeLessThan(0.1);
        expect(errs[1]).toBeLessThan(errs[0] / 5);
        expect(errs[2]).toBeLessThan(errs[1] / 5);
        expect(errs[2]).toBeLessThan(1e-3);
    });
    it('Kolen–Pollack with feedback equal to (W, D) is dynamic inversion; random feedback is not', () => {
        const di = controlledEquilibrium(params, x, ce, { controller: 'dynamicInversion', alpha: 0.1, threshold: 1e-12, maxIter: 3000 });
        const kp = controlledEquilibrium(params, x, ce, {
            controller: 'kolenPollack',
            alpha: 0.1,
            threshold: 1e-12,
            maxIter: 3000,
            feedback: { w: params.w, d: params.d },
        });
        expect(treeRelErr(kp.e, di.e)).toBeLessThan(1e-9);
        const rnd = controlledEquilibrium(params, x, ce, {
            controller: 'kolenPollack',
            alpha: 0.1,
            threshold: 1e-12,
            maxIter: 3000,
            feedback: initFeedback(random.key(5), params),
        });
        expect(treeRelErr(rnd.e, di.e)).toBeGreaterThan(1e-2);
    });
    it('the energy-based controller minimises to the dynamic-inversion equilibrium', () => {
        const di = controlledEquilibrium(params, x, ce, { controller: 'dynamicInversion', alpha: 1, threshold: 1e-13, maxIter: 5000 });
        const en = controlledEquilibrium(params, x, ce, { controller: 'energy', alpha: 1, energyOptimizer: 'gd', energyLr: 0.2, maxIter: 3000, threshold: 1e-9 });
        expect(en.converged).toBe(true);
        expect(treeRelErr(en.e, di.e)).toBeLessThan(1e-6);
        expect(treeRelErr(en.u, di.u)).toBeLessThan(1e-6);
    });
    it('linear feedback settles with e = Q u', () => {
        const q = learn.lcp.initLinearFeedback(random.key(3), params);
        const lf = controlledEquilibrium(params, x, ce, { controller: 'linearFeedback', alpha: 0.5, q, threshold: 1e-12, maxIter: 3000 });
        expect(lf.converged).toBe(true);
        expect(treeRelErr(lf.u.matmul(q.mT), lf.e)).toBeLessThan(1e-10);
    });
    it('BPTT through many steps equals recurrent backprop; bad options are clear errors', () => {
        expect(treeRelErr(bpttGradients(params, x, ce, 200).grads, exact)).toBeLessThan(1e-10);
        expect(() => controlledEquilibrium(params, x, ce, { controller: 'kolenPollack', alpha: 0.1 })).toThrow(/needs options.feedback/);
        // @ts-expect-error: unknown controller
        expect(() => controlledEquilibrium(params, x, ce, { controller: 'pid', alpha: 0.1 })).toThrow(/controller must be one of 'dynamicInversion', 'kolenPollack', 'linearFeedback', 'energy'/);
        expect(() => controlledEquilibrium(params, x, ce, { controller: 'dynamicInversion', alpha: 0 })).toThrow(/alpha must be a finite number > 0/);
    });
});
describe('nn.equilibriumRnn', () => {
    it('step is one step of the dynamics and the decoder; apply decodes the settled fixed point', () => {
        const v = rand([B, 6], 9);
        const [next, y] = nn.equilibriumRnn.step(params, v, x);
        const expected = v.tanh().matmul(params.w.mT).add(x.matmul(params.u.mT)).add(params.b);
        expect(treeRelErr(next, expected)).toBeLessThan(1e-15);
        expect(treeRelErr(y, next.tanh().matmul(params.d.mT).add(params.dBias))).toBeLessThan(1e-15);
        const settled = nn.equilibriumRnn.settle(params, x, { tol: 1e-13, maxIter: 500 });
        expect(settled.residual).toBeLessThanOrEqual(1e-13);
        const drive = nn.equilibriumRnn.drive(params, x);
        expect(treeRelErr(nn.equilibriumRnn.dynamics(params, settled.v, drive), settled.v)).toBeLessThan(1e-12);
        expect(treeRelErr(nn.equilibriumRnn.apply(params, x, { tol: 1e-13, maxIter: 500 }), nn.equilibriumRnn.decode(params, settled.v))).toBeLessThan(1e-15);
        expect(nn.equilibriumRnn.initialState(params, [B]).shape).toEqual([B, 6]);
    });
    it('gradient of a step w.r.t. every parameter and the state equals finite differences', () => {
        const v = rand([B, 6], 10);
        checkGrad((w, u, b, d, db, s) => nn.equilibriumRnn.step({ kind: 'equilibriumRnn', w, u, b, d, dBias: db }, s, x)[1], [params.w, params.u, params.b, params.d, params.dBias, v]);
    });
    it('labels, and errors that say how to fix the configuration or the parameters', () => {
        expect(nn.equilibriumRnn.labels(params)).toEqual({ kind: null, u: 'recurrent', b: 'bias', w: 'recurrent', d: 'weight', dBias: 'bias' });
        expect(() => nn.equilibriumRnn.init(random.key(0), { dHidden: 0 })).toThrow(/config.dHidden must be a positive integer/);
        expect(() => nn.equilibriumRnn.step({ ...params, b: rand([5], 1) }, rand([B, 6], 1), x)).toThrow(/equilibriumRnn/);
        expect(() => nn.equilibriumRnn.step(params, rand([B, 6], 1), rand([B, 5], 1))).toThrow(/equilibriumRnn/);
    });
});
//# sourceMappingURL=learn-lcp.test.js.map