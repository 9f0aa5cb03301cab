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
 * one pass) and `lruStateGrads` (the λ and γ products) — the fused routines `diagStateUpdate`,
 * `diagTraceAdvance` and `diagStateGrads` of src/core/ops/rtrl.ts, which run their unfused
 * compositions (the `…Reference` functions here) on backends without their kernels.
 * `lruTraceGradsReference` is the composition of all products at once.
 *
 * None of these routines has a gradient of its own (the traces are constants of the backward pass).
 */
import type { DType } from '../core/dtype.js';
import type { DeviceName } from '../core/backend.js';
import type { Complex } from '../core/complex.js';
import { zeros } from '../core/creation.js';
import {
  diagStateGradsOp,
  diagStateGradsReference,
  diagStateUpdateOp,
  diagStateUpdateReference,
  diagTraceAdvanceOp,
  diagTraceAdvanceReference,
} from '../core/ops/rtrl.js';
import { runOp } from '../core/op.js';
import { add, mul, sub } from '../core/ops/elementwise.js';
import { matmul } from '../core/ops/matmul.js';
import { sum } from '../core/ops/reduce.js';
import { mT, unsqueeze } from '../core/ops/shape-ops.js';
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

/** All products of one step at once (Σ_b conj(trace) ḡ): the composition the fused routines split up. */
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

type SmallStep = LruSmallTraces & { readonly h: Complex };

/** The operands of `diagStateUpdate`. */
function stateUpdateInputs(p: LruTraceInputs, hPrev: Complex, u: Tensor, prev: LruSmallTraces): Tensor[] {
  const bu = bTimes(p, u);
  return [p.lambda.re, p.lambda.im, p.gamma, bu.re, bu.im, hPrev.re, hPrev.im, prev.lambda.re, prev.lambda.im, prev.gamma.re, prev.gamma.im];
}

function smallStep([lr, li, gr, gi, hr, hi]: readonly Tensor[]): SmallStep {
  return { lambda: { re: lr, im: li }, gamma: { re: gr, im: gi }, h: { re: hr, im: hi } };
}

/** The unfused composition of `lruStateUpdate` (its reference). */
export function lruStateUpdateReference(p: LruTraceInputs, hPrev: Complex, u: Tensor, prev: LruSmallTraces): SmallStep {
  return smallStep(diagStateUpdateReference(stateUpdateInputs(p, hPrev, u, prev)));
}

/** e^λ_t, e^γ_t and h_t: the [B, N] part of a step (one fused op). */
export function lruStateUpdate(p: LruTraceInputs, hPrev: Complex, u: Tensor, prev: LruSmallTraces): SmallStep {
  return smallStep(runOp(diagStateUpdateOp, stateUpdateInputs(p, hPrev, u, prev), {}));
}

type AdvanceResult = { readonly b: Complex; readonly grad: Complex | null };

function traceAdvanceInputs(p: LruTraceInputs, prev: Complex, u: Tensor, g: Complex | null): Tensor[] {
  const base = [p.lambda.re, p.lambda.im, p.gamma, u, prev.re, prev.im];
  return g === null ? base : [...base, g.re, g.im];
}

function advanceResult([br, bi, sr, si]: readonly Tensor[], withGrad: boolean): AdvanceResult {
  return { b: { re: br, im: bi }, grad: withGrad ? { re: sr, im: si } : null };
}

/** The unfused composition of `lruTraceAdvance` (its reference). */
export function lruTraceAdvanceReference(p: LruTraceInputs, prev: Complex, u: Tensor, g: Complex | null): AdvanceResult {
  const withGrad = g !== null;
  return advanceResult(diagTraceAdvanceReference(traceAdvanceInputs(p, prev, u, g), { withGrad }), withGrad);
}

/**
 * E^B_t = diag(λ) E^B_{t−1} + γ u_tᵀ and, given ḡ_t, its products Σ_b conj(E^B_t) ḡ_t[:, None]
 * (∂/∂B_re, ∂/∂B_im: [N, H]) in the same pass (one fused op). prev: E^B_{t−1} [B, N, H].
 */
export function lruTraceAdvance(p: LruTraceInputs, prev: Complex, u: Tensor, g: Complex | null): AdvanceResult {
  const withGrad = g !== null;
  return advanceResult(runOp(diagTraceAdvanceOp, traceAdvanceInputs(p, prev, u, g), { withGrad }), withGrad);
}

type StateGrads = { readonly lambda: Complex; readonly gamma: Tensor };

function stateGrads([lr, li, gm]: readonly Tensor[]): StateGrads {
  return { lambda: { re: lr, im: li }, gamma: gm };
}

/** The unfused composition of `lruStateGrads` (its reference). */
export function lruStateGradsReference(tr: LruSmallTraces, g: Complex): StateGrads {
  return stateGrads(diagStateGradsReference([tr.lambda.re, tr.lambda.im, tr.gamma.re, tr.gamma.im, g.re, g.im]));
}

/** The λ and γ products of one step: Σ_b conj(e^λ) ḡ [N] complex and Σ_b Re(conj(e^γ) ḡ) [N] (one fused op). */
export function lruStateGrads(tr: LruSmallTraces, g: Complex): StateGrads {
  return stateGrads(runOp(diagStateGradsOp, [tr.lambda.re, tr.lambda.im, tr.gamma.re, tr.gamma.im, g.re, g.im], {}));
}
