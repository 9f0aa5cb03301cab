export { CONTRASTIVE_VARIANTS, GRADIENT_RULES, INNER_SOLVERS, META_RULES, adapt, checkMetaOptions, innerLoop, learnedFields, metaGradient } from './rules.js';
export { initMeta, initMetaOptState, metaStep } from './loop.js';
export { binaryMask, frozenShare, initMaskScores, reluStraightThrough } from './mask.js';
export { ravelTree } from './ravel.js';
export { NUDGED_OPTIMIZERS, checkContrastiveL2Options, contrastiveL2Hypergradient, cosine, implicitL2Hypergradient, l2InnerLoss } from './hyperopt.js';
export { checkContrastive, checkContrastiveTask, exactProximalMetaGradient, tanhNetLoss } from './check.js';
export { LAMAML_RATES, lamamlMetaGradient, lamamlStep, lamamlStepSizes } from './lamaml.js';
//# sourceMappingURL=index.js.map