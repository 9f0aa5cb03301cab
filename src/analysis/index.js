/**
 * analysis: closed-form and Monte-Carlo tools for studying recurrent networks (PAPERS.md P1):
 * signal propagation in linear recurrences, scalar loss landscapes, and a small dense
 * eigendecomposition for building teachers with prescribed spectra; in-context regression
 * against gradient descent (`icl`, the GD-ICL anchor) and readouts of trained gated RNNs for the
 * attention construction (`gatedAttention`, P3).
 */
export * as signalPropagation from './signal-propagation.js';
export * as lossLandscape from './loss-landscape.js';
export { eigReal, fromEigen } from './eig.js';
export * as icl from './icl.js';
export * as gatedAttention from './gated-attention.js';
export * as mesa from './mesa.js';
//# sourceMappingURL=index.js.map