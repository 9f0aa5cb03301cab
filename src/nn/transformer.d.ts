import { Tensor } from '../core/tensor.js';
import type { Layer } from './types.js';
import type { Activation, MlpParams } from './blocks/ffn.js';
import type { AnyNormParams } from './blocks/norm.js';
import type { FloatDType } from './blocks/util.js';
import type { AttentionParams } from './attention/common.js';
import type { LinearAttentionParams } from './attention/linear-attention.js';
import type { MesaParams } from './attention/mesa.js';
/** The attention layer of every block. */
export type TransformerAttention = 'linear' | 'softmax' | 'mesa';
export declare const TRANSFORMER_ATTENTIONS: readonly TransformerAttention[];
/** Norms of a transformer block (batch norm has no place in a token stream). */
export type TransformerNorm = 'layer' | 'rms' | 'none';
export declare const TRANSFORMER_NORMS: readonly TransformerNorm[];
export interface TransformerConfig {
    /** D: width of the residual stream (the tokens). */
    dModel: number;
    /** Blocks. */
    nLayers: number;
    attention: TransformerAttention;
    /** H, d_k, d_v of every attention layer. */
    nHeads: number;
    dKey: number;
    dValue: number;
    /** Each token attends to the tokens t' ≤ t only ('mesa' requires true). */
    causal: boolean;
    /** Add the MLP sublayer to every block. */
    mlp: boolean;
    /** Hidden width of the MLP as a multiple of D (GPT-2: 4). */
    mlpRatio: number;
    /** Nonlinearity of the MLP (GPT-2: GELU). */
    activation: Activation;
    /** The norm before each sublayer (pre-LN) and of the final norm. */
    norm: TransformerNorm;
    /** A norm after the last block (GPT-2's ln_f). */
    finalNorm: boolean;
    /** Attention weights W_Q, W_K, W_V ~ N(0, s²/D), P ~ N(0, s²/(H d_v)). */
    initScale: number;
    /** 'mesa': initial λ of every head. */
    lambdaInit: number;
    dtype: FloatDType;
}
/** The parameters of one block's attention layer. */
export type TransformerAttentionParams = LinearAttentionParams | AttentionParams<'attention'> | MesaParams;
/** One block: its norms (null for 'none'), the attention layer and the MLP (null when off). */
export interface TransformerBlockParams {
    readonly norm1: AnyNormParams;
    readonly attention: TransformerAttentionParams;
    readonly norm2: AnyNormParams;
    readonly mlp: MlpParams | null;
}
/** Parameters of `nn.transformer`: the blocks, the final norm, and the static `kind` and `norm`. */
export interface TransformerParams {
    readonly kind: 'transformer';
    readonly norm: TransformerNorm;
    readonly blocks: readonly TransformerBlockParams[];
    readonly finalNorm: AnyNormParams;
}
/** Per-call options. */
export interface TransformerOptions {
    /** The attention mask (bool [T, T] or [B, T, T], true = attend; not with 'mesa'). */
    mask?: Tensor;
    /**
     * Clip the residual stream to [−c, c] after every block (P2's forward activation clipping: the
     * paper clips at 4, the authors' code at 1.5). Omitted: no clipping.
     */
    clipResidual?: number;
    /** Called with the residual stream after every block (l = 0 … L−1), e.g. to collect activations for probes. */
    onBlock?: (l: number, h: Tensor) => void;
}
/**
 * `nn.transformer` (module notes). x: [B, T, D] or [T, D] -> the same shape.
 *
 * @example
 *   // GD-ICL: one linear self-attention layer, no norm, no MLP, over N context tokens + query
 *   const p = nn.transformer.init(key, { dModel: 11, nLayers: 1, attention: 'linear', nHeads: 1,
 *     dKey: 11, dValue: 11, causal: false, mlp: false, norm: 'none', finalNorm: false });
 *   nn.transformer.apply(p, tokens, { mask: nn.gdIclMask(10) });
 */
export declare const transformer: Layer<TransformerConfig, TransformerParams, TransformerOptions>;
