export { linearAssignment, assignmentCost } from './lap.js';
export { permute, permuteStats, interpolate, hiddenSizes, permutedAxes, randomPermutations, identityPermutations } from './permute.js';
export { activationMatching, weightMatching } from './matching.js';
export { barrier, temperedNll, features, recomputeBatchNormStats } from './metrics.js';
//# sourceMappingURL=index.js.map