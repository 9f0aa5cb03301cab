import type { Tensor } from '../../core/tensor.js';
import type { AdjointOptions, AdjointSolution, AdjointSystem } from './adjoint.js';
import type { FixedPointOptions, FixedPointResult } from './fixed-point.js';
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
export declare function adjointSystem<T>(problem: EquilibriumProblem<T>, phi: Tensor, theta: T, g: Tensor): AdjointSystem;
/** (∂_θ F)ᵀ λ, or (∂²_{φθ} L_in)ᵀ μ: the adjoint mapped back to θ. */
export declare function adjointToTheta<T>(problem: EquilibriumProblem<T>, phi: Tensor, theta: T, adjoint: Tensor): T;
/**
 * dL_out(φ*, θ)/dθ at a solved equilibrium φ* (which the caller computed, e.g. with
 * `fixedPoint`), by implicit differentiation with the adjoint solved as `adjoint` says.
 *
 * @param outerLoss L_out(φ, θ) → scalar
 * @param phi φ*: [any shape]
 * @param theta θ: a tree of tensors
 */
export declare function implicitGrad<T>(problem: EquilibriumProblem<T>, outerLoss: (phi: Tensor, theta: T) => Tensor, phi: Tensor, theta: T, adjoint: AdjointOptions): ImplicitGradResult<T>;
/** What the adjoint solve of a differentiable layer reports on each backward pass. */
export type AdjointReport = AdjointSolution;
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
export declare function fixedPointLayer<T>(F: (phi: Tensor, theta: T) => Tensor, options: FixedPointLayerOptions): (theta: T, phi0: Tensor) => Tensor;
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
export declare function argminLayer<T>(innerLoss: (phi: Tensor, theta: T) => Tensor, solver: (theta: T, phi0: Tensor) => Tensor, options: ArgminLayerOptions): (theta: T, phi0: Tensor) => Tensor;
