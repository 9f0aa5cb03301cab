/**
 * Implicit differentiation through an equilibrium (PAPERS.md P7; jaxopt's custom_fixed_point /
 * custom_root). For an outer loss L_out(φ*_θ, θ):
 *
 *   fixed point φ* = F(φ*, θ):   dL/dθ = ∂_θ L_out + (∂_θ F)ᵀ λ,           (I − ∂_φFᵀ) λ = ∂_φ L_out
 *   minimiser ∂_φ L_in(φ*, θ) = 0: dL/dθ = ∂_θ L_out + (∂²_{φθ} L_in)ᵀ μ,   H μ = −∂_φ L_out
 *
 * with H = ∂²_φ L_in and the adjoint (λ or μ) from one of adjoint.ts's solvers. `implicitGrad`
 * returns the estimate together with the solver's residual; `fixedPointLayer` and `argminLayer`
 * wrap a solver as a differentiable function θ ↦ φ*(θ) (the adjoint is solved in its VJP), so
 * `grad` of any loss of φ* gives the implicit gradient.
 *
 * Shapes: φ is one tensor (any shape, a batch included); θ is any tree of tensors.
 */
import { customVjp, grad, jvp, stopGradient, vdot, vjp } from '../../core/autodiff.js';
import { zerosLike } from '../../core/creation.js';
import { fmt } from '../../core/shape.js';
import * as tree from '../../core/tree.js';
import { solveAdjoint } from './adjoint.js';
import { fixedPoint } from './fixed-point.js';
/** The adjoint system at (φ*, θ) for a cotangent g = ∂_φ L_out (module comment). */
export function adjointSystem(problem, phi, theta, g) {
    const th = stopGradient(theta);
    const p = stopGradient(phi);
    switch (problem.kind) {
        case 'fixedPoint': {
            const f = (x) => problem.F(x, th);
            const [fx, pullback] = vjp(f, p);
            if (fx.shape.length !== p.shape.length || fx.shape.some((s, i) => s !== p.shape[i]))
                throw new Error(`implicit: F must return the shape of φ (${fmt(p.shape)}), got ${fmt(fx.shape)}`);
            return {
                apply: (v) => v.sub(pullback(v)[0]), // (I − Jᵀ) v
                applyT: (v) => v.sub(jvp(f, [p], [v])[1]), // (I − J) v
                symmetric: false,
                rhs: g,
            };
        }
        case 'argmin': {
            const gradPhi = grad((x) => problem.innerLoss(x, th));
            const [, pullback] = vjp(gradPhi, p);
            const apply = (v) => pullback(v)[0]; // H v
            return { apply, applyT: apply, symmetric: true, rhs: g.neg() };
        }
        default:
            throw new Error(`implicit: unknown problem kind ${String(problem.kind)}`);
    }
}
/** (∂_θ F)ᵀ λ, or (∂²_{φθ} L_in)ᵀ μ: the adjoint mapped back to θ. */
export function adjointToTheta(problem, phi, theta, adjoint) {
    const p = stopGradient(phi);
    switch (problem.kind) {
        case 'fixedPoint': {
            const [, pullback] = vjp((th) => problem.F(p, th), theta);
            return pullback(adjoint)[0];
        }
        case 'argmin': {
            const gradPhi = grad((x, th) => problem.innerLoss(x, th));
            return grad((th) => vdot(gradPhi(p, th), adjoint))(theta);
        }
        default:
            throw new Error(`implicit: unknown problem kind ${String(problem.kind)}`);
    }
}
/**
 * dL_out(φ*, θ)/dθ at a solved equilibrium φ* (which the caller computed, e.g. with
 * `fixedPoint`), by implicit differentiation with the adjoint solved as `adjoint` says.
 *
 * @param outerLoss L_out(φ, θ) → scalar
 * @param phi φ*: [any shape]
 * @param theta θ: a tree of tensors
 */
export function implicitGrad(problem, outerLoss, phi, theta, adjoint) {
    const p = stopGradient(phi);
    const th = stopGradient(theta);
    const [loss, pullback] = vjp((x, t) => outerLoss(x, t), p, th);
    const [gPhi, gTheta] = pullback(zerosLike(loss).add(1));
    const sol = solveAdjoint(adjointSystem(problem, p, th, gPhi), adjoint);
    const back = adjointToTheta(problem, p, th, sol.adjoint);
    const total = tree.map((a, b) => a.add(b), gTheta, back);
    return { ...sol, grad: total, loss: loss.item() };
}
/**
 * The layer (θ, φ0) ↦ solveForward(θ, φ0) whose VJP solves the adjoint system of `problem` at
 * the solution (implicit differentiation); no gradient flows into φ0.
 */
function implicitLayer(problem, solveForward, options) {
    return customVjp(solveForward, (theta, phi0) => {
        const phi = solveForward(theta, phi0);
        return [phi, [theta, phi, phi0]];
    }, ([theta, phi, phi0], ct) => {
        const sol = solveAdjoint(adjointSystem(problem, phi, theta, ct), options.adjoint);
        options.onAdjoint?.(sol);
        return [adjointToTheta(problem, phi, theta, sol.adjoint), zerosLike(phi0)];
    });
}
/**
 * A differentiable fixed-point layer: (θ, φ0) ↦ φ* with φ* = F(φ*, θ) found by `fixedPoint`
 * from φ0 and the VJP by implicit differentiation (no gradient flows into φ0).
 *
 * @example const layer = fixedPointLayer(F, { adjoint: { method: 'fixedPoint', tol: 1e-8 } }); grad((th) => loss(layer(th, phi0)))(theta)
 */
export function fixedPointLayer(F, options) {
    const problem = { kind: 'fixedPoint', F };
    const forward = options.forward ?? { method: 'anderson', tol: 1e-10, maxIter: 500 };
    const solveForward = (theta, phi0) => {
        const th = stopGradient(theta);
        const r = fixedPoint((x) => F(x, th), stopGradient(phi0), forward);
        options.onForward?.(r);
        return r.x;
    };
    return implicitLayer(problem, solveForward, options);
}
/**
 * A differentiable inner minimiser: (θ, φ0) ↦ φ* = argmin_φ L_in(φ, θ), computed by the given
 * `solver` (any method; its own iterations are not differentiated) and differentiated
 * implicitly through ∂_φ L_in(φ*, θ) = 0.
 */
export function argminLayer(innerLoss, solver, options) {
    const problem = { kind: 'argmin', innerLoss };
    const solveForward = (theta, phi0) => stopGradient(solver(stopGradient(theta), stopGradient(phi0)));
    return implicitLayer(problem, solveForward, options);
}
//# sourceMappingURL=implicit.js.map