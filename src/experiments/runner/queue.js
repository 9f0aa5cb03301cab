/**
 * Sweeps on a job queue: BullMQ on Redis. A sweep submitted with a queue is one job per cell
 * (experiment, resolved configuration, seed); `looplab worker` processes run the jobs on any
 * machine that reaches Redis and write each run directory under a results directory; `collect`
 * turns the finished jobs into the same sweep directory (and report) as a local sweep.
 *
 * Redis keys (prefix `bull:looplab` is BullMQ's; ours is `looplab:`):
 *   bull:looplab:*                  the queue: jobs, their states, results and progress
 *   looplab:sweep:<sweep-id>        the sweep's description (JSON; see {@link QueuedSweep})
 *
 * Ids are content hashes: a cell's job id hashes (experiment, configuration, seed), so a cell is
 * run once however many times a sweep is submitted; a sweep's id hashes its experiment, base
 * configuration, grid and seeds, so resubmitting it gives the same id.
 *
 * Jobs and their run directories:
 *   <results>/<sweep-id>/<NNN-key=value…>/seed-<k>/    written by the worker that runs the cell
 * A worker that dies (SIGKILL, a lost machine) stops renewing its job's lock; after
 * `lockDuration` another worker's stalled check puts the job back in the queue, and whoever takes
 * it resumes the run from its last checkpoint in the results directory (shared between the
 * machines, e.g. over NFS, for the resume to find it; otherwise the cell starts over).
 */
import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { Queue } from 'bullmq';
import { configHash } from './checkpoint.js';
import { QueueError } from './queue-url.js';
import { packageVersion } from './env.js';
import { configDirName, gridCombinations, withOverrides } from './sweep.js';
/** The BullMQ queue every looplab sweep and worker uses. */
export const QUEUE_NAME = 'looplab';
const SWEEP_KEY = (id) => `looplab:sweep:${id}`;
export { QueueError, parseQueueUrl } from './queue-url.js';
/**
 * Connect once, without retrying, and check that the server answers; throws {@link QueueError}
 * naming the URL when it does not. Returns a warning when Redis may evict keys (BullMQ needs
 * `maxmemory-policy noeviction`), else undefined.
 */
export async function checkQueue(q, timeoutMs = 3000) {
    const client = new Redis({
        ...q.connection,
        lazyConnect: true,
        connectTimeout: timeoutMs,
        maxRetriesPerRequest: 0,
        retryStrategy: () => null,
        enableOfflineQueue: false,
    });
    client.on('error', () => { }); // reported through the rejected promise below
    try {
        await client.connect();
        await client.ping();
        let policy;
        try {
            const reply = (await client.config('GET', 'maxmemory-policy'));
            policy = reply[1];
        }
        catch {
            // CONFIG may be disabled (managed Redis); nothing to check then.
        }
        return policy !== undefined && policy !== 'noeviction'
            ? `Redis at ${q.display} has maxmemory-policy '${policy}'; BullMQ needs 'noeviction' (jobs may be lost when memory runs out)`
            : undefined;
    }
    catch (e) {
        throw new QueueError(`cannot reach Redis at ${q.display}: ${e.message || String(e)}`);
    }
    finally {
        client.disconnect();
    }
}
/** BullMQ's connection options for `q` (workers need `maxRetriesPerRequest: null`). */
export function bullConnection(q) {
    return { ...q.connection, maxRetriesPerRequest: null };
}
const hash = (value) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
/** The job id of one cell: the same cell always has the same id. */
export function cellJobId(experiment, config, seed) {
    return `cell-${hash([experiment, configHash(config), seed]).slice(0, 32)}`;
}
/** The sweep id of a submission: the same grid of the same experiment always has the same id. */
export function sweepId(experiment, base, grid, seeds) {
    return `${experiment}-${hash([experiment, configHash(base), grid, seeds]).slice(0, 12)}`;
}
/**
 * Enqueue every cell of a sweep that is not in the queue yet. Returns the sweep and how many jobs
 * were added (0 when the same sweep was submitted before).
 */
export async function submitSweep(o) {
    const id = sweepId(o.experiment.name, o.base, o.grid, o.seeds);
    const entries = gridCombinations(o.grid).map((overrides, i) => ({ dir: configDirName(i, overrides), overrides }));
    const jobs = [];
    for (const e of entries) {
        const config = withOverrides(o.base, e.overrides);
        for (const seed of o.seeds) {
            const data = { sweepId: id, experiment: o.experiment.name, config, seed, smoke: o.smoke, path: `${id}/${e.dir}/seed-${seed}` };
            jobs.push({ id: cellJobId(o.experiment.name, config, seed), configDir: e.dir, seed, data });
        }
    }
    const queue = new Queue(QUEUE_NAME, { connection: bullConnection(o.queue) });
    try {
        const client = await queue.client;
        const stored = await client.get(SWEEP_KEY(id));
        const sweep = stored
            ? JSON.parse(stored)
            : {
                kind: 'sweep',
                experiment: o.experiment.name,
                metric: o.experiment.metric,
                grid: o.grid,
                seeds: o.seeds,
                workers: 0,
                smoke: o.smoke,
                looplab: packageVersion(),
                startedAt: (o.now?.() ?? new Date()).toISOString(),
                base: o.base,
                configs: entries,
                queue: { id, results: o.results ?? null, jobs: jobs.map(({ id: j, configDir, seed }) => ({ id: j, configDir, seed })) },
            };
        if (!stored)
            await client.set(SWEEP_KEY(id), JSON.stringify(sweep));
        let added = 0;
        for (const j of jobs) {
            if (await queue.getJob(j.id))
                continue;
            await queue.add(o.experiment.name, j.data, {
                jobId: j.id,
                attempts: o.attempts,
                backoff: { type: 'fixed', delay: 1000 },
                removeOnComplete: false,
                removeOnFail: false,
            });
            added++;
        }
        return { sweep, added, existing: jobs.length - added };
    }
    finally {
        await queue.close();
    }
}
function stateOf(s) {
    switch (s) {
        case 'completed':
            return 'done';
        case 'active':
            return 'running';
        case 'failed':
            return 'failed';
        default:
            return 'waiting'; // waiting, delayed (a retry's backoff), prioritized, unknown (not yet added)
    }
}
async function readSweep(queue, id, display) {
    const client = await queue.client;
    const text = await client.get(SWEEP_KEY(id));
    if (text === null)
        throw new QueueError(`no sweep '${id}' in the queue at ${display} (the id is printed when the sweep is submitted)`);
    return JSON.parse(text);
}
function cellStatus(entry, job, state) {
    const base = { id: entry.id, configDir: entry.configDir, seed: entry.seed, attempts: job?.attemptsMade ?? 0 };
    const s = job === undefined ? 'waiting' : stateOf(state);
    const progress = job?.progress;
    return {
        ...base,
        state: s,
        ...(s === 'done' && job?.returnvalue ? { result: job.returnvalue } : {}),
        ...(s === 'failed' ? { error: job.failedReason } : {}),
        ...(s === 'running' && typeof progress === 'object' && progress !== null && 'step' in progress
            ? { progress: progress }
            : {}),
    };
}
/** Where every cell of sweep `id` stands. */
export async function sweepStatus(q, id) {
    const queue = new Queue(QUEUE_NAME, { connection: bullConnection(q) });
    try {
        const sweep = await readSweep(queue, id, q.display);
        const cells = [];
        for (const entry of sweep.queue.jobs) {
            // The state first: a job read before it completes would lack its result.
            const state = await queue.getJobState(entry.id);
            const job = await queue.getJob(entry.id);
            cells.push(cellStatus(entry, job, job ? state : 'unknown'));
        }
        const counts = { done: 0, running: 0, failed: 0, waiting: 0 };
        for (const c of cells)
            counts[c.state]++;
        const times = cells.filter((c) => c.result !== undefined).map((c) => c.result.seconds);
        const mean = times.length > 0 ? times.reduce((a, b) => a + b, 0) / times.length : undefined;
        const left = counts.running + counts.waiting;
        const etaSeconds = mean === undefined ? undefined : left === 0 ? 0 : (mean * left) / Math.max(1, counts.running);
        return { sweep, cells, counts, etaSeconds };
    }
    finally {
        await queue.close();
    }
}
//# sourceMappingURL=queue.js.map