/**
 * Multi-head linear self-attention, without scaling or normalisation (PAPERS.md P2 and GD-ICL,
 * von Oswald et al. 2023):
 *
 *   y_t = Σ_h P_h Σ_{t' ∈ M(t)} v_{h,t'} (k_{h,t'}ᵀ q_{h,t})  =  Σ_h P_h S_{h,t} q_{h,t},
 *   S_{h,t} = Σ_{t'≤t} v_{h,t'} k_{h,t'}ᵀ   (causal),
 *
 * M(t) = {t' ≤ t} when causal (the static field `causal` of the parameters; config `causal`,
 * default true), all t' otherwise, intersected with an optional explicit mask. `apply` computes the masked T×T score matrix; `step` runs the
 * causal recursion S_t = S_{t−1} + v_t k_tᵀ with state S: [..., H, d_v, d_k].
 *
 * x: [B, T, D] or [T, D] -> the same shape. No residual connection.
 */
import { add, cast, mul } from '../../core/ops/elementwise.js';
import { matmul } from '../../core/ops/matmul.js';
import { mT, squeeze, unsqueeze } from '../../core/ops/shape-ops.js';
import { fmt } from '../../core/shape.js';
import { Tensor } from '../../core/tensor.js';
import { resolveConfig } from '../types.js';
import { labelFields } from '../labels.js';
import { batched, checkAttentionParams, checkConfig, combinedMask, defaultAttentionConfig, initProjections, mergeHeads, mergeHeadsStep, project, projectStep, sizesOf, zerosState, } from './common.js';
export function checkStepInput(layer, xT, D) {
    if (!(xT instanceof Tensor) || xT.rank < 1 || xT.shape[xT.rank - 1] !== D) {
        throw new Error(`${layer}.step: x_t must be [..., dModel] with dModel = ${D} (one time step; from the parameters), got ${xT instanceof Tensor ? fmt(xT.shape) : typeof xT}`);
    }
}
export function checkStateShape(layer, name, s, want) {
    if (!(s instanceof Tensor) || s.rank !== want.length || s.shape.some((d, i) => d !== want[i])) {
        throw new Error(`${layer}.step: state ${name} must have shape ${fmt(want)}, got ${s instanceof Tensor ? fmt(s.shape) : typeof s}`);
    }
}
/** Outer product per head: v [..., H, d_v], k [..., H, d_k] -> [..., H, d_v, d_k]. */
export function outer(v, k) {
    return matmul(unsqueeze(v, -1), unsqueeze(k, -2));
}
/** M x per head: M [..., H, m, n], x [..., H, n] -> [..., H, m]. */
export function matVecHeads(M, x) {
    return squeeze(matmul(M, unsqueeze(x, -1)), -1);
}
export const linearAttention = {
    defaultConfig: defaultAttentionConfig,
    init(key, config) {
        const c = resolveConfig('linearAttention', defaultAttentionConfig(), config);
        checkConfig('linearAttention', c);
        return { kind: 'linearAttention', causal: c.causal, ...initProjections(key, c) };
    },
    apply(params, x, options) {
        checkAttentionParams('linearAttention', params);
        const { H, D } = sizesOf('linearAttention', params);
        const { xb, unbatch } = batched('linearAttention', x, D);
        const [B, T] = xb.shape;
        const { q, k, v } = project(params, xb); // [B, H, T, d]
        let scores = matmul(q, mT(k)); // q_t · k_t': [B, H, T, T]
        const mask = combinedMask('linearAttention', params.causal, options, B, H, T, x.rank === 2, x.device);
        if (mask !== null)
            scores = mul(scores, cast(mask, scores.dtype));
        return unbatch(mergeHeads(params, matmul(scores, v)));
    },
    initialState(params, batchShape) {
        checkAttentionParams('linearAttention', params);
        const { H, dk, dv } = sizesOf('linearAttention', params);
        return zerosState([...batchShape, H, dv, dk], params.wV);
    },
    step(params, S, xT, options) {
        checkAttentionParams('linearAttention', params);
        const { H, dk, dv, D } = sizesOf('linearAttention', params);
        if (!params.causal || options?.mask !== undefined)
            throw new Error('linearAttention.step: the step recursion is causal; non-causal parameters (causal: false) and options.mask are only supported by apply');
        checkStepInput('linearAttention', xT, D);
        checkStateShape('linearAttention', 'S', S, [...xT.shape.slice(0, -1), H, dv, dk]);
        const { q, k, v } = projectStep(params, xT); // [..., H, d]
        const S1 = add(S, outer(v, k)); // S_t = S_{t−1} + v_t k_tᵀ
        return [S1, mergeHeadsStep(params, matVecHeads(S1, q))];
    },
    /** Every projection is a 'weight'. */
    labels(params) {
        checkAttentionParams('linearAttention', params);
        return labelFields('linearAttention', params, () => 'weight');
    },
};
//# sourceMappingURL=linear-attention.js.map