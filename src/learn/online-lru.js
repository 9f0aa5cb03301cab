/**
 * Online learning inside one LRU layer (PAPERS.md P4): the step h_t = λ ⊙ h_{t−1} + γ ⊙ (B u_t)
 * as an op whose backward pass, given the error ḡ_t = ∂L_t/∂h_t of the current step, returns
 *
 *   u_t:      the ordinary input gradient through γ ⊙ (B u_t) (spatial backprop to lower layers)
 *   h_{t−1}:  nothing (the recurrence is cut: time is handled by the traces)
 *   λ, γ, B:  the trace products conj(e^λ_t) ḡ_t, Re(conj(e^γ_t) ḡ_t), conj(E^B_t) ḡ_t (traces.ts;
 *             E^B_t is advanced in the same pass as its product, or by the next step)
 *
 * so that `valueAndGrad` of the loss of step t with respect to *all* parameters yields step t's
 * online gradient: exact RTRL inside the layer, backprop across layers and through the readout.
 * Summed over t this is the BPTT gradient for a single layer (for the parameters of the layer
 * and everything above it).
 */
import { customVjp } from '../core/autodiff.js';
import { ones, zeros } from '../core/creation.js';
import { add, mul, sub } from '../core/ops/elementwise.js';
import { matmul } from '../core/ops/matmul.js';
import { mT, reshape } from '../core/ops/shape-ops.js';
import { detach } from '../core/tensor.js';
import { lru, lruGamma, lruLambda, lruParametrization } from '../nn/recurrent/lru.js';
import { lruStateGrads, lruStateUpdate, lruTraceAdvance, lruTraceGradsReference, zeroLruTraces } from './traces.js';
export function resolveLru(p) {
    const lambda = lruLambda(p);
    return { lamRe: lambda.re, lamIm: lambda.im, gamma: lruGamma(p), bRe: p.bRe, bIm: p.bIm, cReT: mT(p.cRe), cImT: mT(p.cIm), d: p.d };
}
export function lruConsts(r) {
    const N = r.bRe.shape[0];
    return {
        lambda: { re: detach(r.lamRe), im: detach(r.lamIm) },
        gamma: r.gamma === null ? ones([N], { dtype: r.bRe.dtype, device: r.bRe.device }) : detach(r.gamma),
        bRe: detach(r.bRe),
        bIm: detach(r.bIm),
        bReT: detach(mT(r.bRe)),
        bImT: detach(mT(r.bIm)),
    };
}
/**
 * E^B_t, computed when first needed: by the backward pass of step t, together with its
 * products with ḡ_t (one pass over [B, N, H]), or — when step t has no error — by step t + 1.
 * The value is fixed at construction (E^B_{t−1}, u_t and the batch constants); only the moment
 * it is computed varies, so whichever pass fills it in, every reader sees the same E^B_t.
 */
export class LazyTraceB {
    u;
    prev;
    value;
    constructor(prev, u, value = null) {
        this.u = u;
        this.prev = prev;
        this.value = value;
    }
    /** E^B_t. */
    get(c) {
        if (this.value === null)
            this.advance(c, null);
        return this.value;
    }
    /** Σ_b conj(E^B_t) ḡ_t[:, None] ([N, H] complex), advancing E^B in the same pass. */
    products(c, g) {
        if (this.value !== null) {
            const t = lruTraceGradsReference({ lambda: g, gamma: g, b: this.value }, g);
            return { re: t.bRe, im: t.bIm };
        }
        return this.advance(c, g);
    }
    advance(c, g) {
        if (this.prev === null || this.u === null)
            throw new Error('internal: LazyTraceB has neither a value nor its inputs');
        const r = lruTraceAdvance(c, this.prev, this.u, g);
        this.value = r.b;
        this.prev = null; // E^B_{t−1} is no longer needed
        return r.grad;
    }
}
/**
 * One online LRU step (see the module notes). λ, γ, B and u may be traced (`r`: the resolved
 * parameters); the value h_t = λ ⊙ h_{t−1} + γ ⊙ (B u_t) ([B, N] complex), the traces e^λ_t,
 * e^γ_t, the lazy E^B_t and the batch constants `c` are constants. Returns h_t as a node whose
 * backward pass is the online rule.
 */
export function lruOnlineStep(r, u, h, traces, b, c) {
    const value = () => h;
    const op = customVjp(value, () => [value(), null], (_res, ct) => {
        const small = lruStateGrads(traces, ct);
        const gb = b.products(c, ct);
        // ∂L/∂u = (γ ⊙ ḡ_re) B_re + (γ ⊙ ḡ_im) B_im : [B, N] x [N, H]
        const N = c.bRe.shape[0];
        const g = reshape(c.gamma, [1, N]);
        const du = add(matmul(mul(ct.re, g), c.bRe), matmul(mul(ct.im, g), c.bIm));
        return [small.lambda.re, small.lambda.im, r.gamma === null ? null : small.gamma, gb.re, gb.im, du];
    });
    return op(r.lamRe, r.lamIm, r.gamma, r.bRe, r.bIm, u);
}
/** The state at the start of a sequence of B steps: h = 0, traces 0. */
export function initialLruOnlineState(r, batch) {
    const [N, H] = r.bRe.shape;
    const { dtype, device } = r.bRe;
    const z = zeroLruTraces(batch, N, H, dtype, device);
    const h = { re: zeros([batch, N], { dtype, device }), im: zeros([batch, N], { dtype, device }) };
    return { h, traces: { lambda: z.lambda, gamma: z.gamma }, b: new LazyTraceB(null, null, z.b), consts: lruConsts(r) };
}
/**
 * Mode 'online' (exact RTRL in the layer): e^λ, e^γ and h_t from the constants, u_t and h_{t−1};
 * E^B advanced lazily (see `LazyTraceB`); then the step through `lruOnlineStep` and the readout
 * y = Re(C h) + D ⊙ u. u: [B, H].
 */
export function lruStepOnline(r, s, u) {
    const ud = detach(u);
    const { h: value, ...traces } = lruStateUpdate(s.consts, s.h, ud, s.traces);
    const b = new LazyTraceB(s.b.get(s.consts), ud);
    const h = lruOnlineStep(r, u, value, traces, b, s.consts);
    const H = r.d.shape[0];
    const y = add(sub(matmul(h.re, r.cReT), matmul(h.im, r.cImT)), mul(u, reshape(r.d, [1, H])));
    return [{ h: { re: detach(h.re), im: detach(h.im) }, traces, b, consts: s.consts }, y];
}
/** The parameters that define λ in `p`'s parametrisation. */
export function lruLambdaKeys(p) {
    const kind = lruParametrization(p);
    switch (kind) {
        case 'exp':
            return ['nuLog', 'thetaLog'];
        case 'polar':
            return ['nu', 'theta'];
        case 'reim':
            return ['lambdaRe', 'lambdaIm'];
        default:
            return kind;
    }
}
/**
 * Modes without traces, from the layer's own step with h_{t−1} a constant:
 * 'truncated1' (e^λ_t = h_{t−1}, e^γ_t = B u_t, E^B_t = γ u_tᵀ: one step of BPTT) and 'spatial'
 * (the same with λ held constant: λ gets no gradient).
 */
export function lruStepTruncated(p, h, u, freezeLambda) {
    let q = p;
    if (freezeLambda) {
        const r = { ...p };
        for (const k of lruLambdaKeys(p))
            r[k] = detach(r[k]);
        q = r;
    }
    const [h1, y] = lru.step(q, h, u);
    return [{ re: detach(h1.re), im: detach(h1.im) }, y];
}
//# sourceMappingURL=online-lru.js.map