/**
 * What the registry-driven smoke test (test/experiments-smoke.test.ts) hands to a finding: the
 * finished smoke run of one experiment. A finding asserts what that smoke configuration is
 * there to show (the paper's qualitative result), and may run further configurations to
 * compare against.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { executeRun } from '../../src/experiments/runner/runner.js';
import type { AnyExperiment, ConfigObject, Summary } from '../../src/experiments/runner/types.js';
import type { Report } from '../../src/report/types.js';

export interface SmokeRun {
  readonly experiment: AnyExperiment;
  /** The run directory, with report.html and figures/ rendered. */
  readonly dir: string;
  readonly config: ConfigObject;
  readonly summary: Summary;
  readonly report: Report;
  /** Wall-clock seconds of the whole smoke run (set-up, training, evaluation, report). */
  readonly wallSeconds: number;
}

/** The finding of each experiment, by experiment name. */
export type Findings = Readonly<Record<string, (run: SmokeRun) => void | Promise<void>>>;

const dirs: string[] = [];

/** A fresh temporary directory, removed by {@link removeTmpDirs}. */
export function tmpDir(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'looplab-smoke-'));
  dirs.push(d);
  return d;
}

export function removeTmpDirs(): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** Run `config` to the end in a fresh directory and return its summary. */
export async function finish(experiment: AnyExperiment, config: ConfigObject, seed = 0): Promise<Summary> {
  const r = await executeRun({ experiment, dir: tmpDir(), config, seed });
  if (r.status !== 'finished') throw new Error(`${experiment.name} ended as ${r.status}${r.status === 'failed' ? `: ${r.message}` : ''}`);
  return r.summary;
}
