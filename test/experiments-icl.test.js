/**
 * The in-context-learning experiments (icl-gd, gated-rnn-attention): exact resume of the
 * side-by-side training loop, the parts of gated-rnn-attention, checks across settings, and
 * the memory estimate. Their findings are asserted through test/findings/p3-icl.ts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { estimateGatedRnnAttentionBytes, gatedRnnAttention, smokeGatedRnnAttentionConfig } from '../src/experiments/p3-icl/gated-rnn-attention.js';
import { defaultIclGdConfig, estimateIclGdBytes, iclGd, smokeIclGdConfig } from '../src/experiments/p3-icl/icl-gd.js';
import { configProblems } from '../src/experiments/runner/ranges.js';
import { executeRun } from '../src/experiments/runner/runner.js';
const dirs = [];
function tmpDir() {
    const d = mkdtempSync(path.join(os.tmpdir(), 'looplab-icl-'));
    dirs.push(d);
    return d;
}
afterAll(() => {
    for (const d of dirs)
        rmSync(d, { recursive: true, force: true });
});
const asAny = (e) => e;
async function finish(experiment, config, seed, dir = tmpDir()) {
    const r = await executeRun({ experiment, dir, config, seed });
    if (r.status !== 'finished')
        throw new Error(`${experiment.name} ended as ${r.status}`);
    return r.summary;
}
/** Stop at `at`, resume, and compare summary and metrics with an uninterrupted run. */
async function expectExactResume(experiment, c, at) {
    const straightDir = tmpDir();
    const straight = await finish(experiment, c, 2, straightDir);
    const dir = tmpDir();
    const controller = new AbortController();
    const stopped = await executeRun({ experiment, dir, config: c, seed: 2, signal: controller.signal, onProgress: (e) => e.step === at && controller.abort() });
    expect(stopped).toEqual({ status: 'interrupted', step: at });
    const resumed = await finish(experiment, c, 2, dir);
    expect(resumed).toEqual(straight);
    const rows = (d) => readFileSync(path.join(d, 'metrics.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => {
        const { time_s: _, ...rest } = JSON.parse(l);
        return rest;
    });
    expect(rows(dir)).toEqual(rows(straightDir));
}
describe('icl-gd', () => {
    it('resumes exactly, stopped off a log boundary', async () => {
        const s = smokeIclGdConfig();
        const c = {
            ...s,
            train: { ...s.train, steps: 24, batchSize: 32 },
            testTasks: 64,
            lineSearchTasks: 64,
            logEvery: 5,
            evalEvery: 10,
            checkpointEvery: 4,
        };
        await expectExactResume(asAny(iclGd), c, 13);
    }, 60_000);
    it('estimates its memory from the configuration (grows with the batch)', () => {
        const c = defaultIclGdConfig();
        const small = estimateIclGdBytes(c);
        expect(small).toBeGreaterThan(0);
        expect(estimateIclGdBytes({ ...c, train: { ...c.train, batchSize: 100_000 } })).toBeGreaterThan(small);
    });
});
describe('gated-rnn-attention', () => {
    const tiny = () => {
        const s = smokeGatedRnnAttentionConfig();
        return {
            ...s,
            teacherStudent: { ...s.teacherStudent, train: { ...s.teacherStudent.train, steps: 20 } },
            icl: { ...s.icl, dHidden: 8, dGate: 4, train: { ...s.icl.train, steps: 9, batchSize: 16 } },
            testSequences: 16,
            testTasks: 32,
            lineSearchTasks: 32,
            logEvery: 4,
            evalEvery: 6,
            checkpointEvery: 3,
        };
    };
    it('resumes exactly with models of different lengths (the regression models stop before the student)', async () => {
        await expectExactResume(asAny(gatedRnnAttention), tiny(), 14);
    }, 90_000);
    it('runs one part alone: teacher–student keys only, or the chosen regression models only', async () => {
        const a = await finish(asAny(gatedRnnAttention), { ...tiny(), parts: 'teacher-student' }, 0);
        expect(a).toHaveProperty('lambdaNearBinary');
        expect(a).not.toHaveProperty('lossGD');
        const b = await finish(asAny(gatedRnnAttention), { ...tiny(), parts: 'icl', icl: { ...tiny().icl, models: ['gatedRnn', 'gru'] } }, 0);
        expect(Object.keys(b)).toEqual(expect.arrayContaining(['lossGatedRnn', 'lossGRU', 'lossGD', 'lossZero']));
        expect(b).not.toHaveProperty('studentLoss');
        expect(b).not.toHaveProperty('lossLSTM');
        expect(b).not.toHaveProperty('predDistGatedToLSA');
    }, 90_000);
    it('refuses the interleaved layout for one layer, and unknown models', () => {
        const c = tiny();
        expect(configProblems(asAny(gatedRnnAttention), { ...c, icl: { ...c.icl, layout: 'interleaved' } })).toEqual([
            "config.icl.layout 'interleaved' puts x_j and y_j in different steps, which one gated RNN layer cannot multiply: use layout 'pairs' or icl.nLayers ≥ 2",
        ]);
        expect(configProblems(asAny(gatedRnnAttention), { ...c, icl: { ...c.icl, layout: 'interleaved', nLayers: 2 } })).toEqual([]);
        expect(configProblems(asAny(gatedRnnAttention), { ...c, icl: { ...c.icl, models: ['gatedRnn', 'mamba'] } })[0]).toMatch(/config.icl.models/);
        expect(estimateGatedRnnAttentionBytes(c)).toBeGreaterThan(0);
    });
});
//# sourceMappingURL=experiments-icl.test.js.map