/**
 * `linearScan` on the Wasm kernels (assembly/scan.ts): SIMD over the channels of a time step,
 * batch (outer) indices split across threads. Declines layouts where `a` is neither constant
 * over the channels nor contiguous along them, mixed dtypes and tiny scans.
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

export interface ScanLayout {
  readonly outer: number;
  readonly T: number;
  readonly inner: number;
  readonly aOuter: Int32Array;
  readonly aInner: Int32Array;
  readonly aT: number;
}

/** h = scan(a, b) for real ([a], [b], [h]) or complex ([ar, ai], [br, bi], [hr, hi]) operands; false when it declines. */
export function wasmScan(a: readonly AnyTypedArray[], b: readonly AnyTypedArray[], h: AnyTypedArray[], L: ScanLayout, reverse: boolean, shifted: boolean): boolean {
  const n = h[0].length;
  if (n < MIN_ELEMENTS) return false;
  const rt = wasm();
  if (!rt) return false;
  const t = floatKind(...h, ...a, ...b);
  if (t === null) return false;
  const { outer, T, inner, aOuter, aInner, aT } = L;
  let aIS = 0;
  if (inner > 1) {
    aIS = aInner[1] - aInner[0];
    if (aIS !== 0 && aIS !== 1) return false;
    for (let i = 0; i < inner; i++) if (aInner[i] !== aInner[0] + i * aIS) return false;
  }
  const complex = a.length === 2;
  arenaBegin(bytesOf(...a, ...b, ...h, aOuter) + 256);
  const pa = a.map((x) => arenaPut(rt, x));
  const pb = b.map((x) => arenaPut(rt, x));
  const ph = h.map((x) => arenaAlloc(rt, x.byteLength));
  const ptable = arenaPut(rt, aInner[0] === 0 ? aOuter : aOuter.map((v) => v + aInner[0]));
  const pp = arenaAlloc(rt, 13 * 4);
  new Int32Array(rt.memory.buffer, pp, 13).set([
    pa[0], complex ? pa[1] : 0, pb[0], complex ? pb[1] : 0, ph[0], complex ? ph[1] : 0,
    T, inner, ptable, aT, aIS, reverse ? 1 : 0, shifted ? 1 : 0,
  ]);
  const fn = `scan${complex ? 'Complex' : 'Real'}${t}`;
  parallelFor(rt, fn, [pp, 0, 0], 1, 2, outer, undefined, Math.max(1, Math.ceil(MIN_PARALLEL_ELEMENTS / Math.max(1, T * inner))));
  h.forEach((x, k) => arenaTake(rt, x, ph[k]));
  return true;
}
