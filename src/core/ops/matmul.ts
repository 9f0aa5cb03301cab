/**
 * Matrix multiplication, batched over leading axes with numpy broadcasting of the batch
 * dimensions; 1-D operands are promoted as in numpy (a vector on the left is a row, on the
 * right a column) and the promoted axis removed afterwards.
 */
import type { TensorMeta } from '../backend.js';
import { gpuMatmul } from '../backends/webgpu/wgsl-matmul.js';
import { gemmRuntime, wasmGemm } from '../backends/wasm/gemm.js';
import type { AnyTypedArray } from '../dtype.js';
import { promoteTypes } from '../dtype.js';
import type { OpDef } from '../op.js';
import { runOp1 } from '../op.js';
import { broadcastShapes, broadcastStrides, fmt, sizeOf } from '../shape.js';
import type { Tensor } from '../tensor.js';
import { cast, operands, sumToShape } from './elementwise.js';
import { reshape } from './shape-ops.js';

/**
 * C[M,N] += A[M,K] · B[K,N] for row-major blocks at the given offsets (C must start zeroed or
 * hold a partial sum). Register-blocked: a 4×4 tile of C lives in 16 local accumulators while
 * k runs over a KC-deep slice; A's 4 rows are packed k-major so each step reads 4 contiguous A
 * values and 4 contiguous B values for 16 multiply-adds. ~2× the plain i-k-j loop.
 */
function gemmBlockSource(
  a: AnyTypedArray,
  aOff: number,
  b: AnyTypedArray,
  bOff: number,
  c: AnyTypedArray,
  cOff: number,
  M: number,
  K: number,
  N: number,
): void {
  const KC = 256;
  const pa = new Float64Array(4 * Math.min(K, KC));
  const M4 = M - (M % 4);
  const N4 = N - (N % 4);
  for (let k0 = 0; k0 < K; k0 += KC) {
    const kc = Math.min(KC, K - k0);
    for (let i = 0; i < M4; i += 4) {
      const r0 = aOff + i * K + k0;
      for (let k = 0; k < kc; k++) {
        pa[4 * k] = a[r0 + k];
        pa[4 * k + 1] = a[r0 + K + k];
        pa[4 * k + 2] = a[r0 + 2 * K + k];
        pa[4 * k + 3] = a[r0 + 3 * K + k];
      }
      for (let j = 0; j < N4; j += 4) {
        let c00 = 0,
          c01 = 0,
          c02 = 0,
          c03 = 0,
          c10 = 0,
          c11 = 0,
          c12 = 0,
          c13 = 0;
        let c20 = 0,
          c21 = 0,
          c22 = 0,
          c23 = 0,
          c30 = 0,
          c31 = 0,
          c32 = 0,
          c33 = 0;
        let pb = bOff + k0 * N + j;
        for (let k = 0, p = 0; k < kc; k++, p += 4, pb += N) {
          const a0 = pa[p],
            a1 = pa[p + 1],
            a2 = pa[p + 2],
            a3 = pa[p + 3];
          const b0 = b[pb],
            b1 = b[pb + 1],
            b2 = b[pb + 2],
            b3 = b[pb + 3];
          c00 += a0 * b0;
          c01 += a0 * b1;
          c02 += a0 * b2;
          c03 += a0 * b3;
          c10 += a1 * b0;
          c11 += a1 * b1;
          c12 += a1 * b2;
          c13 += a1 * b3;
          c20 += a2 * b0;
          c21 += a2 * b1;
          c22 += a2 * b2;
          c23 += a2 * b3;
          c30 += a3 * b0;
          c31 += a3 * b1;
          c32 += a3 * b2;
          c33 += a3 * b3;
        }
        let o = cOff + i * N + j;
        c[o] += c00;
        c[o + 1] += c01;
        c[o + 2] += c02;
        c[o + 3] += c03;
        o += N;
        c[o] += c10;
        c[o + 1] += c11;
        c[o + 2] += c12;
        c[o + 3] += c13;
        o += N;
        c[o] += c20;
        c[o + 1] += c21;
        c[o + 2] += c22;
        c[o + 3] += c23;
        o += N;
        c[o] += c30;
        c[o + 1] += c31;
        c[o + 2] += c32;
        c[o + 3] += c33;
      }
      // remaining columns of these 4 rows
      for (let j = N4; j < N; j++) {
        let s0 = 0,
          s1 = 0,
          s2 = 0,
          s3 = 0;
        for (let k = 0, pb = bOff + k0 * N + j; k < kc; k++, pb += N) {
          const y = b[pb];
          s0 += pa[4 * k] * y;
          s1 += pa[4 * k + 1] * y;
          s2 += pa[4 * k + 2] * y;
          s3 += pa[4 * k + 3] * y;
        }
        const o = cOff + i * N + j;
        c[o] += s0;
        c[o + N] += s1;
        c[o + 2 * N] += s2;
        c[o + 3 * N] += s3;
      }
    }
    // remaining rows
    for (let i = M4; i < M; i++) {
      const ai = aOff + i * K + k0;
      const ci = cOff + i * N;
      for (let k = 0; k < kc; k++) {
        const x = a[ai + k];
        const bk = bOff + (k0 + k) * N;
        for (let j = 0; j < N; j++) c[ci + j] += x * b[bk + j];
      }
    }
  }
}

type Gemm = typeof gemmBlockSource;
const gemmCache = new Map<string, Gemm>();

/**
 * The gemm kernel specialised per (A, B, C) array types: each copy is compiled separately so
 * its element loads stay monomorphic (one shared function seeing f32 and f64 arrays runs ~2×
 * slower).
 */
export function gemmBlock(
  a: AnyTypedArray,
  aOff: number,
  b: AnyTypedArray,
  bOff: number,
  c: AnyTypedArray,
  cOff: number,
  M: number,
  K: number,
  N: number,
): void {
  const key = `${a.constructor.name}|${b.constructor.name}|${c.constructor.name}`;
  let f = gemmCache.get(key);
  if (!f) {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const make = new Function(`return ${gemmBlockSource.toString()}`) as () => Gemm;
    f = make();
    gemmCache.set(key, f);
  }
  f(a, aOff, b, bOff, c, cOff, M, K, N);
}

/**
 * C = op(A) · op(B) with op(X) = Xᵀ (last two axes) where the flag is set: the operands of the
 * gradients (G·Bᵀ, Aᵀ·G) are read transposed in place instead of being copied.
 */
export interface MatmulParams {
  readonly transA: boolean;
  readonly transB: boolean;
}

/** [M, K] of op(A) and [K, N] of op(B) from the stored shapes. */
function dims(aShape: readonly number[], bShape: readonly number[], p: MatmulParams): [number, number, number, number] {
  const [a0, a1] = aShape.slice(-2);
  const [b0, b1] = bShape.slice(-2);
  const [M, K] = p.transA ? [a1, a0] : [a0, a1];
  const [K2, N] = p.transB ? [b1, b0] : [b0, b1];
  return [M, K, K2, N];
}

/** M, K, N and, per batch item of the output, the element offsets of its A and B blocks (batch axes broadcast). */
function batchLayout(
  inMeta: readonly TensorMeta[],
  outMeta: readonly TensorMeta[],
  p: MatmulParams,
): { M: number; K: number; N: number; offA: number[]; offB: number[] } {
  const os = outMeta[0].shape;
  const [M, N] = os.slice(-2);
  const K = dims(inMeta[0].shape, inMeta[1].shape, p)[1];
  const batchShape = os.slice(0, -2);
  const nb = sizeOf(batchShape);
  const sa = broadcastStrides(inMeta[0].shape.slice(0, -2), batchShape);
  const sb = broadcastStrides(inMeta[1].shape.slice(0, -2), batchShape);
  const idx = new Array<number>(batchShape.length).fill(0);
  const offA = new Array<number>(nb);
  const offB = new Array<number>(nb);
  for (let t = 0; t < nb; t++) {
    let oa = 0;
    let ob = 0;
    for (let d = 0; d < batchShape.length; d++) {
      oa += idx[d] * sa[d];
      ob += idx[d] * sb[d];
    }
    offA[t] = oa * M * K;
    offB[t] = ob * K * N;
    for (let d = batchShape.length - 1; d >= 0; d--) {
      if (++idx[d] < batchShape[d]) break;
      idx[d] = 0;
    }
  }
  return { M, K, N, offA, offB };
}

/** X [rows, cols] at `off` -> Xᵀ, contiguous (the TypeScript path of a transposed operand). */
function transposed(x: AnyTypedArray, off: number, rows: number, cols: number): AnyTypedArray {
  const C = x.constructor as new (n: number) => AnyTypedArray;
  const out = new C(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[j * rows + i] = x[off + i * cols + j];
  return out;
}

export const matmulOp: OpDef<'matmul'> = {
  name: 'matmul',
  overwrites: true,
  infer: ([a, b], p) => {
    if (a.shape.length < 2 || b.shape.length < 2) throw new Error(`matmul: operands must have rank >= 2 here (got ${fmt(a.shape)} and ${fmt(b.shape)})`);
    const [M, K, K2, N] = dims(a.shape, b.shape, p);
    if (K !== K2)
      throw new Error(`matmul: inner dimensions differ: ${fmt(a.shape)}${p.transA ? 'ᵀ' : ''} @ ${fmt(b.shape)}${p.transB ? 'ᵀ' : ''} (${K} vs ${K2})`);
    const batch = broadcastShapes('matmul', a.shape.slice(0, -2), b.shape.slice(0, -2));
    return [{ shape: [...batch, M, N], dtype: promoteTypes(a.dtype, b.dtype) }];
  },
  kernels: {
    cpu: (ins, inMeta, outs, outMeta, p) => {
      const [a, b] = ins;
      const c = outs[0];
      c.fill(0); // gemmBlock accumulates; the output may start uninitialised (`overwrites`)
      const { M, K, N, offA, offB } = batchLayout(inMeta, outMeta, p);
      for (let t = 0; t < offA.length; t++) {
        const [ax, ao] = p.transA ? [transposed(a, offA[t], K, M), 0] : [a, offA[t]];
        const [bx, bo] = p.transB ? [transposed(b, offB[t], N, K), 0] : [b, offB[t]];
        gemmBlock(ax, ao, bx, bo, c, t * M * N, M, K, N);
      }
    },
    // SIMD, batch items and row blocks split across threads; operands read through strides
    wasm: (ins, inMeta, outs, outMeta, p) => {
      const aShape = inMeta[0].shape;
      const K = aShape[aShape.length - (p.transA ? 2 : 1)];
      const rt = gemmRuntime(ins[0], ins[1], outs[0], outs[0].length * K);
      if (rt === null) return false;
      const { M, N, offA, offB } = batchLayout(inMeta, outMeta, p);
      const opA = { data: ins[0], offsets: offA, rowStride: p.transA ? 1 : K, colStride: p.transA ? M : 1 };
      const opB = { data: ins[1], offsets: offB, rowStride: p.transB ? 1 : N, colStride: p.transB ? K : 1 };
      wasmGemm(rt, opA, opB, outs[0], M, K, N);
      return true;
    },
    // Tiled in workgroup memory, 4×4 outputs per invocation, accumulated in f32/i32 (see wgsl-matmul.ts).
    webgpu: (gpu, ins, inMeta, outs, outMeta, p) => {
      const os = outMeta[0].shape;
      const [M, N] = os.slice(-2);
      const K = dims(inMeta[0].shape, inMeta[1].shape, p)[1];
      const batchShape = os.slice(0, -2);
      const sa = broadcastStrides(inMeta[0].shape.slice(0, -2), batchShape);
      const sb = broadcastStrides(inMeta[1].shape.slice(0, -2), batchShape);
      gpuMatmul(gpu, ins[0], ins[1], outs[0], [inMeta[0].dtype, inMeta[1].dtype, outMeta[0].dtype], M, K, N, batchShape, sa, sb, p.transA, p.transB);
    },
  },
  // C = op(A) op(B): dop(A) = G op(B)ᵀ, dop(B) = op(A)ᵀ G, transposed back where the operand is stored transposed.
  vjp: ([g], { inputs: [a, b], needsGrad, params: p }) => {
    if (!g) return [null, null];
    let ga: Tensor | null = null;
    let gb: Tensor | null = null;
    if (needsGrad[0]) ga = p.transA ? matmulT(b, g, p.transB, true) : matmulT(g, b, false, !p.transB);
    if (needsGrad[1]) gb = p.transB ? matmulT(g, a, true, p.transA) : gradOfB(a, g, p.transA, b.shape);
    return [ga && cast(sumToShape(ga, a.shape), a.dtype), gb && cast(sumToShape(gb, b.shape), b.dtype)];
  },
};

/**
 * op(A)ᵀ G for an untransposed B. When B has no batch axes and A, G carry the same ones, the
 * batch is folded into the contraction: one [K, Σ rows] × [Σ rows, N] product instead of a
 * batched product followed by a sum over the batch.
 */
function gradOfB(a: Tensor, g: Tensor, transA: boolean, bShape: readonly number[]): Tensor {
  if (!transA && bShape.length === 2 && a.rank > 2 && a.rank === g.rank && a.shape.slice(0, -2).every((d, i) => d === g.shape[i])) {
    const K = a.shape[a.rank - 1];
    const N = g.shape[g.rank - 1];
    return matmulT(reshape(a, [-1, K]), reshape(g, [-1, N]), true, false);
  }
  return transA ? matmulT(a, g, false, false) : matmulT(a, g, true, false);
}

/** op(a) · op(b) on operands of rank ≥ 2 (op = transpose of the last two axes where the flag is set). */
export function matmulT(a: Tensor, b: Tensor, transA: boolean, transB: boolean): Tensor {
  [a, b] = operands('matmul', [a, b]);
  return runOp1(matmulOp, [a, b], { transA, transB });
}

/**
 * Matrix product `a @ b`: a [..., M, K], b [..., K, N] -> [..., M, N], batch axes broadcast.
 * Vectors: [K] @ [K, N] -> [N]; [M, K] @ [K] -> [M]; [K] @ [K] -> [].
 */
export function matmul(a: Tensor, b: Tensor): Tensor {
  [a, b] = operands('matmul', [a, b]);
  if (a.rank === 0 || b.rank === 0) throw new Error(`matmul: scalars are not allowed (got ${fmt(a.shape)} and ${fmt(b.shape)}); use mul`);
  const aVec = a.rank === 1;
  const bVec = b.rank === 1;
  const a2 = aVec ? reshape(a, [1, a.shape[0]]) : a;
  const b2 = bVec ? reshape(b, [b.shape[0], 1]) : b;
  let out = runOp1(matmulOp, [a2, b2], { transA: false, transB: false });
  if (aVec || bVec) {
    const s = [...out.shape];
    if (bVec) s.splice(s.length - 1, 1);
    if (aVec) s.splice(s.length - (bVec ? 1 : 2), 1);
    out = reshape(out, s);
  }
  return out;
}

/** Inner product of two vectors (or batched over leading axes), reduced over the last axis. */
export function dot(a: Tensor, b: Tensor): Tensor {
  return matmul(a, b);
}
