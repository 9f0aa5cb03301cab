/**
 * Elementwise ops on the Wasm kernels (assembly/generated/elementwise.ts, one SIMD loop per op
 * and float type): operands copied into linear memory, the flat element range split across
 * threads, the result copied back. Binary ops take any broadcast that collapses to
 * [rows, cols] with column strides 0 or 1 (same shapes, scalars, rows ⊙ a row, rows ⊙ a
 * column); other layouts, integer types and mixed dtypes stay on the TypeScript loops.
 */
import type { AnyTypedArray } from '../../dtype.js';
import { collapseAxes } from '../cpu-loops.js';
import { parallelFor } from './pool.js';
import type { WasmRuntime } from './runtime.js';
import { arenaAlloc, arenaBegin, arenaPut, arenaTake, bytesOf, floatKind, wasm } from './runtime.js';

/** Below this many elements the TypeScript loop wins (call and copy overheads). */
const MIN_ELEMENTS = 512;
/**
 * Elements per thread below which waking workers does not pay (`npm run bench:threads`: the
 * copies in and out run on the calling thread, so streaming kernels gain only from millions of elements).
 */
const MIN_PARALLEL_ELEMENTS = 1 << 20;

function kernelFor(rt: WasmRuntime, name: string, o: AnyTypedArray, ins: readonly AnyTypedArray[]): string | null {
  const t = floatKind(o, ...ins);
  if (t === null) return null;
  const fn = `${name}_${t.toLowerCase()}`;
  return typeof rt.exports[fn] === 'function' ? fn : null;
}

/** o = f(x) for a unary op with a Wasm kernel; false when it declines. */
export function wasmUnary(name: string, x: AnyTypedArray, o: AnyTypedArray): boolean {
  const n = o.length;
  if (n < MIN_ELEMENTS) return false;
  const rt = wasm();
  if (!rt) return false;
  const fn = kernelFor(rt, name, o, [x]);
  if (!fn) return false;
  arenaBegin(bytesOf(x, o));
  const px = arenaPut(rt, x);
  const po = arenaAlloc(rt, o.byteLength);
  parallelFor(rt, fn, [px, po, 0, 0], 2, 3, n, undefined, MIN_PARALLEL_ELEMENTS);
  arenaTake(rt, o, po);
  return true;
}

/**
 * o = x ∘ y over `outShape`, operands read through broadcast strides (`strides` null: both
 * contiguous or size-1). False when it declines.
 */
export function wasmBinary(name: string, x: AnyTypedArray, y: AnyTypedArray, o: AnyTypedArray, outShape: readonly number[], strides: readonly (readonly number[])[] | null): boolean {
  const n = o.length;
  if (n < MIN_ELEMENTS) return false;
  const rt = wasm();
  if (!rt) return false;
  const fn = kernelFor(rt, name, o, [x, y]);
  if (!fn) return false;
  let cols: number;
  let sxr: number, sxc: number, syr: number, syc: number;
  if (strides === null) {
    cols = n;
    sxr = syr = 0;
    sxc = x.length === 1 ? 0 : 1;
    syc = y.length === 1 ? 0 : 1;
  } else {
    const [shape, st] = collapseAxes(outShape, strides);
    if (shape.length > 2) return false;
    const inner = (k: number): number => (shape.length === 0 ? 0 : st[k][shape.length - 1]);
    const outer = (k: number): number => (shape.length === 2 ? st[k][0] : 0);
    sxc = inner(0);
    syc = inner(1);
    if ((sxc !== 0 && sxc !== 1) || (syc !== 0 && syc !== 1)) return false;
    sxr = outer(0);
    syr = outer(1);
    cols = shape.length === 0 ? 1 : shape[shape.length - 1];
  }
  arenaBegin(bytesOf(x, y, o));
  const px = arenaPut(rt, x);
  const py = y === x ? px : arenaPut(rt, y);
  const po = arenaAlloc(rt, o.byteLength);
  parallelFor(rt, fn, [px, py, po, cols, sxr, sxc, syr, syc, 0, 0], 8, 9, n, undefined, MIN_PARALLEL_ELEMENTS);
  arenaTake(rt, o, po);
  return true;
}
