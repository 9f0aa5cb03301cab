/**
 * One training step (forward, backward, clipped Adam) of the in-context-regression models, for
 * benchmarks (the GD-ICL set-up: N = 10, d_x = 10, d_y = 1, batch 2048, fresh tasks each step):
 *   'lsa'    one linear self-attention layer over GD-ICL tokens [2048, 11, 11] (one head,
 *            d_k = d_v = 11, residual, mask `nn.gdIclMask(10)`), ŷ = −(y-slot of the query)
 *   'gated'  one gated RNN layer (N = 40, M = 20) over the same rows as a causal sequence,
 *            read at the last step
 * Loss ½ mean ‖ŷ − y_q‖², Adam 1e-3 with global-norm clipping 10. The same set-up as
 * bench/torch_peer.py.
 */
import type { Tensor, Tree } from '../src/index.js';
import { analysis, neg, nn, optim, random, scope, squeeze, tasks, valueAndGrad } from '../src/index.js';

export const ICL_STEP_SHAPE = { B: 2048, N: 10, dX: 10, dY: 1, gatedN: 40, gatedM: 20 } as const;

export function makeIclStep(variant: 'lsa' | 'gated', seed = 0): { train(): Tensor } {
  const { B, N, dX, dY, gatedN, gatedM } = ICL_STEP_SHAPE;
  const D = dX + dY;
  const task = tasks.linearRegressionIcl({ nContext: N, dX, dY });
  const [kp, kd] = random.split(random.key(seed), 2);
  const mask = nn.gdIclMask(N);
  const predict =
    variant === 'lsa'
      ? (p: unknown, b: tasks.IclBatch): Tensor => {
          const out = nn.transformer.apply(p as nn.TransformerParams, tasks.iclTokens(b), { mask });
          return neg(squeeze(out.slice(null, [N, N + 1], [dX, D]), 1));
        }
      : (p: unknown, b: tasks.IclBatch): Tensor => squeeze(nn.gatedRnn.apply(p as nn.GatedRnnParams, tasks.iclSequence(b).x).slice(null, [N, N + 1]), 1);
  const D0 = {
    dModel: D,
    nLayers: 1,
    attention: 'linear',
    nHeads: 1,
    dKey: D,
    dValue: D,
    causal: false,
    mlp: false,
    norm: 'none',
    finalNorm: false,
    initScale: 0.2,
  } as const;
  const init = variant === 'lsa' ? nn.transformer.init(kp, D0) : nn.gatedRnn.init(kp, { dIn: D, dHidden: gatedN, dGate: gatedM, dOut: dY });
  let params = init as unknown as Tree;
  const opt = optim.chain(optim.clipByGlobalNorm(10), optim.adam(1e-3));
  let state = opt.init(params);
  const vg = valueAndGrad((p: Tree, b: tasks.IclBatch) => analysis.icl.iclLoss(predict(p, b), b.yq));
  let step = 0;
  return {
    train() {
      const b = task.sample(random.foldIn(kd, step++), B);
      const [l, p, s] = scope(() => {
        const [value, g] = vg(params, b);
        const [updates, next] = opt.update(g, state, params);
        return [value, optim.applyUpdates(params, updates), next] as const;
      });
      params = p;
      state = s;
      return l;
    },
  };
}
