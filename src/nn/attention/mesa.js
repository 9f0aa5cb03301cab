/**
 * The multi-head mesa-layer (PAPERS.md P2, von Oswald et al. 2023):
 *
 *   Φ̂_{h,t} = (Σ_{t'≤t} v_{h,t'} k_{h,t'}ᵀ)(Σ_{t'≤t} k_{h,t'} k_{h,t'}ᵀ + I/λ_h)⁻¹,
 *   y_t = Σ_h P_h Φ̂_{h,t} q_{h,t}
 *
 * i.e. per head the ridge-regression solution of v ≈ Φ k on the tokens so far (the current
 * one included), applied to the query. λ_h = exp(lambdaLog_h) > 0 is learned (init 1).
 * Optional forget factors γ_t ∈ (0, 1] per step and head (`options.gamma`) weight the past
 * exponentially (see mesa-attend.ts). `apply` uses the fused Sherman–Morrison op
 * (`mesa.attend`); `step` the same recursion one step at a time with state
 * R = (Σ k kᵀ + I/λ)⁻¹: [..., H, d_k, d_k] and S = Σ v kᵀ: [..., H, d_v, d_k]:
 *
 *   c = γ + kᵀ R k,  R ← γ⁻¹(R − R k kᵀ R / c),  S ← γ S + v kᵀ,  y = Σ_h P_h S (R q).
 *
 * x: [B, T, D] or [T, D] -> the same shape. Causal only. No residual connection.
 */
import { eye, full, zeros } from '../../core/creation.js';
import { add, div, exp, mul, sub } from '../../core/ops/elementwise.js';
import { sum } from '../../core/ops/reduce.js';
import { broadcastTo, reshape, transpose, unsqueeze } from '../../core/ops/shape-ops.js';
import { fmt } from '../../core/shape.js';
import { Tensor } from '../../core/tensor.js';
import { resolveConfig } from '../types.js';
import { labelFields } from '../labels.js';
import { checkKind } from '../blocks/util.js';
import { batched, checkConfig, defaultAttentionProjectionConfig, initProjections, mergeHeads, mergeHeadsStep, project, projectStep, sizesOf, } from './common.js';
import { checkStateShape, checkStepInput, matVecHeads, outer } from './linear-attention.js';
import { mesaAttend, mesaAttendReference } from './mesa-attend.js';
function defaultMesaConfig() {
    return { ...defaultAttentionProjectionConfig(), lambdaInit: 1 };
}
function mesaSizes(p) {
    checkKind('mesa', p, 'mesa');
    const s = sizesOf('mesa', p);
    if (!(p.lambdaLog instanceof Tensor) || p.lambdaLog.rank !== 1 || p.lambdaLog.shape[0] !== s.H) {
        throw new Error(`mesa: params.lambdaLog must have shape [H] = [${s.H}], got ${p.lambdaLog instanceof Tensor ? fmt(p.lambdaLog.shape) : typeof p.lambdaLog}`);
    }
    return s;
}
function checkCausal(where, options) {
    if (options?.causal === false)
        throw new Error(`${where}: the mesa-layer is causal; options.causal: false is not supported`);
}
export const mesa = {
    attend: mesaAttend,
    attendReference: mesaAttendReference,
    defaultConfig: defaultMesaConfig,
    init(key, config) {
        const c = resolveConfig('mesa', defaultMesaConfig(), config);
        checkConfig('mesa', c);
        if (!(c.lambdaInit > 0) || !Number.isFinite(c.lambdaInit))
            throw new Error(`mesa: config.lambdaInit must be a finite number > 0, got ${c.lambdaInit}`);
        const proj = initProjections(key, c);
        return { kind: 'mesa', ...proj, lambdaLog: full([c.nHeads], Math.log(c.lambdaInit), { dtype: c.dtype }) };
    },
    apply(params, x, options) {
        const { H, D } = mesaSizes(params);
        checkCausal('mesa', options);
        const { xb, unbatch } = batched('mesa', x, D);
        const [B, T] = xb.shape;
        const { q, k, v } = project(params, xb); // [B, H, T, d]
        const lambda = reshape(exp(params.lambdaLog), [1, H]); // broadcast to [B, H]
        let gamma;
        if (options?.gamma !== undefined) {
            const g = options.gamma;
            const want = x.rank === 3 ? [B, T, H] : [T, H];
            if (!(g instanceof Tensor) || g.rank !== want.length || g.shape.some((s, i) => s !== want[i])) {
                throw new Error(`mesa: options.gamma must have shape ${fmt(want)} (time, head), got ${g instanceof Tensor ? fmt(g.shape) : typeof g}`);
            }
            gamma = transpose(reshape(g, [B, T, H]), [0, 2, 1]); // [B, H, T]
        }
        const opts = { lambda, gamma, checkpointEvery: options?.checkpointEvery };
        const o = options?.reference === true ? mesaAttendReference(q, k, v, opts) : mesaAttend(q, k, v, opts); // [B, H, T, d_v]
        return unbatch(mergeHeads(params, o));
    },
    initialState(params, batchShape) {
        const { H, dk, dv } = mesaSizes(params);
        const ones = new Array(batchShape.length).fill(1);
        const lam = reshape(exp(params.lambdaLog), [...ones, H, 1, 1]);
        const I = reshape(eye(dk, dk, { dtype: params.lambdaLog.dtype, device: params.lambdaLog.device }), [...ones, 1, dk, dk]);
        return {
            R: broadcastTo(mul(lam, I), [...batchShape, H, dk, dk]),
            S: zeros([...batchShape, H, dv, dk], { dtype: params.lambdaLog.dtype, device: params.lambdaLog.device }),
        };
    },
    step(params, h, xT, options) {
        const { H, dk, dv, D } = mesaSizes(params);
        checkCausal('mesa.step', options);
        checkStepInput('mesa', xT, D);
        const lead = xT.shape.slice(0, -1);
        checkStateShape('mesa', 'R', h.R, [...lead, H, dk, dk]);
        checkStateShape('mesa', 'S', h.S, [...lead, H, dv, dk]);
        const { q, k, v } = projectStep(params, xT); // [..., H, d]
        const u = matVecHeads(h.R, k); // R_{t−1} k: [..., H, d_k]
        let R;
        let S;
        if (options?.gamma === undefined) {
            const c = add(sum(mul(k, u), -1, true), 1); // [..., H, 1]
            R = sub(h.R, div(outer(u, u), unsqueeze(c, -1)));
            S = add(h.S, outer(v, k));
        }
        else {
            const g = options.gamma;
            checkStateShape('mesa', 'gamma', g, [...lead, H]);
            const g3 = unsqueeze(unsqueeze(g, -1), -1); // [..., H, 1, 1]
            const c = add(sum(mul(k, u), -1, true), unsqueeze(g, -1)); // [..., H, 1]
            R = div(sub(h.R, div(outer(u, u), unsqueeze(c, -1))), g3);
            S = add(mul(g3, h.S), outer(v, k));
        }
        return [{ R, S }, mergeHeadsStep(params, matVecHeads(S, matVecHeads(R, q)))];
    },
    /** The projections are 'weight'; λ, which sets the start R_0 = λI of the recursion, is 'recurrent'. */
    labels(params) {
        mesaSizes(params);
        return labelFields('mesa', params, (k) => (k === 'lambdaLog' ? 'recurrent' : 'weight'));
    },
};
//# sourceMappingURL=mesa.js.map