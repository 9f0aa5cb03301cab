import type { Tensor } from '../../core/tensor.js';
import type { SequenceLayer } from '../types.js';
import type { FloatDType } from '../blocks/util.js';
/** How λ ∈ [0, 1] is parametrised. */
export type GatedRnnLambdaParametrization = 'sigmoid' | 'exp';
export interface GatedRnnConfig {
    /** H: input width (x̃ has H + 1 entries). */
    dIn: number;
    /** N: recurrent neurons. */
    dHidden: number;
    /** M: output gates. */
    dGate: number;
    /** O: output width. */
    dOut: number;
    /** λ = σ(lambdaLogit) ('sigmoid') or λ = exp(−exp(nuLog)) ('exp'). */
    lambdaParametrization: GatedRnnLambdaParametrization;
    /** λ ~ U[lambdaMin, lambdaMax] at initialisation. */
    lambdaMin: number;
    lambdaMax: number;
    dtype: FloatDType;
}
interface GatedRnnCommonParams {
    readonly kind: 'gatedRnn';
    /** W_a, W_b: [N, H + 1] (the last column multiplies the constant 1 of x̃). */
    wa: Tensor;
    wb: Tensor;
    /** W_c, W_d: [M, N]. */
    wc: Tensor;
    wd: Tensor;
    /** D: [O, M]. */
    d: Tensor;
}
/** λ = σ(lambdaLogit): [N]. */
export interface GatedRnnSigmoidParams extends GatedRnnCommonParams {
    readonly lambdaParametrization: 'sigmoid';
    lambdaLogit: Tensor;
}
/** λ = exp(−exp(nuLog)): [N]. */
export interface GatedRnnExpParams extends GatedRnnCommonParams {
    readonly lambdaParametrization: 'exp';
    nuLog: Tensor;
}
export type GatedRnnParams = GatedRnnSigmoidParams | GatedRnnExpParams;
/** λ: [N] from either parametrisation. */
export declare function gatedRnnLambda(p: GatedRnnParams): Tensor;
/** The query, key and value maps of one causal linear self-attention layer. */
export interface LinearAttentionWeights {
    /** W_Q: [d_k, H]. */
    wq: Tensor;
    /** W_K: [d_k, H]. */
    wk: Tensor;
    /** W_V: [d_v, H]. */
    wv: Tensor;
}
/**
 * Gated-RNN parameters that compute causal linear self-attention exactly (P3),
 *   y_t = Σ_{t'≤t} (W_V x_{t'}) (W_K x_{t'})ᵀ (W_Q x_t),
 * with N = d_v d_k + d_k neurons, M = d_v d_k gates, O = d_v outputs:
 *   memory neuron (i, j) = i d_k + j:  λ = 1, (W_a x̃)_n = (W_V x)_i, (W_b x̃)_n = (W_K x)_j,
 *     so h_n = S_ij = Σ_{t'≤t} v_i k_j;
 *   query neuron j = d_v d_k + j:     λ = 0, (W_a x̃)_n = (W_Q x)_j, (W_b x̃)_n = 1 (the bias
 *     column of x̃ = [x; 1]), so h_n = q_j;
 *   gate (i, j): (W_c h) = S_ij, (W_d h) = q_j;  D sums the gates of row i: y_i = Σ_j S_ij q_j.
 * λ = 1 and 0 are stored as logits +∞ and −∞ ('sigmoid', default) or νlog = −∞ and +∞ ('exp');
 * both map back to exactly 1 and 0. Built in float64 (or `dtype`) from the weights' values.
 */
declare function constructFromAttention(weights: LinearAttentionWeights, options?: {
    lambdaParametrization?: GatedRnnLambdaParametrization;
    dtype?: FloatDType;
}): GatedRnnParams;
/** `nn.gatedRnn`: the gated linear RNN of P3, plus its exact linear-attention construction. */
export interface GatedRnnLayer extends SequenceLayer<GatedRnnConfig, GatedRnnParams, Tensor> {
    constructFromAttention: typeof constructFromAttention;
}
/**
 * `nn.gatedRnn` (PAPERS.md P3). x: [B, T, H] or [T, H] -> y: [B, T, O] or [T, O].
 *
 * @example
 *   const p = nn.gatedRnn.constructFromAttention({ wq, wk, wv });
 *   nn.gatedRnn.apply(p, x);   // == causal linear self-attention of x
 */
export declare const gatedRnn: GatedRnnLayer;
export {};
