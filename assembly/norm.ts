/**
 * Batch normalisation per channel (src/core/ops/norm.ts), the loops of its TypeScript kernels
 * in the same order and precision (sums in f64; μ and σ² rounded to T when stored and read back,
 * as the TypeScript kernels' typed arrays do), so both give the same bits. Channel c's elements
 * are B runs of HW at (b·C + c)·HW; tasks are channels, so threads never write the same element.
 * Parameters: the `batchNorm` and `batchNormGrad` blocks, scripts/wasm-kernels.mjs.
 */
import { BatchNormBlock, BatchNormGradBlock } from './generated/params';

function batchNorm<T>(p: usize, t0: i32, t1: i32): void {
  const q = changetype<BatchNormBlock>(p);
  const x = q.x, y = q.y, B = q.B, C = q.C, HW = q.HW;
  const eps = load<f64>(q.eps);
  const sz = <usize>sizeof<T>();
  const run = <usize>HW * sz;
  const N = <f64>(B * HW);
  for (let c = t0; c < t1; c++) {
    let s: f64 = 0;
    for (let b = 0; b < B; b++) {
      const base = <usize>((b * C + c) * HW) * sz;
      for (let i: usize = 0; i < run; i += sz) s += <f64>load<T>(x + base + i);
    }
    const mAt = q.mean + <usize>c * sz;
    store<T>(mAt, <T>(s / N));
    const m = <f64>load<T>(mAt);
    let sq: f64 = 0;
    for (let b = 0; b < B; b++) {
      const base = <usize>((b * C + c) * HW) * sz;
      for (let i: usize = 0; i < run; i += sz) {
        const d = <f64>load<T>(x + base + i) - m;
        sq += d * d;
      }
    }
    const vAt = q.variance + <usize>c * sz;
    store<T>(vAt, <T>(sq / N));
    const r = 1 / Math.sqrt(<f64>load<T>(vAt) + eps);
    const a = q.withGamma ? <f64>load<T>(q.gamma + <usize>c * sz) * r : r;
    const t = q.withBeta ? <f64>load<T>(q.beta + <usize>c * sz) : 0;
    for (let b = 0; b < B; b++) {
      const base = <usize>((b * C + c) * HW) * sz;
      for (let i: usize = 0; i < run; i += sz) store<T>(y + base + i, <T>((<f64>load<T>(x + base + i) - m) * a + t));
    }
  }
}

function batchNormGrad<T>(p: usize, t0: i32, t1: i32): void {
  const q = changetype<BatchNormGradBlock>(p);
  const x = q.x, gy = q.gy, dx = q.dx, B = q.B, C = q.C, HW = q.HW;
  const eps = load<f64>(q.eps);
  const sz = <usize>sizeof<T>();
  const run = <usize>HW * sz;
  const N = <f64>(B * HW);
  for (let c = t0; c < t1; c++) {
    const cAt = <usize>c * sz;
    const m = <f64>load<T>(q.mean + cAt);
    const r = 1 / Math.sqrt(<f64>load<T>(q.variance + cAt) + eps);
    let sg: f64 = 0;
    let sgd: f64 = 0; // Σ ȳ (x − μ)
    for (let b = 0; b < B; b++) {
      const base = <usize>((b * C + c) * HW) * sz;
      for (let i: usize = 0; i < run; i += sz) {
        const g = <f64>load<T>(gy + base + i);
        sg += g;
        sgd += g * (<f64>load<T>(x + base + i) - m);
      }
    }
    const sgx = sgd * r;
    store<T>(q.dgamma + cAt, <T>sgx);
    store<T>(q.dbeta + cAt, <T>sg);
    const k = q.withGamma ? <f64>load<T>(q.gamma + cAt) * r : r;
    const a1 = sg / N;
    const a2 = (sgx * r) / N;
    for (let b = 0; b < B; b++) {
      const base = <usize>((b * C + c) * HW) * sz;
      for (let i: usize = 0; i < run; i += sz) {
        store<T>(dx + base + i, <T>(k * (<f64>load<T>(gy + base + i) - a1 - (<f64>load<T>(x + base + i) - m) * a2)));
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
