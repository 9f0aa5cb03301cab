/**
 * Max pooling without padding (src/core/ops/pool.ts: y = the window maximum, idx = its flat
 * position h·W + w inside the plane, the first in row-major window order on ties) and its
 * gradient (ḡ added at those positions). Tasks are planes (b, c), so threads never write the
 * same element. Parameters: the `maxPool` and `maxPoolGrad` blocks, scripts/wasm-kernels.mjs.
 */
import { MaxPoolBlock, MaxPoolGradBlock } from './generated/params';

/**
 * The 2×2, stride-2 window of f32 planes on four outputs at a time: the two input rows as
 * vectors, even and odd columns split by shuffles, the maximum and its index kept with lane
 * masks in the scalar loop's order (row 0 even, row 0 odd, row 1 even, row 1 odd; strictly
 * greater wins, so the first maximum is kept on ties). Returns the first output column it left.
 */
@inline function maxPool2x2F32Row(rowPtr: usize, W: i32, oh: i32, OW: i32, yPtr: usize, iPtr: usize): i32 {
  let ow = 0;
  const r1 = rowPtr + <usize>(W << 2);
  let at0 = i32x4(2 * oh * W, 2 * oh * W + 2, 2 * oh * W + 4, 2 * oh * W + 6);
  const one = i32x4.splat(1);
  const down = i32x4.splat(W);
  const step = i32x4.splat(8);
  for (; ow + 4 <= OW && 2 * ow + 8 <= W; ow += 4) {
    const off = <usize>(ow << 3);
    const a = v128.load(rowPtr + off), b = v128.load(rowPtr + off, 16);
    const c = v128.load(r1 + off), d = v128.load(r1 + off, 16);
    const e0 = v128.shuffle<f32>(a, b, 0, 2, 4, 6), o0 = v128.shuffle<f32>(a, b, 1, 3, 5, 7);
    const e1 = v128.shuffle<f32>(c, d, 0, 2, 4, 6), o1 = v128.shuffle<f32>(c, d, 1, 3, 5, 7);
    let best = e0;
    let at = at0;
    let gt = f32x4.gt(o0, best);
    best = v128.bitselect(o0, best, gt);
    at = v128.bitselect(i32x4.add(at0, one), at, gt);
    const at1 = i32x4.add(at0, down);
    gt = f32x4.gt(e1, best);
    best = v128.bitselect(e1, best, gt);
    at = v128.bitselect(at1, at, gt);
    gt = f32x4.gt(o1, best);
    best = v128.bitselect(o1, best, gt);
    at = v128.bitselect(i32x4.add(at1, one), at, gt);
    v128.store(yPtr + <usize>(ow << 2), best);
    v128.store(iPtr + <usize>(ow << 2), at);
    at0 = i32x4.add(at0, step);
  }
  return ow;
}

function maxPool<T>(p: usize, t0: i32, t1: i32): void {
  const q = changetype<MaxPoolBlock>(p);
  const x = q.x, y = q.y, idx = q.idx;
  const H = q.H, W = q.W, OH = q.OH, OW = q.OW, kH = q.kH, kW = q.kW, sH = q.sH, sW = q.sW;
  const sz = <usize>sizeof<T>();
  const P = OH * OW;
  const fast = sizeof<T>() == 4 && kH == 2 && kW == 2 && sH == 2 && sW == 2;
  for (let bc = t0; bc < t1; bc++) {
    const base = x + <usize>(bc * H * W) * sz;
    let o = bc * P;
    for (let oh = 0; oh < OH; oh++) {
      let ow = 0;
      if (fast) {
        ow = maxPool2x2F32Row(base + <usize>(2 * oh * W) * sz, W, oh, OW, y + <usize>o * sz, idx + (<usize>o << 2));
        o += ow;
      }
      for (; ow < OW; ow++, o++) {
        let at = oh * sH * W + ow * sW;
        let best = load<T>(base + <usize>at * sz);
        for (let i = 0; i < kH; i++) {
          const row = (oh * sH + i) * W + ow * sW;
          for (let j = 0; j < kW; j++) {
            // branch-free (select): on noisy data a branch here is mispredicted half the time
            const v = load<T>(base + <usize>(row + j) * sz);
            const gt = v > best;
            best = select<T>(v, best, gt);
            at = select<i32>(row + j, at, gt);
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
