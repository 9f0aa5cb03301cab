/**
 * Several seeds of one configuration: `<dir>/seed-<s>/` run directories plus, in `<dir>`,
 *
 *   config.json    { kind: 'seeds', experiment, seeds, device, smoke, looplab, startedAt, config }
 *   summary.json   { kind: 'seeds', experiment, seeds, final: { <key>: { mean, sem, n, values } } }
 *
 * Seeds run one after another in this process; a stop request ends the current seed with a
 * checkpoint, and resuming the group resumes that seed and runs the ones not yet started.
 */
import type { DeviceName } from '../../index.js';
import { getDefaultDevice } from '../../index.js';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { aggregateSummaries } from './aggregate.js';
import type { SeedStat } from './aggregate.js';
import { packageVersion } from './env.js';
import { readJson, writeJsonAtomic } from './run-dir.js';
import { executeRun, readRunSummary } from './runner.js';
import type { ProgressEvent } from './runner.js';
import type { AnyExperiment, ConfigObject, Summary } from './types.js';

export interface SeedGroupMeta {
  readonly kind: 'seeds';
  readonly experiment: string;
  readonly seeds: readonly number[];
  readonly device: DeviceName;
  readonly smoke: boolean;
  readonly looplab: string;
  readonly startedAt: string;
  readonly config: ConfigObject;
}

export interface SeedGroupSummary {
  readonly kind: 'seeds';
  readonly experiment: string;
  readonly seeds: readonly number[];
  readonly final: Readonly<Record<string, SeedStat>>;
}

export type GroupOutcome =
  | { readonly status: 'finished'; readonly final: Readonly<Record<string, SeedStat>> }
  | { readonly status: 'interrupted'; readonly seed: number; readonly step: number }
  | { readonly status: 'failed'; readonly seed: number; readonly message: string };

/** The directory of seed `s` inside a group. */
export function seedDir(dir: string, seed: number): string {
  return path.join(dir, `seed-${seed}`);
}

export function readGroupMeta(dir: string): SeedGroupMeta {
  const file = path.join(dir, 'config.json');
  const m = readJson(file) as Partial<SeedGroupMeta>;
  if (m.kind !== 'seeds' || typeof m.experiment !== 'string' || !Array.isArray(m.seeds) || typeof m.config !== 'object') {
    throw new Error(`${file} does not describe a group of seeds (expected kind 'seeds' with experiment, seeds and config)`);
  }
  return m as SeedGroupMeta;
}

export function writeGroupMeta(dir: string, meta: Omit<SeedGroupMeta, 'kind' | 'looplab'>): void {
  const full: SeedGroupMeta = { kind: 'seeds', looplab: packageVersion(), ...meta };
  writeJsonAtomic(path.join(dir, 'config.json'), full);
}

/**
 * Aggregate the finished seeds' summaries. The group's summary.json is written only once every
 * seed has finished, so that its presence means "finished" for a group as for a single run;
 * with unfinished seeds the statistics over the finished ones are returned without writing.
 */
export function writeGroupSummary(dir: string, experiment: string, seeds: readonly number[]): Record<string, SeedStat> {
  const summaries: Summary[] = [];
  for (const s of seeds) {
    const r = readRunSummary(seedDir(dir, s));
    if (r) summaries.push(r.final);
  }
  const final = aggregateSummaries(summaries);
  if (summaries.length === seeds.length) {
    const file: SeedGroupSummary = { kind: 'seeds', experiment, seeds, final };
    writeJsonAtomic(path.join(dir, 'summary.json'), file);
  }
  return final;
}

export interface SeedGroupOptions {
  readonly experiment: AnyExperiment;
  readonly dir: string;
  readonly config: ConfigObject;
  readonly seeds: readonly number[];
  readonly smoke: boolean;
  readonly signal?: AbortSignal;
  readonly onProgress?: (e: ProgressEvent) => void;
  /** Called before each seed starts (or resumes). */
  readonly onSeed?: (seed: number, index: number, count: number) => void;
  readonly now?: () => Date;
}

/** Run (or resume) every seed of a group, then write the aggregate summary. */
export async function runSeedGroup(o: SeedGroupOptions): Promise<GroupOutcome> {
  mkdirSync(o.dir, { recursive: true });
  if (!existsSync(path.join(o.dir, 'config.json'))) {
    writeGroupMeta(o.dir, {
      experiment: o.experiment.name,
      seeds: o.seeds,
      device: getDefaultDevice(),
      smoke: o.smoke,
      startedAt: (o.now?.() ?? new Date()).toISOString(),
      config: o.config,
    });
  }
  for (const [i, seed] of o.seeds.entries()) {
    o.onSeed?.(seed, i, o.seeds.length);
    const r = await executeRun({
      experiment: o.experiment,
      dir: seedDir(o.dir, seed),
      config: o.config,
      seed,
      smoke: o.smoke,
      signal: o.signal,
      onProgress: o.onProgress,
      now: o.now,
    });
    if (r.status === 'interrupted') return { status: 'interrupted', seed, step: r.step };
    if (r.status === 'failed') return { status: 'failed', seed, message: r.message };
  }
  return { status: 'finished', final: writeGroupSummary(o.dir, o.experiment.name, o.seeds) };
}
