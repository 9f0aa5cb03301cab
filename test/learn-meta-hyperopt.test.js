/**
 * learn.meta's hypergradients of per-parameter L2 strengths (P9's meta-optimisation) against the
 * exact implicit hypergradient, in float64 on a tiny tanh classifier: the direct solve equals
 * finite differences of L_val(φ*(λ)); CG, Neumann and the contrastive rule converge to it; T1–T2
 * is its H ≈ I/α approximation; the gradient-descent nudged phase is the Neumann series.
 */
import { describe, expect, it } from 'vitest';
import { grad, learn, nn, oneHot, random, stopGradient, tensor } from '../src/index.js';
import { expectClose, toF64 } from './util/check.js';
const { implicitL2Hypergradient, contrastiveL2Hypergradient, l2InnerLoss, cosine, ravelTree } = learn.meta;
const f64 = { dtype: 'f64' };
const [kx, ky, kvx, kvy, kw, kl] = random.split(random.key(3), 6);
const N = 12;
const classes = 3;
const theta = nn.mlp.init(kw, { dIn: 3, hidden: [4], dOut: classes, activation: 'tanh', dtype: 'f64' });
const { vector: phiInit, unravel } = ravelTree(theta);
const n = phiInit.size; // 3·4 + 4 + 4·3 + 3 = 31
const ce = (x, labels) => {
    const y = oneHot(labels, classes, 'f64');
    return (phi) => {
        const logits = nn.mlp.apply(unravel(phi), x);
        const lse = logits.exp().sum(-1).log();
        return lse.sum().sub(logits.mul(y).sum()).div(N);
    };
};
const problem = {
    train: ce(random.normal(kx, [N, 3], f64), random.randint(ky, [N], 0, classes)),
    val: ce(random.normal(kvx, [N, 3], f64), random.randint(kvy, [N], 0, classes)),
};
/** Per-parameter strengths in [0.05, 0.15]: the inner problem is strongly convex near its minimiser. */
const lambda = random.uniform(kl, [n], { ...f64, minval: 0.05, maxval: 0.15 });
/** φ*(λ): Anderson-accelerated gradient descent to machine precision. */
function solveInner(lam) {
    const g = grad((p) => l2InnerLoss(problem.train)(p, lam));
    const r = learn.equilibrium.fixedPoint((x) => x.sub(g(x).mul(0.5)), phiInit, { method: 'anderson', tol: 1e-15, maxIter: 2000, eps: 0 });
    return r.x;
}
const phiStar = solveInner(lambda);
const exact = implicitL2Hypergradient(problem, phiStar, lambda, { method: 'direct' });
const relErr = (a, b) => a.sub(b).square().sum().sqrt().item() / b.square().sum().sqrt().item();
describe('L2 hypergradients', () => {
    it('the free solution is a minimiser to machine precision, and the direct solve equals finite differences of L_val(φ*(λ))', () => {
        const gIn = grad((p) => l2InnerLoss(problem.train)(p, lambda))(phiStar);
        expect(gIn.abs().max().item()).toBeLessThan(1e-13);
        expect(exact.residual).toBeLessThan(1e-12);
        const lam = toF64(lambda);
        const eps = 1e-6;
        for (const i of [0, 7, 15, 30]) {
            const at = (d) => {
                const l = Float64Array.from(lam);
                l[i] += d;
                return problem.val(solveInner(tensor(l, f64))).item();
            };
            const fd = (at(eps) - at(-eps)) / (2 * eps);
            expect(Math.abs(fd - toF64(exact.grad)[i]), `λ_${i}`).toBeLessThan(1e-7 + 1e-5 * Math.abs(fd));
        }
        // Not a vector of zeros: the check above would hold trivially.
        expect(exact.grad.abs().max().item()).toBeGreaterThan(1e-3);
    });
    it('CG reaches the direct solve in n iterations; a few iterations do not', () => {
        const cg = implicitL2Hypergradient(problem, phiStar, lambda, { method: 'cg', maxIter: n, tol: 1e-14 });
        expectClose(cg.grad, exact.grad, { rtol: 1e-8, atol: 1e-11, what: 'CG' });
        const short = implicitL2Hypergradient(problem, phiStar, lambda, { method: 'cg', maxIter: 2, tol: 0 });
        expect(relErr(short.grad, exact.grad)).toBeGreaterThan(1e-3);
    });
    it('the Neumann series converges to the direct solve as terms are added; T1–T2 is its first term', () => {
        const alpha = 1;
        const errors = [5, 50, 6000].map((K) => relErr(implicitL2Hypergradient(problem, phiStar, lambda, { method: 'neumann', maxIter: K, stepSize: alpha }).grad, exact.grad));
        expect(errors[1]).toBeLessThan(errors[0]);
        expect(errors[2]).toBeLessThan(1e-10);
        // T1–T2: μ = −α ∇L_val(φ*), so the estimate is −α φ* ⊙ ∇L_val(φ*); the same as Neumann with one term.
        const t1t2 = implicitL2Hypergradient(problem, phiStar, lambda, { method: 't1t2', stepSize: 0.3 });
        expectClose(t1t2.grad, phiStar.mul(grad(problem.val)(phiStar)).mul(-0.3), { rtol: 1e-12, atol: 1e-15, what: 'T1–T2' });
        expectClose(implicitL2Hypergradient(problem, phiStar, lambda, { method: 'neumann', maxIter: 1, stepSize: 0.3 }).grad, t1t2.grad, {
            rtol: 1e-12,
            atol: 1e-15,
        });
        expect(cosine(t1t2.grad, exact.grad)).toBeLessThan(0.999);
    });
    it('the contrastive estimate with converged phases: error O(β) one-sided, O(β²) symmetric', () => {
        const betas = [1e-2, 1e-3];
        const err = (variant) => betas.map((beta) => relErr(contrastiveL2Hypergradient(problem, phiStar, lambda, { beta, steps: 400, lr: 0.5, optimizer: 'anderson', variant }).grad, exact.grad));
        const one = err('onesided');
        const sym = err('symmetric');
        // Ten times smaller β: ten times smaller error one-sided, a hundred times symmetric.
        expect(one[0] / one[1]).toBeGreaterThan(7);
        expect(one[0] / one[1]).toBeLessThan(13);
        expect(sym[0] / sym[1]).toBeGreaterThan(70);
        expect(sym[1]).toBeLessThan(1e-4);
    });
    it('a gradient-descent nudged phase from the minimiser is the Neumann series with α = lr and T_β terms', () => {
        const steps = 7;
        const lr = 0.4;
        const c = contrastiveL2Hypergradient(problem, phiStar, lambda, { beta: 1e-4, steps, lr, optimizer: 'sgd', variant: 'symmetric' });
        const neumann = implicitL2Hypergradient(problem, phiStar, lambda, { method: 'neumann', maxIter: steps, stepSize: lr });
        expect(relErr(c.grad, neumann.grad)).toBeLessThan(1e-6);
        expect(relErr(neumann.grad, exact.grad)).toBeGreaterThan(1e-3);
    });
    it("a fresh Adam's nudged phase moves by about lr per step whatever β is", () => {
        const est = (beta) => contrastiveL2Hypergradient(problem, phiStar, lambda, { beta, steps: 1, lr: 1e-3, optimizer: 'adam', variant: 'onesided' });
        // The first Adam step is −lr·g/(|g| + ε) ≈ −lr·sign(g) with g ≈ β∇L_val: β·ĝ is the same for
        // every β up to ε/|g| (ε = 1e-8), while a gradient step's ĝ would not depend on β at all.
        expectClose(est(1e-2).grad.mul(1e-2), est(1).grad.mul(1), { rtol: 1e-2, atol: 1e-12 });
        expect(relErr(est(1e-2).grad, est(1).grad)).toBeGreaterThan(10);
    });
    it('refuses bad options and vectors of different lengths, naming them', () => {
        const o = { beta: 0.1, steps: 3, lr: 0.1, optimizer: 'sgd', variant: 'onesided' };
        expect(() => contrastiveL2Hypergradient(problem, phiStar, lambda, { ...o, beta: 0 })).toThrow('learn.meta: beta must be a finite number > 0, got 0');
        expect(() => contrastiveL2Hypergradient(problem, phiStar, lambda, { ...o, steps: 0 })).toThrow('learn.meta: steps must be an integer ≥ 1, got 0');
        expect(() => contrastiveL2Hypergradient(problem, phiStar, lambda, { ...o, optimizer: 'lbfgs' })).toThrow(`learn.meta: optimizer must be 'adam', 'sgd' or 'anderson', got "lbfgs"`);
        expect(() => implicitL2Hypergradient(problem, phiStar, stopGradient(lambda).sliceAxis(0, 0, 3), { method: 'cg' })).toThrow('learn.meta: φ and λ must be vectors of one length, got [31] and [3]');
    });
});
//# sourceMappingURL=learn-meta-hyperopt.test.js.map