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
export type FromWorker = { readonly type: 'done'; readonly id: number; readonly outcome: RunOutcome };

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

function startWorker(): Worker {
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

/** Run one job on a worker; a crashed worker fails the job (and is not reused). */
function runOnWorker(w: Worker, id: number, job: Job): Promise<{ outcome: RunOutcome; alive: boolean }> {
  return new Promise((resolve) => {
    const cleanup = (): void => {
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
    };
    const onMessage = (m: FromWorker): void => {
      if (m.type !== 'done' || m.id !== id) return;
      cleanup();
      resolve({ outcome: m.outcome, alive: true });
    };
    const onError = (e: Error): void => {
      cleanup();
      resolve({ outcome: { status: 'failed', message: `worker crashed: ${e.message}` }, alive: false });
    };
    const onExit = (code: number): void => {
      cleanup();
      resolve({ outcome: { status: 'failed', message: `worker exited with code ${code}` }, alive: false });
    };
    w.on('message', onMessage);
    w.on('error', onError);
    w.on('exit', onExit);
    w.postMessage({ type: 'job', id, job } satisfies ToWorker);
  });
}

/**
 * Run `jobs` on up to `workers` threads (in this thread when `workers` ≤ 1). Calls `onDone`
 * as each finishes. After `signal` aborts, running jobs checkpoint and stop and no new job
 * starts; jobs that never started are reported as interrupted at step 0.
 */
export async function runJobs(
  jobs: readonly Job[],
  workers: number,
  options: { signal?: AbortSignal; onDone?: (index: number, outcome: RunOutcome) => void } = {},
): Promise<RunOutcome[]> {
  const outcomes: RunOutcome[] = jobs.map(() => ({ status: 'interrupted', step: 0 }));
  const { signal, onDone } = options;
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
  // A worker that dies is replaced, unless it died before finishing any job: then workers
  // cannot start at all here, and the jobs left over fail with its message.
  let startupFailure: string | undefined;
  const loop = async (): Promise<void> => {
    let w = startWorker();
    pool.push(w);
    let finished = 0;
    while (next < jobs.length && !signal?.aborted && startupFailure === undefined) {
      const i = next++;
      const { outcome, alive } = await runOnWorker(w, i, jobs[i]);
      outcomes[i] = outcome;
      onDone?.(i, outcome);
      if (alive) {
        finished++;
        continue;
      }
      if (finished === 0 && outcome.status === 'failed') startupFailure = outcome.message;
      w = startWorker();
      pool.push(w);
      finished = 0;
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(workers, jobs.length) }, loop));
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await Promise.all(pool.map((w) => w.terminate()));
  }
  if (startupFailure !== undefined) {
    for (let i = next; i < jobs.length; i++) {
      outcomes[i] = { status: 'failed', message: startupFailure };
      onDone?.(i, outcomes[i]);
    }
  }
  return outcomes;
}
