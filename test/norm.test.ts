/**
 * The fused batch norm (`batchNorm2d`, core/ops/norm.ts) and its backward `batchNorm2dGrad`:
 * - values against per-channel loops written here from the definition, and against the
 *   composition nn.batchNorm2d used before the op (its reference), with and without γ, β;
 * - float64 finite-difference gradients in x, γ, β through all three outputs, and gradients of
 *   gradients (second-order MAML differentiates through the backward op), against finite
 *   differences and against the reference composition;
 * - the Wasm kernels against the TypeScript kernels, bit for bit, in and out of the tensor heap
 *   (and that they ran);
 * - nn.batchNorm2d in train mode against the old composition, its running statistics;
 * - errors that name the op and the shapes.
 * WebGPU: test/webgpu/norm.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tensor } from '../src/index.js';
import { batchNorm2d, concat, getCpuKernels, grad, mul, nn, random, ravel, scope, setCpuKernels, square, sum, tanh, tensor } from '../src/index.js';
import { readyWorkers, wasmKernelCalls } from '../src/core/backends/wasm/pool.js';
import { wasm } from '../src/core/backends/wasm/runtime.js';
import { runOp } from '../src/core/op.js';
import { batchNorm2dReference } from '../src/core/ops/norm.js';
import { ops } from '../src/core/ops/table.js';
import { checkGrad, expectClose, rand, toF64 } from './util/check.js';

const AFFINE = [
  ['γ and β', true, true],
  ['γ only', true, false],
  ['β only', false, true],
  ['neither', false, false],
] as const;

/** The operands and params of the op for x and the chosen γ, β. */
function opArgs(x: Tensor, gamma: Tensor | undefined, beta: Tensor | undefined, eps: number) {
  return {
    ins: [x, ...(gamma ? [gamma] : []), ...(beta ? [beta] : [])],
    params: { eps, gamma: gamma !== undefined, beta: beta !== undefined },
  };
}

/** y, μ, σ² from the definition, as loops in float64. */
function direct(x: Tensor, gamma: Tensor | undefined, beta: Tensor | undefined, eps: number): Float64Array[] {
  const [B, C, H, W] = x.shape;
  const xv = toF64(x);
  const n = B * H * W;
  const y = new Float64Array(xv.length);
  const mu = new Float64Array(C);
  const v = new Float64Array(C);
  const g = gamma ? toF64(gamma) : null;
  const bt = beta ? toF64(beta) : null;
  const idx = (b: number, c: number, k: number): number => (b * C + c) * H * W + k;
  for (let c = 0; c < C; c++) {
    for (let b = 0; b < B; b++) for (let k = 0; k < H * W; k++) mu[c] += xv[idx(b, c, k)] / n;
    for (let b = 0; b < B; b++) for (let k = 0; k < H * W; k++) v[c] += (xv[idx(b, c, k)] - mu[c]) ** 2 / n;
    for (let b = 0; b < B; b++) {
      for (let k = 0; k < H * W; k++) {
        const i = idx(b, c, k);
        y[i] = ((xv[i] - mu[c]) / Math.sqrt(v[c] + eps)) * (g ? g[c] : 1) + (bt ? bt[c] : 0);
      }
    }
  }
  return [y, mu, v];
}

/** Every element equal (a loop: toEqual on 70 000-element arrays takes seconds). */
function expectSameBits(a: Tensor, b: Tensor, what: string): void {
  const [u, v] = [toF64(a), toF64(b)];
  expect(u.length, what).toBe(v.length);
  const at = u.findIndex((x, i) => !Object.is(x, v[i]));
  expect(at < 0 ? 'equal' : `index ${at}: ${u[at]} vs ${v[at]}`, what).toBe('equal');
}

const flatAll = (ts: readonly Tensor[]): Tensor => concat(ts.map((t) => ravel(t)));

describe('batchNorm2d: values', () => {
  it.each(AFFINE)('%s: the definition, and the reference composition (f64 and f32)', (_, withG, withB) => {
    for (const dt of ['f64', 'f32'] as const) {
      const x = rand([3, 2, 5, 3], 1, -0.5, 1.5, dt);
      const gamma = withG ? rand([2], 2, 0.5, 1.5, dt) : undefined;
      const beta = withB ? rand([2], 3, -1, 1, dt) : undefined;
      const { y, mean, var: v } = batchNorm2d(x, { gamma, beta, eps: 1e-3 });
      expect([y.shape, mean.shape, v.shape, y.dtype]).toEqual([x.shape, [2], [2], dt]);
      const tol = dt === 'f64' ? { rtol: 1e-13, atol: 1e-14 } : { rtol: 2e-6, atol: 2e-6 };
      direct(x, gamma, beta, 1e-3).forEach((want, i) => expectClose([y, mean, v][i], want, { ...tol, what: `${dt} output ${i}` }));
      const { ins, params } = opArgs(x, gamma, beta, 1e-3);
      const ref = batchNorm2dReference(ins, params);
      const rtol = dt === 'f64' ? { rtol: 1e-13, atol: 1e-14 } : { rtol: 1e-6, atol: 1e-6 };
      [y, mean, v].forEach((t, i) => expectClose(t, ref[i], { ...rtol, what: `${dt} vs reference, output ${i}` }));
    }
  });

  it('a constant channel normalises to β (σ² = 0: ε keeps it finite)', () => {
    // x [2, 2, 3, 1]: channel 0 constant 2.5, channel 1 varying
    const x = tensor(
      Array.from({ length: 12 }, (_, i) => (Math.floor(i / 3) % 2 === 0 ? 2.5 : i)),
      { dtype: 'f64', shape: [2, 2, 3, 1] },
    );
    const { y, mean, var: v } = batchNorm2d(x, { beta: tensor([0.25, -1], { dtype: 'f64' }), eps: 1e-5 });
    expect([toF64(mean)[0], toF64(v)[0]]).toEqual([2.5, 0]);
    const yv = toF64(y);
    for (const i of [0, 1, 2, 6, 7, 8]) expect(yv[i]).toBe(0.25);
  });
});

describe('batchNorm2d: gradients (float64 finite differences)', () => {
  it.each(AFFINE)('%s: x, γ, β through y, μ and σ²', (_, withG, withB) => {
    const x = rand([3, 2, 5, 3], 11, -0.5, 1.5);
    const gamma = rand([2], 12, 0.5, 1.5);
    const beta = rand([2], 13);
    const f = (a: Tensor, g: Tensor, b: Tensor): Tensor => {
      const o = batchNorm2d(a, { gamma: withG ? g : undefined, beta: withB ? b : undefined, eps: 1e-3 });
      return flatAll([o.y, o.mean, o.var]);
    };
    // γ, β that do not take part have zero gradient: checked as well
    checkGrad(f, [x, gamma, beta], { what: 'through all outputs' });
    checkGrad((a, g, b) => tanh(batchNorm2d(a, { gamma: withG ? g : undefined, beta: withB ? b : undefined }).y), [x, gamma, beta], {
      what: 'through y alone',
    });
  });

  it.each(AFFINE)('%s: gradients of gradients (the backward op differentiated), and equal to the composition', (_, withG, withB) => {
    const x = rand([3, 2, 5, 3], 21, -0.5, 1.5);
    const gamma = rand([2], 22, 0.5, 1.5);
    const beta = rand([2], 23);
    const w = rand([3, 2, 5, 3], 24, 0.5, 1.5);
    const norm = (fused: boolean) => (a: Tensor, g: Tensor, b: Tensor) => {
      const { ins, params } = opArgs(a, withG ? g : undefined, withB ? b : undefined, 1e-3);
      return fused ? runOp(ops.batchNorm2d, ins, params)[0] : batchNorm2dReference(ins, params)[0];
    };
    // the inner loss has a non-linearity so that the second derivative reaches every term of the backward op
    const inner = (fused: boolean) => (a: Tensor, g: Tensor, b: Tensor) => sum(mul(tanh(norm(fused)(a, g, b)), w));
    const grads = (fused: boolean) => (a: Tensor, g: Tensor, b: Tensor) => flatAll(grad(inner(fused), { argnums: [0, 1, 2] })(a, g, b));
    checkGrad(grads(true), [x, gamma, beta], { what: 'grad of grad' });
    // and the same second derivative as through the composed reference
    const outer = (fused: boolean) => (a: Tensor, g: Tensor, b: Tensor) => sum(square(grads(fused)(a, g, b)));
    const gf = grad(outer(true), { argnums: [0, 1, 2] })(x, gamma, beta);
    const gr = grad(outer(false), { argnums: [0, 1, 2] })(x, gamma, beta);
    gf.forEach((g, i) => expectClose(g, gr[i], { rtol: 1e-9, atol: 1e-11, what: `second-order gradient ${i}` }));
  });
});

describe('batchNorm2d: Wasm kernels equal the TypeScript kernels (and ran)', () => {
  const initial = getCpuKernels();
  afterAll(() => setCpuKernels(initial));
  beforeAll(async () => {
    // start the worker pool and wait for it, so that the channels are split across threads
    const rt = wasm();
    if (rt === null || !rt.shared) return;
    batchNorm2d(rand([4, 64, 16, 16], 9, -1, 1, 'f32'));
    const deadline = Date.now() + 10_000;
    while (readyWorkers(rt) === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  });
  const calls = (name: string): number => [...wasmKernelCalls()].filter(([k]) => k.startsWith(name)).reduce((a, [, n]) => a + n, 0);

  it.each(AFFINE)('%s: forward and backward, f32 and f64, bit for bit, in scope (tensor heap) and out', (_, withG, withB) => {
    for (const dt of ['f32', 'f64'] as const) {
      // 64 channels of 5·17·13 elements: above the Wasm kernels' 8192-element threshold, and split across threads
      const x = rand([5, 64, 17, 13], 31, -0.5, 1.5, dt);
      const gamma = withG ? rand([64], 32, 0.5, 1.5, dt) : undefined;
      const beta = withB ? rand([64], 33, -1, 1, dt) : undefined;
      const w = rand(x.shape, 34, -1, 1, dt);
      const run = (): Tensor[] => {
        const o = batchNorm2d(x, { gamma, beta });
        const f = (a: Tensor, g: Tensor, b: Tensor): Tensor => sum(mul(batchNorm2d(a, { gamma: gamma ? g : undefined, beta: beta ? b : undefined }).y, w));
        return [o.y, o.mean, o.var, ...grad(f, { argnums: [0, 1, 2] })(x, gamma ?? rand([64], 1, 0, 1, dt), beta ?? rand([64], 2, 0, 1, dt))];
      };
      setCpuKernels('ts');
      const ts = run();
      setCpuKernels('wasm');
      const before = [calls('batchNormF'), calls('batchNormGrad')];
      const wasm = run();
      const inHeap = scope(() => run());
      expect(calls('batchNormF') - before[0], 'Wasm batchNorm calls').toBe(4);
      expect(calls('batchNormGrad') - before[1], 'Wasm batchNormGrad calls').toBe(2);
      for (const got of [wasm, inHeap]) got.forEach((t, i) => expectSameBits(t, ts[i], `${dt} output ${i}`));
    }
  });
});

describe('nn.batchNorm2d on the fused op', () => {
  /** What nn.batchNorm2d computed in train mode before the fused op: moments, then y. */
  function oldComposition(params: nn.BatchNormParams, x: Tensor): Tensor[] {
    const { ins, params: p } = opArgs(x, params.gamma, params.beta, params.eps);
    return batchNorm2dReference(ins, p);
  }

  it.each(['f32', 'f64'] as const)('train mode and the running statistics equal the composition (%s)', (dt) => {
    const p = {
      ...nn.batchNorm2d.init(random.key(0), { dim: 4, momentum: 0.7, dtype: dt }),
      gamma: rand([4], 41, 0.5, 1.5, dt),
      beta: rand([4], 42, -1, 1, dt),
    };
    const x = rand([6, 4, 7, 5], 43, -0.5, 1.5, dt);
    const [y, mu, v] = oldComposition(p, x);
    const tol = dt === 'f64' ? { rtol: 1e-13, atol: 1e-14 } : { rtol: 1e-6, atol: 1e-6 };
    expectClose(nn.batchNorm2d.apply(p, x, { train: true }), y, { ...tol, what: 'y' });
    const s0 = nn.batchNorm2d.initStats(p);
    const [y2, s1] = nn.batchNorm2d.applyWithStats(p, s0, x, { train: true });
    expectClose(y2, y, { ...tol, what: 'y (applyWithStats)' });
    expectClose(
      s1.mean,
      toF64(mu).map((m) => 0.3 * m),
      { ...tol, what: 'running mean' },
    );
    expectClose(
      s1.var,
      toF64(v).map((u) => 0.7 + 0.3 * u),
      { ...tol, what: 'running var' },
    );
  });
});

describe('batchNorm2d: errors name the op', () => {
  it('shapes and dtypes', () => {
    const x = rand([2, 3, 4, 5], 1);
    expect(() => batchNorm2d(rand([2, 3, 4], 1))).toThrow('batchNorm2d: x must be [B, C, H, W] (rank 4), got [2, 3, 4]');
    expect(() => batchNorm2d(x, { gamma: rand([4], 2) })).toThrow('batchNorm2d: γ must be [C] = [3] for x [B, C, H, W] (got [2, 3, 4, 5] and [4])');
    expect(() => batchNorm2d(x, { beta: rand([3, 1], 2) })).toThrow('batchNorm2d: β must be [C] = [3] for x [B, C, H, W] (got [2, 3, 4, 5] and [3, 1])');
    expect(() => batchNorm2d(rand([0, 3, 4, 5], 1))).toThrow(
      'batchNorm2d: batch statistics need at least one element per channel (B·H·W ≥ 1) (got [0, 3, 4, 5])',
    );
    expect(() => batchNorm2d(tensor(new Int32Array(6), { dtype: 'i32', shape: [1, 2, 3, 1] }))).toThrow(
      'batchNorm2d: x must be f32 or f64, got i32[1, 2, 3, 1]',
    );
    expect(() => batchNorm2d(x, { eps: -1 })).toThrow('batchNorm2d: eps must be a number ≥ 0, got -1');
    expect(() => runOp(ops.batchNorm2d, [x, rand([3], 2, 0, 1, 'f32')], { eps: 1e-5, gamma: true, beta: false })).toThrow(
      "batchNorm2d: γ must have x's dtype f64, got f32[3]",
    );
    expect(() => runOp(ops.batchNorm2d, [x], { eps: 1e-5, gamma: true, beta: false })).toThrow('batchNorm2d: expected 2 operands (x, γ), got 1');
    const c = rand([3], 3);
    expect(() => runOp(ops.batchNorm2dGrad, [x, c, c, rand([2, 3, 4, 4], 4)], { eps: 1e-5, gamma: false })).toThrow(
      "batchNorm2dGrad: ȳ must have x's shape and dtype f64 (got [2, 3, 4, 5] and [2, 3, 4, 4])",
    );
    expect(() => runOp(ops.batchNorm2dGrad, [x, rand([2], 5), c, x], { eps: 1e-5, gamma: false })).toThrow(
      'batchNorm2dGrad: μ must be [C] = [3] for x [B, C, H, W] (got [2, 3, 4, 5] and [2])',
    );
  });
});
