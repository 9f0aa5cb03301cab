/**
 * Hypergradients of per-parameter L2 strengths (PAPERS.md P9's supervised meta-optimisation):
 *
 *   L_in(φ, λ) = L_train(φ) + ½ Σ_i λ_i φ_i²        L_out(φ) = L_val(φ)        φ̂ ≈ argmin_φ L_in
 *
 * φ, λ: [n] (a parameter tree raveled with `ravelTree`). Since ∂_λ L_in = ½ φ² and
 * ∂²_{φλ} L_in = diag φ, every estimate is a vector of [n]:
 *
 *   implicit     dL_out/dλ = φ̂ ⊙ μ,  H μ = −∇L_val(φ̂),  H = ∇²L_train(φ̂) + diag λ, with μ from
 *                `learn.equilibrium`'s adjoint solvers: 'cg' (conjugate gradients), 'neumann'
 *                (μ ≈ −α Σ_{k<K} (I − αH)^k ∇L_val), 't1t2' (H ≈ I/α), 'direct' (H assembled)
 *   contrastive  from φ̂₀ = φ̂, a nudged phase of T_β optimiser steps on L_in + β L_val → φ̂_β;
 *                one-sided ĝ = ½(φ̂_β² − φ̂₀²)/β, symmetric ĝ = ½(φ̂_β² − φ̂_{−β}²)/(2β)
 *
 * The nudged phase starts from the free solution with a fresh optimiser state (an Adam state
 * carried over from the free phase would keep its moment estimates of the free gradient; the P9
 * authors' code also creates a new optimiser for every nudged phase). With Adam every coordinate
 * moves by about the learning rate per step whatever β is, so the one-sided estimate also holds
 * the free phase's unfinished descent divided by β; the symmetric estimate cancels that drift to
 * first order (both phases make it), and plain gradient descent ('sgd') moves in proportion to
 * the gradient — from an exact minimiser its linearised nudged phase is the Neumann series with
 * α = lr and T_β terms.
 */
import { grad, stopGradient } from '../../core/autodiff.js';
import { adam as adamOptimizer, sgd as sgdOptimizer } from '../../optim/optimizers.js';
import { applyUpdates } from '../../optim/transform.js';
import { fixedPoint } from '../equilibrium/fixed-point.js';
import { implicitGrad } from '../equilibrium/implicit.js';
import { CONTRASTIVE_VARIANTS } from './rules.js';
export const NUDGED_OPTIMIZERS = ['adam', 'sgd', 'anderson'];
/** L_in(φ, λ) = L_train(φ) + ½ Σ λ ⊙ φ². */
export function l2InnerLoss(train) {
    return (phi, lambda) => train(phi).add(phi.square().mul(lambda).sum().mul(0.5));
}
function checkVectors(phi, lambda) {
    if (phi.rank !== 1 || lambda.rank !== 1 || phi.shape[0] !== lambda.shape[0])
        throw new Error(`learn.meta: φ and λ must be vectors of one length, got [${phi.shape.join(', ')}] and [${lambda.shape.join(', ')}]`);
}
/** The implicit hypergradient φ̂ ⊙ μ with μ solved as `adjoint` says (module comment). */
export function implicitL2Hypergradient(problem, phi, lambda, adjoint) {
    checkVectors(phi, lambda);
    const r = implicitGrad({ kind: 'argmin', innerLoss: l2InnerLoss(problem.train) }, (p) => problem.val(p), phi, lambda, adjoint);
    return { grad: r.grad, residual: r.residual, evaluations: r.iterations };
}
/** The nudged phase from φ̂₀: `steps` steps of a fresh optimiser on L_in + β L_val. */
function nudge(problem, phi0, lambda, beta, o) {
    const trainAt = problem.trainAt ?? ((p) => problem.train(p));
    const valAt = problem.valAt ?? ((p) => problem.val(p));
    const lam = stopGradient(lambda);
    const gradAt = (p, k) => grad((x) => trainAt(x, k).add(x.square().mul(lam).sum().mul(0.5)).add(valAt(x, k).mul(beta)))(p);
    if (o.optimizer === 'anderson') {
        let k = 0;
        // tol 0: every one of the `steps` evaluations is spent (the estimate's error is O(δ/β)).
        return stopGradient(fixedPoint((x) => x.sub(gradAt(x, k++).mul(o.lr)), stopGradient(phi0), { method: 'anderson', tol: 0, maxIter: o.steps }).x);
    }
    const opt = o.optimizer === 'adam' ? adamOptimizer(o.lr) : sgdOptimizer(o.lr);
    let phi = stopGradient(phi0);
    let state = opt.init(phi);
    for (let k = 0; k < o.steps; k++) {
        const [u, s] = opt.update(gradAt(phi, k), state, phi);
        state = s;
        phi = stopGradient(applyUpdates(phi, u));
    }
    return phi;
}
/** Validate the contrastive options (every error names the option). */
export function checkContrastiveL2Options(o) {
    const fail = (key, allowed, got) => {
        throw new Error(`learn.meta: ${key} must be ${allowed}, got ${JSON.stringify(got)}`);
    };
    if (!(o.beta > 0 && Number.isFinite(o.beta)))
        fail('beta', 'a finite number > 0', o.beta);
    if (!Number.isInteger(o.steps) || o.steps < 1)
        fail('steps', 'an integer ≥ 1', o.steps);
    if (!(o.lr > 0 && Number.isFinite(o.lr)))
        fail('lr', 'a finite number > 0', o.lr);
    if (!NUDGED_OPTIMIZERS.includes(o.optimizer))
        fail('optimizer', `'adam', 'sgd' or 'anderson'`, o.optimizer);
    if (!CONTRASTIVE_VARIANTS.includes(o.variant))
        fail('variant', `'onesided' or 'symmetric'`, o.variant);
}
/** The contrastive hypergradient from the free solution φ̂₀ (module comment). */
export function contrastiveL2Hypergradient(problem, phi0, lambda, o) {
    checkVectors(phi0, lambda);
    checkContrastiveL2Options(o);
    const plus = nudge(problem, phi0, lambda, o.beta, o);
    // ½(φ_a² − φ_b²)/(β_a − β_b): the difference quotient of g(β) = ∂_λ L_in(φ̂_β) = ½ φ̂_β².
    if (o.variant === 'onesided')
        return {
            grad: plus
                .square()
                .sub(stopGradient(phi0).square())
                .mul(0.5 / o.beta),
            residual: NaN,
            evaluations: o.steps,
        };
    const minus = nudge(problem, phi0, lambda, -o.beta, o);
    return {
        grad: plus
            .square()
            .sub(minus.square())
            .mul(0.25 / o.beta),
        residual: NaN,
        evaluations: 2 * o.steps,
    };
}
/** cos(a, b) = ⟨a, b⟩ / (‖a‖ ‖b‖) of two vectors (NaN if either is zero). */
export function cosine(a, b) {
    const ab = a.mul(b).sum().item();
    const aa = a.square().sum().item();
    const bb = b.square().sum().item();
    return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : NaN;
}
//# sourceMappingURL=hyperopt.js.map