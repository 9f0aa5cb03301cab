import type { Key } from '../../core/random.js';
import type { DeviceName } from '../../core/backend.js';
import { Tensor } from '../../core/tensor.js';
import type { FloatDType } from '../blocks/util.js';
/** Hyperparameters shared by the attention layers (softmax, linear, mesa). */
export interface AttentionProjectionConfig {
    /** D: width of the tokens (input and output). */
    dModel: number;
    /** H: number of heads. */
    nHeads: number;
    /** d_k: key/query size per head. */
    dKey: number;
    /** d_v: value size per head. */
    dValue: number;
    /** W_Q, W_K, W_V ~ N(0, initScale²/D); P_h ~ N(0, initScale²/(H d_v)). */
    initScale: number;
    dtype: FloatDType;
}
/** Configuration of `nn.attention` and `nn.linearAttention`. */
export interface AttentionConfig extends AttentionProjectionConfig {
    /** Each query attends to the keys t' ≤ t only (a static field of the parameters). */
    causal: boolean;
}
export declare function defaultAttentionProjectionConfig(): AttentionProjectionConfig;
export declare function defaultAttentionConfig(): AttentionConfig;
/** Projection weights, named after the math: wQ, wK: [H, d_k, D], wV: [H, d_v, D], wO: [H, D, d_v]. */
export interface AttentionProjections {
    readonly wQ: Tensor;
    readonly wK: Tensor;
    readonly wV: Tensor;
    readonly wO: Tensor;
}
/** The layers whose parameters are `AttentionParams`. */
export type AttentionKind = 'attention' | 'linearAttention';
/** Parameters of softmax (`kind` 'attention') or linear attention: the projections and the static `kind` and `causal`. */
export interface AttentionParams<K extends AttentionKind = AttentionKind> extends AttentionProjections {
    readonly kind: K;
    readonly causal: boolean;
}
/** Options of the attention layers' `apply`. */
export interface AttentionOptions {
    /**
     * Which keys each query may use (true: attend), combined with the causal mask when the
     * parameters are causal: bool [T, T] (query, key), [B, T, T], or [B, H, T, T] ([H, T, T] for
     * unbatched x). Omitted: no mask besides causality.
     */
    mask?: Tensor;
}
export declare function checkConfig(layer: string, c: AttentionProjectionConfig): void;
export declare function initProjections(key: Key, c: AttentionProjectionConfig): AttentionProjections;
/** Raise unless `p` are parameters of `kind` with a boolean `causal`. */
export declare function checkAttentionParams(kind: AttentionKind, p: AttentionParams): void;
/** Sizes read from the parameter shapes (checked for consistency). */
export declare function sizesOf(layer: string, p: AttentionProjections): {
    H: number;
    dk: number;
    dv: number;
    D: number;
};
/** x: [B, T, D] or [T, D] -> [B, T, D] and a function undoing the batching of an output [B, T, D]. */
export declare function batched(layer: string, x: Tensor, D: number): {
    xb: Tensor;
    unbatch: (y: Tensor) => Tensor;
};
/** Per-head projections of x: [..., T, D] -> q, k: [..., H, T, d_k], v: [..., H, T, d_v]. */
export declare function project(p: AttentionProjections, x: Tensor): {
    q: Tensor;
    k: Tensor;
    v: Tensor;
};
/** Output projection y_t = Σ_h P_h o_{h,t}: o [..., H, T, d_v] -> [..., T, D]. */
export declare function mergeHeads(p: AttentionProjections, o: Tensor): Tensor;
/** The same for one time step: o [..., H, d_v] -> [..., D]. */
export declare function mergeHeadsStep(p: AttentionProjections, o: Tensor): Tensor;
/** Per-head projections of one token x_t: [..., D] -> q, k: [..., H, d_k], v: [..., H, d_v]. */
export declare function projectStep(p: AttentionProjections, xT: Tensor): {
    q: Tensor;
    k: Tensor;
    v: Tensor;
};
/**
 * The combined mask [B, H, T, T] (bool, true = attend) from `causal` and an optional user mask,
 * or null when every query sees every key. The causal mask is made on `device` (the input's).
 */
export declare function combinedMask(layer: string, causal: boolean, options: AttentionOptions | undefined, B: number, H: number, T: number, unbatchedInput: boolean, device: DeviceName): Tensor | null;
export declare function zerosState(shape: readonly number[], like: Tensor): Tensor;
