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
/** Run one job in the current thread. */
export async function runJob(job, signal) {
    const experiment = findExperiment(job.experiment);
    if (!experiment)
        return { status: 'failed', message: `unknown experiment '${job.experiment}'` };
    try {
        return await executeRun({ experiment, dir: job.dir, config: job.config, seed: job.seed, smoke: job.smoke, signal });
    }
    catch (e) {
        return { status: 'failed', message: e instanceof Error ? e.message : String(e) };
    }
}
/** The sweep worker entry next to this module, as a new worker thread. */
export function startSweepWorker() {
    const here = import.meta.url;
    if (here.endsWith('.js'))
        return new Worker(new URL('./sweep-worker.js', here));
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
function spawn(start, pool, exited) {
    const w = start();
    pool.push(w);
    // A worker may also die between jobs; it is then replaced before it gets the next one. The
    // error itself is reported through the job listeners below (an unheard 'error' would throw).
    w.once('exit', () => exited.add(w));
    w.on('error', () => undefined);
    return new Promise((resolve) => {
        const cleanup = () => {
            w.off('message', onMessage);
            w.off('error', onError);
            w.off('exit', onExit);
        };
        const onMessage = (m) => {
            if (m.type !== 'ready')
                return;
            cleanup();
            resolve({ worker: w });
        };
        const onError = (e) => {
            cleanup();
            resolve({ failure: `a sweep worker could not start: ${e.message}` });
        };
        const onExit = (code) => {
            cleanup();
            resolve({ failure: `a sweep worker could not start (it exited with code ${code})` });
        };
        w.on('message', onMessage);
        w.on('error', onError);
        w.on('exit', onExit);
    });
}
/** Run one job on a ready worker: its outcome, or how the worker died during it. */
function runOnWorker(w, id, job) {
    return new Promise((resolve) => {
        const cleanup = () => {
            w.off('message', onMessage);
            w.off('error', onError);
            w.off('exit', onExit);
        };
        const onMessage = (m) => {
            if (m.type !== 'done' || m.id !== id)
                return;
            cleanup();
            resolve({ outcome: m.outcome });
        };
        const onError = (e) => {
            cleanup();
            resolve({ crash: `worker crashed: ${e.message}` });
        };
        const onExit = (code) => {
            cleanup();
            resolve({ crash: `worker exited with code ${code}` });
        };
        w.on('message', onMessage);
        w.on('error', onError);
        w.on('exit', onExit);
        w.postMessage({ type: 'job', id, job });
    });
}
/**
 * Run `jobs` on up to `workers` threads (in this thread when `workers` ≤ 1). Calls `onDone`
 * as each finishes. A worker that dies during a job (`process.exit`, an uncaught error, out of
 * memory) is replaced by a fresh one, which runs that job once more — it resumes from the job's
 * last checkpoint, if any; a job whose second worker dies too fails alone, and the other jobs
 * go on. After `signal` aborts, running jobs checkpoint and stop and no new job starts; jobs that
 * never started are reported as interrupted at step 0.
 */
export async function runJobs(jobs, workers, options = {}) {
    const outcomes = jobs.map(() => ({ status: 'interrupted', step: 0 }));
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
    const pool = [];
    const onAbort = () => {
        for (const w of pool)
            w.postMessage({ type: 'stop' });
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    // Set when a worker cannot even start: no job can run then, and the ones left fail with it.
    let startupFailure;
    const exited = new WeakSet();
    const finish = (i, outcome) => {
        outcomes[i] = outcome;
        onDone?.(i, outcome);
    };
    const loop = async () => {
        let w;
        while (next < jobs.length && !signal?.aborted && startupFailure === undefined) {
            const i = next++;
            for (let attempt = 0;; attempt++) {
                if (w !== undefined && exited.has(w))
                    w = undefined;
                if (w === undefined) {
                    const s = await spawn(start, pool, exited);
                    if ('failure' in s) {
                        startupFailure ??= s.failure;
                        finish(i, { status: 'failed', message: s.failure });
                        return;
                    }
                    // A stop that came while this worker was starting did not reach it.
                    if (signal?.aborted)
                        s.worker.postMessage({ type: 'stop' });
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
    }
    finally {
        signal?.removeEventListener('abort', onAbort);
        await Promise.all(pool.map((w) => w.terminate()));
    }
    if (startupFailure !== undefined) {
        for (let i = next; i < jobs.length; i++)
            finish(i, { status: 'failed', message: startupFailure });
    }
    return outcomes;
}
//# sourceMappingURL=pool.js.map