/**
 * The diagonal linear recurrence h_t = a_t ⊙ h_{t−1} + b_t (src/core/ops/scan.ts), SIMD over
 * the channels of each time step. Layout as in the TypeScript kernel: b and h contiguous
 * [outer, T, inner]; a read at aOuter[o] + t·aT + i·aIS with aIS 0 (one a per step) or 1.
 * Tasks are outer indices [o0, o1).
 *
 * Parameters: the `scan` block (scripts/wasm-kernels.mjs).
 */
import { ScanBlock } from './generated/params';

function scan<T>(p: usize, o0: i32, o1: i32, complex: bool): void {
  const sz = <i32>sizeof<T>();
  const lanes = 16 / sz;
  const q = changetype<ScanBlock>(p);
  const ar = q.ar, ai = q.ai, br = q.br, bi = q.bi, hr = q.hr, hi = q.hi;
  const T = q.T, inner = q.inner, aOuter = q.aOuter;
  const aT = q.aT, aIS = q.aIS, reverse = q.reverse, shifted = q.shifted;
  if (T == 0 || inner == 0) return;
  const step = reverse ? -1 : 1;
  const t0 = reverse ? T - 1 : 0;
  const aLag = shifted ? -step : 0;
  const rowBytes = <usize>(inner * sz);
  for (let o = o0; o < o1; o++) {
    let cur = (o * T + t0) * inner;
    memory.copy(hr + <usize>(cur * sz), br + <usize>(cur * sz), rowBytes);
    if (complex) memory.copy(hi + <usize>(cur * sz), bi + <usize>(cur * sz), rowBytes);
    let t = t0;
    const aBase = load<i32>(aOuter + <usize>(o * 4));
    for (let k = 1; k < T; k++) {
      const prev = cur;
      t += step;
      cur += step * inner;
      const ab = aBase + (t + aLag) * aT;
      const pa = ar + <usize>(ab * sz);
      const pai = ai + <usize>(ab * sz);
      const hp = <usize>(prev * sz);
      const hc = <usize>(cur * sz);
      let i = 0;
      if (!complex) {
        if (aIS == 1) {
          for (; i + lanes <= inner; i += lanes) {
            const off = <usize>(i * sz);
            v128.store(hr + hc + off, v128.add<T>(v128.mul<T>(v128.load(pa + off), v128.load(hr + hp + off)), v128.load(br + hc + off)));
          }
          for (; i < inner; i++) {
            const off = <usize>(i * sz);
            store<T>(hr + hc + off, load<T>(pa + off) * load<T>(hr + hp + off) + load<T>(br + hc + off));
          }
        } else {
          const x = load<T>(pa);
          const xv = v128.splat<T>(x);
          for (; i + lanes <= inner; i += lanes) {
            const off = <usize>(i * sz);
            v128.store(hr + hc + off, v128.add<T>(v128.mul<T>(xv, v128.load(hr + hp + off)), v128.load(br + hc + off)));
          }
          for (; i < inner; i++) {
            const off = <usize>(i * sz);
            store<T>(hr + hc + off, x * load<T>(hr + hp + off) + load<T>(br + hc + off));
          }
        }
      } else {
        for (; i + lanes <= inner; i += lanes) {
          const off = <usize>(i * sz);
          const ao = aIS == 1 ? off : 0;
          const xr = aIS == 1 ? v128.load(pa + ao) : v128.splat<T>(load<T>(pa));
          const xi = aIS == 1 ? v128.load(pai + ao) : v128.splat<T>(load<T>(pai));
          const pr = v128.load(hr + hp + off);
          const pi = v128.load(hi + hp + off);
          v128.store(hr + hc + off, v128.add<T>(v128.sub<T>(v128.mul<T>(xr, pr), v128.mul<T>(xi, pi)), v128.load(br + hc + off)));
          v128.store(hi + hc + off, v128.add<T>(v128.add<T>(v128.mul<T>(xr, pi), v128.mul<T>(xi, pr)), v128.load(bi + hc + off)));
        }
        for (; i < inner; i++) {
          const off = <usize>(i * sz);
          const ao = aIS == 1 ? off : 0;
          const xr = load<T>(pa + ao);
          const xi = load<T>(pai + ao);
          const pr = load<T>(hr + hp + off);
          const pi = load<T>(hi + hp + off);
          store<T>(hr + hc + off, xr * pr - xi * pi + load<T>(br + hc + off));
          store<T>(hi + hc + off, xr * pi + xi * pr + load<T>(bi + hc + off));
        }
      }
    }
  }
}

export function scanRealF32(p: usize, o0: i32, o1: i32): void {
  scan<f32>(p, o0, o1, false);
}
export function scanRealF64(p: usize, o0: i32, o1: i32): void {
  scan<f64>(p, o0, o1, false);
}
export function scanComplexF32(p: usize, o0: i32, o1: i32): void {
  scan<f32>(p, o0, o1, true);
}
export function scanComplexF64(p: usize, o0: i32, o1: i32): void {
  scan<f64>(p, o0, o1, true);
}
