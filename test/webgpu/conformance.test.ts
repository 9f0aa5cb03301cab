/**
 * WebGPU conformance: every public op, on WebGPU (f32), against the CPU computing in f64 from the
 * same f32 inputs — values, and gradients of  L = Σ_outputs sum(f(x) ⊙ w)  with fixed weights w.
 *
 * The case table must name every op exported by src/index.ts (top level and `linalg`; checked
 * below). A case whose op has no WebGPU kernel yet is recorded instead of failing; one test asserts
 * the recorded set (over all cases, whichever tests ran) equals CPU_ONLY, so the list of CPU-only
 * ops cannot grow (or shrink) silently.
 *
 * Tolerances: f32 against an f64 reference. Elementwise rational ops are within a few ulp
 * (rtol 1e-5); transcendental functions get the WGSL accuracy bounds (exp/log: a few ulp, sin/cos
 * and derived: absolute 2⁻¹¹ in the spec, tighter in practice); reductions and matmul accumulate
 * rounding over their length; factorisations amplify it by the condition number (kept small here).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Complex, DType, Tensor } from '../../src/index.js';
import * as L from '../../src/index.js';
import { webgpuBackend } from '../../src/core/backends/webgpu/backend.js';
import { describeGpu } from '../util/gpu.js';

/** Ops that still run on the CPU only (internal op names, as in the "no WebGPU kernel" error): none. */
const CPU_ONLY: readonly string[] = [];

// ---------------------------------------------------------------------------------------------
// inputs

type Input =
  | { kind: 'f'; shape: number[]; lo: number; hi: number; grad: boolean }
  | { kind: 'i32'; shape: number[]; lo: number; hi: number }
  | { kind: 'bool'; shape: number[] }
  | { kind: 'spd'; n: number; batch: number[] }
  | { kind: 'tri'; n: number; lower: boolean };

const f = (shape: number[], lo = -1, hi = 1): Input => ({ kind: 'f', shape, lo, hi, grad: true });
const pos = (shape: number[]): Input => f(shape, 0.5, 2);
const idx = (shape: number[], n: number, lo = 0): Input => ({ kind: 'i32', shape, lo, hi: n });
const bool = (shape: number[]): Input => ({ kind: 'bool', shape });
/** Symmetric positive definite: A Aᵀ/n + I (condition number ≲ 5). */
const spd = (n: number, batch: number[] = []): Input => ({ kind: 'spd', n, batch });
/** Triangular with a diagonal in [1, 2]: well conditioned. */
const tri = (n: number, lower = true): Input => ({ kind: 'tri', n, lower });

function lcg(seed: number): () => number {
  let s = (seed * 2654435761) >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface HostInput {
  data: Float32Array | Int32Array | Uint8Array;
  shape: number[];
  dtype: DType;
  grad: boolean;
}

function makeInput(spec: Input, seed: number): HostInput {
  const u = lcg(seed);
  const size = (s: number[]): number => s.reduce((a, b) => a * b, 1);
  switch (spec.kind) {
    case 'f':
      return {
        data: Float32Array.from({ length: size(spec.shape) }, () => spec.lo + (spec.hi - spec.lo) * u()),
        shape: spec.shape,
        dtype: 'f32',
        grad: spec.grad,
      };
    case 'i32':
      return {
        data: Int32Array.from({ length: size(spec.shape) }, () => spec.lo + Math.floor((spec.hi - spec.lo) * u())),
        shape: spec.shape,
        dtype: 'i32',
        grad: false,
      };
    case 'bool':
      return { data: Uint8Array.from({ length: size(spec.shape) }, () => (u() < 0.5 ? 1 : 0)), shape: spec.shape, dtype: 'bool', grad: false };
    case 'spd': {
      const { n } = spec;
      const count = size(spec.batch);
      const out = new Float32Array(count * n * n);
      for (let b = 0; b < count; b++) {
        const a = Array.from({ length: n * n }, () => 2 * u() - 1);
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            let s = i === j ? 1 : 0;
            for (let k = 0; k < n; k++) s += (a[i * n + k] * a[j * n + k]) / n;
            out[b * n * n + i * n + j] = s;
          }
        }
      }
      return { data: out, shape: [...spec.batch, n, n], dtype: 'f32', grad: true };
    }
    case 'tri': {
      const { n } = spec;
      const out = new Float32Array(n * n);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          const inside = spec.lower ? j <= i : j >= i;
          out[i * n + j] = !inside ? 0 : i === j ? 1 + u() : 0.5 * (2 * u() - 1);
        }
      }
      return { data: out, shape: [n, n], dtype: 'f32', grad: true };
    }
    default:
      return spec satisfies never;
  }
}

/** The same f32 values as an f64 CPU tensor (the reference), or as an f32 WebGPU tensor. */
function onDevice(h: HostInput, device: 'cpu' | 'webgpu'): Tensor {
  if (h.dtype === 'f32' && device === 'cpu') return L.tensor(Float64Array.from(h.data), { shape: h.shape, dtype: 'f64' });
  if (h.dtype === 'bool')
    return L.tensor(
      Array.from(h.data, (v) => v === 1),
      { shape: h.shape, device },
    );
  return L.tensor(h.data.slice(), { shape: h.shape, dtype: h.dtype, device });
}

// ---------------------------------------------------------------------------------------------
// cases

type Out = Tensor | readonly Tensor[];

interface OpCase {
  /** An export of src/index.ts that this case exercises. */
  name: string;
  /** Distinguishes several cases of one op. */
  label?: string;
  inputs: Input[];
  fn: (...xs: Tensor[]) => Out;
  /** Value tolerance (rtol, atol); gradients use `gradTol` (default: 10× the value tolerance, at least 1e-5, 1e-6). */
  tol?: [number, number];
  gradTol?: [number, number];
  /** Skip the gradient (ops whose outputs are not differentiable, or not in every input). */
  noGrad?: boolean;
}

const EXACT: [number, number] = [0, 0];
const RATIONAL: [number, number] = [1e-5, 1e-6];
const TRANSC: [number, number] = [2e-5, 2e-6];
const TRIG: [number, number] = [1e-4, 5e-4]; // WGSL: sin/cos absolute error ≤ 2⁻¹¹ on [−π, π]
const ACCUM: [number, number] = [1e-4, 1e-5];
const LINALG: [number, number] = [1e-3, 1e-4];

const cplx = (re: Tensor, im: Tensor): Complex => ({ re, im });
const parts = (c: Tensor | Complex): Tensor[] => (c instanceof L.Tensor ? [c] : [c.re, c.im]);

const unary = (name: string, fn: (x: Tensor) => Tensor, input: Input = f([3, 4]), tol = TRANSC): OpCase => ({ name, inputs: [input], fn, tol });
const binary = (name: string, fn: (a: Tensor, b: Tensor) => Tensor, a: Input = f([3, 4]), b: Input = f([4]), tol = RATIONAL): OpCase => ({
  name,
  inputs: [a, b],
  fn,
  tol,
});
const compare = (name: string, fn: (a: Tensor, b: Tensor) => Tensor): OpCase => ({ name, inputs: [f([3, 4]), f([4])], fn, tol: EXACT, noGrad: true });

const CASES: OpCase[] = [
  // elementwise, unary
  unary('neg', L.neg, f([3, 4]), RATIONAL),
  unary('exp', L.exp, f([3, 4], -3, 3)),
  unary('exp', L.exp, f([], -1, 1)), // scalar
  unary('log', L.log, pos([3, 4])),
  unary('log1p', L.log1p, f([3, 4], -0.5, 2)),
  unary('expm1', L.expm1, f([3, 4], -2, 2)),
  unary('sqrt', L.sqrt, pos([3, 4])),
  unary('rsqrt', L.rsqrt, pos([3, 4])),
  unary('abs', L.abs, f([3, 4]), RATIONAL),
  unary('sign', L.sign, f([3, 4]), EXACT),
  unary('sin', L.sin, f([3, 4], -3, 3), TRIG),
  unary('cos', L.cos, f([3, 4], -3, 3), TRIG),
  unary('tanh', L.tanh, f([3, 4], -3, 3), TRIG),
  unary('sigmoid', L.sigmoid, f([3, 4], -4, 4)),
  unary('relu', L.relu, f([3, 4]), RATIONAL),
  unary('square', L.square, f([3, 4]), RATIONAL),
  unary('erf', L.erf, f([3, 4], -2, 2), ACCUM),
  unary('floor', L.floor, f([3, 4], -3, 3), EXACT),
  unary('round', L.round, f([3, 4], -3, 3), EXACT),
  unary('gelu', (x) => L.gelu(x), f([3, 4], -3, 3), ACCUM),
  { ...unary('gelu', (x) => L.gelu(x, true), f([3, 4], -3, 3), TRIG), label: 'tanh approximation' },
  unary('softplus', L.softplus, f([3, 4], -4, 4)),
  { name: 'isFinite', inputs: [f([3, 4])], fn: (x) => L.isFinite(L.div(x, L.sub(x, x))), tol: EXACT, noGrad: true },
  { name: 'logicalNot', inputs: [bool([3, 4])], fn: L.logicalNot, tol: EXACT, noGrad: true },
  { name: 'cast', label: 'to i32', inputs: [f([3, 4], -5, 5)], fn: (x) => L.cast(x, 'i32'), tol: EXACT, noGrad: true },
  { name: 'cast', label: 'i32 to float', inputs: [idx([3, 4], 9, -9)], fn: (i) => L.cast(i, 'f32'), tol: EXACT, noGrad: true },
  { name: 'cast', label: 'bool to i32', inputs: [bool([5])], fn: (b) => L.cast(b, 'i32'), tol: EXACT, noGrad: true },
  // elementwise, binary (broadcasting [3, 4] with [4], and [2, 1, 4] with [3, 1])
  binary('add', L.add),
  { ...binary('add', L.add, f([2, 1, 4]), f([3, 1])), label: 'rank promotion' },
  { ...binary('add', L.add, f([0, 3]), f([3])), label: 'empty' },
  binary('sub', L.sub),
  binary('mul', L.mul),
  binary('div', L.div, f([3, 4]), pos([4])),
  binary('pow', L.pow, pos([3, 4]), f([4], -1.5, 1.5), TRANSC),
  binary('maximum', L.maximum),
  binary('minimum', L.minimum),
  binary('atan2', L.atan2, f([3, 4]), f([4]), ACCUM),
  compare('eq', (a, b) => L.eq(L.round(a), L.round(b))),
  compare('ne', (a, b) => L.ne(L.round(a), L.round(b))),
  compare('lt', L.lt),
  compare('le', L.le),
  compare('gt', L.gt),
  compare('ge', L.ge),
  { name: 'logicalAnd', inputs: [bool([3, 4]), bool([4])], fn: L.logicalAnd, tol: EXACT, noGrad: true },
  { name: 'logicalOr', inputs: [bool([3, 4]), bool([4])], fn: L.logicalOr, tol: EXACT, noGrad: true },
  { name: 'where', inputs: [bool([3, 4]), f([3, 4]), f([4])], fn: L.where, tol: RATIONAL },
  { name: 'clip', inputs: [f([3, 4], -2, 2)], fn: (x) => L.clip(x, -0.5, 0.75), tol: RATIONAL },
  // reductions
  { name: 'sum', inputs: [f([3, 4, 5])], fn: (x) => [L.sum(x), L.sum(x, 1), L.sum(x, [0, 2], true)], tol: ACCUM },
  { name: 'sum', label: 'long axis', inputs: [f([2, 1000])], fn: (x) => L.sum(x, -1), tol: ACCUM },
  { name: 'mean', inputs: [f([3, 4, 5])], fn: (x) => [L.mean(x), L.mean(x, -1)], tol: ACCUM },
  { name: 'max', inputs: [f([3, 4, 5])], fn: (x) => [L.max(x), L.max(x, 1)], tol: EXACT },
  { name: 'min', inputs: [f([3, 4, 5])], fn: (x) => [L.min(x), L.min(x, [0, 2])], tol: EXACT },
  { name: 'prod', inputs: [f([3, 4], 0.5, 1.5)], fn: (x) => [L.prod(x), L.prod(x, 0)], tol: ACCUM },
  { name: 'variance', inputs: [f([3, 4, 5])], fn: (x) => [L.variance(x), L.variance(x, 1, false, 1)], tol: ACCUM },
  { name: 'logsumexp', inputs: [f([3, 4, 5], -5, 5)], fn: (x) => [L.logsumexp(x), L.logsumexp(x, -1, true)], tol: ACCUM },
  { name: 'argmax', inputs: [f([3, 4, 5])], fn: (x) => [L.argmax(x), L.argmax(x, 1)], tol: EXACT, noGrad: true },
  { name: 'argmin', inputs: [f([3, 4, 5])], fn: (x) => [L.argmin(x), L.argmin(x, 2, true)], tol: EXACT, noGrad: true },
  // shapes (views and copies)
  { name: 'reshape', inputs: [f([3, 4])], fn: (x) => L.reshape(L.mul(x, 2), [2, 6]), tol: RATIONAL },
  { name: 'ravel', inputs: [f([3, 4])], fn: (x) => L.ravel(L.mul(x, 2)), tol: RATIONAL },
  { name: 'broadcastTo', inputs: [f([3, 1])], fn: (x) => L.broadcastTo(x, [2, 3, 4]), tol: EXACT },
  { name: 'transpose', inputs: [f([2, 3, 4])], fn: (x) => [L.transpose(x), L.transpose(x, [1, 0, 2])], tol: EXACT },
  { name: 'swapAxes', inputs: [f([2, 3, 4])], fn: (x) => L.swapAxes(x, 0, 2), tol: EXACT },
  { name: 'mT', inputs: [f([2, 3, 4])], fn: L.mT, tol: EXACT },
  { name: 'unsqueeze', inputs: [f([3, 4])], fn: (x) => L.unsqueeze(x, 1), tol: EXACT },
  { name: 'squeeze', inputs: [f([3, 1, 4])], fn: (x) => L.squeeze(x, 1), tol: EXACT },
  // matmul
  { name: 'matmul', inputs: [f([5, 7]), f([7, 3])], fn: L.matmul, tol: ACCUM },
  { name: 'matmul', label: 'batched, broadcast', inputs: [f([2, 1, 5, 7]), f([3, 7, 6])], fn: L.matmul, tol: ACCUM },
  { name: 'matmul', label: 'vector', inputs: [f([7]), f([2, 7, 3])], fn: L.matmul, tol: ACCUM },
  { name: 'matmul', label: 'large', inputs: [f([65, 130]), f([130, 33])], fn: L.matmul, tol: ACCUM },
  { name: 'dot', inputs: [f([9]), f([9])], fn: L.dot, tol: ACCUM },
  { name: 'einsum', inputs: [f([2, 3, 4]), f([4, 5])], fn: (a, b) => L.einsum('bij,jk->bik', a, b), tol: ACCUM },
  { name: 'einsum', label: 'trace and outer', inputs: [f([4, 4]), f([3])], fn: (a, b) => [L.einsum('ii->', a), L.einsum('ij,k->ijk', a, b)], tol: ACCUM },
  // movement
  { name: 'slice', inputs: [f([5, 6])], fn: (x) => [L.slice(x, [1, 4], [null, null, 2]), L.slice(x, 2, [5, 0, -2])], tol: EXACT },
  { name: 'sliceAxis', inputs: [f([5, 6])], fn: (x) => L.sliceAxis(x, 1, 1, -1), tol: EXACT },
  { name: 'flip', inputs: [f([3, 4])], fn: (x) => [L.flip(x), L.flip(x, 1)], tol: EXACT },
  {
    name: 'pad',
    inputs: [f([3, 4])],
    fn: (x) =>
      L.pad(
        x,
        [
          [1, 0],
          [2, 3],
        ],
        0.5,
      ),
    tol: EXACT,
  },
  { name: 'concat', inputs: [f([2, 4]), f([3, 4])], fn: (a, b) => L.concat([a, b], 0), tol: EXACT },
  { name: 'stack', inputs: [f([3, 4]), f([3, 4])], fn: (a, b) => L.stack([a, b], 1), tol: EXACT },
  { name: 'split', inputs: [f([6, 4])], fn: (x) => [...L.split(x, 3, 0), ...L.split(x, [1, 3], 1)], tol: EXACT },
  // indexing
  { name: 'take', inputs: [f([5, 3]), idx([4], 5)], fn: (x, i) => [L.take(x, i, 0), L.take(x, i)], tol: EXACT },
  { name: 'takeAlongAxis', inputs: [f([4, 5]), idx([4, 3], 5)], fn: (x, i) => L.takeAlongAxis(x, i, 1), tol: EXACT },
  { name: 'scatterAdd', inputs: [f([5, 3]), idx([4, 3], 5), f([4, 3])], fn: (x, i, u) => L.scatterAdd(x, i, u, 0), tol: RATIONAL },
  { name: 'oneHot', inputs: [idx([6], 5, -1)], fn: (i) => L.oneHot(i, 5), tol: EXACT, noGrad: true },
  // sorting
  { name: 'sort', inputs: [f([3, 17])], fn: (x) => [L.sort(x), L.sort(x, 0, { descending: true })], tol: EXACT },
  { name: 'argsort', inputs: [f([3, 17])], fn: (x) => [L.argsort(x), L.argsort(x, 0, { descending: true })], tol: EXACT, noGrad: true },
  { name: 'topk', inputs: [f([3, 17])], fn: (x) => L.topk(x, 4), tol: EXACT },
  // cumulative
  { name: 'cumsum', inputs: [f([3, 40])], fn: (x) => [L.cumsum(x, 1), L.cumsum(x, 0, { reverse: true, exclusive: true })], tol: ACCUM },
  { name: 'cumprod', inputs: [f([3, 12], 0.5, 1.5)], fn: (x) => [L.cumprod(x, 1), L.cumprod(x, 1, { reverse: true })], tol: ACCUM },
  // linear recurrences h_t = a_t ⊙ h_{t−1} + b_t
  {
    name: 'linearScan',
    inputs: [f([4], -0.9, 0.9), f([2, 50, 4])],
    fn: (a, b) => [L.linearScan(a, b, { axis: 1 }), L.linearScan(a, b, { axis: 1, reverse: true })],
    tol: ACCUM,
  },
  {
    name: 'linearScan',
    label: 'complex',
    inputs: [f([4], -0.6, 0.6), f([4], -0.6, 0.6), f([2, 50, 4]), f([2, 50, 4])],
    fn: (ar, ai, br, bi) => parts(L.linearScan(cplx(ar, ai), cplx(br, bi), { axis: 1 })),
    tol: ACCUM,
  },
  { name: 'linearScanReference', inputs: [f([4], -0.9, 0.9), f([2, 20, 4])], fn: (a, b) => L.linearScanReference(a, b, { axis: 1 }), tol: ACCUM },
  // convolution and pooling (NCHW)
  {
    name: 'conv2d',
    inputs: [f([2, 4, 7, 9]), f([6, 2, 3, 2])],
    fn: (x, w) => [L.conv2d(x, w, { padding: 'same', groups: 2 }), L.conv2d(x, w, { stride: [2, 1], dilation: [1, 2], padding: 1, groups: 2 })],
    tol: ACCUM,
  },
  {
    name: 'batchNorm2d',
    inputs: [f([3, 4, 5, 7]), f([4]), f([4])],
    fn: (x, g, b) => {
      const r = L.batchNorm2d(x, { gamma: g, beta: b });
      return [r.y, r.mean, r.var, L.batchNorm2d(x).y];
    },
    tol: ACCUM,
  },
  {
    name: 'maxPool2d',
    inputs: [f([2, 3, 7, 9])],
    fn: (x) => [L.maxPool2d(x, { kernel: 2 }), L.maxPool2d(x, { kernel: 3, stride: 2, padding: 1 })],
    tol: EXACT,
  },
  {
    name: 'avgPool2d',
    inputs: [f([2, 3, 7, 9])],
    fn: (x) => [L.avgPool2d(x, { kernel: 2 }), L.avgPool2d(x, { kernel: 3, stride: 2, padding: 'same' })],
    tol: ACCUM,
  },
  { name: 'globalAvgPool', inputs: [f([2, 3, 7, 9])], fn: (x) => L.globalAvgPool(x), tol: ACCUM },
  // linear algebra (well-conditioned inputs)
  { name: 'cholesky', inputs: [spd(5, [2])], fn: (a) => L.linalg.cholesky(a), tol: LINALG },
  {
    name: 'triangularSolve',
    inputs: [tri(5), f([5, 3])],
    fn: (a, b) => [L.linalg.triangularSolve(a, b), L.linalg.triangularSolve(a, b, { transposeA: true })],
    tol: LINALG,
  },
  { name: 'solve', inputs: [spd(5), f([5, 2])], fn: L.linalg.solve, tol: LINALG },
  { name: 'inv', inputs: [spd(4)], fn: L.linalg.inv, tol: LINALG },
  { name: 'det', inputs: [spd(4)], fn: L.linalg.det, tol: LINALG },
  { name: 'slogdet', inputs: [spd(4)], fn: (a) => L.linalg.slogdet(a), tol: LINALG },
  { name: 'qr', inputs: [f([5, 3])], fn: (a) => L.linalg.qr(a), tol: LINALG },
  // eigenvectors up to sign: compare v² (the eigenvalues of this input are distinct)
  {
    name: 'eigh',
    inputs: [spd(4)],
    fn: (a) => {
      const [w, v] = L.linalg.eigh(a);
      return [w, L.square(v)];
    },
    tol: LINALG,
  },
];

/** Exports of src/index.ts that are not ops on tensors (creation, autodiff, config, devices...). */
const NOT_OPS = new Set([
  'Tensor',
  'isTensor',
  'detach',
  'getDefaultDevice',
  'setDefaultDevice',
  'scope',
  'cpuHeapStats',
  'setCpuHeap',
  'dispose',
  'toDevice',
  'initWebGPU',
  'webgpuStats',
  'setCpuKernels',
  'getCpuKernels',
  'setStrict',
  'withStrict',
  'getConfig',
  'setDefaultFloat',
  'tensor',
  'scalar',
  'zeros',
  'ones',
  'full',
  'zerosLike',
  'onesLike',
  'fullLike',
  'arange',
  'linspace',
  'eye',
  'grad',
  'valueAndGrad',
  'vjp',
  'jvp',
  'hvp',
  'vdot',
  'stopGradient',
  'customVjp',
  'checkFinite',
]);

/** The package's public functions: top-level exports and the `linalg` namespace. */
const PUBLIC_FUNCTIONS: readonly [string, unknown][] = [...Object.entries(L), ...Object.entries(L.linalg)].filter(([, v]) => typeof v === 'function');
const publicOp = (name: string): unknown => PUBLIC_FUNCTIONS.find(([n]) => n === name)?.[1];

// ---------------------------------------------------------------------------------------------
// running a case

function outputs(o: Out): Tensor[] {
  return o instanceof L.Tensor ? [o] : [...o];
}

/** Weights w for L = Σ sum(out ⊙ w), one per float output (null for the others). */
function weights(outs: readonly { shape: readonly number[]; dtype: DType }[], seed: number): (Float32Array | null)[] {
  return outs.map((o, k) => {
    if (o.dtype !== 'f32' && o.dtype !== 'f64') return null;
    const u = lcg(seed * 31 + k);
    return Float32Array.from({ length: o.shape.reduce((x, y) => x * y, 1) }, () => 2 * u() - 1);
  });
}

interface Computed {
  values: { data: Float64Array; shape: readonly number[]; dtype: DType }[];
  grads: Float64Array[] | null;
}

/** A case on the CPU and on WebGPU (null: its op has no WebGPU kernel). */
interface Outcome {
  cpu: Computed;
  gpu: Computed | null;
}

/** Values and (with weights) gradients as tensors: synchronous, so that it can run in scope(). */
function forward(
  c: OpCase,
  host: readonly HostInput[],
  w: readonly (Float32Array | null)[] | null,
  device: 'cpu' | 'webgpu',
): { outs: Tensor[]; grads: Tensor[] } {
  const xs = host.map((h) => onDevice(h, device));
  const outs = outputs(c.fn(...xs));
  const argnums = host.flatMap((h, k) => (h.grad ? [k] : []));
  if (c.noGrad || w === null || argnums.length === 0) return { outs, grads: [] };
  const wt = w.map((wk, k) => (wk === null ? null : onDevice({ data: wk, shape: [...outs[k].shape], dtype: 'f32', grad: false }, device)));
  const loss = (...args: Tensor[]): Tensor => {
    let total: Tensor | null = null;
    outputs(c.fn(...args)).forEach((o, k) => {
      const wk = wt[k];
      if (wk === null) return;
      const term = L.sum(L.mul(o, wk));
      total = total === null ? term : L.add(total, term);
    });
    if (total === null) throw new Error(`${caseName(c)}: no float output to differentiate (set noGrad)`);
    return total;
  };
  const grads = L.grad(loss, { argnums })(...xs) as readonly Tensor[];
  return { outs, grads: [...grads] };
}

async function compute(c: OpCase, host: readonly HostInput[], w: readonly (Float32Array | null)[] | null, device: 'cpu' | 'webgpu'): Promise<Computed> {
  // On WebGPU everything the case creates is released once its results are read.
  const { outs, grads } = device === 'webgpu' ? L.scope(() => forward(c, host, w, device)) : forward(c, host, w, device);
  try {
    const values = [];
    for (const o of outs) values.push({ data: Float64Array.from(await o.data()), shape: o.shape, dtype: o.dtype });
    const g = [];
    for (const gk of grads) g.push(Float64Array.from(await gk.data()));
    return { values, grads: grads.length > 0 ? g : null };
  } finally {
    for (const t of [...outs, ...grads]) L.dispose(t);
  }
}

function expectAllClose(actual: Float64Array, expected: Float64Array, [rtol, atol]: [number, number], what: string): void {
  expect(actual.length, `${what}: size`).toBe(expected.length);
  let worst = -1;
  let worstErr = 0;
  for (let i = 0; i < actual.length; i++) {
    const err = Math.abs(actual[i] - expected[i]) - (atol + rtol * Math.abs(expected[i]));
    const bad = Number.isNaN(actual[i]) !== Number.isNaN(expected[i]) || err > 0;
    if (bad && (worst < 0 || err > worstErr)) {
      worst = i;
      worstErr = err;
    }
  }
  if (worst >= 0) {
    expect.fail(`${what}: element ${worst} is ${actual[worst]}, expected ${expected[worst]} (rtol ${rtol}, atol ${atol})`);
  }
}

const caseName = (c: OpCase): string => (c.label ? `${c.name} (${c.label})` : c.name);

describeGpu('webgpu conformance (f32 on WebGPU vs f64 on the CPU)', () => {
  const cpuOnly = new Set<string>();
  /** Ops reached on WebGPU, internal name -> has a WebGPU kernel. */
  const reached = new Map<string, boolean>();
  // Record every op that reaches the WebGPU backend (in beforeAll: the describe body is also
  // collected when the suite is skipped for lack of an adapter).
  let restore = (): void => {};
  beforeAll(() => {
    const backend = webgpuBackend()!;
    const run = backend.run.bind(backend);
    backend.run = (opName, kernels, ...rest) => {
      reached.set(opName, kernels.webgpu !== undefined);
      run(opName, kernels, ...rest);
    };
    restore = () => {
      backend.run = run;
    };
  });
  afterAll(() => restore());

  /** Each case computed once, by whichever test needs it first. */
  const outcomes = new Map<number, Promise<Outcome>>();
  async function run(c: OpCase, k: number): Promise<Outcome> {
    const host = c.inputs.map((spec, j) => makeInput(spec, 1000 * k + j + 1));
    const ref = await compute(c, host, null, 'cpu');
    const w = weights(ref.values, k + 1);
    const cpu = await compute(c, host, w, 'cpu');
    try {
      return { cpu, gpu: await compute(c, host, w, 'webgpu') };
    } catch (e) {
      const m = /^(\S+): no WebGPU kernel for this op yet/.exec((e as Error).message);
      if (!m) throw e;
      cpuOnly.add(m[1]);
      return { cpu, gpu: null };
    }
  }
  function outcome(k: number): Promise<Outcome> {
    let o = outcomes.get(k);
    if (!o) outcomes.set(k, (o = run(CASES[k], k)));
    return o;
  }

  it('the case table covers every op exported by src/index.ts', () => {
    const covered = new Set(CASES.map((c) => publicOp(c.name)));
    const missing = PUBLIC_FUNCTIONS.filter(([name, v]) => !NOT_OPS.has(name) && !covered.has(v)).map(([name]) => name);
    expect(missing, 'public ops without a conformance case').toEqual([]);
    for (const c of CASES) expect(typeof publicOp(c.name), c.name).toBe('function');
  });

  CASES.forEach((c, k) => {
    it(caseName(c), async () => {
      const { cpu, gpu } = await outcome(k);
      if (!gpu) return; // no WebGPU kernel: recorded for the CPU_ONLY test
      const tol = c.tol ?? RATIONAL;
      cpu.values.forEach((v, j) => {
        const g = gpu.values[j];
        expect(g.shape, `${caseName(c)} output ${j}: shape`).toEqual(v.shape);
        expect(g.dtype, `${caseName(c)} output ${j}: dtype`).toBe(v.dtype === 'f64' ? 'f32' : v.dtype);
        expectAllClose(g.data, v.data, tol, `${caseName(c)} output ${j}`);
      });
      if (cpu.grads) {
        // Gradients accumulate cotangents (broadcasts, repeated indices): at least f32 rounding.
        const gt = c.gradTol ?? [Math.max(tol[0] * 10, 1e-5), Math.max(tol[1] * 10, 1e-6)];
        cpu.grads.forEach((gr, j) => expectAllClose(gpu.grads![j], gr, gt, `${caseName(c)} gradient ${j}`));
      }
    });
  });

  it('the ops without a WebGPU kernel are exactly CPU_ONLY', async () => {
    for (let k = 0; k < CASES.length; k++) await outcome(k); // runs the cases no test has run yet
    for (const [name, has] of reached) if (!has) cpuOnly.add(name);
    expect([...cpuOnly].sort(), 'update CPU_ONLY in test/webgpu/conformance.test.ts (and docs/webgpu.md)').toEqual([...CPU_ONLY].sort());
  });
});
