/**
 * The P1 experiments (memory-scalar, memory-teacher-student, memory-deep) beyond their smoke
 * runs (those, and the findings they show, are in experiments-smoke.test.ts and
 * findings/p1-memory.ts): bad configurations are refused with the key named, the grid and the
 * choice of the best learning rate, exact resume, and the teacher and students.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configProblems } from '../src/experiments/runner/ranges.js';
import { executeRun } from '../src/experiments/runner/runner.js';
import { memoryScalar } from '../src/experiments/p1-memory/memory-scalar.js';
import { ablationLadder, bestOverLearningRates, memoryTeacherStudent, teacherStudentCells } from '../src/experiments/p1-memory/memory-teacher-student.js';
import { memoryDeep } from '../src/experiments/p1-memory/memory-deep.js';
import { linearRnnConv, makeStudent } from '../src/experiments/p1-memory/memory-students.js';
import { grad, nn, random, setStrict, tree } from '../src/index.js';
import { checkGrad, expectClose } from './util/check.js';
import { eigReal } from '../src/analysis/index.js';
const tmpDirs = [];
afterAll(() => {
    for (const d of tmpDirs)
        rmSync(d, { recursive: true, force: true });
});
const problems = (e, c) => configProblems(e, c).join();
describe('memory-scalar', () => {
    it('refuses bad configurations, naming the key', () => {
        const c = memoryScalar.defaultConfig();
        expect(problems(memoryScalar, c)).toBe('');
        expect(problems(memoryScalar, { ...c, scaling: { ...c.scaling, rhos: [1.5] } })).toBe('config.scaling.rhos[0] must be in [0, 1], got 1.5');
        expect(problems(memoryScalar, { ...c, landscape: { ...c.landscape, gaps: [0] } })).toMatch(/config\.landscape\.gaps/);
        expect(problems(memoryScalar, { ...c, monteCarlo: { ...c.monteCarlo, moduli: [1] } })).toMatch(/config\.monteCarlo\.moduli/);
        expect(problems(memoryScalar, { ...c, slopeFromScale: 1e5 })).toMatch(/config\.slopeFromScale must lie in \[scaling\.minScale, scaling\.maxScale\), got 100000/);
    });
});
describe('memory-teacher-student', () => {
    it('enumerates the grid and picks the best learning rate by mean over seeds (diverged = ∞)', () => {
        const c = { ...memoryTeacherStudent.smokeConfig(), seeds: 2 };
        const cells = teacherStudentCells(c);
        const perSeed = 2 * (2 + 1) + 3 * 1 + 3 * 2; // ν₀ × (lrs of lru + rnn) + dense rungs × 1 lr + diagonal rungs × 2 lrs
        expect(cells).toHaveLength(2 * perSeed);
        expect(ablationLadder(c).map(([k]) => k)).toEqual(['rnn', 'blockdiag', 'blockdiag', 'complexdiag', 'complexdiag-gamma', 'lru']);
        const sweep = cells.filter((x) => x.group === 0 && x.kind === 'lru' && x.nu0 === 0.99);
        // lr 0.03: losses 1 and 3 (mean 2); lr 0.1: 0.5 and ∞ (diverged).
        const losses = sweep.map((x) => (x.lr === 0.03 ? (x.seed === 0 ? 1 : 3) : x.seed === 0 ? 0.5 : Infinity));
        const best = bestOverLearningRates(sweep, losses, () => 'k').get('k');
        expect(best.lr).toBe(0.03);
        expect(best.mean).toBe(2);
        expect(best.sem).toBeCloseTo(1, 12); // s/√n = √2/√2
    });
    it('stopped between cells and resumed, ends with the same numbers as an uninterrupted run', async () => {
        const config = {
            ...memoryTeacherStudent.smokeConfig(),
            seqLen: 12,
            nu0s: [0.9],
            students: ['lru'],
            studentHidden: 4,
            lrDiagonal: [0.01, 0.03, 0.1],
            batchSize: 4,
            epochs: 2,
            stepsPerEpoch: 5,
            ablation: { enabled: false, nu0: 0.99, smallHidden: 10, largeHidden: 16 },
        };
        const exp = memoryTeacherStudent;
        const dirA = mkdtempSync(path.join(os.tmpdir(), 'looplab-memory-'));
        const dirB = mkdtempSync(path.join(os.tmpdir(), 'looplab-memory-'));
        tmpDirs.push(dirA, dirB);
        const a = await executeRun({ experiment: exp, dir: dirA, config, seed: 1 });
        const controller = new AbortController();
        const stopped = await executeRun({
            experiment: exp,
            dir: dirB,
            config,
            seed: 1,
            signal: controller.signal,
            onProgress: (e) => e.step === 3 && controller.abort(),
        });
        expect(stopped).toEqual({ status: 'interrupted', step: 10 }); // the cell in progress finishes first
        const b = await executeRun({ experiment: exp, dir: dirB, config, seed: 1 });
        expect(a.status).toBe('finished');
        expect(b.status).toBe('finished');
        if (a.status === 'finished' && b.status === 'finished')
            expect(b.summary).toEqual(a.summary);
    });
    it('refuses bad configurations, naming the key', () => {
        const c = memoryTeacherStudent.defaultConfig();
        expect(problems(memoryTeacherStudent, c)).toBe('');
        expect(problems(memoryTeacherStudent, { ...c, students: ['lstm'] })).toMatch(/config\.students\[0\] must be one of rnn, blockdiag, complexdiag, complexdiag-gamma, lru, got 'lstm'/);
        expect(problems(memoryTeacherStudent, { ...c, nu0s: [1] })).toMatch(/config\.nu0s\[0\] must be in \[0, 1\)/);
        expect(problems(memoryTeacherStudent, { ...c, lrDense: [] })).toBe('config.lrDense must list at least one value, got []');
    });
});
describe('memory-students', () => {
    beforeEach(() => setStrict(true));
    afterEach(() => setStrict(false));
    it('the convolution form of the linear RNN equals the step-by-step loop, in value and gradient (float64)', () => {
        const p = nn.linearRnn.init(random.key(2), { dIn: 1, dHidden: 6, dOut: 1, aGain: 0.95, dtype: 'f64' });
        const x = random.normal(random.key(3), [3, 20, 1], { dtype: 'f64' });
        expectClose(linearRnnConv(p, x), nn.linearRnn.apply(p, x), { rtol: 1e-12, atol: 1e-12 });
        const loss = (f) => (q) => f(q, x).square().sum();
        const [ga, gb] = [grad(loss(linearRnnConv))(p), grad(loss((q, xx) => nn.linearRnn.apply(q, xx)))(p)];
        for (const k of ['a', 'b', 'c', 'd'])
            expectClose(ga[k], gb[k], { rtol: 1e-11, atol: 1e-11, what: k });
        // And against finite differences.
        const small = nn.linearRnn.init(random.key(4), { dIn: 1, dHidden: 3, dOut: 1, dtype: 'f64' });
        const xs = random.normal(random.key(5), [2, 7, 1], { dtype: 'f64' });
        const [leaves, def] = tree.flatten(small);
        checkGrad((...ls) => linearRnnConv(tree.unflatten(def, ls.slice(0, 4)), ls[4]), [...leaves, xs]);
    });
    it('every student starts with its eigenvalues in the ring [ν₀, 1)', () => {
        const nu0 = 0.8;
        for (const kind of ['rnn', 'blockdiag']) {
            const a = makeStudent(kind, random.key(6), 8, nu0, 'f64').params.a.toArray();
            const moduli = eigReal(a).values.map((l) => Math.hypot(l.re, l.im));
            for (const m of moduli)
                expect(m >= nu0 - 1e-12 && m < 1, `${kind}: |λ| = ${m}`).toBe(true);
        }
        for (const kind of ['complexdiag', 'complexdiag-gamma', 'lru']) {
            const lam = nn.lruLambda(makeStudent(kind, random.key(7), 8, nu0, 'f64').params);
            const mod = lam.re.square().add(lam.im.square()).sqrt().toArray();
            for (const m of mod)
                expect(m >= nu0 - 1e-12 && m < 1, `${kind}: |λ| = ${m}`).toBe(true);
        }
    });
});
describe('memory-deep', () => {
    it('stopped inside a mixer and resumed, writes the metrics and summary of an uninterrupted run', async () => {
        const config = { ...memoryDeep.smokeConfig(), seqLen: 32 };
        const exp = memoryDeep;
        const dirA = mkdtempSync(path.join(os.tmpdir(), 'looplab-memory-'));
        const dirB = mkdtempSync(path.join(os.tmpdir(), 'looplab-memory-'));
        tmpDirs.push(dirA, dirB);
        const a = await executeRun({ experiment: exp, dir: dirA, config, seed: 2 });
        expect(a.status).toBe('finished');
        const controller = new AbortController();
        // 3 mixers × 3 memory scales: step 5 lies inside the second mixer.
        const stopped = await executeRun({
            experiment: exp,
            dir: dirB,
            config,
            seed: 2,
            signal: controller.signal,
            onProgress: (e) => e.step === 5 && controller.abort(),
        });
        expect(stopped.status).toBe('interrupted');
        const b = await executeRun({ experiment: exp, dir: dirB, config, seed: 2 });
        expect(b.status).toBe('finished');
        const read = (d, f) => readFileSync(path.join(d, f), 'utf8').replace(/"(time_s|seconds)": ?[-0-9.e+]+/g, '"$1":"wall-clock"');
        expect(read(dirB, 'metrics.jsonl')).toBe(read(dirA, 'metrics.jsonl'));
        expect(read(dirB, 'summary.json')).toBe(read(dirA, 'summary.json'));
    });
    it('refuses bad configurations, naming the key', () => {
        const c = memoryDeep.defaultConfig();
        expect(problems(memoryDeep, c)).toBe('');
        expect(problems(memoryDeep, { ...c, mixers: ['lstm'] })).toMatch(/config\.mixers\[0\] must be one of diag, lru, gru, got 'lstm'/);
        expect(problems(memoryDeep, { ...c, dHidden: 128 })).toMatch(/config\.dHidden must equal config\.dModel/);
        expect(problems(memoryDeep, { ...c, memoryScales: [0.5] })).toMatch(/config\.memoryScales/);
    });
});
//# sourceMappingURL=experiments-memory.test.js.map