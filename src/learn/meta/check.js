/**
 * `looplab check contrastive`: the contrastive meta-gradient (P9) against the exact implicit
 * meta-gradient on a small random regression task in float64.
 *
 * Task: a tanh network f(x) = w₂ᵀ tanh(w₁ x + b₁) + b₂ (1 input, `hidden` units) and 8 support +
 * 8 query points (x ~ U[−2, 2], y = a sin(x + p)); inner loss L_support(φ) + (λ/2)‖φ − ω‖² with
 * λ = 2 (strongly convex around ω for this task); ω random. Exact: φ* by Anderson-accelerated
 * gradient descent to machine precision, then dL_query(φ*)/dω = λ H⁻¹ ∇L_query(φ*) by a direct
 * solve of the Hessian (assembled from Hessian–vector products). Errors are ‖ĝ − g‖ / ‖g‖.
 */
import { grad, stopGradient } from '../../core/autodiff.js';
import * as random from '../../core/random.js';
import { CHECK_BETAS, logLogSlope, relativeError } from '../equilibrium/check.js';
import { implicitGrad } from '../equilibrium/implicit.js';
import { fixedPoint } from '../equilibrium/fixed-point.js';
import { ravelTree } from './ravel.js';
import { metaGradient } from './rules.js';
/** Mean squared error of the tanh network on a batch. */
export const tanhNetLoss = (p, b) => b.x.matmul(p.w1).add(p.b1).tanh().matmul(p.w2).add(p.b2).sub(b.y).square().mean();
/** The check's random task and initialisation ω (float64). */
export function checkContrastiveTask(seed, hidden) {
    const f64 = { dtype: 'f64' };
    const [ka, kp, kx, kq, k1, k2, k3, k4] = random.split(random.key(seed), 8);
    const a = random.uniform(ka, [], { ...f64, minval: 0.5, maxval: 2 });
    const ph = random.uniform(kp, [], { ...f64, minval: 0, maxval: Math.PI });
    const batch = (k) => {
        const x = random.uniform(k, [8, 1], { ...f64, minval: -2, maxval: 2 });
        return { x, y: x.add(ph).sin().mul(a) };
    };
    const omega = {
        w1: random.normal(k1, [1, hidden], f64),
        b1: random.normal(k2, [hidden], f64).mul(0.5),
        w2: random.normal(k3, [hidden, 1], f64).mul(1 / Math.sqrt(hidden)),
        b2: random.normal(k4, [1], f64).mul(0.1),
    };
    return { task: { support: batch(kx), query: batch(kq) }, omega, lambda: 2 };
}
/** The exact implicit meta-gradient dL_query(φ*(ω))/dω of the proximal inner problem (direct solve). */
export function exactProximalMetaGradient(loss, omega, task, lambda, innerLr) {
    const { vector: w, unravel } = ravelTree(stopGradient(omega));
    const innerLoss = (phi, om) => loss(unravel(phi), task.support).add(phi
        .sub(om)
        .square()
        .sum()
        .mul(lambda / 2));
    const g = grad((phi) => innerLoss(phi, w));
    const star = fixedPoint((phi) => phi.sub(g(phi).mul(innerLr)), w, { method: 'anderson', tol: 1e-15, maxIter: 20000 });
    const r = implicitGrad({ kind: 'argmin', innerLoss }, (phi) => loss(unravel(phi), task.query), star.x, w, { method: 'direct' });
    return unravel(r.grad);
}
/** Run the check (float64, CPU). */
export function checkContrastive(options = {}) {
    const seed = options.seed ?? 0;
    const hidden = options.hidden ?? 6;
    const { task, omega, lambda } = checkContrastiveTask(seed, hidden);
    const innerLr = 0.2;
    const exact = ravelTree(exactProximalMetaGradient(tanhNetLoss, omega, task, lambda, innerLr)).vector;
    const meta = { theta: omega };
    const estimate = (variant, beta, innerTol) => {
        const r = metaGradient(tanhNetLoss, meta, task, {
            rule: 'contrastive',
            variant,
            beta,
            lambda,
            innerLr,
            innerSolver: 'anderson',
            innerSteps: 20000,
            innerTol,
        });
        return relativeError(ravelTree(r.grad.theta).vector, exact);
    };
    const betas = [...(options.betas ?? CHECK_BETAS)];
    const errorOneSided = betas.map((b) => estimate('onesided', b, 1e-15));
    const errorSymmetric = betas.map((b) => estimate('symmetric', b, 1e-15));
    const betaForInnerTol = options.betaForInnerTol ?? 0.01;
    const innerTols = [...(options.innerTols ?? [1e-2, 1e-4, 1e-6, 1e-8, 1e-10, 1e-12])];
    const errorVsInnerTol = innerTols.map((d) => estimate('symmetric', betaForInnerTol, d));
    return {
        betas,
        errorOneSided,
        errorSymmetric,
        slopeOneSided: logLogSlope(betas, errorOneSided),
        slopeSymmetric: logLogSlope(betas, errorSymmetric),
        innerTols,
        betaForInnerTol,
        errorVsInnerTol,
    };
}
//# sourceMappingURL=check.js.map