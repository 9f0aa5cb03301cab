/**
 * The big eligibility trace of online learning in an LRU layer (the `diagTraceAdvance` op,
 * src/core/ops/rtrl.ts; PAPERS.md P4), SIMD over the input width H:
 *
 *   E^B_t[b, n, :] = λ_n E^B_{t−1}[b, n, :] + γ_n u_t[b, :]                 (complex × real)
 *   S[n, :] = Σ_b conj(E^B_t[b, n, :]) ḡ_t[b, n]      (with withGrad; rows with ḡ = 0 skipped)
 *
 * Tasks are units n ∈ [n0, n1): each task owns its rows of S, so threads never share an
 * accumulator, and the sums over b run in the same order as the TypeScript kernel. Within a
 * task b is the outer loop, so E^B[b, n0:n1, :] streams contiguously (the task's rows of S,
 * a few KiB, stay in cache) instead of striding across b by N·H elements.
 *
 * Parameters: the `rtrlTraceAdvance` block (scripts/wasm-kernels.mjs).
 */
import { RtrlTraceAdvanceBlock } from './generated/params';

function traceAdvance<T>(p: usize, n0: i32, n1: i32): void {
  const sz = <i32>sizeof<T>();
  const lanes = 16 / sz;
  const q = changetype<RtrlTraceAdvanceBlock>(p);
  const lr = q.lambdaRe, li = q.lambdaIm, g = q.gamma, u = q.u, ebr = q.eRe, ebi = q.eIm;
  const gr = q.gRe, gi = q.gIm, obr = q.outRe, obi = q.outIm, sr = q.sRe, si = q.sIm;
  const B = q.B, N = q.N, H = q.H, withGrad = q.withGrad;
  const rowBytes = <usize>(H * sz);
  if (withGrad) {
    memory.fill(sr + <usize>(n0 * H * sz), 0, <usize>(n1 - n0) * rowBytes);
    memory.fill(si + <usize>(n0 * H * sz), 0, <usize>(n1 - n0) * rowBytes);
  }
  for (let b = 0; b < B; b++) {
    const ub = u + <usize>(b * H * sz);
    for (let n = n0; n < n1; n++) {
      const no = <usize>(n * sz);
      const a = load<T>(lr + no), c = load<T>(li + no), gn = load<T>(g + no);
      const av = v128.splat<T>(a), cv = v128.splat<T>(c), gv = v128.splat<T>(gn);
      const srow = <usize>(n * H * sz);
      const k = b * N + n;
      const base = <usize>(k * H * sz);
      const xr: T = withGrad ? load<T>(gr + <usize>(k * sz)) : 0;
      const xi: T = withGrad ? load<T>(gi + <usize>(k * sz)) : 0;
      const acc = withGrad && (xr != 0 || xi != 0);
      const xrv = v128.splat<T>(xr), xiv = v128.splat<T>(xi);
      let h = 0;
      for (; h + lanes <= H; h += lanes) {
        const o = <usize>(h * sz);
        const er = v128.load(ebr + base + o), ei = v128.load(ebi + base + o);
        const nr = v128.add<T>(v128.sub<T>(v128.mul<T>(av, er), v128.mul<T>(cv, ei)), v128.mul<T>(gv, v128.load(ub + o)));
        const ni = v128.add<T>(v128.mul<T>(av, ei), v128.mul<T>(cv, er));
        v128.store(obr + base + o, nr);
        v128.store(obi + base + o, ni);
        if (acc) {
          const q = sr + srow + o, w = si + srow + o;
          v128.store(q, v128.add<T>(v128.load(q), v128.add<T>(v128.mul<T>(nr, xrv), v128.mul<T>(ni, xiv))));
          v128.store(w, v128.add<T>(v128.load(w), v128.sub<T>(v128.mul<T>(nr, xiv), v128.mul<T>(ni, xrv))));
        }
      }
      for (; h < H; h++) {
        const o = <usize>(h * sz);
        const er = load<T>(ebr + base + o), ei = load<T>(ebi + base + o);
        const nr = a * er - c * ei + gn * load<T>(ub + o);
        const ni = a * ei + c * er;
        store<T>(obr + base + o, nr);
        store<T>(obi + base + o, ni);
        if (acc) {
          const q = sr + srow + o, w = si + srow + o;
          store<T>(q, load<T>(q) + (nr * xr + ni * xi));
          store<T>(w, load<T>(w) + (nr * xi - ni * xr));
        }
      }
    }
  }
}

export function rtrlTraceAdvanceF32(p: usize, n0: i32, n1: i32): void {
  traceAdvance<f32>(p, n0, n1);
}
export function rtrlTraceAdvanceF64(p: usize, n0: i32, n1: i32): void {
  traceAdvance<f64>(p, n0, n1);
}
