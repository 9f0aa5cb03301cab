/**
 * Reports from run directories. Whatever a directory holds — one run, a group of seeds, a
 * sweep — it becomes one {@link RunReportInput}: a single run through its experiment's own
 * `report`, a seed group as mean ± s.e.m. curves and a table of final numbers, a sweep as its
 * ranked table and the metric against each swept value. `looplab report` renders one such
 * input into its directory, or several side by side.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { aggregateCurve, formatStat, metricNames } from './aggregate.js';
import { formatValue } from './config.js';
import { findExperiment } from './registry.js';
import { writeComparison, writeReport } from './report-bridge.js';
import { readJson, readMetrics } from './run-dir.js';
import { readRunMeta, readRunSummary } from './runner.js';
import { readGroupMeta, seedDir } from './seeds.js';
import { plural, readSweepMeta, rebuildSweepSummary, sweepHeadline, sweepTable } from './sweep.js';
export function dirKind(dir) {
    const file = path.join(dir, 'config.json');
    if (!existsSync(file))
        throw new Error(`${dir} is not a looplab run directory (no config.json)`);
    const kind = readJson(file).kind;
    if (kind === 'run' || kind === 'seeds' || kind === 'sweep')
        return kind;
    throw new Error(`${file}: unknown kind ${JSON.stringify(kind)} (expected 'run', 'seeds' or 'sweep')`);
}
function experimentOf(name, dir) {
    const e = findExperiment(name);
    if (!e)
        throw new Error(`${dir} was written by experiment '${name}', which this looplab does not have`);
    return e;
}
function readEnv(dir) {
    const file = path.join(dir, 'env.json');
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}
/** Report input for a single run (finished or not: an unfinished run shows what it logged). */
export function singleRunInput(dir) {
    const meta = readRunMeta(dir);
    const exp = experimentOf(meta.experiment, dir);
    const summary = readRunSummary(dir);
    const metrics = readMetrics(path.join(dir, 'metrics.jsonl'));
    const report = exp.report({ experiment: meta.experiment, seed: meta.seed, config: meta.config, metrics, summary: summary?.final ?? {}, dir });
    return {
        label: path.basename(dir),
        title: `${exp.name}, seed ${meta.seed}${summary ? '' : ' (unfinished)'}`,
        subtitle: exp.description,
        report,
        config: meta,
        summary: summary ?? { status: 'unfinished' },
        environment: readEnv(dir),
    };
}
/** Mean ± s.e.m. curve figures for every metric logged by all seeds. */
function seedCurves(runs) {
    const names = metricNames(runs[0] ?? []);
    return names.map((name) => {
        const c = aggregateCurve(runs, name);
        const positive = c.mean.length > 0 && c.lo.every((v) => v > 0);
        const figure = {
            kind: 'line',
            title: `${name} (mean ± s.e.m. over ${runs.length} seeds)`,
            x: { label: 'step' },
            y: { label: name, log: positive && name.toLowerCase().includes('loss') },
            series: [{ name, x: c.x, y: c.mean, lo: c.lo, hi: c.hi }],
        };
        return { name: `${name}-seeds`, figure };
    });
}
function statTable(title, final) {
    return {
        title,
        columns: ['quantity', 'mean ± s.e.m.', 'n', 'per seed'],
        rows: Object.entries(final).map(([k, s]) => [k, formatStat(s), s.n, s.values.map((v) => formatValue(v)).join(', ')]),
    };
}
/** Report input for a group of seeds. */
export function seedGroupInput(dir) {
    const meta = readGroupMeta(dir);
    const exp = experimentOf(meta.experiment, dir);
    const runs = meta.seeds
        .filter((s) => existsSync(path.join(seedDir(dir, s), 'metrics.jsonl')))
        .map((s) => readMetrics(path.join(seedDir(dir, s), 'metrics.jsonl')));
    const summaryFile = path.join(dir, 'summary.json');
    const summary = existsSync(summaryFile) ? readJson(summaryFile) : undefined;
    return {
        label: path.basename(dir),
        title: `${exp.name}, ${meta.seeds.length} seeds`,
        subtitle: exp.description,
        report: {
            text: `Seeds ${meta.seeds.join(', ')}; each seed's own report is in its seed-<s>/ directory after \`looplab report\`.`,
            figures: seedCurves(runs),
            tables: summary ? [statTable('Final numbers over seeds', summary.final)] : [],
        },
        config: meta,
        summary: summary ?? { status: 'unfinished' },
        environment: readEnv(seedDir(dir, meta.seeds[0])),
    };
}
/**
 * Report input for a sweep: the ranked table, and the metric against each numeric grid key. The
 * summary (summary.json, summary.md) is rebuilt from the run directories first, so cells
 * finished after the sweep itself ended are counted.
 */
export function sweepInput(dir) {
    const meta = readSweepMeta(dir);
    const summary = rebuildSweepSummary(dir, meta);
    const exp = experimentOf(meta.experiment, dir);
    const { columns, rows } = sweepTable(meta, summary);
    const metric = summary.metric.name;
    const figures = meta.grid
        .filter((g) => g.values.every((v) => typeof v === 'number'))
        .map((g) => {
        // Other keys fixed: one series per combination of the other grid values.
        const groups = new Map();
        for (const c of summary.configs) {
            const s = c.final[metric];
            if (!s || !Number.isFinite(s.mean))
                continue;
            const other = Object.entries(c.overrides)
                .filter(([k]) => k !== g.key)
                .map(([k, v]) => `${k}=${formatValue(v)}`)
                .join(', ') || metric;
            const sem = Number.isFinite(s.sem) ? s.sem : 0;
            const series = groups.get(other) ?? { x: [], y: [], lo: [], hi: [] };
            series.x.push(c.overrides[g.key]);
            series.y.push(s.mean);
            series.lo.push(s.mean - sem);
            series.hi.push(s.mean + sem);
            groups.set(other, series);
        }
        const figure = {
            kind: 'line',
            title: `${metric} against ${g.key} (mean ± s.e.m. over ${plural(meta.seeds.length, 'seed')})`,
            x: { label: g.key, log: g.values.every((v) => v > 0) && Math.max(...g.values) / Math.min(...g.values) >= 100 },
            y: { label: metric },
            series: [...groups.entries()].map(([name, s]) => ({ name, ...s })),
        };
        return { name: `${metric}-vs-${g.key}`, figure };
    });
    const best = summary.best === null ? undefined : summary.configs[summary.best];
    return {
        label: path.basename(dir),
        title: `Sweep of ${exp.name}`,
        subtitle: exp.description,
        report: {
            text: `${sweepHeadline(meta, summary)}.` + (best ? ` Best: ${best.dir}.` : ''),
            figures,
            tables: [{ title: 'Configurations', columns, rows }],
        },
        config: meta,
        summary,
    };
}
/** Report input for any run directory. */
export function reportInput(dir) {
    const kind = dirKind(dir);
    switch (kind) {
        case 'run':
            return singleRunInput(dir);
        case 'seeds':
            return seedGroupInput(dir);
        case 'sweep':
            return sweepInput(dir);
        default:
            return kind;
    }
}
/** (Re-)render report.html and figures/ of one run directory; returns the report.html path. */
export function renderDirReport(dir) {
    return writeReport(dir, reportInput(dir));
}
/**
 * Render several run directories side by side into the directory `makeOutDir` creates (called
 * only once every input was read, so a bad input leaves nothing behind); returns report.html.
 */
export function renderComparison(dirs, makeOutDir) {
    const inputs = dirs.map(reportInput);
    return writeComparison(makeOutDir(), inputs, `Comparison of ${inputs.map((i) => i.label).join(', ')}`);
}
//# sourceMappingURL=reports.js.map