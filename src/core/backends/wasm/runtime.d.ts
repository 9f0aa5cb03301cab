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
 * Tensors stay in ordinary typed arrays (garbage-collected, as everywhere on the CPU). A kernel
 * call copies its operands into linear memory, runs, and copies the result out. Linear memory
 * above ARENA_BASE is a ring (see "the arena" below): results and copied-in operands stay
 * resident until the ring wraps, so a tensor consumed again soon is not copied in again.
 *
 * Which kernels run: `LOOPLAB_CPU_KERNELS=ts|wasm` (default wasm) or `setCpuKernels`. The
 * TypeScript kernels remain the float64 reference; the Wasm kernels agree with them up to
 * summation order.
 */
import type { AnyTypedArray } from '../../dtype.js';
import type { WasmBlockName, WasmKernelName, WasmQueryName } from './kernels.generated.js';
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
export declare function kernelId(name: WasmKernelName): number;
/**
 * The index of `name` if scripts/wasm-kernels.mjs declares it with parameter block `block`, else
 * −1 (for kernel names built from an op's name).
 */
export declare function declaredKernelId(name: string, block: WasmBlockName): number;
/**
 * Throws, naming them, when functions in `declared` are missing from a module's `exports`: a
 * kernel that is declared but not built (or misspelt) must fail at load, not fall back silently.
 */
export declare function checkKernelExports(exports: Readonly<Record<string, unknown>>, declared: readonly string[]): void;
/**
 * Linear memory below ARENA_BASE holds the worker control blocks (pool.ts, from byte 1024) and,
 * at PARAM_BLOCK, the parameter block of the kernel call in progress (calls never overlap: a
 * call returns only when every thread has finished its part).
 */
export declare const ARENA_BASE = 65536;
/** Byte offset of the parameter block (PARAM_BLOCK_BYTES long). */
export declare const PARAM_BLOCK: number;
/** An environment variable (Node), undefined in browsers. */
export declare function env(name: string): string | undefined;
/** A Node built-in module, loaded synchronously (undefined in browsers). */
export declare function nodeModule<T>(id: string): T | undefined;
/** Threads to use in total, the calling thread included: LOOPLAB_CPU_THREADS, else all cores. */
export declare function threadCount(): number;
/** Select the CPU kernels: 'wasm' (default: SIMD, multi-threaded) or 'ts' (the plain TypeScript reference). */
export declare function setCpuKernels(kernels: CpuKernels): void;
export declare function getCpuKernels(): CpuKernels;
/** Whether the CPU backend should try the ops' Wasm kernels: selected, and not known to be unavailable. */
export declare function wasmSelected(): boolean;
/** Where one-line notices about the kernels go (default console.warn). */
export declare function setWasmNotice(fn: (msg: string) => void): void;
/** The kernel module, or null when the TypeScript kernels are selected or Wasm is unavailable. */
export declare function wasm(): WasmRuntime | null;
declare const stats: {
    puts: number;
    resident: number;
    inHeap: number;
    wraps: number;
};
/** Operands passed to kernels, how many of them were already resident or in the tensor heap, ring wraps and the ring's size (diagnostics, tests). */
export declare function arenaStats(): Readonly<typeof stats & {
    ringBytes: number;
}>;
/** Pin the ring to `bytes` (tests use a tiny ring to force wraps); `undefined` restores the adaptive ring. */
export declare function setArenaRing(bytes: number | undefined): void;
/** Start a kernel call that allocates at most about `bytes` (operands, results, scratch). */
export declare function arenaBegin(bytes: number): void;
/**
 * Linear memory as words, valid after the call's arena allocations (which may grow it): write the
 * parameter block of the next kernel call with `write…Block(heapWords(), PARAM_BLOCK, fields)`.
 */
export declare function heapWords(): Int32Array;
/** Reserve `bytes` (64-byte aligned) in linear memory, growing it as needed; returns the byte offset. */
export declare function arenaAlloc(rt: WasmRuntime, bytes: number): number;
/** A typed-array view of `length` elements at byte offset `ptr`, of the same kind as `like`. */
export declare function view<A extends AnyTypedArray>(rt: WasmRuntime, like: A, ptr: number, length: number): A;
/** The byte offset of `src`'s data in linear memory: its resident block, or a fresh copy. */
export declare function arenaPut(rt: WasmRuntime, src: AnyTypedArray): number;
/** Where a kernel writes the result `dst`: in place when `dst` is in the tensor heap, else a fresh arena block (then `arenaTake`). */
export declare function arenaOut(rt: WasmRuntime, dst: AnyTypedArray): number;
/** Copy a result block into `dst` (same element type and length) and keep it resident; nothing to do for a result written in place. */
export declare function arenaTake(rt: WasmRuntime, dst: AnyTypedArray, ptr: number): void;
/** 'F32' or 'F64' when every array is of that one float type (what the kernels take); else null. */
export declare function floatKind(...xs: readonly AnyTypedArray[]): 'F32' | 'F64' | null;
/** Total bytes of typed arrays (for `arenaBegin` estimates). */
export declare function bytesOf(...xs: readonly AnyTypedArray[]): number;
export {};
