/**
 * optim: gradient transformations over parameter trees (optax's design) — SGD, Adam, AdamW,
 * learning-rate schedules, global-norm clipping, chaining and parameter groups.
 */
export type { GradientTransformation, StateOf, LearningRate, EmptyState, CountState, TraceOptions, TraceState, ScaleByAdamOptions, AdamState, } from './transform.js';
export { applyUpdates, globalNorm, identity, setToZero, scale, scaleByLearningRate, addDecayedWeights, trace, scaleByAdam, clipByGlobalNorm, chain, } from './transform.js';
export type { SgdOptions, SgdState, AdamOptions, AdamOptimizerState, AdamWOptions, AdamWState } from './optimizers.js';
export { sgd, adam, adamw } from './optimizers.js';
export type { LabelTree, Labeler } from './multi-transform.js';
export { multiTransform, labelByPath } from './multi-transform.js';
export type { Schedule, LinearScheduleOptions, ExponentialScheduleOptions, WarmupCosineOptions } from './schedules.js';
export * as schedules from './schedules.js';
