/**
 * Sweeps: every combination of the grid values × every seed, run in parallel, aggregated per
 * configuration (mean ± s.e.m. over seeds) and ranked by the experiment's declared metric. The
 * summary is always rebuilt from the run directories, so a sweep finished piecewise (resumed
 * cells, a resumed sweep) reports all of its runs.
 *
 *   <dir>/config.json      { kind: 'sweep', experiment, metric, grid, seeds, workers, base, configs }
 *   <dir>/<NNN-key=value…>/ one seed group per configuration (see seeds.ts)
 *   <dir>/summary.json     { kind: 'sweep', metric, configs: [{ dir, overrides, final }], best }
 *   <dir>/summary.md       the same as a Markdown table
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { formatStat } from './aggregate.js';
import { formatValue, setPath } from './config.js';
import { packageVersion } from './env.js';
import { runJobs } from './pool.js';
import { readJson, writeJsonAtomic } from './run-dir.js';
import { writeFileDurable } from './checkpoint.js';
import { readRunSummary } from './runner.js';
import { seedDir, writeGroupMeta, writeGroupSummary } from './seeds.js';
/** Every combination of the grid values, first axis slowest. */
export function gridCombinations(grid) {
    return grid.reduce((acc, axis) => acc.flatMap((c) => axis.values.map((v) => ({ ...c, [axis.key]: v }))), [{}]);
}
/** Set dotted keys in a copy of `config`. */
export function withOverrides(config, overrides) {
    return Object.entries(overrides).reduce((c, [k, v]) => setPath(c, k.split('.'), v), config);
}
/** A readable, filesystem-safe directory name for configuration `i`. */
export function configDirName(i, overrides) {
    const label = Object.entries(overrides)
        .map(([k, v]) => `${k}=${formatValue(v)}`)
        .join('_')
        .replace(/[^A-Za-z0-9._=,-]+/g, '-')
        .slice(0, 100);
    return `${String(i).padStart(3, '0')}${label ? `-${label}` : ''}`;
}
/** The best configuration by the metric's mean (ignoring configurations without it). */
export function bestConfig(configs, metric) {
    let best = null;
    configs.forEach((c, i) => {
        const m = c.final[metric.name]?.mean;
        if (m === undefined || !Number.isFinite(m))
            return;
        const b = best === null ? undefined : configs[best].final[metric.name].mean;
        if (b === undefined || (metric.mode === 'min' ? m < b : m > b))
            best = i;
    });
    return best;
}
/** `1 seed`, `3 seeds`. */
export function plural(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
/** Run a sweep into `dir` (created if missing; it should be empty) and write its summary. */
export async function runSweep(o) {
    const combos = gridCombinations(o.grid);
    const entries = combos.map((overrides, i) => ({ dir: configDirName(i, overrides), overrides }));
    const startedAt = (o.now?.() ?? new Date()).toISOString();
    mkdirSync(o.dir, { recursive: true });
    const meta = {
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
    const jobs = sweepJobs(o.dir, meta);
    return runSweepJobs(o.dir, meta, jobs, o.workers, o);
}
/**
 * Finish a sweep in `dir`: run every (configuration, seed) without a finished run — interrupted
 * runs resume from their checkpoints, failed and never-started ones run from the start — and
 * rebuild the summary from all run directories. `skipped` counts the runs already finished.
 */
export async function resumeSweep(o) {
    const meta = readSweepMeta(o.dir);
    const all = sweepJobs(o.dir, meta);
    const jobs = all.filter((j) => readRunSummary(j.dir) === undefined);
    const { summary, outcomes } = await runSweepJobs(o.dir, meta, jobs, o.workers, o);
    return { summary, outcomes, jobs, skipped: all.length - jobs.length };
}
/** The jobs of a sweep, configuration by configuration, creating each group's directory. */
function sweepJobs(dir, meta) {
    const jobs = [];
    for (const e of meta.configs) {
        const group = path.join(dir, e.dir);
        const config = withOverrides(meta.base, e.overrides);
        if (!existsSync(path.join(group, 'config.json'))) {
            mkdirSync(group, { recursive: true });
            writeGroupMeta(group, { experiment: meta.experiment, seeds: meta.seeds, device: 'cpu', smoke: meta.smoke, startedAt: meta.startedAt, config });
        }
        for (const seed of meta.seeds)
            jobs.push({ experiment: meta.experiment, dir: seedDir(group, seed), config, seed, smoke: meta.smoke });
    }
    return jobs;
}
async function runSweepJobs(dir, meta, jobs, workers, o) {
    let done = 0;
    const outcomes = await runJobs(jobs, workers, {
        signal: o.signal,
        startWorker: o.startWorker,
        onDone: (i, outcome) => o.onDone?.(++done, jobs.length, jobs[i], outcome),
        onRetry: (i, message) => o.onRetry?.(jobs[i], message),
    });
    return { summary: rebuildSweepSummary(dir, meta), outcomes };
}
/**
 * Aggregate each configuration's seeds from the run directories on disk (whatever ran them: this
 * sweep, `sweep --resume`, `run --resume <sweep>/<config>`) and write summary.json and summary.md.
 */
export function rebuildSweepSummary(dir, meta = readSweepMeta(dir)) {
    const configs = meta.configs.map((e) => {
        const group = path.join(dir, e.dir);
        const final = writeGroupSummary(group, meta.experiment, meta.seeds);
        const unfinished = meta.seeds.filter((s) => readRunSummary(seedDir(group, s)) === undefined).length;
        return { ...e, final, unfinished };
    });
    const summary = { kind: 'sweep', experiment: meta.experiment, metric: meta.metric, configs, best: bestConfig(configs, meta.metric) };
    writeJsonAtomic(path.join(dir, 'summary.json'), summary);
    writeFileDurable(path.join(dir, 'summary.md'), sweepMarkdown(meta, summary));
    return summary;
}
/**
 * When `groupDir` is one configuration of a sweep, rebuild that sweep's summary (after the
 * configuration was run on its own, by `looplab run --resume <sweep>/<config>`); returns the
 * sweep's directory, or undefined when `groupDir` is not part of a sweep.
 */
export function refreshEnclosingSweep(groupDir) {
    const parent = path.dirname(groupDir);
    const file = path.join(parent, 'config.json');
    if (!existsSync(file))
        return undefined;
    const meta = readJson(file);
    if (meta.kind !== 'sweep' || !meta.configs?.some((c) => c.dir === path.basename(groupDir)))
        return undefined;
    rebuildSweepSummary(parent, readSweepMeta(parent));
    return parent;
}
/** Configuration indices best first by the metric's mean; those without it last, in grid order. */
export function rankConfigs(summary) {
    const { name, mode } = summary.metric;
    const key = (i) => {
        const m = summary.configs[i].final[name]?.mean;
        return m === undefined || !Number.isFinite(m) ? Infinity : mode === 'min' ? m : -m;
    };
    return summary.configs.map((_, i) => i).sort((a, b) => key(a) - key(b) || a - b);
}
/** Rows of the sweep table, best first: one per configuration, grid values then the metric. */
export function sweepTable(meta, summary) {
    const keys = meta.grid.map((g) => g.key);
    const columns = ['', ...keys, `${summary.metric.name} (${summary.metric.mode}), mean ± s.e.m.`, 'seeds'];
    const rows = rankConfigs(summary).map((i) => {
        const c = summary.configs[i];
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
/** `4 configurations × 1 seed (0), ranked by testLoss (min)`. */
export function sweepHeadline(meta, summary) {
    return `${plural(summary.configs.length, 'configuration')} × ${plural(meta.seeds.length, 'seed')} (${meta.seeds.join(', ')}), ranked by ${summary.metric.name} (${summary.metric.mode})`;
}
function sweepMarkdown(meta, summary) {
    const { columns, rows } = sweepTable(meta, summary);
    const line = (cells) => `| ${cells.map((c) => String(c ?? '')).join(' | ')} |`;
    return [
        `# Sweep of ${meta.experiment}`,
        '',
        `${sweepHeadline(meta, summary)}.`,
        '',
        line(columns),
        line(columns.map(() => '---')),
        ...rows.map(line),
        '',
    ].join('\n');
}
/** Read a sweep directory's config.json. */
export function readSweepMeta(dir) {
    const file = path.join(dir, 'config.json');
    const meta = readJson(file);
    if (meta.kind !== 'sweep')
        throw new Error(`${file} does not describe a sweep`);
    return meta;
}
//# sourceMappingURL=sweep.js.map