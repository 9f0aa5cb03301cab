/**
 * analysis: closed-form and Monte-Carlo tools for studying recurrent networks (PAPERS.md P1):
 * signal propagation in linear recurrences, scalar loss landscapes, and a small dense
 * eigendecomposition for building teachers with prescribed spectra; in-context regression
 * against gradient descent (`icl`, the GD-ICL anchor) and readouts of trained gated RNNs for the
 * attention construction (`gatedAttention`, P3).
 */
export * as signalPropagation from './signal-propagation.js';
export type { LambdaParametrization, SignalSetup, SignalMoments, MonteCarloOptions, MonteCarloEstimate } from './signal-propagation.js';
export * as lossLandscape from './loss-landscape.js';
export type { LandscapeOptions } from './loss-landscape.js';
export { eigReal, fromEigen } from './eig.js';
export type { Eigendecomposition } from './eig.js';
export type { ComplexScalar } from './complex-scalar.js';
export * as icl from './icl.js';
export type { GdLineSearch, LsaProducts } from './icl.js';
export * as gatedAttention from './gated-attention.js';
export type { GatedNeurons, GatedReadoutOptions } from './gated-attention.js';
export * as mesa from './mesa.js';
export type { RidgeProbe } from './mesa.js';
