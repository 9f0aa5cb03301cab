import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { random, tensor } from '../src/index.js';
import { aggregateSummaries, meanSem } from '../src/experiments/runner/aggregate.js';
import { CheckpointError, configHash, loadCheckpoint, saveCheckpoint } from '../src/experiments/runner/checkpoint.js';
import { ConfigError, applyOverrides, mergeConfigJson } from '../src/experiments/runner/config.js';
import { checkRanges, configProblems, describeRange, inRange } from '../src/experiments/runner/ranges.js';
import { readMetrics } from '../src/experiments/runner/run-dir.js';
import { executeRun } from '../src/experiments/runner/runner.js';
import { bestConfig } from '../src/experiments/runner/sweep.js';
import { sineMlp, smokeSineMlpConfig, trainSineMlp } from '../src/experiments/examples/sine-mlp.js';
import { experiments } from '../src/experiments/runner/registry.js';
const tmpDirs = [];
function tmpDir() {
    const d = mkdtempSync(path.join(os.tmpdir(), 'looplab-exp-'));
    tmpDirs.push(d);
    return d;
}
afterAll(() => {
    for (const d of tmpDirs)
        rmSync(d, { recursive: true, force: true });
});
const owner = { experiment: 'test', seed: 3, configHash: configHash({ a: 1 }) };
const bits = (t) => {
    const d = t.dataSync();
    return Buffer.from(d.buffer, d.byteOffset, d.byteLength);
};
describe('checkpoints', () => {
    const state = () => ({
        params: { w: random.normal(random.key(1), [3, 4]), b: tensor([1, 2, 3], { dtype: 'f64' }) },
        opt: [{ count: 7, mu: tensor([[0.5]], { dtype: 'f32' }) }, { flags: tensor([true, false, true]) }],
        key: random.split(random.key(9), 2)[1],
        idx: tensor([[-1, 2147483647]], { dtype: 'i32' }),
        empty: tensor(new Float32Array(0), { shape: [0, 5] }),
        scalars: { nan: NaN, inf: -Infinity, negZero: -0, none: null, missing: undefined, name: 'adam', on: true },
        $tricky: { $tensor: 'not a tensor', $number: 1 },
    });
    it('round-trips tensors of every dtype and JSON values bit for bit', async () => {
        const dir = tmpDir();
        const s = state();
        await saveCheckpoint(dir, owner, 12, 3.5, s);
        const ck = loadCheckpoint(dir, owner);
        expect(ck.step).toBe(12);
        expect(ck.elapsed).toBe(3.5);
        const r = ck.state;
        const pairs = [
            [s.params.w, r.params.w],
            [s.params.b, r.params.b],
            [s.opt[0].mu, r.opt[0].mu],
            [s.opt[1].flags, r.opt[1].flags],
            [s.key, r.key],
            [s.idx, r.idx],
            [s.empty, r.empty],
        ];
        for (const [a, b] of pairs) {
            if (!a || !b)
                throw new Error('missing tensor');
            expect(b.dtype).toBe(a.dtype);
            expect(b.shape).toEqual(a.shape);
            expect(bits(b).equals(bits(a))).toBe(true);
        }
        expect(r.opt[0].count).toBe(7);
        expect(r.scalars.nan).toBeNaN();
        expect(r.scalars.inf).toBe(-Infinity);
        expect(Object.is(r.scalars.negZero, -0)).toBe(true);
        expect(r.scalars.none).toBeNull();
        expect('missing' in r.scalars && r.scalars.missing === undefined).toBe(true);
        expect(r.scalars).toMatchObject({ name: 'adam', on: true });
        expect(r.$tricky).toEqual({ $tensor: 'not a tensor', $number: 1 });
        // A restored key draws the same numbers as the original.
        expect(bits(random.normal(r.key, [5])).equals(bits(random.normal(s.key, [5])))).toBe(true);
    });
    it('a new save replaces the old one and leaves one data file', async () => {
        const dir = tmpDir();
        await saveCheckpoint(dir, owner, 1, 0, { x: tensor([1]) });
        await saveCheckpoint(dir, owner, 2, 0, { x: tensor([2]) });
        // A temporary left by a save that was killed before its rename is cleaned up by the next save.
        writeFileSync(path.join(dir, '.checkpoint.json.999.dead.tmp'), '{');
        await saveCheckpoint(dir, owner, 2, 0, { x: tensor([3]) });
        expect(readdirSync(dir).filter((f) => f.endsWith('.bin'))).toHaveLength(1);
        expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
        expect(loadCheckpoint(dir, owner).state.x.item()).toBe(3);
    });
    it('a failed save leaves the previous checkpoint intact', async () => {
        const dir = tmpDir();
        await saveCheckpoint(dir, owner, 5, 0, { x: tensor([5]) });
        await expect(saveCheckpoint(dir, owner, 6, 0, { x: tensor([6]), bad: new Map() })).rejects.toThrow(/cannot store \[object Map\] at \.bad/);
        const ck = loadCheckpoint(dir, owner);
        expect(ck.step).toBe(5);
        expect(ck.state.x.item()).toBe(5);
        expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
    });
    it('returns undefined without a checkpoint', () => {
        expect(loadCheckpoint(tmpDir(), owner)).toBeUndefined();
    });
    const corruptions = [
        [
            'truncated data',
            (_d, _m, bin) => writeFileSync(bin, readFileSync(bin).subarray(0, 10)),
            /checkpoint-4\.bin is unusable: 10 bytes, the manifest expects \d+ \(truncated/,
        ],
        [
            'a flipped byte',
            (_d, _m, bin) => {
                const b = readFileSync(bin);
                b[3] ^= 1;
                writeFileSync(bin, b);
            },
            /checkpoint-4\.bin is unusable: its SHA-256 does not match/,
        ],
        ['a missing data file', (_d, _m, bin) => rmSync(bin), /checkpoint-4\.bin is unusable: its data file is missing/],
        [
            'a manifest that is not JSON',
            (d) => writeFileSync(path.join(d, 'checkpoint.json'), '{"format": "looplab-checkp'),
            /checkpoint\.json is unusable: not valid JSON/,
        ],
        ['another format', (d, m) => writeFileSync(path.join(d, 'checkpoint.json'), JSON.stringify({ ...m, format: 'npz' })), /not a looplab checkpoint/],
        ['a newer version', (d, m) => writeFileSync(path.join(d, 'checkpoint.json'), JSON.stringify({ ...m, version: 99 })), /format version 99/],
        [
            'a shape that does not match the bytes',
            (d, m) => {
                const tensors = m.tensors;
                tensors[0].shape = [4, 4];
                writeFileSync(path.join(d, 'checkpoint.json'), JSON.stringify(m));
            },
            /tensor 0 \(f32, shape \[4, 4\]\) needs 64 bytes, the manifest says 48/,
        ],
        [
            'an offset past the end',
            (d, m) => {
                m.tensors[1].offset = 4096;
                writeFileSync(path.join(d, 'checkpoint.json'), JSON.stringify(m));
            },
            /tensor 1 lies at bytes \[4096/,
        ],
        [
            'an unknown dtype',
            (d, m) => {
                m.tensors[0].dtype = 'f16';
                writeFileSync(path.join(d, 'checkpoint.json'), JSON.stringify(m));
            },
            /tensor 0 has dtype "f16"/,
        ],
        [
            'another experiment',
            (d, m) => writeFileSync(path.join(d, 'checkpoint.json'), JSON.stringify({ ...m, experiment: 'other' })),
            /belongs to experiment 'other', not 'test'/,
        ],
        ['another configuration', (d, m) => writeFileSync(path.join(d, 'checkpoint.json'), JSON.stringify({ ...m, configHash: 'x' })), /different configuration/],
    ];
    it.each(corruptions)('detects %s and names the file', async (_name, corrupt, message) => {
        const dir = tmpDir();
        await saveCheckpoint(dir, owner, 4, 1, { w: random.normal(random.key(0), [3, 4]), b: tensor([1, 2]) });
        const manifest = JSON.parse(readFileSync(path.join(dir, 'checkpoint.json'), 'utf8'));
        corrupt(dir, manifest, path.join(dir, 'checkpoint-4.bin'));
        expect(() => loadCheckpoint(dir, owner)).toThrow(CheckpointError);
        expect(() => loadCheckpoint(dir, owner)).toThrow(message);
    });
});
describe('configuration overrides', () => {
    const base = { lr: 0.1, steps: 10, on: false, name: 'a', sizes: [1, 2], tags: ['x'], model: { dHidden: 4, inner: { k: 1 } } };
    it('parses each type and nested keys', () => {
        const c = applyOverrides(base, [
            { key: 'lr', raw: '1e-3' },
            { key: 'on', raw: 'true' },
            { key: 'name', raw: 'b c' },
            { key: 'sizes', raw: '3, 4,5' },
            { key: 'tags', raw: 'p,q' },
            { key: 'model.dHidden', raw: '128' },
            { key: 'model.inner.k', raw: '2' },
        ]);
        expect(c).toEqual({ lr: 1e-3, steps: 10, on: true, name: 'b c', sizes: [3, 4, 5], tags: ['p', 'q'], model: { dHidden: 128, inner: { k: 2 } } });
        expect(base.lr).toBe(0.1);
    });
    it('reports every problem at once, with the valid keys', () => {
        let err;
        try {
            applyOverrides(base, [
                { key: 'lr', raw: 'fast' },
                { key: 'on', raw: 'yes' },
                { key: 'model.width', raw: '3' },
                { key: 'sizes', raw: '1,,2' },
                { key: 'model', raw: '3' },
            ]);
        }
        catch (e) {
            err = e;
        }
        expect(err).toBeInstanceOf(ConfigError);
        const problems = err.problems;
        expect(problems).toHaveLength(5);
        expect(problems[0]).toBe("config.lr: expected a number, got 'fast'");
        expect(problems[1]).toBe("config.on: expected a boolean, got 'yes'");
        expect(problems[2]).toMatch(/unknown key config\.model\.width \(valid: lr, steps, on, name, sizes, tags, model\.dHidden, model\.inner\.k\)/);
        expect(problems[3]).toMatch(/config\.sizes: expected a list of numbers/);
        expect(problems[4]).toMatch(/config\.model is a group of settings; set its fields instead: model\.dHidden, model\.inner\.k/);
    });
    it('merges a JSON file with the same checks', () => {
        expect(mergeConfigJson(base, { model: { dHidden: 8 }, sizes: [] }, 'f.json')).toMatchObject({ model: { dHidden: 8, inner: { k: 1 } }, sizes: [], lr: 0.1 });
        expect(() => mergeConfigJson(base, { model: { width: 1 }, lr: '0.1' }, 'f.json')).toThrow(/f\.json: unknown key config\.model\.width[\s\S]*f\.json: config\.lr: expected a number, got "0\.1"/);
        expect(() => mergeConfigJson(base, [1], 'f.json')).toThrow(/expected a JSON object/);
        expect(() => mergeConfigJson(base, { model: 3 }, 'f.json')).toThrow(/f\.json: config\.model: expected an object, got 3/);
    });
});
describe('declared ranges', () => {
    it('describe what they allow, in the words of the messages', () => {
        expect(describeRange({ integer: true, min: 1 })).toBe('an integer ≥ 1');
        expect(describeRange({ integer: true, min: 1, max: 64 })).toBe('an integer in [1, 64]');
        expect(describeRange({ min: 0, max: 1, maxExclusive: true })).toBe('in [0, 1)');
        expect(describeRange({ min: 0, max: 1, minExclusive: true, maxExclusive: true })).toBe('in (0, 1)');
        expect(describeRange({ min: 0, minExclusive: true })).toBe('> 0');
        expect(describeRange({ max: 2 })).toBe('≤ 2');
        expect(describeRange({ integer: true })).toBe('an integer');
        expect(describeRange({})).toBe('a finite number');
        expect(describeRange({ oneOf: ['lru', 'gru'] })).toBe('one of lru, gru');
    });
    it('hold exactly at their bounds', () => {
        const r = { min: 0, max: 1, maxExclusive: true };
        expect([-1e-12, 0, 0.5, 1 - 1e-12, 1, NaN, Infinity].map((v) => inRange(v, r))).toEqual([false, true, true, true, false, false, false]);
        expect([0, 1e-300, 2].map((v) => inRange(v, { min: 0, minExclusive: true }))).toEqual([false, true, true]);
        expect([1, 1.5, 2, '2'].map((v) => inRange(v, { integer: true, min: 1, max: 2 }))).toEqual([true, false, true, false]);
        expect([7, 5, '7'].map((v) => inRange(v, { oneOf: [1, 7] }))).toEqual([true, false, false]);
    });
    it('name every value outside its range with its dotted key, lists element by element', () => {
        const config = { steps: 0, method: 'rtrl', lrs: [0.1, -1], kinds: [], model: { width: 2.5, ok: 3 } };
        const problems = checkRanges(config, {
            steps: { integer: true, min: 1 },
            method: { oneOf: ['bptt', 'online'] },
            lrs: { min: 0, minExclusive: true },
            kinds: { oneOf: ['a'], minLength: 1 },
            model: { width: { integer: true, min: 1 }, ok: { integer: true, min: 1 } },
        });
        expect(problems).toEqual([
            'config.steps must be an integer ≥ 1, got 0',
            "config.method must be one of bptt, online, got 'rtrl'",
            'config.lrs[1] must be > 0, got -1',
            'config.kinds must list at least one value, got []',
            'config.model.width must be an integer ≥ 1, got 2.5',
        ]);
        expect(() => checkRanges(config, { stepz: { min: 0 } })).toThrow(/a range is declared for config\.stepz, which the configuration does not have/);
    });
    it("the experiment's own checks run only once every value is in range; executeRun refuses the rest without writing", async () => {
        const base = smokeSineMlpConfig();
        const checked = [];
        const exp = { ...sineMlp, validate: (c) => (checked.push(c), c.steps === 7 ? ['config.steps: not 7'] : []) };
        expect(configProblems(exp, { ...base, steps: 0, batchSize: 1.5 })).toEqual([
            'config.steps must be an integer ≥ 1, got 0',
            'config.batchSize must be an integer ≥ 1, got 1.5',
        ]);
        expect(checked).toEqual([]);
        expect(configProblems(exp, { ...base, steps: 7 })).toEqual(['config.steps: not 7']);
        const dir = path.join(tmpDir(), 'run');
        expect(await executeRun({ experiment: exp, dir, config: { ...base, steps: 0 }, seed: 0 })).toEqual({
            status: 'failed',
            message: 'sine-mlp: config.steps must be an integer ≥ 1, got 0',
        });
        expect(existsSync(dir)).toBe(false);
    });
});
describe('seed statistics', () => {
    it('mean and s.e.m. (sample standard deviation / √n)', () => {
        const s = meanSem([1, 2, 3, 6]);
        expect(s.mean).toBe(3);
        // deviations −2, −1, 0, 3: Σ = 14, s² = 14/3, s.e.m. = √(14/3)/2
        expect(s.sem).toBeCloseTo(Math.sqrt(14 / 3) / 2, 14);
        expect(meanSem([5]).sem).toBeNaN();
        expect(aggregateSummaries([{ a: 1, b: 2 }, { a: 3 }])).toEqual({ a: { mean: 2, sem: 1, n: 2, values: [1, 3] } });
    });
    it('the best configuration follows the metric direction and skips configurations without a finite mean', () => {
        const cfg = (mean) => ({
            dir: 'd',
            overrides: {},
            unfinished: 0,
            final: mean === undefined ? {} : { acc: meanSem([mean]) },
        });
        const configs = [cfg(0.5), cfg(undefined), cfg(NaN), cfg(0.9), cfg(0.2), cfg(0.9)];
        expect(bestConfig(configs, { name: 'acc', mode: 'max' })).toBe(3);
        expect(bestConfig(configs, { name: 'acc', mode: 'min' })).toBe(4);
        expect(bestConfig([cfg(undefined), cfg(NaN)], { name: 'acc', mode: 'min' })).toBeNull();
    });
});
describe('resuming a run', () => {
    // sine-mlp, but handing the final parameters to the test.
    const capturing = (sink) => ({
        ...sineMlp,
        async run(c, ctx) {
            const { summary, params } = await trainSineMlp(c, ctx);
            sink.push(Object.keys(params)
                .sort()
                .map((k) => params[k]));
            return summary;
        },
    });
    const config = { ...smokeSineMlpConfig(), steps: 40 };
    it('stopped at step k and resumed, ends bit for bit where an uninterrupted run ends', async () => {
        const straight = [];
        const a = await executeRun({ experiment: capturing(straight), dir: tmpDir(), config, seed: 5 });
        expect(a.status).toBe('finished');
        const resumed = [];
        const dir = tmpDir();
        const controller = new AbortController();
        const stopped = await executeRun({
            experiment: capturing(resumed),
            dir,
            config,
            seed: 5,
            signal: controller.signal,
            onProgress: (e) => e.step === 17 && controller.abort(),
        });
        expect(stopped).toEqual({ status: 'interrupted', step: 17 });
        expect(existsSync(path.join(dir, 'checkpoint.json'))).toBe(true);
        expect(existsSync(path.join(dir, 'summary.json'))).toBe(false);
        expect(resumed).toHaveLength(0);
        const b = await executeRun({ experiment: capturing(resumed), dir, config, seed: 5 });
        expect(b.status).toBe('finished');
        if (a.status !== 'finished' || b.status !== 'finished')
            return;
        expect(b.summary).toEqual(a.summary);
        expect(resumed[0].map(bits)).toEqual(straight[0].map(bits));
        // The finished run drops its checkpoint; the metrics have each step once.
        expect(readdirSync(dir).some((f) => f.startsWith('checkpoint'))).toBe(false);
        const steps = readMetrics(path.join(dir, 'metrics.jsonl')).map((r) => r.step);
        expect(steps).toEqual([1, 5, 10, 15, 20, 25, 30, 35, 40]);
        expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    });
    it('a damaged checkpoint fails the resume before anything in the directory is rewritten', async () => {
        const dir = tmpDir();
        const controller = new AbortController();
        const stopped = await executeRun({
            experiment: sineMlp,
            dir,
            config,
            seed: 6,
            signal: controller.signal,
            onProgress: (e) => e.step === 12 && controller.abort(),
        });
        expect(stopped).toEqual({ status: 'interrupted', step: 12 });
        const bin = readdirSync(dir).find((f) => f.endsWith('.bin'));
        writeFileSync(path.join(dir, bin), readFileSync(path.join(dir, bin)).subarray(0, 8));
        rmSync(path.join(dir, 'env.json'));
        const metricsBefore = readFileSync(path.join(dir, 'metrics.jsonl'), 'utf8');
        await expect(executeRun({ experiment: sineMlp, dir, config, seed: 6 })).rejects.toThrow(CheckpointError);
        expect(existsSync(path.join(dir, 'env.json'))).toBe(false);
        expect(readFileSync(path.join(dir, 'metrics.jsonl'), 'utf8')).toBe(metricsBefore);
    });
    it('refuses a directory that holds another run', async () => {
        const dir = tmpDir();
        const controller = new AbortController();
        controller.abort();
        expect((await executeRun({ experiment: sineMlp, dir, config, seed: 1, signal: controller.signal })).status).toBe('interrupted');
        await expect(executeRun({ experiment: sineMlp, dir, config, seed: 2 })).rejects.toThrow(/belongs to another run/);
    });
});
describe('docs/experiments.md', () => {
    it('the complete small experiment runs as written and shows its finding', () => {
        const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
        const doc = readFileSync(path.join(root, 'docs/experiments.md'), 'utf8');
        const block = [...doc.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => b.includes("name: 'lin-reg'"));
        expect(block).toBeDefined();
        const dir = tmpDir();
        const file = path.join(dir, 'lin-reg.mts');
        const src = (p) => JSON.stringify(path.join(root, 'src', p));
        const code = block.replaceAll("from 'looplab/experiments'", `from ${src('experiments/index.ts')}`).replaceAll("from 'looplab'", `from ${src('index.ts')}`) +
            `\nimport { executeRun as __run } from ${src('experiments/runner/runner.ts')};\n` +
            `const r = await __run({ experiment: linReg as never, dir: ${JSON.stringify(path.join(dir, 'run'))}, config: linReg.smokeConfig(), seed: 0 });\n` +
            'console.log(JSON.stringify(r));\n';
        writeFileSync(file, code);
        const r = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: root, encoding: 'utf8' });
        expect(r.stderr).toBe('');
        const outcome = JSON.parse(r.stdout);
        expect(outcome.status).toBe('finished');
        expect(outcome.summary.weightError).toBeLessThan(0.01);
    });
});
describe('docs agree with the registry', () => {
    const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
    const read = (p) => readFileSync(path.join(root, p), 'utf8');
    it("docs/cli.md's experiment table lists exactly the registered experiments", () => {
        const doc = read('docs/cli.md');
        const section = doc.slice(doc.indexOf('## Experiments'), doc.indexOf('## `looplab run`'));
        const rows = [...section.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
        expect(rows.sort()).toEqual(experiments.map((e) => e.name).sort());
    });
    it("online-copy's report points to the document that holds its sweep", () => {
        const source = read('src/experiments/p4-online/online-copy.ts');
        const docs = [...source.matchAll(/docs\/[\w-]+\.md/g)].map((m) => m[0]);
        expect(docs.length).toBeGreaterThan(0);
        for (const doc of docs)
            expect(read(doc)).toContain('looplab sweep online-copy');
    });
});
//# sourceMappingURL=experiments.test.js.map