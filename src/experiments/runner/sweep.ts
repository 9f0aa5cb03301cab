/**
 * Sweeps: every combination of the grid values × every seed, run in parallel, aggregated per
 * configuration (mean ± s.e.m. over seeds) and ranked by the experiment's declared metric.
 *
 *   <dir>/config.json      { kind: 'sweep', experiment, metric, grid, seeds, workers, base, configs }
 *   <dir>/<NNN-key=value…>/ one seed group per configuration (see seeds.ts)
 *   <dir>/summary.json     { kind: 'sweep', metric, configs: [{ dir, overrides, final }], best }
 *   <dir>/summary.md       the same as a Markdown table
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { formatStat } from './aggregate.js';
import type { SeedStat } from './aggregate.js';
import { formatValue, setPath } from './config.js';
import { packageVersion } from './env.js';
import { runJobs } from './pool.js';
import type { Job } from './pool.js';
import { readJson, writeJsonAtomic } from './run-dir.js';
import { writeFileDurable } from './checkpoint.js';
import type { RunOutcome } from './runner.js';
import { seedDir, writeGroupMeta, writeGroupSummary } from './seeds.js';
import type { AnyExperiment, ConfigObject, ConfigValue, SweepMetric } from './types.js';

/** One swept key and its values (already type-checked against the default). */
export interface GridAxis {
  readonly key: string;
  readonly values: readonly ConfigValue[];
}

export interface SweepConfigEntry {
  /** Directory name inside the sweep directory. */
  readonly dir: string;
  readonly overrides: Readonly<Record<string, ConfigValue>>;
}

export interface SweepMeta {
  readonly kind: 'sweep';
  readonly experiment: string;
  readonly metric: SweepMetric;
  readonly grid: readonly GridAxis[];
  readonly seeds: readonly number[];
  readonly workers: number;
  readonly smoke: boolean;
  readonly looplab: string;
  readonly startedAt: string;
  readonly base: ConfigObject;
  readonly configs: readonly SweepConfigEntry[];
}

export interface SweepConfigResult extends SweepConfigEntry {
  readonly final: Readonly<Record<string, SeedStat>>;
  /** Seeds that did not finish (failed or interrupted). */
  readonly unfinished: number;
}

export interface SweepSummary {
  readonly kind: 'sweep';
  readonly experiment: string;
  readonly metric: SweepMetric;
  readonly configs: readonly SweepConfigResult[];
  /** Index into `configs` of the best mean metric, or null if no configuration finished. */
  readonly best: number | null;
}

/** Every combination of the grid values, first axis slowest. */
export function gridCombinations(grid: readonly GridAxis[]): Record<string, ConfigValue>[] {
  return grid.reduce<Record<string, ConfigValue>[]>((acc, axis) => acc.flatMap((c) => axis.values.map((v) => ({ ...c, [axis.key]: v }))), [{}]);
}

/** Set dotted keys in a copy of `config`. */
export function withOverrides(config: ConfigObject, overrides: Readonly<Record<string, ConfigValue>>): ConfigObject {
  return Object.entries(overrides).reduce((c, [k, v]) => setPath(c, k.split('.'), v), config);
}

/** A readable, filesystem-safe directory name for configuration `i`. */
export function configDirName(i: number, overrides: Readonly<Record<string, ConfigValue>>): string {
  const label = Object.entries(overrides)
    .map(([k, v]) => `${k}=${formatValue(v)}`)
    .join('_')
    .replace(/[^A-Za-z0-9._=,-]+/g, '-')
    .slice(0, 100);
  return `${String(i).padStart(3, '0')}${label ? `-${label}` : ''}`;
}

/** The best configuration by the metric's mean (ignoring configurations without it). */
export function bestConfig(configs: readonly SweepConfigResult[], metric: SweepMetric): number | null {
  let best: number | null = null;
  configs.forEach((c, i) => {
    const m = c.final[metric.name]?.mean;
    if (m === undefined || !Number.isFinite(m)) return;
    const b = best === null ? undefined : configs[best].final[metric.name].mean;
    if (b === undefined || (metric.mode === 'min' ? m < b : m > b)) best = i;
  });
  return best;
}

export interface SweepOptions {
  readonly experiment: AnyExperiment;
  readonly dir: string;
  readonly base: ConfigObject;
  readonly grid: readonly GridAxis[];
  readonly seeds: readonly number[];
  readonly workers: number;
  readonly smoke: boolean;
  readonly signal?: AbortSignal;
  readonly onDone?: (done: number, total: number, job: Job, outcome: RunOutcome) => void;
  readonly now?: () => Date;
}

/** Run a sweep into `dir` (created if missing; it should be empty) and write its summary. */
export async function runSweep(o: SweepOptions): Promise<{ summary: SweepSummary; outcomes: RunOutcome[] }> {
  const combos = gridCombinations(o.grid);
  const entries: SweepConfigEntry[] = combos.map((overrides, i) => ({ dir: configDirName(i, overrides), overrides }));
  const startedAt = (o.now?.() ?? new Date()).toISOString();
  mkdirSync(o.dir, { recursive: true });
  const meta: SweepMeta = {
    kind: 'sweep',
    experiment: o.experiment.name,
    metric: o.experiment.metric,
    grid: o.grid,
    seeds: o.seeds,
    workers: o.workers,
    smoke: o.smoke,
    looplab: packageVersion(),
    startedAt,
    base: o.base,
    configs: entries,
  };
  writeJsonAtomic(path.join(o.dir, 'config.json'), meta);
  const jobs: Job[] = [];
  for (const e of entries) {
    const dir = path.join(o.dir, e.dir);
    const config = withOverrides(o.base, e.overrides);
    mkdirSync(dir, { recursive: true });
    writeGroupMeta(dir, { experiment: o.experiment.name, seeds: o.seeds, device: 'cpu', smoke: o.smoke, startedAt, config });
    for (const seed of o.seeds) jobs.push({ experiment: o.experiment.name, dir: seedDir(dir, seed), config, seed, smoke: o.smoke });
  }
  let done = 0;
  const outcomes = await runJobs(jobs, o.workers, {
    signal: o.signal,
    onDone: (i, outcome) => o.onDone?.(++done, jobs.length, jobs[i], outcome),
  });
  const summary = summarizeSweep(o.dir, meta, outcomes);
  return { summary, outcomes };
}

/** Aggregate each configuration's seeds and write summary.json and summary.md. */
function summarizeSweep(dir: string, meta: SweepMeta, outcomes: readonly RunOutcome[]): SweepSummary {
  const configs: SweepConfigResult[] = meta.configs.map((e, i) => {
    const final = writeGroupSummary(path.join(dir, e.dir), meta.experiment, meta.seeds);
    const mine = outcomes.slice(i * meta.seeds.length, (i + 1) * meta.seeds.length);
    return { ...e, final, unfinished: mine.filter((r) => r.status !== 'finished').length };
  });
  const summary: SweepSummary = { kind: 'sweep', experiment: meta.experiment, metric: meta.metric, configs, best: bestConfig(configs, meta.metric) };
  writeJsonAtomic(path.join(dir, 'summary.json'), summary);
  writeFileDurable(path.join(dir, 'summary.md'), sweepMarkdown(meta, summary));
  return summary;
}

/** Rows of the sweep table: one per configuration, grid values then the metric. */
export function sweepTable(meta: Pick<SweepMeta, 'grid' | 'seeds'>, summary: SweepSummary): { columns: string[]; rows: (string | number | null)[][] } {
  const keys = meta.grid.map((g) => g.key);
  const columns = ['', ...keys, `${summary.metric.name} (${summary.metric.mode}), mean ± s.e.m.`, 'seeds'];
  const rows = summary.configs.map((c, i) => {
    const stat = c.final[summary.metric.name];
    return [
      i === summary.best ? 'best' : '',
      ...keys.map((k) => formatValue(c.overrides[k])),
      stat ? formatStat(stat) : 'n/a',
      `${stat?.n ?? 0}/${meta.seeds.length}`,
    ];
  });
  return { columns, rows };
}

function sweepMarkdown(meta: SweepMeta, summary: SweepSummary): string {
  const { columns, rows } = sweepTable(meta, summary);
  const line = (cells: readonly (string | number | null)[]): string => `| ${cells.map((c) => String(c ?? '')).join(' | ')} |`;
  return [
    `# Sweep of ${meta.experiment}`,
    '',
    `${summary.configs.length} configurations × ${meta.seeds.length} seeds (${meta.seeds.join(', ')}), ranked by ${summary.metric.name} (${summary.metric.mode}).`,
    '',
    line(columns),
    line(columns.map(() => '---')),
    ...rows.map(line),
    '',
  ].join('\n');
}

/** Read a sweep directory's config.json and summary.json. */
export function readSweep(dir: string): { meta: SweepMeta; summary: SweepSummary } {
  const meta = readJson(path.join(dir, 'config.json')) as SweepMeta;
  if (meta.kind !== 'sweep') throw new Error(`${path.join(dir, 'config.json')} does not describe a sweep`);
  return { meta, summary: readJson(path.join(dir, 'summary.json')) as SweepSummary };
}
