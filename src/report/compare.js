/**
 * From an experiment's {@link Report} to a {@link ReportPage}: one run ({@link renderRunPage}),
 * or several runs side by side ({@link compareRuns}), where line and scatter figures that share
 * axes are overlaid with run labels and everything else is placed next to each other.
 */
import { renderFigureSvg } from './svg.js';
/** Render every figure of a report to SVG, keeping their order and names. */
export async function renderFigures(figures) {
    return Promise.all(figures.map(async ({ name, figure }) => ({ name, svg: await renderFigureSvg(figure) })));
}
/** The page for a single run: its text, rendered figures, tables, summary, config and environment. */
export async function renderRunPage(run) {
    return {
        title: run.title ?? run.label,
        subtitle: run.subtitle ?? (run.title !== undefined ? run.label : undefined),
        text: run.report.text,
        figures: await renderFigures(run.report.figures),
        tables: run.report.tables,
        config: run.config,
        summary: run.summary,
        environment: run.environment,
    };
}
const sameAxis = (a, b) => a.x.label === b.x.label && a.y.label === b.y.label && Boolean(a.x.log) === Boolean(b.x.log) && Boolean(a.y.log) === Boolean(b.y.log);
function sharedDomain(domains) {
    const first = domains[0];
    return first && domains.every((d) => d !== undefined && d[0] === first[0] && d[1] === first[1]) ? first : undefined;
}
/**
 * Overlay the same figure from several runs into one, or return `undefined` where that would
 * mislead (heatmaps, mixed kinds, different axis labels or scales).
 *
 * Line series are renamed `<run>: <series>` (just `<run>` when every run has one series of the
 * same name); scatter groups likewise. Fixed domains survive only if all runs agree.
 */
export function compareFigures(items) {
    if (items.length === 0)
        return undefined;
    const first = items[0].figure;
    const title = items.every((it) => it.figure.title === first.title) ? first.title : `${first.title} (compared)`;
    if (first.kind === 'line') {
        const figs = items.map((it) => it.figure).filter((f) => f.kind === 'line');
        if (figs.length !== items.length || !figs.every((f) => sameAxis(f, first)))
            return undefined;
        const names = new Set(figs.flatMap((f) => f.series.map((s) => s.name)));
        const labelOnly = names.size === 1 && figs.every((f) => f.series.length === 1);
        const series = items.flatMap((it, k) => figs[k].series.map((s) => ({ ...s, name: labelOnly ? it.label : `${it.label}: ${s.name}` })));
        return {
            kind: 'line',
            title,
            x: { ...first.x, domain: sharedDomain(figs.map((f) => f.x.domain)) },
            y: { ...first.y, domain: sharedDomain(figs.map((f) => f.y.domain)) },
            series,
        };
    }
    if (first.kind === 'scatter') {
        const figs = items.map((it) => it.figure).filter((f) => f.kind === 'scatter');
        if (figs.length !== items.length || !figs.every((f) => sameAxis(f, first)))
            return undefined;
        const points = items.flatMap((it, k) => figs[k].points.map((p) => ({ ...p, group: p.group === undefined ? it.label : `${it.label}: ${p.group}` })));
        return {
            kind: 'scatter',
            title,
            x: { ...first.x, domain: sharedDomain(figs.map((f) => f.x.domain)) },
            y: { ...first.y, domain: sharedDomain(figs.map((f) => f.y.domain)) },
            points,
        };
    }
    return undefined;
}
/** Scalar leaves of a JSON value as dotted paths; short arrays as JSON text, long ones as a count. */
export function flattenScalars(value, prefix = '', out = new Map(), depth = 0) {
    if (value === null || value === undefined) {
        if (prefix)
            out.set(prefix, null);
    }
    else if (typeof value === 'number' || typeof value === 'string') {
        out.set(prefix, value);
    }
    else if (typeof value === 'boolean' || typeof value === 'bigint') {
        out.set(prefix, String(value));
    }
    else if (Array.isArray(value)) {
        out.set(prefix, value.length <= 6 && value.every((v) => typeof v !== 'object') ? JSON.stringify(value) : `[${value.length} items]`);
    }
    else if (typeof value === 'object' && depth < 6) {
        for (const [k, v] of Object.entries(value))
            flattenScalars(v, prefix ? `${prefix}.${k}` : k, out, depth + 1);
    }
    else if (typeof value === 'object') {
        out.set(prefix, '{…}');
    }
    return out;
}
/** Rows = keys (in order of first appearance), columns = runs; optionally only keys whose values differ. */
function keyByRunTable(title, labels, values, onlyDiffering) {
    const flat = values.map((v) => flattenScalars(v));
    const keys = [...new Set(flat.flatMap((m) => [...m.keys()]))];
    const rows = keys
        .map((k) => [k, ...flat.map((m) => (m.has(k) ? (m.get(k) ?? null) : null))])
        .filter((row) => !onlyDiffering || new Set(row.slice(1).map((v) => JSON.stringify(v))).size > 1);
    if (keys.length === 0)
        return undefined;
    const note = onlyDiffering && rows.length === 0 ? 'The configurations are identical.' : undefined;
    return { title, columns: ['key', ...labels], rows, note };
}
/** Make labels unique: a, a -> a, a (2). */
function uniqueLabels(labels) {
    const seen = new Map();
    return labels.map((l) => {
        const k = (seen.get(l) ?? 0) + 1;
        seen.set(l, k);
        return k === 1 ? l : `${l} (${k})`;
    });
}
/** Legend labels up to this many characters are shown whole (the legends' label limit). */
const LEGEND_CHARS = 24;
/**
 * The labels of the runs' lines in overlaid figures: the run labels when they fit a legend and
 * differ; otherwise what differs between the runs' configurations (`method=online` vs
 * `method=spatial`, at most three settings; the `config.` of a run directory's config.json
 * dropped), so that long run names that share a prefix (a timestamped directory) stay apart.
 */
export function legendLabels(labels, configs) {
    if (labels.every((l) => l.length <= LEGEND_CHARS) && new Set(labels).size === labels.length)
        return [...labels];
    if (configs.some((c) => c === undefined || c === null))
        return [...labels];
    const flat = configs.map((c) => flattenScalars(c));
    const keys = [...new Set(flat.flatMap((m) => [...m.keys()]))].filter((k) => new Set(flat.map((m) => JSON.stringify(m.get(k) ?? null))).size > 1);
    if (keys.length === 0 || keys.length > 3)
        return [...labels];
    const byConfig = flat.map((m) => keys.map((k) => `${k.replace(/^config\./, '')}=${String(m.get(k) ?? 'none')}`).join(', '));
    return new Set(byConfig).size === byConfig.length ? uniqueLabels(byConfig) : [...labels];
}
/**
 * A comparison page for several runs (of one experiment, or of several): figures with the same
 * name are overlaid when {@link compareFigures} allows it, otherwise shown next to each other
 * as `<name>--<run>`; a "Summary by run" table and a "Configuration differences" table (keys
 * whose values differ) come first; then one column per run with its own tables, summary,
 * config and environment.
 */
export async function compareRuns(runs, options = {}) {
    if (runs.length === 0)
        throw new Error('report: compareRuns needs at least one run');
    const labels = uniqueLabels(runs.map((r) => r.label));
    const legends = legendLabels(labels, runs.map((r) => r.config));
    const names = [...new Set(runs.flatMap((r) => r.report.figures.map((f) => f.name)))];
    const figures = [];
    for (const name of names) {
        const items = runs.flatMap((r, k) => r.report.figures.filter((f) => f.name === name).map((f) => ({ label: legends[k], run: labels[k], figure: f.figure })));
        const overlay = items.length > 1 ? compareFigures(items) : undefined;
        if (overlay) {
            figures.push({ name, svg: await renderFigureSvg(overlay) });
        }
        else {
            for (const it of items)
                figures.push({ name: `${name}--${it.run}`, svg: await renderFigureSvg(it.figure) });
        }
    }
    const tables = [];
    const summaries = keyByRunTable('Summary by run', labels, runs.map((r) => r.summary), false);
    if (summaries)
        tables.push(summaries);
    const configs = keyByRunTable('Configuration differences', labels, runs.map((r) => r.config), true);
    if (configs)
        tables.push(configs);
    const texts = new Set(runs.map((r) => r.report.text ?? ''));
    const sections = runs.map((r, k) => ({
        label: labels[k],
        text: texts.size > 1 ? r.report.text : undefined,
        tables: r.report.tables,
        summary: r.summary,
        config: r.config,
        environment: r.environment,
    }));
    const titles = new Set(runs.map((r) => r.title ?? ''));
    return {
        title: options.title ?? (titles.size === 1 && runs[0].title ? `${runs[0].title}: ${runs.length} runs compared` : `${runs.length} runs compared`),
        subtitle: options.subtitle ?? labels.join(' · '),
        text: texts.size === 1 ? runs[0].report.text : undefined,
        figures,
        tables,
        runs: sections,
    };
}
//# sourceMappingURL=compare.js.map