/**
 * `looplab sweep collect <sweep-id>`: the finished cells of a queued sweep as a sweep directory
 * with the same layout, summary (mean ± s.e.m. per configuration, kind "sweep") and report as a
 * local sweep:
 *
 *   <out>/<sweep-id>/config.json                 the sweep (kind 'sweep', with its queue ids)
 *   <out>/<sweep-id>/<NNN-key=value…>/seed-<k>/  each cell's run directory, copied from the results
 *   <out>/<sweep-id>/summary.json, summary.md, report.html
 *
 * A run directory that this machine cannot read (the workers' results directory is not shared
 * with it) is rebuilt from the job's result: its config.json and summary.json, without the
 * metrics (the report then lacks its curves, and says which cells came from the queue only).
 * Collecting again updates the same directory.
 */
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { LOCK_FILE } from './lock.js';
import { sweepStatus } from './queue.js';
import { renderDirReport } from './reports.js';
import { writeJsonAtomic } from './run-dir.js';
import { seedDir, writeGroupMeta } from './seeds.js';
import { rebuildSweepSummary, withOverrides } from './sweep.js';
/**
 * Build (or update) `<out>/<sweep-id>/` from the queue and the results directory (default: the
 * one given when the sweep was submitted).
 */
export async function collectSweep(o) {
    const status = await sweepStatus(o.queue, o.id);
    const { sweep } = status;
    const results = o.results ?? sweep.queue.results ?? undefined;
    const dir = path.join(o.out, sweep.queue.id);
    mkdirSync(dir, { recursive: true });
    const meta = sweep;
    writeJsonAtomic(path.join(dir, 'config.json'), meta);
    let copied = 0;
    let fromQueue = 0;
    for (const e of sweep.configs) {
        const group = path.join(dir, e.dir);
        mkdirSync(group, { recursive: true });
        const config = withOverrides(sweep.base, e.overrides);
        writeGroupMeta(group, { experiment: sweep.experiment, seeds: sweep.seeds, device: 'cpu', smoke: sweep.smoke, startedAt: sweep.startedAt, config });
        for (const cell of status.cells.filter((c) => c.configDir === e.dir)) {
            const target = seedDir(group, cell.seed);
            if (cell.result === undefined)
                continue;
            const source = results === undefined ? undefined : path.resolve(results, cell.result.path);
            rmSync(target, { recursive: true, force: true });
            if (source !== undefined && existsSync(path.join(source, 'summary.json'))) {
                cpSync(source, target, { recursive: true, filter: (src) => path.basename(src) !== LOCK_FILE });
                copied++;
                continue;
            }
            mkdirSync(target, { recursive: true });
            const runMeta = {
                kind: 'run',
                experiment: sweep.experiment,
                seed: cell.seed,
                device: 'cpu',
                smoke: sweep.smoke,
                looplab: sweep.looplab,
                startedAt: sweep.startedAt,
                config,
            };
            const summary = { kind: 'run', experiment: sweep.experiment, seed: cell.seed, seconds: cell.result.seconds, final: cell.result.summary };
            writeJsonAtomic(path.join(target, 'config.json'), runMeta);
            writeJsonAtomic(path.join(target, 'summary.json'), summary);
            fromQueue++;
        }
    }
    const summary = rebuildSweepSummary(dir, meta);
    let report;
    try {
        report = { html: await renderDirReport(dir) };
    }
    catch (e) {
        report = { error: e.message };
    }
    return { dir, status, summary, copied, fromQueue, report };
}
//# sourceMappingURL=queue-collect.js.map