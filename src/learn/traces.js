import { zeros } from '../core/creation.js';
import { diagStateGradsOp, diagStateGradsReference, diagStateUpdateOp, diagStateUpdateReference, diagTraceAdvanceOp, diagTraceAdvanceReference, } from '../core/ops/rtrl.js';
import { runOp } from '../core/op.js';
import { add, mul, sub } from '../core/ops/elementwise.js';
import { matmul } from '../core/ops/matmul.js';
import { sum } from '../core/ops/reduce.js';
import { mT, unsqueeze } from '../core/ops/shape-ops.js';
/** Zero traces for B sequences, N units and width H. */
export function zeroLruTraces(batch, n, h, dtype, device) {
    const z = (shape) => ({ re: zeros(shape, { dtype, device }), im: zeros(shape, { dtype, device }) });
    return { lambda: z([batch, n]), gamma: z([batch, n]), b: z([batch, n, h]) };
}
/** Number of real numbers the traces hold (2 (2BN + BNH)): the live state online learning adds per layer. */
export function lruTraceSize(t) {
    return 2 * (t.lambda.re.size + t.gamma.re.size + t.b.re.size);
}
/** B u_t: [B, N] complex (a matrix product on every device). */
function bTimes(p, u) {
    return { re: matmul(u, p.bReT ?? mT(p.bRe)), im: matmul(u, p.bImT ?? mT(p.bIm)) };
}
/** All products of one step at once (Σ_b conj(trace) ḡ): the composition the fused routines split up. */
export function lruTraceGradsReference(tr, g) {
    // conj(e) ḡ = (e_r g_r + e_i g_i) + i (e_r g_i − e_i g_r)
    const conjMulRe = (e, x) => add(mul(e.re, x.re), mul(e.im, x.im));
    const conjMulIm = (e, x) => sub(mul(e.re, x.im), mul(e.im, x.re));
    const g3 = { re: unsqueeze(g.re, -1), im: unsqueeze(g.im, -1) };
    return {
        lambda: { re: sum(conjMulRe(tr.lambda, g), 0), im: sum(conjMulIm(tr.lambda, g), 0) },
        gamma: sum(conjMulRe(tr.gamma, g), 0),
        bRe: sum(conjMulRe(tr.b, g3), 0),
        bIm: sum(conjMulIm(tr.b, g3), 0),
    };
}
/** The operands of `diagStateUpdate`. */
function stateUpdateInputs(p, hPrev, u, prev) {
    const bu = bTimes(p, u);
    return [p.lambda.re, p.lambda.im, p.gamma, bu.re, bu.im, hPrev.re, hPrev.im, prev.lambda.re, prev.lambda.im, prev.gamma.re, prev.gamma.im];
}
function smallStep([lr, li, gr, gi, hr, hi]) {
    return { lambda: { re: lr, im: li }, gamma: { re: gr, im: gi }, h: { re: hr, im: hi } };
}
/** The unfused composition of `lruStateUpdate` (its reference). */
export function lruStateUpdateReference(p, hPrev, u, prev) {
    return smallStep(diagStateUpdateReference(stateUpdateInputs(p, hPrev, u, prev)));
}
/** e^λ_t, e^γ_t and h_t: the [B, N] part of a step (one fused op). */
export function lruStateUpdate(p, hPrev, u, prev) {
    return smallStep(runOp(diagStateUpdateOp, stateUpdateInputs(p, hPrev, u, prev), {}));
}
function traceAdvanceInputs(p, prev, u, g) {
    const base = [p.lambda.re, p.lambda.im, p.gamma, u, prev.re, prev.im];
    return g === null ? base : [...base, g.re, g.im];
}
function advanceResult([br, bi, sr, si], withGrad) {
    return { b: { re: br, im: bi }, grad: withGrad ? { re: sr, im: si } : null };
}
/** The unfused composition of `lruTraceAdvance` (its reference). */
export function lruTraceAdvanceReference(p, prev, u, g) {
    const withGrad = g !== null;
    return advanceResult(diagTraceAdvanceReference(traceAdvanceInputs(p, prev, u, g), { withGrad }), withGrad);
}
/**
 * E^B_t = diag(λ) E^B_{t−1} + γ u_tᵀ and, given ḡ_t, its products Σ_b conj(E^B_t) ḡ_t[:, None]
 * (∂/∂B_re, ∂/∂B_im: [N, H]) in the same pass (one fused op). prev: E^B_{t−1} [B, N, H].
 */
export function lruTraceAdvance(p, prev, u, g) {
    const withGrad = g !== null;
    return advanceResult(runOp(diagTraceAdvanceOp, traceAdvanceInputs(p, prev, u, g), { withGrad }), withGrad);
}
function stateGrads([lr, li, gm]) {
    return { lambda: { re: lr, im: li }, gamma: gm };
}
/** The unfused composition of `lruStateGrads` (its reference). */
export function lruStateGradsReference(tr, g) {
    return stateGrads(diagStateGradsReference([tr.lambda.re, tr.lambda.im, tr.gamma.re, tr.gamma.im, g.re, g.im]));
}
/** The λ and γ products of one step: Σ_b conj(e^λ) ḡ [N] complex and Σ_b Re(conj(e^γ) ḡ) [N] (one fused op). */
export function lruStateGrads(tr, g) {
    return stateGrads(runOp(diagStateGradsOp, [tr.lambda.re, tr.lambda.im, tr.gamma.re, tr.gamma.im, g.re, g.im], {}));
}
//# sourceMappingURL=traces.js.map