/**
 * What the attention layers share: the multi-head projections (per head h, in the papers'
 * convention of matrices acting on column vectors)
 *
 *   q_{h,t} = W_{Q,h} x_t,  k_{h,t} = W_{K,h} x_t,  v_{h,t} = W_{V,h} x_t,   y_t = Σ_h P_h o_{h,t}
 *
 * with wQ, wK: [H, d_k, D], wV: [H, d_v, D], wO (the P_h): [H, D, d_v]; input handling for
 * x: [B, T, D] or [T, D]; masks; and config checks. Softmax and linear attention keep `causal`
 * as a static field of their parameters (the layer's structure, set in the config).
 */
import { arange, zeros } from '../../core/creation.js';
import { ge, logicalAnd } from '../../core/ops/elementwise.js';
import { matmul } from '../../core/ops/matmul.js';
import { sum } from '../../core/ops/reduce.js';
import { broadcastTo, mT, reshape, squeeze, unsqueeze } from '../../core/ops/shape-ops.js';
import * as random from '../../core/random.js';
import { fmt } from '../../core/shape.js';
import { Tensor } from '../../core/tensor.js';
import { checkFloatDType, checkKind, checkPositiveInt } from '../blocks/util.js';
export function defaultAttentionProjectionConfig() {
    return { dModel: 64, nHeads: 4, dKey: 16, dValue: 16, initScale: 1, dtype: 'f32' };
}
export function defaultAttentionConfig() {
    return { ...defaultAttentionProjectionConfig(), causal: true };
}
export function checkConfig(layer, c) {
    for (const k of ['dModel', 'nHeads', 'dKey', 'dValue'])
        checkPositiveInt(layer, k, c[k]);
    if (!(c.initScale >= 0) || !Number.isFinite(c.initScale))
        throw new Error(`${layer}: config.initScale must be a finite number >= 0, got ${c.initScale}`);
    checkFloatDType(layer, c.dtype);
}
export function initProjections(key, c) {
    const [kq, kk, kv, ko] = random.split(key, 4);
    const { dModel: D, nHeads: H, dKey: dk, dValue: dv, dtype } = c;
    const inStd = c.initScale / Math.sqrt(D);
    return {
        wQ: random.normal(kq, [H, dk, D], { std: inStd, dtype }),
        wK: random.normal(kk, [H, dk, D], { std: inStd, dtype }),
        wV: random.normal(kv, [H, dv, D], { std: inStd, dtype }),
        wO: random.normal(ko, [H, D, dv], { std: c.initScale / Math.sqrt(H * dv), dtype }),
    };
}
/** Raise unless `p` are parameters of `kind` with a boolean `causal`. */
export function checkAttentionParams(kind, p) {
    checkKind(kind, p, kind);
    if (typeof p.causal !== 'boolean')
        throw new Error(`${kind}: params.causal must be a boolean, got ${JSON.stringify(p.causal) ?? 'nothing'}; set it in the config (nn.${kind}.init(key, { causal }))`);
}
/** Sizes read from the parameter shapes (checked for consistency). */
export function sizesOf(layer, p) {
    for (const name of ['wQ', 'wK', 'wV', 'wO']) {
        if (!(p[name] instanceof Tensor) || p[name].rank !== 3)
            throw new Error(`${layer}: params.${name} must be a rank-3 tensor, got ${p[name] instanceof Tensor ? fmt(p[name].shape) : typeof p[name]}`);
    }
    const [H, dk, D] = p.wQ.shape;
    const dv = p.wV.shape[1];
    const eq = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
    if (!eq(p.wK.shape, [H, dk, D]) || !eq(p.wV.shape, [H, dv, D]) || !eq(p.wO.shape, [H, D, dv])) {
        throw new Error(`${layer}: inconsistent parameter shapes wQ ${fmt(p.wQ.shape)}, wK ${fmt(p.wK.shape)}, wV ${fmt(p.wV.shape)}, wO ${fmt(p.wO.shape)} (expected [H, d_k, D], [H, d_k, D], [H, d_v, D], [H, D, d_v])`);
    }
    return { H, dk, dv, D };
}
/** x: [B, T, D] or [T, D] -> [B, T, D] and a function undoing the batching of an output [B, T, D]. */
export function batched(layer, x, D) {
    if (!(x instanceof Tensor))
        throw new Error(`${layer}.apply: x must be a Tensor [B, T, dModel], got ${typeof x}`);
    if ((x.rank !== 2 && x.rank !== 3) || x.shape[x.rank - 1] !== D) {
        throw new Error(`${layer}.apply: x must be [B, T, dModel] or [T, dModel] with dModel = ${D} (from the parameters), got ${fmt(x.shape)}`);
    }
    if (x.rank === 3)
        return { xb: x, unbatch: (y) => y };
    return { xb: unsqueeze(x, 0), unbatch: (y) => squeeze(y, 0) };
}
/** Per-head projections of x: [..., T, D] -> q, k: [..., H, T, d_k], v: [..., H, T, d_v]. */
export function project(p, x) {
    const lead = x.shape.slice(0, -2);
    const ones = new Array(lead.length).fill(1);
    const x4 = unsqueeze(x, -3); // [..., 1, T, D]
    const w = (m) => reshape(mT(m), [...ones, ...mT(m).shape]); // [1.., H, D, d]
    return { q: matmul(x4, w(p.wQ)), k: matmul(x4, w(p.wK)), v: matmul(x4, w(p.wV)) };
}
/** Output projection y_t = Σ_h P_h o_{h,t}: o [..., H, T, d_v] -> [..., T, D]. */
export function mergeHeads(p, o) {
    const ones = new Array(o.rank - 3).fill(1);
    const wO = reshape(mT(p.wO), [...ones, ...mT(p.wO).shape]); // [1.., H, d_v, D]
    return sum(matmul(o, wO), -3);
}
/** The same for one time step: o [..., H, d_v] -> [..., D]. */
export function mergeHeadsStep(p, o) {
    return squeeze(mergeHeads(p, unsqueeze(o, -2)), -2);
}
/** Per-head projections of one token x_t: [..., D] -> q, k: [..., H, d_k], v: [..., H, d_v]. */
export function projectStep(p, xT) {
    const { q, k, v } = project(p, unsqueeze(xT, -2));
    return { q: squeeze(q, -2), k: squeeze(k, -2), v: squeeze(v, -2) };
}
/**
 * The combined mask [B, H, T, T] (bool, true = attend) from `causal` and an optional user mask,
 * or null when every query sees every key. The causal mask is made on `device` (the input's).
 */
export function combinedMask(layer, causal, options, B, H, T, unbatchedInput, device) {
    let mask = null;
    if (causal) {
        const steps = arange(0, T, 1, { dtype: 'i32', device });
        mask = reshape(ge(reshape(steps, [T, 1]), reshape(steps, [1, T])), [1, 1, T, T]);
    }
    const m = options?.mask;
    if (m !== undefined) {
        if (!(m instanceof Tensor) || m.dtype !== 'bool')
            throw new Error(`${layer}: options.mask must be a bool tensor (true = attend), got ${m instanceof Tensor ? m.dtype : typeof m}`);
        const ok = m.rank >= 2 &&
            m.rank <= 4 &&
            m.shape[m.rank - 1] === T &&
            m.shape[m.rank - 2] === T &&
            (m.rank === 2 ||
                (m.rank === 3 && (unbatchedInput ? m.shape[0] === H : m.shape[0] === B)) ||
                (m.rank === 4 && !unbatchedInput && m.shape[0] === B && m.shape[1] === H));
        if (!ok) {
            const want = unbatchedInput ? `[${T}, ${T}] or [H=${H}, ${T}, ${T}]` : `[${T}, ${T}], [B=${B}, ${T}, ${T}] or [B=${B}, H=${H}, ${T}, ${T}]`;
            throw new Error(`${layer}: options.mask must have shape ${want} (query, key), got ${fmt(m.shape)}`);
        }
        const m4 = m.rank === 2 ? reshape(m, [1, 1, T, T]) : m.rank === 3 ? reshape(m, unbatchedInput ? [1, H, T, T] : [B, 1, T, T]) : m;
        mask = mask === null ? m4 : logicalAnd(broadcastTo(mask, [B, H, T, T]), broadcastTo(m4, [B, H, T, T]));
    }
    return mask === null ? null : broadcastTo(mask, [B, H, T, T]);
}
export function zerosState(shape, like) {
    return zeros(shape, { dtype: like.dtype, device: like.device });
}
//# sourceMappingURL=common.js.map