export { GRADIENT_MODES } from './modes.js';
export { LOSS_KINDS } from './loss.js';
export { readSequenceGradients, sequenceGradients, sequenceGradientsAsync, sequenceGradientsUnread } from './sequence.js';
export { gradientAlignment } from './alignment.js';
export { layerGradients } from './layer.js';
export { checkOnline } from './check.js';
export * as equilibrium from './equilibrium/index.js';
export * as lcp from './lcp/index.js';
export * as align from './align/index.js';
export * as meta from './meta/index.js';
//# sourceMappingURL=index.js.map