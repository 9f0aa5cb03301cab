/**
 * Sweeps on a Redis job queue (BullMQ): submission with deterministic ids, workers, crash
 * recovery from checkpoints, failures, collect — against a real redis-server started per file.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, main } from '../src/cli/main.js';
import { sineMlp } from '../src/experiments/examples/sine-mlp.js';
import { collectSweep } from '../src/experiments/runner/queue-collect.js';
import { runWorker } from '../src/experiments/runner/queue-worker.js';
import { cellJobId, parseQueueUrl, submitSweep, sweepStatus } from '../src/experiments/runner/queue.js';
import { readMetrics } from '../src/experiments/runner/run-dir.js';
import { executeRun } from '../src/experiments/runner/runner.js';
import { LOCK_FILE } from '../src/experiments/runner/lock.js';
import { capture, tempDirs } from './util/cli.js';
import { describeRedis, freePort, startRedis } from './util/redis.js';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmpDir = tempDirs('looplab-queue');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
describe('queue URLs', () => {
    it('parse host, port, database, credentials and TLS, and refuse anything else', () => {
        expect(parseQueueUrl('redis://127.0.0.1:6390/2').connection).toEqual({ host: '127.0.0.1', port: 6390, db: 2 });
        expect(parseQueueUrl('redis://queue.lab').connection).toEqual({ host: 'queue.lab', port: 6379, db: 0 });
        const secret = parseQueueUrl('rediss://looplab:s3cret@queue.lab:6380/1');
        expect(secret.connection).toEqual({ host: 'queue.lab', port: 6380, db: 1, username: 'looplab', password: 's3cret', tls: {} });
        expect(secret.display).toBe('rediss://looplab:***@queue.lab:6380/1');
        expect(() => parseQueueUrl('localhost:6379')).toThrow(/scheme 'localhost:' is not supported; expected redis:\/\//);
        expect(() => parseQueueUrl('http://x')).toThrow(/scheme 'http:' is not supported/);
        expect(() => parseQueueUrl('redis://x/abc')).toThrow(/database 'abc' is not a number/);
        expect(() => parseQueueUrl('not a url')).toThrow(/not a URL/);
    });
    it('a cell has the same job id whatever sweep it is in, and a different one for another seed or setting', () => {
        const c = sineMlp.smokeConfig();
        expect(cellJobId('sine-mlp', c, 0)).toBe(cellJobId('sine-mlp', { ...c }, 0));
        expect(cellJobId('sine-mlp', c, 1)).not.toBe(cellJobId('sine-mlp', c, 0));
        expect(cellJobId('sine-mlp', { ...c, steps: 61 }, 0)).not.toBe(cellJobId('sine-mlp', c, 0));
    });
    it('Redis unreachable: a clear error naming the URL, exit 2, nothing written', async () => {
        const port = await freePort();
        const out = tmpDir();
        for (const argv of [
            ['sweep', 'sine-mlp', '--smoke', '--queue', `redis://127.0.0.1:${port}`, '--out', path.join(out, 'runs')],
            ['sweep', 'status', 'x', '--queue', `redis://127.0.0.1:${port}`],
            ['sweep', 'collect', 'x', '--queue', `redis://127.0.0.1:${port}`, '--out', path.join(out, 'runs')],
            ['worker', '--queue', `redis://127.0.0.1:${port}`, '--results', path.join(out, 'runs')],
        ]) {
            const io = capture();
            expect(await main(argv, io), argv.join(' ')).toBe(EXIT_USAGE);
            expect(io.stderr()).toContain(`cannot reach Redis at redis://127.0.0.1:${port}`);
        }
        expect(readdirSync(out)).toEqual([]);
    });
    it('queue options are checked before anything else', async () => {
        const cases = [
            [['sweep', 'sine-mlp', '--results', 'r'], /--results only apply with --queue/],
            [['sweep', 'sine-mlp', '--queue', 'redis://x', '--workers', '2'], /--workers does not apply/],
            [['sweep', 'sine-mlp', '--queue', 'redis://x', '--attempts', '0'], /--attempts expects an integer ≥ 1/],
            [['sweep', 'status', '--queue', 'redis://x'], /expected one sweep id/],
            [['sweep', 'collect', 'id'], /--queue redis:\/\/HOST:PORT\[\/DB\] is required/],
            [['worker'], /worker: --queue redis:\/\/HOST:PORT\[\/DB\] is required/],
            [['worker', '--queue', 'redis://x', '--concurrency', '0'], /--concurrency expects an integer ≥ 1/],
        ];
        for (const [argv, message] of cases) {
            const io = capture();
            expect(await main(argv, io), argv.join(' ')).toBe(EXIT_USAGE);
            expect(io.stderr(), argv.join(' ')).toMatch(message);
        }
    });
});
describeRedis('sweeps on a Redis job queue', () => {
    let redis;
    let q;
    beforeAll(async () => {
        redis = await startRedis();
        q = parseQueueUrl(redis.url);
    });
    afterAll(async () => {
        await redis?.stop();
    });
    /** Workers in this process until `until` holds (checked after each event), then stopped. */
    async function workUntil(n, results, until, stalledIntervalMs) {
        const events = [];
        const stop = new AbortController();
        const check = async () => {
            if (!stop.signal.aborted && (await until()))
                stop.abort();
        };
        const workers = Array.from({ length: n }, () => runWorker({
            queue: q,
            results,
            concurrency: 1,
            device: 'cpu',
            signal: stop.signal,
            onEvent: (e) => (events.push(e), void check()),
            ...(stalledIntervalMs !== undefined ? { stalledIntervalMs } : {}),
        }));
        const poll = setInterval(() => void check(), 250);
        await Promise.all(workers);
        clearInterval(poll);
        return events;
    }
    const settled = (id) => async () => {
        const s = await sweepStatus(q, id);
        return s.counts.running + s.counts.waiting === 0;
    };
    it('2 workers give the aggregate of the local sweep; resubmitting enqueues nothing', async () => {
        const grid = ['--smoke', '--config.steps=12', '--grid', 'optim.lr=0.01,0.03', '--grid', 'model.hidden=4,6', '--seeds', '2'];
        const results = tmpDir();
        const io = capture();
        expect(await main(['sweep', 'sine-mlp', ...grid, '--queue', redis.url, '--results', results], io)).toBe(EXIT_OK);
        const id = /sweep id: (\S+)/.exec(io.stdout())[1];
        expect(io.stdout()).toContain('8 cells');
        expect(io.stdout()).toContain('enqueued 8\n');
        const again = capture();
        expect(await main(['sweep', 'sine-mlp', ...grid, '--queue', redis.url], again)).toBe(EXIT_OK);
        expect(again.stdout()).toContain(`sweep ${id}: 8 cells on ${redis.url}; enqueued 0 (8 already in the queue)`);
        const events = await workUntil(2, results, settled(id));
        const done = events.filter((e) => e.kind === 'done');
        expect(done).toHaveLength(8);
        expect(new Set(done.map((e) => e.path)).size).toBe(8);
        const out = tmpDir();
        const collected = capture();
        expect(await main(['sweep', 'collect', id, '--queue', redis.url, '--out', out], collected)).toBe(EXIT_OK);
        expect(collected.stdout()).toMatch(/collected 8 runs into/);
        const queued = readJson(path.join(out, id, 'summary.json'));
        expect(existsSync(path.join(out, id, 'report.html'))).toBe(true);
        const localOut = tmpDir();
        expect(await main(['sweep', 'sine-mlp', ...grid, '--workers', '2', '--out', localOut], capture())).toBe(EXIT_OK);
        const local = readJson(path.join(localOut, readdirSync(localOut)[0], 'summary.json'));
        expect(queued.kind).toBe('sweep');
        expect(queued.best).toBe(local.best);
        expect(queued.configs.map((c) => [c.dir, c.overrides, c.final, c.unfinished])).toEqual(local.configs.map((c) => [c.dir, c.overrides, c.final, c.unfinished]));
        const status = capture();
        expect(await main(['sweep', 'status', id, '--queue', redis.url], status)).toBe(EXIT_OK);
        expect(status.stdout()).toMatch(/8 done, 0 running, 0 failed, 0 waiting \(of 8\)/);
    });
    it('a bad configuration fails its job at once with a clear error; a run that keeps failing is failed after its attempts; the rest completes', async () => {
        const results = tmpDir();
        const base = { ...sineMlp.smokeConfig(), steps: 12 };
        const grid = [{ key: 'steps', values: [0, 12, 13] }];
        const { sweep } = await submitSweep({ queue: q, experiment: sineMlp, base, grid, seeds: [0], smoke: true, attempts: 2, results });
        const id = sweep.queue.id;
        // The steps=13 cell's directory is locked by a live process (this one): every attempt fails.
        const locked = path.join(results, id, sweep.configs[2].dir, 'seed-0');
        mkdirSync(locked, { recursive: true });
        writeFileSync(path.join(locked, LOCK_FILE), `${process.pid} 0 ${os.hostname()}\n`);
        const events = await workUntil(1, results, settled(id));
        const s = await sweepStatus(q, id);
        expect(s.counts).toEqual({ done: 1, running: 0, failed: 2, waiting: 0 });
        const [bad, good, busy] = s.cells;
        expect(bad).toMatchObject({ state: 'failed', attempts: 1 });
        expect(bad.error).toMatch(/^sine-mlp: config\.steps must be an integer ≥ 1/);
        expect(good.state).toBe('done');
        expect(busy).toMatchObject({ state: 'failed', attempts: 2 });
        expect(busy.error).toMatch(/is in use by looplab process/);
        expect(events.filter((e) => e.kind === 'failed').map((e) => e.final)).toEqual([true, false, true]);
        const io = capture();
        expect(await main(['sweep', 'collect', id, '--queue', redis.url, '--out', tmpDir()], io)).toBe(EXIT_FAILURE);
        expect(io.stderr()).toMatch(/000-steps=0\/seed-0 failed after 1 attempt: sine-mlp: config\.steps must be/);
        expect(io.stdout()).toMatch(/collected 1 run into/);
    });
    it('Ctrl-C on a worker checkpoints its job and returns it to the queue without using an attempt', async () => {
        const results = tmpDir();
        const base = { ...sineMlp.smokeConfig(), steps: 400, checkpointEvery: 0 };
        const { sweep } = await submitSweep({ queue: q, experiment: sineMlp, base, grid: [], seeds: [5], smoke: true, attempts: 1, results });
        const id = sweep.queue.id;
        const dir = path.join(results, id, sweep.configs[0].dir, 'seed-5');
        const stop = new AbortController();
        const events = [];
        const worker = runWorker({ queue: q, results, concurrency: 1, device: 'cpu', signal: stop.signal, onEvent: (e) => events.push(e) });
        while (readMetrics(path.join(dir, 'metrics.jsonl')).length < 3)
            await new Promise((r) => setTimeout(r, 20));
        stop.abort();
        await worker;
        const requeued = events.find((e) => e.kind === 'requeued');
        expect(requeued).toBeDefined();
        expect(existsSync(path.join(dir, 'checkpoint.json'))).toBe(true);
        const s = await sweepStatus(q, id);
        expect(s.cells[0]).toMatchObject({ state: 'waiting', attempts: 0 });
        // attempts: 1 — had the stop used it, the job would now be failed; it finishes instead.
        const more = await workUntil(1, results, settled(id));
        expect(more.find((e) => e.kind === 'start')).toMatchObject({ resuming: true });
        expect((await sweepStatus(q, id)).counts.done).toBe(1);
        expect(readMetrics(path.join(dir, 'metrics.jsonl')).at(-1).step).toBe(400);
    });
    it('a worker killed with SIGKILL mid-job: another resumes the cell from its checkpoint, every cell finishes once, with the numbers of an uninterrupted run', async () => {
        const results = tmpDir();
        const base = { ...sineMlp.smokeConfig(), steps: 600, checkpointEvery: 50, logEvery: 10 };
        const { sweep } = await submitSweep({
            queue: q,
            experiment: sineMlp,
            base,
            grid: [{ key: 'optim.lr', values: [0.01, 0.02] }],
            seeds: [0],
            smoke: true,
            attempts: 3,
            results,
        });
        const id = sweep.queue.id;
        const first = path.join(results, id, sweep.configs[0].dir, 'seed-0');
        const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/main.ts'), 'worker', '--queue', redis.url, '--results', results, '--lock-ms', '1500', '--stalled-ms', '500'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
        let log = '';
        child.stdout.on('data', (d) => (log += d.toString()));
        child.stderr.on('data', (d) => (log += d.toString()));
        // Kill it once the first cell has a checkpoint past its start.
        const deadline = Date.now() + 60_000;
        while (!existsSync(path.join(first, 'checkpoint.json'))) {
            if (Date.now() > deadline)
                throw new Error(`no checkpoint in ${first}: ${log}`);
            await new Promise((r) => setTimeout(r, 50));
        }
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGKILL');
        await exited;
        expect(existsSync(path.join(first, 'summary.json'))).toBe(false);
        const stepsBefore = readMetrics(path.join(first, 'metrics.jsonl')).at(-1).step;
        // This worker looks for stalled jobs every 0.5 s; the killed worker's lock lasted 1.5 s.
        const events = await workUntil(1, results, settled(id), 500);
        const s = await sweepStatus(q, id);
        expect(s.counts).toEqual({ done: 2, running: 0, failed: 0, waiting: 0 });
        expect(events.filter((e) => e.kind === 'done')).toHaveLength(s.cells.length - (log.includes('done in') ? 1 : 0));
        const resumed = events.find((e) => e.kind === 'start' && e.path.endsWith(`${sweep.configs[0].dir}/seed-0`));
        expect(resumed).toMatchObject({ resuming: true });
        // Every logged step once, in order, through the resumption.
        const rows = readMetrics(path.join(first, 'metrics.jsonl'));
        const steps = rows.map((r) => r.step);
        expect(steps).toEqual([...new Set(steps)].sort((a, b) => a - b));
        expect(steps.at(-1)).toBe(600);
        expect(stepsBefore).toBeLessThan(600);
        // The same cell without interruption.
        const fresh = tmpDir();
        const outcome = await executeRun({ experiment: sineMlp, dir: fresh, config: { ...base, optim: { ...base.optim, lr: 0.01 } }, seed: 0, smoke: true });
        expect(outcome.status).toBe('finished');
        const reference = readJson(path.join(fresh, 'summary.json')).final;
        const queued = readJson(path.join(first, 'summary.json')).final;
        expect(queued).toEqual(reference);
        expect(rows.map((r) => r.testLoss ?? null)).toEqual(readMetrics(path.join(fresh, 'metrics.jsonl')).map((r) => r.testLoss ?? null));
        const collected = await collectSweep({ queue: q, id, out: tmpDir() });
        expect(collected.copied).toBe(2);
        expect(collected.summary.configs.every((c) => c.unfinished === 0)).toBe(true);
    }, 120_000);
});
//# sourceMappingURL=queue.test.js.map