/** Plot-area size in pixels (axes, title and legend come on top). */
export const FIGURE_WIDTH = 480;
export const FIGURE_HEIGHT = 300;
/**
 * Okabe & Ito's colour-blind-safe palette (Color Universal Design), reordered so that the
 * first colours are the most distinct on white; yellow comes last.
 */
export const PALETTE = [
    '#0072B2', // blue
    '#E69F00', // orange
    '#009E73', // bluish green
    '#CC79A7', // reddish purple
    '#56B4E9', // sky blue
    '#D55E00', // vermillion
    '#000000', // black
    '#F0E442', // yellow
];
/** Symbol shapes cycled with the palette in scatter plots, so groups differ in more than hue. */
const SHAPES = ['circle', 'square', 'triangle-up', 'diamond', 'cross', 'triangle-down', 'triangle-left', 'triangle-right'];
/** Lines with at most this many points per series also get a marker at each point. */
const MAX_POINTS_WITH_MARKERS = 40;
const CONFIG = {
    font: 'Helvetica, Arial, sans-serif',
    title: { fontSize: 15, subtitleFontSize: 11, subtitleColor: '#555555', anchor: 'start', offset: 10 },
    axis: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'normal', gridColor: '#e8e8e8', tickColor: '#888888', domainColor: '#888888' },
    legend: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'normal', labelLimit: 260 },
    range: { category: [...PALETTE] },
    view: { stroke: '#cccccc' },
};
/** Counts of dropped values, turned into the subtitle. */
class DropNotes {
    what;
    nonFinite = 0;
    nonPositive = 0;
    constructor(what) {
        this.what = what;
    }
    text() {
        const out = [];
        const what = (n) => (n === 1 ? this.what[0] : this.what[1]);
        if (this.nonFinite > 0)
            out.push(`${this.nonFinite} non-finite ${what(this.nonFinite)} omitted`);
        if (this.nonPositive > 0)
            out.push(`${this.nonPositive} non-positive ${what(this.nonPositive)} omitted (log scale)`);
        return out;
    }
}
/** Can `v` be placed on an axis with this scale? Counts the reason when not. */
function keep(v, log, notes) {
    if (!Number.isFinite(v)) {
        notes.nonFinite++;
        return false;
    }
    if (log && v <= 0) {
        notes.nonPositive++;
        return false;
    }
    return true;
}
function scaleOf(axis) {
    // Linear scales need not include zero (loss curves); log scales cannot.
    const scale = axis.log ? { type: 'log' } : { type: 'linear', zero: false };
    if (axis.domain) {
        const [lo, hi] = axis.domain;
        if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi)) {
            throw new Error(`report: axis '${axis.label}' has domain [${lo}, ${hi}]; need finite min < max`);
        }
        if (axis.log && lo <= 0)
            throw new Error(`report: log axis '${axis.label}' needs a positive domain, got [${lo}, ${hi}]`);
        scale.domain = [lo, hi];
        scale.nice = false;
    }
    // A "nice" log domain rounds out to whole decades, which can leave most of the plot empty.
    if (axis.log)
        scale.nice = false;
    return scale;
}
/**
 * Log axes label only ticks of mantissa 1, 2 or 5 (…, 10, 20, 50, 100, …), as plain numbers
 * ("1e-5", "1000"; not "0.00001" or "1,000"). Vega's default labels every tick and then drops
 * overlapping ones, which can hide the decade labels. The epsilons absorb log10 rounding
 * (log(1000)/LN10 = 2.9999999999999996).
 */
const LOG_LABEL_EXPR = 'indexof([1, 2, 5], floor(datum.value / pow(10, floor(log(datum.value) / LN10 + 1e-9)) + 1e-9)) >= 0 ' + "? format(datum.value, '~g') : ''";
function axisOf(axis) {
    return axis.log ? { labelExpr: LOG_LABEL_EXPR } : {};
}
/** Series longer than this are thinned for drawing (see {@link thinIndices}). */
export const MAX_LINE_POINTS = 2000;
/**
 * Which points of a long series to draw: split it into `max / 4` runs of consecutive points and
 * keep each run's first, last, lowest and highest point, plus every non-finite one (so gaps
 * survive). At a 480 px plot width this is visually lossless (the M4 scheme of Jugel et al.,
 * VLDB 2014): spikes and divergences stay visible, while SVG size and render time stay bounded.
 */
export function thinIndices(y, max = MAX_LINE_POINTS) {
    const n = y.length;
    if (n <= max)
        return Array.from({ length: n }, (_, i) => i);
    const buckets = Math.max(1, Math.floor(max / 4));
    const keepIdx = [];
    for (let b = 0; b < buckets; b++) {
        const start = Math.floor((b * n) / buckets);
        const end = Math.floor(((b + 1) * n) / buckets); // exclusive
        let lo = -1;
        let hi = -1;
        const picked = new Set([start, end - 1]);
        for (let i = start; i < end; i++) {
            const v = y[i];
            if (!Number.isFinite(v))
                picked.add(i);
            else {
                if (lo < 0 || v < y[lo])
                    lo = i;
                if (hi < 0 || v > y[hi])
                    hi = i;
            }
        }
        if (lo >= 0)
            picked.add(lo);
        if (hi >= 0)
            picked.add(hi);
        keepIdx.push(...[...picked].sort((a, b2) => a - b2));
    }
    return keepIdx;
}
/** Make names unique in order of appearance: a, b, a -> a, b, a (2). */
function uniqueNames(names) {
    const seen = new Map();
    return names.map((n) => {
        const k = (seen.get(n) ?? 0) + 1;
        seen.set(n, k);
        return k === 1 ? n : `${n} (${k})`;
    });
}
function header(title, notes, width, height) {
    return {
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
        title: notes.length > 0 ? { text: title, subtitle: notes.join('; ') } : { text: title },
        width,
        height,
        background: 'white',
        padding: 8,
        config: CONFIG,
    };
}
function lineSpec(title, x, y, series) {
    const points = new DropNotes(['point', 'points']);
    const band = new DropNotes(['band value', 'band values']);
    const names = uniqueNames(series.map((s) => s.name));
    // A dropped y stays as null so the line breaks there (a gap shows where a run diverged);
    // a dropped x removes the row (there is no place to put it).
    const lineRows = [];
    const bandRows = [];
    let longest = 0;
    series.forEach((s, k) => {
        const n = s.x.length;
        if (s.y.length !== n)
            throw new Error(`report: series '${s.name}' has ${n} x values but ${s.y.length} y values`);
        for (const [which, arr] of [
            ['lo', s.lo],
            ['hi', s.hi],
        ]) {
            if (arr && arr.length !== n)
                throw new Error(`report: series '${s.name}' has ${n} x values but ${arr.length} ${which} values`);
        }
        longest = Math.max(longest, n);
        // Drops are counted over every point; only the thinned subset is drawn.
        const drawn = n > MAX_LINE_POINTS ? new Set(thinIndices(s.y)) : undefined;
        for (let i = 0; i < n; i++) {
            const xi = s.x[i];
            if (!keep(xi, x.log, points))
                continue; // counted once per point, as an x drop
            const yi = keep(s.y[i], y.log, points) ? s.y[i] : null;
            const bandOk = s.lo !== undefined && s.hi !== undefined && keep(s.lo[i], y.log, band) && keep(s.hi[i], y.log, band);
            if (drawn && !drawn.has(i))
                continue;
            lineRows.push({ series: names[k], i, x: xi, y: yi });
            if (bandOk)
                bandRows.push({ series: names[k], i, x: xi, lo: s.lo[i], hi: s.hi[i] });
        }
    });
    const clip = Boolean(x.domain || y.domain);
    const xEnc = { field: 'x', type: 'quantitative', title: x.label, scale: scaleOf(x), axis: axisOf(x) };
    const yScale = scaleOf(y);
    const color = { field: 'series', type: 'nominal', scale: { domain: names } };
    // One legend for both layers (same options, or Vega-Lite drops it), drawn as strokes rather
    // than the bands' pale fills.
    const lineLegend = { title: null, symbolType: 'stroke', symbolStrokeWidth: 2, symbolOpacity: 1 };
    const order = { field: 'i', type: 'quantitative' };
    const layers = [];
    if (bandRows.length > 0) {
        layers.push({
            data: { values: bandRows },
            mark: { type: 'area', opacity: 0.22, clip },
            // No `order` here: on an area it would split the band into one piece per point; bands follow x.
            encoding: {
                x: xEnc,
                y: { field: 'lo', type: 'quantitative', title: y.label, scale: yScale, axis: axisOf(y) },
                y2: { field: 'hi' },
                color: { ...color, legend: lineLegend },
            },
        });
    }
    layers.push({
        data: { values: lineRows },
        mark: {
            type: 'line',
            strokeWidth: 2,
            clip,
            invalid: 'break-paths-filter-domains',
            point: longest <= MAX_POINTS_WITH_MARKERS ? { filled: true, size: 28 } : false,
        },
        encoding: {
            x: xEnc,
            y: { field: 'y', type: 'quantitative', title: y.label, scale: yScale, axis: axisOf(y) },
            color: { ...color, legend: lineLegend },
            order,
        },
    });
    return { ...header(title, [...points.text(), ...band.text()], FIGURE_WIDTH, FIGURE_HEIGHT), layer: layers };
}
function scatterSpec(fig) {
    const notes = new DropNotes(['point', 'points']);
    const grouped = fig.points.some((p) => p.group !== undefined);
    const rows = [];
    const groups = [];
    for (const p of fig.points) {
        if (!(keep(p.x, fig.x.log, notes) && keep(p.y, fig.y.log, notes)))
            continue;
        const row = { x: p.x, y: p.y };
        if (grouped) {
            row.group = p.group ?? '(no group)';
            if (!groups.includes(row.group))
                groups.push(row.group);
        }
        if (p.label !== undefined)
            row.label = p.label;
        rows.push(row);
    }
    const clip = Boolean(fig.x.domain || fig.y.domain);
    const encoding = {
        x: { field: 'x', type: 'quantitative', title: fig.x.label, scale: scaleOf(fig.x), axis: axisOf(fig.x) },
        y: { field: 'y', type: 'quantitative', title: fig.y.label, scale: scaleOf(fig.y), axis: axisOf(fig.y) },
    };
    if (grouped) {
        encoding.color = { field: 'group', type: 'nominal', scale: { domain: groups }, legend: { title: null } };
        encoding.shape = { field: 'group', type: 'nominal', scale: { domain: groups, range: SHAPES }, legend: { title: null } };
    }
    const layers = [
        { mark: { type: 'point', filled: true, size: 50, opacity: 0.85, clip, ...(grouped ? {} : { color: PALETTE[0] }) }, encoding },
    ];
    // Labels are not clipped (a label beside a point at the edge would be cut); instead labels of
    // points outside a fixed domain, whose points are clipped away, are left out.
    const inside = (v, d) => !d || (v >= d[0] && v <= d[1]);
    const labelled = rows.filter((r) => r.label !== undefined && inside(r.x, fig.x.domain) && inside(r.y, fig.y.domain));
    if (labelled.length > 0) {
        layers.push({
            data: { values: labelled },
            mark: { type: 'text', align: 'left', baseline: 'middle', dx: 6, fontSize: 10, color: '#333333' },
            encoding: { x: encoding.x, y: encoding.y, text: { field: 'label', type: 'nominal' } },
        });
    }
    return { ...header(fig.title, notes.text(), FIGURE_WIDTH, FIGURE_HEIGHT), data: { values: rows }, layer: layers };
}
function heatmapSpec(fig) {
    const cols = fig.xLabels.map(String);
    const rowsL = fig.yLabels.map(String);
    for (const [what, labels] of [
        ['xLabels', cols],
        ['yLabels', rowsL],
    ]) {
        if (new Set(labels).size !== labels.length)
            throw new Error(`report: heatmap '${fig.title}' has duplicate ${what}`);
    }
    if (fig.values.length !== rowsL.length) {
        throw new Error(`report: heatmap '${fig.title}' has ${fig.values.length} rows of values but ${rowsL.length} yLabels`);
    }
    const notes = new DropNotes(['cell', 'cells']);
    const cells = [];
    let blank = 0;
    fig.values.forEach((row, r) => {
        if (row.length !== cols.length) {
            throw new Error(`report: heatmap '${fig.title}' row ${r} has ${row.length} values but there are ${cols.length} xLabels`);
        }
        row.forEach((v, c) => {
            if (Number.isNaN(v))
                blank++; // NaN = "no value here" by contract: blank, not a warning.
            else if (keep(v, fig.color.log, notes))
                cells.push({ col: cols[c], row: rowsL[r], v });
        });
    });
    const colorScale = fig.color.log ? { type: 'log', scheme: 'viridis' } : { type: 'linear', scheme: 'viridis', zero: false };
    if (fig.color.domain) {
        colorScale.domain = scaleOf(fig.color).domain;
        colorScale.clamp = true;
    }
    const short = (labels) => labels.every((l) => l.length <= 4);
    const step = Math.max(1, Math.ceil(cols.length / 24)); // show at most ~24 column labels
    const rowStep = Math.max(1, Math.ceil(rowsL.length / 30));
    const height = Math.round(Math.min(FIGURE_WIDTH, Math.max(120, (FIGURE_WIDTH * rowsL.length) / Math.max(1, cols.length))));
    const xAxis = { labelAngle: short(cols) ? 0 : -45, labelOverlap: false };
    if (step > 1)
        xAxis.values = cols.filter((_, i) => i % step === 0);
    const yAxis = { labelOverlap: false };
    if (rowStep > 1)
        yAxis.values = rowsL.filter((_, i) => i % rowStep === 0);
    return {
        ...header(fig.title, notes.text(), FIGURE_WIDTH, height),
        data: { values: cells },
        mark: { type: 'rect' },
        encoding: {
            x: { field: 'col', type: 'ordinal', title: fig.x.label, sort: cols, scale: { domain: cols }, axis: xAxis },
            y: { field: 'row', type: 'ordinal', title: fig.y.label, sort: rowsL, scale: { domain: rowsL }, axis: yAxis },
            color: {
                field: 'v',
                type: 'quantitative',
                title: fig.color.label,
                scale: colorScale,
                legend: { title: fig.color.label, ...(fig.color.log ? { format: '~g' } : {}) },
            },
        },
        // `blank` is recorded for tests and the lab (how many cells are intentionally empty).
        usermeta: { looplab: { kind: 'heatmap', blankCells: blank } },
    };
}
/**
 * Translate a declarative {@link Figure} into a Vega-Lite spec (plain JSON, data inline).
 *
 * - `line`: one coloured line per series in the given point order, legend on the right,
 *   shaded band between `lo` and `hi` where given; markers when series are short (≤ 40 points);
 *   series over 2000 points thinned for drawing with {@link thinIndices}.
 * - `scatter`: filled points; `group` sets colour and shape (legend), `label` writes text beside the point.
 * - `heatmap`: rect marks over ordinal axes in label order, viridis colour scale (log if
 *   `color.log`), NaN cells left blank. `x.log`/`y.log` do not apply (the axes are categorical).
 *
 * Axis `domain`s fix the scale and clip marks outside it. Non-finite values, and non-positive
 * values on log scales, are dropped and counted in the subtitle. Throws on malformed figures
 * (mismatched lengths, duplicate heatmap labels, invalid domains).
 */
export function figureToVegaLite(figure) {
    let spec;
    switch (figure.kind) {
        case 'line':
            spec = lineSpec(figure.title, figure.x, figure.y, figure.series);
            break;
        case 'scatter':
            spec = scatterSpec(figure);
            break;
        case 'heatmap':
            spec = heatmapSpec(figure);
            break;
        default:
            throw new Error(`report: unknown figure kind ${String(figure.kind)}`);
    }
    // Built from untyped records for brevity; the shapes above follow the Vega-Lite v6 schema
    // (checked by compiling every kind in test/report.test.ts).
    return spec;
}
//# sourceMappingURL=vega-lite.js.map