/**
 * `sine-mlp`: the smallest end-to-end training run. A two-hidden-layer tanh MLP
 * (1 → 64 → 64 → 1) fits y = sin(x) on [−π, π] with Adam, full batch, float32:
 *
 *   f(x) = W₃ᵀ tanh(W₂ᵀ tanh(W₁ᵀ x + b₁) + b₂) + b₃,   L = mean((f(x) − sin x)²).
 *
 * It exercises tensors, matmul, broadcasting, `valueAndGrad` over a parameter tree and the
 * optimizer loop, and finishes in a few seconds on a laptop CPU.
 */
import { add, linspace, matmul, mean, optim, random, sin, square, sub, tanh, valueAndGrad, zeros } from '../index.js';
import type { Key, Tensor } from '../index.js';
import type { BaseRunConfig, BuiltinRun, RunHooks, RunResult } from './types.js';

export interface SineMlpConfig extends BaseRunConfig {
  /** Width of both hidden layers. */
  readonly hidden: number;
  /** Number of training points, drawn uniformly from [−π, π] once (full batch). */
  readonly numPoints: number;
  /** Adam step size and moment decay rates. */
  readonly lr: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
  /** Report metrics every this many steps. */
  readonly logEvery: number;
}

export function defaultSineMlpConfig(): SineMlpConfig {
  return { seed: 0, steps: 2000, hidden: 64, numPoints: 64, lr: 3e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8, logEvery: 10 };
}

/** Parameters of the MLP; `w1: [1, H]`, `w2: [H, H]`, `w3: [H, 1]`, biases `[H]`/`[1]`. */
export interface MlpParams {
  readonly [name: string]: Tensor;
  readonly w1: Tensor;
  readonly b1: Tensor;
  readonly w2: Tensor;
  readonly b2: Tensor;
  readonly w3: Tensor;
  readonly b3: Tensor;
}

/** LeCun-normal weights W ~ N(0, 1/fanIn) (keeps tanh pre-activations at unit scale), zero biases. */
export function initMlp(key: Key, hidden: number): MlpParams {
  const [k1, k2, k3] = random.split(key, 3);
  const layer = (k: Key, fanIn: number, fanOut: number): Tensor => random.normal(k, [fanIn, fanOut], { std: 1 / Math.sqrt(fanIn) });
  return {
    w1: layer(k1, 1, hidden),
    b1: zeros([hidden]),
    w2: layer(k2, hidden, hidden),
    b2: zeros([hidden]),
    w3: layer(k3, hidden, 1),
    b3: zeros([1]),
  };
}

/** f(x) for `x: [B, 1]` → `[B, 1]`. */
export function mlpApply(p: MlpParams, x: Tensor): Tensor {
  const h1 = tanh(add(matmul(x, p.w1), p.b1)); // [B, H]
  const h2 = tanh(add(matmul(h1, p.w2), p.b2)); // [B, H]
  return add(matmul(h2, p.w3), p.b3); // [B, 1]
}

function mseLoss(p: MlpParams, x: Tensor, y: Tensor): Tensor {
  return mean(square(sub(mlpApply(p, x), y)));
}

function runSineMlp(c: SineMlpConfig, hooks: RunHooks): Promise<RunResult> {
  const [dataKey, initKey] = random.split(random.key(c.seed), 2);
  const x = random.uniform(dataKey, [c.numPoints, 1], { minval: -Math.PI, maxval: Math.PI }); // [n, 1]
  const y = sin(x);
  let params = initMlp(initKey, c.hidden);
  const opt = optim.adam(c.lr, { b1: c.beta1, b2: c.beta2, eps: c.eps });
  let optState = opt.init(params);
  const lossAndGrad = valueAndGrad(mseLoss);

  const t0 = performance.now();
  let loss = NaN;
  for (let step = 1; step <= c.steps; step++) {
    const [value, grads] = lossAndGrad(params, x, y);
    loss = value.item();
    if (!Number.isFinite(loss)) throw new Error(`sine-mlp: loss became ${loss} at step ${step}`);
    const [updates, nextState] = opt.update(grads, optState, params);
    params = optim.applyUpdates(params, updates);
    optState = nextState;
    if (step === 1 || step % c.logEvery === 0 || step === c.steps) {
      hooks.onMetrics({ step, time_s: (performance.now() - t0) / 1000, loss });
    }
  }
  // Held-out error on an even grid over the whole interval.
  const xs = linspace(-Math.PI, Math.PI, 1001).reshape([1001, 1]);
  const testLoss = mseLoss(params, xs, sin(xs)).item();
  return Promise.resolve({ steps: c.steps, finalLoss: loss, extra: { testLoss } });
}

export const sineMlp: BuiltinRun<SineMlpConfig> = {
  name: 'sine-mlp',
  description: 'MLP 1→64→64→1 (tanh) fits sin(x) on [−π, π] with Adam, float32, full batch',
  defaultConfig: defaultSineMlpConfig,
  run: runSineMlp,
};
