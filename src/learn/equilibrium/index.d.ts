/**
 * `learn.equilibrium`: learning at equilibrium (PAPERS.md P7 and P6) — fixed-point solvers,
 * implicit differentiation of fixed points and minimisers with a choice of adjoint solver, and
 * equilibrium propagation's three estimators. See docs/learn-equilibrium.md.
 */
export type { FixedPointMethod, FixedPointOptions, FixedPointResult } from './fixed-point.js';
export { FIXED_POINT_METHODS, fixedPoint } from './fixed-point.js';
export type { AdjointMethod, AdjointOptions, AdjointSolution, AdjointSystem } from './adjoint.js';
export { ADJOINT_METHODS, solveAdjoint } from './adjoint.js';
export type { ArgminLayerOptions, ArgminProblem, AdjointReport, EquilibriumProblem, FixedPointLayerOptions, FixedPointProblem, ImplicitGradResult, } from './implicit.js';
export { adjointSystem, adjointToTheta, argminLayer, fixedPointLayer, implicitGrad } from './implicit.js';
export type { BilevelProblem, BilevelProblemOptions } from './bilevel-problem.js';
export { randomBilevelProblem } from './bilevel-problem.js';
export type { EqPropCustomInner, EqPropInnerOptions, EqPropOptions, EqPropPhase, EqPropResult, EqPropVariant } from './eqprop.js';
export { EQPROP_VARIANTS, eqprop } from './eqprop.js';
export type { CheckEquilibriumOptions, CheckEquilibriumReport } from './check.js';
export { CHECK_BETAS, checkEquilibrium, logLogSlope, relativeError } from './check.js';
