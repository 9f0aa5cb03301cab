/**
 * Batch normalisation per channel (src/core/ops/norm.ts), in the same order and precision as its
 * TypeScript kernels, so both give the same bits: float64 sums, each run of HW elements read in
 * quads from its start into four partial sums — two f64x2 accumulators, lanes (s0, s1) and
 * (s2, s3) — plus a scalar r for the run's tail, the total ((s0 + s2) + (s1 + s3)) + r; μ and σ²
 * rounded to T when stored and read back; the elementwise passes in f64 lanes (f32 promoted, the
 * result demoted), the same operations in the same order as the scalar expression. Channel c's
 * elements are B runs of HW at (b·C + c)·HW; tasks are channels, so threads never write the same
 * element. Parameters: the `batchNorm` and `batchNormGrad` blocks, scripts/wasm-kernels.mjs.
 */
import { BatchNormBlock, BatchNormGradBlock } from './generated/params';

/** Elements 0, 1 of a quad as f64x2 (v: its first 16 bytes). */
@inline function lo<T>(v: v128): v128 {
  return sizeof<T>() == 4 ? f64x2.promote_low_f32x4(v) : v;
}

/** Elements 2, 3 of the quad at p as f64x2 (v: its first 16 bytes; f64 reads the next 16). */
@inline function hi<T>(v: v128, p: usize): v128 {
  return sizeof<T>() == 4 ? f64x2.promote_low_f32x4(i32x4.shuffle(v, v, 2, 3, 0, 1)) : v128.load(p, 16);
}

/** Store the quad (a0, a1, b0, b1) at p as T. */
@inline function store4<T>(p: usize, a: v128, b: v128): void {
  if (sizeof<T>() == 4) v128.store(p, i32x4.shuffle(f32x4.demote_f64x2_zero(a), f32x4.demote_f64x2_zero(b), 0, 1, 4, 5));
  else {
    v128.store(p, a);
    v128.store(p, b, 16);
  }
}

/** ((s0 + s2) + (s1 + s3)) + r of the accumulators (s0, s1), (s2, s3). */
@inline function total(a: v128, b: v128, r: f64): f64 {
  const t = f64x2.add(a, b);
  return f64x2.extract_lane(t, 0) + f64x2.extract_lane(t, 1) + r;
}

function batchNorm<T>(p: usize, t0: i32, t1: i32): void {
  const q = changetype<BatchNormBlock>(p);
  const x = q.x, y = q.y, B = q.B, C = q.C, HW = q.HW;
  const eps = load<f64>(q.eps);
  const sz = <usize>sizeof<T>();
  const quads = <usize>(HW & ~3) * sz;
  const run = <usize>HW * sz;
  const N = <f64>(B * HW);
  for (let c = t0; c < t1; c++) {
    let a = f64x2.splat(0), b2 = f64x2.splat(0);
    let r: f64 = 0;
    for (let b = 0; b < B; b++) {
      const base = x + <usize>((b * C + c) * HW) * sz;
      let i: usize = 0;
      for (; i < quads; i += 4 * sz) {
        const v = v128.load(base + i);
        a = f64x2.add(a, lo<T>(v));
        b2 = f64x2.add(b2, hi<T>(v, base + i));
      }
      for (; i < run; i += sz) r += <f64>load<T>(base + i);
    }
    const mAt = q.mean + <usize>c * sz;
    store<T>(mAt, <T>(total(a, b2, r) / N));
    const m = <f64>load<T>(mAt);
    const mv = f64x2.splat(m);
    a = f64x2.splat(0);
    b2 = f64x2.splat(0);
    r = 0;
    for (let b = 0; b < B; b++) {
      const base = x + <usize>((b * C + c) * HW) * sz;
      let i: usize = 0;
      for (; i < quads; i += 4 * sz) {
        const v = v128.load(base + i);
        const d0 = f64x2.sub(lo<T>(v), mv);
        const d1 = f64x2.sub(hi<T>(v, base + i), mv);
        a = f64x2.add(a, f64x2.mul(d0, d0));
        b2 = f64x2.add(b2, f64x2.mul(d1, d1));
      }
      for (; i < run; i += sz) {
        const d = <f64>load<T>(base + i) - m;
        r += d * d;
      }
    }
    const vAt = q.variance + <usize>c * sz;
    store<T>(vAt, <T>(total(a, b2, r) / N));
    const rstd = 1 / Math.sqrt(<f64>load<T>(vAt) + eps);
    const k = q.withGamma ? <f64>load<T>(q.gamma + <usize>c * sz) * rstd : rstd;
    const t = q.withBeta ? <f64>load<T>(q.beta + <usize>c * sz) : 0;
    const kv = f64x2.splat(k), tv = f64x2.splat(t);
    // y = (x − μ)·k + t
    for (let b = 0; b < B; b++) {
      const off = <usize>((b * C + c) * HW) * sz;
      const xb = x + off, yb = y + off;
      let i: usize = 0;
      for (; i < quads; i += 4 * sz) {
        const v = v128.load(xb + i);
        const y0 = f64x2.add(f64x2.mul(f64x2.sub(lo<T>(v), mv), kv), tv);
        const y1 = f64x2.add(f64x2.mul(f64x2.sub(hi<T>(v, xb + i), mv), kv), tv);
        store4<T>(yb + i, y0, y1);
      }
      for (; i < run; i += sz) store<T>(yb + i, <T>((<f64>load<T>(xb + i) - m) * k + t));
    }
  }
}

function batchNormGrad<T>(p: usize, t0: i32, t1: i32): void {
  const q = changetype<BatchNormGradBlock>(p);
  const x = q.x, gy = q.gy, dx = q.dx, B = q.B, C = q.C, HW = q.HW;
  const eps = load<f64>(q.eps);
  const sz = <usize>sizeof<T>();
  const quads = <usize>(HW & ~3) * sz;
  const run = <usize>HW * sz;
  const N = <f64>(B * HW);
  for (let c = t0; c < t1; c++) {
    const cAt = <usize>c * sz;
    const m = <f64>load<T>(q.mean + cAt);
    const mv = f64x2.splat(m);
    const rstd = 1 / Math.sqrt(<f64>load<T>(q.variance + cAt) + eps);
    // Σ ȳ in (ga, gb, rg); Σ ȳ (x − μ) in (da, db, rd)
    let ga = f64x2.splat(0), gb = f64x2.splat(0), da = f64x2.splat(0), db = f64x2.splat(0);
    let rg: f64 = 0, rd: f64 = 0;
    for (let b = 0; b < B; b++) {
      const off = <usize>((b * C + c) * HW) * sz;
      const xb = x + off, gyb = gy + off;
      let i: usize = 0;
      for (; i < quads; i += 4 * sz) {
        const v = v128.load(xb + i);
        const g = v128.load(gyb + i);
        const g0 = lo<T>(g), g1 = hi<T>(g, gyb + i);
        ga = f64x2.add(ga, g0);
        gb = f64x2.add(gb, g1);
        da = f64x2.add(da, f64x2.mul(g0, f64x2.sub(lo<T>(v), mv)));
        db = f64x2.add(db, f64x2.mul(g1, f64x2.sub(hi<T>(v, xb + i), mv)));
      }
      for (; i < run; i += sz) {
        const g = <f64>load<T>(gyb + i);
        rg += g;
        rd += g * (<f64>load<T>(xb + i) - m);
      }
    }
    const sg = total(ga, gb, rg);
    const sgx = total(da, db, rd) * rstd;
    store<T>(q.dgamma + cAt, <T>sgx);
    store<T>(q.dbeta + cAt, <T>sg);
    const k = q.withGamma ? <f64>load<T>(q.gamma + cAt) * rstd : rstd;
    const a1 = sg / N;
    const a2 = (sgx * rstd) / N;
    const kv = f64x2.splat(k), a1v = f64x2.splat(a1), a2v = f64x2.splat(a2);
    // ∂x = k·((ȳ − a1) − (x − μ)·a2)
    for (let b = 0; b < B; b++) {
      const off = <usize>((b * C + c) * HW) * sz;
      const xb = x + off, gyb = gy + off, dxb = dx + off;
      let i: usize = 0;
      for (; i < quads; i += 4 * sz) {
        const v = v128.load(xb + i);
        const g = v128.load(gyb + i);
        const r0 = f64x2.mul(kv, f64x2.sub(f64x2.sub(lo<T>(g), a1v), f64x2.mul(f64x2.sub(lo<T>(v), mv), a2v)));
        const r1 = f64x2.mul(kv, f64x2.sub(f64x2.sub(hi<T>(g, gyb + i), a1v), f64x2.mul(f64x2.sub(hi<T>(v, xb + i), mv), a2v)));
        store4<T>(dxb + i, r0, r1);
      }
      for (; i < run; i += sz) {
        store<T>(dxb + i, <T>(k * (<f64>load<T>(gyb + i) - a1 - (<f64>load<T>(xb + i) - m) * a2)));
      }
    }
  }
}

export function batchNormF32(p: usize, t0: i32, t1: i32): void {
  batchNorm<f32>(p, t0, t1);
}
export function batchNormF64(p: usize, t0: i32, t1: i32): void {
  batchNorm<f64>(p, t0, t1);
}
export function batchNormGradF32(p: usize, t0: i32, t1: i32): void {
  batchNormGrad<f32>(p, t0, t1);
}
export function batchNormGradF64(p: usize, t0: i32, t1: i32): void {
  batchNormGrad<f64>(p, t0, t1);
}
