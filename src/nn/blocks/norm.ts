/**
 * Normalisation layers over the feature (last) axis: `layerNorm`, `rmsNorm`, and `batchNorm`
 * (statistics over all other axes, with running statistics as explicit state).
 *
 * `eps` and `momentum` are needed by `apply`, so they are stored as *static* numbers in the
 * parameter tree (`tree` keeps numbers as structure, not leaves: gradients and optimizers pass
 * them through unchanged).
 */
import { ones, zeros } from '../../core/creation.js';
import { add, mul, rsqrt, square, sub } from '../../core/ops/elementwise.js';
import { mean } from '../../core/ops/reduce.js';
import { reshape } from '../../core/ops/shape-ops.js';
import { stopGradient } from '../../core/autodiff.js';
import type { Key } from '../../core/random.js';
import type { Tensor } from '../../core/tensor.js';
import type { Layer } from '../types.js';
import { resolveConfig } from '../types.js';
import type { Labels } from '../labels.js';
import { labelFields } from '../labels.js';
import type { FloatDType } from './util.js';
import { alongLast, checkFloatDType, checkLast, checkPositiveInt } from './util.js';

function checkEps(layer: string, eps: number): void {
  if (!(eps >= 0) || !Number.isFinite(eps)) throw new Error(`${layer}: config.eps must be a finite number >= 0, got ${eps}`);
}

/** Multiply by γ and add β (each optional, `[H]`), broadcast explicitly over `[..., H]`. */
function affine(y: Tensor, gamma: Tensor | undefined, beta: Tensor | undefined): Tensor {
  let out = y;
  if (gamma !== undefined) out = mul(out, alongLast(gamma, y.rank));
  if (beta !== undefined) out = add(out, alongLast(beta, y.rank));
  return out;
}

function featureWidth(layer: string, gamma: Tensor | undefined, beta: Tensor | undefined, x: Tensor): void {
  const p = gamma ?? beta;
  if (p !== undefined) checkLast(`${layer}.apply`, x, p.shape[0], 'dim');
  else if (x.rank === 0) throw new Error(`${layer}: x must have rank >= 1, got a scalar`);
}

// ---------------------------------------------------------------------------------------------
// layer norm

export interface LayerNormConfig {
  /** Feature width H (last axis). */
  dim: number;
  /** ε added to the variance. */
  eps: number;
  /** Learn a per-feature scale γ (init 1). */
  scale: boolean;
  /** Learn a per-feature shift β (init 0). */
  bias: boolean;
  dtype: FloatDType;
}

/** `gamma: [H]` (if scale), `beta: [H]` (if bias), static `eps`. */
export type LayerNormParams = { readonly gamma?: Tensor; readonly beta?: Tensor; readonly eps: number };

/**
 * Layer normalisation (Ba et al. 2016): y = (x − μ) / √(σ² + ε) ⊙ γ + β with μ, σ² the mean
 * and (biased) variance over the last axis.
 *
 * `x: [..., H]` -> `[..., H]`.
 */
export const layerNorm: Layer<LayerNormConfig, LayerNormParams> = {
  defaultConfig: () => ({ dim: 1, eps: 1e-5, scale: true, bias: true, dtype: 'f32' }),
  init(_key: Key, config?: Partial<LayerNormConfig>): LayerNormParams {
    const c = resolveConfig('layerNorm', layerNorm.defaultConfig(), config);
    checkPositiveInt('layerNorm', 'dim', c.dim);
    checkEps('layerNorm', c.eps);
    checkFloatDType('layerNorm', c.dtype);
    return {
      ...(c.scale ? { gamma: ones([c.dim], { dtype: c.dtype }) } : {}),
      ...(c.bias ? { beta: zeros([c.dim], { dtype: c.dtype }) } : {}),
      eps: c.eps,
    };
  },
  apply(params: LayerNormParams, x: Tensor): Tensor {
    featureWidth('layerNorm', params.gamma, params.beta, x);
    const mu = mean(x, -1, true); // [..., 1]
    const xc = sub(x, mu);
    const v = mean(square(xc), -1, true); // [..., 1]
    return affine(mul(xc, rsqrt(add(v, params.eps))), params.gamma, params.beta);
  },
  /** γ and β are 'norm'. */
  labels: (params: LayerNormParams): Labels<LayerNormParams> => labelFields('layerNorm', params, () => 'norm'),
};

// ---------------------------------------------------------------------------------------------
// RMS norm

export interface RmsNormConfig {
  dim: number;
  eps: number;
  /** Learn a per-feature scale γ (init 1). */
  scale: boolean;
  dtype: FloatDType;
}

/** `gamma: [H]` (if scale), static `eps`. */
export type RmsNormParams = { readonly gamma?: Tensor; readonly eps: number };

/**
 * RMS normalisation (Zhang & Sennrich 2019): y = x / √(mean(x²) + ε) ⊙ γ over the last axis.
 *
 * `x: [..., H]` -> `[..., H]`.
 */
export const rmsNorm: Layer<RmsNormConfig, RmsNormParams> = {
  defaultConfig: () => ({ dim: 1, eps: 1e-6, scale: true, dtype: 'f32' }),
  init(_key: Key, config?: Partial<RmsNormConfig>): RmsNormParams {
    const c = resolveConfig('rmsNorm', rmsNorm.defaultConfig(), config);
    checkPositiveInt('rmsNorm', 'dim', c.dim);
    checkEps('rmsNorm', c.eps);
    checkFloatDType('rmsNorm', c.dtype);
    return { ...(c.scale ? { gamma: ones([c.dim], { dtype: c.dtype }) } : {}), eps: c.eps };
  },
  apply(params: RmsNormParams, x: Tensor): Tensor {
    featureWidth('rmsNorm', params.gamma, undefined, x);
    const ms = mean(square(x), -1, true); // [..., 1]
    return affine(mul(x, rsqrt(add(ms, params.eps))), params.gamma, undefined);
  },
  /** γ is 'norm'. */
  labels: (params: RmsNormParams): Labels<RmsNormParams> => labelFields('rmsNorm', params, () => 'norm'),
};

// ---------------------------------------------------------------------------------------------
// batch norm

export interface BatchNormConfig {
  dim: number;
  eps: number;
  /** Running statistics: r ← momentum · r + (1 − momentum) · batch statistic. */
  momentum: number;
  scale: boolean;
  bias: boolean;
  dtype: FloatDType;
}

/** `gamma`, `beta: [H]`, static `eps` and `momentum`. */
export type BatchNormParams = { readonly gamma?: Tensor; readonly beta?: Tensor; readonly eps: number; readonly momentum: number };

/** Running statistics `mean`, `var: [H]` (the biased batch variance is averaged). */
export type BatchNormStats = { readonly mean: Tensor; readonly var: Tensor };

export interface BatchNormOptions {
  /** Normalise with the statistics of this batch (true) or the running statistics (false, default). */
  train?: boolean;
  /** Running statistics; required in eval mode. */
  stats?: BatchNormStats;
}

export interface BatchNormLayer extends Layer<BatchNormConfig, BatchNormParams, BatchNormOptions> {
  /** Running statistics before any batch: mean 0, var 1. */
  initStats(params: BatchNormParams): BatchNormStats;
  /**
   * Apply and return the updated running statistics (train mode), or the same statistics
   * (eval mode). The running statistics carry no gradient.
   */
  applyWithStats(params: BatchNormParams, stats: BatchNormStats, x: Tensor, options?: { train?: boolean }): [Tensor, BatchNormStats];
}

function batchMoments(x: Tensor): [Tensor, Tensor] {
  const axes = Array.from({ length: x.rank - 1 }, (_, i) => i);
  const mu = mean(x, axes, true); // [1, ..., 1, H]
  const v = mean(square(sub(x, mu)), axes, true);
  return [mu, v];
}

function normalise(params: BatchNormParams, x: Tensor, mu: Tensor, v: Tensor): Tensor {
  return affine(mul(sub(x, mu), rsqrt(add(v, params.eps))), params.gamma, params.beta);
}

function checkStats(stats: BatchNormStats | undefined, x: Tensor): BatchNormStats {
  if (stats === undefined) {
    throw new Error(
      'batchNorm: eval mode needs options.stats (running statistics from initStats/applyWithStats); pass { train: true } to use batch statistics',
    );
  }
  checkLast('batchNorm.apply', x, stats.mean.shape[0], 'dim');
  return stats;
}

/**
 * Batch normalisation (Ioffe & Szegedy 2015) over the feature (last) axis. Train mode:
 * y = (x − μ_B) / √(σ²_B + ε) ⊙ γ + β with μ_B, σ²_B over all axes but the last (batch and
 * time); eval mode uses the running statistics instead. Running statistics are explicit state:
 * `applyWithStats` returns them updated, r ← m·r + (1 − m)·(batch statistic).
 *
 * `x: [..., H]` (at least two axes in train mode) -> `[..., H]`.
 */
export const batchNorm: BatchNormLayer = {
  defaultConfig: () => ({ dim: 1, eps: 1e-5, momentum: 0.9, scale: true, bias: true, dtype: 'f32' }),
  init(_key: Key, config?: Partial<BatchNormConfig>): BatchNormParams {
    const c = resolveConfig('batchNorm', batchNorm.defaultConfig(), config);
    checkPositiveInt('batchNorm', 'dim', c.dim);
    checkEps('batchNorm', c.eps);
    checkFloatDType('batchNorm', c.dtype);
    if (!(c.momentum >= 0 && c.momentum <= 1)) throw new Error(`batchNorm: config.momentum must lie in [0, 1], got ${c.momentum}`);
    return {
      ...(c.scale ? { gamma: ones([c.dim], { dtype: c.dtype }) } : {}),
      ...(c.bias ? { beta: zeros([c.dim], { dtype: c.dtype }) } : {}),
      eps: c.eps,
      momentum: c.momentum,
    };
  },
  initStats(params: BatchNormParams): BatchNormStats {
    const p = params.gamma ?? params.beta;
    if (p === undefined)
      throw new Error(
        'batchNorm.initStats: parameters without gamma and beta do not fix the width; create the statistics by hand ({ mean: zeros([H]), var: ones([H]) })',
      );
    const like = { dtype: p.dtype, device: p.device };
    return { mean: zeros([p.shape[0]], like), var: ones([p.shape[0]], like) };
  },
  apply(params: BatchNormParams, x: Tensor, options?: BatchNormOptions): Tensor {
    featureWidth('batchNorm', params.gamma, params.beta, x);
    if (options?.train === true) {
      if (x.rank < 2) throw new Error(`batchNorm: train mode needs x with a batch axis ([..., H], rank >= 2), got shape [${x.shape.join(', ')}]`);
      const [mu, v] = batchMoments(x);
      return normalise(params, x, mu, v);
    }
    const s = checkStats(options?.stats, x);
    return normalise(params, x, alongLast(s.mean, x.rank), alongLast(s.var, x.rank));
  },
  applyWithStats(params: BatchNormParams, stats: BatchNormStats, x: Tensor, options?: { train?: boolean }): [Tensor, BatchNormStats] {
    if (options?.train !== true) return [batchNorm.apply(params, x, { stats }), stats];
    const y = batchNorm.apply(params, x, { train: true });
    const [mu, v] = batchMoments(stopGradient(x));
    const H = stats.mean.shape[0];
    const m = params.momentum;
    const next = {
      mean: add(mul(stats.mean, m), mul(reshape(mu, [H]), 1 - m)),
      var: add(mul(stats.var, m), mul(reshape(v, [H]), 1 - m)),
    };
    return [y, next];
  },
  /** γ and β are 'norm'. */
  labels: (params: BatchNormParams): Labels<BatchNormParams> => labelFields('batchNorm', params, () => 'norm'),
};

// ---------------------------------------------------------------------------------------------
// choosing a normalisation by name (used by `residual` and `nn.seq`)

/** A normalisation over the feature axis, by name; 'none' is the identity. */
export type NormKind = 'layer' | 'rms' | 'batch' | 'none';
export const NORM_KINDS: readonly NormKind[] = ['layer', 'rms', 'batch', 'none'];

/** Parameters of any of the norms ('none': null). */
export type AnyNormParams = LayerNormParams | RmsNormParams | BatchNormParams | null;

/** Initialise the parameters of the named norm over `dim` features (default eps of each; the key is unused today). */
export function initNorm(key: Key, kind: NormKind, dim: number, dtype: FloatDType): AnyNormParams {
  switch (kind) {
    case 'layer':
      return layerNorm.init(key, { dim, dtype });
    case 'rms':
      return rmsNorm.init(key, { dim, dtype });
    case 'batch':
      return batchNorm.init(key, { dim, dtype });
    case 'none':
      return null;
    default:
      throw new Error(`norm: unknown kind '${String(kind satisfies never)}' (valid: ${NORM_KINDS.join(', ')})`);
  }
}

/** Labels of the named norm's parameters (null for 'none'): γ and β are 'norm'. */
export function normLabels(params: AnyNormParams): Labels<AnyNormParams> {
  return params === null ? null : labelFields('norm', params, () => 'norm');
}

/**
 * Apply the named norm; batch norm uses batch statistics when `train` (returning the updated
 * running statistics when `stats` are given) and the running `stats` otherwise.
 */
export function applyNorm(
  kind: NormKind,
  params: AnyNormParams,
  x: Tensor,
  options: { train?: boolean; stats?: BatchNormStats } = {},
): [Tensor, BatchNormStats | undefined] {
  switch (kind) {
    case 'layer':
      return [layerNorm.apply(params as LayerNormParams, x), undefined];
    case 'rms':
      return [rmsNorm.apply(params as RmsNormParams, x), undefined];
    case 'batch': {
      const p = params as BatchNormParams;
      if (options.stats === undefined) return [batchNorm.apply(p, x, { train: options.train }), undefined];
      return batchNorm.applyWithStats(p, options.stats, x, { train: options.train });
    }
    case 'none':
      return [x, undefined];
    default:
      throw new Error(`norm: unknown kind '${String(kind satisfies never)}' (valid: ${NORM_KINDS.join(', ')})`);
  }
}
