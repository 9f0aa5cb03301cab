/**
 * `learn.checkOnline`: the diagnostic behind `looplab check online`. It draws a random `nn.seq`
 * LRU model (float64) and batch, computes the gradient by BPTT and by an online mode, and
 * reports the largest relative error per parameter, max_i |g_i − g*_i| / max_i |g*_i|, and the
 * per-layer alignment (cosine, norm ratio) of the recurrent parameters.
 *
 * With one layer, 'online' matches BPTT to rounding for the recurrent layer and everything above
 * it; parameters below it (encoder, the block's pre-norm) get the spatial estimate.
 */
import * as random from '../core/random.js';
import type { Tensor } from '../core/tensor.js';
import * as tree from '../core/tree.js';
import { lru } from '../nn/recurrent/lru.js';
import { seq } from '../nn/seq.js';
import type { GradientMode } from './modes.js';
import { sequenceGradients } from './sequence.js';

export interface CheckOnlineOptions {
  /** Number of LRU blocks. */
  layers: number;
  seed: number;
  /** Sequence length. */
  T: number;
  /** Model width H. */
  dModel: number;
  /** LRU state size N. */
  dHidden: number;
  /** The estimate compared with BPTT (default 'online'). */
  mode?: Exclude<GradientMode, 'bptt'>;
  /** Batch size (default 2). */
  batch?: number;
}

export interface CheckOnlineReport {
  layers: number;
  mode: string;
  /** Per parameter path: max |estimate − BPTT| / max |BPTT|. */
  maxRelError: Record<string, number>;
  /** Per layer (block): cosine similarity of the recurrent parameters' gradients. */
  cosine: number[];
  /** Per layer: ‖estimate‖ / ‖BPTT‖. */
  normRatio: number[];
}

function relError(a: Tensor, b: Tensor): number {
  const u = a.dataSync();
  const v = b.dataSync();
  let e = 0;
  let m = 0;
  for (let i = 0; i < u.length; i++) {
    e = Math.max(e, Math.abs(u[i] - v[i]));
    m = Math.max(m, Math.abs(v[i]));
  }
  return m === 0 ? e : e / m;
}

/** Compare an online estimate with BPTT on a random model and batch (see the module notes). */
export function checkOnline(o: CheckOnlineOptions): CheckOnlineReport {
  const mode = o.mode ?? 'online';
  const B = o.batch ?? 2;
  const [kModel, kx, ky] = random.split(random.key(o.seed), 3);
  const dInput = 2;
  const dOutput = 2;
  const params = seq.init(kModel, {
    dInput,
    dModel: o.dModel,
    dOutput,
    nLayers: o.layers,
    mixer: lru,
    mixerConfig: { dHidden: o.dHidden, rMin: 0.5 },
    pooling: 'none',
    dtype: 'f64',
  });
  const batch = { x: random.normal(kx, [B, o.T, dInput], { dtype: 'f64' }), targets: random.normal(ky, [B, o.T, dOutput], { dtype: 'f64' }) };
  const exact = sequenceGradients(seq, params, batch, { mode: 'bptt', loss: 'mse' });
  const est = sequenceGradients(seq, params, batch, { mode, loss: 'mse', alignment: true });
  const paths = tree.paths(exact.grads);
  const a = tree.leaves(est.grads as tree.Tree);
  const b = tree.leaves(exact.grads as tree.Tree);
  const maxRelError: Record<string, number> = {};
  paths.forEach((p, i) => (maxRelError[p.replace(/^\./, '')] = relError(a[i], b[i])));
  const al = est.alignment ?? { cosine: [], normRatio: [] };
  return { layers: o.layers, mode, maxRelError, cosine: al.cosine, normRatio: al.normRatio };
}
