/**
 * The tensor heap: CPU tensors of 16 KiB and more live in the Wasm kernels' linear memory, so
 * that a kernel reads its operands and writes its result in place — no copy into the arena
 * before the call, none out of it after. A tensor's buffer is still a typed array (a view into
 * linear memory), so the TypeScript kernels and everything else read it as before.
 *
 * Layout: linear memory below HEAP_BASE holds the control blocks and the arena ring
 * (runtime.ts); heap blocks are carved upwards from HEAP_BASE, 64-byte aligned. Freed blocks go
 * to a free list per size and are reused (zeroed) by the next allocation of that size — training
 * steps allocate the same sizes every step, so a loop in `scope` runs in flat memory.
 *
 * Lifetimes follow scopes: only tensors created inside `scope(fn)` go to the heap. Every tensor
 * holds a reference on its block (reshapes and detached copies share it); a scope releases the
 * tensors created inside it except those it returns, which move to the enclosing scope — or, at
 * the outermost scope, out of the heap into ordinary arrays (one copy), so that nothing outside
 * scopes depends on anything but the garbage collector. `dispose(t)` releases a tensor early. A
 * released tensor cannot be used again: its next use throws, naming it, instead of reading memory
 * that may belong to another tensor by then. (A FinalizationRegistry also releases the block of
 * a heap tensor that is garbage-collected without its scope ending, e.g. after an exception.)
 *
 * The heap is used only with shared linear memory (Node, cross-origin-isolated pages): growing a
 * shared memory keeps existing views valid, growing an unshared one detaches them. The heap is
 * capped (1 GiB by default, `setCpuHeapLimit`; linear memory is 32-bit): past the cap — a long
 * computation inside one scope keeps all its intermediates until the scope ends — allocations fall
 * back to ordinary typed arrays, which the garbage collector frees as it goes (counted in
 * `cpuHeapStats().fallbacks`; a one-time notice only if linear memory itself cannot grow).
 * `LOOPLAB_CPU_HEAP=0` turns it off.
 */
import type { AnyTypedArray, DType } from '../../dtype.js';
import { currentScope } from '../webgpu/scope.js';
import { writeZeroBlock } from './kernels.generated.js';
import { HEAP_BASE } from './layout.js';
import { env, heapWords, kernelId, PARAM_BLOCK, wasm } from './runtime.js';

const PAGE = 65536;
/** One past the last byte linear memory can address (65536 pages). */
const HEAP_END = 2 ** 32 - PAGE;
/**
 * Default cap of the heap: a scope whose tensors outgrow it (a long computation inside one scope,
 * whose intermediates would otherwise be garbage-collected as it goes) continues in ordinary arrays.
 */
const DEFAULT_LIMIT = 2 ** 30;
/** Smaller buffers stay in the CPU backend's slabs: a copy of them costs less than tracking. */
const MIN_BYTES = 16 * 1024;

interface Block {
  readonly ptr: number;
  readonly bytes: number;
  refs: number;
  live: boolean;
}

/** The block behind each heap view (views are created once per allocation, never shared between blocks). */
const blockOf = new WeakMap<object, Block>();
/** Free blocks by size in bytes. */
const freeLists = new Map<number, number[]>();
let bump = HEAP_BASE;
/** Bytes at and above this address have never been handed out (they are still zero). */
let highWater = HEAP_BASE;
let limit = HEAP_BASE + DEFAULT_LIMIT;
let notified = false;
/** The `zeroBytes` kernel's id (looked up once). */
let zeroId: number | undefined;

const stats = { allocations: 0, reused: 0, fallbacks: 0, liveBytes: 0, freeBytes: 0, peakBytes: 0 };

function initialEnabled(): boolean {
  const v = env('LOOPLAB_CPU_HEAP');
  if (v === undefined || v === '' || v === '1') return true;
  if (v === '0') return false;
  throw new Error(`LOOPLAB_CPU_HEAP must be '0' (off) or '1' (on, the default), got '${v}'`);
}

let enabled = initialEnabled();

/** Turn the tensor heap on or off for tensors allocated from now on (tests; `LOOPLAB_CPU_HEAP`). */
export function setCpuHeap(on: boolean): void {
  enabled = on;
}

/** Cap the heap at `bytes` (default 1 GiB; at most the 3 GiB of 32-bit linear memory above HEAP_BASE). */
export function setCpuHeapLimit(bytes: number = DEFAULT_LIMIT): void {
  limit = Math.min(HEAP_END, HEAP_BASE + bytes);
  notified = false;
}

/** Counters of the tensor heap: blocks handed out, reused from the free lists, fallbacks to ordinary arrays, bytes live/free/peak. */
export function cpuHeapStats(): Readonly<typeof stats> & { readonly heapBytes: number } {
  return { ...stats, heapBytes: bump - HEAP_BASE };
}

function fallback(why: string, notice = true): null {
  stats.fallbacks++;
  if (notice && !notified) {
    notified = true;
    console.warn(`looplab: ${why}; further CPU tensors use ordinary arrays (release tensors with scope() or dispose() to keep the heap flat)`);
  }
  return null;
}

/**
 * A typed array of `size` elements in the heap, zeroed unless `overwritten` (its op writes every
 * element), or null where the heap does not take it:
 * outside every scope (where only the garbage collector would release it), small or bool buffers,
 * no shared linear memory, or the heap turned off.
 */
export function heapAllocate(dtype: DType, size: number, overwritten = false): AnyTypedArray | null {
  if (!enabled || dtype === 'bool' || currentScope() === undefined) return null;
  const bpe = dtype === 'f64' ? 8 : 4;
  const bytes = size * bpe;
  if (bytes < MIN_BYTES) return null;
  const rt = wasm();
  if (rt === null || !rt.shared) return null;
  const need = (bytes + 63) & ~63;
  let ptr = freeLists.get(need)?.pop();
  if (ptr !== undefined) {
    stats.reused++;
    stats.freeBytes -= need;
  } else {
    // free blocks of other sizes outweigh the live ones: merge them before growing the heap
    if (stats.freeBytes >= need && stats.freeBytes > Math.max(COMPACT_MIN_BYTES, stats.liveBytes)) ptr = compactAndFit(need);
    if (ptr === undefined) ptr = grow(rt, need);
    if (ptr === undefined) return null;
  }
  const buf = rt.memory.buffer;
  const view: AnyTypedArray =
    dtype === 'f32' ? new Float32Array(buf, ptr, size) : dtype === 'f64' ? new Float64Array(buf, ptr, size) : new Int32Array(buf, ptr, size);
  if (ptr < highWater && !overwritten) {
    // like a fresh array (memory above the high-water mark has never been written); a Wasm
    // memory.fill, since TypedArray fill on shared memory is ~15× slower
    writeZeroBlock(heapWords(), PARAM_BLOCK, { dst: ptr });
    rt.kernels[(zeroId ??= kernelId('zeroBytes'))](PARAM_BLOCK, 0, need, 0);
  }
  highWater = Math.max(highWater, ptr + need);
  blockOf.set(view, { ptr, bytes: need, refs: 0, live: true });
  stats.allocations++;
  stats.liveBytes += need;
  stats.peakBytes = Math.max(stats.peakBytes, stats.liveBytes);
  return view;
}

/** Free bytes above which, when they also exceed the live bytes, a miss merges the free blocks before growing. */
const COMPACT_MIN_BYTES = 64 * 2 ** 20;

/** A fresh block at the bump pointer, growing linear memory; undefined (after a notice) when the heap is full. */
function grow(rt: NonNullable<ReturnType<typeof wasm>>, need: number): number | undefined {
  // past the cap: ordinary arrays, silently (a large scope, not an error; cpuHeapStats counts them)
  if (bump + need > limit) return fallback('', false) ?? undefined;
  const have = rt.memory.buffer.byteLength;
  if (bump + need > have) {
    try {
      rt.memory.grow(Math.ceil((bump + need - have) / PAGE));
    } catch {
      return fallback(`linear memory cannot grow to ${Math.ceil((bump + need) / 2 ** 20)} MiB for the CPU tensor heap`) ?? undefined;
    }
  }
  const ptr = bump;
  bump += need;
  return ptr;
}

/**
 * Merge adjacent free blocks (a free run ending at the bump pointer lowers it), then take the
 * smallest merged block that holds `need`, returning its remainder to the free lists.
 */
function compactAndFit(need: number): number | undefined {
  const blocks: [number, number][] = [];
  for (const [bytes, ptrs] of freeLists) for (const p of ptrs) blocks.push([p, bytes]);
  freeLists.clear();
  blocks.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [p, n] of blocks) {
    const last = merged[merged.length - 1];
    if (last !== undefined && last[0] + last[1] === p) last[1] += n;
    else merged.push([p, n]);
  }
  const top = merged[merged.length - 1];
  if (top !== undefined && top[0] + top[1] === bump) {
    bump = top[0];
    stats.freeBytes -= top[1];
    merged.pop();
  }
  let best = -1;
  merged.forEach(([, n], i) => {
    if (n >= need && (best < 0 || n < merged[best][1])) best = i;
  });
  let ptr: number | undefined;
  if (best >= 0) {
    const [p, n] = merged[best];
    ptr = p;
    stats.freeBytes -= need;
    merged[best] = [p + need, n - need];
  }
  for (const [p, n] of merged) if (n > 0) pushFree(p, n);
  return ptr;
}

function pushFree(ptr: number, bytes: number): void {
  let list = freeLists.get(bytes);
  if (list === undefined) freeLists.set(bytes, (list = []));
  list.push(ptr);
}

/** Whether `buf` is a heap view (whose data a kernel can use in place at `buf.byteOffset`). */
export function inHeap(buf: object): boolean {
  return blockOf.has(buf);
}

/** Whether `buf` is the view of a released heap block (a tensor used after its scope released it, or after dispose). */
export function isReleased(buf: object): boolean {
  return blockOf.get(buf)?.live === false;
}

/** The error for a released tensor's use; `what` names the op and the tensor. */
export function releasedError(what: string): Error {
  return new Error(`${what} was released (its scope ended or it was disposed) and cannot be used; return it from the scope (or do not dispose it) to keep it`);
}

function release(b: Block): void {
  if (!b.live || --b.refs > 0) return;
  b.live = false;
  stats.liveBytes -= b.bytes;
  stats.freeBytes += b.bytes;
  pushFree(b.ptr, b.bytes);
}

const registry = new FinalizationRegistry<Block>(release);
const released = new WeakSet<object>();

/** A tensor now holds a reference on its buffer (no-op for buffers outside the heap); returns whether it does. */
export function heapRetain(tensor: object, buf: object): boolean {
  const b = blockOf.get(buf);
  if (b === undefined) return false;
  b.refs++;
  registry.register(tensor, b, tensor);
  return true;
}

/** Drop the tensor's reference (once; later calls do nothing); the last reference frees the block. */
export function heapRelease(tensor: object, buf: object): void {
  const b = blockOf.get(buf);
  if (b === undefined || released.has(tensor)) return;
  released.add(tensor);
  registry.unregister(tensor);
  release(b);
}

/**
 * A tensor kept by the outermost scope leaves the heap: its data moves to an ordinary array
 * (returned, for the caller to install as the tensor's buffer) and its block reference is
 * dropped, so that everything outside scopes is left to the garbage collector. Tensors sharing
 * one block get one array (`moved` maps blocks to their new arrays within one scope exit);
 * undefined for buffers outside the heap.
 */
/**
 * A copy of `a` in an ordinary array. For views into shared memory (the heap) `slice` takes a
 * slow element-wise path in V8 (10× slower than `set` at 16 KiB, 2× at 256 KiB), so those are
 * copied with `set`.
 */
export function copyOut<A extends AnyTypedArray>(a: A): A {
  if (!(a.buffer instanceof ArrayBuffer)) {
    const C = a.constructor as new (n: number) => A;
    const out = new C(a.length);
    out.set(a);
    return out;
  }
  return a.slice() as A;
}

export function heapEvict(tensor: object, buf: AnyTypedArray, moved: Map<object, AnyTypedArray>): AnyTypedArray | undefined {
  const b = blockOf.get(buf);
  if (b === undefined || released.has(tensor)) return undefined;
  let out = moved.get(b);
  if (out === undefined) {
    out = copyOut(buf);
    moved.set(b, out);
  }
  heapRelease(tensor, buf);
  return out;
}
