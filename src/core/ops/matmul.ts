/**
 * Matrix multiplication, batched over leading axes with numpy broadcasting of the batch
 * dimensions; 1-D operands are promoted as in numpy (a vector on the left is a row, on the
 * right a column) and the promoted axis removed afterwards.
 */
import type { AnyTypedArray } from '../dtype.js';
import { promoteTypes } from '../dtype.js';
import type { OpDef } from '../op.js';
import { runOp1 } from '../op.js';
import { broadcastShapes, broadcastStrides, fmt, sizeOf } from '../shape.js';
import type { Tensor } from '../tensor.js';
import { cast, operands, sumToShape } from './elementwise.js';
import { mT, reshape } from './shape-ops.js';

/**
 * C[M,N] (+)= A[M,K] · B[K,N] for row-major blocks at the given offsets. Four rows of C are
 * updated per pass over a row of B, so each B element loaded serves four multiply-adds.
 */
export function gemmBlock(
  a: AnyTypedArray, aOff: number,
  b: AnyTypedArray, bOff: number,
  c: AnyTypedArray, cOff: number,
  M: number, K: number, N: number,
): void {
  let i = 0;
  for (; i + 4 <= M; i += 4) {
    const c0 = cOff + i * N, c1 = c0 + N, c2 = c1 + N, c3 = c2 + N;
    const a0 = aOff + i * K, a1 = a0 + K, a2 = a1 + K, a3 = a2 + K;
    for (let k = 0; k < K; k++) {
      const x0 = a[a0 + k], x1 = a[a1 + k], x2 = a[a2 + k], x3 = a[a3 + k];
      const bk = bOff + k * N;
      for (let j = 0; j < N; j++) {
        const y = b[bk + j];
        c[c0 + j] += x0 * y;
        c[c1 + j] += x1 * y;
        c[c2 + j] += x2 * y;
        c[c3 + j] += x3 * y;
      }
    }
  }
  for (; i < M; i++) {
    const ci = cOff + i * N;
    const ai = aOff + i * K;
    for (let k = 0; k < K; k++) {
      const x = a[ai + k];
      const bk = bOff + k * N;
      for (let j = 0; j < N; j++) c[ci + j] += x * b[bk + j];
    }
  }
}

interface MatmulMeta {
  batch: number[];
}

export const matmulOp: OpDef<MatmulMeta> = {
  name: 'matmul',
  infer: ([a, b]) => {
    if (a.shape.length < 2 || b.shape.length < 2) throw new Error(`matmul: operands must have rank >= 2 here (got ${fmt(a.shape)} and ${fmt(b.shape)})`);
    const [M, K] = a.shape.slice(-2);
    const [K2, N] = b.shape.slice(-2);
    if (K !== K2) throw new Error(`matmul: inner dimensions differ: ${fmt(a.shape)} @ ${fmt(b.shape)} (${K} vs ${K2})`);
    const batch = broadcastShapes('matmul', a.shape.slice(0, -2), b.shape.slice(0, -2));
    return [{ shape: [...batch, M, N], dtype: promoteTypes(a.dtype, b.dtype) }];
  },
  kernels: {
    cpu: (ins, inMeta, outs, outMeta) => {
      const [a, b] = ins;
      const c = outs[0];
      const os = outMeta[0].shape;
      const [M, N] = os.slice(-2);
      const K = inMeta[0].shape[inMeta[0].shape.length - 1];
      const batchShape = os.slice(0, -2);
      const nb = sizeOf(batchShape);
      const sa = broadcastStrides(inMeta[0].shape.slice(0, -2), batchShape);
      const sb = broadcastStrides(inMeta[1].shape.slice(0, -2), batchShape);
      const idx = new Array<number>(batchShape.length).fill(0);
      for (let t = 0; t < nb; t++) {
        let oa = 0;
        let ob = 0;
        for (let d = 0; d < batchShape.length; d++) {
          oa += idx[d] * sa[d];
          ob += idx[d] * sb[d];
        }
        gemmBlock(a, oa * M * K, b, ob * K * N, c, t * M * N, M, K, N);
        for (let d = batchShape.length - 1; d >= 0; d--) {
          if (++idx[d] < batchShape[d]) break;
          idx[d] = 0;
        }
      }
    },
  },
  vjp: ([g], { inputs: [a, b] }) => {
    if (!g) return [null, null];
    const ga = sumToShape(matmul(g, mT(b)), a.shape);
    const gb = sumToShape(matmul(mT(a), g), b.shape);
    return [cast(ga, a.dtype), cast(gb, b.dtype)];
  },
};

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
  let out = runOp1(matmulOp, [a2, b2], { batch: [] });
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
