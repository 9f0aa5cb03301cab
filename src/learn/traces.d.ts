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
export declare function zeroLruTraces(batch: number, n: number, h: number, dtype: DType, device?: DeviceName): LruTraces;
/** Number of real numbers the traces hold (2 (2BN + BNH)): the live state online learning adds per layer. */
export declare function lruTraceSize(t: LruTraces): number;
/** Gradients of one step from the traces: λ (re, im) [N], γ [N], B (re, im) [N, H]. */
export interface LruTraceGrads {
    readonly lambda: Complex;
    readonly gamma: Tensor;
    readonly bRe: Tensor;
    readonly bIm: Tensor;
}
/** All products of one step at once (Σ_b conj(trace) ḡ): the composition the fused routines split up. */
export declare function lruTraceGradsReference(tr: LruTraces, g: Complex): LruTraceGrads;
/** e^λ, e^γ ([B, N] complex). */
export interface LruSmallTraces {
    readonly lambda: Complex;
    readonly gamma: Complex;
}
type SmallStep = LruSmallTraces & {
    readonly h: Complex;
};
/** The unfused composition of `lruStateUpdate` (its reference). */
export declare function lruStateUpdateReference(p: LruTraceInputs, hPrev: Complex, u: Tensor, prev: LruSmallTraces): SmallStep;
/** e^λ_t, e^γ_t and h_t: the [B, N] part of a step (one fused op). */
export declare function lruStateUpdate(p: LruTraceInputs, hPrev: Complex, u: Tensor, prev: LruSmallTraces): SmallStep;
type AdvanceResult = {
    readonly b: Complex;
    readonly grad: Complex | null;
};
/** The unfused composition of `lruTraceAdvance` (its reference). */
export declare function lruTraceAdvanceReference(p: LruTraceInputs, prev: Complex, u: Tensor, g: Complex | null): AdvanceResult;
/**
 * E^B_t = diag(λ) E^B_{t−1} + γ u_tᵀ and, given ḡ_t, its products Σ_b conj(E^B_t) ḡ_t[:, None]
 * (∂/∂B_re, ∂/∂B_im: [N, H]) in the same pass (one fused op). prev: E^B_{t−1} [B, N, H].
 */
export declare function lruTraceAdvance(p: LruTraceInputs, prev: Complex, u: Tensor, g: Complex | null): AdvanceResult;
type StateGrads = {
    readonly lambda: Complex;
    readonly gamma: Tensor;
};
/** The unfused composition of `lruStateGrads` (its reference). */
export declare function lruStateGradsReference(tr: LruSmallTraces, g: Complex): StateGrads;
/** The λ and γ products of one step: Σ_b conj(e^λ) ḡ [N] complex and Σ_b Re(conj(e^γ) ḡ) [N] (one fused op). */
export declare function lruStateGrads(tr: LruSmallTraces, g: Complex): StateGrads;
export {};
