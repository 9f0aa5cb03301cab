/**
 * CPU kernels of the 2-D convolutions (conv.ts) as matrix products over unfolded patches
 * ("im2col"). With K = (C/G)·kH·kW the patch length of one group and N = B·OH·OW the output
 * positions of the whole batch, the patches of group g form the matrix
 *
 *   X̂_g [K, N]:  X̂_g[(c, i, j), (b, oh, ow)] = x_pad[b, g·C/G + c, oh·sH + i·dH, ow·sW + j·dW]
 *
 * (zero where the index falls into the padding), and with W_g [O/G, K] the group's filters and
 * Y_g [O/G, N] its outputs (G the cotangent of y, likewise laid out [O/G, N] per group):
 *
 *   forward        Y_gᵀ = X̂_gᵀ W_gᵀ                [N, O/G]
 *   input grad     ∂X̂_g = W_gᵀ G_g                 [K, N], then ∂x = col2im(∂X̂)  (the adjoint of the unfolding)
 *   filter grad    ∂W_gᵀ = X̂_g G_gᵀ                [K, O/G]
 *
 * Each product is oriented so that its long axis (N or K, not O/G) is the rows of the result:
 * the gemm splits rows across threads and packs the short operand once per task. Measured on
 * the ConvNet's second layer (B = 25, 64 → 64 channels, 14×14, 3×3; 2 cores, Wasm SIMD), the
 * forward product took 11 ms as X̂ᵀWᵀ and 30–44 ms as W X̂, the filter gradient 10 ms as X̂Gᵀ
 * and 15 ms as G X̂ᵀ.
 *
 * Keeping the batch inside N makes every product one large GEMM per group (no sum over the
 * batch afterwards); the only copies are the unfolding itself and the [O, B, P] ↔ [B, O, P]
 * transposes of y and of its cotangent (P = OH·OW), a factor K smaller than the products.
 *
 * These are the TypeScript kernels (the products on gemmBlock). The
 * Wasm kernels (src/core/backends/wasm/conv.ts) follow the same layouts with the unfolding, its
 * adjoint and the layout changes as Wasm kernels too (assembly/conv.ts), so that nothing but the
 * operands and the result crosses between JavaScript and linear memory.
 */
import type { AnyTypedArray } from '../dtype.js';
import type { GemmOperand } from '../backends/wasm/gemm.js';
import { gemmBlock } from './matmul.js';

/** Geometry of one convolution: x [B, C, H, W], w [O, C/G, kH, kW], y [B, O, OH, OW]. */
export interface ConvGeometry {
  readonly B: number;
  readonly C: number;
  readonly H: number;
  readonly W: number;
  readonly O: number;
  readonly kH: number;
  readonly kW: number;
  readonly OH: number;
  readonly OW: number;
  readonly sH: number;
  readonly sW: number;
  readonly dH: number;
  readonly dW: number;
  /** Zeros before the first row and column. */
  readonly pT: number;
  readonly pL: number;
  readonly G: number;
}

/**
 * C_t = A_t · B_t for every batch item t, operands read through strides (copied contiguous
 * first: gemmBlock reads row-major), C_t contiguous [M, N] at t·M·N.
 */
function gemm(a: GemmOperand, b: GemmOperand, c: AnyTypedArray, M: number, K: number, N: number): void {
  for (let t = 0; t < a.offsets.length; t++) {
    const [ax, ao] = contiguousBlock(a.data, a.offsets[t], a.rowStride, a.colStride, M, K);
    const [bx, bo] = contiguousBlock(b.data, b.offsets[t], b.rowStride, b.colStride, K, N);
    c.fill(0, t * M * N, (t + 1) * M * N);
    gemmBlock(ax, ao, bx, bo, c, t * M * N, M, K, N);
  }
}

function contiguousBlock(x: AnyTypedArray, off: number, rs: number, cs: number, rows: number, cols: number): [AnyTypedArray, number] {
  if (cs === 1 && rs === cols) return [x, off];
  const C = x.constructor as new (n: number) => AnyTypedArray;
  const out = new C(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[i * cols + j] = x[off + i * rs + j * cs];
  return [out, 0];
}

/** An array of the same element type as `like`. */
function alloc(like: AnyTypedArray, n: number): AnyTypedArray {
  const C = like.constructor as new (n: number) => AnyTypedArray;
  return new C(n);
}

/** The unfolded patches X̂ [C·kH·kW, N] (= [G, K, N]) of x [B, C, H, W]. */
export function im2col(x: AnyTypedArray, g: ConvGeometry, out: AnyTypedArray): void {
  const { B, C, H, W, kH, kW, OH, OW, sH, sW, dH, dW, pT, pL } = g;
  const P = OH * OW;
  const N = B * P;
  for (let c = 0; c < C; c++) {
    for (let i = 0; i < kH; i++) {
      for (let j = 0; j < kW; j++) {
        const row = ((c * kH + i) * kW + j) * N;
        // the output columns whose input column lies inside x: ow in [owLo, owHi)
        const shift = j * dW - pL;
        const owLo = Math.min(OW, Math.max(0, Math.ceil(-shift / sW)));
        const owHi = Math.max(owLo, Math.min(OW, Math.floor((W - 1 - shift) / sW) + 1));
        for (let b = 0; b < B; b++) {
          const xb = (b * C + c) * H;
          for (let oh = 0; oh < OH; oh++) {
            const dst = row + b * P + oh * OW;
            const ih = oh * sH - pT + i * dH;
            if (ih < 0 || ih >= H) {
              out.fill(0, dst, dst + OW);
              continue;
            }
            const src = (xb + ih) * W + shift;
            for (let ow = 0; ow < owLo; ow++) out[dst + ow] = 0;
            if (sW === 1) for (let ow = owLo; ow < owHi; ow++) out[dst + ow] = x[src + ow];
            else for (let ow = owLo; ow < owHi; ow++) out[dst + ow] = x[src + ow * sW];
            for (let ow = owHi; ow < OW; ow++) out[dst + ow] = 0;
          }
        }
      }
    }
  }
}

/** The adjoint of `im2col`: dx [B, C, H, W] = Σ of the patch cotangents over the positions they came from. */
export function col2im(cols: AnyTypedArray, g: ConvGeometry, dx: AnyTypedArray): void {
  const { B, C, H, W, kH, kW, OH, OW, sH, sW, dH, dW, pT, pL } = g;
  const P = OH * OW;
  const N = B * P;
  dx.fill(0);
  for (let c = 0; c < C; c++) {
    for (let i = 0; i < kH; i++) {
      for (let j = 0; j < kW; j++) {
        const row = ((c * kH + i) * kW + j) * N;
        const shift = j * dW - pL;
        const owLo = Math.min(OW, Math.max(0, Math.ceil(-shift / sW)));
        const owHi = Math.max(owLo, Math.min(OW, Math.floor((W - 1 - shift) / sW) + 1));
        for (let b = 0; b < B; b++) {
          const xb = (b * C + c) * H;
          for (let oh = 0; oh < OH; oh++) {
            const ih = oh * sH - pT + i * dH;
            if (ih < 0 || ih >= H) continue;
            const src = row + b * P + oh * OW;
            const dst = (xb + ih) * W + shift;
            for (let ow = owLo; ow < owHi; ow++) dx[dst + ow * sW] += cols[src + ow];
          }
        }
      }
    }
  }
}

/** [B, O, P] -> [O, B, P]. */
function swapBatchChannels(src: AnyTypedArray, dst: AnyTypedArray, B: number, O: number, P: number): void {
  for (let b = 0; b < B; b++) {
    for (let o = 0; o < O; o++) dst.set(src.subarray((b * O + o) * P, (b * O + o + 1) * P), (o * B + b) * P);
  }
}

/** Offsets g·step for g < G. */
const groupOffsets = (G: number, step: number): number[] => Array.from({ length: G }, (_, k) => k * step);

/** y [B, O, OH, OW] = conv(x, w). */
export function convForward(x: AnyTypedArray, w: AnyTypedArray, y: AnyTypedArray, g: ConvGeometry): void {
  const { B, C, O, kH, kW, OH, OW, G } = g;
  const K = (C / G) * kH * kW;
  const P = OH * OW;
  const N = B * P;
  const Og = O / G;
  const cols = alloc(y, G * K * N);
  im2col(x, g, cols);
  // Y_gᵀ [N, O/G] = X̂_gᵀ W_gᵀ: the long axis N as rows, which the gemm splits across threads
  const yN = alloc(y, G * N * Og);
  const a = { data: cols, offsets: groupOffsets(G, K * N), rowStride: 1, colStride: N };
  const b = { data: w, offsets: groupOffsets(G, Og * K), rowStride: 1, colStride: K };
  gemm(a, b, yN, N, K, Og);
  // y[b, g·Og + o, p] = yN[g, b·P + p, o]
  for (let gi = 0; gi < G; gi++) {
    for (let bi = 0; bi < B; bi++) {
      const src = (gi * N + bi * P) * Og;
      for (let o = 0; o < Og; o++) {
        const dst = (bi * O + gi * Og + o) * P;
        for (let p = 0; p < P; p++) y[dst + p] = yN[src + p * Og + o];
      }
    }
  }
}

/** dx [B, C, H, W] from the cotangent gy [B, O, OH, OW] and w. */
export function convInputGrad(gy: AnyTypedArray, w: AnyTypedArray, dx: AnyTypedArray, g: ConvGeometry): void {
  const { B, C, O, kH, kW, OH, OW, G } = g;
  const K = (C / G) * kH * kW;
  const N = B * OH * OW;
  const Og = O / G;
  const gT = alloc(dx, O * N);
  swapBatchChannels(gy, gT, B, O, OH * OW);
  const dcols = alloc(dx, G * K * N);
  // W_gᵀ: W_g [Og, K] read with row stride 1 and column stride K
  const a = { data: w, offsets: groupOffsets(G, Og * K), rowStride: 1, colStride: K };
  const b = { data: gT, offsets: groupOffsets(G, Og * N), rowStride: N, colStride: 1 };
  gemm(a, b, dcols, K, Og, N);
  col2im(dcols, g, dx);
}

/** dw [O, C/G, kH, kW] from x and the cotangent gy [B, O, OH, OW]. */
export function convFilterGrad(x: AnyTypedArray, gy: AnyTypedArray, dw: AnyTypedArray, g: ConvGeometry): void {
  const { B, C, O, kH, kW, OH, OW, G } = g;
  const K = (C / G) * kH * kW;
  const N = B * OH * OW;
  const Og = O / G;
  const cols = alloc(dw, G * K * N);
  im2col(x, g, cols);
  const gT = alloc(dw, O * N);
  swapBatchChannels(gy, gT, B, O, OH * OW);
  // ∂W_gᵀ [K, O/G] = X̂_g Ḡ_gᵀ (K rows split across threads), then transposed into dw
  const dwT = alloc(dw, G * K * Og);
  const a = { data: cols, offsets: groupOffsets(G, K * N), rowStride: N, colStride: 1 };
  const b = { data: gT, offsets: groupOffsets(G, Og * N), rowStride: 1, colStride: N };
  gemm(a, b, dwT, K, N, Og);
  for (let gi = 0; gi < G; gi++) {
    for (let k = 0; k < K; k++) for (let o = 0; o < Og; o++) dw[(gi * Og + o) * K + k] = dwT[(gi * K + k) * Og + o];
  }
}
