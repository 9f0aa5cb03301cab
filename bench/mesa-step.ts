/**
 * P2 (mesa-optimization) benchmark cases, the same set-ups as bench/torch_peer.py:
 *
 * `makeMesaStep(variant)`: one training step (forward, backward, global-norm clip 1, AdamW 1e-4
 * with weight decay 0.1) on constructed tokens e_t = [0, s_t, s_t, s_{t−1}] (n_s = 10, width 40)
 * of linear-dynamics sequences (`tasks.linearDynamics()`, B = 256, T = 50), prediction = the first
 * 10 coordinates of the model's output, loss Σ‖s_{t+1} − ŝ_{t+1}‖²/(2BT):
 *   'linear'  2 linear-attention layers (`nn.transformer`, 4 heads, d_k = d_v = 20, causal, no MLP,
 *             no norm);
 *   'mesa'    1 mesa layer with the same sizes (λ learned).
 * The batch is drawn once, outside the timed step (the step reads the same sequences each time).
 *
 * `makeMesaLayer(T)`: the mesa layer alone (`nn.mesa.apply`, the fused Sherman–Morrison op) on
 * x: [B, T, D], loss Σ y, gradients w.r.t. every parameter (wQ, wK, wV, wO, lambdaLog), with
 * weights and inputs from the harness's `fill` (the PyTorch peer draws the same numbers).
 */
import type { Tensor, Tree } from '../src/index.js';
import { analysis, nn, optim, random, scope, sum, tasks, tensor, valueAndGrad } from '../src/index.js';
import { fill } from './harness.js';

export const MESA_STEP_SHAPE = { B: 256, T: 50, nS: 10, D: 40, H: 4, dK: 20, dV: 20 } as const;

/** The mesa-layer fwd+bwd case: [B, T, D] inputs, H heads of d_k = d_v; T from `MESA_LAYER_TS`. */
export const MESA_LAYER_SHAPE = { B: 16, D: 40, H: 4, dK: 20, dV: 20 } as const;
export const MESA_LAYER_TS = [50, 256, 1024] as const;

export function makeMesaStep(variant: 'linear' | 'mesa', seed = 0): { train(): Tensor } {
  const { B, T, nS, D, H, dK, dV } = MESA_STEP_SHAPE;
  const [kp, kd] = random.split(random.key(seed), 2);
  let params = nn.transformer.init(kp, {
    dModel: D,
    nLayers: variant === 'linear' ? 2 : 1,
    attention: variant,
    nHeads: H,
    dKey: dK,
    dValue: dV,
    causal: true,
    mlp: false,
    norm: 'none',
    finalNorm: false,
  }) as unknown as Tree;
  const batch = tasks.linearDynamics({ nS, nH: nS, T }).sample(kd, B);
  const opt = optim.chain(optim.clipByGlobalNorm(1), optim.adamw(1e-4, { weightDecay: 0.1 }));
  let state = opt.init(params);
  const vg = valueAndGrad((p: Tree, s: Tensor, target: Tensor) => {
    const out = nn.transformer.apply(p as unknown as nn.TransformerParams, tasks.constructedTokens(s));
    return analysis.mesa.sequenceLoss(out.slice(null, null, [0, nS]), target);
  });
  return {
    train() {
      const [l, p, s] = scope(() => {
        const [value, g] = vg(params, batch.inputs, batch.targets);
        const [updates, next] = opt.update(g, state, params);
        return [value, optim.applyUpdates(params, updates), next] as const;
      });
      params = p;
      state = s;
      return l;
    },
  };
}

/**
 * Mesa-layer parameters and input from `fill` (seeds 41–45 and 46): projections uniform in
 * ±1/√D (wO: ±1/√(H d_v)), λ = 1 (lambdaLog 0), x uniform in ±1.
 */
export function mesaLayerData(
  T: number,
  dtype: 'f32' | 'f64' = 'f32',
  shape: { B: number; D: number; H: number; dK: number; dV: number } = MESA_LAYER_SHAPE,
): { params: nn.MesaParams; x: Tensor } {
  const { B, D, H, dK, dV } = shape;
  const t = (s: number[], seed: number, scale: number): Tensor =>
    tensor(
      Float64Array.from(
        fill(
          s.reduce((a, b) => a * b, 1),
          seed,
          scale,
        ),
      ),
      { shape: s, dtype },
    );
  const params: nn.MesaParams = {
    kind: 'mesa',
    wQ: t([H, dK, D], 41, 1 / Math.sqrt(D)),
    wK: t([H, dK, D], 42, 1 / Math.sqrt(D)),
    wV: t([H, dV, D], 43, 1 / Math.sqrt(D)),
    wO: t([H, D, dV], 44, 1 / Math.sqrt(H * dV)),
    lambdaLog: t([H], 45, 0),
  };
  return { params, x: t([B, T, D], 46, 1) };
}

export function makeMesaLayer(T: number): { run(): Tensor } {
  const { params, x } = mesaLayerData(T);
  const vg = valueAndGrad((p: nn.MesaParams, xx: Tensor) => sum(nn.mesa.apply(p, xx)));
  return {
    run() {
      const [l] = vg(params, x);
      return l;
    },
  };
}
