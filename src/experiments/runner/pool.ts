/**
 * Running many (configuration, seed) jobs, in parallel `worker_threads` or, with one worker, one
 * after another in this thread. Every job is an independent run directory, so the result is
 * the same whichever way (and in whatever order) the jobs run.
 *
 * The worker entry is `sweep-worker.js` next to this file. From `dist/` that is plain
 * JavaScript; when looplab runs from its TypeScript sources (the test suite, `tsx`), the worker
 * is bootstrapped through tsx's loader, resolved from looplab's own dependencies.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { findExperiment } from './registry.js';
import { executeRun } from './runner.js';
import type { RunOutcome } from './runner.js';
import type { ConfigObject } from './types.js';

export interface Job {
  readonly experiment: string;
  readonly dir: string;
  readonly config: ConfigObject;
  readonly seed: number;
  readonly smoke: boolean;
}

/** Messages between the pool and a worker. */
export type ToWorker = { readonly type: 'job'; readonly id: number; readonly job: Job } | { readonly type: 'stop' };
/** `ready` once the worker's entry has loaded; `done` with each job's outcome. */
export type FromWorker = { readonly type: 'ready' } | { readonly type: 'done'; readonly id: number; readonly outcome: RunOutcome };

/** Run one job in the current thread. */
export async function runJob(job: Job, signal?: AbortSignal): Promise<RunOutcome> {
  const experiment = findExperiment(job.experiment);
  if (!experiment) return { status: 'failed', message: `unknown experiment '${job.experiment}'` };
  try {
    return await executeRun({ experiment, dir: job.dir, config: job.config, seed: job.seed, smoke: job.smoke, signal });
  } catch (e) {
    return { status: 'failed', message: e instanceof Error ? e.message : String(e) };
  }
}

/** The sweep worker entry next to this module, as a new worker thread. */
export function startSweepWorker(): Worker {
  const here = import.meta.url;
  if (here.endsWith('.js')) return new Worker(new URL('./sweep-worker.js', here));
  // Running from sources: register tsx's ESM loader in the worker, then import the TypeScript
  // entry. The loader is located through tsx's package.json, as Node would resolve 'tsx/esm/api'.
  const tsxRoot = path.dirname(createRequire(here).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(path.join(tsxRoot, 'dist', 'esm', 'api', 'index.mjs')).href;
  const entry = new URL('./sweep-worker.ts', here).href;
  const code = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(code, { eval: true });
}

/**
 * Start a worker and wait for its `ready` message. A worker that dies before it is ready cannot
 * start here at all (a missing loader, a broken build): that is no fault of any job.
 */
function spawn(start: () => Worker, pool: Worker[], exited: WeakSet<Worker>): Promise<{ worker: Worker } | { failure: string }> {
  const w = start();
  pool.push(w);
  // A worker may also die between jobs; it is then replaced before it gets the next one. The
  // error itself is reported through the job listeners below (an unheard 'error' would throw).
  w.once('exit', () => exited.add(w));
  w.on('error', () => undefined);
  return new Promise((resolve) => {
    const cleanup = (): void => {
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
    };
    const onMessage = (m: FromWorker): void => {
      if (m.type !== 'ready') return;
      cleanup();
      resolve({ worker: w });
    };
    const onError = (e: Error): void => {
      cleanup();
      resolve({ failure: `a sweep worker could not start: ${e.message}` });
    };
    const onExit = (code: number): void => {
      cleanup();
      resolve({ failure: `a sweep worker could not start (it exited with code ${code})` });
    };
    w.on('message', onMessage);
    w.on('error', onError);
    w.on('exit', onExit);
  });
}

/** Run one job on a ready worker: its outcome, or how the worker died during it. */
function runOnWorker(w: Worker, id: number, job: Job): Promise<{ outcome: RunOutcome } | { crash: string }> {
  return new Promise((resolve) => {
    const cleanup = (): void => {
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
    };
    const onMessage = (m: FromWorker): void => {
      if (m.type !== 'done' || m.id !== id) return;
      cleanup();
      resolve({ outcome: m.outcome });
    };
    const onError = (e: Error): void => {
      cleanup();
      resolve({ crash: `worker crashed: ${e.message}` });
    };
    const onExit = (code: number): void => {
      cleanup();
      resolve({ crash: `worker exited with code ${code}` });
    };
    w.on('message', onMessage);
    w.on('error', onError);
    w.on('exit', onExit);
    w.postMessage({ type: 'job', id, job } satisfies ToWorker);
  });
}

export interface RunJobsOptions {
  /** Aborting it makes running jobs checkpoint and stop; no new job starts. */
  readonly signal?: AbortSignal;
  /** Called once per job with its final outcome. */
  readonly onDone?: (index: number, outcome: RunOutcome) => void;
  /** Called when job `index`'s worker died (`message`) and the job starts again on a fresh worker. */
  readonly onRetry?: (index: number, message: string) => void;
  /**
   * Starts one worker thread; it must post `{ type: 'ready' }` once loaded and then answer
   * {@link ToWorker} messages as `sweep-worker` does. Default: {@link startSweepWorker}.
   */
  readonly startWorker?: () => Worker;
}

/**
 * Run `jobs` on up to `workers` threads (in this thread when `workers` ≤ 1). Calls `onDone`
 * as each finishes. A worker that dies during a job (`process.exit`, an uncaught error, out of
 * memory) is replaced by a fresh one, which runs that job once more — it resumes from the job's
 * last checkpoint, if any; a job whose second worker dies too fails alone, and the other jobs
 * go on. After `signal` aborts, running jobs checkpoint and stop and no new job starts; jobs that
 * never started are reported as interrupted at step 0.
 */
export async function runJobs(jobs: readonly Job[], workers: number, options: RunJobsOptions = {}): Promise<RunOutcome[]> {
  const outcomes: RunOutcome[] = jobs.map(() => ({ status: 'interrupted', step: 0 }));
  const { signal, onDone, onRetry } = options;
  const start = options.startWorker ?? startSweepWorker;
  let next = 0;
  if (workers <= 1) {
    for (; next < jobs.length && !signal?.aborted; next++) {
      outcomes[next] = await runJob(jobs[next], signal);
      onDone?.(next, outcomes[next]);
    }
    return outcomes;
  }
  const pool: Worker[] = [];
  const onAbort = (): void => {
    for (const w of pool) w.postMessage({ type: 'stop' } satisfies ToWorker);
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  // Set when a worker cannot even start: no job can run then, and the ones left fail with it.
  let startupFailure: string | undefined;
  const exited = new WeakSet<Worker>();
  const finish = (i: number, outcome: RunOutcome): void => {
    outcomes[i] = outcome;
    onDone?.(i, outcome);
  };
  const loop = async (): Promise<void> => {
    let w: Worker | undefined;
    while (next < jobs.length && !signal?.aborted && startupFailure === undefined) {
      const i = next++;
      for (let attempt = 0; ; attempt++) {
        if (w !== undefined && exited.has(w)) w = undefined;
        if (w === undefined) {
          const s = await spawn(start, pool, exited);
          if ('failure' in s) {
            startupFailure ??= s.failure;
            finish(i, { status: 'failed', message: s.failure });
            return;
          }
          // A stop that came while this worker was starting did not reach it.
          if (signal?.aborted) s.worker.postMessage({ type: 'stop' } satisfies ToWorker);
          w = s.worker;
        }
        const r = await runOnWorker(w, i, jobs[i]);
        if ('outcome' in r) {
          finish(i, r.outcome);
          break;
        }
        w = undefined;
        if (attempt > 0 || signal?.aborted) {
          finish(i, { status: 'failed', message: attempt > 0 ? `${r.crash} (twice)` : r.crash });
          break;
        }
        onRetry?.(i, r.crash);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(workers, jobs.length) }, loop));
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await Promise.all(pool.map((w) => w.terminate()));
  }
  if (startupFailure !== undefined) {
    for (let i = next; i < jobs.length; i++) finish(i, { status: 'failed', message: startupFailure });
  }
  return outcomes;
}
