/**
 * The job-queue commands: `looplab sweep … --queue URL` (submit), `looplab sweep status|collect
 * <sweep-id> --queue URL`, and `looplab worker --queue URL`. See docs/distributed.md.
 *
 * Exit codes: 0 done; 1 a cell failed (collect, --wait); 2 bad input or Redis unreachable
 * (nothing is written then); 130 a worker stopped by Ctrl-C after checkpointing its jobs.
 */
import path from 'node:path';
import { collectSweep } from '../experiments/runner/queue-collect.js';
import { runWorker } from '../experiments/runner/queue-worker.js';
import { QueueError, checkQueue, submitSweep, sweepStatus } from '../experiments/runner/queue.js';
import { plural, sweepTable } from '../experiments/runner/sweep.js';
import { UsageError, checkDevice, parse, parseCount, queueUrl, str } from './args.js';
import { EXIT_FAILURE, EXIT_INTERRUPTED, EXIT_OK, displayPath, useDevice } from './commands.js';
import { formatDuration, formatNumber } from './progress.js';
export const WORKER_USAGE = [
    'Usage: looplab worker --queue redis://[user:password@]HOST:PORT[/DB] [--concurrency N] [--device cpu|webgpu]',
    '                      [--results DIR] [--lock-ms MS] [--stalled-ms MS]',
    '',
    'Runs sweep cells from the queue until stopped (Ctrl-C checkpoints the current jobs and returns',
    'them to the queue). Run directories go to DIR/<sweep-id>/<configuration>/seed-<k>/ (default',
    'DIR: runs); share DIR between machines (NFS) so that a crashed cell resumes from its checkpoint.',
    '',
    '  --concurrency N   jobs at once in this process (default 1)',
    '  --device D        cpu or webgpu (default: LOOPLAB_DEVICE, else cpu); experiments that need the',
    '                    CPU run there',
    '  --lock-ms MS      a job whose worker is silent this long goes to another worker (default 30000)',
    '  --stalled-ms MS   how often to look for such jobs (default 30000)',
    '',
].join('\n');
export const SWEEP_QUEUE_USAGE = [
    'Usage: looplab sweep <name> --grid … --queue URL [--results DIR] [--wait] [--attempts N]',
    '       looplab sweep status <sweep-id> --queue URL',
    '       looplab sweep collect <sweep-id> --queue URL [--out DIR] [--results DIR] [--wait]',
    '',
].join('\n');
async function reach(url, env) {
    try {
        const warning = await checkQueue(url);
        if (warning !== undefined)
            env.io.err(`looplab: warning: ${warning}\n`);
    }
    catch (e) {
        if (e instanceof QueueError)
            throw new UsageError(e.message);
        throw e;
    }
}
function statusLine(s) {
    const c = s.counts;
    const eta = s.etaSeconds === undefined ? '' : `, ETA ${formatDuration(s.etaSeconds)}`;
    return `${c.done} done, ${c.running} running, ${c.failed} failed, ${c.waiting} waiting (of ${s.cells.length})${eta}`;
}
const sleep = (ms, signal) => new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
});
/** Poll until no cell is running or waiting; prints a line when the counts change. */
async function waitForSweep(url, id, env, pollMs = 1000) {
    let last = '';
    for (;;) {
        const s = await sweepStatus(url, id);
        const line = statusLine(s);
        if (line.replace(/, ETA .*$/, '') !== last.replace(/, ETA .*$/, ''))
            env.io.out(`${line}\n`);
        last = line;
        if (s.counts.running + s.counts.waiting === 0)
            return s;
        if (env.signal?.aborted)
            return undefined;
        await sleep(pollMs, env.signal);
    }
}
async function collect(url, id, out, results, env) {
    const r = await collectSweep({ queue: url, id, out, ...(results !== undefined ? { results } : {}) });
    const { columns, rows } = sweepTable(r.status.sweep, r.summary);
    const widths = columns.map((c, j) => Math.max(c.length, ...rows.map((row) => String(row[j] ?? '').length)));
    const fmt = (cells) => cells
        .map((c, j) => String(c ?? '').padEnd(widths[j]))
        .join('  ')
        .trimEnd();
    env.io.out(`${fmt(columns)}\n${rows.map((row) => fmt(row)).join('\n')}\n`);
    env.io.out(`collected ${plural(r.copied + r.fromQueue, 'run')} into ${displayPath(r.dir, env.cwd)}`);
    env.io.out(r.fromQueue > 0 ? ` (${r.fromQueue} from the queue only: their run directories were not readable here)\n` : '\n');
    if ('html' in r.report)
        env.io.out(`report: ${displayPath(r.report.html, env.cwd)}\n`);
    else
        env.io.err(`looplab: the report could not be rendered: ${r.report.error}\n`);
    const failed = r.status.cells.filter((c) => c.state === 'failed');
    for (const c of failed)
        env.io.err(`looplab: ${c.configDir}/seed-${c.seed} failed after ${plural(c.attempts, 'attempt')}: ${c.error ?? 'unknown error'}\n`);
    const unfinished = r.status.counts.running + r.status.counts.waiting;
    if (unfinished > 0)
        env.io.out(`${plural(unfinished, 'cell')} not finished yet; collect again later (or with --wait)\n`);
    return failed.length > 0 ? EXIT_FAILURE : EXIT_OK;
}
/** `looplab sweep <name> … --queue URL`. */
export async function submitCommand(args, env) {
    const q = args.queue;
    await reach(q.url, env);
    const r = await submitSweep({
        queue: q.url,
        experiment: args.experiment,
        base: args.base,
        grid: args.grid,
        seeds: args.seeds,
        smoke: args.smoke,
        attempts: q.attempts,
        now: env.now,
        ...(q.results !== undefined ? { results: q.results } : {}),
    });
    const id = r.sweep.queue.id;
    env.io.out(`sweep ${id}: ${plural(r.added + r.existing, 'cell')} on ${q.url.display}; enqueued ${r.added}`);
    env.io.out(r.existing > 0 ? ` (${r.existing} already in the queue)\n` : '\n');
    env.io.out(`sweep id: ${id}\n`);
    if (!q.wait) {
        env.io.out(`start workers with: looplab worker --queue ${q.url.display}${q.results ? ` --results ${q.results}` : ''}\n`);
        env.io.out(`then: looplab sweep status ${id} --queue ${q.url.display}; looplab sweep collect ${id} --queue ${q.url.display}\n`);
        return EXIT_OK;
    }
    if ((await waitForSweep(q.url, id, env)) === undefined)
        return EXIT_INTERRUPTED;
    return collect(q.url, id, args.out, q.results, env);
}
/** `sweep status <id> --queue URL` and `sweep collect <id> --queue URL [--out DIR] [--results DIR] [--wait]`. */
export function parseSweepQueueArgs(action, args, cwd) {
    const options = { queue: { type: 'string' }, help: { type: 'boolean', short: 'h' } };
    if (action === 'collect')
        Object.assign(options, { out: { type: 'string' }, results: { type: 'string' }, wait: { type: 'boolean' } });
    const { values, positionals } = parse(`sweep ${action}`, args, options, action === 'status' ? '--queue URL, --help' : '--queue URL, --out DIR, --results DIR, --wait, --help');
    if (values.help)
        return { mode: 'help' };
    if (positionals.length !== 1)
        throw new UsageError(`sweep ${action}: expected one sweep id (printed when the sweep was submitted), got ${positionals.length === 0 ? 'none' : positionals.join(' ')}`);
    const raw = str(values.queue);
    if (raw === undefined)
        throw new UsageError(`sweep ${action}: --queue redis://HOST:PORT[/DB] is required (the queue the sweep was submitted to)`);
    const url = queueUrl(raw);
    if (action === 'status')
        return { mode: 'status', id: positionals[0], url };
    return {
        mode: 'collect',
        id: positionals[0],
        url,
        out: path.resolve(cwd, str(values.out) ?? 'runs'),
        ...(values.results !== undefined ? { results: path.resolve(cwd, str(values.results) ?? '') } : {}),
        wait: values.wait === true,
    };
}
export async function sweepQueueCommand(args, env) {
    if (args.mode === 'help')
        return (env.io.out(SWEEP_QUEUE_USAGE), EXIT_OK);
    await reach(args.url, env);
    try {
        if (args.mode === 'status') {
            const s = await sweepStatus(args.url, args.id);
            env.io.out(`sweep ${args.id} (${s.sweep.experiment}): ${statusLine(s)}\n`);
            for (const c of s.cells) {
                const what = c.state === 'done'
                    ? `done in ${formatDuration(c.result.seconds)} on ${c.result.host}: ${s.sweep.metric.name} ${formatNumber(c.result.summary[s.sweep.metric.name] ?? NaN)}`
                    : c.state === 'failed'
                        ? `failed after ${plural(c.attempts, 'attempt')}: ${c.error ?? ''}`
                        : c.state === 'running' && c.progress
                            ? `running, step ${c.progress.step}/${c.progress.total}`
                            : c.state;
                env.io.out(`  ${c.configDir}/seed-${c.seed}  ${what}\n`);
            }
            return s.counts.failed > 0 ? EXIT_FAILURE : EXIT_OK;
        }
        if (args.wait && (await waitForSweep(args.url, args.id, env)) === undefined)
            return EXIT_INTERRUPTED;
        return await collect(args.url, args.id, args.out, args.results, env);
    }
    catch (e) {
        if (e instanceof QueueError)
            throw new UsageError(e.message);
        throw e;
    }
}
export function parseWorkerArgs(args, cwd) {
    const { values, positionals } = parse('worker', args, {
        queue: { type: 'string' },
        concurrency: { type: 'string' },
        device: { type: 'string' },
        results: { type: 'string' },
        'lock-ms': { type: 'string' },
        'stalled-ms': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
    }, '--queue URL, --concurrency N, --device cpu|webgpu, --results DIR, --lock-ms MS, --stalled-ms MS, --help');
    if (values.help)
        return { mode: 'help' };
    if (positionals.length > 0)
        throw new UsageError(`worker takes no positional arguments, got ${positionals.join(' ')}`);
    const raw = str(values.queue);
    if (raw === undefined)
        throw new UsageError('worker: --queue redis://HOST:PORT[/DB] is required');
    const ms = (k) => (values[k] === undefined ? undefined : parseCount(k, str(values[k]) ?? '', 100));
    const lockMs = ms('lock-ms');
    const stalledMs = ms('stalled-ms');
    return {
        mode: 'run',
        url: queueUrl(raw),
        concurrency: values.concurrency === undefined ? 1 : parseCount('concurrency', str(values.concurrency) ?? '', 1),
        device: checkDevice(str(values.device)),
        results: path.resolve(cwd, str(values.results) ?? 'runs'),
        ...(lockMs !== undefined ? { lockMs } : {}),
        ...(stalledMs !== undefined ? { stalledMs } : {}),
    };
}
export async function workerCommand(args, env) {
    if (args.mode === 'help')
        return (env.io.out(WORKER_USAGE), EXIT_OK);
    await reach(args.url, env);
    const failed = await useDevice(args.device, env);
    if (failed !== null)
        return failed;
    env.io.out(`worker on ${args.url.display}: ${plural(args.concurrency, 'job')} at a time, results in ${displayPath(args.results, env.cwd)} (Ctrl-C to stop)\n`);
    const onEvent = (e) => {
        switch (e.kind) {
            case 'start':
                env.io.out(`${e.path}: ${e.resuming ? 'resuming' : 'starting'} (attempt ${e.attempt})\n`);
                break;
            case 'done':
                env.io.out(`${e.path}: done in ${formatDuration(e.result.seconds)}\n`);
                break;
            case 'failed':
                env.io.out(`${e.path}: failed${e.final ? '' : ' (will be retried)'}: ${e.error}\n`);
                break;
            case 'requeued':
                env.io.out(`${e.path}: checkpoint after step ${e.step}; back in the queue\n`);
                break;
            default:
                e;
        }
    };
    const signal = env.signal ?? new AbortController().signal;
    await runWorker({
        queue: args.url,
        results: args.results,
        concurrency: args.concurrency,
        device: args.device,
        signal,
        onEvent,
        ...(args.lockMs !== undefined ? { lockDurationMs: args.lockMs } : {}),
        ...(args.stalledMs !== undefined ? { stalledIntervalMs: args.stalledMs } : {}),
    });
    env.io.out('worker stopped\n');
    return EXIT_INTERRUPTED;
}
//# sourceMappingURL=queue.js.map