/**
 * The fused eligibility-trace kernels of online learning in an LRU layer (src/learn/traces.ts,
 * PAPERS.md P4), SIMD over the input width H:
 *
 * rtrlTraceUpdate — tasks are batch indices b ∈ [b0, b1); per (b, n), with λ = a + ic:
 *   e^λ' = λ e^λ + h,  e^γ' = λ e^γ + Bu,  E^B'[h] = λ E^B[h] + γ u[h],  h' = λ h + γ Bu
 * rtrlTraceGrads — tasks are units n ∈ [n0, n1) (each owns its output rows); sums over b of
 *   conj(e^λ) ḡ, Re(conj(e^γ) ḡ), conj(E^B) ḡ
 *
 * Parameter blocks (i32 words at `p`): byte pointers in the order of the TypeScript kernel's
 * inputs then outputs, followed by B, N, H.
 */

@inline function ptr(p: usize, i: i32): usize {
  return <usize>load<u32>(p + (<usize>i << 2));
}

function traceUpdate<T>(p: usize, b0: i32, b1: i32): void {
  const sz = <i32>sizeof<T>();
  const lanes = 16 / sz;
  const lr = ptr(p, 0), li = ptr(p, 1), g = ptr(p, 2), bur = ptr(p, 3), bui = ptr(p, 4), hr = ptr(p, 5), hi = ptr(p, 6), u = ptr(p, 7);
  const elr = ptr(p, 8), eli = ptr(p, 9), egr = ptr(p, 10), egi = ptr(p, 11), ebr = ptr(p, 12), ebi = ptr(p, 13);
  const olr = ptr(p, 14), oli = ptr(p, 15), ogr = ptr(p, 16), ogi = ptr(p, 17), obr = ptr(p, 18), obi = ptr(p, 19), ohr = ptr(p, 20), ohi = ptr(p, 21);
  const N = load<i32>(p, 23 * 4), H = load<i32>(p, 24 * 4);
  for (let b = b0; b < b1; b++) {
    const ub = u + <usize>(b * H * sz);
    for (let n = 0; n < N; n++) {
      const k = <usize>((b * N + n) * sz);
      const no = <usize>(n * sz);
      const a = load<T>(lr + no);
      const c = load<T>(li + no);
      const gn = load<T>(g + no);
      const xr = load<T>(elr + k), xi = load<T>(eli + k);
      const pr = load<T>(hr + k), pi = load<T>(hi + k);
      store<T>(olr + k, a * xr - c * xi + pr);
      store<T>(oli + k, a * xi + c * xr + pi);
      const accR = load<T>(bur + k), accI = load<T>(bui + k);
      const yr = load<T>(egr + k), yi = load<T>(egi + k);
      store<T>(ogr + k, a * yr - c * yi + accR);
      store<T>(ogi + k, a * yi + c * yr + accI);
      store<T>(ohr + k, a * pr - c * pi + gn * accR);
      store<T>(ohi + k, a * pi + c * pr + gn * accI);
      const base = <usize>((b * N + n) * H * sz);
      const av = v128.splat<T>(a), cv = v128.splat<T>(c), gv = v128.splat<T>(gn);
      let h = 0;
      for (; h + lanes <= H; h += lanes) {
        const o = <usize>(h * sz);
        const er = v128.load(ebr + base + o);
        const ei = v128.load(ebi + base + o);
        const uv = v128.load(ub + o);
        v128.store(obr + base + o, v128.add<T>(v128.sub<T>(v128.mul<T>(av, er), v128.mul<T>(cv, ei)), v128.mul<T>(gv, uv)));
        v128.store(obi + base + o, v128.add<T>(v128.mul<T>(av, ei), v128.mul<T>(cv, er)));
      }
      for (; h < H; h++) {
        const o = <usize>(h * sz);
        const er = load<T>(ebr + base + o), ei = load<T>(ebi + base + o);
        store<T>(obr + base + o, a * er - c * ei + gn * load<T>(ub + o));
        store<T>(obi + base + o, a * ei + c * er);
      }
    }
  }
}

function traceGrads<T>(p: usize, n0: i32, n1: i32): void {
  const sz = <i32>sizeof<T>();
  const lanes = 16 / sz;
  const elr = ptr(p, 0), eli = ptr(p, 1), egr = ptr(p, 2), egi = ptr(p, 3), ebr = ptr(p, 4), ebi = ptr(p, 5), gr = ptr(p, 6), gi = ptr(p, 7);
  const olr = ptr(p, 8), oli = ptr(p, 9), og = ptr(p, 10), obr = ptr(p, 11), obi = ptr(p, 12);
  const B = load<i32>(p, 13 * 4), N = load<i32>(p, 14 * 4), H = load<i32>(p, 15 * 4);
  for (let n = n0; n < n1; n++) {
    const no = <usize>(n * sz);
    const row = <usize>(n * H * sz);
    memory.fill(obr + row, 0, <usize>(H * sz));
    memory.fill(obi + row, 0, <usize>(H * sz));
    let sl: T = 0, si: T = 0, sg: T = 0;
    for (let b = 0; b < B; b++) {
      const k = <usize>((b * N + n) * sz);
      const xr = load<T>(gr + k), xi = load<T>(gi + k);
      const er = load<T>(elr + k), ei = load<T>(eli + k);
      sl += er * xr + ei * xi;
      si += er * xi - ei * xr;
      sg += load<T>(egr + k) * xr + load<T>(egi + k) * xi;
      if (xr == 0 && xi == 0) continue;
      const base = <usize>((b * N + n) * H * sz);
      const xrv = v128.splat<T>(xr), xiv = v128.splat<T>(xi);
      let h = 0;
      for (; h + lanes <= H; h += lanes) {
        const o = <usize>(h * sz);
        const br = v128.load(ebr + base + o), bi = v128.load(ebi + base + o);
        v128.store(obr + row + o, v128.add<T>(v128.load(obr + row + o), v128.add<T>(v128.mul<T>(br, xrv), v128.mul<T>(bi, xiv))));
        v128.store(obi + row + o, v128.add<T>(v128.load(obi + row + o), v128.sub<T>(v128.mul<T>(br, xiv), v128.mul<T>(bi, xrv))));
      }
      for (; h < H; h++) {
        const o = <usize>(h * sz);
        const br = load<T>(ebr + base + o), bi = load<T>(ebi + base + o);
        store<T>(obr + row + o, load<T>(obr + row + o) + (br * xr + bi * xi));
        store<T>(obi + row + o, load<T>(obi + row + o) + (br * xi - bi * xr));
      }
    }
    store<T>(olr + no, sl);
    store<T>(oli + no, si);
    store<T>(og + no, sg);
  }
}

export function rtrlTraceUpdateF32(p: usize, b0: i32, b1: i32): void {
  traceUpdate<f32>(p, b0, b1);
}
export function rtrlTraceUpdateF64(p: usize, b0: i32, b1: i32): void {
  traceUpdate<f64>(p, b0, b1);
}
export function rtrlTraceGradsF32(p: usize, n0: i32, n1: i32): void {
  traceGrads<f32>(p, n0, n1);
}
export function rtrlTraceGradsF64(p: usize, n0: i32, n1: i32): void {
  traceGrads<f64>(p, n0, n1);
}
