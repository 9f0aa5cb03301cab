import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { EXIT_INTERRUPTED, EXIT_OK, main } from '../src/cli/main.js';
import { sineMlp } from '../src/experiments/examples/sine-mlp.js';
import { resumeSweep, runSweep, sweepHeadline, sweepTable } from '../src/experiments/runner/sweep.js';
import { capture, tempDirs } from './util/cli.js';
const tmpDir = tempDirs('looplab-sweep');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
/** Mean and s.e.m. by hand: s.e.m. = sqrt(Σ(x − x̄)² / (n − 1)) / sqrt(n). */
function byHand(values) {
    const n = values.length;
    const mean = values.reduce((a, b) => a + b, 0) / n;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
    return { mean, sem: sd / Math.sqrt(n) };
}
async function sweep(workers) {
    const out = tmpDir();
    const io = capture();
    const argv = [
        'sweep',
        'sine-mlp',
        '--smoke',
        '--config.steps=12',
        '--grid',
        'optim.lr=0.01,0.03',
        '--grid',
        'model.hidden=4,6',
        '--seeds',
        '3',
        '--workers',
        String(workers),
        '--out',
        out,
    ];
    const code = await main(argv, io);
    expect(io.stderr()).toBe('');
    expect(code).toBe(EXIT_OK);
    const [name] = readdirSync(out);
    const dir = path.join(out, name);
    return { dir, summary: readJson(path.join(dir, 'summary.json')), stdout: io.stdout() };
}
describe('runSweep', () => {
    it('creates its directory; a stopped sweep summarizes without marking unfinished groups as finished', async () => {
        const dir = path.join(tmpDir(), 'not', 'yet', 'there');
        const controller = new AbortController();
        controller.abort();
        const { summary, outcomes } = await runSweep({
            experiment: sineMlp,
            dir,
            base: sineMlp.smokeConfig(),
            grid: [{ key: 'optim.lr', values: [0.01, 0.03] }],
            seeds: [0, 1],
            workers: 1,
            smoke: true,
            signal: controller.signal,
        });
        expect(outcomes).toEqual(Array.from({ length: 4 }, () => ({ status: 'interrupted', step: 0 })));
        expect(summary.configs.map((c) => c.unfinished)).toEqual([2, 2]);
        expect(summary.best).toBeNull();
        expect(readJson(path.join(dir, 'summary.json')).configs).toHaveLength(2);
        for (const c of summary.configs) {
            // The group's config.json is there (so `run --resume <config>` works), its summary.json is not.
            expect(readJson(path.join(dir, c.dir, 'config.json')).kind).toBe('seeds');
            expect(existsSync(path.join(dir, c.dir, 'summary.json'))).toBe(false);
        }
    });
});
/**
 * Sweep workers that die on chosen cells: before the real worker entry loads, a listener exits
 * the thread (code 7) when it receives a job whose directory ends with `cell`, up to `times`
 * times per cell over all workers (counted in files under `counts`, which outlive the threads).
 */
function crashingWorkers(counts, crashes) {
    const tsxRoot = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
    const tsxApi = pathToFileURL(path.join(tsxRoot, 'dist', 'esm', 'api', 'index.mjs')).href;
    const entry = new URL('../src/experiments/runner/sweep-worker.ts', import.meta.url).href;
    const code = `
    Promise.all([import('node:worker_threads'), import('node:fs'), import('node:path')]).then(([wt, fs, path]) => {
      const { counts, crashes } = wt.workerData;
      wt.parentPort.on('message', (m) => {
        if (m.type !== 'job') return;
        const rule = crashes.find((c) => m.job.dir.endsWith(c.cell));
        if (!rule) return;
        const file = path.join(counts, rule.cell.replace(/[^A-Za-z0-9.=-]/g, '_'));
        const n = fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8')) : 0;
        if (n >= rule.times) return;
        fs.writeFileSync(file, String(n + 1));
        process.exit(7);
      });
      return import(${JSON.stringify(tsxApi)});
    }).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
    return () => new Worker(code, { eval: true, workerData: { counts, crashes } });
}
describe('sweep workers that crash', () => {
    it('retries a crashed cell once on a fresh worker, fails only a cell that crashes twice, and sweep --resume finishes it', async () => {
        const dir = tmpDir();
        const counts = tmpDir();
        const once = `000-optim.lr=0.01${path.sep}seed-0`;
        const twice = `002-optim.lr=0.1${path.sep}seed-1`;
        const retried = [];
        const { summary, outcomes } = await runSweep({
            experiment: sineMlp,
            dir,
            base: { ...sineMlp.smokeConfig(), steps: 12 },
            grid: [{ key: 'optim.lr', values: [0.01, 0.03, 0.1] }],
            seeds: [0, 1],
            workers: 2,
            smoke: true,
            startWorker: crashingWorkers(counts, [
                { cell: once, times: 1 },
                { cell: twice, times: 100 },
            ]),
            onRetry: (job, message) => retried.push(`${path.relative(dir, job.dir)}: ${message}`),
        });
        expect(retried.sort()).toEqual([`${once}: worker exited with code 7`, `${twice}: worker exited with code 7`]);
        // Each crashing cell ran on exactly two workers: the first and one retry.
        expect(readFileSync(path.join(counts, once.replace(/[^A-Za-z0-9.=-]/g, '_')), 'utf8')).toBe('1');
        expect(readFileSync(path.join(counts, twice.replace(/[^A-Za-z0-9.=-]/g, '_')), 'utf8')).toBe('2');
        expect(outcomes.map((o) => o.status)).toEqual(['finished', 'finished', 'finished', 'finished', 'finished', 'failed']);
        expect(outcomes[5]).toEqual({ status: 'failed', message: 'worker exited with code 7 (twice)' });
        expect(summary.configs.map((c) => c.unfinished)).toEqual([0, 0, 1]);
        expect(summary.configs.map((c) => c.final.testLoss.n)).toEqual([2, 2, 1]);
        // The retried cell computed what an undisturbed run computes.
        const alone = tmpDir();
        const single = await runSweep({
            experiment: sineMlp,
            dir: alone,
            base: { ...sineMlp.smokeConfig(), steps: 12 },
            grid: [{ key: 'optim.lr', values: [0.01] }],
            seeds: [0],
            workers: 1,
            smoke: true,
        });
        expect(summary.configs[0].final.testLoss.values[0]).toBe(single.summary.configs[0].final.testLoss.mean);
        // Resuming the sweep runs only the failed cell and completes the summary.
        const done = [];
        const resumed = await resumeSweep({ dir, workers: 2, onDone: (_, __, job) => done.push(path.relative(dir, job.dir)) });
        expect(resumed.skipped).toBe(5);
        expect(done).toEqual([twice]);
        expect(resumed.summary.configs.map((c) => c.unfinished)).toEqual([0, 0, 0]);
        expect(readJson(path.join(dir, 'summary.json')).configs.map((c) => c.final.testLoss.n)).toEqual([2, 2, 2]);
    });
    it('a worker that cannot start fails the jobs with the reason, without retrying each', async () => {
        const retried = [];
        const { outcomes } = await runSweep({
            experiment: sineMlp,
            dir: tmpDir(),
            base: sineMlp.smokeConfig(),
            grid: [{ key: 'optim.lr', values: [0.01, 0.03] }],
            seeds: [0, 1],
            workers: 2,
            smoke: true,
            startWorker: () => new Worker('process.exit(3)', { eval: true }),
            onRetry: (job) => retried.push(job.seed),
        });
        expect(retried).toEqual([]);
        for (const o of outcomes)
            expect(o).toEqual({ status: 'failed', message: 'a sweep worker could not start (it exited with code 3)' });
    });
});
describe('the sweep table', () => {
    const stat = (mean) => ({ mean, sem: NaN, n: 1, values: [mean] });
    const summary = (mode) => ({
        kind: 'sweep',
        experiment: 'sine-mlp',
        metric: { name: 'testLoss', mode },
        configs: [
            { dir: '000-lr=1', overrides: { lr: 1 }, final: { testLoss: stat(0.5) }, unfinished: 0 },
            { dir: '001-lr=2', overrides: { lr: 2 }, final: {}, unfinished: 1 },
            { dir: '002-lr=3', overrides: { lr: 3 }, final: { testLoss: stat(0.1) }, unfinished: 0 },
            { dir: '003-lr=4', overrides: { lr: 4 }, final: { testLoss: stat(0.3) }, unfinished: 0 },
        ],
        best: mode === 'min' ? 2 : 0,
    });
    const grid = [{ key: 'lr', values: [1, 2, 3, 4] }];
    it('is ranked by the metric, best first, configurations without it last', () => {
        const min = sweepTable({ grid, seeds: [0] }, summary('min'));
        expect(min.rows.map((r) => r.slice(0, 3))).toEqual([
            ['best', '3', '0.1000'],
            ['', '4', '0.3000'],
            ['', '1', '0.5000'],
            ['', '2', 'n/a'],
        ]);
        const max = sweepTable({ grid, seeds: [0] }, summary('max'));
        expect(max.rows.map((r) => r[1])).toEqual(['1', '4', '3', '2']);
        expect(max.rows[0][0]).toBe('best');
    });
    it('counts configurations and seeds in words', () => {
        expect(sweepHeadline({ seeds: [0] }, summary('min'))).toBe('4 configurations × 1 seed (0), ranked by testLoss (min)');
        expect(sweepHeadline({ seeds: [0, 1] }, { ...summary('min'), configs: summary('min').configs.slice(0, 1) })).toBe('1 configuration × 2 seeds (0, 1), ranked by testLoss (min)');
    });
});
describe('looplab sweep', () => {
    it('aggregates mean ± s.e.m. over seeds per configuration, the same with 1 and 2 workers', async () => {
        const one = await sweep(1);
        const two = await sweep(2);
        for (const { dir, summary } of [one, two]) {
            expect(summary.configs.map((c) => c.dir)).toEqual([
                '000-optim.lr=0.01_model.hidden=4',
                '001-optim.lr=0.01_model.hidden=6',
                '002-optim.lr=0.03_model.hidden=4',
                '003-optim.lr=0.03_model.hidden=6',
            ]);
            for (const c of summary.configs) {
                expect(c.unfinished).toBe(0);
                const perSeed = [0, 1, 2].map((s) => readJson(path.join(dir, c.dir, `seed-${s}`, 'summary.json')).final);
                const config = readJson(path.join(dir, c.dir, 'seed-1', 'config.json'));
                expect(config.seed).toBe(1);
                expect(config.config.optim.lr).toBe(c.overrides['optim.lr']);
                expect(config.config.model.hidden).toBe(c.overrides['model.hidden']);
                for (const key of ['testLoss', 'finalLoss']) {
                    const values = perSeed.map((f) => f[key]);
                    const stat = c.final[key];
                    const hand = byHand(values);
                    expect(stat.values).toEqual(values);
                    expect(stat.n).toBe(3);
                    expect(stat.mean).toBeCloseTo(hand.mean, 14);
                    expect(stat.sem).toBeCloseTo(hand.sem, 14);
                }
                // The seed group's own summary.json carries the same numbers.
                expect(readJson(path.join(dir, c.dir, 'summary.json')).final).toEqual(c.final);
            }
            // Best = lowest mean test loss (sine-mlp's declared metric).
            const means = summary.configs.map((c) => c.final.testLoss.mean);
            expect(summary.metric).toEqual({ name: 'testLoss', mode: 'min' });
            expect(summary.best).toBe(means.indexOf(Math.min(...means)));
            const md = readFileSync(path.join(dir, 'summary.md'), 'utf8');
            expect(md).toContain('| best |');
            expect(readFileSync(path.join(dir, 'report.html'), 'utf8')).toContain('<svg');
        }
        // Parallel or not, every run computes the same numbers.
        expect(two.summary.configs.map((c) => c.final)).toEqual(one.summary.configs.map((c) => c.final));
        expect(one.stdout).toMatch(/\[12\/12\] 003-optim\.lr=0\.03_model\.hidden=6[/\\]seed-2: testLoss/);
        expect(two.stdout).toMatch(/best: 00\d-/);
    });
    it('a stopped sweep is finished piecewise: report rebuilds the summary from the run directories, sweep --resume runs the rest', async () => {
        const out = tmpDir();
        const stopped = new AbortController();
        stopped.abort();
        const first = capture();
        const argv = ['sweep', 'sine-mlp', '--smoke', '--config.steps=12', '--grid', 'optim.lr=0.001,0.03,0.1', '--seeds', '2', '--workers', '2', '--out', out];
        expect(await main(argv, first, { signal: stopped.signal, cwd: out })).toBe(EXIT_INTERRUPTED);
        const [name] = readdirSync(out);
        const dir = path.join(out, name);
        expect(first.stdout()).toContain('sweep of sine-mlp: 3 configurations × 2 seeds = 6 runs on 2 workers');
        expect(first.stdout()).toContain(`finish the sweep with: looplab sweep --resume ${name}`);
        const cell = (md, config) => md.split('\n').find((l) => l.startsWith('|') && l.includes(` ${config} |`));
        expect(cell(readFileSync(path.join(dir, 'summary.md'), 'utf8'), '0.001')).toMatch(/\| n\/a \| 0\/2 \|$/);
        const stale = Object.fromEntries(['summary.json', 'summary.md'].map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
        // One configuration finished on its own: the sweep's summary and its report count it.
        const one = capture();
        expect(await main(['run', '--resume', path.join(dir, '000-optim.lr=0.001')], one, { cwd: out })).toBe(EXIT_OK);
        expect(one.stdout()).toContain(`sweep summary updated: ${path.join(name, 'summary.md')}`);
        expect(cell(readFileSync(path.join(dir, 'summary.md'), 'utf8'), '0.001')).toMatch(/\| \S+ ± \S+ \| 2\/2 \|$/);
        // report rebuilds it from the run directories too, whatever the summary files say.
        for (const f of ['summary.json', 'summary.md'])
            writeFileSync(path.join(dir, f), stale[f]);
        expect(await main(['report', dir], capture())).toBe(EXIT_OK);
        const md = readFileSync(path.join(dir, 'summary.md'), 'utf8');
        expect(cell(md, '0.001')).toMatch(/\| \S+ ± \S+ \| 2\/2 \|$/);
        expect(cell(md, '0.03')).toMatch(/\| n\/a \| 0\/2 \|$/);
        expect(readJson(path.join(dir, 'summary.json')).configs.map((c) => c.unfinished)).toEqual([0, 2, 2]);
        expect(readFileSync(path.join(dir, 'report.html'), 'utf8')).toContain('2/2');
        // A run directory is not a sweep; the sweep's own options are fixed by its config.json.
        const usage = capture();
        expect(await main(['sweep', '--resume', path.join(dir, '000-optim.lr=0.001')], usage)).toBe(2);
        expect(usage.stderr()).toMatch(/not a sweep directory .*kind "seeds".*looplab run --resume/);
        const clash = capture();
        expect(await main(['sweep', '--resume', dir, '--seeds', '3'], clash)).toBe(2);
        expect(clash.stderr()).toMatch(/sweep --resume: --seeds cannot be combined with --resume/);
        // Every configuration left must fit in memory, checked before anything runs.
        const tooBig = capture();
        expect(await main(['sweep', '--resume', dir, '--max-memory', '1KiB'], tooBig)).toBe(2);
        expect(tooBig.stderr()).toContain('more than the memory limit (--max-memory');
        expect(readJson(path.join(dir, 'summary.json')).configs.map((c) => c.unfinished)).toEqual([0, 2, 2]);
        const rest = capture();
        expect(await main(['sweep', '--resume', name, '--workers', '2'], rest, { cwd: out })).toBe(EXIT_OK);
        expect(rest.stdout()).toContain(`resuming the sweep of sine-mlp in ${name}`);
        expect(rest.stdout()).toContain('2 of 6 runs had finished; ran the other 4');
        expect(rest.stdout()).not.toContain('000-optim.lr=0.001');
        const summary = readJson(path.join(dir, 'summary.json'));
        expect(summary.configs.map((c) => c.unfinished)).toEqual([0, 0, 0]);
        // The table, printed and in summary.md, is ranked by the mean test loss, best first.
        const ranked = [...summary.configs].sort((a, b) => a.final.testLoss.mean - b.final.testLoss.mean).map((c) => c.overrides['optim.lr']);
        expect(ranked).not.toEqual([0.001, 0.03, 0.1]); // grid order is not the ranking here, so the test can tell them apart
        const rows = readFileSync(path.join(dir, 'summary.md'), 'utf8')
            .split('\n')
            .filter((l) => /^\| (best)? *\| \d/.test(l));
        expect(rows.map((l) => Number(l.split('|')[2]))).toEqual(ranked);
        const printed = rest
            .stdout()
            .split('\n')
            .filter((l) => /^(best)? *0\.\d+ /.test(l));
        expect(printed.map((l) => Number(l.replace(/^best/, '').trim().split(/\s+/)[0]))).toEqual(ranked);
        expect(printed[0]).toMatch(/^best /);
    });
});
//# sourceMappingURL=experiments-sweep.test.js.map