import { Tensor } from '../../core/tensor.js';
import type { LinearAttentionParams } from './linear-attention.js';
export interface GdConstructionOptions {
    /** Learning rate η of the GD step (a number, or a one-element tensor to differentiate through; cast to W₀'s dtype). */
    eta: number | Tensor;
    /** Initial weights W₀: [d_y, d_x]; the dtype of the returned weights. */
    w0: Tensor;
}
/**
 * Linear-attention parameters (for `linearAttention`, H = 1) whose update of the query token
 * is one GD step from W₀ with learning rate η on the context (see the file header).
 * Returns wQ = wK: [1, D, D], wV: [1, D, D], wO: [1, D, D] with D = d_x + d_y, non-causal
 * (`causal: false`: apply them with the mask `gdIclMask(N)`).
 */
export declare function gdConstruction({ eta, w0 }: GdConstructionOptions): LinearAttentionParams;
/**
 * GD-ICL tokens: x [..., N, d_x], y [..., N, d_y], x_q [..., d_x] (and W₀ [d_y, d_x], default 0)
 * -> [..., N + 1, d_x + d_y]: rows [x_i; y_i], then the query [x_q; −W₀ x_q].
 */
export declare function gdIclTokens(x: Tensor, y: Tensor, xq: Tensor, w0?: Tensor): Tensor;
/** Mask [N + 1, N + 1] (query, key): every token attends to the N context tokens, not to the query token. */
export declare function gdIclMask(N: number): Tensor;
