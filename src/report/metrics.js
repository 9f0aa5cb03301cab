/**
 * The curve of metric `key` against the step, over the rows that logged it. With
 * `positive: true` only positive values are kept (for a logarithmic axis).
 */
export function metricSeries(rows, key, label = key, options = {}) {
    const kept = rows.filter((m) => typeof m[key] === 'number' && (options.positive !== true || m[key] > 0));
    return { name: label, x: kept.map((m) => m.step), y: kept.map((m) => m[key]) };
}
/** The final numbers of a run, one row per quantity. */
export function summaryTable(summary, title = 'Final numbers') {
    return { title, columns: ['quantity', 'value'], rows: Object.entries(summary) };
}
//# sourceMappingURL=metrics.js.map