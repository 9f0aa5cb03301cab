/**
 * `learn.align`: permutation alignment of feed-forward networks (PAPERS.md P5) — the exact linear
 * assignment solver, activation and weight matching, permuting nn.mlp and nn.simpleCnn
 * parameters (biases and batch norm included), interpolation, barriers, the tempered NLL and
 * batch-norm statistics recomputed after averaging.
 */
export type { CostMatrix } from './lap.js';
export { linearAssignment, assignmentCost } from './lap.js';
export type { AlignableParams, Permutations, PermutedAxes } from './permute.js';
export { permute, permuteStats, interpolate, hiddenSizes, permutedAxes, randomPermutations, identityPermutations } from './permute.js';
export type { ActivationMatchingOptions, WeightMatchingOptions, WeightMatchingResult } from './matching.js';
export { activationMatching, weightMatching } from './matching.js';
export { barrier, temperedNll, features, recomputeBatchNormStats } from './metrics.js';
