/**
 * Sums over the middle axis of x viewed as [outer, mid, inner], into float64 accumulators
 * `acc` [outer, inner] (float32 input is promoted lane by lane, as the TypeScript kernel
 * accumulates in float64). Task t covers row r = t / nb and the column block
 * [b·cb, min(inner, (b+1)·cb)), b = t % nb, nb = ⌈inner / cb⌉; with inner = 1 a task is one
 * contiguous row sum. Parameters: the `sumMid` block (scripts/wasm-kernels.mjs).
 */
import { SumMidBlock } from './generated/params';

@inline function rowSumF32(p: usize, n: i32): f64 {
  let a0 = f64x2.splat(0), a1 = f64x2.splat(0), a2 = f64x2.splat(0), a3 = f64x2.splat(0);
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    const v = v128.load(p + (<usize>i << 2));
    const w = v128.load(p + (<usize>i << 2), 16);
    a0 = f64x2.add(a0, f64x2.promote_low_f32x4(v));
    a1 = f64x2.add(a1, f64x2.promote_low_f32x4(i32x4.shuffle(v, v, 2, 3, 0, 1)));
    a2 = f64x2.add(a2, f64x2.promote_low_f32x4(w));
    a3 = f64x2.add(a3, f64x2.promote_low_f32x4(i32x4.shuffle(w, w, 2, 3, 0, 1)));
  }
  const s = f64x2.add(f64x2.add(a0, a1), f64x2.add(a2, a3));
  let r = f64x2.extract_lane(s, 0) + f64x2.extract_lane(s, 1);
  for (; i < n; i++) r += <f64>load<f32>(p + (<usize>i << 2));
  return r;
}

@inline function rowSumF64(p: usize, n: i32): f64 {
  let a0 = f64x2.splat(0), a1 = f64x2.splat(0), a2 = f64x2.splat(0), a3 = f64x2.splat(0);
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    const q = p + (<usize>i << 3);
    a0 = f64x2.add(a0, v128.load(q));
    a1 = f64x2.add(a1, v128.load(q, 16));
    a2 = f64x2.add(a2, v128.load(q, 32));
    a3 = f64x2.add(a3, v128.load(q, 48));
  }
  const s = f64x2.add(f64x2.add(a0, a1), f64x2.add(a2, a3));
  let r = f64x2.extract_lane(s, 0) + f64x2.extract_lane(s, 1);
  for (; i < n; i++) r += load<f64>(p + (<usize>i << 3));
  return r;
}

function sumMid(f32: bool, x: usize, acc: usize, mid: i32, inner: i32, cb: i32, t0: i32, t1: i32): void {
  const sh: usize = f32 ? 2 : 3;
  const nb = (inner + cb - 1) / cb;
  for (let t = t0; t < t1; t++) {
    const r = t / nb;
    const blk = t - r * nb;
    if (inner == 1) {
      const p = x + (<usize>(r * mid) << sh);
      store<f64>(acc + (<usize>r << 3), f32 ? rowSumF32(p, mid) : rowSumF64(p, mid));
      continue;
    }
    const j0 = blk * cb;
    const w = min(cb, inner - j0);
    const pa = acc + (<usize>(r * inner + j0) << 3);
    memory.fill(pa, 0, <usize>w << 3);
    for (let m = 0; m < mid; m++) {
      const px = x + (<usize>((r * mid + m) * inner + j0) << sh);
      let j = 0;
      if (f32) {
        for (; j + 4 <= w; j += 4) {
          const v = v128.load(px + (<usize>j << 2));
          const q = pa + (<usize>j << 3);
          v128.store(q, f64x2.add(v128.load(q), f64x2.promote_low_f32x4(v)));
          v128.store(q, f64x2.add(v128.load(q, 16), f64x2.promote_low_f32x4(i32x4.shuffle(v, v, 2, 3, 0, 1))), 16);
        }
        for (; j < w; j++) {
          const q = pa + (<usize>j << 3);
          store<f64>(q, load<f64>(q) + <f64>load<f32>(px + (<usize>j << 2)));
        }
      } else {
        for (; j + 2 <= w; j += 2) {
          const q = pa + (<usize>j << 3);
          v128.store(q, f64x2.add(v128.load(q), v128.load(px + (<usize>j << 3))));
        }
        for (; j < w; j++) {
          const q = pa + (<usize>j << 3);
          store<f64>(q, load<f64>(q) + load<f64>(px + (<usize>j << 3)));
        }
      }
    }
  }
}

export function sumMidF32(p: usize, t0: i32, t1: i32): void {
  const q = changetype<SumMidBlock>(p);
  sumMid(true, q.x, q.acc, q.mid, q.inner, q.cb, t0, t1);
}

export function sumMidF64(p: usize, t0: i32, t1: i32): void {
  const q = changetype<SumMidBlock>(p);
  sumMid(false, q.x, q.acc, q.mid, q.inner, q.cb, t0, t1);
}
