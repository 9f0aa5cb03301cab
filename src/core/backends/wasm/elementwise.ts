/**
 * The Wasm kernels of elementwise ops (assembly/generated/elementwise.ts, one SIMD loop per op
 * and float type, declared in scripts/wasm-kernels.mjs): operands and result in the tensor heap
 * used in place, others copied into linear memory and back; the flat element range split
 * across threads. Binary ops take any
 * broadcast that collapses to [rows, cols] with column strides 0 or 1 (same shapes, scalars,
 * rows ⊙ a row, rows ⊙ a column); they decline other layouts, integer types and mixed dtypes,
 * which the TypeScript loops run.
 */
import type { WasmKernel } from '../../backend.js';
import { broadcastStrides } from '../../shape.js';
import { collapseAxes } from '../cpu-loops.js';
import { writeBinaryBlock, writeUnaryBlock } from './kernels.generated.js';
import { parallelFor } from './pool.js';
import { inHeap } from './heap.js';
import { allInHeap, arenaOut, arenaBegin, arenaPut, arenaTake, bytesOf, declaredKernelId, floatKind, heapWords, PARAM_BLOCK, wasm } from './runtime.js';

/** Below this many elements the TypeScript loop wins (call and copy overheads). */
const MIN_ELEMENTS = 512;
/**
 * Elements per thread below which waking workers does not pay (`npm run bench:threads`: the
 * copies in and out run on the calling thread, so streaming kernels gain only from millions of elements).
 */
const MIN_PARALLEL_ELEMENTS = 1 << 20;
/** The same when operands and result are all in the tensor heap (no copies in or out). */
const MIN_PARALLEL_IN_HEAP = 1 << 17;

/** Kernel ids of `<op>_f32` and `<op>_f64` (−1 where not declared), or null when neither is. */
function ids(op: string, block: 'unary' | 'binary'): { readonly F32: number; readonly F64: number } | null {
  const F32 = declaredKernelId(`${op}_f32`, block);
  const F64 = declaredKernelId(`${op}_f64`, block);
  return F32 < 0 && F64 < 0 ? null : { F32, F64 };
}

/** The Wasm kernel of unary op `op` (o = f(x)), or undefined when the module has none for it. */
export function wasmUnary(op: string): WasmKernel<unknown> | undefined {
  const id = ids(op, 'unary');
  if (id === null) return undefined;
  return (ins, _inMeta, outs) => {
    const x = ins[0];
    const o = outs[0];
    const n = o.length;
    if (n < MIN_ELEMENTS) return false;
    const rt = wasm();
    if (!rt) return false;
    const t = floatKind(o, x);
    const k = t === null ? -1 : id[t];
    if (k < 0) return false;
    arenaBegin(bytesOf(x, o));
    const px = arenaPut(rt, x);
    const po = arenaOut(rt, o);
    writeUnaryBlock(heapWords(), PARAM_BLOCK, { x: px, o: po });
    parallelFor(rt, k, PARAM_BLOCK, n, allInHeap(x, o) ? MIN_PARALLEL_IN_HEAP : MIN_PARALLEL_ELEMENTS);
    arenaTake(rt, o, po);
    return true;
  };
}

/**
 * The Wasm kernel of binary op `op` (o = x ∘ y over the output shape, operands broadcast), or
 * undefined when the module has none for it.
 */
export function wasmBinary(op: string): WasmKernel<unknown> | undefined {
  const id = ids(op, 'binary');
  if (id === null) return undefined;
  return (ins, inMeta, outs, outMeta) => {
    if (ins.length !== 2) return false;
    const [x, y] = ins;
    const o = outs[0];
    const n = o.length;
    if (n < MIN_ELEMENTS) return false;
    const rt = wasm();
    if (!rt) return false;
    const t = floatKind(o, x, y);
    const k = t === null ? -1 : id[t];
    if (k < 0) return false;
    let cols: number;
    let sxr: number, sxc: number, syr: number, syc: number;
    if ((x.length === n || x.length === 1) && (y.length === n || y.length === 1)) {
      cols = n;
      sxr = syr = 0;
      sxc = x.length === 1 ? 0 : 1;
      syc = y.length === 1 ? 0 : 1;
    } else {
      const outShape = outMeta[0].shape;
      const [shape, st] = collapseAxes(outShape, [broadcastStrides(inMeta[0].shape, outShape), broadcastStrides(inMeta[1].shape, outShape)]);
      if (shape.length > 2) return false;
      const inner = (j: number): number => (shape.length === 0 ? 0 : st[j][shape.length - 1]);
      const outer = (j: number): number => (shape.length === 2 ? st[j][0] : 0);
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
    const po = arenaOut(rt, o);
    writeBinaryBlock(heapWords(), PARAM_BLOCK, { x: px, y: py, o: po, cols, sxr, sxc, syr, syc });
    // a broadcast operand smaller than the heap's threshold is copied in, but it is small
    const inPlace = inHeap(o) && (x.length !== n || inHeap(x)) && (y.length !== n || inHeap(y));
    parallelFor(rt, k, PARAM_BLOCK, n, inPlace ? MIN_PARALLEL_IN_HEAP : MIN_PARALLEL_ELEMENTS);
    arenaTake(rt, o, po);
    return true;
  };
}
