import type { Tensor } from '../../core/tensor.js';
import type { Layer } from '../types.js';
import type { AttentionConfig, AttentionOptions, AttentionParams } from './common.js';
/** Softmax along the last axis, stabilised by subtracting the (gradient-free) row maximum. */
export declare function softmaxLast(logits: Tensor): Tensor;
/**
 * Multi-head softmax attention; params wQ, wK: [H, d_k, D], wV: [H, d_v, D], wO: [H, D, d_v] and
 * the static `kind` 'attention' and `causal`.
 */
export declare const attention: Layer<AttentionConfig, AttentionParams<'attention'>, AttentionOptions>;
