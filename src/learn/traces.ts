/**
 * The eligibility traces of online learning in an LRU layer (PAPERS.md P4), as fused ops with
 * their unfused reference compositions:
 *
 * One step of the forward trace recursions and of the state itself:
 *   e^λ_t = λ ⊙ e^λ_{t−1} + h_{t−1}                  [B, N] complex   (∂h_t/∂λ)
 *   e^γ_t = λ ⊙ e^γ_{t−1} + B u_t                    [B, N] complex   (∂h_t/∂γ)
 *   E^B_t = diag(λ) E^B_{t−1} + γ u_tᵀ               [B, N, H] complex (∂h_t[n]/∂B[n, h])
 *   h_t   = λ ⊙ h_{t−1} + γ ⊙ (B u_t)                [B, N] complex
 * and the products of the traces with the error ḡ_t = ∂L_t/∂Re h_t + i ∂L_t/∂Im h_t (the
 * library's complex cotangent convention; PAPERS.md writes δ = conj ḡ), summed over the batch:
 *   ∂L_t/∂λ  = Σ_b conj(e^λ) ḡ        (as ∂/∂Re λ + i ∂/∂Im λ)            [N]
 *   ∂L_t/∂γ  = Σ_b Re(conj(e^γ) ḡ)                                        [N]
 *   ∂L_t/∂B  = Σ_b conj(E^B) ḡ[:, None]  (∂/∂B_re = Re, ∂/∂B_im = Im)      [N, H]
 * which in PAPERS.md's notation are G_λ = δ ⊙ e^λ, γ-gradient Re(δ ⊙ e^γ), ∂/∂B_re = Re(δ E^B),
 * ∂/∂B_im = −Im(δ E^B).
 *
 * The work is split so that the big trace E^B is read once per step: `lruStateUpdate` (the
 * [B, N] part: e^λ, e^γ, h_t), `lruTraceAdvance` (E^B_t together with its product with ḡ_t, in
 * one pass: the core routine `diagTraceAdvance`) and `lruStateGrads` (the λ and γ products).
 * `lruTraceGradsReference` is the composition of all products at once.
 *
 * None of these ops has a gradient of its own (the traces are constants of the backward pass).
 * The CPU runs the fused kernels; other devices (WebGPU) run the reference compositions.
 */
import type { DType } from '../core/dtype.js';
import type { DeviceName } from '../core/backend.js';
import type { Complex } from '../core/complex.js';
import { cadd, cmul } from '../core/complex.js';
import { zeros } from '../core/creation.js';
import type { OpDef } from '../core/op.js';
import { diagTraceAdvanceOp } from '../core/ops/rtrl.js';
import { expectShape, floatOf } from '../core/ops/operand-checks.js';
import { runOp } from '../core/op.js';
import { add, mul, sub } from '../core/ops/elementwise.js';
import { matmul } from '../core/ops/matmul.js';
import { sum } from '../core/ops/reduce.js';
import { mT, reshape, unsqueeze } from '../core/ops/shape-ops.js';
import type { Tensor } from '../core/tensor.js';

/** The online-learning state of one LRU layer: traces for a batch of B sequences. */
export interface LruTraces {
  /** e^λ: [B, N] complex. */
  readonly lambda: Complex;
  /** e^γ: [B, N] complex. */
  readonly gamma: Complex;
  /** E^B: [B, N, H] complex. */
  readonly b: Complex;
}

/** The (detached) quantities of one LRU layer the trace update reads. */
export interface LruTraceInputs {
  /** λ: [N] complex. */
  readonly lambda: Complex;
  /** γ: [N] (ones when the layer has no input normalisation). */
  readonly gamma: Tensor;
  /** B_re, B_im: [N, H]. */
  readonly bRe: Tensor;
  readonly bIm: Tensor;
  /** Bᵀ: [H, N], when already at hand (else transposed on each call). */
  readonly bReT?: Tensor;
  readonly bImT?: Tensor;
}

/** Zero traces for B sequences, N units and width H. */
export function zeroLruTraces(batch: number, n: number, h: number, dtype: DType, device?: DeviceName): LruTraces {
  const z = (shape: number[]): Complex => ({ re: zeros(shape, { dtype, device }), im: zeros(shape, { dtype, device }) });
  return { lambda: z([batch, n]), gamma: z([batch, n]), b: z([batch, n, h]) };
}

/** Number of real numbers the traces hold (2 (2BN + BNH)): the live state online learning adds per layer. */
export function lruTraceSize(t: LruTraces): number {
  return 2 * (t.lambda.re.size + t.gamma.re.size + t.b.re.size);
}


/** B u_t: [B, N] complex (a matrix product on every device). */
function bTimes(p: LruTraceInputs, u: Tensor): Complex {
  return { re: matmul(u, p.bReT ?? mT(p.bRe)), im: matmul(u, p.bImT ?? mT(p.bIm)) };
}

// ---------------------------------------------------------------------------------------------
// trace products

/** Gradients of one step from the traces: λ (re, im) [N], γ [N], B (re, im) [N, H]. */
export interface LruTraceGrads {
  readonly lambda: Complex;
  readonly gamma: Tensor;
  readonly bRe: Tensor;
  readonly bIm: Tensor;
}

/** All products of one step at once (Σ_b conj(trace) ḡ): the composition the fused ops split up, and the path on WebGPU. */
export function lruTraceGradsReference(tr: LruTraces, g: Complex): LruTraceGrads {
  // conj(e) ḡ = (e_r g_r + e_i g_i) + i (e_r g_i − e_i g_r)
  const conjMulRe = (e: Complex, x: Complex): Tensor => add(mul(e.re, x.re), mul(e.im, x.im));
  const conjMulIm = (e: Complex, x: Complex): Tensor => sub(mul(e.re, x.im), mul(e.im, x.re));
  const g3 = { re: unsqueeze(g.re, -1), im: unsqueeze(g.im, -1) };
  return {
    lambda: { re: sum(conjMulRe(tr.lambda, g), 0), im: sum(conjMulIm(tr.lambda, g), 0) },
    gamma: sum(conjMulRe(tr.gamma, g), 0),
    bRe: sum(conjMulRe(tr.b, g3), 0),
    bIm: sum(conjMulIm(tr.b, g3), 0),
  };
}

// ---------------------------------------------------------------------------------------------
// the same work split for a lazy E^B: the [B, N] part every step, E^B advanced together with
// its products when the step has an error (one pass over [B, N, H] instead of two)

/** e^λ, e^γ ([B, N] complex). */
export interface LruSmallTraces {
  readonly lambda: Complex;
  readonly gamma: Complex;
}

/** Inputs: λre, λim, γ [N], (B u_t) re/im, h_{t−1} re/im, e^λ re/im, e^γ re/im [B, N]. Outputs: e^λ, e^γ, h_t re/im [B, N]. */
const stateUpdateOp: OpDef<Record<string, never>> = {
  name: 'lruStateUpdate',
  infer: (ins) => {
    const op = 'lruStateUpdate';
    const dtype = floatOf(op, ins);
    const [B, N] = ins[3].shape;
    const names = ['λ re', 'λ im', 'γ', 'Bu re', 'Bu im', 'h re', 'h im', 'e^λ re', 'e^λ im', 'e^γ re', 'e^γ im'];
    ins.forEach((m, i) => expectShape(op, names[i], m.shape, i < 3 ? [N] : [B, N]));
    const bn = { shape: [B, N], dtype };
    return [bn, bn, bn, bn, bn, bn];
  },
  kernels: {
    cpu: (ins, _inMeta, outs, outMeta) => {
      const [B, N] = outMeta[0].shape;
      const [lr, li, g, bur, bui, hr, hi, elr, eli, egr, egi] = ins;
      const [olr, oli, ogr, ogi, ohr, ohi] = outs;
      for (let k = 0; k < B * N; k++) {
        const n = k % N;
        const a = lr[n];
        const c = li[n];
        olr[k] = a * elr[k] - c * eli[k] + hr[k];
        oli[k] = a * eli[k] + c * elr[k] + hi[k];
        ogr[k] = a * egr[k] - c * egi[k] + bur[k];
        ogi[k] = a * egi[k] + c * egr[k] + bui[k];
        ohr[k] = a * hr[k] - c * hi[k] + g[n] * bur[k];
        ohi[k] = a * hi[k] + c * hr[k] + g[n] * bui[k];
      }
    },
  },
};

/** The unfused composition of `lruStateUpdate` (the reference, and the path on WebGPU). */
export function lruStateUpdateReference(p: LruTraceInputs, hPrev: Complex, u: Tensor, prev: LruSmallTraces): LruSmallTraces & { readonly h: Complex } {
  const bu = bTimes(p, u);
  const N = p.bRe.shape[0];
  const lam = { re: reshape(p.lambda.re, [1, N]), im: reshape(p.lambda.im, [1, N]) };
  const g = reshape(p.gamma, [1, N]);
  return {
    lambda: cadd(cmul(lam, prev.lambda), hPrev),
    gamma: cadd(cmul(lam, prev.gamma), bu),
    h: cadd(cmul(lam, hPrev), { re: mul(bu.re, g), im: mul(bu.im, g) }),
  };
}

/** e^λ_t, e^γ_t and h_t: the [B, N] part of a step (fused on the CPU). */
export function lruStateUpdate(p: LruTraceInputs, hPrev: Complex, u: Tensor, prev: LruSmallTraces): LruSmallTraces & { readonly h: Complex } {
  if (u.device !== 'cpu') return lruStateUpdateReference(p, hPrev, u, prev);
  const bu = bTimes(p, u);
  const [lr, li, gr, gi, hr, hi] = runOp(stateUpdateOp, [p.lambda.re, p.lambda.im, p.gamma, bu.re, bu.im, hPrev.re, hPrev.im, prev.lambda.re, prev.lambda.im, prev.gamma.re, prev.gamma.im], {});
  return { lambda: { re: lr, im: li }, gamma: { re: gr, im: gi }, h: { re: hr, im: hi } };
}

/** The unfused composition of `lruTraceAdvance` (the reference, and the path on WebGPU). */
export function lruTraceAdvanceReference(p: LruTraceInputs, prev: Complex, u: Tensor, g: Complex | null): { readonly b: Complex; readonly grad: Complex | null } {
  const [N, H] = p.bRe.shape;
  const lam3 = { re: reshape(p.lambda.re, [1, N, 1]), im: reshape(p.lambda.im, [1, N, 1]) };
  const b = cadd(cmul(lam3, prev), mul(reshape(p.gamma, [1, N, 1]), reshape(u, [u.shape[0], 1, H])));
  if (g === null) return { b, grad: null };
  const g3 = { re: unsqueeze(g.re, -1), im: unsqueeze(g.im, -1) };
  return { b, grad: { re: sum(add(mul(b.re, g3.re), mul(b.im, g3.im)), 0), im: sum(sub(mul(b.re, g3.im), mul(b.im, g3.re)), 0) } };
}

/**
 * E^B_t = diag(λ) E^B_{t−1} + γ u_tᵀ and, given ḡ_t, its products Σ_b conj(E^B_t) ḡ_t[:, None]
 * (∂/∂B_re, ∂/∂B_im: [N, H]) in the same pass (fused on the CPU). prev: E^B_{t−1} [B, N, H].
 */
export function lruTraceAdvance(p: LruTraceInputs, prev: Complex, u: Tensor, g: Complex | null): { readonly b: Complex; readonly grad: Complex | null } {
  if (u.device !== 'cpu') return lruTraceAdvanceReference(p, prev, u, g);
  const base = [p.lambda.re, p.lambda.im, p.gamma, u, prev.re, prev.im];
  if (g === null) {
    const [br, bi] = runOp(diagTraceAdvanceOp, base, { withGrad: false });
    return { b: { re: br, im: bi }, grad: null };
  }
  const [br, bi, sr, si] = runOp(diagTraceAdvanceOp, [...base, g.re, g.im], { withGrad: true });
  return { b: { re: br, im: bi }, grad: { re: sr, im: si } };
}

/** Inputs: e^λ, e^γ re/im, ḡ re/im [B, N]. Outputs: Σ_b conj(e^λ) ḡ re/im, Σ_b Re(conj(e^γ) ḡ) [N]. */
const smallGradsOp: OpDef<Record<string, never>> = {
  name: 'lruStateGrads',
  infer: (ins) => {
    const op = 'lruStateGrads';
    const dtype = floatOf(op, ins);
    const [B, N] = ins[0].shape;
    ins.forEach((m, i) => expectShape(op, `input ${i}`, m.shape, [B, N]));
    const n = { shape: [N], dtype };
    return [n, n, n];
  },
  kernels: {
    cpu: (ins, inMeta, outs) => {
      const [B, N] = inMeta[0].shape;
      const [elr, eli, egr, egi, gr, gi] = ins;
      const [olr, oli, og] = outs;
      for (const o of outs) o.fill(0);
      for (let k = 0; k < B * N; k++) {
        const n = k % N;
        olr[n] += elr[k] * gr[k] + eli[k] * gi[k];
        oli[n] += elr[k] * gi[k] - eli[k] * gr[k];
        og[n] += egr[k] * gr[k] + egi[k] * gi[k];
      }
    },
  },
};

/** The unfused composition of `lruStateGrads` (the reference, and the path on WebGPU). */
export function lruStateGradsReference(tr: LruSmallTraces, g: Complex): { readonly lambda: Complex; readonly gamma: Tensor } {
  const re = (e: Complex): Tensor => sum(add(mul(e.re, g.re), mul(e.im, g.im)), 0);
  return { lambda: { re: re(tr.lambda), im: sum(sub(mul(tr.lambda.re, g.im), mul(tr.lambda.im, g.re)), 0) }, gamma: re(tr.gamma) };
}

/** The λ and γ products of one step: Σ_b conj(e^λ) ḡ [N] complex and Σ_b Re(conj(e^γ) ḡ) [N]. */
export function lruStateGrads(tr: LruSmallTraces, g: Complex): { readonly lambda: Complex; readonly gamma: Tensor } {
  if (g.re.device !== 'cpu') return lruStateGradsReference(tr, g);
  const [lr, li, gm] = runOp(smallGradsOp, [tr.lambda.re, tr.lambda.im, tr.gamma.re, tr.gamma.im, g.re, g.im], {});
  return { lambda: { re: lr, im: li }, gamma: gm };
}
