import { Tensor } from '../core/tensor.js';
import type { LinearAttentionParams } from '../nn/attention/linear-attention.js';
import type { IclBatch, LinearRegressionIclConfig } from '../tasks/linear-regression-icl.js';
/**
 * One GD step on every task's context: W [B, d_y, d_x] (or [d_y, d_x], shared) ->
 * W' = W − (η/N) Σ_i (W x_i − y_i) x_iᵀ: [B, d_y, d_x]. η: a number or a one-element tensor.
 */
export declare function gdStep(b: IclBatch, w: Tensor, eta: number | Tensor): Tensor;
/** The weights after K GD steps with sizes `etas` from W₀ (default 0): [B, d_y, d_x] ([1, d_y, d_x] for K = 0). */
export declare function gdWeights(b: IclBatch, etas: readonly number[], w0?: Tensor): Tensor;
/** Predictions ŷ = W_K x_q of K GD steps with sizes `etas` from W₀ (default 0): [B, d_y]. */
export declare function gdPredict(b: IclBatch, etas: readonly number[], w0?: Tensor, xq?: Tensor): Tensor;
/** ½ mean over tasks of ‖ŷ − y_q‖² (summed over the d_y outputs): a scalar tensor. pred, yq: [B, d_y]. */
export declare function iclLoss(pred: Tensor, yq: Tensor): Tensor;
/** The result of {@link gdLineSearch}: step sizes and the training loss after each step. */
export interface GdLineSearch {
    readonly etas: number[];
    readonly losses: number[];
}
/**
 * The best K-step GD on the tasks of `b` (the training tasks), found step by step: given
 * η_1..η_{k−1}, the prediction after step k is ŷ_{k−1} − η_k g_k with g_k = (1/N) G_k x_q, so the
 * loss ½ mean ‖ŷ_{k−1} − y_q − η g_k‖² is a quadratic in η and its exact minimiser is
 * η_k = mean⟨ŷ_{k−1} − y_q, g_k⟩ / mean‖g_k‖². For K = 1 this is the exact line search of the
 * GD-ICL baseline (from W₀ = 0 unless given). For K > 1 the steps are chosen greedily (each
 * minimises the loss after its own step), not jointly.
 */
export declare function gdLineSearch(b: IclBatch, steps?: number, w0?: Tensor): GdLineSearch;
/**
 * The expected loss of one GD step from W₀ = 0 with step size η over the task distribution of
 * `c` (zero-mean i.i.d. coordinates, variance σ², fourth moment μ₄ for x; variance s² for W):
 *
 *   E L(η) = ½ d_y s² σ² [η² T₂ − 2η d σ² + d],
 *   T₂ = E tr(A²) = (d μ₄ + d(d−1) σ⁴)/N + (N−1) d σ⁴ / N,   A = (1/N) Σ_i x_i x_iᵀ
 *
 * (ŷ − y_q = wᵀ(ηA − I) x_q per output; E over w, then x_q, then the context).
 */
export declare function gdLossClosedForm(c: LinearRegressionIclConfig, eta: number): number;
/**
 * The best one-step GD in expectation: η* = d σ² / T₂ and its loss, and the loss of predicting
 * 0 (½ d_y s² d σ²). GD-ICL defaults: η* = 6.0606, loss 0.20623, zero predictor 0.41667 (the
 * paper's Monte Carlo values: η ≈ 6.3, 0.205 and 0.422).
 */
export declare function gdBestClosedForm(c: LinearRegressionIclConfig): {
    eta: number;
    loss: number;
    lossZero: number;
};
/**
 * The K residual LSA layers that compute K GD steps with sizes `etas` (mean-loss convention)
 * from W₀ (default 0) on N context tokens: `nn.gdConstruction({ eta: η_k / N, w0: W₀ })` for
 * every k. After k layers the context y-slots hold y_j − (W_k − W₀) x_j, so layer k + 1's values
 * W₀ x_j − (y-slot) = W_k x_j − y_j are the residuals of the current weights.
 */
export declare function gdConstructedLayers(etas: readonly number[], N: number, dX: number, dY: number, w0?: Tensor, dtype?: 'f32' | 'f64'): LinearAttentionParams[];
/**
 * Residual LSA layers e ← e + LSA_k(e) over GD-ICL tokens (query [x_q; −W₀ x_q]) with the mask
 * `nn.gdIclMask(N)`; returns ŷ = −(y-slot of the query output): [B, d_y]. `xq` replaces the
 * batch's queries (for sensitivities).
 */
export declare function lsaPredict(layers: readonly LinearAttentionParams[], b: IclBatch, w0?: Tensor, xq?: Tensor): Tensor;
/** mean over tasks of ‖a_b − b_b‖² (predictions [B, d_y] of two models on the same tasks). */
export declare function predictionDistance(a: Tensor, b: Tensor): number;
/**
 * Sensitivities ∂ŷ/∂x_q of a model on every task, by reverse-mode autodiff: `predict` maps the
 * queries xq [B, d_x] to predictions [B, d_y], task by task (prediction b depends on query b
 * only). Returns [B, d_y, d_x] (one vector–Jacobian product per output).
 */
export declare function sensitivity(predict: (xq: Tensor) => Tensor, xq: Tensor): Tensor;
/** Mean over tasks of the cosine between two sensitivities [B, d_y, d_x] (flattened per task). */
export declare function sensitivityCosine(a: Tensor, b: Tensor): number;
/** The products of a one-head LSA layer: M_KQ = W_Kᵀ W_Q and M_PV = P W_V, each [D, D]. */
export interface LsaProducts {
    readonly kq: Tensor;
    readonly pv: Tensor;
}
/** {@link LsaProducts} of one-head linear-attention parameters. */
export declare function lsaProducts(p: LinearAttentionParams): LsaProducts;
/** The one-head LSA layer with products `m` (W_Q = M_KQ, W_K = I, W_V = M_PV, P = I; d_k = d_v = D). */
export declare function lsaFromProducts(m: LsaProducts, causal?: boolean): LinearAttentionParams;
/**
 * Losses of the LSA stack whose layer-k products are (1 − α) M_con,k + α M_tr,k for each α in
 * `alphas` (0: the constructed stack, 1: the trained one), on the tasks of `b`. Trained layers
 * are first rescaled (s M_KQ, M_PV / s, which leaves them unchanged as functions) so that
 * ‖M_KQ‖_F equals the constructed layer's and ⟨M_KQ, M_KQ,con⟩ ≥ 0 (the pair (−M_KQ, −M_PV) is
 * the same function). One head per layer.
 */
export declare function interpolationLosses(trained: readonly LinearAttentionParams[], constructed: readonly LinearAttentionParams[], b: IclBatch, alphas: readonly number[]): number[];
