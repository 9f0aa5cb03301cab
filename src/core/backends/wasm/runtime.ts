/**
 * The WebAssembly side of the CPU backend: one kernel module (assembly/*.ts, built by
 * scripts/build-wasm.mjs) instantiated over one linear memory, shared with a pool of worker
 * threads when the platform allows it (pool.ts).
 *
 * Tensors stay in ordinary typed arrays (garbage-collected, as everywhere on the CPU). A kernel
 * call copies its operands into a scratch arena in linear memory, runs, and copies the result
 * out; the arena is reset at every call, so its size is the largest working set seen. Kernels
 * are used only where the copies are small next to the work (matmul, scans, long elementwise
 * loops); see the crossovers next to each caller.
 *
 * Which kernels run: `LOOPLAB_CPU_KERNELS=ts|wasm` (default wasm) or `setCpuKernels`. The
 * TypeScript kernels remain the float64 reference; the Wasm kernels agree with them up to
 * summation order.
 */
import type { AnyTypedArray } from '../../dtype.js';
import { WASM_KERNELS } from './kernels.generated.js';

/** Which CPU kernels run: plain TypeScript loops or WebAssembly SIMD (+ threads). */
export type CpuKernels = 'ts' | 'wasm';

/** Functions the kernel module exports (pointers are byte offsets in linear memory). */
export interface KernelExports {
  gemmScratchElements(): number;
  gemmTileRows(): number;
  gemmTasksF32(table: number, nChunks: number, rowChunk: number, rsa: number, csa: number, rsb: number, csb: number, ldc: number, M: number, N: number, K: number, t0: number, t1: number, pack: number): void;
  gemmTasksF64(table: number, nChunks: number, rowChunk: number, rsa: number, csa: number, rsb: number, csb: number, ldc: number, M: number, N: number, K: number, t0: number, t1: number, pack: number): void;
  [name: string]: ((...args: number[]) => number | void) | WebAssembly.Memory;
}

export interface WasmRuntime {
  readonly exports: KernelExports;
  readonly memory: WebAssembly.Memory;
  readonly module: WebAssembly.Module;
  /** 'simd' or 'relaxed' (fused multiply-add), and whether the memory is shared. */
  readonly variant: string;
  readonly shared: boolean;
}

const PAGE = 65536;
/** Bytes below this are reserved for the worker control blocks (pool.ts). */
export const ARENA_BASE = PAGE;

function env(name: string): string | undefined {
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
  const cores = os ? (os.availableParallelism?.() ?? os.cpus().length) : ((globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency ?? 1);
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

let runtime: WasmRuntime | null | undefined;
let notice: ((msg: string) => void) = (msg) => console.warn(msg);

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
    const instance = new WebAssembly.Instance(module, { env: { memory, abort: () => { throw new Error('looplab wasm kernel aborted'); } } });
    if (!shared) notice('looplab: SharedArrayBuffer is unavailable (in browsers: the page is not cross-origin isolated); CPU kernels run on one thread');
    return { exports: instance.exports as unknown as KernelExports, memory, module, variant, shared };
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

/** Bytes of the ring (a call larger than half of it gets a ring twice its size). */
let ringBytes = 128 * 2 ** 20;

let top = ARENA_BASE;
let epoch = 0;
const stats = { puts: 0, resident: 0, wraps: 0 };

/** Operands passed to kernels, how many of them were already resident, and ring wraps (diagnostics, tests). */
export function arenaStats(): Readonly<typeof stats> {
  return { ...stats };
}

/** Set the ring size (tests use a small ring to force wraps). */
export function setArenaRing(bytes: number): void {
  ringBytes = bytes;
}
const resident = new WeakMap<object, { readonly ptr: number; readonly epoch: number }>();

/** Start a kernel call that allocates at most about `bytes` (operands, results, scratch). */
export function arenaBegin(bytes: number): void {
  const ring = Math.max(ringBytes, 2 * bytes);
  if (top + bytes + 4096 > ARENA_BASE + ring) {
    top = ARENA_BASE;
    epoch++;
    stats.wraps++;
  }
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
      throw new Error(`looplab: the WebAssembly kernels need ${Math.ceil(end / 2 ** 20)} MiB of linear memory, more than the engine allows; use smaller batches or LOOPLAB_CPU_KERNELS=ts`);
    }
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

/** Copy a result block into `dst` (same element type and length) and keep it resident. */
export function arenaTake(rt: WasmRuntime, dst: AnyTypedArray, ptr: number): void {
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

/** Total bytes of typed arrays (for `arenaBegin` estimates). */
export function bytesOf(...xs: readonly AnyTypedArray[]): number {
  let n = 0;
  for (const x of xs) n += x.byteLength + 64;
  return n;
}
