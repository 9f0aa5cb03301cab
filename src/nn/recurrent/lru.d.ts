/**
 * The Linear Recurrent Unit (Orvieto et al. 2023), as used in PAPERS.md P4 (online learning of
 * long-range dependencies) and P1 (the curse of memory), H = dModel, N = dHidden:
 *
 *   h_t = λ ⊙ h_{t−1} + γ ⊙ (B x_t),   B = B_re + i B_im ∈ ℂ^{N×H},  h_{−1} = 0
 *   y_t = Re(C h_t) + D ⊙ x_t,          C = C_re + i C_im ∈ ℂ^{H×N},  D ∈ ℝ^H
 *
 * λ ∈ ℂ^N has three parametrisations (P1 compares them), recorded in the static field
 * `parametrization` of the parameters:
 *   'exp'   (default)  λ = exp(−exp(νlog) + i exp(θlog))     params nuLog, thetaLog
 *   'polar'            λ = ν e^{iθ}  (|λ| = ν directly)        params nu, theta
 *   'reim'             λ = λ_re + i λ_im                       params lambdaRe, lambdaIm
 * γ = exp(γlog) ∈ ℝ^N is the input normalisation (learned; initialised to √(1−|λ|²)); with the
 * static `gammaNorm: false` there is no `gammaLog` parameter and γ = 1.
 *
 * The whole-sequence `apply` is one fused complex `linearScan`; `step` is the same recurrence one
 * step at a time (for online learning, P4).
 */
import type { Complex } from '../../core/complex.js';
import type { Tensor } from '../../core/tensor.js';
import type { SequenceLayer } from '../types.js';
import type { FloatDType } from '../blocks/util.js';
/** How λ is parametrised (P1). */
export type LruParametrization = 'exp' | 'polar' | 'reim';
export interface LruConfig {
    /** H: input and output width. */
    dModel: number;
    /** N: number of complex state units. */
    dHidden: number;
    /** Ring initialisation: |λ|² ~ U[rMin², rMax²]. */
    rMin: number;
    rMax: number;
    /** arg λ ~ U[0, maxPhase]. */
    maxPhase: number;
    /** Learn an input normalisation γ (param gammaLog, initialised to log √(1−|λ|²)); false: γ = 1. */
    gammaNorm: boolean;
    parametrization: LruParametrization;
    dtype: FloatDType;
}
/**
 * Parameters shared by all parametrisations, with the static fields `apply` and `step` read:
 * `kind` 'lru', and `gammaNorm` (whether `gammaLog` exists).
 */
export interface LruCommonParams {
    readonly kind: 'lru';
    /** γ = exp(gammaLog) is learned (true) or 1 (false, no gammaLog). */
    readonly gammaNorm: boolean;
    /** log γ: [N] (present exactly when gammaNorm is true). */
    gammaLog?: Tensor;
    /** Re B, Im B: [N, H]. */
    bRe: Tensor;
    bIm: Tensor;
    /** Re C, Im C: [H, N]. */
    cRe: Tensor;
    cIm: Tensor;
    /** D (skip connection): [H]. */
    d: Tensor;
}
/** λ = exp(−exp(νlog) + i exp(θlog)): nuLog, thetaLog [N]. */
export interface LruExpParams extends LruCommonParams {
    readonly parametrization: 'exp';
    nuLog: Tensor;
    thetaLog: Tensor;
}
/** λ = ν e^{iθ}: nu (the modulus), theta (the phase) [N]. */
export interface LruPolarParams extends LruCommonParams {
    readonly parametrization: 'polar';
    nu: Tensor;
    theta: Tensor;
}
/** λ = λ_re + i λ_im: lambdaRe, lambdaIm [N]. */
export interface LruReImParams extends LruCommonParams {
    readonly parametrization: 'reim';
    lambdaRe: Tensor;
    lambdaIm: Tensor;
}
export type LruParams = LruExpParams | LruPolarParams | LruReImParams;
/** The LRU state: complex h [...batch, N]. */
export type LruState = Complex;
/** The parametrisation of λ (the static field `parametrization`, checked). */
export declare function lruParametrization(p: LruParams): LruParametrization;
/** The diagonal recurrence λ: [N] (complex) from any parametrisation. */
export declare function lruLambda(p: LruParams): Complex;
/** γ = exp(γlog): [N], or null when the layer has no input normalisation (γ = 1). */
export declare function lruGamma(p: LruParams): Tensor | null;
/**
 * `nn.lru`: the Linear Recurrent Unit (PAPERS.md P4, P1). x: [B, T, H] or [T, H].
 *
 * @example
 *   const p = nn.lru.init(random.key(0), { dModel: 8, dHidden: 16, parametrization: 'polar' });
 *   p.parametrization;                               // 'polar' (static: apply reads it)
 *   const y = nn.lru.apply(p, x);                    // x: [B, T, 8] -> y: [B, T, 8]
 *   nn.lru.labels(p);                                // { nu: 'recurrent', …, cRe: 'weight', kind: null, … }
 */
export declare const lru: SequenceLayer<LruConfig, LruParams, LruState>;
