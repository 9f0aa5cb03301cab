/**
 * learn.meta: every meta-gradient rule against the quantity it defines or estimates, in float64
 * on a small tanh regression task (learn.meta.checkContrastiveTask).
 */
import { describe, expect, it } from 'vitest';
import { grad, learn, random, stopGradient, tensor, tree } from '../src/index.js';
import { expectClose, fdGrad, toF64 } from './util/check.js';
const { metaGradient, ravelTree, checkContrastiveTask, tanhNetLoss, exactProximalMetaGradient, binaryMask, reluStraightThrough, initMeta, adapt } = learn.meta;
const { task, omega } = checkContrastiveTask(3, 5);
const leavesOf = (t) => tree.leaves(t);
/** φ_K by plain gradient steps with per-parameter step sizes (the definition, written out). */
function steps(theta, K, stepSize) {
    let phi = theta;
    for (let k = 0; k < K; k++) {
        const g = grad((p) => tanhNetLoss(p, task.support))(phi);
        let i = 0;
        phi = tree.map((p, gi) => p.sub(gi.mul(stepSize(i++))), phi, g);
    }
    return phi;
}
function relErr(a, b) {
    const x = a instanceof Float64Array ? a : toF64(a);
    let num = 0;
    let den = 0;
    x.forEach((v, i) => {
        num += (v - b[i]) ** 2;
        den += b[i] ** 2;
    });
    return Math.sqrt(num / den);
}
describe('learn.meta: gradient rules', () => {
    const K = 3;
    const alpha = 0.1;
    const theta = ravelTree(omega);
    it('second-order MAML equals finite differences of the post-adaptation query loss', () => {
        const r = metaGradient(tanhNetLoss, { theta: omega }, task, { rule: 'maml', innerSteps: K, innerLr: alpha });
        const fd = fdGrad((v) => tanhNetLoss(steps(theta.unravel(v), K, () => alpha), task.query).item(), theta.vector);
        expectClose(ravelTree(r.grad.theta).vector, fd, { rtol: 1e-6, atol: 1e-9, what: 'MAML meta-gradient' });
        expect(r.queryLoss).toBeCloseTo(tanhNetLoss(steps(omega, K, () => alpha), task.query).item(), 12);
    });
    it('first-order MAML is ∇L_query at φ_K, and differs from the second-order gradient', () => {
        const r = metaGradient(tanhNetLoss, { theta: omega }, task, { rule: 'maml', innerSteps: K, innerLr: alpha, firstOrder: true });
        const phiK = steps(omega, K, () => alpha);
        const def = grad((p) => tanhNetLoss(p, task.query))(phiK);
        expectClose(ravelTree(r.grad.theta).vector, ravelTree(def).vector, { rtol: 1e-12, atol: 1e-14, what: 'FO-MAML' });
        const second = metaGradient(tanhNetLoss, { theta: omega }, task, { rule: 'maml', innerSteps: K, innerLr: alpha });
        expect(relErr(ravelTree(r.grad.theta).vector, toF64(ravelTree(second.grad.theta).vector))).toBeGreaterThan(1e-3);
    });
    it('ANIL adapts only the head; its second-order meta-gradient (body included) equals finite differences', () => {
        // flatten order: b1, b2, w1, w2 (sorted keys)
        expect(tree.paths(omega)).toEqual(['.b1', '.b2', '.w1', '.w2']);
        const o = { rule: 'anil', innerSteps: K, innerLr: alpha, headPath: '.b2' };
        // Adapt b2 only (a one-parameter head), then w2 and b2 (the dense read-out).
        const r = metaGradient(tanhNetLoss, { theta: omega }, task, o);
        const fd = fdGrad((v) => tanhNetLoss(steps(theta.unravel(v), K, (i) => (i === 1 ? alpha : 0)), task.query).item(), theta.vector);
        expectClose(ravelTree(r.grad.theta).vector, fd, { rtol: 1e-6, atol: 1e-9, what: 'ANIL (b2)' });
        const adapted = adapt(tanhNetLoss, { theta: omega }, task.support, { ...o, headPath: '.w2' });
        expectClose(adapted.w1, omega.w1, { rtol: 0, atol: 0, what: 'body w1' });
        expectClose(adapted.b1, omega.b1, { rtol: 0, atol: 0, what: 'body b1' });
        expect(toF64(adapted.w2.sub(omega.w2).abs()).some((d) => d > 1e-6)).toBe(true);
    });
    it('Meta-SGD: the meta-gradient in θ and in the learned rates equals finite differences', () => {
        const meta = initMeta('metaSgd', omega, { innerLr: alpha });
        // Rates α(1 + u), u ~ U[0, 1) per parameter, so that each rate's gradient is its own.
        const kappa = tree.map((l) => l.mul(random.uniform(random.key(l.size), l.shape, { dtype: 'f64' }).add(1)), meta.kappa);
        const m = { theta: omega, kappa };
        const r = metaGradient(tanhNetLoss, m, task, { rule: 'metaSgd', innerSteps: K, innerLr: alpha });
        const rates = ravelTree(kappa);
        const value = (th, ka) => {
            const ls = leavesOf(ka);
            return tanhNetLoss(steps(th, K, (i) => ls[i]), task.query).item();
        };
        expectClose(ravelTree(r.grad.theta).vector, fdGrad((v) => value(theta.unravel(v), kappa), theta.vector), { rtol: 1e-6, atol: 1e-9, what: 'Meta-SGD θ' });
        expectClose(ravelTree(r.grad.kappa).vector, fdGrad((v) => value(omega, rates.unravel(v)), rates.vector), { rtol: 1e-6, atol: 1e-9, what: 'Meta-SGD rates' });
    });
    it('the straight-through mask: binary forward, dm/dκ = ½; ReLU rates: dr/dκ = 1', () => {
        const kappa = tensor([-0.7, -1e-9, 0, 1e-9, 0.3, 2], { dtype: 'f64' });
        expect(Array.from(toF64(binaryMask(kappa)))).toEqual([0, 0, 0, 1, 1, 1]);
        const w = tensor([1, 2, 3, 4, 5, 6], { dtype: 'f64' });
        expect(Array.from(toF64(grad((k) => binaryMask(k).mul(w).sum())(kappa)))).toEqual([0.5, 1, 1.5, 2, 2.5, 3]);
        expect(Array.from(toF64(reluStraightThrough(kappa)))).toEqual([0, 0, 0, 1e-9, 0.3, 2]);
        expect(Array.from(toF64(grad((k) => reluStraightThrough(k).mul(w).sum())(kappa)))).toEqual([1, 2, 3, 4, 5, 6]);
    });
    it('sparse-MAML (first order): masked steps with the same mask at every step; dL/dκ = ½ (−α Σ_k ∇L_support(φ_k)) ⊙ ∇L_query(φ_K)', () => {
        const meta = initMeta('sparseMaml', omega, { key: random.key(5) });
        const masks = leavesOf(meta.kappa).map((k) => binaryMask(k));
        const zeros = masks.reduce((s, m) => s + toF64(m).filter((v) => v === 0).length, 0);
        expect(zeros).toBeGreaterThan(0);
        const r = metaGradient(tanhNetLoss, meta, task, { rule: 'sparseMaml', innerSteps: K, innerLr: alpha });
        // φ_K and the sum of the support gradients, by the definition.
        let phi = omega;
        let gsum = null;
        for (let k = 0; k < K; k++) {
            const g = grad((p) => tanhNetLoss(p, task.support))(phi);
            gsum = gsum === null ? g : tree.map((a, b) => a.add(b), gsum, g);
            let i = 0;
            phi = tree.map((p, gi) => p.sub(gi.mul(masks[i++]).mul(alpha)), phi, g);
        }
        expectClose(ravelTree(r.adapted).vector, ravelTree(phi).vector, { rtol: 1e-12, atol: 1e-14, what: 'φ_K' });
        // Frozen weights do not move.
        leavesOf(r.adapted).forEach((a, i) => {
            const d = toF64(a.sub(leavesOf(omega)[i]));
            toF64(masks[i]).forEach((mv, j) => {
                if (mv === 0)
                    expect(d[j]).toBe(0);
            });
        });
        const gq = grad((p) => tanhNetLoss(p, task.query))(phi);
        expectClose(ravelTree(r.grad.theta).vector, ravelTree(gq).vector, { rtol: 1e-12, atol: 1e-14, what: 'θ' });
        const dKappa = tree.map((s, q) => s.mul(-alpha * 0.5).mul(q), gsum, gq);
        expectClose(ravelTree(r.grad.kappa).vector, ravelTree(dKappa).vector, { rtol: 1e-12, atol: 1e-14, what: 'κ' });
    });
    it('sparse-ReLU-MAML (second order): the meta-gradient in θ equals finite differences', () => {
        const meta = initMeta('sparseReluMaml', omega, { key: random.key(6) });
        const rates = leavesOf(meta.kappa).map((k) => k.relu());
        const r = metaGradient(tanhNetLoss, meta, task, { rule: 'sparseReluMaml', innerSteps: K, innerLr: alpha, firstOrder: false });
        const fd = fdGrad((v) => tanhNetLoss(steps(theta.unravel(v), K, (i) => rates[i].mul(alpha)), task.query).item(), theta.vector);
        expectClose(ravelTree(r.grad.theta).vector, fd, { rtol: 1e-6, atol: 1e-9, what: 'sparse-ReLU θ' });
    });
    it('Reptile’s meta-gradient is θ − φ_K', () => {
        const r = metaGradient(tanhNetLoss, { theta: omega }, task, { rule: 'reptile', innerSteps: K, innerLr: alpha });
        const phiK = steps(omega, K, () => alpha);
        expectClose(ravelTree(r.grad.theta).vector, theta.vector.sub(ravelTree(phiK).vector), { rtol: 1e-12, atol: 1e-14, what: 'Reptile' });
    });
});
describe('learn.meta: proximal rules converge to the exact implicit meta-gradient', () => {
    const lambda = 2;
    const exact = toF64(ravelTree(exactProximalMetaGradient(tanhNetLoss, omega, task, lambda, 0.2)).vector);
    const base = { innerLr: 0.2, lambda, innerSolver: 'anderson', innerSteps: 20000, innerTol: 1e-15 };
    it('the reference is the implicit gradient: it equals finite differences of L_query(φ*(ω))', () => {
        const { vector, unravel } = ravelTree(omega);
        const value = (v) => tanhNetLoss(adapt(tanhNetLoss, { theta: unravel(v) }, task.support, { rule: 'imaml', ...base }), task.query).item();
        expect(relErr(exact, fdGrad(value, vector, 1e-5))).toBeLessThan(1e-7);
    });
    it('iMAML: the CG error falls to machine precision with the iterations', () => {
        const errs = [1, 4, 60].map((cgIters) => relErr(ravelTree(metaGradient(tanhNetLoss, { theta: omega }, task, { rule: 'imaml', ...base, cgIters, cgTol: 0 }).grad.theta).vector, exact));
        expect(errs[0]).toBeGreaterThan(1e-2);
        expect(errs[1]).toBeLessThan(errs[0]);
        expect(errs[2]).toBeLessThan(1e-10);
    });
    it('contrastive: one-sided error O(β), symmetric O(β²) (slopes within ±0.2); ĝ_ω = (λ/β)(φ̂₀ − φ̂_β)', () => {
        const betas = [0.125, 0.0625, 0.03125, 0.015625, 0.0078125];
        const err = (variant, beta) => relErr(ravelTree(metaGradient(tanhNetLoss, { theta: omega }, task, { rule: 'contrastive', ...base, variant, beta }).grad.theta).vector, exact);
        const one = betas.map((b) => err('onesided', b));
        const sym = betas.map((b) => err('symmetric', b));
        expect(Math.abs(learn.equilibrium.logLogSlope(betas, one) - 1)).toBeLessThan(0.2);
        expect(Math.abs(learn.equilibrium.logLogSlope(betas, sym) - 2)).toBeLessThan(0.2);
        expect(sym[sym.length - 1]).toBeLessThan(1e-4);
        // The one-sided estimate in ω is (λ/β)(φ̂₀ − φ̂_β), φ̂ from the rule's own inner solves.
        const beta = 0.05;
        const r = metaGradient(tanhNetLoss, { theta: omega }, task, { rule: 'contrastive', ...base, variant: 'onesided', beta });
        const { vector: w, unravel } = ravelTree(omega);
        const inner = (b, from) => {
            const f = (x) => tanhNetLoss(unravel(x), task.support)
                .add(x
                .sub(w)
                .square()
                .sum()
                .mul(lambda / 2))
                .add(b === 0 ? 0 : tanhNetLoss(unravel(x), task.query).mul(b));
            return learn.equilibrium.fixedPoint((x) => x.sub(grad(f)(x).mul(0.2)), from, { method: 'anderson', tol: 1e-15, maxIter: 20000 }).x;
        };
        const phi0 = inner(0, w);
        const phiB = inner(beta, phi0);
        expectClose(ravelTree(r.grad.theta).vector, phi0.sub(phiB).mul(lambda / beta), { rtol: 1e-7, atol: 1e-10, what: '(λ/β)(φ̂₀ − φ̂_β)' });
    });
    it('contrastive with learned per-parameter λ: the λ-gradient matches the implicit one', () => {
        const lam = tree.map((l) => l.mul(0).add(lambda), omega);
        const { vector: w, unravel } = ravelTree(omega);
        const lamVec = ravelTree(lam).vector;
        const innerLoss = (phi, th) => tanhNetLoss(unravel(phi), task.support).add(phi.sub(th.omega).square().mul(th.lambda).sum().mul(0.5));
        const phiStar = stopGradient(ravelTree(adapt(tanhNetLoss, { theta: omega }, task.support, { rule: 'imaml', ...base })).vector);
        const ref = learn.equilibrium.implicitGrad({ kind: 'argmin', innerLoss }, (phi) => tanhNetLoss(unravel(phi), task.query), phiStar, { omega: w, lambda: lamVec }, { method: 'direct' });
        const r = metaGradient(tanhNetLoss, { theta: omega, lambda: lam }, task, { rule: 'contrastive', ...base, variant: 'symmetric', beta: 1e-3 });
        expect(relErr(ravelTree(r.grad.lambda).vector, toF64(ref.grad.lambda))).toBeLessThan(1e-4);
        expect(relErr(ravelTree(r.grad.theta).vector, toF64(ref.grad.omega))).toBeLessThan(1e-4);
    });
});
describe('learn.meta: options and the outer step', () => {
    it('bad options name the key and what is allowed', () => {
        const t = { theta: omega };
        expect(() => metaGradient(tanhNetLoss, t, task, { rule: 'mamll', innerSteps: 1, innerLr: 0.1 })).toThrow(/rule must be one of 'maml', 'anil'/);
        expect(() => metaGradient(tanhNetLoss, t, task, { rule: 'maml', innerSteps: 1.5, innerLr: 0.1 })).toThrow(/innerSteps must be an integer ≥ 0, got 1.5/);
        expect(() => metaGradient(tanhNetLoss, t, task, { rule: 'maml', innerSteps: 1, innerLr: 0 })).toThrow(/innerLr must be a finite number > 0/);
        expect(() => metaGradient(tanhNetLoss, t, task, { rule: 'contrastive', innerSteps: 1, innerLr: 0.1, beta: -1 })).toThrow(/beta must be a finite number > 0/);
        expect(() => metaGradient(tanhNetLoss, t, task, { rule: 'sparseMaml', innerSteps: 1, innerLr: 0.1 })).toThrow(/rule 'sparseMaml' needs meta.kappa/);
        expect(() => metaGradient(tanhNetLoss, t, task, { rule: 'anil', innerSteps: 1, innerLr: 0.1 })).toThrow(/headPath '.head', but θ has none/);
        expect(() => metaGradient(tanhNetLoss, t, task, { rule: 'maml', innerSteps: 1, innerLr: 0.1, innerSolver: 'anderson' })).toThrow(/innerSolver must be 'sgd' or 'adam' for rule 'maml'/);
    });
    it('metaStep: Adam on θ and a separate Adam on κ lower the query loss; λ stays ≥ 0', async () => {
        const { optim } = await import('../src/index.js');
        const rule = { rule: 'sparseMaml', innerSteps: 2, innerLr: 0.1 };
        let meta = initMeta('sparseMaml', omega, { key: random.key(9) });
        const opts = { theta: optim.adam(1e-2), kappa: optim.adam(1e-2) };
        let state = learn.meta.initMetaOptState(opts, meta);
        const first = learn.meta.metaStep(tanhNetLoss, meta, state, [task], rule, opts);
        let last = first;
        for (let i = 0; i < 30; i++) {
            last = learn.meta.metaStep(tanhNetLoss, meta, state, [task], rule, opts);
            meta = last.meta;
            state = last.optState;
        }
        expect(last.queryLoss).toBeLessThan(0.8 * first.queryLoss);
        expect(relErr(ravelTree(meta.kappa).vector, toF64(ravelTree(initMeta('sparseMaml', omega, { key: random.key(9) }).kappa).vector))).toBeGreaterThan(0);
        const lam = { theta: omega, lambda: tree.map((l) => l.mul(0).add(1e-3), omega) };
        const o2 = { theta: optim.sgd(1e-3), lambda: optim.sgd(10) };
        const s = learn.meta.metaStep(tanhNetLoss, lam, learn.meta.initMetaOptState(o2, lam), [task], { rule: 'contrastive', innerSteps: 50, innerLr: 0.1, beta: 0.01 }, o2);
        for (const l of leavesOf(s.meta.lambda))
            expect(Math.min(...toF64(l))).toBeGreaterThanOrEqual(0);
    });
});
//# sourceMappingURL=learn-meta.test.js.map