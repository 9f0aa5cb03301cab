/**
 * Worker threads over the kernel module's shared linear memory (worker_threads in Node, Web
 * Workers in browsers). Every worker instantiates the same module over the same memory and
 * waits on its control block; a parallel kernel call splits a range of tasks into contiguous
 * parts, posts one part to each ready worker, runs the first part itself and waits for the rest.
 * Calls stay synchronous for the caller, like every CPU op.
 *
 * Control block of worker w at CTRL + w·SLOT bytes:
 *   i32 state: −1 starting, 0 idle, 1 job posted, 2 done, 4 failed
 *   i32 function index; f64 args[14]
 *
 * Workers start in the background on first use (a kernel call never waits for them: parts go
 * only to workers that are already up). `LOOPLAB_CPU_THREADS=n` sets the thread count (default:
 * all cores); with 1, or without shared memory, everything runs on the calling thread.
 */
import type { WasmRuntime } from './runtime.js';
import { nodeModule, threadCount } from './runtime.js';

const CTRL = 1024;
const SLOT = 128;
const MAX_ARGS = 14;
/** Polls of a control word before blocking in Atomics.wait (tens of microseconds). */
const SPIN = 20000;

/** The kernel functions workers can run, by name; their index here is what the control block holds. */
function kernelNames(rt: WasmRuntime): string[] {
  return Object.keys(rt.exports).filter((k) => typeof rt.exports[k] === 'function').sort();
}

// Runs in each worker. Plain JavaScript (a string), so it works unbundled in Node and from a Blob in browsers.
const WORKER_BODY = `
function start(d) {
  const inst = new WebAssembly.Instance(d.module, { env: { memory: d.memory, abort() { throw new Error('looplab wasm kernel aborted'); } } });
  const fns = d.names.map((n) => inst.exports[n]);
  const i32 = new Int32Array(d.memory.buffer, d.slot, 2);
  const a = new Float64Array(d.memory.buffer, d.slot + 8, ${MAX_ARGS});
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
        fns[i32[1]](a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12], a[13]);
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

interface PoolState {
  readonly rt: WasmRuntime;
  readonly i32: Int32Array;
  readonly f64s: Float64Array[];
  readonly workers: number;
  readonly fnIndex: ReadonlyMap<string, number>;
  /** Whether the calling thread may block in Atomics.wait (not on a browser's main thread). */
  canWait: boolean;
}

let pool: PoolState | null | undefined;

interface NodeWorker {
  unref(): void;
  on(ev: 'error', fn: (e: Error) => void): void;
}
type NodeWorkerCtor = new (code: string, opts: { eval: true; workerData: unknown }) => NodeWorker;

function startPool(rt: WasmRuntime): PoolState | null {
  const n = threadCount() - 1;
  if (n < 1 || !rt.shared) return null;
  const i32 = new Int32Array(rt.memory.buffer, CTRL, (n * SLOT) / 4);
  const f64s: Float64Array[] = [];
  const names = kernelNames(rt);
  const nodeWorker = nodeModule<{ Worker: NodeWorkerCtor }>('node:worker_threads');
  for (let w = 0; w < n; w++) {
    const slot = CTRL + w * SLOT;
    i32[(w * SLOT) / 4] = -1;
    f64s.push(new Float64Array(rt.memory.buffer, slot + 8, MAX_ARGS));
    const data = { module: rt.module, memory: rt.memory, slot, names };
    if (nodeWorker) {
      const worker = new nodeWorker.Worker(`${WORKER_BODY}\nstart(require('node:worker_threads').workerData);`, { eval: true, workerData: data });
      worker.on('error', () => Atomics.store(i32, (w * SLOT) / 4, -2));
      worker.unref();
    } else if (typeof Worker !== 'undefined' && typeof Blob !== 'undefined') {
      const url = URL.createObjectURL(new Blob([`${WORKER_BODY}\nself.onmessage = (e) => start(e.data);`], { type: 'text/javascript' }));
      const worker = new Worker(url);
      worker.postMessage(data);
    } else {
      return null;
    }
  }
  return { rt, i32, f64s, workers: n, fnIndex: new Map(names.map((nm, i) => [nm, i])), canWait: true };
}

function getPool(rt: WasmRuntime): PoolState | null {
  if (pool === undefined || (pool !== null && pool.rt !== rt)) pool = startPool(rt);
  return pool;
}

/** Workers that have started and can take a part now. */
export function readyWorkers(rt: WasmRuntime): number {
  const p = getPool(rt);
  if (!p) return 0;
  let n = 0;
  for (let w = 0; w < p.workers; w++) if (Atomics.load(p.i32, (w * SLOT) / 4) === 0) n++;
  return n;
}

function waitWhile(p: PoolState, idx: number, value: number): void {
  for (let k = 0; k < SPIN && Atomics.load(p.i32, idx) === value; k++);
  for (;;) {
    const s = Atomics.load(p.i32, idx);
    if (s !== value) return;
    if (p.canWait) {
      try {
        Atomics.wait(p.i32, idx, value);
        continue;
      } catch {
        p.canWait = false; // a browser's main thread: spin instead
      }
    }
  }
}

const kernelCalls = new Map<string, number>();

/** How many times each Wasm kernel has run in this thread (for tests and diagnostics). */
export function wasmKernelCalls(): ReadonlyMap<string, number> {
  return kernelCalls;
}

/** Per-part scratch: part k receives `args[arg] + k·bytes` (reserve `maxParts()·bytes`). */
export interface PartScratch {
  readonly arg: number;
  readonly bytes: number;
}

/** The most parts a `parallelFor` call can split into (the calling thread included). */
export function maxParts(rt: WasmRuntime): number {
  const p = getPool(rt);
  return p ? p.workers + 1 : 1;
}

/**
 * Run `fn(...args)` over tasks [0, nTasks), split into contiguous parts across the calling thread
 * and the ready workers; `args[t0Arg]`, `args[t1Arg]` receive each part's range. Parts smaller
 * than `minTasks` are not split off.
 */
export function parallelFor(rt: WasmRuntime, fn: string, args: number[], t0Arg: number, t1Arg: number, nTasks: number, scratch?: PartScratch, minTasks = 1): void {
  kernelCalls.set(fn, (kernelCalls.get(fn) ?? 0) + 1);
  const call = (t0: number, t1: number): void => {
    args[t0Arg] = t0;
    args[t1Arg] = t1;
    (rt.exports[fn] as (...a: number[]) => void)(...args);
  };
  const scratchBase = scratch ? args[scratch.arg] : 0;
  const p = nTasks >= 2 * minTasks ? getPool(rt) : null;
  if (!p) return call(0, nTasks);
  const ready: number[] = [];
  for (let w = 0; w < p.workers; w++) if (Atomics.load(p.i32, (w * SLOT) / 4) === 0) ready.push(w);
  const parts = Math.min(ready.length + 1, Math.floor(nTasks / minTasks));
  if (parts < 2) return call(0, nTasks);
  const fnIndex = p.fnIndex.get(fn);
  if (fnIndex === undefined) throw new Error(`looplab: no wasm kernel named ${fn}`);
  const bound = (k: number): number => Math.round((k * nTasks) / parts);
  const posted: number[] = [];
  for (let k = 1; k < parts; k++) {
    const w = ready[k - 1];
    const a = p.f64s[w];
    for (let i = 0; i < args.length; i++) a[i] = args[i];
    a[t0Arg] = bound(k);
    a[t1Arg] = bound(k + 1);
    if (scratch) a[scratch.arg] = scratchBase + k * scratch.bytes;
    const idx = (w * SLOT) / 4;
    p.i32[idx + 1] = fnIndex;
    Atomics.store(p.i32, idx, 1);
    Atomics.notify(p.i32, idx);
    posted.push(idx);
  }
  let failed = false;
  try {
    call(0, bound(1));
  } finally {
    for (const idx of posted) {
      waitWhile(p, idx, 1);
      if (Atomics.load(p.i32, idx) === 4) failed = true;
      Atomics.store(p.i32, idx, 0);
      Atomics.notify(p.i32, idx);
    }
  }
  if (failed) throw new Error(`looplab: wasm kernel ${fn} failed in a worker thread`);
}
