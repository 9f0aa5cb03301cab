/**
 * Where threads start to pay: the Wasm CPU kernels on one thread (LOOPLAB_CPU_THREADS=1) against
 * all cores, for an elementwise op, a sum and a matmul over a range of sizes, plus the TypeScript
 * kernels (LOOPLAB_CPU_KERNELS=ts) for reference. Each configuration runs in its own process.
 *
 *   npm run bench:threads        (compiled with the other benchmarks into .bench-build/)
 *
 * Prints one table per op: median µs per call and the speed-up of all cores over one thread.
 * The thresholds in src/core/backends/wasm/ (MIN_PARALLEL_ELEMENTS, MIN_PARALLEL_WORK) are set
 * from this measurement.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { add, matmul, random, sum } from '../src/index.js';
import { measure, table } from './harness.js';
const ELEMENTWISE = [1 << 10, 1 << 12, 1 << 14, 1 << 15, 1 << 16, 1 << 17, 1 << 18, 1 << 20, 1 << 22];
const MATMUL = [16, 32, 48, 64, 96, 128, 256, 512];
const MARK = '@@threads@@';
async function child() {
    const rows = [];
    const time = async (op, size, f) => {
        const t = await measure(() => f().dataSync(), { warmups: 3, budgetMs: 300, minReps: 5, maxReps: 200 });
        rows.push({ op, size, us: t.medianMs * 1000 });
    };
    for (const n of ELEMENTWISE) {
        const a = random.normal(random.key(1), [n]);
        const b = random.normal(random.key(2), [n]);
        await time('add', String(n), () => add(a, b));
        await time('sum', String(n), () => sum(a));
    }
    for (const n of MATMUL) {
        const a = random.normal(random.key(3), [n, n]);
        const b = random.normal(random.key(4), [n, n]);
        await time('matmul', `${n}³`, () => matmul(a, b));
    }
    process.stdout.write(`${MARK}${JSON.stringify(rows)}\n`);
}
function parent() {
    const self = fileURLToPath(import.meta.url);
    const configs = [
        ['ts', { LOOPLAB_CPU_KERNELS: 'ts' }],
        ['wasm 1 thread', { LOOPLAB_CPU_KERNELS: 'wasm', LOOPLAB_CPU_THREADS: '1' }],
        [`wasm ${os.availableParallelism()} threads`, { LOOPLAB_CPU_KERNELS: 'wasm' }],
    ];
    const results = configs.map(([label, env]) => {
        const r = spawnSync(process.execPath, [self, '--child'], { encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
        const at = r.stdout.lastIndexOf(MARK);
        if (at < 0)
            throw new Error(`${label}: no result (exit ${r.status})`);
        return { label, rows: JSON.parse(r.stdout.slice(at + MARK.length)) };
    });
    console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown'}, ${os.availableParallelism()} cores, node ${process.version}\n`);
    for (const op of ['add', 'sum', 'matmul']) {
        const sizes = results[0].rows.filter((r) => r.op === op).map((r) => r.size);
        const header = ['size', ...results.map((r) => `${r.label} (µs)`), 'threads / 1 thread'];
        const lines = sizes.map((size) => {
            const us = results.map((r) => r.rows.find((x) => x.op === op && x.size === size).us);
            return [size, ...us.map((u) => u.toFixed(u < 100 ? 1 : 0)), `${(us[1] / us[2]).toFixed(2)}×`];
        });
        console.log(`${op}\n${table([header, ...lines])}\n`);
    }
}
if (process.argv.includes('--child'))
    await child();
else
    parent();
//# sourceMappingURL=threads.js.map