/**
 * `looplab worker`: a BullMQ worker that runs sweep cells from the queue (see queue.ts).
 *
 * Each job is an ordinary {@link executeRun} into `<results>/<job path>`: a fresh run, or the
 * resumption of a run whose worker died (its checkpoint is in the run directory). Failures:
 *   - a configuration the experiment refuses, or an experiment this looplab does not have: the
 *     job fails at once (no retry can fix it);
 *   - a run that fails (an error, a non-finite loss) or a worker that dies: the job is retried,
 *     up to the attempts it was submitted with, then marked failed with its error;
 *   - a stop request (Ctrl-C, SIGTERM): the current runs write their checkpoints and their jobs go
 *     back to the queue without using an attempt; the worker takes no new jobs and exits.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UnrecoverableError, WaitingError, Worker } from 'bullmq';
import { setDefaultDevice } from '../../index.js';
import { deviceProblem } from './devices.js';
import { LOCK_FILE } from './lock.js';
import { bullConnection, QUEUE_NAME } from './queue.js';
import { configProblems } from './ranges.js';
import { findExperiment } from './registry.js';
import { renderDirReport } from './reports.js';
import { executeRun } from './runner.js';
/**
 * A lock file left in a run directory by a worker on another machine, or by a process here that
 * no longer exists. The queue's own job lock already guarantees that only this worker runs the
 * job now, so such a lock is stale.
 */
function clearStaleLock(dir) {
    const file = path.join(dir, LOCK_FILE);
    if (!existsSync(file))
        return;
    const [pidText, , host] = readFileSync(file, 'utf8').trim().split(/\s+/);
    const pid = Number(pidText);
    if (host !== undefined && host !== os.hostname())
        return void rmSync(file, { force: true });
    try {
        process.kill(pid, 0);
    }
    catch (e) {
        if (e.code === 'ESRCH')
            rmSync(file, { force: true });
    }
}
/** Run jobs until `signal` aborts; resolves once the worker has closed. */
export async function runWorker(o) {
    const stop = new AbortController();
    const onAbort = () => stop.abort();
    if (o.signal?.aborted)
        return;
    o.signal?.addEventListener('abort', onAbort, { once: true });
    const host = os.hostname();
    const processor = async (job, token) => {
        const d = job.data;
        const experiment = findExperiment(d.experiment);
        if (!experiment)
            throw new UnrecoverableError(`this worker's looplab has no experiment '${d.experiment}' (update looplab on ${host})`);
        const problems = configProblems(experiment, d.config);
        if (problems.length > 0)
            throw new UnrecoverableError(`${d.experiment}: ${problems.join('; ')}`);
        const dir = path.resolve(o.results, d.path);
        if (!dir.startsWith(path.resolve(o.results) + path.sep))
            throw new UnrecoverableError(`job path '${d.path}' leaves the results directory`);
        if (existsSync(dir))
            clearStaleLock(dir);
        const resuming = existsSync(path.join(dir, 'config.json'));
        o.onEvent?.({ kind: 'start', job: job.id, path: d.path, attempt: job.attemptsMade + 1, resuming });
        // Experiments that need the CPU run there on a WebGPU worker.
        setDefaultDevice(deviceProblem(experiment, o.device) === undefined ? o.device : 'cpu');
        let lastReport = 0;
        const outcome = await executeRun({
            experiment,
            dir,
            config: d.config,
            seed: d.seed,
            smoke: d.smoke,
            signal: stop.signal,
            onProgress: (e) => {
                const now = Date.now();
                if (now - lastReport < 1000 && e.step !== e.total)
                    return;
                lastReport = now;
                void job.updateProgress({ step: e.step, total: e.total, elapsed: e.elapsed }).catch(() => { });
            },
        });
        switch (outcome.status) {
            case 'finished': {
                try {
                    await renderDirReport(dir);
                }
                catch {
                    // The numbers are in summary.json; `looplab report <dir>` renders the page later.
                }
                return { summary: outcome.summary, seconds: outcome.seconds, path: d.path, host };
            }
            case 'interrupted':
                // Back to the queue without using an attempt; the next worker resumes the checkpoint.
                o.onEvent?.({ kind: 'requeued', job: job.id, path: d.path, step: outcome.step });
                await job.moveToWait(token);
                throw new WaitingError();
            case 'failed':
                throw new Error(outcome.message);
            default:
                return outcome;
        }
    };
    const worker = new Worker(QUEUE_NAME, processor, {
        connection: bullConnection(o.queue),
        concurrency: o.concurrency,
        autorun: false,
        // A job whose lock expires while its worker lives (a long synchronous step) would run twice;
        // runs yield to the event loop every step, which renews the lock in time.
        ...(o.lockDurationMs !== undefined ? { lockDuration: o.lockDurationMs } : {}),
        ...(o.stalledIntervalMs !== undefined ? { stalledInterval: o.stalledIntervalMs } : {}),
        // A crash is retried like an error: up to a few stalls before the job is failed.
        maxStalledCount: 3,
    });
    worker.on('completed', (job, result) => o.onEvent?.({ kind: 'done', job: job.id, path: job.data.path, result }));
    worker.on('failed', (job, err) => {
        if (!job || err instanceof WaitingError || err.name === 'WaitingError')
            return;
        const final = err instanceof UnrecoverableError || err.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1);
        o.onEvent?.({ kind: 'failed', job: job.id, path: job.data.path, error: err.message, final });
    });
    worker.on('error', () => { }); // connection errors: BullMQ reconnects on its own
    const closed = new Promise((resolve) => {
        stop.signal.addEventListener('abort', () => {
            void worker.close().then(resolve, () => resolve());
        }, { once: true });
    });
    void worker.run().catch(() => { });
    await closed;
    o.signal?.removeEventListener('abort', onAbort);
}
//# sourceMappingURL=queue-worker.js.map