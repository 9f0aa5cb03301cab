import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../src/cli/main.js';
import { EXIT_OK, main } from '../src/cli/main.js';
import type { SeedStat } from '../src/experiments/runner/aggregate.js';
import { sineMlp } from '../src/experiments/examples/sine-mlp.js';
import { runSweep } from '../src/experiments/runner/sweep.js';
import type { SweepSummary } from '../src/experiments/runner/sweep.js';

const tmpDirs: string[] = [];
function tmpDir(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'looplab-sweep-'));
  tmpDirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of tmpDirs) rmSync(d, { recursive: true, force: true });
});

function capture(): CliIO & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return { isTTY: false, out: (t) => void (out += t), err: (t) => void (err += t), stdout: () => out, stderr: () => err };
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** Mean and s.e.m. by hand: s.e.m. = sqrt(Σ(x − x̄)² / (n − 1)) / sqrt(n). */
function byHand(values: number[]): { mean: number; sem: number } {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
  return { mean, sem: sd / Math.sqrt(n) };
}

async function sweep(workers: number): Promise<{ dir: string; summary: SweepSummary; stdout: string }> {
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
  return { dir, summary: readJson<SweepSummary>(path.join(dir, 'summary.json')), stdout: io.stdout() };
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
    expect(readJson<SweepSummary>(path.join(dir, 'summary.json')).configs).toHaveLength(2);
    for (const c of summary.configs) {
      // The group's config.json is there (so `run --resume <config>` works), its summary.json is not.
      expect(readJson<{ kind: string }>(path.join(dir, c.dir, 'config.json')).kind).toBe('seeds');
      expect(existsSync(path.join(dir, c.dir, 'summary.json'))).toBe(false);
    }
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
        const perSeed = [0, 1, 2].map((s) => readJson<{ final: Record<string, number> }>(path.join(dir, c.dir, `seed-${s}`, 'summary.json')).final);
        const config = readJson<{ seed: number; config: { optim: { lr: number }; model: { hidden: number } } }>(path.join(dir, c.dir, 'seed-1', 'config.json'));
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
        expect(readJson<{ final: Record<string, SeedStat> }>(path.join(dir, c.dir, 'summary.json')).final).toEqual(c.final);
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
});
