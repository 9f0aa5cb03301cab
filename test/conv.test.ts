/**
 * conv2d, maxPool2d, avgPool2d, globalAvgPool through their public functions:
 * - values against direct loops written here from the definitions (f64, every option combination);
 * - gradients against float64 central finite differences, and gradients of gradients (the
 *   second-order terms MAML differentiates through), for every combination of stride, padding,
 *   dilation and groups on odd shapes;
 * - the Wasm kernels against the TypeScript kernels (and that they ran) at sizes the Wasm gemm takes;
 * - errors that name the op and the shapes or options.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Conv2dOptions, Pool2dOptions, Tensor } from '../src/index.js';
import {
  avgPool2d,
  concat,
  conv2d,
  getCpuKernels,
  globalAvgPool,
  grad,
  maxPool2d,
  mul,
  ravel,
  round,
  scope,
  setCpuKernels,
  square,
  sum,
  tanh,
  tensor,
} from '../src/index.js';
import { wasmKernelCalls } from '../src/core/backends/wasm/pool.js';
import { runOp } from '../src/core/op.js';
import { ops } from '../src/core/ops/table.js';
import { checkGrad, expectClose, rand, toF64 } from './util/check.js';

type Pad = NonNullable<Conv2dOptions['padding']>;
const pair = (v: number | readonly [number, number]): [number, number] => (typeof v === 'number' ? [v, v] : [v[0], v[1]]);

/** Zero padding [top, bottom, left, right] as documented (TensorFlow's 'same'). */
function pads(padding: Pad, H: number, W: number, k: [number, number], s: [number, number], d: [number, number]): number[] {
  if (padding === 'valid') return [0, 0, 0, 0];
  if (padding === 'same') {
    const one = (n: number, kk: number, ss: number, dd: number): number[] => {
      const total = Math.max((Math.ceil(n / ss) - 1) * ss + dd * (kk - 1) + 1 - n, 0);
      return [Math.floor(total / 2), total - Math.floor(total / 2)];
    };
    return [...one(H, k[0], s[0], d[0]), ...one(W, k[1], s[1], d[1])];
  }
  const [ph, pw] = pair(padding);
  return [ph, ph, pw, pw];
}

/** y[b, o, p, q] = Σ_{c, i, j} w[o, c, i, j] x_pad[b, g·C/G + c, p·sH + i·dH, q·sW + j·dW], as seven loops. */
function directConv(x: Tensor, w: Tensor, opts: Conv2dOptions): { data: Float64Array; shape: number[] } {
  const [B, C, H, W] = x.shape;
  const [O, Cg, kH, kW] = w.shape;
  const s = pair(opts.stride ?? 1);
  const d = pair(opts.dilation ?? 1);
  const G = opts.groups ?? 1;
  const [pT, pB, pL, pR] = pads(opts.padding ?? 'valid', H, W, [kH, kW], s, d);
  const OH = Math.floor((H + pT + pB - d[0] * (kH - 1) - 1) / s[0]) + 1;
  const OW = Math.floor((W + pL + pR - d[1] * (kW - 1) - 1) / s[1]) + 1;
  const xv = toF64(x);
  const wv = toF64(w);
  const y = new Float64Array(B * O * OH * OW);
  for (let b = 0; b < B; b++)
    for (let o = 0; o < O; o++)
      for (let p = 0; p < OH; p++)
        for (let q = 0; q < OW; q++) {
          let acc = 0;
          const g = Math.floor(o / (O / G));
          for (let c = 0; c < Cg; c++)
            for (let i = 0; i < kH; i++)
              for (let j = 0; j < kW; j++) {
                const h = p * s[0] + i * d[0] - pT;
                const v = q * s[1] + j * d[1] - pL;
                if (h < 0 || h >= H || v < 0 || v >= W) continue;
                acc += wv[((o * Cg + c) * kH + i) * kW + j] * xv[((b * C + g * Cg + c) * H + h) * W + v];
              }
          y[((b * O + o) * OH + p) * OW + q] = acc;
        }
  return { data: y, shape: [B, O, OH, OW] };
}

/** Max or mean over each window (padding −∞ for max, 0 counted for the mean). */
function directPool(x: Tensor, opts: Pool2dOptions, kind: 'max' | 'avg'): { data: Float64Array; shape: number[] } {
  const [B, C, H, W] = x.shape;
  const k = pair(opts.kernel);
  const s = pair(opts.stride ?? opts.kernel);
  const [pT, pB, pL, pR] = pads(opts.padding ?? 'valid', H, W, k, s, [1, 1]);
  const OH = Math.floor((H + pT + pB - k[0]) / s[0]) + 1;
  const OW = Math.floor((W + pL + pR - k[1]) / s[1]) + 1;
  const xv = toF64(x);
  const y = new Float64Array(B * C * OH * OW);
  for (let bc = 0; bc < B * C; bc++)
    for (let p = 0; p < OH; p++)
      for (let q = 0; q < OW; q++) {
        let acc = kind === 'max' ? -Infinity : 0;
        for (let i = 0; i < k[0]; i++)
          for (let j = 0; j < k[1]; j++) {
            const h = p * s[0] + i - pT;
            const v = q * s[1] + j - pL;
            const inside = h >= 0 && h < H && v >= 0 && v < W;
            if (kind === 'max') {
              if (inside) acc = Math.max(acc, xv[(bc * H + h) * W + v]);
            } else if (inside) acc += xv[(bc * H + h) * W + v];
          }
        y[(bc * OH + p) * OW + q] = kind === 'max' ? acc : acc / (k[0] * k[1]);
      }
  return { data: y, shape: [B, C, OH, OW] };
}

const STRIDES = [1, 2, [2, 1]] as const;
const PADDINGS: readonly Pad[] = ['valid', 1, [2, 1], 'same'];
const DILATIONS = [1, [2, 1]] as const;
const GROUPS = [1, 2];
const CONV_OPTIONS: Conv2dOptions[] = STRIDES.flatMap((stride) =>
  PADDINGS.flatMap((padding) => DILATIONS.flatMap((dilation) => GROUPS.map((groups) => ({ stride, padding, dilation, groups })))),
);
const label = (o: object): string => JSON.stringify(o);

/** Odd sizes: x [2, 4, 5, 7], w [6, 4/G, 3, 2] (an even kernel width: 'same' pads asymmetrically). */
function convOperands(groups: number, seed: number): [Tensor, Tensor] {
  return [rand([2, 4, 5, 7], seed), rand([6, 4 / groups, 3, 2], seed + 1)];
}

describe('conv2d', () => {
  it.each(CONV_OPTIONS.map((o) => [label(o), o] as const))('equals the direct loops: %s', (_, opts) => {
    const [x, w] = convOperands(opts.groups ?? 1, 1);
    const want = directConv(x, w, opts);
    const y = conv2d(x, w, opts);
    expect(y.shape).toEqual(want.shape);
    expectClose(y, want.data, { rtol: 1e-12, atol: 1e-13 });
  });

  it("'same' keeps ⌈H / s⌉ × ⌈W / s⌉ outputs", () => {
    const x = rand([1, 1, 9, 10], 2);
    for (const s of [1, 2, 3])
      for (const k of [1, 2, 3, 4])
        expect(conv2d(x, rand([1, 1, k, k], 3), { padding: 'same', stride: s }).shape).toEqual([1, 1, Math.ceil(9 / s), Math.ceil(10 / s)]);
  });

  it.each(CONV_OPTIONS.map((o) => [label(o), o] as const))('gradient equals float64 finite differences: %s', (_, opts) => {
    const [x, w] = convOperands(opts.groups ?? 1, 3);
    checkGrad((a, b) => conv2d(a, b, opts), [x, w]);
  });

  it.each(CONV_OPTIONS.map((o) => [label(o), o] as const))('gradient of the gradient equals finite differences: %s', (_, opts) => {
    const [x, w] = convOperands(opts.groups ?? 1, 5);
    const c = rand(conv2d(x, w, opts).shape, 7, 0.5, 1.5);
    // L = Σ c ⊙ tanh(conv(x, w)): its gradient is nonlinear in x and w, so every VJP of the VJPs is exercised
    const dL = grad((a: Tensor, b: Tensor) => sum(mul(tanh(conv2d(a, b, opts)), c)), { argnums: [0, 1] });
    // eps 1e-5: the loss sums every gradient entry, so rounding at eps 1e-6 (~1e-7) exceeds the O(eps²) truncation
    checkGrad((a, b) => concat(dL(a, b).map(ravel)), [x, w], { eps: 1e-5, rtol: 1e-5, atol: 1e-8 });
  });

  it('promotes mixed dtypes and keeps f32', () => {
    const x = rand([1, 2, 4, 4], 8, -1, 1, 'f32');
    expect(conv2d(x, rand([3, 2, 2, 2], 9, -1, 1, 'f32')).dtype).toBe('f32');
    expect(conv2d(x, rand([3, 2, 2, 2], 9)).dtype).toBe('f64');
  });

  it('names the op, the shapes and the options in its errors', () => {
    const x = rand([2, 4, 5, 7], 1);
    expect(() => conv2d(x, rand([6, 3, 3, 3], 2))).toThrow(
      'conv2d: x has 4 channels but w [O, C/groups, kH, kW] takes 3 per group × 1 groups = 3 (x [2, 4, 5, 7], w [6, 3, 3, 3])',
    );
    expect(() => conv2d(x, rand([5, 2, 3, 3], 2), { groups: 2 })).toThrow('conv2d: the 5 output channels of w [5, 2, 3, 3] are not a multiple of groups = 2');
    expect(() => conv2d(x, rand([6, 4, 6, 3], 2))).toThrow('conv2d: the kernel 6×3 (dilated: 6×3) does not fit the padded input 5×7');
    expect(() => conv2d(rand([4, 5, 7], 1), rand([6, 4, 3, 3], 2))).toThrow(
      'conv2d: x must be [B, C, H, W] and w [O, C/groups, kH, kW] (rank 4), got [4, 5, 7] and [6, 4, 3, 3]',
    );
    expect(() => conv2d(x, rand([6, 4, 3, 3], 2), { stride: 0 })).toThrow('conv2d: stride must be an integer ≥ 1 or a pair [h, w] of them, got 0');
    expect(() => conv2d(x, rand([6, 4, 3, 3], 2), { padding: -1 })).toThrow('conv2d: padding must be an integer ≥ 0 or a pair [h, w] of them, got -1');
    expect(() => conv2d(x, rand([6, 4, 3, 3], 2), { padding: 'full' as Pad })).toThrow(
      "conv2d: padding must be a number, [h, w], 'same' or 'valid', got 'full'",
    );
    expect(() => conv2d(x, rand([6, 4, 3, 3], 2), { groups: 1.5 })).toThrow('conv2d: groups must be a positive integer, got 1.5');
    expect(() => conv2d(tensor([1, 2, 3, 4], { dtype: 'i32', shape: [1, 1, 2, 2] }), tensor([1], { dtype: 'i32', shape: [1, 1, 1, 1] }))).toThrow(
      'conv2d: x must be f32 or f64, got i32[1, 1, 2, 2]',
    );
  });
});

describe('the gradient primitives', () => {
  it('name the op and the shapes in their errors', () => {
    const p = { stride: [1, 1] as const, dilation: [1, 1] as const, pad: [0, 0, 0, 0] as const, groups: 1 };
    const x = rand([2, 4, 5, 7], 1);
    expect(() => runOp(ops.conv2dFilterGrad, [x, rand([2, 6, 3, 4], 2)], { ...p, kernelSize: [3, 3] })).toThrow(
      'conv2dFilterGrad: ḡ must be [B, O, OH, OW] = [2, 6, 3, 5] for x and a 3×3 kernel (got [2, 4, 5, 7] and [2, 6, 3, 4])',
    );
    expect(() => runOp(ops.conv2dInputGrad, [rand([2, 6, 3, 4], 2), rand([6, 4, 3, 3], 3)], { ...p, inputSize: [5, 7] })).toThrow(
      'conv2dInputGrad: ḡ must be [B, O, OH, OW] = [2, 6, 3, 5] for an input 5×7 and w (got [2, 6, 3, 4] and [6, 4, 3, 3])',
    );
    const pool = { kernel: [2, 2] as const, stride: [2, 2] as const, pad: [0, 0, 0, 0] as const, inputSize: [5, 7] as const };
    expect(() => runOp(ops.maxPool2dGrad, [tensor(new Int32Array(12), { dtype: 'i32', shape: [2, 3, 2, 1] }), rand([2, 3, 2, 1], 4)], pool)).toThrow(
      'maxPool2dGrad: indices and ḡ must be [B, C, OH, OW] = [2, 3, 2, 3] for an input 5×7 (got [2, 3, 2, 1] and [2, 3, 2, 1])',
    );
  });
});

const POOL_OPTIONS: Pool2dOptions[] = [
  { kernel: 2 },
  { kernel: 3, stride: 2 },
  { kernel: [3, 2], stride: [1, 2], padding: [1, 1] },
  { kernel: 3, stride: 2, padding: 'same' },
  { kernel: [2, 3], stride: 1, padding: 'valid' },
];

describe.each(['max', 'avg'] as const)('%sPool2d', (kind) => {
  const pool = kind === 'max' ? maxPool2d : avgPool2d;
  it.each(POOL_OPTIONS.map((o) => [label(o), o] as const))(
    'equals the direct loops, gradient and gradient of gradient equal finite differences: %s',
    (_, opts) => {
      const x = rand([2, 3, 5, 7], 11);
      const want = directPool(x, opts, kind);
      const y = pool(x, opts);
      expect(y.shape).toEqual(want.shape);
      expectClose(y, want.data, { rtol: 1e-14, atol: 1e-15 });
      checkGrad((a) => pool(a, opts), [x]);
      // L = Σ c ⊙ pool(x)²: ∂L/∂x = 2 route(c ⊙ pool(x)) is again piecewise smooth in x
      const c = rand(y.shape, 12, 0.5, 1.5);
      const dL = grad((a: Tensor) => sum(mul(square(pool(a, opts)), c)));
      checkGrad((a) => dL(a), [x]);
    },
  );

  it('names the op and the option in its errors', () => {
    const x = rand([2, 3, 5, 7], 1);
    expect(() => pool(x, { kernel: 3, padding: 2 })).toThrow(`${kind}Pool2d: padding [2, 2] must be at most half the window [3, 3]`);
    expect(() => pool(x, { kernel: 6 })).toThrow(`${kind}Pool2d: the window 6×6 does not fit the padded input 5×7 (x [2, 3, 5, 7])`);
    expect(() => pool(rand([3, 5, 7], 1), { kernel: 2 })).toThrow(`${kind}Pool2d: x must be [B, C, H, W] (rank 4), got [3, 5, 7]`);
    expect(() => pool(x, {} as Pool2dOptions)).toThrow(`${kind}Pool2d: options.kernel (a number or [kH, kW]) is required`);
  });
});

describe('globalAvgPool', () => {
  it('is the spatial mean; gradient and gradient of gradient equal finite differences', () => {
    const x = rand([2, 3, 5, 7], 13);
    const y = globalAvgPool(x);
    expect(y.shape).toEqual([2, 3]);
    const xv = toF64(x);
    const want = Array.from({ length: 6 }, (_, k) => xv.slice(k * 35, (k + 1) * 35).reduce((a, b) => a + b, 0) / 35);
    expectClose(y, want, { rtol: 1e-14, atol: 1e-15 });
    checkGrad((a) => globalAvgPool(a), [x]);
    checkGrad((a) => grad((u: Tensor) => sum(square(globalAvgPool(u))))(a), [x]);
    expect(() => globalAvgPool(rand([3, 5], 1))).toThrow('globalAvgPool: x must be [B, C, H, W] (rank 4), got [3, 5]');
  });
});

describe('Wasm kernels equal the TypeScript kernels (and ran)', () => {
  const initial = getCpuKernels();
  afterAll(() => setCpuKernels(initial));
  /** Calls of the Wasm kernels whose names start with one of `prefixes`. */
  const calls = (...prefixes: string[]): number =>
    [...wasmKernelCalls()].filter(([name]) => prefixes.some((p) => name.startsWith(p))).reduce((a, [, n]) => a + n, 0);
  const KERNELS = ['gemmTasks', 'im2col', 'col2im', 'copy2d'] as const;

  it.each(CONV_OPTIONS.map((o) => [label(o), o] as const))('conv2d and both gradients, f32 and f64: %s', (_, opts) => {
    for (const dt of ['f32', 'f64'] as const) {
      const x = rand([3, 4, 11, 13], 21, -1, 1, dt);
      const w = rand([8, 4 / (opts.groups ?? 1), 3, 2], 22, -1, 1, dt);
      const run = (): Tensor[] => {
        const f = (a: Tensor, b: Tensor): Tensor => sum(mul(conv2d(a, b, opts), conv2d(a, b, opts)));
        return [conv2d(x, w, opts), ...grad(f, { argnums: [0, 1] })(x, w)];
      };
      setCpuKernels('ts');
      const ts = run();
      setCpuKernels('wasm');
      const before = KERNELS.map((k) => calls(k));
      const wasm = run();
      // forward, input and filter gradients: three products; patches unfolded for the forward and
      // filter gradient, folded back once; layout changes in all three
      const least = [3, 2, 1, 3];
      KERNELS.forEach((k, i) => expect(calls(k) - before[i], `Wasm ${k} calls`).toBeGreaterThanOrEqual(least[i]));
      const tol = dt === 'f64' ? { rtol: 1e-12, atol: 1e-12 } : { rtol: 2e-5, atol: 2e-5 };
      wasm.forEach((t, i) => expectClose(t, ts[i], { ...tol, what: `${dt} output ${i}` }));
    }
  });

  it.each([
    ['2×2', { kernel: 2 }],
    // few distinct values: ties in most windows (the first maximum in row-major order wins; the
    // f32 2×2 kernel, four outputs at a time with lane masks, must pick the same one)
    ['2×2 with ties', { kernel: 2 }],
    ['3×2, stride [2, 1]', { kernel: [3, 2], stride: [2, 1] }],
  ] as const)('maxPool2d and its gradient, f32 and f64, %s: bit for bit, in scope (tensor heap) and out', (name, opts: Pool2dOptions) => {
    for (const dt of ['f32', 'f64'] as const) {
      const r = rand([3, 8, 23, 29], 31, -1, 1, dt); // above the Wasm kernel's 8192-element threshold
      const x = name.includes('ties') ? round(r) : r;
      const w = rand([3, 8, ...maxPool2d(x, opts).shape.slice(2)], 32, -1, 1, dt);
      const run = (): Tensor[] => [maxPool2d(x, opts), grad((a: Tensor) => sum(mul(maxPool2d(a, opts), w)))(x)];
      setCpuKernels('ts');
      const ts = run();
      setCpuKernels('wasm');
      const before = [calls('maxPoolF'), calls('maxPoolGrad')];
      const wasm = run();
      const inHeap = scope(() => run());
      expect(calls('maxPoolF') - before[0], 'Wasm maxPool calls').toBeGreaterThanOrEqual(4);
      expect(calls('maxPoolGrad') - before[1], 'Wasm maxPoolGrad calls').toBeGreaterThanOrEqual(2);
      for (const got of [wasm, inHeap]) got.forEach((t, i) => expect(toF64(t), `${dt} output ${i}`).toEqual(toF64(ts[i])));
    }
  });
});
