/**
 * Worker threads over the kernel module's shared linear memory (worker_threads in Node, Web
 * Workers in browsers). Every worker instantiates the same module over the same memory and
 * waits on its control block; a parallel kernel call splits a range of tasks into contiguous
 * parts, posts one part to each ready worker, runs the first part itself and waits for the rest.
 * Calls stay synchronous for the caller, like every CPU op.
 *
 * Control block of worker w at CTRL + w·SLOT bytes:
 *   i32 state: −1 starting, 0 idle, 1 job posted, 2 done, 4 failed
 *   i32 kernel id (an index into WASM_KERNEL_NAMES); f64 args p, t0, t1, scratch
 *
 * Workers start in the background on first use (a kernel call never waits for them: parts go
 * only to workers that are already up). `LOOPLAB_CPU_THREADS=n` sets the thread count (default:
 * all cores); with 1, or without shared memory, everything runs on the calling thread.
 */
import { WASM_KERNEL_NAMES } from './kernels.generated.js';
import { nodeModule, threadCount } from './runtime.js';
const CTRL = 1024;
const SLOT = 128;
/** A kernel's arguments: parameter block, task range, scratch (runtime.ts `KernelFn`). */
const ARGS = 4;
/** Polls of a control word before blocking in Atomics.wait (tens of microseconds). */
const SPIN = 20000;
// Runs in each worker. Plain JavaScript (a string), so it works unbundled in Node and from a Blob in browsers.
const WORKER_BODY = `
function start(d) {
  const inst = new WebAssembly.Instance(d.module, { env: { memory: d.memory, abort() { throw new Error('looplab wasm kernel aborted'); } } });
  const fns = d.names.map((n) => inst.exports[n]);
  const i32 = new Int32Array(d.memory.buffer, d.slot, 2);
  const a = new Float64Array(d.memory.buffer, d.slot + 8, ${ARGS});
  Atomics.store(i32, 0, 0);
  Atomics.notify(i32, 0);
  for (;;) {
    // spin briefly before sleeping: in a training loop the next job usually comes within
    // microseconds, and waking a sleeping thread costs far more (~0.1 ms on small VMs)
    for (let k = 0; k < ${SPIN} && Atomics.load(i32, 0) === 0; k++);
    Atomics.wait(i32, 0, 0);
    const s = Atomics.load(i32, 0);
    if (s === 1) {
      try {
        fns[i32[1]](a[0], a[1], a[2], a[3]);
        Atomics.store(i32, 0, 2);
      } catch (e) {
        Atomics.store(i32, 0, 4);
      }
      Atomics.notify(i32, 0);
    } else if (s === 2 || s === 4) {
      Atomics.wait(i32, 0, s);
    }
  }
}
`;
let pool;
function startPool(rt) {
    const n = threadCount() - 1;
    if (n < 1 || !rt.shared)
        return null;
    const i32 = new Int32Array(rt.memory.buffer, CTRL, (n * SLOT) / 4);
    const f64s = [];
    const names = [...WASM_KERNEL_NAMES]; // a worker's function table: kernel ids index it
    const nodeWorker = nodeModule('node:worker_threads');
    for (let w = 0; w < n; w++) {
        const slot = CTRL + w * SLOT;
        i32[(w * SLOT) / 4] = -1;
        f64s.push(new Float64Array(rt.memory.buffer, slot + 8, ARGS));
        const data = { module: rt.module, memory: rt.memory, slot, names };
        if (nodeWorker) {
            const worker = new nodeWorker.Worker(`${WORKER_BODY}\nstart(require('node:worker_threads').workerData);`, { eval: true, workerData: data });
            worker.on('error', () => Atomics.store(i32, (w * SLOT) / 4, -2));
            worker.unref();
        }
        else if (typeof Worker !== 'undefined' && typeof Blob !== 'undefined') {
            const url = URL.createObjectURL(new Blob([`${WORKER_BODY}\nself.onmessage = (e) => start(e.data);`], { type: 'text/javascript' }));
            const worker = new Worker(url);
            worker.postMessage(data);
        }
        else {
            return null;
        }
    }
    return { rt, i32, f64s, workers: n, canWait: true };
}
function getPool(rt) {
    if (pool === undefined || (pool !== null && pool.rt !== rt))
        pool = startPool(rt);
    return pool;
}
/** Workers that have started and can take a part now. */
export function readyWorkers(rt) {
    const p = getPool(rt);
    if (!p)
        return 0;
    let n = 0;
    for (let w = 0; w < p.workers; w++)
        if (Atomics.load(p.i32, (w * SLOT) / 4) === 0)
            n++;
    return n;
}
function waitWhile(p, idx, value) {
    for (let k = 0; k < SPIN && Atomics.load(p.i32, idx) === value; k++)
        ;
    for (;;) {
        const s = Atomics.load(p.i32, idx);
        if (s !== value)
            return;
        if (p.canWait) {
            try {
                Atomics.wait(p.i32, idx, value);
                continue;
            }
            catch {
                p.canWait = false; // a browser's main thread: spin instead
            }
        }
    }
}
const kernelCalls = new Float64Array(WASM_KERNEL_NAMES.length);
/** How many times each Wasm kernel has run in this thread, by name (for tests and diagnostics). */
export function wasmKernelCalls() {
    const m = new Map();
    kernelCalls.forEach((n, id) => {
        if (n > 0)
            m.set(WASM_KERNEL_NAMES[id], n);
    });
    return m;
}
/** The most parts a `parallelFor` call can split into (the calling thread included). */
export function maxParts(rt) {
    const p = getPool(rt);
    return p ? p.workers + 1 : 1;
}
/**
 * Run kernel `id` (runtime.ts `kernelId`) with the parameter block at `p` over tasks
 * [0, nTasks), split into contiguous parts across the calling thread and the ready workers.
 * Parts smaller than `minTasks` are not split off.
 */
export function parallelFor(rt, id, p, nTasks, minTasks = 1, scratch) {
    kernelCalls[id]++;
    const fn = rt.kernels[id];
    const scratchBase = scratch ? scratch.base : 0;
    const state = nTasks >= 2 * minTasks ? getPool(rt) : null;
    if (!state)
        return fn(p, 0, nTasks, scratchBase);
    const ready = [];
    for (let w = 0; w < state.workers; w++)
        if (Atomics.load(state.i32, (w * SLOT) / 4) === 0)
            ready.push(w);
    const parts = Math.min(ready.length + 1, Math.floor(nTasks / minTasks));
    if (parts < 2)
        return fn(p, 0, nTasks, scratchBase);
    const bound = (k) => Math.round((k * nTasks) / parts);
    const posted = [];
    for (let k = 1; k < parts; k++) {
        const w = ready[k - 1];
        const a = state.f64s[w];
        a[0] = p;
        a[1] = bound(k);
        a[2] = bound(k + 1);
        a[3] = scratch ? scratchBase + k * scratch.bytes : 0;
        const idx = (w * SLOT) / 4;
        state.i32[idx + 1] = id;
        Atomics.store(state.i32, idx, 1);
        Atomics.notify(state.i32, idx);
        posted.push(idx);
    }
    let failed = false;
    try {
        fn(p, 0, bound(1), scratchBase);
    }
    finally {
        for (const idx of posted) {
            waitWhile(state, idx, 1);
            if (Atomics.load(state.i32, idx) === 4)
                failed = true;
            Atomics.store(state.i32, idx, 0);
            Atomics.notify(state.i32, idx);
        }
    }
    if (failed)
        throw new Error(`looplab: wasm kernel ${WASM_KERNEL_NAMES[id]} failed in a worker thread`);
}
//# sourceMappingURL=pool.js.map