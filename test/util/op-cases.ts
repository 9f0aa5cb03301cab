/**
 * Sample operands of every op in the table `ops`, keyed by `OpName`: an op without an entry
 * here fails typechecking, so every new op gets the checks of test/ops-table.test.ts and
 * test/webgpu/ops-table.test.ts. Where a check does not apply, the entry says why.
 */
import type { Tensor } from '../../src/index.js';
import { add, gt, matmul, mT, mul, round, tensor } from '../../src/index.js';
import type { OpName, OpParams } from '../../src/core/op.js';
import { runOp } from '../../src/core/op.js';
import { ops } from '../../src/core/ops/table.js';
import { rand } from './check.js';

export type FloatDType = 'f32' | 'f64';

export interface OpSample<K extends OpName> {
  readonly inputs: Tensor[];
  readonly params: OpParams[K];
}

export interface Tolerance {
  readonly rtol: number;
  readonly atol: number;
}

export interface OpCase<K extends OpName> {
  /**
   * Operands and parameters, floats in `dtype`. `large`: sizes at which the Wasm kernels run
   * (they decline small operands); otherwise small, since the finite-difference check perturbs
   * every element.
   */
  readonly sample: (dtype: FloatDType, large: boolean) => OpSample<K>;
  /** true: the VJP is checked against finite differences (f64); a string: why the op has none. */
  readonly grad: true | string;
  /** Outputs the gradient checks weight (default: all float outputs), when others are internal. */
  readonly gradOutputs?: readonly number[];
  /**
   * A differentiable map applied to the operands inside the gradient checks, onto the set the
   * op is defined on (symmetric, triangular…); the identity on the sample itself.
   */
  readonly pre?: (xs: readonly Tensor[]) => Tensor[];
  /** Float dtypes with a Wasm kernel for the large sample; a string: why the op has none. */
  readonly wasm: readonly FloatDType[] | string;
  /** WebGPU (f32) against the CPU (f32); default rtol 1e-5, atol 1e-6. */
  readonly gpuTol?: Tolerance;
}

const NO_WASM = 'no Wasm kernel: the TypeScript loop is the CPU kernel';
const INTEGER_OUT = 'integer or bool outputs: no gradient';
const TRACES = 'traces are constants of the backward pass: the routine has no VJP';
/** WGSL's sin and cos are built-ins with absolute error ≤ 2^-11 on [-π, π] (the WGSL spec). */
const TRIG: Tolerance = { rtol: 0, atol: 2 ** -11 };

const r = (shape: readonly number[], seed: number, dt: FloatDType, lo = -1, hi = 1): Tensor => rand(shape, seed, lo, hi, dt);
const i32 = (values: number[], shape: number[]): Tensor => tensor(values, { dtype: 'i32', shape });
/** Shape of an elementwise sample: 12 elements, or 960 (≥ 512, where Wasm kernels take over). */
const ew = (large: boolean): number[] => (large ? [24, 40] : [3, 4]);
const sym = (a: Tensor): Tensor => mul(add(a, mT(a)), 0.5);
/** A well-conditioned symmetric positive definite matrix: X Xᵀ/n + I. */
const spd = (n: number, seed: number, dt: FloatDType): Tensor => {
  const x = r([n, n], seed, dt);
  return add(
    mul(matmul(x, mT(x)), 1 / n),
    tensor(
      Array.from({ length: n * n }, (_, k) => (k % (n + 1) === 0 ? 1 : 0)),
      { dtype: dt, shape: [n, n] },
    ),
  );
};
/** The lower triangle of a [3, 3] matrix (a product with a constant mask: differentiable). */
const tril = (a: Tensor): Tensor => mul(a, tensor([1, 0, 0, 1, 1, 0, 1, 1, 1], { dtype: a.dtype, shape: [3, 3] }));
const none = {} as Record<string, never>;

/**
 * A grouped, strided, dilated, asymmetrically padded convolution: x [B, C, H, W], w [O, C/G, kH, kW],
 * y [B, O, OH, OW]. Large: enough multiply-adds for the Wasm gemm.
 */
function convSample(large: boolean): { x: number[]; w: number[]; y: number[]; p: OpParams['conv2d'] } {
  if (large) return { x: [2, 4, 9, 9], w: [8, 2, 3, 3], y: [2, 8, 9, 9], p: { stride: [1, 1], dilation: [1, 1], pad: [1, 1, 1, 1], groups: 2 } };
  // OH = ⌊(5 + 2 − 2 − 1)/2⌋ + 1 = 3, OW = ⌊(6 + 0 + 2 − 2 − 1)/1⌋ + 1 = 6
  return { x: [2, 4, 5, 6], w: [6, 2, 3, 2], y: [2, 6, 3, 6], p: { stride: [2, 1], dilation: [1, 2], pad: [1, 1, 0, 2], groups: 2 } };
}
/** Overlapping 3×2 windows at stride 2, padded by one on every side. */
const pool: OpParams['maxPool2d'] = { kernel: [3, 2], stride: [2, 2], pad: [1, 1, 1, 1] };
const POOL_NO_WASM = 'no Wasm kernel: one pass over memory, the TypeScript loop is the CPU kernel';
/** f32 sums of a few dozen products, in another order on the GPU. */
const CONV_TOL: Tolerance = { rtol: 1e-5, atol: 1e-5 };

/** Batch-norm images: odd sizes, or [4, 8, 16, 16] (8192 elements, where the Wasm kernels take over). */
const bnImage = (large: boolean): number[] => (large ? [4, 8, 16, 16] : [3, 2, 5, 3]);
/** f32 sums over a channel (float64 on the CPU, a workgroup tree on the GPU), then divided by σ. */
const BN_TOL: Tolerance = { rtol: 1e-5, atol: 1e-5 };

function unary<K extends OpName>(lo: number, hi: number, wasm: readonly FloatDType[] | string, grad: true | string = true): OpCase<K> {
  return { sample: (dt, large) => ({ inputs: [r(ew(large), 1, dt, lo, hi)], params: none as OpParams[K] }), grad, wasm };
}

/** x [rows, cols] ∘ y [cols] (a row broadcast: a layout the Wasm kernels take). */
function binary<K extends OpName>(lo: number, hi: number, wasm: readonly FloatDType[] | string, lo2 = lo, hi2 = hi): OpCase<K> {
  return {
    sample: (dt, large) => {
      const shape = ew(large);
      return { inputs: [r(shape, 2, dt, lo, hi), r(shape.slice(1), 3, dt, lo2, hi2)], params: none as OpParams[K] };
    },
    grad: true,
    wasm,
  };
}

/** Comparisons and logical ops: small integers as floats, so that ties and zeros occur. */
function predicate<K extends OpName>(): OpCase<K> {
  return {
    sample: (dt, large) => {
      const shape = ew(large);
      return { inputs: [round(r(shape, 4, dt, -1.5, 1.5)), round(r(shape.slice(1), 5, dt, -1.5, 1.5))], params: none as OpParams[K] };
    },
    grad: INTEGER_OUT,
    wasm: NO_WASM,
  };
}

const scan = { axis: 1, reverse: false, shifted: false };

/** Operands of the trace routines: λ inside the unit circle, B sequences, N units, width H. */
function traceOperands(dt: FloatDType, B: number, N: number, H: number) {
  return {
    lr: r([N], 30, dt, -0.6, 0.6),
    li: r([N], 31, dt, -0.6, 0.6),
    g: r([N], 32, dt, 0.5, 1.5),
    bn: (seed: number) => r([B, N], seed, dt),
    bnh: (seed: number) => r([B, N, H], seed, dt),
  };
}

/** Mesa operands: q, k [N, T, d], v [N, T, e], λ [N], γ [N, T] in (0.5, 1]. */
function mesaOperands(dt: FloatDType): Tensor[] {
  const [N, T, d, e] = [2, 5, 2, 3];
  return [r([N, T, d], 40, dt), r([N, T, d], 41, dt), r([N, T, e], 42, dt), r([N], 43, dt, 0.5, 1.5), r([N, T], 44, dt, 0.5, 1)];
}
const mesaParams = { forget: true, every: 2 };

// One line per op, as the op table.
// prettier-ignore
export const opCases: { readonly [K in OpName]: OpCase<K> } = {
  neg: unary(-1, 1, ['f32', 'f64']),
  exp: unary(-1, 1, ['f32']),
  log: unary(0.5, 2, NO_WASM),
  log1p: unary(-0.5, 1, NO_WASM),
  expm1: unary(-1, 1, NO_WASM),
  sqrt: unary(0.5, 2, ['f32', 'f64']),
  rsqrt: unary(0.5, 2, NO_WASM),
  abs: unary(-1, 1, ['f32', 'f64']),
  sign: unary(-1, 1, ['f32', 'f64']),
  sin: { ...unary<'sin'>(-2, 2, NO_WASM), gpuTol: TRIG },
  cos: { ...unary<'cos'>(-2, 2, NO_WASM), gpuTol: TRIG },
  tanh: unary(-2, 2, ['f32']),
  sigmoid: unary(-3, 3, ['f32']),
  relu: unary(-1, 1, ['f32', 'f64']),
  square: unary(-1, 1, ['f32', 'f64']),
  erf: unary(-2, 2, ['f32']),
  floor: unary(-2, 2, NO_WASM),
  round: unary(-2, 2, NO_WASM),
  logicalNot: { sample: (dt, large) => ({ inputs: [round(r(ew(large), 6, dt, -1, 1))], params: none }), grad: INTEGER_OUT, wasm: NO_WASM },
  isFinite: { sample: (dt, large) => ({ inputs: [mul(r(ew(large), 7, dt, -1, 1), tensor(Infinity, { dtype: dt }))], params: none }), grad: INTEGER_OUT, wasm: NO_WASM },
  add: binary(-1, 1, ['f32', 'f64']),
  sub: binary(-1, 1, ['f32', 'f64']),
  mul: binary(-1, 1, ['f32', 'f64']),
  div: binary(-1, 1, ['f32', 'f64'], 0.5, 2),
  pow: binary(0.5, 2, NO_WASM, -1, 2),
  maximum: binary(-1, 1, ['f32', 'f64']),
  minimum: binary(-1, 1, ['f32', 'f64']),
  atan2: binary(-1, 1, NO_WASM),
  eq: predicate(),
  ne: predicate(),
  lt: predicate(),
  le: predicate(),
  gt: predicate(),
  ge: predicate(),
  logicalAnd: predicate(),
  logicalOr: predicate(),
  where: {
    sample: (dt, large) => ({ inputs: [gt(r(ew(large), 8, dt), 0), r(ew(large), 9, dt), r(ew(large).slice(1), 10, dt)], params: none }),
    grad: true,
    wasm: NO_WASM,
  },
  // f64 stays f64 (a differentiable copy); f32 truncates to i32 (the conversion the GPU must match)
  cast: { sample: (dt, large) => ({ inputs: [r(ew(large), 11, dt, -3, 3)], params: { dtype: dt === 'f64' ? 'f64' : 'i32' } }), grad: true, wasm: NO_WASM },
  sum: { sample: (dt, large) => ({ inputs: [r(large ? [32, 40] : [3, 4], 12, dt)], params: { axes: [1], keepdims: false } }), grad: true, wasm: ['f32', 'f64'] },
  max: { sample: (dt) => ({ inputs: [r([3, 4], 13, dt)], params: { axes: [0], keepdims: true } }), grad: true, wasm: NO_WASM },
  min: { sample: (dt) => ({ inputs: [r([3, 4], 14, dt)], params: { axes: [1], keepdims: false } }), grad: true, wasm: NO_WASM },
  prod: { sample: (dt) => ({ inputs: [r([3, 4], 15, dt, 0.5, 1.5)], params: { axes: [0, 1], keepdims: false } }), grad: true, wasm: NO_WASM },
  argmax: { sample: (dt) => ({ inputs: [r([3, 5], 16, dt)], params: { kind: 'min' } }), grad: INTEGER_OUT, wasm: NO_WASM },
  cumsum: { sample: (dt) => ({ inputs: [r([3, 4], 17, dt)], params: { axis: 1, reverse: false, exclusive: false } }), grad: true, wasm: NO_WASM },
  cumprod: { sample: (dt) => ({ inputs: [r([3, 4], 18, dt, 0.5, 1.5)], params: { axis: 1, reverse: true, exclusive: true } }), grad: true, wasm: NO_WASM },
  takeAlongAxis: {
    sample: (dt) => ({ inputs: [r([3, 4], 19, dt), i32([3, 0, 1, 1, 2, 0], [3, 2])], params: { axis: 1, api: 'takeAlongAxis' } }),
    grad: true,
    wasm: NO_WASM,
  },
  scatterAdd: {
    sample: (dt) => ({ inputs: [r([3, 4], 20, dt), i32([3, 3, 1, 0, 2, 2], [3, 2]), r([3, 2], 21, dt)], params: { axis: 1 } }),
    grad: true,
    wasm: NO_WASM,
  },
  argsort: { sample: (dt) => ({ inputs: [r([3, 5], 22, dt)], params: { axis: 1, descending: true, k: 3 } }), grad: INTEGER_OUT, wasm: NO_WASM },
  matmul: {
    sample: (dt, large) => {
      const [M, K, N] = large ? [16, 16, 20] : [2, 3, 4];
      return { inputs: [r([M, K], 23, dt), r([N, K], 24, dt)], params: { transA: false, transB: true } };
    },
    grad: true,
    wasm: ['f32', 'f64'],
    gpuTol: { rtol: 1e-5, atol: 1e-5 },
  },
  cholesky: { sample: (dt) => ({ inputs: [spd(3, 25, dt)], params: none }), grad: true, pre: ([a]) => [sym(a)], wasm: NO_WASM, gpuTol: { rtol: 1e-4, atol: 2e-4 } },
  triangularSolve: {
    sample: (dt) => ({ inputs: [tril(add(r([3, 3], 26, dt), mul(spd(3, 27, dt), 2))), r([3, 2], 28, dt)], params: { lower: true, transposeA: false, unitDiagonal: false, left: true } }),
    grad: true,
    pre: ([a, b]) => [tril(a), b],
    wasm: NO_WASM,
    gpuTol: { rtol: 1e-4, atol: 2e-4 },
  },
  solve: { sample: (dt) => ({ inputs: [add(r([3, 3], 29, dt), mul(spd(3, 30, dt), 2)), r([3, 2], 31, dt)], params: none }), grad: true, wasm: NO_WASM, gpuTol: { rtol: 1e-4, atol: 2e-4 } },
  slogdet: { sample: (dt) => ({ inputs: [add(r([2, 3, 3], 32, dt), mul(spd(3, 33, dt), 2))], params: none }), grad: true, wasm: NO_WASM, gpuTol: { rtol: 1e-4, atol: 2e-4 } },
  qr: { sample: (dt) => ({ inputs: [r([4, 3], 34, dt)], params: none }), grad: true, wasm: NO_WASM, gpuTol: { rtol: 1e-4, atol: 2e-4 } },
  eigh: {
    // eigenvalues 1, 2, 3 plus a perturbation: well separated, so eigenvectors are smooth
    sample: (dt) => ({ inputs: [add(sym(mul(r([3, 3], 35, dt), 0.2)), tensor([1, 0, 0, 0, 2, 0, 0, 0, 3], { dtype: dt, shape: [3, 3] }))], params: none }),
    grad: true,
    pre: ([a]) => [sym(a)],
    wasm: NO_WASM,
    gpuTol: { rtol: 1e-3, atol: 5e-4 },
  },
  slice: { sample: (dt) => ({ inputs: [r([4, 5], 36, dt)], params: { starts: [1, 4], steps: [2, -2], shape: [2, 3] } }), grad: true, wasm: NO_WASM },
  embed: { sample: (dt) => ({ inputs: [r([2, 3], 37, dt)], params: { starts: [0, 1], steps: [3, 1], shape: [4, 5], value: 0.5 } }), grad: true, wasm: NO_WASM },
  concat: { sample: (dt) => ({ inputs: [r([2, 3], 38, dt), r([2, 2], 39, dt)], params: { axis: 1 } }), grad: true, wasm: NO_WASM },
  split: { sample: (dt) => ({ inputs: [r([2, 5], 40, dt)], params: { axis: 1, points: [0, 2, 2, 5] } }), grad: true, wasm: NO_WASM },
  shiftAxis: { sample: (dt) => ({ inputs: [r([3, 4], 41, dt)], params: { axis: 1, k: -1, fill: 0.25 } }), grad: true, wasm: NO_WASM },
  broadcastTo: { sample: (dt) => ({ inputs: [r([3, 1], 42, dt)], params: { shape: [2, 3, 4] } }), grad: true, wasm: NO_WASM },
  transpose: { sample: (dt) => ({ inputs: [r([2, 3, 4], 43, dt)], params: { perm: [2, 0, 1] } }), grad: true, wasm: NO_WASM },
  linearScan: {
    // a per channel [N] against b [B, T, N] (≥ 1024 elements when large)
    sample: (dt, large) => ({ inputs: [r([3], 44, dt, -0.9, 0.9), r([2, large ? 256 : 4, 3], 45, dt)], params: scan }),
    grad: true,
    wasm: ['f32', 'f64'],
  },
  linearScanComplex: {
    // the form the VJPs use: reverse, multiplier at the previously visited index
    sample: (dt, large) => {
      const T = large ? 256 : 4;
      return { inputs: [r([2, T, 3], 46, dt, -0.6, 0.6), r([2, T, 3], 47, dt, -0.6, 0.6), r([2, T, 3], 48, dt), r([2, T, 3], 49, dt)], params: { axis: 1, reverse: true, shifted: true } };
    },
    grad: true,
    wasm: ['f32', 'f64'],
  },
  diagTraceAdvance: {
    sample: (dt, large) => {
      const [B, N, H] = large ? [4, 16, 16] : [2, 3, 2];
      const o = traceOperands(dt, B, N, H);
      return { inputs: [o.lr, o.li, o.g, r([B, H], 33, dt), o.bnh(34), o.bnh(35), o.bn(36), o.bn(37)], params: { withGrad: true } };
    },
    grad: TRACES,
    wasm: ['f32', 'f64'],
  },
  diagStateUpdate: {
    sample: (dt) => {
      const o = traceOperands(dt, 2, 3, 1);
      return { inputs: [o.lr, o.li, o.g, ...[50, 51, 52, 53, 54, 55, 56, 57].map(o.bn)], params: none };
    },
    grad: TRACES,
    wasm: NO_WASM,
  },
  diagStateGrads: {
    sample: (dt) => {
      const o = traceOperands(dt, 2, 3, 1);
      return { inputs: [58, 59, 60, 61, 62, 63].map(o.bn), params: none };
    },
    grad: TRACES,
    wasm: NO_WASM,
  },
  mesaAttend: {
    sample: (dt) => ({ inputs: mesaOperands(dt), params: mesaParams }),
    grad: true,
    gradOutputs: [0], // R checkpoints and c are internal outputs: the VJP ignores their cotangents
    wasm: NO_WASM,
    gpuTol: { rtol: 2e-3, atol: 2e-4 },
  },
  mesaAttendBackward: {
    sample: (dt) => {
      const ins = mesaOperands(dt);
      const outs = runOp(ops.mesaAttend, ins, mesaParams);
      return { inputs: [...ins, ...outs, r(outs[0].shape, 64, dt)], params: mesaParams };
    },
    grad: 'a fused backward pass without a gradient (grad-of-grad goes through mesaAttendReference)',
    wasm: NO_WASM,
    gpuTol: { rtol: 2e-3, atol: 2e-4 },
  },
  conv2d: {
    sample: (dt, large) => {
      const c = convSample(large);
      return { inputs: [r(c.x, 65, dt), r(c.w, 66, dt)], params: c.p };
    },
    grad: true,
    wasm: ['f32', 'f64'],
    gpuTol: CONV_TOL,
  },
  conv2dInputGrad: {
    sample: (dt, large) => {
      const c = convSample(large);
      return { inputs: [r(c.y, 67, dt), r(c.w, 68, dt)], params: { ...c.p, inputSize: [c.x[2], c.x[3]] } };
    },
    grad: true,
    wasm: ['f32', 'f64'],
    gpuTol: CONV_TOL,
  },
  conv2dFilterGrad: {
    sample: (dt, large) => {
      const c = convSample(large);
      return { inputs: [r(c.x, 69, dt), r(c.y, 70, dt)], params: { ...c.p, kernelSize: [c.w[2], c.w[3]] } };
    },
    grad: true,
    wasm: ['f32', 'f64'],
    gpuTol: CONV_TOL,
  },
  maxPool2d: {
    sample: (dt) => ({ inputs: [r([2, 3, 5, 6], 71, dt)], params: pool }),
    grad: true,
    gradOutputs: [0], // the indices of the maxima are integers
    wasm: POOL_NO_WASM,
  },
  maxPool2dGrad: {
    sample: (dt) => {
      const [, idx] = runOp(ops.maxPool2d, [r([2, 3, 5, 6], 74, dt)], pool);
      return { inputs: [idx, r(idx.shape, 75, dt)], params: { ...pool, inputSize: [5, 6] } };
    },
    grad: true,
    wasm: POOL_NO_WASM,
  },
  avgPool2d: { sample: (dt) => ({ inputs: [r([2, 3, 5, 6], 72, dt)], params: pool }), grad: true, wasm: POOL_NO_WASM },
  globalAvgPool: { sample: (dt) => ({ inputs: [r([2, 3, 4, 5], 73, dt)], params: none }), grad: true, wasm: POOL_NO_WASM },
  batchNorm2d: {
    sample: (dt, large) => {
      const x = bnImage(large);
      return { inputs: [r(x, 76, dt, -0.5, 1.5), r([x[1]], 77, dt, 0.5, 1.5), r([x[1]], 78, dt)], params: { eps: 1e-3, gamma: true, beta: true } };
    },
    grad: true, // all three outputs: the μ̄ and σ̄² terms of the VJP too
    wasm: ['f32', 'f64'],
    gpuTol: BN_TOL,
  },
  batchNorm2dGrad: {
    sample: (dt, large) => {
      const x = r(bnImage(large), 79, dt, -0.5, 1.5);
      const [, mu, v] = runOp(ops.batchNorm2d, [x], { eps: 1e-3, gamma: false, beta: false });
      return { inputs: [x, mu, v, r([x.shape[1]], 80, dt, 0.5, 1.5), r(x.shape, 81, dt)], params: { eps: 1e-3, gamma: true } };
    },
    grad: true, // the VJP of its reference composition: the second-order terms
    wasm: ['f32', 'f64'],
    gpuTol: BN_TOL,
  },
};
