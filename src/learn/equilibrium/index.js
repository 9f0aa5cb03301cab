export { FIXED_POINT_METHODS, fixedPoint } from './fixed-point.js';
export { ADJOINT_METHODS, solveAdjoint } from './adjoint.js';
export { adjointSystem, adjointToTheta, argminLayer, fixedPointLayer, implicitGrad } from './implicit.js';
export { randomBilevelProblem } from './bilevel-problem.js';
export { EQPROP_VARIANTS, eqprop } from './eqprop.js';
export { CHECK_BETAS, checkEquilibrium, logLogSlope, relativeError } from './check.js';
//# sourceMappingURL=index.js.map