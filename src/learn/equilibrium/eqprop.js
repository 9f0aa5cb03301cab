/**
 * Equilibrium propagation (PAPERS.md P7; Scellier & Bengio 2017, Laborieux et al. 2021,
 * Zucchet & Sacramento 2022). With the total energy 𝓛(φ, θ, β) = L_in(φ, θ) + β L_out(φ, θ),
 * its minimiser φ*_β and g(β) = ∂_θ 𝓛(φ*_β, θ, β):
 *
 *   dL_out/dθ = d/dβ|₀ g(β)
 *   'onesided':    (g(β) − g(0)) / β                      bias O(β)
 *   'symmetric':   (g(β) − g(−β)) / (2β)                  bias O(β²)
 *   'secondOrder': (−1.5 g(0) + 2 g(β) − 0.5 g(2β)) / β   bias O(β²)
 *
 * An inexact inner solve with error δ adds O(δ/β). The inner solve is gradient descent
 * φ ← φ − η ∇_φ 𝓛 run as a fixed point by `fixedPoint` (Anderson by default) from φ0 for the
 * free phase and from φ*_0 for the nudged phases; its tolerance `tol` is fixedPoint's relative
 * step η‖∇_φ𝓛‖ / (ε + ‖φ‖) (δ). A custom `solve(beta, phiStart)` replaces it (e.g. a network's
 * own settling dynamics).
 *
 * Shapes: φ is one tensor (any shape); θ any tree of tensors.
 */
import { grad, stopGradient } from '../../core/autodiff.js';
import * as tree from '../../core/tree.js';
import { fixedPoint } from './fixed-point.js';
export const EQPROP_VARIANTS = ['onesided', 'symmetric', 'secondOrder'];
/** The nudges each variant needs, besides β = 0 for onesided and secondOrder. */
function nudges(variant, beta) {
    switch (variant) {
        case 'onesided':
            return [0, beta];
        case 'symmetric':
            return [beta, -beta];
        case 'secondOrder':
            return [0, beta, 2 * beta];
        default:
            throw new Error(`eqprop: unknown variant ${String(variant)}`);
    }
}
/** Combine g(β_i) into the estimate (coefficients over the nudges of `nudges`). */
function coefficients(variant, beta) {
    switch (variant) {
        case 'onesided':
            return [-1 / beta, 1 / beta];
        case 'symmetric':
            return [1 / (2 * beta), -1 / (2 * beta)];
        case 'secondOrder':
            return [-1.5 / beta, 2 / beta, -0.5 / beta];
        default:
            throw new Error(`eqprop: unknown variant ${String(variant)}`);
    }
}
/**
 * The EP estimate of dL_out/dθ at θ.
 *
 * @example const { grad } = eqprop({ energy, cost, theta, phi0, beta: 0.01, variant: 'symmetric', inner: { tol: 1e-12 } })
 */
export function eqprop(o) {
    if (!EQPROP_VARIANTS.includes(o.variant))
        throw new Error(`eqprop: variant must be one of ${EQPROP_VARIANTS.map((v) => `'${v}'`).join(', ')}, got ${JSON.stringify(o.variant)}`);
    if (!(o.beta > 0) || !Number.isFinite(o.beta))
        throw new Error(`eqprop: beta must be a finite number > 0, got ${o.beta}`);
    const theta = stopGradient(o.theta);
    const total = (phi, th, beta) => (beta === 0 ? o.energy(phi, th) : o.energy(phi, th).add(o.cost(phi, th).mul(beta)));
    const solvePhase = makeInner(o, theta, total);
    const phases = [];
    const free = solvePhase(0, stopGradient(o.phi0));
    const betas = nudges(o.variant, o.beta);
    if (betas.includes(0))
        phases.push(free);
    for (const b of betas)
        if (b !== 0)
            phases.push(solvePhase(b, free.phi));
    const byBeta = (b) => {
        const p = phases.find((q) => q.beta === b);
        if (p === undefined)
            throw new Error(`internal: eqprop phase β = ${b} missing`);
        return p;
    };
    // g(β) = ∂_θ 𝓛(φ*_β, θ, β).
    const gOf = (p) => grad((th) => total(p.phi, th, p.beta))(theta);
    const coef = coefficients(o.variant, o.beta);
    const gs = betas.map((b) => gOf(byBeta(b)));
    let est = tree.map((l) => l.mul(coef[0]), gs[0]);
    for (let i = 1; i < gs.length; i++)
        est = tree.map((a, l) => a.add(l.mul(coef[i])), est, gs[i]);
    const innerIterations = phases.reduce((s, p) => s + p.iterations, 0) + (betas.includes(0) ? 0 : free.iterations);
    return { grad: est, phases: betas.includes(0) ? phases : [free, ...phases], innerIterations };
}
function makeInner(o, theta, total) {
    const inner = o.inner ?? {};
    if ('solve' in inner) {
        return (beta, start) => {
            const r = inner.solve(beta, start);
            return { beta, phi: stopGradient(r.phi), iterations: r.iterations, residual: r.residual, converged: r.converged };
        };
    }
    const eta = inner.stepSize ?? 0.1;
    if (!(eta > 0))
        throw new Error(`eqprop: inner.stepSize must be > 0, got ${eta}`);
    return (beta, start) => {
        const gPhi = grad((phi) => total(phi, theta, beta));
        const r = fixedPoint((phi) => phi.sub(gPhi(phi).mul(eta)), start, {
            method: inner.method ?? 'anderson',
            tol: inner.tol ?? 1e-10,
            maxIter: inner.maxIter ?? 1000,
        });
        return { beta, phi: r.x, iterations: r.iterations, residual: r.residual, converged: r.converged };
    };
}
//# sourceMappingURL=eqprop.js.map