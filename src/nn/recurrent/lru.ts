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
import { cexp, cmul, cadd, cscale, polar } from '../../core/complex.js';
import { add, cast, exp, log, mul, neg, sqrt, sub } from '../../core/ops/elementwise.js';
import { linearScan } from '../../core/ops/scan.js';
import * as random from '../../core/random.js';
import type { Key } from '../../core/random.js';
import { fmt } from '../../core/shape.js';
import type { Tensor } from '../../core/tensor.js';
import type { SequenceLayer } from '../types.js';
import { resolveConfig } from '../types.js';
import type { Labels } from '../labels.js';
import { labelFields } from '../labels.js';
import type { FloatDType } from '../blocks/util.js';
import { alongLast, checkFloatDType, checkOneOf, checkPositiveInt } from '../blocks/util.js';
import { checkParam, checkState, checkStepInput, dense, sequenceAxis, zeroState } from './common.js';

/** How λ is parametrised (P1). */
export type LruParametrization = 'exp' | 'polar' | 'reim';
const PARAMETRIZATIONS: readonly LruParametrization[] = ['exp', 'polar', 'reim'];

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

function defaultConfig(): LruConfig {
  return { dModel: 64, dHidden: 64, rMin: 0, rMax: 1, maxPhase: 2 * Math.PI, gammaNorm: true, parametrization: 'exp', dtype: 'f32' };
}

/** The parameters of λ in each parametrisation. */
const LAMBDA_KEYS: Record<LruParametrization, readonly [string, string]> = {
  exp: ['nuLog', 'thetaLog'],
  polar: ['nu', 'theta'],
  reim: ['lambdaRe', 'lambdaIm'],
};

/** The parametrisation of λ (the static field `parametrization`, checked). */
export function lruParametrization(p: LruParams): LruParametrization {
  const kind = (p as { parametrization?: unknown }).parametrization;
  if (!(PARAMETRIZATIONS as readonly unknown[]).includes(kind)) {
    throw new Error(
      `lru: params.parametrization must be one of ${PARAMETRIZATIONS.map((k) => `'${k}'`).join(', ')}, got ${JSON.stringify(kind) ?? 'nothing'}; create the parameters with nn.lru.init, or give hand-built ones kind: 'lru', parametrization and gammaNorm`,
    );
  }
  return kind as LruParametrization;
}

/** The diagonal recurrence λ: [N] (complex) from any parametrisation. */
export function lruLambda(p: LruParams): Complex {
  switch (p.parametrization) {
    case 'exp':
      return cexp({ re: neg(exp(p.nuLog)), im: exp(p.thetaLog) });
    case 'polar':
      return polar(p.nu, p.theta);
    case 'reim':
      return { re: p.lambdaRe, im: p.lambdaIm };
    default:
      // hand-built parameters with an unknown parametrisation: lruParametrization raises saying which exist
      lruParametrization(p satisfies never);
      throw new Error('lru: unreachable');
  }
}

/** γ = exp(γlog): [N], or null when the layer has no input normalisation (γ = 1). */
export function lruGamma(p: LruParams): Tensor | null {
  return p.gammaNorm && p.gammaLog !== undefined ? exp(p.gammaLog) : null;
}

/** Sizes [H, N] after checking the static fields and every parameter's shape. */
function checkParams(p: LruParams): [number, number] {
  if (typeof p !== 'object' || p === null) throw new Error('lru: params must be an object of tensors');
  if (p.kind !== 'lru') {
    throw new Error(
      `lru: params.kind must be 'lru', got ${JSON.stringify((p as { kind?: unknown }).kind) ?? 'nothing'}; create the parameters with nn.lru.init, or give hand-built ones kind: 'lru', parametrization and gammaNorm`,
    );
  }
  if (p.bRe === undefined || p.bRe.rank !== 2)
    throw new Error(`lru: parameter 'bRe' must be a [N, H] tensor, got ${p.bRe === undefined ? 'nothing' : fmt(p.bRe.shape)}`);
  const [N, H] = p.bRe.shape;
  checkParam('lru', 'bIm', p.bIm, [N, H]);
  checkParam('lru', 'cRe', p.cRe, [H, N]);
  checkParam('lru', 'cIm', p.cIm, [H, N]);
  checkParam('lru', 'd', p.d, [H]);
  if (p.gammaNorm === true) checkParam('lru', 'gammaLog', p.gammaLog, [N]);
  else if (p.gammaNorm === false) {
    if (p.gammaLog !== undefined) throw new Error('lru: params.gammaNorm is false but the parameters hold gammaLog; remove gammaLog, or set gammaNorm: true');
  } else throw new Error(`lru: params.gammaNorm must be a boolean, got ${JSON.stringify(p.gammaNorm) ?? 'nothing'}`);
  const kind = lruParametrization(p);
  const q = p as unknown as Record<string, Tensor | undefined>;
  for (const name of LAMBDA_KEYS[kind]) checkParam('lru', name, q[name], [N]);
  for (const other of PARAMETRIZATIONS) {
    if (other === kind) continue;
    const stray = LAMBDA_KEYS[other].find((k) => q[k] !== undefined);
    if (stray !== undefined)
      throw new Error(
        `lru: params.parametrization is '${kind}' but the parameters also hold '${stray}' (of '${other}'); keep only ${LAMBDA_KEYS[kind].join(' and ')}, or set parametrization: '${other}'`,
      );
  }
  return [H, N];
}

function checkConfig(c: LruConfig): void {
  checkPositiveInt('lru', 'dModel', c.dModel);
  checkPositiveInt('lru', 'dHidden', c.dHidden);
  checkOneOf('lru', 'parametrization', c.parametrization, PARAMETRIZATIONS);
  checkFloatDType('lru', c.dtype);
  if (!(c.rMin >= 0 && c.rMin <= c.rMax && c.rMax <= 1)) throw new Error(`lru: need 0 <= rMin <= rMax <= 1, got rMin ${c.rMin}, rMax ${c.rMax}`);
  if (c.rMin === 1 && (c.gammaNorm || c.parametrization === 'exp')) {
    throw new Error(
      "lru: rMin = 1 puts every |λ| at exactly 1, so γ = √(1 − |λ|²) = 0 (gammaNorm) and νlog = log 0 ('exp'); use rMin < 1, or 'polar'/'reim' with gammaNorm: false",
    );
  }
  if (!(Number.isFinite(c.maxPhase) && c.maxPhase >= 0)) throw new Error(`lru: maxPhase must be finite and >= 0, got ${c.maxPhase}`);
  if (c.parametrization === 'exp' && c.maxPhase === 0) {
    throw new Error("lru: maxPhase 0 would make thetaLog = log 0 = −∞ in the 'exp' parametrisation; use 'polar' or 'reim' for real λ");
  }
}

/**
 * Initialisation of P4 ("ring init"), with u₁, u₂ ~ U[0, 1):
 *   |λ|² = u₁ (rMax² − rMin²) + rMin²,  arg λ = maxPhase · u₂,  γ = √(1 − |λ|²)
 *   (exp: νlog = log(−½ log |λ|²), θlog = log(maxPhase u₂), γlog = log γ)
 *   B_re, B_im ~ N(0, 1/(2H));  C_re, C_im ~ N(0, 1/N);  D ~ N(0, 1).
 * Computed in float64, stored in `config.dtype`.
 */
function init(key: Key, partial?: Partial<LruConfig>): LruParams {
  const c = resolveConfig('lru', defaultConfig(), partial);
  checkConfig(c);
  const { dModel: H, dHidden: N, rMin, rMax, maxPhase, dtype } = c;
  const [k1, k2, kbr, kbi, kcr, kci, kd] = random.split(key, 7);
  const f64 = { dtype: 'f64' as const };
  const mod2 = add(mul(random.uniform(k1, [N], f64), rMax * rMax - rMin * rMin), rMin * rMin); // |λ|²: [N]
  const phase = mul(random.uniform(k2, [N], f64), maxPhase); // arg λ: [N]
  const out = (t: Tensor): Tensor => cast(t, dtype);
  const common: LruCommonParams = {
    kind: 'lru',
    gammaNorm: c.gammaNorm,
    bRe: out(random.normal(kbr, [N, H], { ...f64, std: 1 / Math.sqrt(2 * H) })),
    bIm: out(random.normal(kbi, [N, H], { ...f64, std: 1 / Math.sqrt(2 * H) })),
    cRe: out(random.normal(kcr, [H, N], { ...f64, std: 1 / Math.sqrt(N) })),
    cIm: out(random.normal(kci, [H, N], { ...f64, std: 1 / Math.sqrt(N) })),
    d: out(random.normal(kd, [H], f64)),
  };
  const gammaLog = c.gammaNorm ? { gammaLog: out(mul(log(sub(1, mod2)), 0.5)) } : {};
  const kind = c.parametrization;
  switch (kind) {
    case 'exp':
      return { parametrization: kind, nuLog: out(log(mul(log(mod2), -0.5))), thetaLog: out(log(phase)), ...gammaLog, ...common };
    case 'polar':
      return { parametrization: kind, nu: out(sqrt(mod2)), theta: out(phase), ...gammaLog, ...common };
    case 'reim': {
      const lambda = polar(sqrt(mod2), phase);
      return { parametrization: kind, lambdaRe: out(lambda.re), lambdaIm: out(lambda.im), ...gammaLog, ...common };
    }
    default:
      return kind satisfies never;
  }
}

/**
 * The whole sequence, x: [B, T, H] or [T, H] -> y of the same shape:
 *   u = γ ⊙ (x Bᵀ)  [B, T, N] complex;  h = linearScan(λ, u) along T;  y = Re(h Cᵀ) + D ⊙ x.
 */
function apply(p: LruParams, x: Tensor): Tensor {
  const [H] = checkParams(p);
  const axis = sequenceAxis('lru', x, H, 'dModel');
  const lambda = lruLambda(p); // [N]
  const gamma = lruGamma(p);
  const bx: Complex = { re: dense(x, p.bRe), im: dense(x, p.bIm) }; // [B, T, N]
  const u = gamma === null ? bx : cscale(bx, alongLast(gamma, x.rank));
  const h = linearScan(lambda, u, { axis }); // [B, T, N]
  return readout(p, h, x);
}

/** y = Re(C h) + D ⊙ x = h_re C_reᵀ − h_im C_imᵀ + D ⊙ x over the last axis. */
function readout(p: LruParams, h: Complex, x: Tensor): Tensor {
  return add(sub(dense(h.re, p.cRe), dense(h.im, p.cIm)), mul(x, alongLast(p.d, x.rank)));
}

function initialState(p: LruParams, batchShape: readonly number[]): LruState {
  const [, N] = checkParams(p);
  return { re: zeroState(p.bRe, batchShape, N), im: zeroState(p.bRe, batchShape, N) };
}

/**
 * One step: h: {re, im} [...batch, N], x_t: [...batch, H] ->
 *   h_t = λ ⊙ h + γ ⊙ (B x_t),  y_t = Re(C h_t) + D ⊙ x_t  ([...batch, H]).
 */
function step(p: LruParams, h: LruState, xT: Tensor): [LruState, Tensor] {
  const [H, N] = checkParams(p);
  checkStepInput('lru', xT, H, 'dModel');
  checkState('lru', 'h.re', h.re, xT, N);
  checkState('lru', 'h.im', h.im, xT, N);
  const lambda = lruLambda(p);
  const gamma = lruGamma(p);
  const r = xT.rank;
  const bx: Complex = { re: dense(xT, p.bRe), im: dense(xT, p.bIm) };
  const u = gamma === null ? bx : cscale(bx, alongLast(gamma, r));
  const h1 = cadd(cmul({ re: alongLast(lambda.re, r), im: alongLast(lambda.im, r) }, h), u);
  return [h1, readout(p, h1, xT)];
}

/** The readout C, D is 'weight'; everything that enters the recurrence (λ's parameters, γ, B) is 'recurrent'. */
function labels(p: LruParams): Labels<LruParams> {
  checkParams(p);
  return labelFields('lru', p, (k) => (k === 'cRe' || k === 'cIm' || k === 'd' ? 'weight' : 'recurrent'));
}

/**
 * `nn.lru`: the Linear Recurrent Unit (PAPERS.md P4, P1). x: [B, T, H] or [T, H].
 *
 * @example
 *   const p = nn.lru.init(random.key(0), { dModel: 8, dHidden: 16, parametrization: 'polar' });
 *   p.parametrization;                               // 'polar' (static: apply reads it)
 *   const y = nn.lru.apply(p, x);                    // x: [B, T, 8] -> y: [B, T, 8]
 *   nn.lru.labels(p);                                // { nu: 'recurrent', …, cRe: 'weight', kind: null, … }
 */
export const lru: SequenceLayer<LruConfig, LruParams, LruState> = { defaultConfig, init, apply, initialState, step, labels };
