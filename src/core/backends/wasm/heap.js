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
/** The block behind each heap view (views are created once per allocation, never shared between blocks). */
const blockOf = new WeakMap();
/** Free blocks by size in bytes. */
const freeLists = new Map();
let bump = HEAP_BASE;
/** Bytes at and above this address have never been handed out (they are still zero). */
let highWater = HEAP_BASE;
let limit = HEAP_BASE + DEFAULT_LIMIT;
let notified = false;
/** The `zeroBytes` kernel's id (looked up once). */
let zeroId;
const stats = { allocations: 0, reused: 0, fallbacks: 0, liveBytes: 0, freeBytes: 0, peakBytes: 0 };
function initialEnabled() {
    const v = env('LOOPLAB_CPU_HEAP');
    if (v === undefined || v === '' || v === '1')
        return true;
    if (v === '0')
        return false;
    throw new Error(`LOOPLAB_CPU_HEAP must be '0' (off) or '1' (on, the default), got '${v}'`);
}
let enabled = initialEnabled();
/** Turn the tensor heap on or off for tensors allocated from now on (tests; `LOOPLAB_CPU_HEAP`). */
export function setCpuHeap(on) {
    enabled = on;
}
/** Cap the heap at `bytes` (default 1 GiB; at most the 3 GiB of 32-bit linear memory above HEAP_BASE). */
export function setCpuHeapLimit(bytes = DEFAULT_LIMIT) {
    limit = Math.min(HEAP_END, HEAP_BASE + bytes);
    notified = false;
}
/** Counters of the tensor heap: blocks handed out, reused from the free lists, fallbacks to ordinary arrays, bytes live/free/peak. */
export function cpuHeapStats() {
    return { ...stats, heapBytes: bump - HEAP_BASE };
}
function fallback(why, notice = true) {
    stats.fallbacks++;
    if (notice && !notified) {
        notified = true;
        console.warn(`looplab: ${why}; further CPU tensors use ordinary arrays (release tensors with scope() or dispose() to keep the heap flat)`);
    }
    return null;
}
/**
 * A zeroed typed array of `size` elements in the heap, or null where the heap does not take it:
 * outside every scope (where only the garbage collector would release it), small or bool buffers,
 * no shared linear memory, or the heap turned off.
 */
export function heapAllocate(dtype, size) {
    if (!enabled || dtype === 'bool' || currentScope() === undefined)
        return null;
    const bpe = dtype === 'f64' ? 8 : 4;
    const bytes = size * bpe;
    if (bytes < MIN_BYTES)
        return null;
    const rt = wasm();
    if (rt === null || !rt.shared)
        return null;
    const need = (bytes + 63) & ~63;
    let ptr = freeLists.get(need)?.pop();
    if (ptr !== undefined) {
        stats.reused++;
        stats.freeBytes -= need;
    }
    else {
        // free blocks of other sizes outweigh the live ones: merge them before growing the heap
        if (stats.freeBytes >= need && stats.freeBytes > Math.max(COMPACT_MIN_BYTES, stats.liveBytes))
            ptr = compactAndFit(need);
        if (ptr === undefined)
            ptr = grow(rt, need);
        if (ptr === undefined)
            return null;
    }
    const buf = rt.memory.buffer;
    const view = dtype === 'f32' ? new Float32Array(buf, ptr, size) : dtype === 'f64' ? new Float64Array(buf, ptr, size) : new Int32Array(buf, ptr, size);
    if (ptr < highWater) {
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
function grow(rt, need) {
    // past the cap: ordinary arrays, silently (a large scope, not an error; cpuHeapStats counts them)
    if (bump + need > limit)
        return fallback('', false) ?? undefined;
    const have = rt.memory.buffer.byteLength;
    if (bump + need > have) {
        try {
            rt.memory.grow(Math.ceil((bump + need - have) / PAGE));
        }
        catch {
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
function compactAndFit(need) {
    const blocks = [];
    for (const [bytes, ptrs] of freeLists)
        for (const p of ptrs)
            blocks.push([p, bytes]);
    freeLists.clear();
    blocks.sort((a, b) => a[0] - b[0]);
    const merged = [];
    for (const [p, n] of blocks) {
        const last = merged[merged.length - 1];
        if (last !== undefined && last[0] + last[1] === p)
            last[1] += n;
        else
            merged.push([p, n]);
    }
    const top = merged[merged.length - 1];
    if (top !== undefined && top[0] + top[1] === bump) {
        bump = top[0];
        stats.freeBytes -= top[1];
        merged.pop();
    }
    let best = -1;
    merged.forEach(([, n], i) => {
        if (n >= need && (best < 0 || n < merged[best][1]))
            best = i;
    });
    let ptr;
    if (best >= 0) {
        const [p, n] = merged[best];
        ptr = p;
        stats.freeBytes -= need;
        merged[best] = [p + need, n - need];
    }
    for (const [p, n] of merged)
        if (n > 0)
            pushFree(p, n);
    return ptr;
}
function pushFree(ptr, bytes) {
    let list = freeLists.get(bytes);
    if (list === undefined)
        freeLists.set(bytes, (list = []));
    list.push(ptr);
}
/** Whether `buf` is a heap view (whose data a kernel can use in place at `buf.byteOffset`). */
export function inHeap(buf) {
    return blockOf.has(buf);
}
/** Whether `buf` is the view of a released heap block (a tensor used after its scope released it, or after dispose). */
export function isReleased(buf) {
    return blockOf.get(buf)?.live === false;
}
/** The error for a released tensor's use; `what` names the op and the tensor. */
export function releasedError(what) {
    return new Error(`${what} was released (its scope ended or it was disposed) and cannot be used; return it from the scope (or do not dispose it) to keep it`);
}
function release(b) {
    if (!b.live || --b.refs > 0)
        return;
    b.live = false;
    stats.liveBytes -= b.bytes;
    stats.freeBytes += b.bytes;
    pushFree(b.ptr, b.bytes);
}
const registry = new FinalizationRegistry(release);
const released = new WeakSet();
/** A tensor now holds a reference on its buffer (no-op for buffers outside the heap); returns whether it does. */
export function heapRetain(tensor, buf) {
    const b = blockOf.get(buf);
    if (b === undefined)
        return false;
    b.refs++;
    registry.register(tensor, b, tensor);
    return true;
}
/** Drop the tensor's reference (once; later calls do nothing); the last reference frees the block. */
export function heapRelease(tensor, buf) {
    const b = blockOf.get(buf);
    if (b === undefined || released.has(tensor))
        return;
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
export function heapEvict(tensor, buf, moved) {
    const b = blockOf.get(buf);
    if (b === undefined || released.has(tensor))
        return undefined;
    let out = moved.get(b);
    if (out === undefined) {
        out = buf.slice();
        moved.set(b, out);
    }
    heapRelease(tensor, buf);
    return out;
}
//# sourceMappingURL=heap.js.map