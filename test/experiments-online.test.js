/**
 * The P4 experiments beyond their smoke runs (those, and the findings they show, are in
 * experiments-smoke.test.ts and findings/p4-online.ts): the paper configuration, the checks
 * across settings, parameter groups, exact resume, and Table 1 from sweeps.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configProblems } from '../src/experiments/runner/ranges.js';
import { executeRun } from '../src/experiments/runner/runner.js';
import { findExperiment } from '../src/experiments/runner/registry.js';
import { buildModel, makeOptimizer, optimizerGroups } from '../src/experiments/p4-online/online-common.js';
import { copySteps, defaultOnlineCopyConfig, onlineCopy, smokeOnlineCopyConfig } from '../src/experiments/p4-online/online-copy.js';
import { defaultOnlineLayersConfig, onlineLayers } from '../src/experiments/p4-online/online-layers.js';
import { onlineCopyTable } from '../src/experiments/p4-online/online-table.js';
import { onlineSmnist, smokeOnlineSmnistConfig } from '../src/experiments/p4-online/online-smnist.js';
import { nn, random, tree, zerosLike } from '../src/index.js';
const tmpDirs = [];
function tmpDir() {
    const d = mkdtempSync(path.join(os.tmpdir(), 'looplab-online-'));
    tmpDirs.push(d);
    return d;
}
afterAll(() => {
    for (const d of tmpDirs)
        rmSync(d, { recursive: true, force: true });
});
async function finish(experiment, config, seed = 0, dir = tmpDir()) {
    const r = await executeRun({ experiment, dir, config, seed });
    if (r.status !== 'finished')
        throw new Error(`run ended as ${r.status}`);
    return r.summary;
}
const asAny = (e) => e;
describe('online-copy', () => {
    it('is registered, and its paper configuration is the P4 set-up', () => {
        expect(findExperiment('online-copy')).toBe(onlineCopy);
        const c = defaultOnlineCopyConfig();
        expect(copySteps(c)).toBe(25 * 400); // 25 epochs of 20 000 / 50
        expect(configProblems(asAny(onlineCopy), c)).toEqual([]);
        expect(nn.countParams(buildModel(random.key(0), c.model, 8, 7, 'none'))).toBe(267527);
        expect(nn.countParams(buildModel(random.key(0), { ...c.model, mixer: 'gru', dModel: 91 }, 8, 7, 'none'))).toBe(269003);
    });
    it('rejects methods that do not fit the model, naming the fix', () => {
        const c = smokeOnlineCopyConfig();
        expect(configProblems(asAny(onlineCopy), { ...c, method: 'online', model: { ...c.model, mixer: 'gru' } })).toEqual([
            "config.method 'online' needs the diagonal LRU (model.mixer 'lru'); use 'snap1' (SnAp-1) or 'bptt' for 'gru'",
        ]);
        expect(configProblems(asAny(onlineCopy), { ...c, method: 'rtrl' })[0]).toMatch(/method must be one of bptt, online, spatial, truncated1, snap1, got 'rtrl'/);
        expect(configProblems(asAny(onlineCopy), { ...c, train: { ...c.train, batchSize: 5000 } })).toEqual([
            'config.train.batchSize (5000) exceeds config.task.trainSize (2000)',
        ]);
    });
    it('recurrent parameter groups (from nn.seq.labels): ν, θ, γ, B of the LRU; A, B of the linear RNN; W, U, b of the GRU', () => {
        /** The group of every leaf, by its path. */
        const groupsOf = (p) => {
            const groups = optimizerGroups(p);
            const at = (q) => q
                .split(/[.[\]]/)
                .filter((k) => k !== '')
                .reduce((o, k) => o[k], groups);
            return new Map(tree.paths(p).map((q) => [q, at(q)]));
        };
        const m = { ...smokeOnlineCopyConfig().model, nLayers: 2 };
        const lru = groupsOf(buildModel(random.key(0), m, 3, 2, 'none'));
        const recurrent = [...lru].filter(([, g]) => g === 'recurrent').map(([q]) => q);
        expect(recurrent.sort()).toEqual(['0', '1'].flatMap((l) => ['bIm', 'bRe', 'gammaLog', 'nuLog', 'thetaLog'].map((n) => `.blocks[${l}].mixer.${n}`)).sort());
        expect([...lru].filter(([, g]) => g !== 'recurrent').every(([, g]) => g === 'rest')).toBe(true);
        const lin = groupsOf(buildModel(random.key(0), { ...m, mixer: 'linearRnn' }, 3, 2, 'none'));
        expect(lin.get('.blocks[0].mixer.a')).toBe('recurrent');
        expect(lin.get('.blocks[0].mixer.c')).toBe('rest');
        const gru = groupsOf(buildModel(random.key(0), { ...m, mixer: 'gru' }, 3, 2, 'none'));
        expect(gru.get('.blocks[1].mixer.u')).toBe('recurrent');
        expect(gru.get('.decoder.b')).toBe('rest');
    });
    it.each(['exp', 'polar', 'reim'])("no recurrent leaf of an LRU ('%s') gets weight decay; the other leaves do", (parametrization) => {
        const p0 = nn.seq.init(random.key(1), {
            dInput: 3,
            dModel: 4,
            dOutput: 2,
            nLayers: 2,
            mixer: nn.lru,
            mixerConfig: { dHidden: 3, parametrization, rMin: 0.5 },
        });
        const p = tree.map((t) => t.add(0.5), p0); // no zero leaf (biases start at 0), so weight decay shows everywhere it acts
        const opt = makeOptimizer({ ...smokeOnlineCopyConfig().train, warmupFraction: 0, weightDecay: 0.5, clipNorm: 0 }, 10);
        // zero gradients: Adam's update is 0, AdamW's is −lr·wd·θ, so a nonzero update is weight decay
        const [updates] = opt.update(tree.map((t) => zerosLike(t), p), opt.init(p), p);
        const labels = nn.leafLabels(p, nn.seq.labels(p));
        const paths = tree.paths(p);
        const decayed = tree.leaves(updates).map((u) => u.abs().max().item() > 0);
        const names = { exp: ['nuLog', 'thetaLog'], polar: ['nu', 'theta'], reim: ['lambdaRe', 'lambdaIm'] }[parametrization];
        for (const n of [...names, 'gammaLog', 'bRe', 'bIm'])
            expect(labels[paths.indexOf(`.blocks[0].mixer.${n}`)]).toBe('recurrent');
        paths.forEach((q, i) => expect(decayed[i], q).toBe(labels[i] !== 'recurrent'));
    });
    it('resumes exactly: a run stopped and resumed ends with the same numbers', async () => {
        const base = smokeOnlineCopyConfig();
        const c = { ...base, method: 'bptt', task: { ...base.task, trainSize: 640 }, train: { ...base.train, epochs: 2 }, checkpointEvery: 7 };
        const straight = await finish(asAny(onlineCopy), c, 3);
        const dir = tmpDir();
        const controller = new AbortController();
        const stopped = await executeRun({
            experiment: asAny(onlineCopy),
            dir,
            config: c,
            seed: 3,
            signal: controller.signal,
            onProgress: (e) => e.step === 25 && controller.abort(),
        });
        expect(stopped).toEqual({ status: 'interrupted', step: 25 });
        const resumed = await finish(asAny(onlineCopy), c, 3, dir);
        for (const k of ['trainLoss', 'trainAccuracy', 'testAccuracy', 'valAccuracy'])
            expect(resumed[k]).toBe(straight[k]);
    });
    it('resumes bit for bit: stopped off a log boundary, twice, it writes the metrics and summary of an uninterrupted run', async () => {
        // 40 steps logged every 10: the stops at 25 and 35 fall inside logging windows, the second
        // inside the last one, whose mean is the summary's trainLoss.
        const base = smokeOnlineCopyConfig();
        const c = {
            ...base,
            method: 'online',
            task: { ...base.task, trainSize: 640 },
            train: { ...base.train, epochs: 2 },
            evalEvery: 15,
            checkpointEvery: 7,
        };
        expect(copySteps(c)).toBe(40);
        const straightDir = tmpDir();
        await finish(asAny(onlineCopy), c, 4, straightDir);
        const dir = tmpDir();
        for (const stopAt of [25, 35]) {
            const controller = new AbortController();
            const stopped = await executeRun({
                experiment: asAny(onlineCopy),
                dir,
                config: c,
                seed: 4,
                signal: controller.signal,
                onProgress: (e) => e.step === stopAt && controller.abort(),
            });
            expect(stopped).toEqual({ status: 'interrupted', step: stopAt });
        }
        await finish(asAny(onlineCopy), c, 4, dir);
        // Wall-clock numbers cannot repeat: metrics' time_s, summary's seconds and secondsPerStep.
        const read = (d, f) => readFileSync(path.join(d, f), 'utf8').replace(/"(time_s|seconds|secondsPerStep)": ?[-0-9.e+]+/g, '"$1":"wall-clock"');
        expect(read(dir, 'metrics.jsonl')).toBe(read(straightDir, 'metrics.jsonl'));
        expect(read(dir, 'metrics.jsonl').split('\n').length).toBeGreaterThan(6);
        expect(read(dir, 'summary.json')).toBe(read(straightDir, 'summary.json'));
        expect(read(dir, 'summary.json')).toContain('"secondsPerStep":"wall-clock"');
    });
});
describe('Table 1 from sweeps', () => {
    it('picks the learning rate on validation accuracy and reports test mean ± s.e.m.', () => {
        const dir = tmpDir();
        const stat = (values) => {
            const mean = values.reduce((a, b) => a + b, 0) / values.length;
            const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1));
            return { mean, sem: sd / Math.sqrt(values.length), n: values.length, values };
        };
        const cfg = (method, lr, val, test) => ({
            dir: `${method}-${lr}`,
            overrides: { method, 'train.lr': lr },
            final: { valAccuracy: stat(val), testAccuracy: stat(test) },
            unfinished: 0,
        });
        const configs = [
            cfg('online', 0.001, [0.8, 0.82, 0.81], [0.99, 0.99, 0.99]), // best test, but not best validation
            cfg('online', 0.004, [0.9, 0.92, 0.91], [0.9, 0.91, 0.92]),
            cfg('spatial', 0.001, [0.6, 0.6, 0.6], [0.6, 0.61, 0.62]),
            cfg('spatial', 0.004, [0.5, 0.5, 0.5], [0.5, 0.5, 0.5]),
        ];
        writeFileSync(path.join(dir, 'summary.json'), JSON.stringify({ kind: 'sweep', experiment: 'online-copy', metric: { name: 'testAccuracy', mode: 'max' }, configs, best: 0 }));
        const t = onlineCopyTable([dir]);
        expect(t.rows.map((r) => [r.row, r.bestLr, r.test.mean])).toEqual([
            ['method=online', 0.004, expect.closeTo(0.91, 12)],
            ['method=spatial', 0.001, expect.closeTo(0.61, 12)],
        ]);
        expect(t.markdown).toContain('| method=online | 0.004 | 0.9100 ± 0.005774 | 3 |');
        writeFileSync(path.join(dir, 'summary.json'), JSON.stringify({ kind: 'sweep', experiment: 'sine-mlp', configs: [] }));
        expect(() => onlineCopyTable([dir])).toThrow(/is not an online-copy sweep/);
    });
});
describe('online-layers', () => {
    it('studies the online rule only, with alignment on', () => {
        expect(configProblems(asAny(onlineLayers), defaultOnlineLayersConfig())).toEqual([]);
        expect(configProblems(asAny(onlineLayers), { ...defaultOnlineLayersConfig(), method: 'bptt', alignEvery: 0 })).toEqual([
            "config.method: online-layers studies the 'online' rule, got 'bptt' (use online-copy for the other methods)",
            'config.alignEvery must be ≥ 1 (the alignment is what this experiment measures), got 0',
        ]);
    });
});
describe('online-smnist', () => {
    it('validates the pooling factor', () => {
        const c = smokeOnlineSmnistConfig();
        expect(configProblems(asAny(onlineSmnist), { ...c, task: { ...c.task, pool: 5 } })).toEqual(['config.task.pool must be one of 1, 2, 4, 7, 14, 28, got 5']);
    });
});
//# sourceMappingURL=experiments-online.test.js.map