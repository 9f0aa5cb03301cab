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
import { getDefaultDevice, setDefaultDevice } from '../../index.js';
import { writeTextAtomic } from '../../report/write.js';
import { deviceProblem } from '../runner/devices.js';
import { packageVersion } from '../runner/env.js';
import { renderTourHtml } from '../runner/report-bridge.js';
import { renderDirReport } from '../runner/reports.js';
import { writeJsonAtomic } from '../runner/run-dir.js';
import { executeRun } from '../runner/runner.js';
import { evaluateCheck, measure, runConfigs } from './finding.js';
import { PAPERS, PAPER_IDS } from './papers.js';
/**
 * The seconds left: the declared (measured) seconds of what remains, scaled by how this machine
 * has compared so far (elapsed / declared of the finished part).
 */
function eta(findings, from, elapsed, currentElapsed) {
    const declaredDone = findings.slice(0, from).reduce((s, f) => s + f.seconds, 0);
    const scale = declaredDone > 0 && elapsed > 0 ? elapsed / declaredDone : 1;
    const current = findings[from] ? Math.max(0, findings[from].seconds * scale - currentElapsed) : 0;
    return current + findings.slice(from + 1).reduce((s, f) => s + f.seconds * scale, 0);
}
function figureOf(tourDir, f, runDirs, labels) {
    if (!f.figure)
        return undefined;
    const dir = runDirs.get(f.figure.run ?? labels[0]);
    if (dir === undefined)
        return undefined;
    const file = path.join(dir, 'figures', f.figure.file);
    return existsSync(file) ? { caption: f.figure.caption, file: path.relative(tourDir, file) } : undefined;
}
function readIfExists(file) {
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}
/** Run the findings and write tour.json and index.html into `o.dir`. */
export async function runTour(o) {
    const start = performance.now();
    const startedAt = (o.now?.() ?? new Date()).toISOString();
    const previous = getDefaultDevice();
    const records = [];
    let interrupted = false;
    let elapsedFindings = 0;
    try {
        for (let i = 0; i < o.findings.length && !interrupted; i++) {
            const f = o.findings[i];
            const t0 = performance.now();
            o.onEvent?.({ kind: 'finding', index: i, total: o.findings.length, finding: f, etaSeconds: eta(o.findings, i, elapsedFindings, 0) });
            const base = o.smoke ? f.experiment.smokeConfig() : f.config();
            const runs = runConfigs(f, base);
            const device = deviceProblem(f.experiment, o.device) === undefined ? o.device : 'cpu';
            const note = device !== o.device
                ? `on the CPU: ${f.experiment.webgpu === true ? '' : (f.experiment.webgpu?.reason ?? 'the experiment does not run on WebGPU')}`
                : undefined;
            const summaries = {};
            const runDirs = new Map();
            const runRecords = [];
            let error;
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
                    onProgress: (event) => o.onEvent?.({
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
                        let report;
                        let message;
                        try {
                            report = path.relative(o.dir, await renderDirReport(dir));
                        }
                        catch (e) {
                            message = `report not rendered: ${e.message}`;
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
                        outcome;
                }
            }
            if (interrupted)
                error ??= 'the tour was stopped before this finding finished';
            const values = measure(f, summaries);
            const checks = f.checks.map((c) => {
                const r = evaluateCheck(c, values);
                return { ...r, holds: error === undefined && r.holds, margin: Number.isFinite(r.margin) ? r.margin : null };
            });
            const quantities = f.quantities.map((q, k) => {
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
            if (error === undefined && missing.length > 0)
                error = `the run did not report ${missing.map((q) => `'${q.key}'`).join(', ')}`;
            const seconds = (performance.now() - t0) / 1000;
            elapsedFindings += seconds;
            const record = {
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
                        figure: figureOf(o.dir, f, runDirs, runs.map((r) => r.label)),
                    }
                    : {}),
            };
            records.push(record);
            o.onEvent?.({ kind: 'done', index: i, total: o.findings.length, record, etaSeconds: eta(o.findings, i + 1, elapsedFindings, 0) });
        }
    }
    finally {
        setDefaultDevice(previous);
    }
    const cpus = os.cpus();
    const tour = {
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
    await writeTextAtomic(path.join(o.dir, 'index.html'), renderTourHtml(tour, (file) => readIfExists(path.join(o.dir, file))));
    return tour;
}
//# sourceMappingURL=tour.js.map