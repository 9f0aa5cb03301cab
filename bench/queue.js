/**
 * `npm run bench:queue`: throughput of a 48-cell smoke sweep (sine-mlp: 4 learning rates × 3
 * widths × 4 seeds, 60 steps each) on the Redis job queue with 1, 2 and 4 `looplab worker`
 * processes, beside the same 48 runs one after another in one process (no queue) and the local
 * sweep on worker threads. Needs Debian's redis-server (started here on a free port) and a built
 * dist/ (`npm run build`).
 *
 * Reported: wall-clock seconds from starting the workers to the last cell done, cells per
 * minute, and the queue's overhead per job: (1-worker queue time − worker start-up − direct
 * time) / 48, where start-up is the time from spawning the worker to its first job.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { sineMlp } from '../src/experiments/examples/sine-mlp.js';
import { parseQueueUrl, submitSweep, sweepStatus } from '../src/experiments/runner/queue.js';
import { executeRun } from '../src/experiments/runner/runner.js';
import { gridCombinations, withOverrides } from '../src/experiments/runner/sweep.js';
import { repoRoot } from './harness.js';
const GRID = [
    { key: 'optim.lr', values: [0.003, 0.006, 0.01, 0.02] },
    { key: 'model.hidden', values: [16, 32, 64] },
];
const SEEDS = 4;
const ROOT = repoRoot();
const CLI = path.join(ROOT, 'dist', 'cli', 'main.js');
function freePort() {
    return new Promise((resolve, reject) => {
        const srv = net.createServer();
        srv.on('error', reject);
        srv.listen(0, '127.0.0.1', () => {
            const { port } = srv.address();
            srv.close(() => resolve(port));
        });
    });
}
async function startRedis() {
    const port = await freePort();
    const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'], {
        stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise((resolve, reject) => {
        let log = '';
        child.stdout.on('data', (d) => {
            log += d.toString();
            if (log.includes('Ready to accept connections'))
                resolve();
        });
        child.on('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
    });
    return { url: `redis://127.0.0.1:${port}`, child };
}
const seconds = (t0) => (performance.now() - t0) / 1000;
async function direct(results, seed0) {
    const t0 = performance.now();
    for (const combo of gridCombinations(GRID)) {
        for (let s = 0; s < SEEDS; s++) {
            const dir = path.join(results, `direct-${JSON.stringify(combo).replace(/[^A-Za-z0-9.]+/g, '-')}-${seed0 + s}`);
            const outcome = await executeRun({ experiment: sineMlp, dir, config: withOverrides(sineMlp.smokeConfig(), combo), seed: seed0 + s, smoke: true });
            if (outcome.status !== 'finished')
                throw new Error(`direct run failed: ${JSON.stringify(outcome)}`);
        }
    }
    return seconds(t0);
}
function localSweep(out, workers, seed0) {
    const t0 = performance.now();
    const grid = GRID.flatMap((g) => ['--grid', `${g.key}=${g.values.map((v) => JSON.stringify(v)).join(',')}`]);
    const r = spawnSync(process.execPath, [CLI, 'sweep', 'sine-mlp', '--smoke', ...grid, '--seeds', String(SEEDS), '--seed', String(seed0), '--workers', String(workers), '--out', out], {
        encoding: 'utf8',
    });
    if (r.status !== 0)
        throw new Error(`local sweep failed: ${r.stderr}`);
    return seconds(t0);
}
async function queued(url, results, workers, seed0) {
    const q = parseQueueUrl(url);
    const { sweep } = await submitSweep({
        queue: q,
        experiment: sineMlp,
        base: sineMlp.smokeConfig(),
        grid: GRID,
        seeds: Array.from({ length: SEEDS }, (_, i) => seed0 + i),
        smoke: true,
        attempts: 1,
    });
    const t0 = performance.now();
    let firstJob = Infinity;
    const children = Array.from({ length: workers }, () => {
        const c = spawn(process.execPath, [CLI, 'worker', '--queue', url, '--results', results], { stdio: ['ignore', 'pipe', 'inherit'] });
        c.stdout.on('data', (d) => {
            if (d.toString().includes('starting'))
                firstJob = Math.min(firstJob, performance.now());
        });
        return c;
    });
    for (;;) {
        const s = await sweepStatus(q, sweep.queue.id);
        if (s.counts.failed > 0)
            throw new Error(`queued sweep: ${s.counts.failed} cells failed`);
        if (s.counts.done === s.cells.length)
            break;
        await new Promise((r) => setTimeout(r, 50));
    }
    const total = seconds(t0);
    await Promise.all(children.map((c) => new Promise((r) => (c.once('exit', r), c.kill('SIGINT')))));
    return { total, startup: (firstJob - t0) / 1000 };
}
async function main() {
    if (spawnSync('redis-server', ['--version']).status !== 0)
        throw new Error('redis-server is not installed (apt-get install redis-server)');
    const cells = gridCombinations(GRID).length * SEEDS;
    const work = mkdtempSync(path.join(os.tmpdir(), 'looplab-bench-queue-'));
    const { url, child } = await startRedis();
    const rows = [];
    try {
        rows.push({ label: 'direct, one process, no queue', seconds: await direct(path.join(work, 'direct'), 0) });
        for (const w of [1, 2])
            rows.push({ label: `local sweep, ${w} worker thread${w > 1 ? 's' : ''}`, seconds: localSweep(path.join(work, `local-${w}`), w, 100 * w) });
        for (const w of [1, 2, 4]) {
            const r = await queued(url, path.join(work, `queue-${w}`), w, 1000 * w);
            rows.push({ label: `queue, ${w} worker process${w > 1 ? 'es' : ''}`, seconds: r.total, startup: r.startup });
        }
    }
    finally {
        child.kill('SIGTERM');
        rmSync(work, { recursive: true, force: true });
    }
    const directTime = rows[0].seconds;
    const one = rows.find((r) => r.label.startsWith('queue, 1 '));
    const overheadMs = ((one.seconds - (one.startup ?? 0) - directTime) / cells) * 1000;
    const cpu = os.cpus();
    const header = `${cells}-cell smoke sweep of sine-mlp (60 steps per cell) on ${cpu[0]?.model.trim()} (${cpu.length} cores), Node ${process.version}`;
    const lines = [
        header,
        '',
        '| how | seconds | cells/min | worker start-up (s) |',
        '|---|---|---|---|',
        ...rows.map((r) => `| ${r.label} | ${r.seconds.toFixed(1)} | ${((cells / r.seconds) * 60).toFixed(0)} | ${r.startup === undefined ? '' : r.startup.toFixed(2)} |`),
        '',
        `queue overhead per job (1 worker, start-up excluded, against the direct runs): ${overheadMs.toFixed(1)} ms`,
    ];
    console.log(lines.join('\n'));
    const dir = path.join(ROOT, 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `queue-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, JSON.stringify({ header, cells, rows, overheadMs }, null, 2));
    console.log(`\nwritten: ${path.relative(ROOT, file)}`);
}
main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
});
//# sourceMappingURL=queue.js.map