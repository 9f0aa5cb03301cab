/**
 * `learn`: learning rules for recurrent networks (PAPERS.md P4, online learning of long-range
 * dependencies). `sequenceGradients` computes the loss and the gradient of an `nn.seq` model on a
 * batch of sequences by BPTT or online (exact RTRL inside LRU layers with spatial backprop
 * across layers, and the 'spatial', 'truncated1' and SnAp-1 baselines); `layerGradients` does the
 * same for a single recurrent layer with any per-step loss; `gradientAlignment` compares an
 * estimate with the exact gradient layer by layer. See docs/learn.md. `align` (PAPERS.md P5):
 * permutation alignment of feed-forward networks, see docs/learn-align.md.
 */
export type { GradientMode, OnlineLayerKind } from './modes.js';
export { GRADIENT_MODES } from './modes.js';
export type { SequenceLossKind } from './loss.js';
export { LOSS_KINDS } from './loss.js';
export type { SequenceBatch, SequenceGradientOptions, SequenceGradients, UnreadSequenceGradients } from './sequence.js';
export { readSequenceGradients, sequenceGradients, sequenceGradientsAsync, sequenceGradientsUnread } from './sequence.js';
export type { GradientAlignment } from './alignment.js';
export { gradientAlignment } from './alignment.js';
export type { LayerGradientOptions, LayerGradients } from './layer.js';
export { layerGradients } from './layer.js';
export type { CheckOnlineOptions, CheckOnlineReport } from './check.js';
export { checkOnline } from './check.js';
export * as equilibrium from './equilibrium/index.js';
export * as lcp from './lcp/index.js';
export * as align from './align/index.js';
export * as meta from './meta/index.js';
