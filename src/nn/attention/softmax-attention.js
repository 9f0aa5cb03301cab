/**
 * Multi-head softmax self-attention (Vaswani et al. 2017; the softmax baseline of PAPERS.md P2):
 *
 *   a_{h,t,t'} = softmax_{t' ∈ M(t)} (q_{h,t} · k_{h,t'} / √d_k),   y_t = Σ_h P_h Σ_{t'} a_{h,t,t'} v_{h,t'}
 *
 * with q, k, v, P_h as in common.ts and M(t) the keys allowed by the causal mask (t' ≤ t, when
 * the static field `causal` of the parameters is true; config `causal`, default true) and an
 * optional explicit mask. The softmax subtracts the row
 * maximum before exponentiating (masked logits are −∞ and get weight exactly 0); every query must
 * be allowed at least one key, otherwise its row is NaN.
 *
 * x: [B, T, D] or [T, D] -> the same shape. No residual connection (blocks add it).
 */
import { div, exp, sub, where } from '../../core/ops/elementwise.js';
import { matmul } from '../../core/ops/matmul.js';
import { max, sum } from '../../core/ops/reduce.js';
import { mT } from '../../core/ops/shape-ops.js';
import { stopGradient } from '../../core/autodiff.js';
import { resolveConfig } from '../types.js';
import { labelFields } from '../labels.js';
import { batched, checkAttentionParams, checkConfig, combinedMask, defaultAttentionConfig, initProjections, mergeHeads, project, sizesOf } from './common.js';
/** Softmax along the last axis, stabilised by subtracting the (gradient-free) row maximum. */
export function softmaxLast(logits) {
    const m = stopGradient(max(logits, -1, true));
    const e = exp(sub(logits, m));
    return div(e, sum(e, -1, true));
}
/**
 * Multi-head softmax attention; params wQ, wK: [H, d_k, D], wV: [H, d_v, D], wO: [H, D, d_v] and
 * the static `kind` 'attention' and `causal`.
 */
export const attention = {
    defaultConfig: defaultAttentionConfig,
    init(key, config) {
        const c = resolveConfig('attention', defaultAttentionConfig(), config);
        checkConfig('attention', c);
        return { kind: 'attention', causal: c.causal, ...initProjections(key, c) };
    },
    apply(params, x, options) {
        checkAttentionParams('attention', params);
        const { H, dk, D } = sizesOf('attention', params);
        const { xb, unbatch } = batched('attention', x, D);
        const [B, T] = xb.shape;
        const { q, k, v } = project(params, xb); // [B, H, T, d]
        let logits = div(matmul(q, mT(k)), Math.sqrt(dk)); // [B, H, T, T]
        const mask = combinedMask('attention', params.causal, options, B, H, T, x.rank === 2, x.device);
        if (mask !== null)
            logits = where(mask, logits, -Infinity);
        const o = matmul(softmaxLast(logits), v); // [B, H, T, d_v]
        return unbatch(mergeHeads(params, o));
    },
    /** Every projection is a 'weight'. */
    labels(params) {
        checkAttentionParams('attention', params);
        return labelFields('attention', params, () => 'weight');
    },
};
//# sourceMappingURL=softmax-attention.js.map