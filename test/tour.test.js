/**
 * `looplab tour`: the finding records (well-formed, runnable configurations), the checks'
 * arithmetic, and the command end to end at smoke size — tour.json, the page, the exit codes.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_FAILURE, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, main } from '../src/cli/main.js';
import { parseTourArgs, tourCommand } from '../src/cli/tour.js';
import { sineMlp } from '../src/experiments/examples/sine-mlp.js';
import { resolveMemoryLimit, memoryProblem } from '../src/experiments/runner/limits.js';
import { configProblems } from '../src/experiments/runner/ranges.js';
import { findExperiment } from '../src/experiments/runner/registry.js';
import { atLeast, atMost, defineFinding, evaluateCheck, near, runConfigs } from '../src/experiments/tour/finding.js';
import { findings, selectFindings } from '../src/experiments/tour/findings.js';
import { PAPERS } from '../src/experiments/tour/papers.js';
import { capture, tempDirs } from './util/cli.js';
const tmpDir = tempDirs('looplab-tour');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const onlyDir = (out) => {
    const dirs = readdirSync(out);
    expect(dirs).toHaveLength(1);
    return path.join(out, dirs[0]);
};
describe('the findings', () => {
    it('are unique, registered, and run valid configurations within the memory limit', () => {
        const ids = findings.map((f) => f.id);
        expect(new Set(ids).size).toBe(ids.length);
        // The list today: P1 (slopes, moments, teacher–student) and P4 (copy sweep, alignment).
        for (const id of ['p1-scaling', 'p1-moments', 'p1-teacher-student', 'p4-copy', 'p4-alignment'])
            expect(ids).toContain(id);
        for (const id of ['p6-lcp-mnist', 'p7-ep-orders', 'p7-implicit-solvers', 'p7-eqprop-mnist'])
            expect(ids).toContain(id);
        const limit = resolveMemoryLimit('8GiB');
        for (const f of findings) {
            expect(findExperiment(f.experiment.name), f.id).toBe(f.experiment);
            expect(PAPERS[f.paper].title.length, f.id).toBeGreaterThan(0);
            for (const base of [f.config(), f.experiment.smokeConfig()]) {
                for (const { label, config } of runConfigs(f, base)) {
                    expect(configProblems(f.experiment, config), `${f.id}/${label}`).toEqual([]);
                    expect(memoryProblem(f.experiment, config, limit), `${f.id}/${label}`).toBeUndefined();
                }
            }
            // ≤ 60 s per finding on 2 cores (measured, declared for the ETA); the whole tour ≤ 5 min.
            expect(f.seconds, f.id).toBeLessThanOrEqual(60);
            expect(f.paperCommand, f.id).toMatch(/^looplab (run|sweep) /);
        }
        expect(findings.reduce((s, f) => s + f.seconds, 0)).toBeLessThanOrEqual(300);
    });
    it('--only selects papers and findings, and names the valid ones when nothing matches', () => {
        expect(selectFindings(['P4']).map((f) => f.id)).toEqual(['p4-copy', 'p4-alignment']);
        expect(selectFindings(['p4-alignment', 'p1-scaling']).map((f) => f.id)).toEqual(['p1-scaling', 'p4-alignment']);
        expect(selectFindings([]).length).toBe(findings.length);
        expect(() => selectFindings(['p0'])).toThrow(/no finding or paper 'p0' \(papers: p1, p4, p2, p3, p6, p7, p9, p8, p5; findings: p1-scaling/);
    });
    it('a malformed record is refused with what is wrong', () => {
        const base = {
            id: 'p9-x',
            paper: 'P9',
            source: 's',
            claim: 'c',
            experiment: sineMlp,
            config: () => sineMlp.smokeConfig(),
            reduced: '',
            quantities: [{ name: 'loss', key: 'testLoss', paper: null }],
            checks: [atMost('loss', 1)],
            paperCommand: 'looplab run sine-mlp',
            seconds: 1,
        };
        expect(() => defineFinding(base)).not.toThrow();
        expect(() => defineFinding({ ...base, id: 'p1-x' })).toThrow(/must start with its paper 'p9-'/);
        expect(() => defineFinding({ ...base, id: 'Loss' })).toThrow(/id must look like 'p4-copy'/);
        expect(() => defineFinding({ ...base, checks: [atMost('lost', 1)] })).toThrow(/refers to 'lost', not a quantity \(loss\)/);
        expect(() => defineFinding({ ...base, checks: [] })).toThrow(/no checks/);
        expect(() => defineFinding({ ...base, quantities: [{ name: 'loss', run: 'b', key: 'testLoss', paper: null }] })).toThrow(/reads run 'b', not one of run/);
        const twice = [
            { label: 'a', patch: (c) => c },
            { label: 'a', patch: (c) => c },
        ];
        expect(() => defineFinding({ ...base, runs: twice })).toThrow(/run labels repeat: a, a/);
        expect(() => defineFinding({ ...base, seconds: 0 })).toThrow(/seconds must be the measured time/);
    });
});
describe('checks', () => {
    const q = (name, ours) => ({ name, paper: null, ours });
    const values = [q('online', 0.97), q('bptt', 1), q('spatial', 0.74), q('slope', 2.98), q('nan', NaN)];
    const ev = (c) => evaluateCheck(c, values);
    it('compare with offsets and factors, and say by how much', () => {
        const a = ev(atLeast('online', 'bptt', { plus: -0.05 }));
        expect(a).toMatchObject({ text: 'online ≥ bptt − 0.05', measured: '0.97 ≥ 0.95', holds: true });
        expect(a.margin).toBeCloseTo(0.02, 12);
        const b = ev(atLeast('spatial', 'online', { plus: 0.2 }));
        expect(b.holds).toBe(false);
        expect(b.margin).toBeCloseTo(0.74 - 1.17, 12);
        const c = ev(atMost('spatial', 'bptt', { times: 0.5 }));
        expect(c).toMatchObject({ text: 'spatial ≤ 0.5 · bptt', holds: false });
        expect(c.margin).toBeCloseTo(0.5 - 0.74, 12);
        const d = ev(near('slope', 3, 0.05));
        expect(d).toMatchObject({ text: '|slope − 3| ≤ 0.05', holds: true });
        expect(d.margin).toBeCloseTo(0.03, 12);
        expect(ev(near('slope', 3, 0.01)).holds).toBe(false);
        // Equality holds (≥ and ≤ are inclusive).
        expect(ev(atLeast('bptt', 1)).holds).toBe(true);
        expect(ev(atMost('bptt', 1)).holds).toBe(true);
    });
    it('an unmeasured quantity never holds', () => {
        for (const c of [atLeast('nan', 0), atMost('nan', 1), near('nan', 0, 1e9), atLeast('online', 'nan')]) {
            const r = ev(c);
            expect(r.holds).toBe(false);
            expect(Number.isNaN(r.margin)).toBe(true);
        }
    });
});
describe('looplab tour', () => {
    it('runs one finding at its smoke configuration: tour.json, the page, exit 0', async () => {
        const out = tmpDir();
        const io = capture();
        const code = await main(['tour', '--only', 'p1-scaling', '--smoke', '--out', out, '--seed', '3'], io);
        expect(io.stderr()).toBe('');
        expect(code).toBe(EXIT_OK);
        const dir = onlyDir(out);
        expect(path.basename(dir)).toMatch(/^tour-\d{4}-\d\d-\d\dT/);
        const tour = readJson(path.join(dir, 'tour.json'));
        expect(tour).toMatchObject({ kind: 'tour', seed: 3, device: 'cpu', smoke: true, holds: true, interrupted: false });
        expect(tour.findings).toHaveLength(1);
        const f = tour.findings[0];
        expect(f).toMatchObject({ id: 'p1-scaling', paper: 'P1', holds: true, run: 'runs/p1-scaling/run' });
        expect(f.claim).toMatch(/powers of 1\/\(1−λ\)/);
        // The quantities are the run's own numbers, next to the paper's.
        const summary = readJson(path.join(dir, f.run, 'summary.json'));
        expect(summary.seed).toBe(3);
        expect(f.quantities.map((x) => [x.name, x.paper, x.ours])).toEqual([
            ['slope E[h²], ρ = 0', 1, summary.final['slope_h2_rho=0']],
            ['slope E[(∂λh)²], ρ = 0', 3, summary.final['slope_dLambda2_rho=0']],
            ['slope E[h²], ρ = 1', 2, summary.final['slope_h2_rho=1']],
            ['slope E[(∂λh)²], ρ = 1', 4, summary.final['slope_dLambda2_rho=1']],
            ['max |z|, simulation vs closed form', null, summary.final.maxAbsZ],
        ]);
        expect(f.checks.every((c) => c.holds && c.margin !== null && c.margin >= 0)).toBe(true);
        expect(f.runs[0]).toMatchObject({ label: 'run', status: 'finished', device: 'cpu', report: 'runs/p1-scaling/run/report.html' });
        expect(existsSync(path.join(dir, f.runs[0].report))).toBe(true);
        // The page: summary table, the paper's section, the table, the figure inline, links.
        const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
        expect(html).toContain('looplab tour: 1 of 1 findings hold');
        expect(html).toContain(PAPERS.P1.title);
        expect(html).toContain('<th>quantity</th><th>paper</th><th>ours</th><th>holds</th>');
        expect(html).toContain('href="runs/p1-scaling/run/report.html"');
        expect(html).toMatch(/<figure>\s*<svg/);
        expect(html).toContain('looplab run memory-scalar');
        expect(html).not.toMatch(/<script/i);
        // One line per finding, and the verdict.
        expect(io.stdout()).toMatch(/\[1\/1\] p1-scaling {2}holds/);
        expect(io.stdout()).toContain('1 of 1 findings hold');
    });
    it('exits 1 when a finding does not hold, and the page says which and by how much', async () => {
        const out = tmpDir();
        const impossible = defineFinding({
            id: 'p9-impossible',
            paper: 'P9',
            source: 'nowhere',
            claim: 'The sine MLP fits sin x with a negative loss.',
            experiment: sineMlp,
            config: () => sineMlp.smokeConfig(),
            reduced: '',
            runs: [
                { label: 'a', patch: (c) => c },
                { label: 'b', patch: (c) => ({ ...c, steps: 10 }) },
            ],
            quantities: [
                { name: 'loss', run: 'a', key: 'testLoss', paper: null },
                { name: 'short loss', run: 'b', key: 'testLoss', paper: null },
            ],
            checks: [atMost('loss', -1), atMost('loss', 'short loss')],
            paperCommand: 'looplab run sine-mlp',
            seconds: 2,
        });
        const io = capture();
        const args = parseTourArgs(['--smoke', '--out', out], out, [impossible]);
        const code = await tourCommand(args, { io, cwd: out, now: () => new Date() });
        expect(code).toBe(EXIT_FAILURE);
        const dir = onlyDir(out);
        const tour = readJson(path.join(dir, 'tour.json'));
        expect(tour.holds).toBe(false);
        const f = tour.findings[0];
        expect(f.runs.map((r) => [r.label, r.status])).toEqual([
            ['a', 'finished'],
            ['b', 'finished'],
        ]);
        const loss = f.quantities[0].ours;
        expect(f.checks[0]).toMatchObject({ text: 'loss ≤ -1', holds: false });
        expect(f.checks[0].margin).toBeCloseTo(-1 - loss, 12);
        expect(f.checks[1].holds).toBe(true); // 60 steps end lower than 10
        expect(f.quantities.map((x) => x.holds)).toEqual([false, true]);
        const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
        expect(html).toContain('looplab tour: 0 of 1 findings hold');
        expect(html).toContain('✗ does not hold');
        expect(html).toContain(`missed by ${Number((1 + loss).toPrecision(4))}`);
        expect(io.stdout()).toMatch(/p9-impossible {2}DOES NOT HOLD .*missed: loss ≤ -1/);
        expect(io.stdout()).toMatch(/does not hold: p9-impossible — loss ≤ -1/);
    });
    it('a run that fails leaves its finding unmeasured (exit 1), and the rest of the tour goes on', async () => {
        const out = tmpDir();
        const finding = (id, runs) => defineFinding({
            id,
            paper: 'P9',
            source: 'nowhere',
            claim: `Finding ${id}.`,
            experiment: sineMlp,
            config: () => sineMlp.smokeConfig(),
            reduced: '',
            runs,
            quantities: [{ name: 'loss', key: 'testLoss', paper: null }],
            checks: [atMost('loss', 1)],
            paperCommand: 'looplab run sine-mlp',
            seconds: 2,
        });
        // steps 0 is outside the experiment's declared range: the runner refuses the run.
        const failing = finding('p9-failing', [
            { label: 'refused', patch: (c) => ({ ...c, steps: 0 }) },
            { label: 'after', patch: (c) => c },
        ]);
        const io = capture();
        const code = await tourCommand(parseTourArgs(['--smoke', '--out', out], out, [failing, finding('p9-second')]), { io, cwd: out, now: () => new Date() });
        expect(code).toBe(EXIT_FAILURE);
        const dir = onlyDir(out);
        const [f, g] = readJson(path.join(dir, 'tour.json')).findings;
        expect(f.holds).toBe(false);
        expect(f.error).toMatch(/^run 'refused' failed: sine-mlp: config.steps/);
        expect(f.runs.map((r) => r.status)).toEqual(['failed', 'skipped']);
        expect(f.checks.every((c) => !c.holds && c.margin === null)).toBe(true);
        expect(readFileSync(path.join(dir, 'index.html'), 'utf8')).toContain('Not measured: run &#39;refused&#39; failed');
        expect(g).toMatchObject({ id: 'p9-second', holds: true });
    });
    it('Ctrl-C stops the tour after a checkpoint: exit 130, and the page shows what was measured', async () => {
        const out = tmpDir();
        const controller = new AbortController();
        const io = capture({
            // The first finding's line is printed when it is done: stop during the second.
            onOut: (t) => {
                if (t.includes('[1/2]'))
                    setTimeout(() => controller.abort(), 50);
            },
        });
        const code = await main(['tour', '--only', 'p1-deep,p4-alignment', '--smoke', '--out', out], io, { signal: controller.signal });
        expect(code).toBe(EXIT_INTERRUPTED);
        const dir = onlyDir(out);
        const tour = readJson(path.join(dir, 'tour.json'));
        expect(tour).toMatchObject({ interrupted: true, holds: false });
        expect(tour.findings.map((f) => f.id)).toEqual(['p1-deep', 'p4-alignment']);
        expect(tour.findings[0].holds).toBe(true);
        expect(tour.findings[1]).toMatchObject({ holds: false, error: 'the tour was stopped before this finding finished' });
        expect(tour.findings[1].runs[0].status).toBe('interrupted');
        // The interrupted run kept its checkpoint: `looplab run --resume` continues it.
        expect(existsSync(path.join(dir, tour.findings[1].run, 'checkpoint.json'))).toBe(true);
        expect(readFileSync(path.join(dir, 'index.html'), 'utf8')).toContain('stopped before the end');
    });
    it('bad input exits 2 and writes nothing', async () => {
        const out = tmpDir();
        const cases = [
            [['--only', 'p0'], /--only: no finding or paper 'p0'/],
            [['--only', ''], /--only expects papers or findings/],
            [['--seed=-1'], /--seed expects an integer ≥ 0/],
            [['--seed', '1.5'], /--seed expects an integer ≥ 0, got '1.5'/],
            [['--device', 'gpu'], /--device expects one of cpu, webgpu, got 'gpu'/],
            [['p1'], /tour takes no positional arguments.*--only p1/],
            [['--bogus'], /Unknown option '--bogus'[\s\S]*Valid options for tour/],
            [['--max-memory', '1KiB'], /memory/],
        ];
        for (const [argv, message] of cases) {
            const io = capture();
            expect(await main(['tour', ...argv, '--out', path.join(out, 'x')], io), argv.join(' ')).toBe(EXIT_USAGE);
            expect(io.stderr(), argv.join(' ')).toMatch(message);
        }
        expect(readdirSync(out)).toEqual([]);
    });
    it('--list and --help print and exit 0', async () => {
        const io = capture();
        expect(await main(['tour', '--list', '--only', 'p4'], io)).toBe(EXIT_OK);
        expect(io.stdout()).toMatch(/^p4-copy {7}P4 Table 1/);
        expect(io.stdout()).toMatch(/2 findings, about \d/);
        const help = capture();
        expect(await main(['tour', '--help'], help)).toBe(EXIT_OK);
        expect(help.stdout()).toContain('Usage: looplab tour');
    });
});
//# sourceMappingURL=tour.test.js.map