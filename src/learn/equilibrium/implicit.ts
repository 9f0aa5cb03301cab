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
import type { Tensor } from '../../core/tensor.js';
import * as tree from '../../core/tree.js';
import type { AdjointOptions, AdjointSolution, AdjointSystem } from './adjoint.js';
import { solveAdjoint } from './adjoint.js';
import type { FixedPointOptions, FixedPointResult } from './fixed-point.js';
import { fixedPoint } from './fixed-point.js';

/** φ* = F(φ*, θ): F maps (φ, θ) to a tensor shaped like φ. */
export interface FixedPointProblem<T> {
  kind: 'fixedPoint';
  F: (phi: Tensor, theta: T) => Tensor;
}

/** φ* = argmin_φ L_in(φ, θ) (∂_φ L_in = 0 with H = ∂²_φ L_in positive definite). */
export interface ArgminProblem<T> {
  kind: 'argmin';
  innerLoss: (phi: Tensor, theta: T) => Tensor;
}

export type EquilibriumProblem<T> = FixedPointProblem<T> | ArgminProblem<T>;

export interface ImplicitGradResult<T> extends AdjointSolution {
  /** dL_out/dθ, shaped like θ. */
  grad: T;
  /** L_out(φ*, θ). */
  loss: number;
}

/** The adjoint system at (φ*, θ) for a cotangent g = ∂_φ L_out (module comment). */
export function adjointSystem<T>(problem: EquilibriumProblem<T>, phi: Tensor, theta: T, g: Tensor): AdjointSystem {
  const th = stopGradient(theta);
  const p = stopGradient(phi);
  switch (problem.kind) {
    case 'fixedPoint': {
      const f = (x: Tensor): Tensor => problem.F(x, th);
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
      const gradPhi = grad((x: Tensor) => problem.innerLoss(x, th));
      const [, pullback] = vjp(gradPhi, p);
      const apply = (v: Tensor): Tensor => pullback(v)[0]; // H v
      return { apply, applyT: apply, symmetric: true, rhs: g.neg() };
    }
    default:
      throw new Error(`implicit: unknown problem kind ${String((problem satisfies never as { kind: unknown }).kind)}`);
  }
}

/** (∂_θ F)ᵀ λ, or (∂²_{φθ} L_in)ᵀ μ: the adjoint mapped back to θ. */
export function adjointToTheta<T>(problem: EquilibriumProblem<T>, phi: Tensor, theta: T, adjoint: Tensor): T {
  const p = stopGradient(phi);
  switch (problem.kind) {
    case 'fixedPoint': {
      const [, pullback] = vjp((th: T) => problem.F(p, th), theta);
      return pullback(adjoint)[0];
    }
    case 'argmin': {
      const gradPhi = grad((x: Tensor, th: T) => problem.innerLoss(x, th));
      return grad((th: T) => vdot(gradPhi(p, th), adjoint))(theta);
    }
    default:
      throw new Error(`implicit: unknown problem kind ${String((problem satisfies never as { kind: unknown }).kind)}`);
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
export function implicitGrad<T>(
  problem: EquilibriumProblem<T>,
  outerLoss: (phi: Tensor, theta: T) => Tensor,
  phi: Tensor,
  theta: T,
  adjoint: AdjointOptions,
): ImplicitGradResult<T> {
  const p = stopGradient(phi);
  const th = stopGradient(theta);
  const [loss, pullback] = vjp((x: Tensor, t: T) => outerLoss(x, t), p, th);
  const [gPhi, gTheta] = pullback(zerosLike(loss).add(1));
  const sol = solveAdjoint(adjointSystem(problem, p, th, gPhi), adjoint);
  const back = adjointToTheta(problem, p, th, sol.adjoint);
  const total = tree.map<T>((a: Tensor, b: Tensor) => a.add(b), gTheta, back);
  return { ...sol, grad: total, loss: loss.item() };
}

/** What the adjoint solve of a differentiable layer reports on each backward pass. */
export type AdjointReport = AdjointSolution;

/**
 * The layer (θ, φ0) ↦ solveForward(θ, φ0) whose VJP solves the adjoint system of `problem` at
 * the solution (implicit differentiation); no gradient flows into φ0.
 */
function implicitLayer<T>(
  problem: FixedPointProblem<T> | ArgminProblem<T>,
  solveForward: (theta: T, phi0: Tensor) => Tensor,
  options: { adjoint: AdjointOptions; onAdjoint?: (r: AdjointReport) => void },
): (theta: T, phi0: Tensor) => Tensor {
  return customVjp(
    solveForward,
    (theta: T, phi0: Tensor): [Tensor, [T, Tensor, Tensor]] => {
      const phi = solveForward(theta, phi0);
      return [phi, [theta, phi, phi0]];
    },
    ([theta, phi, phi0], ct) => {
      const sol = solveAdjoint(adjointSystem(problem, phi, theta, ct), options.adjoint);
      options.onAdjoint?.(sol);
      return [adjointToTheta(problem, phi, theta, sol.adjoint), zerosLike(phi0)];
    },
  );
}

export interface FixedPointLayerOptions {
  /** The forward solve (default: Anderson to 1e-10, 500 evaluations). */
  forward?: FixedPointOptions;
  /** The adjoint solve. */
  adjoint: AdjointOptions;
  /** Called with the forward result on every call. */
  onForward?: (r: FixedPointResult) => void;
  /** Called with the adjoint solution on every backward pass. */
  onAdjoint?: (r: AdjointReport) => void;
}

/**
 * A differentiable fixed-point layer: (θ, φ0) ↦ φ* with φ* = F(φ*, θ) found by `fixedPoint`
 * from φ0 and the VJP by implicit differentiation (no gradient flows into φ0).
 *
 * @example const layer = fixedPointLayer(F, { adjoint: { method: 'fixedPoint', tol: 1e-8 } }); grad((th) => loss(layer(th, phi0)))(theta)
 */
export function fixedPointLayer<T>(F: (phi: Tensor, theta: T) => Tensor, options: FixedPointLayerOptions): (theta: T, phi0: Tensor) => Tensor {
  const problem: FixedPointProblem<T> = { kind: 'fixedPoint', F };
  const forward = options.forward ?? { method: 'anderson', tol: 1e-10, maxIter: 500 };
  const solveForward = (theta: T, phi0: Tensor): Tensor => {
    const th = stopGradient(theta);
    const r = fixedPoint((x) => F(x, th), stopGradient(phi0), forward);
    options.onForward?.(r);
    return r.x;
  };
  return implicitLayer(problem, solveForward, options);
}

export interface ArgminLayerOptions {
  /** The adjoint solve. */
  adjoint: AdjointOptions;
  /** Called with the adjoint solution on every backward pass. */
  onAdjoint?: (r: AdjointReport) => void;
}

/**
 * A differentiable inner minimiser: (θ, φ0) ↦ φ* = argmin_φ L_in(φ, θ), computed by the given
 * `solver` (any method; its own iterations are not differentiated) and differentiated
 * implicitly through ∂_φ L_in(φ*, θ) = 0.
 */
export function argminLayer<T>(
  innerLoss: (phi: Tensor, theta: T) => Tensor,
  solver: (theta: T, phi0: Tensor) => Tensor,
  options: ArgminLayerOptions,
): (theta: T, phi0: Tensor) => Tensor {
  const problem: ArgminProblem<T> = { kind: 'argmin', innerLoss };
  const solveForward = (theta: T, phi0: Tensor): Tensor => stopGradient(solver(stopGradient(theta), stopGradient(phi0)));
  return implicitLayer(problem, solveForward, options);
}
