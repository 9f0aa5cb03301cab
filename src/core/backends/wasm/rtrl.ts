/**
 * The big eligibility trace of online learning in LRU layers on the Wasm kernels
 * (assembly/rtrl.ts): E^B_t = diag(λ) E^B_{t−1} + γ u_tᵀ and, with an error ḡ_t, its products
 * Σ_b conj(E^B_t) ḡ_t in the same pass. The op is `diagTraceAdvance` (src/core/ops/rtrl.ts), whose
 * TypeScript kernel is the reference; units are split across threads.
 */
import type { AnyTypedArray } from '../../dtype.js';
import { parallelFor } from './pool.js';
import { arenaAlloc, arenaBegin, arenaPut, arenaTake, bytesOf, floatKind, wasm } from './runtime.js';

const MIN_ELEMENTS = 1024;
/**
 * Elements per thread below which waking workers does not pay (`npm run bench:threads`: the
 * copies in and out run on the calling thread, so streaming kernels gain only from millions of elements).
 */
const MIN_PARALLEL_ELEMENTS = 1 << 20;

/**
 * ins: λre, λim, γ [N], u [B, H], E^B re/im [B, N, H] (+ ḡ re/im [B, N] with a gradient);
 * outs: E^B_t re/im (+ S re/im [N, H]). False when it declines (small, or not one float type).
 */
export function wasmTraceAdvance(ins: readonly AnyTypedArray[], outs: AnyTypedArray[], B: number, N: number, H: number): boolean {
  if (B * N * H < MIN_ELEMENTS) return false;
  const rt = wasm();
  if (!rt) return false;
  const t = floatKind(...outs, ...ins);
  if (t === null) return false;
  const withGrad = ins.length === 8;
  arenaBegin(bytesOf(...ins, ...outs) + 256);
  const pin = ins.map((x) => arenaPut(rt, x));
  const pout = outs.map((x) => arenaAlloc(rt, x.byteLength));
  const words = [...pin.slice(0, 6), withGrad ? pin[6] : 0, withGrad ? pin[7] : 0, pout[0], pout[1], withGrad ? pout[2] : 0, withGrad ? pout[3] : 0, B, N, H, withGrad ? 1 : 0];
  const pp = arenaAlloc(rt, words.length * 4);
  new Int32Array(rt.memory.buffer, pp, words.length).set(words);
  parallelFor(rt, `rtrlTraceAdvance${t}`, [pp, 0, 0], 1, 2, N, undefined, Math.max(1, Math.ceil(MIN_PARALLEL_ELEMENTS / (B * H))));
  outs.forEach((x, k) => arenaTake(rt, x, pout[k]));
  return true;
}
