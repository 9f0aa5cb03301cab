/**
 * The optional native gemm (LOOPLAB_CPU_GEMM=native: ONNX Runtime through onnxruntime-node)
 * against the TypeScript reference gemm: 2-D products with every transpose combination, batches
 * that merge into one product, batches of separate blocks, operands in the tensor heap and in
 * ordinary arrays, f32 and f64. Every case checks that the native gemm really ran (or declined
 * where it must). Without onnxruntime-node the tests skip, except with CI=true, where .ci/run
 * installs it and its absence is a failure.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DType, Tensor } from '../src/index.js';
import { getCpuGemm, matmul, mT, nativeGemmStats, scope, setCpuGemm, setCpuKernels } from '../src/index.js';
import { matmulT } from '../src/core/ops/matmul.js';
import { rand, toF64 } from './util/check.js';

function installed(): boolean {
  try {
    createRequire(import.meta.url).resolve('onnxruntime-node');
    return true;
  } catch {
    return false;
  }
}
const have = installed();
if (!have && process.env.CI === 'true') {
  throw new Error('onnxruntime-node is not installed: .ci/run installs it (ONNXRUNTIME_NODE_INSTALL=skip npm install --no-save onnxruntime-node@~1.30.0)');
}

let seed = 0;
function t(shape: number[], dtype: DType): Tensor {
  return rand(shape, ++seed, -1, 1, dtype);
}

/** Largest |a − b| relative to the largest |b|. */
function relErr(a: Tensor, b: Tensor): number {
  const x = toF64(a);
  const y = toF64(b);
  expect(x.length).toBe(y.length);
  let m = 0;
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    m = Math.max(m, Math.abs(x[i] - y[i]));
    s = Math.max(s, Math.abs(y[i]));
  }
  return m / s;
}

/** The product with the TypeScript kernels, and with the native gemm (which must run `runs` times). */
function compare(f: () => Tensor, runs: number): { ts: Tensor; native: Tensor } {
  setCpuKernels('ts');
  const ts = f();
  setCpuKernels('wasm');
  const before = nativeGemmStats().calls;
  const native = f();
  expect(nativeGemmStats().calls - before, 'native gemm calls').toBe(runs);
  return { ts, native };
}

const TOL: Record<string, number> = { f32: 1e-5, f64: 1e-13 };

describe.skipIf(!have)('native gemm (onnxruntime-node)', () => {
  const initial = getCpuGemm();
  beforeAll(() => setCpuGemm('native'));
  afterAll(() => {
    setCpuGemm(initial);
    setCpuKernels('wasm');
  });

  for (const dtype of ['f32', 'f64'] as DType[]) {
    it(`2-D products with every transpose combination equal the reference (${dtype})`, () => {
      const [M, K, N] = [131, 97, 113];
      const a = t([M, K], dtype);
      const aT = t([K, M], dtype);
      const b = t([K, N], dtype);
      const bT = t([N, K], dtype);
      // matmulT passes the transposes to the kernel as flags (as the VJPs do), mT materialises them
      for (const [tA, tB] of [
        [false, false],
        [true, false],
        [false, true],
        [true, true],
      ]) {
        const flags = compare(() => matmulT(tA ? aT : a, tB ? bT : b, tA, tB), 1);
        expect(flags.native.shape).toEqual([M, N]);
        expect(relErr(flags.native, flags.ts)).toBeLessThan(TOL[dtype]);
        const views = compare(() => matmul(tA ? mT(aT) : a, tB ? mT(bT) : b), 1);
        expect(relErr(views.native, views.ts)).toBeLessThan(TOL[dtype]);
      }
    });

    it(`batches: one shared B merges into one product; separate blocks run as a batched MatMul (${dtype})`, () => {
      const x = t([5, 67, 129], dtype);
      const w = t([129, 71], dtype);
      const shared = compare(() => matmul(x, w), 1);
      expect(relErr(shared.native, shared.ts)).toBeLessThan(TOL[dtype]);
      const wT = t([71, 129], dtype);
      const sharedT = compare(() => matmulT(x, wT, false, true), 1);
      expect(relErr(sharedT.native, sharedT.ts)).toBeLessThan(TOL[dtype]);
      const ws = t([5, 129, 71], dtype);
      const batched = compare(() => matmul(x, ws), 1);
      expect(relErr(batched.native, batched.ts)).toBeLessThan(TOL[dtype]);
    });
  }

  it('operands and results in the tensor heap (inside a scope) are copied through scratch arrays and stay correct', () => {
    const a = t([300, 200], 'f32');
    const b = t([200, 150], 'f32');
    setCpuKernels('ts');
    const want = matmul(matmul(a, b), mT(b));
    setCpuKernels('wasm');
    const before = nativeGemmStats().calls;
    const got = scope(() => matmul(matmul(a, b), mT(b))); // the inner product lives in the heap
    expect(nativeGemmStats().calls - before).toBe(2);
    expect(relErr(got, want)).toBeLessThan(1e-5);
  });

  it('declines where it would not pay or cannot take the layout: small products, one A against a batch of B', () => {
    const [p, q] = [t([16, 16], 'f32'), t([16, 16], 'f32')];
    const small = compare(() => matmul(p, q), 0);
    expect(relErr(small.native, small.ts)).toBeLessThan(1e-6);
    const a = t([67, 129], 'f32');
    const ws = t([4, 129, 71], 'f32');
    const tb = compare(() => matmul(a, ws), 0); // one A against a batch of B: runs on the Wasm gemm
    expect(relErr(tb.native, tb.ts)).toBeLessThan(1e-5);
  });

  it('sessions are cached per shape', () => {
    const a = t([128, 128], 'f32');
    const b = t([128, 96], 'f32');
    matmul(a, b);
    const s0 = nativeGemmStats().sessions;
    for (let i = 0; i < 3; i++) matmul(a, b);
    expect(nativeGemmStats().sessions).toBe(s0);
  });
});

describe('native gemm selection', () => {
  it('rejects unknown values with a message naming the allowed ones', () => {
    expect(() => setCpuGemm('blas' as never)).toThrow(/expected 'wasm' or 'native', got blas/);
  });
});
