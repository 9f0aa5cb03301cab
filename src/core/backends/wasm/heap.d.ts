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
declare const stats: {
    allocations: number;
    reused: number;
    fallbacks: number;
    liveBytes: number;
    freeBytes: number;
    peakBytes: number;
};
/** Turn the tensor heap on or off for tensors allocated from now on (tests; `LOOPLAB_CPU_HEAP`). */
export declare function setCpuHeap(on: boolean): void;
/** Cap the heap at `bytes` (default 1 GiB; at most the 3 GiB of 32-bit linear memory above HEAP_BASE). */
export declare function setCpuHeapLimit(bytes?: number): void;
/** Counters of the tensor heap: blocks handed out, reused from the free lists, fallbacks to ordinary arrays, bytes live/free/peak. */
export declare function cpuHeapStats(): Readonly<typeof stats> & {
    readonly heapBytes: number;
};
/**
 * A zeroed typed array of `size` elements in the heap, or null where the heap does not take it:
 * outside every scope (where only the garbage collector would release it), small or bool buffers,
 * no shared linear memory, or the heap turned off.
 */
export declare function heapAllocate(dtype: DType, size: number): AnyTypedArray | null;
/** Whether `buf` is a heap view (whose data a kernel can use in place at `buf.byteOffset`). */
export declare function inHeap(buf: object): boolean;
/** Whether `buf` is the view of a released heap block (a tensor used after its scope released it, or after dispose). */
export declare function isReleased(buf: object): boolean;
/** The error for a released tensor's use; `what` names the op and the tensor. */
export declare function releasedError(what: string): Error;
/** A tensor now holds a reference on its buffer (no-op for buffers outside the heap); returns whether it does. */
export declare function heapRetain(tensor: object, buf: object): boolean;
/** Drop the tensor's reference (once; later calls do nothing); the last reference frees the block. */
export declare function heapRelease(tensor: object, buf: object): void;
/**
 * A tensor kept by the outermost scope leaves the heap: its data moves to an ordinary array
 * (returned, for the caller to install as the tensor's buffer) and its block reference is
 * dropped, so that everything outside scopes is left to the garbage collector. Tensors sharing
 * one block get one array (`moved` maps blocks to their new arrays within one scope exit);
 * undefined for buffers outside the heap.
 */
export declare function heapEvict(tensor: object, buf: AnyTypedArray, moved: Map<object, AnyTypedArray>): AnyTypedArray | undefined;
export {};
