import { describe, expect, it } from 'vitest';
import { grad, learn, linalg, matmul, tensor, tree } from '../src/index.js';
import { rand, toF64, treeRelErr } from './util/check.js';
const { implicitGrad, fixedPoint, fixedPointLayer, argminLayer, randomBilevelProblem } = learn.equilibrium;
/** max |a − b| / max |b| over all leaves. */
/** Central differences (f64, step h) of a scalar function of a tree of tensors. */
function finiteDiff(f, theta, h = 1e-5) {
    const ls = tree.leaves(theta);
    const def = tree.flatten(theta)[1];
    const out = ls.map((leaf, li) => {
        const d = toF64(leaf);
        const g = new Float64Array(d.length);
        for (let j = 0; j < d.length; j++) {
            const at = (delta) => {
                const e = Float64Array.from(d);
                e[j] += delta;
                const leaves = ls.map((l, k) => (k === li ? tensor(e, { dtype: 'f64', shape: l.shape }) : l));
                return f(tree.unflatten(def, leaves));
            };
            g[j] = (at(h) - at(-h)) / (2 * h);
        }
        return tensor(g, { dtype: 'f64', shape: leaf.shape });
    });
    return tree.unflatten(def, out);
}
describe('implicit differentiation of a minimiser (random strongly convex bilevel problem)', () => {
    const prob = randomBilevelProblem(11, { n: 6, m: 4 });
    const phiStar = prob.solveNudged(prob.theta, 0);
    const fd = finiteDiff((th) => prob.outerLoss(prob.solveNudged(th, 0), th).item(), prob.theta);
    const lamMax = Math.max(...toF64(linalg.eigh(prob.hessian(phiStar))[0]));
    const alpha = 1 / lamMax;
    const solvers = [
        ['direct', { method: 'direct' }],
        ['cg', { method: 'cg', tol: 1e-14, maxIter: 50 }],
        ['neumann', { method: 'neumann', stepSize: alpha, maxIter: 3000 }],
        ['fixedPoint (iterate)', { method: 'fixedPoint', stepSize: alpha, tol: 1e-14, maxIter: 3000 }],
        ['fixedPoint (anderson)', { method: 'fixedPoint', fixedPointMethod: 'anderson', stepSize: alpha, tol: 1e-14, maxIter: 3000 }],
    ];
    it('the finite differences agree with the explicit formula (the reference is right)', () => {
        expect(treeRelErr(fd, prob.exactHypergradient(prob.theta))).toBeLessThan(1e-8);
    });
    it.each(solvers)('%s at tight tolerance equals f64 finite differences of the solved outer loss', (_, adjoint) => {
        const r = implicitGrad({ kind: 'argmin', innerLoss: prob.innerLoss }, prob.outerLoss, phiStar, prob.theta, adjoint);
        expect(r.residual).toBeLessThan(1e-11);
        expect(r.converged).toBe(true);
        expect(treeRelErr(r.grad, fd)).toBeLessThan(1e-8);
        expect(treeRelErr(r.grad, prob.exactHypergradient(prob.theta))).toBeLessThan(1e-10);
    });
    it('a loose budget gives a worse estimate and says so in the residual', () => {
        const tight = implicitGrad({ kind: 'argmin', innerLoss: prob.innerLoss }, prob.outerLoss, phiStar, prob.theta, {
            method: 'neumann',
            stepSize: alpha,
            maxIter: 3,
        });
        expect(tight.residual).toBeGreaterThan(1e-3);
        expect(treeRelErr(tight.grad, fd)).toBeGreaterThan(1e-4);
        const cg = implicitGrad({ kind: 'argmin', innerLoss: prob.innerLoss }, prob.outerLoss, phiStar, prob.theta, { method: 'cg', tol: 1e-14, maxIter: 2 });
        expect(cg.converged).toBe(false);
        expect(cg.iterations).toBe(2);
    });
    it('T1–T2 (H ≈ I) is biased on this non-identity Hessian and exact when H = I', () => {
        const r = implicitGrad({ kind: 'argmin', innerLoss: prob.innerLoss }, prob.outerLoss, phiStar, prob.theta, { method: 't1t2' });
        expect(treeRelErr(r.grad, fd)).toBeGreaterThan(0.05);
        expect(r.residual).toBeGreaterThan(0.05);
        // L_in = ½‖φ‖² − φᵀBθ has H = I: then μ = −∂_φ L_out exactly.
        const B = rand([6, 4], 3);
        const inner = (phi, th) => phi
            .square()
            .sum()
            .mul(0.5)
            .sub(phi.mul(matmul(B, th)).sum());
        const phi1 = matmul(B, prob.theta);
        const fd1 = finiteDiff((th) => prob.outerLoss(matmul(B, th), th).item(), prob.theta);
        const r1 = implicitGrad({ kind: 'argmin', innerLoss: inner }, prob.outerLoss, phi1, prob.theta, { method: 't1t2' });
        expect(r1.residual).toBeLessThan(1e-14);
        expect(treeRelErr(r1.grad, fd1)).toBeLessThan(1e-8);
    });
    it('argminLayer: grad through the layer is the implicit gradient', () => {
        const layer = argminLayer(prob.innerLoss, (th) => prob.solveNudged(th, 0), { adjoint: { method: 'cg', tol: 1e-14 } });
        const g = grad((th) => prob.outerLoss(layer(th, phiStar), th))(prob.theta);
        expect(treeRelErr(g, fd)).toBeLessThan(1e-8);
    });
});
describe('implicit differentiation of a fixed point (equilibrium RNN φ = W tanh φ + b + U x)', () => {
    const n = 5;
    const w0 = rand([n, n], 21);
    const theta = { w: w0.mul(0.6 / Math.sqrt(toF64(w0).reduce((s, v) => s + v * v, 0))), b: rand([n], 22), u: rand([n, 3], 23) };
    const x = rand([3], 24);
    const C = rand([2, n], 25);
    const y = rand([2], 26);
    const F = (phi, th) => matmul(th.w, phi.tanh()).add(th.b).add(matmul(th.u, x));
    const outer = (phi, th) => matmul(C, phi).sub(y).square().sum().mul(0.5).add(th.b.square().sum().mul(0.01));
    const solveFP = (th) => fixedPoint((p) => F(p, th), tensor(new Float64Array(n), { dtype: 'f64' }), { method: 'anderson', tol: 1e-15, maxIter: 500 }).x;
    const phiStar = solveFP(theta);
    const fd = finiteDiff((th) => outer(solveFP(th), th).item(), theta);
    const solvers = [
        ['direct', { method: 'direct' }],
        ['cg (normal equations)', { method: 'cg', tol: 1e-14, maxIter: 100 }],
        ['neumann', { method: 'neumann', maxIter: 200 }],
        ['fixedPoint (recurrent backprop)', { method: 'fixedPoint', tol: 1e-15, maxIter: 500 }],
        ['fixedPoint (broyden)', { method: 'fixedPoint', fixedPointMethod: 'broyden', tol: 1e-15, maxIter: 500 }],
    ];
    it.each(solvers)('%s at tight tolerance equals f64 finite differences of the solved outer loss', (_, adjoint) => {
        const r = implicitGrad({ kind: 'fixedPoint', F }, outer, phiStar, theta, adjoint);
        expect(r.residual).toBeLessThan(1e-11);
        expect(treeRelErr(r.grad, fd)).toBeLessThan(1e-8);
    });
    it('T1–T2 (∂_φF ignored) is biased', () => {
        const r = implicitGrad({ kind: 'fixedPoint', F }, outer, phiStar, theta, { method: 't1t2' });
        expect(treeRelErr(r.grad, fd)).toBeGreaterThan(0.05);
    });
    it('fixedPointLayer: grad through the layer equals finite differences and reports the adjoint solve', () => {
        const reports = [];
        const layer = fixedPointLayer(F, {
            forward: { method: 'anderson', tol: 1e-15, maxIter: 500 },
            adjoint: { method: 'fixedPoint', tol: 1e-15, maxIter: 500 },
            onAdjoint: (r) => reports.push(r),
        });
        const g = grad((th) => outer(layer(th, tensor(new Float64Array(n), { dtype: 'f64' })), th))(theta);
        expect(treeRelErr(g, fd)).toBeLessThan(1e-8);
        expect(reports).toHaveLength(1);
        expect(reports[0].residual).toBeLessThan(1e-12);
    });
    it('bad adjoint options are errors that name what is allowed', () => {
        // @ts-expect-error: unknown method
        expect(() => implicitGrad({ kind: 'fixedPoint', F }, outer, phiStar, theta, { method: 'lu' })).toThrow(/method must be one of 'direct', 'cg', 'neumann', 'fixedPoint', 't1t2'/);
        expect(() => implicitGrad({ kind: 'fixedPoint', F }, outer, phiStar, theta, { method: 'cg', maxIter: 0 })).toThrow(/maxIter must be an integer ≥ 1/);
    });
});
//# sourceMappingURL=learn-equilibrium-implicit.test.js.map