/**
 * `learn.meta`: meta-learning (PAPERS.md P8 and P9) — meta-gradient rules over an inner loop on
 * support data (MAML second and first order, ANIL, Meta-SGD, Reptile, iMAML, the contrastive
 * rule, sparse-MAML and sparse-ReLU-MAML), the outer loop, hypergradients of per-parameter L2
 * strengths (implicit and contrastive), and `checkContrastive`. See
 * docs/learn-meta.md.
 */
export type { ContrastiveVariant, InnerSolver, MetaGradient, MetaParams, MetaRule, MetaRuleOptions, MetaTask, TaskLoss } from './rules.js';
export { CONTRASTIVE_VARIANTS, GRADIENT_RULES, INNER_SOLVERS, META_RULES, adapt, checkMetaOptions, innerLoop, learnedFields, metaGradient } from './rules.js';
export type { InitMetaOptions, MetaOptimizers, MetaOptState, MetaStepResult } from './loop.js';
export { initMeta, initMetaOptState, metaStep } from './loop.js';
export { binaryMask, frozenShare, initMaskScores, reluStraightThrough } from './mask.js';
export type { Raveled } from './ravel.js';
export { ravelTree } from './ravel.js';
export type { ContrastiveL2Options, L2HyperProblem, L2Hypergradient, NudgedOptimizer } from './hyperopt.js';
export { NUDGED_OPTIMIZERS, checkContrastiveL2Options, contrastiveL2Hypergradient, cosine, implicitL2Hypergradient, l2InnerLoss } from './hyperopt.js';
export type { CheckContrastiveOptions, CheckContrastiveReport, RegressionBatch, TanhNetParams } from './check.js';
export { checkContrastive, checkContrastiveTask, exactProximalMetaGradient, tanhNetLoss } from './check.js';
export type { LamamlGradient, LamamlOptions, LamamlParams, LamamlRates } from './lamaml.js';
export { LAMAML_RATES, lamamlMetaGradient, lamamlStep, lamamlStepSizes } from './lamaml.js';
