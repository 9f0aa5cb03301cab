/**
 * Running the tour: every finding's runs (ordinary run directories), its quantities and checks,
 * then `tour.json` and `index.html` in the tour directory.
 *
 *   <dir>/tour.json                         the record (see `TourRecord` in report/tour-page.ts)
 *   <dir>/index.html                        the page: summary table, a section per paper
 *   <dir>/runs/<finding-id>/<run-label>/    one run directory per run, with its report.html
 *
 * Findings run one after another in this process, on the requested device where their
 * experiment runs on it and on the CPU otherwise (the page says which). A failed run makes its
 * finding "not measured" (it does not hold) and the tour goes on; a stop request (Ctrl-C) ends
 * the tour after the current run's checkpoint, and the page shows what was measured.
 */
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DeviceName } from '../../index.js';
import { getDefaultDevice, setDefaultDevice } from '../../index.js';
import { writeTextAtomic } from '../../report/write.js';
import { deviceProblem } from '../runner/devices.js';
import { packageVersion } from '../runner/env.js';
import { renderTourHtml } from '../runner/report-bridge.js';
import type { TourCheck, TourFindingRecord, TourQuantity, TourRecord, TourRun } from '../runner/report-bridge.js';
import { renderDirReport } from '../runner/reports.js';
import { writeJsonAtomic } from '../runner/run-dir.js';
import { executeRun } from '../runner/runner.js';
import type { ProgressEvent } from '../runner/runner.js';
import type { Summary } from '../runner/types.js';
import type { AnyFinding } from './finding.js';
import { evaluateCheck, measure, runConfigs } from './finding.js';
import { PAPERS, PAPER_IDS } from './papers.js';

export type { TourRecord, TourFindingRecord } from '../runner/report-bridge.js';

/** What the tour reports while it runs. */
export type TourEvent =
  | {
      readonly kind: 'finding';
      readonly index: number;
      readonly total: number;
      readonly finding: AnyFinding;
      /** Seconds left for the whole tour, from the findings' measured times scaled to this machine. */
      readonly etaSeconds: number;
    }
  | { readonly kind: 'run'; readonly finding: AnyFinding; readonly label: string; readonly device: DeviceName; readonly note?: string }
  | { readonly kind: 'progress'; readonly finding: AnyFinding; readonly label: string; readonly event: ProgressEvent; readonly etaSeconds: number }
  | { readonly kind: 'done'; readonly index: number; readonly total: number; readonly record: TourFindingRecord; readonly etaSeconds: number };

export interface TourOptions {
  readonly findings: readonly AnyFinding[];
  /** The tour directory (created if missing; normally a fresh `tour-<timestamp>`). */
  readonly dir: string;
  /** Seed of every run. */
  readonly seed: number;
  /** Where to compute; findings whose experiment does not run there run on the CPU. */
  readonly device: DeviceName;
  /** Run each finding at its experiment's smoke configuration (seconds; for tests), not its reduced one. */
  readonly smoke?: boolean;
  /** The command line to show on the page. */
  readonly command?: string;
  readonly signal?: AbortSignal;
  readonly now?: () => Date;
  readonly onEvent?: (e: TourEvent) => void;
}

/**
 * The seconds left: the declared (measured) seconds of what remains, scaled by how this machine
 * has compared so far (elapsed / declared of the finished part).
 */
function eta(findings: readonly AnyFinding[], from: number, elapsed: number, currentElapsed: number): number {
  const declaredDone = findings.slice(0, from).reduce((s, f) => s + f.seconds, 0);
  const scale = declaredDone > 0 && elapsed > 0 ? elapsed / declaredDone : 1;
  const current = findings[from] ? Math.max(0, findings[from].seconds * scale - currentElapsed) : 0;
  return current + findings.slice(from + 1).reduce((s, f) => s + f.seconds * scale, 0);
}

function figureOf(tourDir: string, f: AnyFinding, runDirs: ReadonlyMap<string, string>, labels: readonly string[]): TourFindingRecord['figure'] {
  if (!f.figure) return undefined;
  const dir = runDirs.get(f.figure.run ?? labels[0]);
  if (dir === undefined) return undefined;
  const file = path.join(dir, 'figures', f.figure.file);
  return existsSync(file) ? { caption: f.figure.caption, file: path.relative(tourDir, file) } : undefined;
}

function readIfExists(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** Run the findings and write tour.json and index.html into `o.dir`. */
export async function runTour(o: TourOptions): Promise<TourRecord> {
  const start = performance.now();
  const startedAt = (o.now?.() ?? new Date()).toISOString();
  const previous = getDefaultDevice();
  const records: TourFindingRecord[] = [];
  let interrupted = false;
  let elapsedFindings = 0;
  try {
    for (let i = 0; i < o.findings.length && !interrupted; i++) {
      const f = o.findings[i];
      const t0 = performance.now();
      o.onEvent?.({ kind: 'finding', index: i, total: o.findings.length, finding: f, etaSeconds: eta(o.findings, i, elapsedFindings, 0) });
      const base = o.smoke ? f.experiment.smokeConfig() : f.config();
      const runs = runConfigs(f, base);
      const device: DeviceName = deviceProblem(f.experiment, o.device) === undefined ? o.device : 'cpu';
      const note =
        device !== o.device
          ? `on the CPU: ${f.experiment.webgpu === true ? '' : (f.experiment.webgpu?.reason ?? 'the experiment does not run on WebGPU')}`
          : undefined;
      const summaries: Record<string, Summary | undefined> = {};
      const runDirs = new Map<string, string>();
      const runRecords: TourRun[] = [];
      let error: string | undefined;
      for (const r of runs) {
        const rel = path.join('runs', f.id, r.label);
        const dir = path.join(o.dir, rel);
        runDirs.set(r.label, dir);
        if (interrupted || error !== undefined) {
          runRecords.push({ label: r.label, dir: rel, status: 'skipped', device });
          continue;
        }
        o.onEvent?.({ kind: 'run', finding: f, label: r.label, device, note });
        setDefaultDevice(device);
        const outcome = await executeRun({
          experiment: f.experiment,
          dir,
          config: r.config,
          seed: o.seed,
          smoke: o.smoke === true,
          signal: o.signal,
          now: o.now,
          onProgress: (event) =>
            o.onEvent?.({
              kind: 'progress',
              finding: f,
              label: r.label,
              event,
              etaSeconds: eta(o.findings, i, elapsedFindings, (performance.now() - t0) / 1000),
            }),
        });
        switch (outcome.status) {
          case 'finished': {
            summaries[r.label] = outcome.summary;
            let report: string | undefined;
            let message: string | undefined;
            try {
              report = path.relative(o.dir, await renderDirReport(dir));
            } catch (e) {
              message = `report not rendered: ${(e as Error).message}`;
            }
            runRecords.push({ label: r.label, dir: rel, status: 'finished', device, report, seconds: outcome.seconds, ...(message ? { message } : {}) });
            break;
          }
          case 'failed':
            error = `run '${r.label}' failed: ${outcome.message}`;
            runRecords.push({ label: r.label, dir: rel, status: 'failed', device, message: outcome.message });
            break;
          case 'interrupted':
            interrupted = true;
            runRecords.push({ label: r.label, dir: rel, status: 'interrupted', device, message: `stopped after step ${outcome.step}` });
            break;
          default:
            outcome satisfies never;
        }
      }
      if (interrupted) error ??= 'the tour was stopped before this finding finished';
      const values = measure(f, summaries);
      const checks: TourCheck[] = f.checks.map((c) => {
        const r = evaluateCheck(c, values);
        return { ...r, holds: error === undefined && r.holds, margin: Number.isFinite(r.margin) ? r.margin : null };
      });
      const quantities: TourQuantity[] = f.quantities.map((q, k) => {
        const own = checks.filter((_, j) => f.checks[j].left === q.name || f.checks[j].right === q.name);
        const ours = values[k].ours;
        return {
          name: q.name,
          paper: q.paper,
          ours: Number.isFinite(ours) ? ours : null,
          ...(q.paperApprox ? { paperApprox: true } : {}),
          ...(q.paperNote ? { paperNote: q.paperNote } : {}),
          ...(q.description ? { description: q.description } : {}),
          holds: own.length === 0 ? null : own.every((c) => c.holds),
        };
      });
      const missing = f.quantities.filter((q, k) => summaries[q.run ?? runs[0].label] !== undefined && !Number.isFinite(values[k].ours));
      if (error === undefined && missing.length > 0) error = `the run did not report ${missing.map((q) => `'${q.key}'`).join(', ')}`;
      const seconds = (performance.now() - t0) / 1000;
      elapsedFindings += seconds;
      const record: TourFindingRecord = {
        id: f.id,
        paper: f.paper,
        paperTitle: PAPERS[f.paper].title,
        source: f.source,
        claim: f.claim,
        experiment: f.experiment.name,
        holds: error === undefined && checks.every((c) => c.holds),
        quantities,
        checks,
        run: runRecords[0]?.dir ?? '',
        runs: runRecords,
        reduced: o.smoke ? `smoke configuration of ${f.experiment.name}` : f.reduced,
        paperCommand: f.paperCommand,
        seconds,
        ...(error !== undefined ? { error } : {}),
        ...(error === undefined
          ? {
              figure: figureOf(
                o.dir,
                f,
                runDirs,
                runs.map((r) => r.label),
              ),
            }
          : {}),
      };
      records.push(record);
      o.onEvent?.({ kind: 'done', index: i, total: o.findings.length, record, etaSeconds: eta(o.findings, i + 1, elapsedFindings, 0) });
    }
  } finally {
    setDefaultDevice(previous);
  }
  const cpus = os.cpus();
  const tour: TourRecord = {
    kind: 'tour',
    looplab: packageVersion(),
    startedAt,
    seed: o.seed,
    device: o.device,
    smoke: o.smoke === true,
    seconds: (performance.now() - start) / 1000,
    holds: !interrupted && records.length === o.findings.length && records.every((r) => r.holds),
    interrupted,
    machine: { cpu: cpus[0]?.model.trim() ?? 'unknown', cores: cpus.length, node: process.version, platform: `${os.platform()} ${os.arch()}` },
    command: o.command ?? 'looplab tour',
    papers: PAPER_IDS.map((id) => ({ id, title: PAPERS[id].title, claim: PAPERS[id].claim })),
    findings: records,
  };
  writeJsonAtomic(path.join(o.dir, 'tour.json'), tour);
  await writeTextAtomic(
    path.join(o.dir, 'index.html'),
    renderTourHtml(tour, (file) => readIfExists(path.join(o.dir, file))),
  );
  return tour;
}
