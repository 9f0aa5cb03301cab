/**
 * Affine maps and lookup tables: `dense` (y = x W + b) with variance-scaling initialisers, and
 * `embedding` (integer ids -> rows of a table).
 */
import { zeros } from '../../core/creation.js';
import { add } from '../../core/ops/elementwise.js';
import { take } from '../../core/ops/indexing.js';
import { matmul } from '../../core/ops/matmul.js';
import { reshape } from '../../core/ops/shape-ops.js';
import * as random from '../../core/random.js';
import type { Key } from '../../core/random.js';
import { Tensor } from '../../core/tensor.js';
import type { Layer } from '../types.js';
import { resolveConfig } from '../types.js';
import type { Labels } from '../labels.js';
import { labelFields } from '../labels.js';
import type { FloatDType } from './util.js';
import { checkFloatDType, checkLast, checkOneOf, checkPositiveInt } from './util.js';

/**
 * Variance-scaling schemes: Var(W_ij) = s / n with
 *   'lecun':  s = 1, n = fan_in              (LeCun et al. 1998)
 *   'glorot': s = 1, n = (fan_in + fan_out)/2 (Glorot & Bengio 2010)
 *   'he':     s = 2, n = fan_in              (He et al. 2015)
 */
export type DenseInit = 'lecun' | 'glorot' | 'he';
/**
 * The distribution with that variance: 'normal' N(0, s/n); 'uniform' U(−√(3s/n), √(3s/n));
 * 'truncatedNormal' a normal truncated to ±2 standard deviations, rescaled (÷ 0.8796…) so that
 * the variance after truncation is s/n (as JAX/Flax's `lecun_normal`).
 */
export type DenseDistribution = 'normal' | 'uniform' | 'truncatedNormal';

export const DENSE_INITS: readonly DenseInit[] = ['lecun', 'glorot', 'he'];
export const DENSE_DISTRIBUTIONS: readonly DenseDistribution[] = ['normal', 'uniform', 'truncatedNormal'];

/** Standard deviation of N(0, 1) truncated to [−2, 2]. */
const TRUNC2_STD = 0.8796256610342398;

export interface DenseConfig {
  /** Input width (last axis of x). */
  dIn: number;
  /** Output width. */
  dOut: number;
  /** Add a bias b (initialised to zero). */
  bias: boolean;
  /** Variance-scaling scheme of W. */
  init: DenseInit;
  /** Distribution of W. */
  distribution: DenseDistribution;
  /** Extra factor on the standard deviation of W (1 = the scheme as published). */
  scale: number;
  dtype: FloatDType;
}

/** `w: [dIn, dOut]`, `b: [dOut]` (absent when `bias` is false). */
export type DenseParams = { readonly w: Tensor; readonly b?: Tensor };

/** Draw a `[fanIn, fanOut]` weight matrix with Var = scale² · s / n (see `DenseInit`). */
export function varianceScaling(
  key: Key,
  fanIn: number,
  fanOut: number,
  init: DenseInit,
  distribution: DenseDistribution,
  dtype: FloatDType,
  scale = 1,
): Tensor {
  let variance: number;
  switch (init) {
    case 'lecun':
      variance = 1 / fanIn;
      break;
    case 'glorot':
      variance = 2 / (fanIn + fanOut);
      break;
    case 'he':
      variance = 2 / fanIn;
      break;
    default:
      return init satisfies never;
  }
  const std = scale * Math.sqrt(variance);
  const shape = [fanIn, fanOut];
  switch (distribution) {
    case 'normal':
      return random.normal(key, shape, { std, dtype });
    case 'uniform': {
      const limit = Math.sqrt(3) * std;
      return random.uniform(key, shape, { minval: -limit, maxval: limit, dtype });
    }
    case 'truncatedNormal':
      return random.truncatedNormal(key, -2, 2, shape, { dtype }).mul(std / TRUNC2_STD);
    default:
      return distribution satisfies never;
  }
}

/**
 * Dense (affine) layer: y = x W + b.
 *
 * `x: [..., dIn]` -> `[..., dOut]`; `w: [dIn, dOut]`, `b: [dOut]`. Leading axes are flattened
 * for one matmul, so any batch/time layout works and strict mode holds.
 */
export const dense: Layer<DenseConfig, DenseParams> = {
  defaultConfig: () => ({ dIn: 1, dOut: 1, bias: true, init: 'lecun', distribution: 'truncatedNormal', scale: 1, dtype: 'f32' }),
  init(key: Key, config?: Partial<DenseConfig>): DenseParams {
    const c = resolveConfig('dense', dense.defaultConfig(), config);
    checkPositiveInt('dense', 'dIn', c.dIn);
    checkPositiveInt('dense', 'dOut', c.dOut);
    checkOneOf('dense', 'init', c.init, DENSE_INITS);
    checkOneOf('dense', 'distribution', c.distribution, DENSE_DISTRIBUTIONS);
    checkFloatDType('dense', c.dtype);
    if (!(c.scale >= 0) || !Number.isFinite(c.scale)) throw new Error(`dense: config.scale must be a finite number >= 0, got ${c.scale}`);
    const w = varianceScaling(key, c.dIn, c.dOut, c.init, c.distribution, c.dtype, c.scale);
    return c.bias ? { w, b: zeros([c.dOut], { dtype: c.dtype }) } : { w };
  },
  apply(params: DenseParams, x: Tensor): Tensor {
    const [dIn, dOut] = params.w.shape;
    checkLast('dense.apply', x, dIn, 'dIn');
    const lead = x.shape.slice(0, -1);
    const x2 = reshape(x, [-1, dIn]); // [N, dIn]
    let y = matmul(x2, params.w); // [N, dOut]
    if (params.b !== undefined) y = add(y, reshape(params.b, [1, dOut]));
    return reshape(y, [...lead, dOut]);
  },
  /** w: 'weight', b: 'bias'. */
  labels: (params: DenseParams): Labels<DenseParams> => labelFields('dense', params, (k) => (k === 'b' ? 'bias' : 'weight')),
};

export interface EmbeddingConfig {
  /** Number of ids (rows of the table). */
  vocabSize: number;
  /** Width of each vector. */
  dim: number;
  /** Standard deviation of the N(0, std²) table entries. */
  std: number;
  dtype: FloatDType;
}

/** `w: [vocabSize, dim]`. */
export type EmbeddingParams = { readonly w: Tensor };

/**
 * Embedding: y[..., :] = W[ids[...], :].
 *
 * `ids: [...]` (i32, values in [0, vocabSize); `take` rejects others, negative ids count from the
 * end as in numpy) -> `[..., dim]`. The gradient scatters into the
 * rows that were looked up.
 */
export const embedding: Layer<EmbeddingConfig, EmbeddingParams> = {
  defaultConfig: () => ({ vocabSize: 1, dim: 1, std: 1, dtype: 'f32' }),
  init(key: Key, config?: Partial<EmbeddingConfig>): EmbeddingParams {
    const c = resolveConfig('embedding', embedding.defaultConfig(), config);
    checkPositiveInt('embedding', 'vocabSize', c.vocabSize);
    checkPositiveInt('embedding', 'dim', c.dim);
    checkFloatDType('embedding', c.dtype);
    return { w: random.normal(key, [c.vocabSize, c.dim], { std: c.std, dtype: c.dtype }) };
  },
  apply(params: EmbeddingParams, ids: Tensor): Tensor {
    if (!(ids instanceof Tensor) || ids.dtype !== 'i32')
      throw new Error(
        `embedding.apply: ids must be an i32 tensor [...] of token ids, got ${ids instanceof Tensor ? `${ids.dtype} of shape [${ids.shape.join(', ')}]` : typeof ids}`,
      );
    return take(params.w, ids, 0); // [..., dim]; ids out of range raise in take
  },
  /** The table is an 'embedding'. */
  labels: (params: EmbeddingParams): Labels<EmbeddingParams> => labelFields('embedding', params, () => 'embedding'),
};
