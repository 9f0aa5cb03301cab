/**
 * Residual wrapper around any layer, with the normalisation before (pre-norm, GPT-2 / P4) or
 * after (post-norm, the original Transformer) the sum.
 */
import { add } from '../../core/ops/elementwise.js';
import * as random from '../../core/random.js';
import type { Key } from '../../core/random.js';
import type { Tensor } from '../../core/tensor.js';
import type { Layer, SequenceLayer } from '../types.js';
import { resolveConfig } from '../types.js';
import type { Labels } from '../labels.js';
import type { AnyNormParams } from './norm.js';
import { applyNorm, initNorm, normLabels } from './norm.js';
import type { FloatDType } from './util.js';
import { checkFloatDType, checkOneOf, checkPositiveInt } from './util.js';

/** Norms a residual block supports (batch norm needs running statistics: see `nn.seq`). */
export type ResidualNorm = 'layer' | 'rms' | 'none';
const RESIDUAL_NORMS: readonly ResidualNorm[] = ['layer', 'rms', 'none'];

export interface ResidualConfig<C> {
  /** Feature width H of x (the wrapped layer must map [..., H] to [..., H]). */
  dim: number;
  norm: ResidualNorm;
  /** Pre-norm x + f(N(x)) when true, post-norm N(x + f(x)) when false. */
  prenorm: boolean;
  dtype: FloatDType;
  /** Configuration of the wrapped layer (partial, merged over its defaults). */
  layer: Partial<C>;
}

/** `norm` (null for 'none'), `layer` (the wrapped layer's parameters), static `normKind`, `prenorm`. */
export type ResidualParams<P> = {
  readonly norm: AnyNormParams;
  readonly layer: P;
  readonly normKind: ResidualNorm;
  readonly prenorm: boolean;
};

function checkSame(name: string, x: Tensor, y: Tensor): void {
  if (x.shape.length !== y.shape.length || x.shape.some((d, i) => d !== y.shape[i])) {
    throw new Error(`${name}: the wrapped layer must keep the shape of its input, got [${x.shape.join(', ')}] -> [${y.shape.join(', ')}]`);
  }
}

/**
 * Wrap `layer` f in a residual connection:
 *   pre-norm:  y = x + f(N(x))
 *   post-norm: y = N(x + f(x))
 * with N a layer/RMS norm over the last axis (or the identity). Returns a `SequenceLayer` when
 * f is one (its `step` applies the same equations to one time step and carries f's state).
 *
 * `x: [..., H]` -> `[..., H]`. Options are passed to f unchanged.
 */
export function residual<C, P, H, O>(layer: SequenceLayer<C, P, H, O>, name?: string): SequenceLayer<ResidualConfig<C>, ResidualParams<P>, H, O>;
export function residual<C, P, O>(layer: Layer<C, P, O>, name?: string): Layer<ResidualConfig<C>, ResidualParams<P>, O>;
export function residual<C, P, H, O>(
  layer: Layer<C, P, O> | SequenceLayer<C, P, H, O>,
  name = 'residual',
): Layer<ResidualConfig<C>, ResidualParams<P>, O> | SequenceLayer<ResidualConfig<C>, ResidualParams<P>, H, O> {
  const around = (params: ResidualParams<P>, x: Tensor, f: (z: Tensor) => Tensor): Tensor => {
    if (params.prenorm) {
      const [z] = applyNorm(params.normKind, params.norm, x);
      const fz = f(z);
      checkSame(name, x, fz);
      return add(x, fz);
    }
    const fx = f(x);
    checkSame(name, x, fx);
    return applyNorm(params.normKind, params.norm, add(x, fx))[0];
  };
  const base: Layer<ResidualConfig<C>, ResidualParams<P>, O> = {
    defaultConfig: () => ({ dim: 1, norm: 'layer', prenorm: true, dtype: 'f32', layer: {} }),
    init(key: Key, config?: Partial<ResidualConfig<C>>): ResidualParams<P> {
      const c = resolveConfig(name, base.defaultConfig(), config);
      checkPositiveInt(name, 'dim', c.dim);
      checkOneOf(name, 'norm', c.norm, RESIDUAL_NORMS);
      checkFloatDType(name, c.dtype);
      const [kn, kl] = random.split(key, 2);
      return { norm: initNorm(kn, c.norm, c.dim, c.dtype), layer: layer.init(kl, c.layer), normKind: c.norm, prenorm: c.prenorm };
    },
    apply(params: ResidualParams<P>, x: Tensor, options?: O): Tensor {
      return around(params, x, (z) => layer.apply(params.layer, z, options));
    },
    labels: (params: ResidualParams<P>): Labels<ResidualParams<P>> => ({
      norm: normLabels(params.norm),
      layer: layer.labels(params.layer),
      normKind: null,
      prenorm: null,
    }),
  };
  if (!('step' in layer)) return base;
  const seqLayer = layer;
  return {
    ...base,
    initialState: (params: ResidualParams<P>, batchShape: readonly number[]): H => seqLayer.initialState(params.layer, batchShape),
    step(params: ResidualParams<P>, h: H, xT: Tensor, options?: O): [H, Tensor] {
      let next = h;
      const y = around(params, xT, (z) => {
        const [h2, fz] = seqLayer.step(params.layer, h, z, options);
        next = h2;
        return fz;
      });
      return [next, y];
    },
  };
}
