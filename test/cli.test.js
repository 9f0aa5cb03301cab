import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, main } from '../src/cli/main.js';
import { experimentNames } from '../src/experiments/runner/registry.js';
import { capture, tempDirs } from './util/cli.js';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const tmpDir = tempDirs('looplab-cli');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const onlyDir = (out) => {
    const dirs = readdirSync(out);
    expect(dirs).toHaveLength(1);
    return path.join(out, dirs[0]);
};
/**
 * Well-formed XML, checked without a parser dependency: every tag closes in order, attributes
 * are quoted, one root element. Comments, CDATA and the XML declaration are skipped.
 */
function expectWellFormedSvg(xml) {
    const body = xml
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')
        .replace(/<\?xml[\s\S]*?\?>/, '')
        .trim();
    const stack = [];
    let roots = 0;
    let first;
    for (const m of body.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g)) {
        const [, close, name, , selfClose] = m;
        if (close) {
            expect(stack.pop(), `closing </${name}>`).toBe(name);
            continue;
        }
        if (stack.length === 0) {
            roots++;
            first ??= name;
        }
        if (!selfClose)
            stack.push(name);
    }
    expect(stack).toEqual([]);
    expect(roots).toBe(1);
    expect(first).toBe('svg');
    // No '<' outside a recognised tag (an unquoted attribute or stray bracket would leave one).
    expect(body.replace(/<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g, '')).not.toContain('<');
}
describe('looplab CLI', () => {
    it('--help lists the commands and options', async () => {
        const io = capture();
        expect(await main(['--help'], io)).toBe(EXIT_OK);
        for (const word of [
            'run <name>',
            'list',
            'sweep <name>',
            'report DIR',
            '--config.<key>=<value>',
            '--seeds K',
            '--resume DIR',
            '--grid',
            '--workers',
            '--smoke',
            'sine-mlp',
        ]) {
            expect(io.stdout()).toContain(word);
        }
    });
    it('--version prints the package version', async () => {
        const io = capture();
        expect(await main(['--version'], io)).toBe(EXIT_OK);
        expect(io.stdout().trim()).toBe(pkg.version);
    });
    it('list shows each experiment with one line', async () => {
        const io = capture();
        expect(await main(['list'], io)).toBe(EXIT_OK);
        const lines = io.stdout().trimEnd().split('\n');
        expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(experimentNames());
        for (const line of lines)
            expect(line).toMatch(/^\S+\s+\S/); // name, then its description
    });
    it.each([
        [['frobnicate'], /unknown command 'frobnicate' \(valid: tour, list, run, sweep, worker, report, check, lab, help\)/],
        [['--frob'], /unknown option '--frob'/],
        [[], /Usage:/],
        [['run'], /missing the experiment name \(valid: sine-mlp, /],
        [['run', 'nope'], /unknown experiment 'nope' \(valid: sine-mlp, /],
        [['run', 'sine-mlp', '--bogus'], /Valid options for run: --config\.<key>=<value>/],
        [['run', 'sine-mlp', '--config.lr=0.1'], /unknown key config\.lr \(valid: steps, batchSize, model\.hidden, optim\.lr, optim\.beta1/],
        [
            ['run', 'sine-mlp', '--config.optim.lr=fast', '--config.model.hidden=wide'],
            /config\.optim\.lr: expected a number, got 'fast'\nconfig\.model\.hidden: expected a number, got 'wide'/,
        ],
        [['run', 'sine-mlp', '--config.model=3'], /config\.model is a group of settings; set its fields instead: model\.hidden/],
        [['run', 'sine-mlp', '--config.steps'], /--config\.steps needs a value: --config\.steps=<number>/],
        [['run', 'sine-mlp', '--config.steps=2.5'], /config\.steps must be an integer ≥ 1, got 2\.5/],
        [
            ['run', 'online-copy', '--smoke', '--config.method=rtrl', '--config.model.dropout=1'],
            /config\.method must be one of bptt, online, spatial, truncated1, snap1, got 'rtrl'\nconfig\.model\.dropout must be in \[0, 1\), got 1/,
        ],
        [
            ['run', 'online-copy', '--smoke', '--config.model.mixer=gru'],
            /config\.method 'online' needs the diagonal LRU \(model\.mixer 'lru'\); use 'snap1' \(SnAp-1\) or 'bptt' for 'gru'/,
        ],
        [['run', 'memory-deep', '--smoke', '--config.mixers=diag,lstm'], /config\.mixers\[1\] must be one of diag, lru, gru, got 'lstm'/],
        [['run', 'sine-mlp', '--config', 'missing.json'], /--config missing\.json: no such file/],
        [['run', 'sine-mlp', '--seed', '-1'], /Option '--seed' argument is ambiguous[\s\S]*Valid options for run: /],
        [['run', 'sine-mlp', '--seed=-1'], /--seed expects an integer ≥ 0, got '-1'/],
        [['run', 'sine-mlp', '--seeds', '0'], /--seeds expects an integer ≥ 1, got '0'/],
        [['sweep', 'sine-mlp', '--grid', 'optim.lr=0.1,0.2', '--device', 'webgpu'], /sweep: sweeps run on CPU worker threads/],
        [['run', 'sine-mlp', '--device', 'tpu'], /--device expects one of cpu, webgpu, got 'tpu'/],
        [['run', '--resume', 'no/such/dir'], /not a run directory/],
        [['run', '--resume', '.', '--seed', '2'], /run --resume: --seed cannot be combined with --resume/],
        [['sweep', 'sine-mlp', '--grid', 'optim.lr=0.1,x'], /config\.optim\.lr: expected a number, got 'x'/],
        [['sweep', 'sine-mlp', '--grid', 'lr=0.1'], /unknown key config\.lr/],
        [['sweep', 'sine-mlp', '--grid', 'steps=10,0'], /--grid point steps=0: config\.steps must be an integer ≥ 1/],
        [['sweep', 'sine-mlp', '--workers', '0'], /--workers expects an integer ≥ 1/],
        [['report'], /give one or more run directories/],
        [['report', 'nowhere'], /nowhere is not a run directory/],
    ])('usage error %j exits 2, says what is valid and writes nothing', async (argv, message) => {
        const cwd = tmpDir();
        const io = capture();
        expect(await main([...argv], io, { cwd })).toBe(EXIT_USAGE);
        expect(io.stderr()).toMatch(message);
        expect(io.stdout()).toBe('');
        expect(readdirSync(cwd)).toEqual([]);
    });
    it('a bad config file is a usage error naming the file and the key', async () => {
        const cwd = tmpDir();
        writeFileSync(path.join(cwd, 'c.json'), JSON.stringify({ model: { width: 3 } }));
        writeFileSync(path.join(cwd, 'bad.json'), '{ nope');
        const io = capture();
        expect(await main(['run', 'sine-mlp', '--config', 'c.json'], io, { cwd })).toBe(EXIT_USAGE);
        expect(io.stderr()).toMatch(/c\.json: unknown key config\.model\.width \(valid at this level: model\.hidden\)/);
        expect(await main(['run', 'sine-mlp', '--config', 'bad.json'], io, { cwd })).toBe(EXIT_USAGE);
        expect(io.stderr()).toMatch(/bad\.json: not valid JSON/);
        expect(readdirSync(cwd).sort()).toEqual(['bad.json', 'c.json']);
    });
    it('run --smoke writes config, env, metrics, summary, SVG figures and report.html', async () => {
        const cwd = tmpDir();
        writeFileSync(path.join(cwd, 'cfg.json'), JSON.stringify({ batchSize: 24, optim: { lr: 0.02 } }));
        const io = capture();
        const argv = ['run', 'sine-mlp', '--smoke', '--config', 'cfg.json', '--config.steps=40', '--config.model.hidden=6', '--seed', '3'];
        const code = await main(argv, io, { cwd });
        expect(io.stderr()).toBe('');
        expect(code).toBe(EXIT_OK);
        // the banner gives the sizes of this run's model, not the default's
        expect(io.stdout()).toContain('sine-mlp: tanh MLP 1→6→6→1 fits sin(x)');
        const dir = onlyDir(path.join(cwd, 'runs'));
        expect(path.basename(dir)).toMatch(/^sine-mlp-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z$/);
        expect(readdirSync(dir).sort()).toEqual(['config.json', 'env.json', 'figures', 'metrics.jsonl', 'report.html', 'summary.json']);
        const config = readJson(path.join(dir, 'config.json'));
        expect(config).toMatchObject({ kind: 'run', experiment: 'sine-mlp', seed: 3, smoke: true });
        expect(config.config).toMatchObject({ steps: 40, batchSize: 24, model: { hidden: 6 }, optim: { lr: 0.02 } });
        const env = readJson(path.join(dir, 'env.json'));
        expect(env).toMatchObject({ looplab: pkg.version, node: process.version, device: 'cpu' });
        expect(env.gitCommit === null || /^[0-9a-f]{40}$/.test(env.gitCommit)).toBe(true);
        const rows = readFileSync(path.join(dir, 'metrics.jsonl'), 'utf8')
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l));
        expect(rows.map((r) => r.step)).toEqual([1, 5, 10, 15, 20, 25, 30, 35, 40]);
        for (let i = 1; i < rows.length; i++)
            expect(rows[i].time_s).toBeGreaterThanOrEqual(rows[i - 1].time_s);
        const summary = readJson(path.join(dir, 'summary.json'));
        expect(summary).toMatchObject({ kind: 'run', seed: 3 });
        expect(summary.final.steps).toBe(40);
        expect(summary.final.finalLoss).toBe(rows[rows.length - 1].loss);
        expect(summary.final.testLoss).toBeLessThan(rows[0].testLoss / 2);
        const svgs = readdirSync(path.join(dir, 'figures'));
        expect(svgs.length).toBeGreaterThan(0);
        const html = readFileSync(path.join(dir, 'report.html'), 'utf8');
        for (const f of svgs) {
            expect(f).toMatch(/\.svg$/);
            const svg = readFileSync(path.join(dir, 'figures', f), 'utf8');
            expectWellFormedSvg(svg);
            // report.html is self-contained: each figure is inlined.
            expect(html).toContain(svg.trim().slice(0, 200));
        }
        expect(html).toContain('sine-mlp');
        // Plain (non-TTY) output: periodic lines, the summary, the report's path.
        expect(io.stdout()).not.toContain('\r');
        expect(io.stdout()).toMatch(/step\s+1\/40\s+loss/);
        expect(io.stdout()).toContain(`report: ${path.join(path.relative(cwd, dir), 'report.html')}`);
    });
    it('Ctrl-C checkpoints and exits 130; --resume ends with the numbers of an uninterrupted run', async () => {
        const out = tmpDir();
        const straight = capture();
        expect(await main(['run', 'sine-mlp', '--smoke', '--seed', '4', '--out', path.join(out, 'a')], straight)).toBe(EXIT_OK);
        // The stop request arrives while step 30 is reported, as Ctrl-C would (same AbortSignal).
        const controller = new AbortController();
        const first = capture({ onOut: (t) => t.startsWith('step 30/60') && controller.abort() });
        expect(await main(['run', 'sine-mlp', '--smoke', '--seed', '4', '--out', path.join(out, 'b')], first, { signal: controller.signal, cwd: out })).toBe(EXIT_INTERRUPTED);
        const dir = onlyDir(path.join(out, 'b'));
        expect(first.stdout()).toContain(`interrupted after step 30; checkpoint saved in ${path.relative(out, dir)}`);
        expect(first.stdout()).toContain(`resume with: looplab run --resume ${path.relative(out, dir)}`);
        expect(existsSync(path.join(dir, 'checkpoint.json'))).toBe(true);
        expect(existsSync(path.join(dir, 'summary.json'))).toBe(false);
        const second = capture();
        expect(await main(['run', '--resume', dir], second)).toBe(EXIT_OK);
        expect(second.stdout()).toMatch(/^resuming sine-mlp in /);
        expect(second.stdout()).toMatch(/step 36\/60/);
        expect(second.stdout()).not.toMatch(/step 30\/60/);
        const a = readJson(path.join(onlyDir(path.join(out, 'a')), 'summary.json'));
        const b = readJson(path.join(dir, 'summary.json'));
        expect(b.final).toEqual(a.final); // bit-equal floats: losses and the parameter fingerprint
        const withoutTime = (d) => readFileSync(path.join(d, 'metrics.jsonl'), 'utf8').replace(/"time_s":[^,]+,/g, '');
        expect(withoutTime(dir)).toBe(withoutTime(onlyDir(path.join(out, 'a'))));
        expect(readdirSync(dir).some((f) => f.startsWith('checkpoint'))).toBe(false);
        // A finished run resumes to the same result without training again.
        const again = capture();
        expect(await main(['run', '--resume', dir], again)).toBe(EXIT_OK);
        expect(again.stdout()).not.toMatch(/step \d+\/60/);
    });
    it('--seeds K runs one directory per seed and aggregates mean ± s.e.m.; report compares runs', async () => {
        const out = tmpDir();
        const io = capture();
        expect(await main(['run', 'sine-mlp', '--smoke', '--config.steps=10', '--seed', '7', '--seeds', '2', '--out', out], io, { cwd: out })).toBe(EXIT_OK);
        const dir = onlyDir(out);
        expect(readdirSync(dir).sort()).toEqual(['config.json', 'figures', 'report.html', 'seed-7', 'seed-8', 'summary.json']);
        const seeds = [7, 8].map((s) => readJson(path.join(dir, `seed-${s}`, 'summary.json')).final.testLoss);
        const agg = readJson(path.join(dir, 'summary.json'));
        expect(agg.kind).toBe('seeds');
        expect(agg.final.testLoss.mean).toBeCloseTo((seeds[0] + seeds[1]) / 2, 14);
        expect(agg.final.testLoss.sem).toBeCloseTo(Math.abs(seeds[0] - seeds[1]) / 2, 14); // n = 2: s/√2 = |a − b|/2
        expect(io.stdout()).toMatch(/testLoss\s+\S+ ± \S+/);
        // Re-render one seed's report, then compare the group with that seed side by side.
        const one = capture();
        expect(await main(['report', path.join(dir, 'seed-8')], one)).toBe(EXIT_OK);
        expect(existsSync(path.join(dir, 'seed-8', 'report.html'))).toBe(true);
        const both = capture();
        expect(await main(['report', dir, path.join(dir, 'seed-8'), '--out', path.join(out, 'cmp')], both)).toBe(EXIT_OK);
        const cmp = onlyDir(path.join(out, 'cmp'));
        expect(path.basename(cmp)).toMatch(/^compare-/);
        const html = readFileSync(path.join(cmp, 'report.html'), 'utf8');
        expect(html).toContain('seed-8');
        expect(html).toContain(path.basename(dir));
        for (const f of readdirSync(path.join(cmp, 'figures')))
            expectWellFormedSvg(readFileSync(path.join(cmp, 'figures', f), 'utf8'));
        // without --out the comparison goes next to its inputs (not into ./runs of wherever looplab runs), and the output says where
        const elsewhere = tmpDir();
        const beside = capture();
        expect(await main(['report', dir, path.join(dir, 'seed-8')], beside, { cwd: elsewhere })).toBe(EXIT_OK);
        expect(readdirSync(elsewhere)).toEqual([]);
        const next = readdirSync(out).filter((d) => d.startsWith('compare-'));
        expect(next).toHaveLength(1);
        expect(beside.stdout()).toMatch(new RegExp(`^report: .*${path.join(next[0], 'report.html')}$`, 'm'));
    });
    it('the same seed gives the same losses', async () => {
        const losses = async () => {
            const out = tmpDir();
            expect(await main(['run', 'sine-mlp', '--smoke', '--config.steps=20', '--out', out], capture())).toBe(EXIT_OK);
            return readFileSync(path.join(onlyDir(out), 'metrics.jsonl'), 'utf8').replace(/"time_s":[^,]+,/g, '');
        };
        expect(await losses()).toBe(await losses());
    });
    it('draws a progress bar with step, loss and ETA on a terminal', async () => {
        const io = capture({ isTTY: true });
        expect(await main(['run', 'sine-mlp', '--smoke', '--config.steps=30', '--out', tmpDir()], io)).toBe(EXIT_OK);
        expect(io.stdout()).toMatch(/\r\x1b\[2K\[#{24}\] step 30\/30 {2}loss \d/);
    });
    it('a real SIGINT stops the process with exit code 130 and a checkpoint', async () => {
        const out = tmpDir();
        const src = path.join(root, 'src/cli/main.ts');
        const child = spawn(process.execPath, ['--import', 'tsx', src, 'run', 'sine-mlp', '--smoke', '--config.steps=1000000', '--out', out], { cwd: root });
        let stdout = '';
        // The first progress line (not just any text containing 'step', such as a temp path).
        const progressLine = /step\s+\d+\/1000000/;
        child.stdout.on('data', (d) => {
            if (!progressLine.test(stdout) && progressLine.test(stdout + d.toString()))
                child.kill('SIGINT');
            stdout += d.toString();
        });
        // Never leave a million-step child behind if the stop does not arrive (the test then fails).
        const guard = setTimeout(() => child.kill('SIGKILL'), 50_000);
        const code = await new Promise((resolve) => child.on('close', resolve));
        clearTimeout(guard);
        expect(code).toBe(EXIT_INTERRUPTED);
        expect(stdout).toMatch(/interrupted after step \d+; checkpoint saved/);
        expect(existsSync(path.join(onlyDir(out), 'checkpoint.json'))).toBe(true);
    });
    it('is an executable entry point with a shebang (exit codes reach the shell)', () => {
        expect(pkg.bin.looplab).toBe('./dist/cli/main.js');
        const src = path.join(root, 'src/cli/main.ts');
        expect(readFileSync(src, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
        const run = (args) => spawnSync(process.execPath, ['--import', 'tsx', src, ...args], { cwd: root, encoding: 'utf8' });
        const version = run(['--version']);
        expect(version.status).toBe(0);
        expect(version.stdout.trim()).toBe(pkg.version);
        const bad = run(['frobnicate']);
        expect(bad.status).toBe(2);
        expect(bad.stderr).toContain("unknown command 'frobnicate'");
    });
    it('every TypeScript example in the README runs as written', () => {
        const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
        const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
        expect(blocks.length).toBeGreaterThanOrEqual(2);
        // Point the package import at the sources (the examples import 'looplab').
        const srcIndex = path.join(root, 'src/index.ts');
        const outputs = blocks.map((code, i) => {
            const file = path.join(tmpDir(), `readme-${i}.ts`);
            writeFileSync(file, code.replaceAll("from 'looplab'", `from ${JSON.stringify(srcIndex)}`));
            const r = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: root, encoding: 'utf8' });
            expect(r.stderr, `README block ${i}`).toBe('');
            expect(r.status, `README block ${i}`).toBe(0);
            return r.stdout;
        });
        expect(outputs[0]).toContain('[ 15, 22 ]');
    });
});
//# sourceMappingURL=cli.test.js.map