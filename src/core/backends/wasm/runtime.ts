/**
 * The WebAssembly side of the CPU backend: one kernel module (assembly/*.ts, built by
 * scripts/build-wasm.mjs) instantiated over one linear memory, shared with a pool of worker
 * threads when the platform allows it (pool.ts).
 *
 * An op declares its Wasm kernel in the `wasm` slot of its kernels (backend.ts `WasmKernel`);
 * the CPU backend tries it before the TypeScript kernel, and it declines where it would not gain
 * (small sizes, layouts or dtypes it does not take). The module's kernels and their parameter
 * blocks are declared once in scripts/wasm-kernels.mjs, from which the build generates the
 * AssemblyScript readers and the TypeScript writers (kernels.generated.ts); instantiating a
 * module that lacks a declared kernel is an error, never a silent fallback.
 *
 * Tensors created inside `scope` (16 KiB and more) live in the tensor heap (heap.ts) from
 * HEAP_BASE up and are used in place. Others are ordinary typed arrays: a kernel call copies
 * them into linear memory, runs, and copies the result out. Linear memory from ARENA_BASE to
 * HEAP_BASE is a ring (see "the arena" below): results and copied-in operands stay resident until
 * the ring wraps, so a tensor consumed again soon is not copied in again.
 *
 * Which kernels run: `LOOPLAB_CPU_KERNELS=ts|wasm` (default wasm) or `setCpuKernels`. The
 * TypeScript kernels remain the float64 reference; the Wasm kernels agree with them up to
 * summation order.
 */
import type { AnyTypedArray } from '../../dtype.js';
import { inHeap } from './heap.js';
import { HEAP_BASE } from './layout.js';
import type { WasmBlockName, WasmKernelName, WasmQueryName } from './kernels.generated.js';
import { PARAM_BLOCK_BYTES, WASM_KERNEL_BLOCKS, WASM_KERNEL_NAMES, WASM_KERNELS, WASM_QUERY_NAMES } from './kernels.generated.js';

/** Which CPU kernels run: plain TypeScript loops or WebAssembly SIMD (+ threads). */
export type CpuKernels = 'ts' | 'wasm';

/**
 * A kernel of the module: runs tasks [t0, t1) of the call whose parameter block is at byte
 * offset `p`; `scratch` is the calling thread's scratch area (kernels that declare one).
 */
export type KernelFn = (p: number, t0: number, t1: number, scratch: number) => void;

export interface WasmRuntime {
  /** The declared kernels, indexed as WASM_KERNEL_NAMES (see `kernelId`). */
  readonly kernels: readonly KernelFn[];
  /** Constants of the module (gemm's tile rows and scratch size). */
  readonly queries: Readonly<Record<WasmQueryName, () => number>>;
  readonly memory: WebAssembly.Memory;
  readonly module: WebAssembly.Module;
  /** 'simd' or 'relaxed' (fused multiply-add), and whether the memory is shared. */
  readonly variant: string;
  readonly shared: boolean;
}

/** The index of a declared kernel in `WasmRuntime.kernels` (and the worker threads' function table). */
export function kernelId(name: WasmKernelName): number {
  return WASM_KERNEL_NAMES.indexOf(name);
}

/**
 * The index of `name` if scripts/wasm-kernels.mjs declares it with parameter block `block`, else
 * −1 (for kernel names built from an op's name).
 */
export function declaredKernelId(name: string, block: WasmBlockName): number {
  const id = (WASM_KERNEL_NAMES as readonly string[]).indexOf(name);
  return id >= 0 && WASM_KERNEL_BLOCKS[id] === block ? id : -1;
}

/**
 * Throws, naming them, when functions in `declared` are missing from a module's `exports`: a
 * kernel that is declared but not built (or misspelt) must fail at load, not fall back silently.
 */
export function checkKernelExports(exports: Readonly<Record<string, unknown>>, declared: readonly string[]): void {
  const missing = declared.filter((name) => typeof exports[name] !== 'function');
  if (missing.length > 0) {
    throw new Error(
      `looplab: the WebAssembly kernel module does not export ${missing.join(', ')}, declared in scripts/wasm-kernels.mjs ` +
        '(rebuild it with `npm run build:wasm`; LOOPLAB_CPU_KERNELS=ts runs the TypeScript kernels)',
    );
  }
}

const PAGE = 65536;
/**
 * Linear memory below ARENA_BASE holds the worker control blocks (pool.ts, from byte 1024) and,
 * at PARAM_BLOCK, the parameter block of the kernel call in progress (calls never overlap: a
 * call returns only when every thread has finished its part).
 */
export const ARENA_BASE = PAGE;
/** Byte offset of the parameter block (PARAM_BLOCK_BYTES long). */
export const PARAM_BLOCK = PAGE / 2;
if (PARAM_BLOCK + PARAM_BLOCK_BYTES > ARENA_BASE) throw new Error('looplab: the Wasm parameter block overlaps the arena');

/** An environment variable (Node), undefined in browsers. */
export function env(name: string): string | undefined {
  const p = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  return p?.env?.[name];
}

/** A Node built-in module, loaded synchronously (undefined in browsers). */
export function nodeModule<T>(id: string): T | undefined {
  const p = (globalThis as { process?: { getBuiltinModule?(id: string): unknown } }).process;
  return p?.getBuiltinModule?.(id) as T | undefined;
}

/** Most threads a kernel is split across (the calling thread included). */
const MAX_THREADS = 16;

/** Threads to use in total, the calling thread included: LOOPLAB_CPU_THREADS, else all cores. */
export function threadCount(): number {
  const v = env('LOOPLAB_CPU_THREADS');
  if (v !== undefined && v !== '') {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`LOOPLAB_CPU_THREADS must be a positive integer (got '${v}')`);
    return Math.min(n, MAX_THREADS);
  }
  const os = nodeModule<{ availableParallelism?(): number; cpus(): unknown[] }>('node:os');
  const cores = os
    ? (os.availableParallelism?.() ?? os.cpus().length)
    : ((globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency ?? 1);
  return Math.max(1, Math.min(cores, MAX_THREADS));
}

function initialKernels(): CpuKernels {
  const v = env('LOOPLAB_CPU_KERNELS');
  if (v === undefined || v === '') return 'wasm';
  if (v === 'ts' || v === 'wasm') return v;
  throw new Error(`LOOPLAB_CPU_KERNELS must be 'ts' or 'wasm' (got '${v}')`);
}

let selected: CpuKernels = initialKernels();

/** Select the CPU kernels: 'wasm' (default: SIMD, multi-threaded) or 'ts' (the plain TypeScript reference). */
export function setCpuKernels(kernels: CpuKernels): void {
  if (kernels !== 'ts' && kernels !== 'wasm') throw new Error(`setCpuKernels: expected 'ts' or 'wasm', got ${String(kernels)}`);
  selected = kernels;
}

export function getCpuKernels(): CpuKernels {
  return selected;
}

/** Whether the CPU backend should try the ops' Wasm kernels: selected, and not known to be unavailable. */
export function wasmSelected(): boolean {
  return selected === 'wasm' && runtime !== null;
}

function decode(b64: string): Uint8Array<ArrayBuffer> {
  const B = (globalThis as { Buffer?: { from(s: string, enc: string): Uint8Array } }).Buffer;
  if (B) return new Uint8Array(B.from(b64, 'base64'));
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** Shared memory needs SharedArrayBuffer, and in browsers cross-origin isolation. */
function canShare(): boolean {
  if (typeof SharedArrayBuffer === 'undefined') return false;
  const g = globalThis as { crossOriginIsolated?: boolean; window?: unknown };
  if (g.window !== undefined && g.crossOriginIsolated !== true) return false;
  return true;
}

/** The kernel module once loaded; null when it cannot load (no WebAssembly or SIMD); undefined before the first try. */
let runtime: WasmRuntime | null | undefined;
let notice: (msg: string) => void = (msg) => console.warn(msg);

/** Where one-line notices about the kernels go (default console.warn). */
export function setWasmNotice(fn: (msg: string) => void): void {
  notice = fn;
}

function load(): WasmRuntime | null {
  if (typeof WebAssembly === 'undefined') {
    notice('looplab: WebAssembly is not available; CPU kernels run as plain TypeScript');
    return null;
  }
  const shared = canShare();
  const mem = shared ? 'shared' : 'unshared';
  for (const variant of ['relaxed', 'simd'] as const) {
    const bytes = decode(WASM_KERNELS[`${variant}-${mem}`]);
    if (!WebAssembly.validate(bytes)) continue;
    const module = new WebAssembly.Module(bytes);
    const memory = new WebAssembly.Memory({ initial: 2, maximum: 65536, shared });
    const instance = new WebAssembly.Instance(module, {
      env: {
        memory,
        abort: () => {
          throw new Error('looplab wasm kernel aborted');
        },
      },
    });
    const exports = instance.exports as Readonly<Record<string, unknown>>;
    checkKernelExports(exports, [...WASM_KERNEL_NAMES, ...WASM_QUERY_NAMES]);
    if (!shared) notice('looplab: SharedArrayBuffer is unavailable (in browsers: the page is not cross-origin isolated); CPU kernels run on one thread');
    const kernels = WASM_KERNEL_NAMES.map((name) => exports[name] as KernelFn);
    const queries = Object.fromEntries(WASM_QUERY_NAMES.map((name) => [name, exports[name]])) as Record<WasmQueryName, () => number>;
    heap = new Int32Array(memory.buffer);
    return { kernels, queries, memory, module, variant, shared };
  }
  notice('looplab: this engine lacks WebAssembly SIMD; CPU kernels run as plain TypeScript');
  return null;
}

/** The kernel module, or null when the TypeScript kernels are selected or Wasm is unavailable. */
export function wasm(): WasmRuntime | null {
  if (selected !== 'wasm') return null;
  if (runtime === undefined) {
    threadCount(); // a bad LOOPLAB_CPU_THREADS fails at the first kernel, not at the first large one
    runtime = load();
  }
  return runtime;
}

// ---------------------------------------------------------------------------------------------
// the arena: a ring of linear memory above ARENA_BASE
//
// Blocks are bump-allocated and never freed one by one. A kernel call starts with `arenaBegin`,
// which wraps the pointer back to the base (a new epoch) when the rest of the ring cannot hold
// the call; so within an epoch the pointer only moves forward and no block is overwritten.
// That lets data stay *resident*: `arenaTake` copies a result out into its typed array and
// `arenaPut` copies an operand in, and both remember where the data lives; `arenaPut` of the same
// array in the same epoch — the next op consuming a result, a weight used again — reuses the
// block instead of copying again. Tensor buffers are immutable (tensor() copies host data; every
// op writes a fresh output), and kernels write only to blocks allocated for their outputs, so a
// resident block always equals its array.

/** The ring ends where the tensor heap begins. */
const RING_LIMIT = HEAP_BASE - ARENA_BASE;

/**
 * Bytes of the ring. It starts small and grows (to 4× the largest call, in powers of two, at
 * most RING_MAX) as larger calls come: every byte of the ring costs a page fault the first time
 * a kernel writes it (~16 µs per 4 KiB page on a VM, so a 128 MiB ring costs half a second of
 * first-touch faults), while a ring of a few calls' size already keeps the operands of
 * consecutive ops resident.
 */
const RING_START = 16 * 2 ** 20;
const RING_MAX = 128 * 2 ** 20;
let ringBytes = RING_START;
/** Set by `setArenaRing`: the ring then keeps that size (tests force wraps with a tiny ring). */
let ringPinned = false;

let top = ARENA_BASE;
let epoch = 0;
const stats = { puts: 0, resident: 0, inHeap: 0, wraps: 0 };

/** Operands passed to kernels, how many of them were already resident or in the tensor heap, ring wraps and the ring's size (diagnostics, tests). */
export function arenaStats(): Readonly<typeof stats & { ringBytes: number }> {
  return { ...stats, ringBytes };
}

/** Pin the ring to `bytes` (tests use a tiny ring to force wraps); `undefined` restores the adaptive ring. */
export function setArenaRing(bytes: number | undefined): void {
  ringPinned = bytes !== undefined;
  ringBytes = bytes ?? RING_START;
}
const resident = new WeakMap<object, { readonly ptr: number; readonly epoch: number }>();

/** Start a kernel call that allocates at most about `bytes` (operands, results, scratch). */
export function arenaBegin(bytes: number): void {
  if (!ringPinned) while (ringBytes < RING_MAX && 4 * bytes > ringBytes) ringBytes *= 2;
  const ring = Math.min(Math.max(ringBytes, 2 * bytes), RING_LIMIT);
  if (bytes + 4096 > ring) {
    throw new Error(
      `looplab: a Wasm kernel call needs ${Math.ceil(bytes / 2 ** 20)} MiB of scratch, more than the ${RING_LIMIT / 2 ** 20} MiB the arena can hold; use smaller batches or LOOPLAB_CPU_KERNELS=ts`,
    );
  }
  if (top + bytes + 4096 > ARENA_BASE + ring) {
    top = ARENA_BASE;
    epoch++;
    stats.wraps++;
  }
}

/** Linear memory as i32 words, for the parameter-block writers (kernels.generated.ts). */
let heap = new Int32Array(0);

/**
 * Linear memory as words, valid after the call's arena allocations (which may grow it): write the
 * parameter block of the next kernel call with `write…Block(heapWords(), PARAM_BLOCK, fields)`.
 */
export function heapWords(): Int32Array {
  return heap;
}

/** Reserve `bytes` (64-byte aligned) in linear memory, growing it as needed; returns the byte offset. */
export function arenaAlloc(rt: WasmRuntime, bytes: number): number {
  const p = (top + 63) & ~63;
  const end = p + bytes;
  const have = rt.memory.buffer.byteLength;
  if (end > have) {
    const pages = Math.ceil((end - have) / PAGE);
    try {
      rt.memory.grow(pages);
    } catch {
      throw new Error(
        `looplab: the WebAssembly kernels need ${Math.ceil(end / 2 ** 20)} MiB of linear memory, more than the engine allows; use smaller batches or LOOPLAB_CPU_KERNELS=ts`,
      );
    }
    heap = new Int32Array(rt.memory.buffer); // growing detaches an unshared buffer
  }
  top = end;
  return p;
}

/** A typed-array view of `length` elements at byte offset `ptr`, of the same kind as `like`. */
export function view<A extends AnyTypedArray>(rt: WasmRuntime, like: A, ptr: number, length: number): A {
  const C = like.constructor as new (buf: ArrayBufferLike, off: number, len: number) => A;
  return new C(rt.memory.buffer, ptr, length);
}

/** The byte offset of `src`'s data in linear memory: its resident block, or a fresh copy. */
export function arenaPut(rt: WasmRuntime, src: AnyTypedArray): number {
  stats.puts++;
  if (inHeap(src)) {
    stats.inHeap++;
    return src.byteOffset; // a tensor in the heap: used in place
  }
  const r = resident.get(src);
  if (r !== undefined && r.epoch === epoch) {
    stats.resident++;
    return r.ptr;
  }
  const p = arenaAlloc(rt, src.byteLength);
  view(rt, src, p, src.length).set(src);
  resident.set(src, { ptr: p, epoch }); // an operand used again (weights, saved activations) is not copied twice
  return p;
}

/** Where a kernel writes the result `dst`: in place when `dst` is in the tensor heap, else a fresh arena block (then `arenaTake`). */
export function arenaOut(rt: WasmRuntime, dst: AnyTypedArray): number {
  return inHeap(dst) ? dst.byteOffset : arenaAlloc(rt, dst.byteLength);
}

/** Copy a result block into `dst` (same element type and length) and keep it resident; nothing to do for a result written in place. */
export function arenaTake(rt: WasmRuntime, dst: AnyTypedArray, ptr: number): void {
  if (ptr === dst.byteOffset && inHeap(dst)) return;
  dst.set(view(rt, dst, ptr, dst.length));
  resident.set(dst, { ptr, epoch });
}

/** 'F32' or 'F64' when every array is of that one float type (what the kernels take); else null. */
export function floatKind(...xs: readonly AnyTypedArray[]): 'F32' | 'F64' | null {
  const C = xs[0].constructor;
  const kind = C === Float32Array ? 'F32' : C === Float64Array ? 'F64' : null;
  for (const x of xs) if (x.constructor !== C) return null;
  return kind;
}

/** Whether every array lives in the tensor heap: a kernel then neither copies in nor out, so threads pay from far fewer elements. */
export function allInHeap(...xs: readonly AnyTypedArray[]): boolean {
  for (const x of xs) if (!inHeap(x)) return false;
  return true;
}

/** Total bytes of typed arrays (for `arenaBegin` estimates). */
export function bytesOf(...xs: readonly AnyTypedArray[]): number {
  let n = 0;
  for (const x of xs) n += x.byteLength + 64;
  return n;
}
