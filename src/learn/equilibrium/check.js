/**
 * `looplab check equilibrium`: every implicit-gradient solver and every EP estimator on a random
 * strongly convex bilevel problem (bilevel-problem.ts, float64), against the exact
 * hypergradient from a direct solve with explicit formulas.
 */
import { eigh } from '../../core/ops/linalg.js';
import { randomBilevelProblem } from './bilevel-problem.js';
import { eqprop } from './eqprop.js';
import { implicitGrad } from './implicit.js';
/** β = 2^-3 … 2^-8: small enough for the asymptotic regime, large enough that the inner solve (δ ≈ 1e-13) is exact. */
export const CHECK_BETAS = [0.125, 0.0625, 0.03125, 0.015625, 0.0078125, 0.00390625];
/** ‖a − b‖₂ / ‖b‖₂. */
export function relativeError(a, b) {
    const d = a.sub(b).square().sum().sqrt().item();
    return d / b.square().sum().sqrt().item();
}
/** Least-squares slope of log y against log x. */
export function logLogSlope(xs, ys) {
    if (xs.length !== ys.length || xs.length < 2)
        throw new Error(`logLogSlope: need two equal-length series of ≥ 2 points, got ${xs.length} and ${ys.length}`);
    const lx = xs.map(Math.log);
    const ly = ys.map(Math.log);
    const mx = lx.reduce((s, v) => s + v, 0) / lx.length;
    const my = ly.reduce((s, v) => s + v, 0) / ly.length;
    let num = 0;
    let den = 0;
    lx.forEach((v, i) => {
        num += (v - mx) * (ly[i] - my);
        den += (v - mx) ** 2;
    });
    return num / den;
}
/** Run the check (float64, CPU). */
export function checkEquilibrium(options = {}) {
    const seed = options.seed ?? 0;
    const n = options.dim ?? 8;
    const prob = randomBilevelProblem(seed, { n });
    const exact = prob.exactHypergradient(prob.theta);
    const phiStar = prob.solveNudged(prob.theta, 0);
    const lamMax = Math.max(...eigh(prob.hessian(phiStar))[0].dataSync());
    const alpha = 1 / lamMax;
    const solvers = {
        direct: { method: 'direct' },
        cg: { method: 'cg', tol: 1e-13, maxIter: 4 * n },
        neumann: { method: 'neumann', stepSize: alpha, maxIter: 5000 },
        fixedPoint: { method: 'fixedPoint', stepSize: alpha, tol: 1e-13, maxIter: 5000 },
    };
    const implicitRelError = { direct: 0, cg: 0, neumann: 0, fixedPoint: 0 };
    for (const k of Object.keys(solvers)) {
        const r = implicitGrad({ kind: 'argmin', innerLoss: prob.innerLoss }, prob.outerLoss, phiStar, prob.theta, solvers[k]);
        implicitRelError[k] = relativeError(r.grad, exact);
    }
    const betas = [...CHECK_BETAS];
    const variants = ['onesided', 'symmetric', 'secondOrder'];
    const eqpropError = { onesided: [], symmetric: [], secondOrder: [] };
    for (const variant of variants) {
        for (const beta of betas) {
            const r = eqprop({
                energy: prob.innerLoss,
                cost: prob.outerLoss,
                theta: prob.theta,
                phi0: phiStar.mul(0),
                beta,
                variant,
                inner: { method: 'anderson', stepSize: alpha, tol: 1e-14, maxIter: 2000 },
            });
            eqpropError[variant].push(relativeError(r.grad, exact));
        }
    }
    const slopes = {
        onesided: logLogSlope(betas, eqpropError.onesided),
        symmetric: logLogSlope(betas, eqpropError.symmetric),
        secondOrder: logLogSlope(betas, eqpropError.secondOrder),
    };
    return { implicitRelError, betas, eqpropError, slopes };
}
//# sourceMappingURL=check.js.map