import { Tensor } from '../../core/tensor.js';
import type { SequenceLayer } from '../types.js';
import type { AttentionConfig, AttentionOptions, AttentionParams } from './common.js';
/** Parameters of `nn.linearAttention` (static `kind` 'linearAttention' and `causal`). */
export type LinearAttentionParams = AttentionParams<'linearAttention'>;
/** State of `linearAttention.step`: S = Σ v kᵀ per head, [..., H, d_v, d_k]. */
export type LinearAttentionState = Tensor;
export declare function checkStepInput(layer: string, xT: Tensor, D: number): void;
export declare function checkStateShape(layer: string, name: string, s: Tensor, want: readonly number[]): void;
/** Outer product per head: v [..., H, d_v], k [..., H, d_k] -> [..., H, d_v, d_k]. */
export declare function outer(v: Tensor, k: Tensor): Tensor;
/** M x per head: M [..., H, m, n], x [..., H, n] -> [..., H, m]. */
export declare function matVecHeads(M: Tensor, x: Tensor): Tensor;
export declare const linearAttention: SequenceLayer<AttentionConfig, LinearAttentionParams, LinearAttentionState, AttentionOptions>;
