/**
 * General matrix product on 128-bit SIMD: C[i0:i1, j0:j1] (+)= A[i0:i1, :] · B[:, j0:j1].
 *
 * GotoBLAS structure: B is packed per (KC × NC) block into panels of NR columns, A per
 * (MC × KC) block into panels of MR rows, both k-major, so the micro-kernel streams two
 * contiguous arrays. The micro-kernel keeps an MR × NR tile of C in 8 SIMD registers
 * (f32: 4 × 8, f64: 4 × 4) and performs MR·NR multiply-adds per k from one broadcast load
 * of A per row and two vector loads of B. (A 6-row tile needs 12 accumulators + 3 operands,
 * more than the engine's allocatable x64 registers: it spilled and ran ~25% slower.) Packing reads A and B through element strides, so
 * transposed operands cost nothing extra.
 *
 * All pointers are byte addresses in linear memory; strides are in elements. `pack` is a
 * scratch area of at least (MC + MR)·KC + KC·(NC + NR) elements owned by the calling thread.
 */

import { GemmBlock } from './generated/params';

const MR = 4;
const KC = 256;
const MC = 64; // multiple of MR
const NC = 512;

// fused multiply-add when the relaxed-SIMD variant of the module is built (and runs)
@inline function madd<T>(a: v128, b: v128, c: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return v128.relaxed_madd<T>(a, b, c);
  return v128.add<T>(v128.mul<T>(a, b), c);
}

/** Pack A[i0 : i0+mc, k0 : k0+kc] into MR-row panels, zero-padded: dst[p][k][r]. */
function packA<T>(a: usize, rsa: i32, csa: i32, i0: i32, mc: i32, k0: i32, kc: i32, dst: usize): void {
  const sz = <i32>sizeof<T>();
  for (let p = 0; p < mc; p += MR) {
    const rows = min(MR, mc - p);
    const base = a + (<i32>(i0 + p) * rsa + <i32>k0 * csa) * sz;
    if (rows == MR && rsa == 1) {
      // a transposed operand: the MR rows of one k are contiguous, one or two vector copies
      const step = <usize>(csa * sz);
      let src = base;
      for (let k = 0; k < kc; k++) {
        v128.store(dst, v128.load(src));
        if (sz == 8) v128.store(dst, v128.load(src, 16), 16);
        src += step;
        dst += MR * sz;
      }
    } else if (sz == 4 && rows == MR && csa == 1) {
      // a row-major operand: 4 rows × 4 k loaded as vectors and transposed in registers
      const r = <usize>(rsa * sz);
      let k = 0;
      for (; k + 4 <= kc; k += 4) {
        const src = base + <usize>(k * sz);
        const x0 = v128.load(src), x1 = v128.load(src + r), x2 = v128.load(src + 2 * r), x3 = v128.load(src + 3 * r);
        const t0 = v128.shuffle<f32>(x0, x1, 0, 4, 1, 5), t1 = v128.shuffle<f32>(x0, x1, 2, 6, 3, 7);
        const t2 = v128.shuffle<f32>(x2, x3, 0, 4, 1, 5), t3 = v128.shuffle<f32>(x2, x3, 2, 6, 3, 7);
        v128.store(dst, v128.shuffle<f32>(t0, t2, 0, 1, 4, 5));
        v128.store(dst, v128.shuffle<f32>(t0, t2, 2, 3, 6, 7), 16);
        v128.store(dst, v128.shuffle<f32>(t1, t3, 0, 1, 4, 5), 32);
        v128.store(dst, v128.shuffle<f32>(t1, t3, 2, 3, 6, 7), 48);
        dst += 64;
      }
      for (; k < kc; k++) {
        const src = base + <usize>(k * sz);
        for (let q = 0; q < MR; q++) {
          store<T>(dst, load<T>(src + <usize>q * r));
          dst += sz;
        }
      }
    } else if (rows == MR) {
      for (let k = 0; k < kc; k++) {
        const src = base + <i32>k * csa * sz;
        for (let r = 0; r < MR; r++) {
          store<T>(dst, load<T>(src + <i32>r * rsa * sz));
          dst += sz;
        }
      }
    } else {
      for (let k = 0; k < kc; k++) {
        const src = base + <i32>k * csa * sz;
        for (let r = 0; r < MR; r++) {
          store<T>(dst, r < rows ? load<T>(src + <i32>r * rsa * sz) : <T>0);
          dst += sz;
        }
      }
    }
  }
}

/** Pack B[k0 : k0+kc, j0 : j0+nc] into NR-column panels, zero-padded: dst[p][k][c]. */
function packB<T>(b: usize, rsb: i32, csb: i32, k0: i32, kc: i32, j0: i32, nc: i32, nr: i32, dst: usize): void {
  const sz = <i32>sizeof<T>();
  for (let p = 0; p < nc; p += nr) {
    const cols = min(nr, nc - p);
    const base = b + (<i32>k0 * rsb + <i32>(j0 + p) * csb) * sz;
    if (cols == nr && csb == 1) {
      // a panel row is two vectors (nr · sz = 32 bytes): copied as such (memory.copy's call costs more)
      const step = <usize>(rsb * sz);
      let src = base;
      for (let k = 0; k < kc; k++) {
        v128.store(dst, v128.load(src));
        v128.store(dst, v128.load(src, 16), 16);
        src += step;
        dst += 32;
      }
    } else {
      for (let k = 0; k < kc; k++) {
        const src = base + <i32>k * rsb * sz;
        for (let c = 0; c < nr; c++) {
          store<T>(dst, c < cols ? load<T>(src + <i32>c * csb * sz) : <T>0);
          dst += sz;
        }
      }
    }
  }
}

/**
 * One MR × NR tile (f32: 4 × 8, f64: 4 × 4; two vectors per row):
 * c (row stride ldc bytes) = (acc ? c : 0) + Σ_k pa[k][0:4] ⊗ pb[k][0:NR].
 */
@inline function kernel<T>(pa: usize, pb: usize, kc: i32, c: usize, ldc: usize, acc: bool): void {
  const sz = sizeof<T>();
  let c00 = v128.splat<T>(0), c01 = v128.splat<T>(0);
  let c10 = v128.splat<T>(0), c11 = v128.splat<T>(0);
  let c20 = v128.splat<T>(0), c21 = v128.splat<T>(0);
  let c30 = v128.splat<T>(0), c31 = v128.splat<T>(0);
  for (let k = 0; k < kc; k++) {
    const b0 = v128.load(pb);
    const b1 = v128.load(pb, 16);
    let a = v128.load_splat<T>(pa);
    c00 = madd<T>(a, b0, c00); c01 = madd<T>(a, b1, c01);
    a = v128.load_splat<T>(pa + sz);
    c10 = madd<T>(a, b0, c10); c11 = madd<T>(a, b1, c11);
    a = v128.load_splat<T>(pa + 2 * sz);
    c20 = madd<T>(a, b0, c20); c21 = madd<T>(a, b1, c21);
    a = v128.load_splat<T>(pa + 3 * sz);
    c30 = madd<T>(a, b0, c30); c31 = madd<T>(a, b1, c31);
    pa += 4 * sz;
    pb += 32;
  }
  if (acc) {
    c00 = v128.add<T>(c00, v128.load(c)); c01 = v128.add<T>(c01, v128.load(c, 16));
    c10 = v128.add<T>(c10, v128.load(c + ldc)); c11 = v128.add<T>(c11, v128.load(c + ldc, 16));
    c20 = v128.add<T>(c20, v128.load(c + 2 * ldc)); c21 = v128.add<T>(c21, v128.load(c + 2 * ldc, 16));
    c30 = v128.add<T>(c30, v128.load(c + 3 * ldc)); c31 = v128.add<T>(c31, v128.load(c + 3 * ldc, 16));
  }
  v128.store(c, c00); v128.store(c, c01, 16); c += ldc;
  v128.store(c, c10); v128.store(c, c11, 16); c += ldc;
  v128.store(c, c20); v128.store(c, c21, 16); c += ldc;
  v128.store(c, c30); v128.store(c, c31, 16);
}

function gemm<T>(
  a: usize, rsa: i32, csa: i32,
  b: usize, rsb: i32, csb: i32,
  c: usize, ldc: i32,
  i0: i32, i1: i32, j0: i32, j1: i32, K: i32,
  pack: usize,
): void {
  const sz = <i32>sizeof<T>();
  const nr = <i32>(32 / sz); // two vectors of columns
  const ldcB = <usize>(ldc * sz);
  const pa = pack;
  const pb = pack + <usize>((MC + MR) * KC) * sz;
  const edge = pb + <usize>(KC * (NC + 8)) * sz; // one MR × nr scratch tile
  if (K == 0) {
    for (let i = i0; i < i1; i++) memory.fill(c + <usize>(<i32>i * ldc + j0) * sz, 0, <usize>((j1 - j0) * sz));
    return;
  }
  for (let jc = j0; jc < j1; jc += NC) {
    const nc = min(NC, j1 - jc);
    for (let pc = 0; pc < K; pc += KC) {
      const kc = min(KC, K - pc);
      const acc = pc > 0;
      packB<T>(b, rsb, csb, pc, kc, jc, nc, nr, pb);
      for (let ic = i0; ic < i1; ic += MC) {
        const mc = min(MC, i1 - ic);
        packA<T>(a, rsa, csa, ic, mc, pc, kc, pa);
        for (let jr = 0; jr < nc; jr += nr) {
          const cols = min(nr, nc - jr);
          const pbp = pb + <usize>(jr * kc) * sz;
          for (let ir = 0; ir < mc; ir += MR) {
            const rows = min(MR, mc - ir);
            const pap = pa + <usize>(ir * kc) * sz;
            const cp = c + <usize>(<i32>(ic + ir) * ldc + jc + jr) * sz;
            if (rows == MR && cols == nr) {
              kernel<T>(pap, pbp, kc, cp, ldcB, acc);
            } else {
              kernel<T>(pap, pbp, kc, edge, <usize>(nr * sz), false);
              for (let r = 0; r < rows; r++) {
                for (let q = 0; q < cols; q++) {
                  const dst = cp + <usize>(<i32>r * ldc + q) * sz;
                  const v = load<T>(edge + <usize>(r * nr + q) * sz);
                  store<T>(dst, acc ? load<T>(dst) + v : v);
                }
              }
            }
          }
        }
      }
    }
  }
}

/** Rows of the register tile (row chunks given to threads are multiples of it). */
export function gemmTileRows(): i32 {
  return MR;
}

/** Scratch elements `gemm` needs per thread (see `pack`). */
export function gemmScratchElements(): i32 {
  return (MC + MR) * KC + KC * (NC + 8) + MR * 8;
}

/**
 * Batched gemm over tasks [t0, t1) (parameters: the `gemm` block, scripts/wasm-kernels.mjs): task
 * t is rows [chunk·rowChunk, min(M, (chunk+1)·rowChunk)) of batch item t / nChunks (chunk =
 * t % nChunks). `table` holds three i32 byte offsets per batch item (A, B, C); C is row-major
 * with row stride ldc. `pack` is the calling thread's scratch area.
 */
function gemmTasks<T>(p: usize, t0: i32, t1: i32, pack: usize): void {
  const q = changetype<GemmBlock>(p);
  const table = q.table, nChunks = q.nChunks, rowChunk = q.rowChunk;
  const rsa = q.rsa, csa = q.csa, rsb = q.rsb, csb = q.csb, ldc = q.ldc, M = q.M, N = q.N, K = q.K;
  for (let t = t0; t < t1; t++) {
    const item = t / nChunks;
    const chunk = t - item * nChunks;
    const e = table + <usize>(item * 12);
    const r0 = chunk * rowChunk;
    const r1 = min(M, r0 + rowChunk);
    gemm<T>(load<u32>(e), rsa, csa, load<u32>(e, 4), rsb, csb, load<u32>(e, 8), ldc, r0, r1, 0, N, K, pack);
  }
}

export function gemmTasksF32(p: usize, t0: i32, t1: i32, pack: usize): void {
  gemmTasks<f32>(p, t0, t1, pack);
}

export function gemmTasksF64(p: usize, t0: i32, t1: i32, pack: usize): void {
  gemmTasks<f64>(p, t0, t1, pack);
}
