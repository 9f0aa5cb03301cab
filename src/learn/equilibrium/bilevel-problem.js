/**
 * A random strongly convex bilevel problem with a known hypergradient (PAPERS.md P7), used by
 * `looplab check equilibrium`, the tests and the `bilevel-estimators` experiment:
 *
 *   L_in(φ, θ)  = ½ φᵀAφ − φᵀBθ + γ Σ_i log cosh φ_i          A = QᵀQ/n + I (λ_min ≥ 1)
 *   L_out(φ, θ) = ½ ‖Cφ − t‖² + ½ ρ ‖θ‖²
 *
 * φ: [n], θ: [m], Q, B, C: [n, n] / [n, m] / [n, n] standard normal scaled by 1/√n, t ~ N(0, 1).
 * H = A + γ diag(1 − tanh² φ) ≥ I, so the inner problem is 1-strongly convex. The exact
 * quantities are computed with explicit formulas (no autodiff) in float64:
 *
 *   nudged solution φ_β = argmin L_in + β L_out by Newton's method;
 *   dL_out/dθ = ρθ + Bᵀ H⁻¹ Cᵀ(Cφ* − t).
 */
import { matmul } from '../../core/ops/matmul.js';
import { solve } from '../../core/ops/linalg.js';
import { softplus } from '../../core/ops/elementwise.js';
import { eye, zeros } from '../../core/creation.js';
import * as random from '../../core/random.js';
/** log cosh x = softplus(2x) − x − log 2 (stable for large |x|). */
function logCosh(x) {
    return softplus(x.mul(2)).sub(x).sub(Math.LN2);
}
/** A random problem in float64 from `seed`. */
export function randomBilevelProblem(seed, options = {}) {
    const n = options.n ?? 8;
    const m = options.m ?? n;
    const gamma = options.gamma ?? 1;
    const rho = options.rho ?? 0.1;
    for (const [k, v] of [
        ['n', n],
        ['m', m],
    ]) {
        if (!Number.isInteger(v) || v < 1 || v > 512)
            throw new Error(`randomBilevelProblem: ${k} must be an integer in [1, 512], got ${v}`);
    }
    if (!(gamma >= 0) || !(rho >= 0))
        throw new Error(`randomBilevelProblem: gamma and rho must be ≥ 0, got ${gamma}, ${rho}`);
    const f64 = { dtype: 'f64' };
    const [kq, kb, kc, kt, kth] = random.split(random.key(seed), 5);
    const s = 1 / Math.sqrt(n);
    const Q = random.normal(kq, [n, n], f64).mul(s);
    const A = matmul(Q.mT, Q).add(eye(n, f64)); // [n, n]
    const B = random.normal(kb, [n, m], f64).mul(s);
    const C = random.normal(kc, [n, n], f64).mul(s);
    const t = random.normal(kt, [n], f64);
    const theta = random.normal(kth, [m], f64);
    const innerLoss = (phi, th) => matmul(A, phi)
        .mul(phi)
        .sum()
        .mul(0.5)
        .sub(phi.mul(matmul(B, th)).sum())
        .add(logCosh(phi).sum().mul(gamma));
    const outerLoss = (phi, th) => matmul(C, phi)
        .sub(t)
        .square()
        .sum()
        .mul(0.5)
        .add(th
        .square()
        .sum()
        .mul(0.5 * rho));
    const CtC = matmul(C.mT, C);
    const hessian = (phi) => {
        const sech2 = phi.tanh().square().neg().add(1);
        return A.add(eye(n, f64).mul(sech2.mul(gamma).reshape([n, 1])));
    };
    const solveNudged = (th, beta) => {
        // ∇ = Aφ − Bθ + γ tanh φ + β Cᵀ(Cφ − t);  ∇² = H(φ) + β CᵀC (positive definite for β ≥ −1/‖C‖²).
        let phi = zeros([n], f64);
        const Bth = matmul(B, th);
        const Ctt = matmul(C.mT, t);
        for (let k = 0; k < 100; k++) {
            const g = matmul(A, phi).sub(Bth).add(phi.tanh().mul(gamma)).add(matmul(CtC, phi).sub(Ctt).mul(beta));
            const step = solve(hessian(phi).add(CtC.mul(beta)), g);
            phi = phi.sub(step);
            const size = step.abs().max().item();
            if (!Number.isFinite(size))
                throw new Error(`randomBilevelProblem: Newton diverged at β = ${beta} (the nudged problem is not convex)`);
            if (size <= 1e-15 * (1 + phi.abs().max().item()))
                break;
        }
        return phi;
    };
    const exactHypergradient = (th) => {
        const phi = solveNudged(th, 0);
        const gOut = matmul(C.mT, matmul(C, phi).sub(t)); // ∂_φ L_out
        return th.mul(rho).add(matmul(B.mT, solve(hessian(phi), gOut)));
    };
    return { n, m, theta, innerLoss, outerLoss, solveNudged, exactHypergradient, hessian };
}
//# sourceMappingURL=bilevel-problem.js.map