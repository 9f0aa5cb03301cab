/**
 * learn.meta La-MAML: the look-ahead meta-gradient against finite differences (second order) and
 * against its written-out first-order formula, the mask's straight-through gradient, and the
 * asynchronous update — float64 on a small tanh regression task.
 */
import { describe, expect, it } from 'vitest';
import { grad, learn, random, tensor, tree } from '../src/index.js';
import { expectClose, fdGrad, toF64 } from './util/check.js';
const { lamamlMetaGradient, lamamlStep, checkContrastiveTask, tanhNetLoss, ravelTree, binaryMask, initMaskScores } = learn.meta;
const { task, omega } = checkContrastiveTask(5, 4);
/** Three incoming samples (rows of the support batch), the query batch as the meta batch. */
const samples = [0, 1, 2].map((i) => ({ x: task.support.x.sliceAxis(0, i, i + 1), y: task.support.y.sliceAxis(0, i, i + 1) }));
const metaBatch = task.query;
/** Rates 0.1 (1 + u), u ~ U[0, 1): positive, each its own. */
const alpha = tree.map((l) => random
    .uniform(random.key(l.size + 11), l.shape, { dtype: 'f64' })
    .add(1)
    .mul(0.1), omega);
/** The fast weights φ_1 … φ_n and inner gradients g_1 … g_n with step sizes r (the definition, written out). */
function chain(theta, r) {
    let phi = theta;
    const phis = [];
    const gs = [];
    for (const s of samples) {
        const g = grad((p) => tanhNetLoss(p, s))(phi);
        phi = tree.map((p, gi, ri) => p.sub(gi.mul(ri)), phi, g, r);
        gs.push(g);
        phis.push(phi);
    }
    return { phis, gs };
}
const metaLoss = (theta, r) => chain(theta, r).phis.reduce((s, phi) => s + tanhNetLoss(phi, metaBatch).item(), 0) / samples.length;
/** First order: ∇_θ = (1/n) Σ_i ∇L(φ_i), ∇_r = −(1/n) Σ_i Σ_{k≤i} g_k ⊙ ∇L(φ_i). */
function firstOrder(theta, r) {
    const { phis, gs } = chain(theta, r);
    const n = samples.length;
    const outer = phis.map((phi) => ravelTree(grad((p) => tanhNetLoss(p, metaBatch))(phi)).vector);
    const inner = gs.map((g) => ravelTree(g).vector);
    let gTheta = outer[0].mul(0);
    let gR = outer[0].mul(0);
    outer.forEach((o, i) => {
        gTheta = gTheta.add(o.div(n));
        for (let k = 0; k <= i; k++)
            gR = gR.sub(inner[k].mul(o).div(n));
    });
    return { gTheta, gR };
}
describe('learn.meta La-MAML', () => {
    const theta = ravelTree(omega);
    const rates = ravelTree(alpha);
    it('second order: the meta-gradient in θ and in the learned rates α equals finite differences of L_meta', () => {
        const r = lamamlMetaGradient(tanhNetLoss, { theta: omega, rates: alpha }, samples, metaBatch, { rates: 'learned', ratesLr: 0.3, firstOrder: false });
        expect(r.metaLoss).toBeCloseTo(metaLoss(omega, alpha), 12);
        const fdTheta = fdGrad((v) => metaLoss(theta.unravel(v), alpha), theta.vector);
        const fdRates = fdGrad((v) => metaLoss(omega, rates.unravel(v)), rates.vector);
        expectClose(ravelTree(r.grad.theta).vector, fdTheta, { rtol: 1e-6, atol: 1e-9, what: 'La-MAML θ' });
        expectClose(ravelTree(r.grad.rates).vector, fdRates, { rtol: 1e-6, atol: 1e-9, what: 'La-MAML α' });
        // The second-order terms matter here: first order differs from the finite differences.
        const fo = lamamlMetaGradient(tanhNetLoss, { theta: omega, rates: alpha }, samples, metaBatch, { rates: 'learned', ratesLr: 0.3 });
        const d = toF64(ravelTree(fo.grad.theta).vector).map((v, i) => Math.abs(v - fdTheta[i]));
        expect(Math.max(...d)).toBeGreaterThan(1e-4);
    });
    it('first order: the meta-gradient equals its written-out formula; ReLU(α) passes no gradient to negative rates', () => {
        // Every third rate negative.
        const sign = (l) => tensor(Float64Array.from({ length: l.size }, (_, j) => (j % 3 === 0 ? -1 : 1)), { dtype: 'f64', shape: l.shape });
        const neg = tree.map((l) => l.mul(sign(l)), alpha);
        const r = lamamlMetaGradient(tanhNetLoss, { theta: omega, rates: neg }, samples, metaBatch, { rates: 'learned', ratesLr: 0.3 });
        const relu = tree.map((l) => l.relu(), neg);
        const want = firstOrder(omega, relu);
        expectClose(ravelTree(r.grad.theta).vector, toF64(want.gTheta), { rtol: 1e-10, atol: 1e-12, what: 'first-order θ' });
        const positive = toF64(ravelTree(neg).vector).map((v) => (v > 0 ? 1 : 0));
        expectClose(ravelTree(r.grad.rates).vector, toF64(want.gR).map((v, i) => v * positive[i]), { rtol: 1e-10, atol: 1e-12, what: 'first-order α' });
    });
    it('mask: steps of α₀ on the kept weights, none on the frozen; the straight-through gradient dL/dκ = (α₀/2) dL/dr', () => {
        const a0 = 0.2;
        const kappa = initMaskScores(random.key(2), omega);
        const r = tree.map((k) => binaryMask(k).mul(a0), kappa);
        const g = lamamlMetaGradient(tanhNetLoss, { theta: omega, rates: kappa }, samples, metaBatch, { rates: 'mask', maskStep: a0, ratesLr: 0.1 });
        const want = firstOrder(omega, r);
        expect(g.metaLoss).toBeCloseTo(metaLoss(omega, r), 12);
        expectClose(ravelTree(g.grad.rates).vector, toF64(want.gR.mul(a0 / 2)), { rtol: 1e-10, atol: 1e-12, what: 'mask κ' });
        // The step: κ by SGD, then θ by the new mask; frozen weights keep their values exactly.
        const step = lamamlStep(tanhNetLoss, { theta: omega, rates: kappa }, samples, metaBatch, { rates: 'mask', maskStep: a0, ratesLr: 0.1, clipNorm: 0 });
        const k1 = toF64(ravelTree(step.params.rates).vector);
        expectClose(ravelTree(step.params.rates).vector, toF64(ravelTree(kappa).vector.sub(ravelTree(g.grad.rates).vector.mul(0.1))), {
            rtol: 1e-12,
            atol: 1e-14,
            what: 'κ step',
        });
        const t0 = toF64(theta.vector);
        const t1 = toF64(ravelTree(step.params.theta).vector);
        const gT = toF64(ravelTree(g.grad.theta).vector);
        let frozen = 0;
        k1.forEach((k, i) => {
            if (k > 0)
                expect(t1[i]).toBeCloseTo(t0[i] - a0 * gT[i], 12);
            else {
                frozen++;
                expect(t1[i]).toBe(t0[i]);
            }
        });
        expect(frozen).toBeGreaterThan(0);
        expect(frozen).toBeLessThan(k1.length);
    });
    it('the step clips each gradient tree to the global norm', () => {
        const g = lamamlMetaGradient(tanhNetLoss, { theta: omega, rates: alpha }, samples, metaBatch, { rates: 'learned', ratesLr: 0.3 });
        const norm = Math.sqrt(toF64(ravelTree(g.grad.theta).vector).reduce((s, v) => s + v * v, 0));
        const c = norm / 4;
        const step = lamamlStep(tanhNetLoss, { theta: omega, rates: alpha }, samples, metaBatch, { rates: 'learned', ratesLr: 0, clipNorm: c });
        // With ratesLr 0 the rates stay, and θ moves by α ⊙ g · c/‖g‖.
        expectClose(ravelTree(step.params.rates).vector, toF64(rates.vector), { rtol: 0, atol: 0, what: 'rates' });
        expectClose(ravelTree(step.params.theta).vector, toF64(theta.vector.sub(ravelTree(g.grad.theta)
            .vector.mul(rates.vector)
            .mul(c / norm))), {
            rtol: 1e-12,
            atol: 1e-14,
            what: 'clipped θ step',
        });
    });
    it('refuses bad options with what is allowed', () => {
        const p = { theta: omega, rates: alpha };
        expect(() => lamamlMetaGradient(tanhNetLoss, p, samples, metaBatch, { rates: 'linear', ratesLr: 0.1 })).toThrow(/rates must be 'learned' or 'mask', got "linear"/);
        expect(() => lamamlMetaGradient(tanhNetLoss, p, samples, metaBatch, { rates: 'mask', ratesLr: 0.1 })).toThrow(/needs maskStep, a finite number > 0, got undefined/);
        expect(() => lamamlMetaGradient(tanhNetLoss, p, [], metaBatch, { rates: 'learned', ratesLr: 0.1 })).toThrow(/at least one incoming sample/);
        expect(() => lamamlMetaGradient(tanhNetLoss, p, samples, metaBatch, { rates: 'learned', ratesLr: -1 })).toThrow(/ratesLr must be a finite number ≥ 0, got -1/);
    });
});
//# sourceMappingURL=learn-meta-lamaml.test.js.map