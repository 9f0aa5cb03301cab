/**
 * The P1 experiments (memory-scalar, memory-teacher-student, memory-deep): each smoke
 * configuration runs through the runner and shows the paper's qualitative finding; the
 * reports render from the record; bad configurations are refused with the key named.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { executeRun } from '../src/experiments/runner/runner.js';
import { renderDirReport, singleRunInput } from '../src/experiments/runner/reports.js';
import { findExperiment } from '../src/experiments/runner/registry.js';
import { memoryScalar } from '../src/experiments/p1-memory/memory-scalar.js';
import { ablationLadder, bestOverLearningRates, memoryTeacherStudent, teacherStudentCells } from '../src/experiments/p1-memory/memory-teacher-student.js';
import { memoryDeep } from '../src/experiments/p1-memory/memory-deep.js';
import { linearRnnConv, makeStudent } from '../src/experiments/p1-memory/memory-students.js';
import { grad, nn, random, setStrict, tree } from '../src/index.js';
import type { Tensor, Tree } from '../src/index.js';
import { checkGrad, expectClose } from './util/check.js';
import type { AnyExperiment, ConfigObject, Summary } from '../src/experiments/runner/types.js';
import type { Report } from '../src/report/types.js';
import { eigReal } from '../src/analysis/index.js';

const tmpDirs: string[] = [];
afterAll(() => {
  for (const d of tmpDirs) rmSync(d, { recursive: true, force: true });
});

async function smoke(exp: AnyExperiment, seed = 0): Promise<{ summary: Summary; report: Report }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'looplab-memory-'));
  tmpDirs.push(dir);
  const out = await executeRun({ experiment: exp, dir, config: exp.smokeConfig(), seed, smoke: true });
  if (out.status !== 'finished') throw new Error(`run ${exp.name} ended as ${out.status}`);
  const report = singleRunInput(dir).report;
  expect(report.figures.length).toBeGreaterThan(0);
  // The page renders, with one SVG per figure.
  expect(existsSync(await renderDirReport(dir))).toBe(true);
  expect(readdirSync(path.join(dir, 'figures')).filter((f) => f.endsWith('.svg'))).toHaveLength(report.figures.length);
  for (const f of report.figures) {
    if (f.figure.kind === 'line') for (const s of f.figure.series) expect(s.x.length, `${f.name}/${s.name}`).toBeGreaterThan(0);
  }
  return { summary: out.summary, report };
}

describe('registry', () => {
  it('lists the three P1 experiments', () => {
    for (const name of ['memory-scalar', 'memory-teacher-student', 'memory-deep']) expect(findExperiment(name)?.name).toBe(name);
  });
});

describe('memory-scalar', () => {
  it('smoke: slopes 1, 3 (ρ = 0) and 2, 4 (ρ = 1); Monte Carlo within sampling error; the landscape sharpens unless exp + γ', async () => {
    const { summary, report } = await smoke(memoryScalar);
    expect(summary['slope_h2_rho=0']).toBeCloseTo(1, 2);
    expect(summary['slope_dLambda2_rho=0']).toBeCloseTo(3, 2);
    expect(summary['slope_h2_rho=1']).toBeCloseTo(2, 2);
    expect(summary['slope_dLambda2_rho=1']).toBeCloseTo(4, 2);
    expect(Math.abs(summary['slope_dNu2_expNorm_rho=0'])).toBeLessThan(0.01);
    expect(summary.maxAbsZ).toBeLessThan(4.5);
    // λ* = 0.99 vs 0.36: (0.64/0.01)³ ≈ 2.6e5 sharper in λ; exp + γ stays within a small factor.
    expect(summary.curvatureRatio_polar).toBeGreaterThan(1e5);
    expect(summary.curvatureRatio_expNorm).toBeLessThan(3);
    const paper = report.tables[0];
    for (const row of paper.rows) {
      const [name, ref, ours] = row as [string, number, number];
      const rtol = name.startsWith('slope') ? 0.01 : 1.2e-3;
      expect(Math.abs(ours - ref), `${name}: paper ${ref}, ours ${ours}`).toBeLessThanOrEqual(rtol * Math.abs(ref));
    }
  });

  it('refuses bad configurations, naming the key', () => {
    const c = memoryScalar.defaultConfig();
    expect(memoryScalar.validate!(c)).toEqual([]);
    expect(memoryScalar.validate!({ ...c, scaling: { ...c.scaling, rhos: [1.5] } }).join()).toMatch(/config\.scaling\.rhos/);
    expect(memoryScalar.validate!({ ...c, landscape: { ...c.landscape, gaps: [0] } }).join()).toMatch(/config\.landscape\.gaps/);
    expect(memoryScalar.validate!({ ...c, monteCarlo: { ...c.monteCarlo, moduli: [1] } }).join()).toMatch(/config\.monteCarlo\.moduli/);
  });
});

describe('memory-teacher-student', () => {
  it('smoke: at ν₀ = 0.99 the LRU ends with a lower loss than the dense RNN', async () => {
    const { summary, report } = await smoke(memoryTeacherStudent);
    expect(Number.isFinite(summary.lruLossAtMaxNu0)).toBe(true);
    expect(summary.lruLossAtMaxNu0).toBeLessThan(summary.rnnLossAtMaxNu0);
    // The ladder was trained and reported, one row per rung.
    const ladder = report.tables.find((t) => t.title.startsWith('Ablation'));
    expect(ladder?.rows).toHaveLength(6);
  }, 90_000);

  it('enumerates the grid and picks the best learning rate by mean over seeds (diverged = ∞)', () => {
    const c = { ...memoryTeacherStudent.smokeConfig(), seeds: 2 };
    const cells = teacherStudentCells(c);
    const perSeed = 2 * (2 + 1) + 3 * 1 + 3 * 2; // ν₀ × (lrs of lru + rnn) + dense rungs × 1 lr + diagonal rungs × 2 lrs
    expect(cells).toHaveLength(2 * perSeed);
    expect(ablationLadder(c).map(([k]) => k)).toEqual(['rnn', 'blockdiag', 'blockdiag', 'complexdiag', 'complexdiag-gamma', 'lru']);
    const sweep = cells.filter((x) => x.group === 0 && x.kind === 'lru' && x.nu0 === 0.99);
    // lr 0.03: losses 1 and 3 (mean 2); lr 0.1: 0.5 and ∞ (diverged).
    const losses = sweep.map((x) => (x.lr === 0.03 ? (x.seed === 0 ? 1 : 3) : x.seed === 0 ? 0.5 : Infinity));
    const best = bestOverLearningRates(sweep, losses, () => 'k').get('k')!;
    expect(best.lr).toBe(0.03);
    expect(best.mean).toBe(2);
    expect(best.sem).toBeCloseTo(1, 12); // s/√n = √2/√2
  });

  it('stopped between cells and resumed, ends with the same numbers as an uninterrupted run', async () => {
    const config = {
      ...memoryTeacherStudent.smokeConfig(), seqLen: 12, nu0s: [0.9], students: ['lru'], studentHidden: 4, lrDiagonal: [0.01, 0.03, 0.1],
      batchSize: 4, epochs: 2, stepsPerEpoch: 5, ablation: { enabled: false, nu0: 0.99, smallHidden: 10, largeHidden: 16 },
    };
    const exp = memoryTeacherStudent as unknown as AnyExperiment;
    const dirA = mkdtempSync(path.join(os.tmpdir(), 'looplab-memory-'));
    const dirB = mkdtempSync(path.join(os.tmpdir(), 'looplab-memory-'));
    tmpDirs.push(dirA, dirB);
    const a = await executeRun({ experiment: exp, dir: dirA, config, seed: 1 });
    const controller = new AbortController();
    const stopped = await executeRun({ experiment: exp, dir: dirB, config, seed: 1, signal: controller.signal, onProgress: (e) => e.step === 3 && controller.abort() });
    expect(stopped).toEqual({ status: 'interrupted', step: 10 }); // the cell in progress finishes first
    const b = await executeRun({ experiment: exp, dir: dirB, config, seed: 1 });
    expect(a.status).toBe('finished');
    expect(b.status).toBe('finished');
    if (a.status === 'finished' && b.status === 'finished') expect(b.summary).toEqual(a.summary);
  });

  it('refuses bad configurations, naming the key', () => {
    const c = memoryTeacherStudent.defaultConfig();
    expect(memoryTeacherStudent.validate!(c)).toEqual([]);
    expect(memoryTeacherStudent.validate!({ ...c, students: ['lstm'] }).join()).toMatch(/config\.students: unknown student 'lstm'; allowed: rnn, blockdiag/);
    expect(memoryTeacherStudent.validate!({ ...c, nu0s: [1] }).join()).toMatch(/config\.nu0s\[0\] must be in \[0, 1\)/);
    expect(memoryTeacherStudent.validate!({ ...c, lrDense: [] }).join()).toMatch(/config\.lrDense/);
  });
});

describe('memory-students', () => {
  beforeEach(() => setStrict(true));
  afterEach(() => setStrict(false));

  it('the convolution form of the linear RNN equals the step-by-step loop, in value and gradient (float64)', () => {
    const p = nn.linearRnn.init(random.key(2), { dIn: 1, dHidden: 6, dOut: 1, aGain: 0.95, dtype: 'f64' });
    const x = random.normal(random.key(3), [3, 20, 1], { dtype: 'f64' });
    expectClose(linearRnnConv(p, x), nn.linearRnn.apply(p, x), { rtol: 1e-12, atol: 1e-12 });
    const loss = (f: typeof linearRnnConv) => (q: typeof p): Tensor => f(q, x).square().sum();
    const [ga, gb] = [grad(loss(linearRnnConv))(p), grad(loss((q, xx) => nn.linearRnn.apply(q, xx)))(p)];
    for (const k of ['a', 'b', 'c', 'd'] as const) expectClose(ga[k], gb[k], { rtol: 1e-11, atol: 1e-11, what: k });
    // And against finite differences.
    const small = nn.linearRnn.init(random.key(4), { dIn: 1, dHidden: 3, dOut: 1, dtype: 'f64' });
    const xs = random.normal(random.key(5), [2, 7, 1], { dtype: 'f64' });
    const [leaves, def] = tree.flatten<Tensor>(small as unknown as Tree);
    checkGrad((...ls: Tensor[]) => linearRnnConv(tree.unflatten(def, ls.slice(0, 4)) as unknown as typeof small, ls[4]), [...leaves, xs]);
  });

  it('every student starts with its eigenvalues in the ring [ν₀, 1)', () => {
    const nu0 = 0.8;
    for (const kind of ['rnn', 'blockdiag'] as const) {
      const a = makeStudent(kind, random.key(6), 8, nu0, 'f64').params.a.toArray() as number[][];
      const moduli = eigReal(a).values.map((l) => Math.hypot(l.re, l.im));
      for (const m of moduli) expect(m >= nu0 - 1e-12 && m < 1, `${kind}: |λ| = ${m}`).toBe(true);
    }
    for (const kind of ['complexdiag', 'complexdiag-gamma', 'lru'] as const) {
      const lam = nn.lruLambda(makeStudent(kind, random.key(7), 8, nu0, 'f64').params as unknown as nn.LruParams);
      const mod = lam.re.square().add(lam.im.square()).sqrt().toArray() as number[];
      for (const m of mod) expect(m >= nu0 - 1e-12 && m < 1, `${kind}: |λ| = ${m}`).toBe(true);
    }
  });
});

describe('memory-deep', () => {
  it("smoke: the diagonal RNN's λ-gradient grows by orders of magnitude with memory, the LRU's does not", async () => {
    const { summary } = await smoke(memoryDeep);
    expect(summary.diag_lambdaGrowth).toBeGreaterThan(1e4);
    expect(summary.lru_lambdaGrowth).toBeLessThan(10);
    expect(summary['diag_lambda_t=100']).toBeGreaterThan(1e4 * summary['lru_lambda_t=100']);
    expect(Number.isFinite(summary.gru_lambdaGrowth)).toBe(true);
  }, 60_000);

  it('refuses bad configurations, naming the key', () => {
    const c = memoryDeep.defaultConfig();
    expect(memoryDeep.validate!(c)).toEqual([]);
    expect(memoryDeep.validate!({ ...c, mixers: ['lstm'] } as ConfigObject as typeof c).join()).toMatch(/config\.mixers: unknown mixer 'lstm'/);
    expect(memoryDeep.validate!({ ...c, dHidden: 128 }).join()).toMatch(/config\.dHidden must equal config\.dModel/);
    expect(memoryDeep.validate!({ ...c, memoryScales: [0.5] }).join()).toMatch(/config\.memoryScales/);
  });
});
