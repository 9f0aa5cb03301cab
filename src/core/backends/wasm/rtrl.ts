/**
 * The big eligibility trace of online learning in LRU layers on the Wasm kernels
 * (assembly/rtrl.ts): E^B_t = diag(λ) E^B_{t−1} + γ u_tᵀ and, with an error ḡ_t, its products
 * Σ_b conj(E^B_t) ḡ_t in the same pass: the Wasm kernel of `diagTraceAdvance` (src/core/ops/rtrl.ts),
 * whose TypeScript kernel is the reference; units are split across threads.
 */
import type { AnyTypedArray } from '../../dtype.js';
import { writeRtrlTraceAdvanceBlock } from './kernels.generated.js';
import { parallelFor } from './pool.js';
import { arenaOut, arenaBegin, arenaPut, arenaTake, bytesOf, floatKind, heapWords, kernelId, PARAM_BLOCK, wasm } from './runtime.js';

const TRACE_ADVANCE = { F32: kernelId('rtrlTraceAdvanceF32'), F64: kernelId('rtrlTraceAdvanceF64') };

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
  arenaBegin(bytesOf(...ins, ...outs));
  const pin = ins.map((x) => arenaPut(rt, x));
  const pout = outs.map((x) => arenaOut(rt, x));
  writeRtrlTraceAdvanceBlock(heapWords(), PARAM_BLOCK, {
    lambdaRe: pin[0],
    lambdaIm: pin[1],
    gamma: pin[2],
    u: pin[3],
    eRe: pin[4],
    eIm: pin[5],
    gRe: withGrad ? pin[6] : 0,
    gIm: withGrad ? pin[7] : 0,
    outRe: pout[0],
    outIm: pout[1],
    sRe: withGrad ? pout[2] : 0,
    sIm: withGrad ? pout[3] : 0,
    B,
    N,
    H,
    withGrad,
  });
  // even with E^B in the tensor heap (no copies) a split did not pay: at B 50, N 64, H 128 the
  // copy-size online step took 480–510 ms on one thread and 570–610 ms split on 2 cores
  parallelFor(rt, TRACE_ADVANCE[t], PARAM_BLOCK, N, Math.max(1, Math.ceil(MIN_PARALLEL_ELEMENTS / (B * H))));
  outs.forEach((x, k) => arenaTake(rt, x, pout[k]));
  return true;
}
