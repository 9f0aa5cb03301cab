/**
 * Max pooling without padding (src/core/ops/pool.ts: y = the window maximum, idx = its flat
 * position h·W + w inside the plane, the first in row-major window order on ties) and its
 * gradient (ḡ added at those positions). Tasks are planes (b, c), so threads never write the
 * same element. Parameters: the `maxPool` and `maxPoolGrad` blocks, scripts/wasm-kernels.mjs.
 */
import { MaxPoolBlock, MaxPoolGradBlock } from './generated/params';

function maxPool<T>(p: usize, t0: i32, t1: i32): void {
  const q = changetype<MaxPoolBlock>(p);
  const x = q.x, y = q.y, idx = q.idx;
  const H = q.H, W = q.W, OH = q.OH, OW = q.OW, kH = q.kH, kW = q.kW, sH = q.sH, sW = q.sW;
  const sz = <usize>sizeof<T>();
  const P = OH * OW;
  for (let bc = t0; bc < t1; bc++) {
    const base = x + <usize>(bc * H * W) * sz;
    let o = bc * P;
    for (let oh = 0; oh < OH; oh++) {
      for (let ow = 0; ow < OW; ow++, o++) {
        let at = oh * sH * W + ow * sW;
        let best = load<T>(base + <usize>at * sz);
        for (let i = 0; i < kH; i++) {
          const row = (oh * sH + i) * W + ow * sW;
          for (let j = 0; j < kW; j++) {
            const v = load<T>(base + <usize>(row + j) * sz);
            if (v > best) {
              best = v;
              at = row + j;
            }
          }
        }
        store<T>(y + <usize>o * sz, best);
        store<i32>(idx + (<usize>o << 2), at);
      }
    }
  }
}

function maxPoolGrad<T>(p: usize, t0: i32, t1: i32): void {
  const q = changetype<MaxPoolGradBlock>(p);
  const idx = q.idx, gy = q.gy, dx = q.dx;
  const HW = q.HW, P = q.P;
  const sz = <usize>sizeof<T>();
  for (let bc = t0; bc < t1; bc++) {
    const plane = dx + <usize>(bc * HW) * sz;
    memory.fill(plane, 0, <usize>HW * sz);
    for (let o = bc * P; o < (bc + 1) * P; o++) {
      const d = plane + <usize>load<i32>(idx + (<usize>o << 2)) * sz;
      store<T>(d, load<T>(d) + load<T>(gy + <usize>o * sz));
    }
  }
}

export function maxPoolF32(p: usize, t0: i32, t1: i32): void {
  maxPool<f32>(p, t0, t1);
}
export function maxPoolF64(p: usize, t0: i32, t1: i32): void {
  maxPool<f64>(p, t0, t1);
}
export function maxPoolGradF32(p: usize, t0: i32, t1: i32): void {
  maxPoolGrad<f32>(p, t0, t1);
}
export function maxPoolGradF64(p: usize, t0: i32, t1: i32): void {
  maxPoolGrad<f64>(p, t0, t1);
}
