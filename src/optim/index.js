export { applyUpdates, globalNorm, identity, setToZero, scale, scaleByLearningRate, addDecayedWeights, trace, scaleByAdam, clipByGlobalNorm, chain, } from './transform.js';
export { sgd, adam, adamw } from './optimizers.js';
export { multiTransform, labelByPath } from './multi-transform.js';
export * as schedules from './schedules.js';
//# sourceMappingURL=index.js.map