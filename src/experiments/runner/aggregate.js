export function meanSem(values) {
    const n = values.length;
    if (n === 0)
        return { mean: NaN, sem: NaN, n, values };
    const mean = values.reduce((s, v) => s + v, 0) / n;
    if (n < 2)
        return { mean, sem: NaN, n, values };
    const ss = values.reduce((s, v) => s + (v - mean) ** 2, 0);
    return { mean, sem: Math.sqrt(ss / (n - 1)) / Math.sqrt(n), n, values };
}
/** Per-key statistics over the summaries of several seeds (keys every summary has). */
export function aggregateSummaries(summaries) {
    if (summaries.length === 0)
        return {};
    const keys = Object.keys(summaries[0]).filter((k) => summaries.every((s) => k in s));
    return Object.fromEntries(keys.map((k) => [k, meanSem(summaries.map((s) => (s[k] === null ? NaN : s[k])))]));
}
/** Mean ± s.e.m. curve of metric `name` over the steps every seed logged. */
export function aggregateCurve(runs, name) {
    const byStep = runs.map((rows) => new Map(rows.filter((r) => typeof r[name] === 'number').map((r) => [r.step, r[name]])));
    const steps = [...(byStep[0]?.keys() ?? [])].filter((s) => byStep.every((m) => m.has(s))).sort((a, b) => a - b);
    const out = { x: [], mean: [], lo: [], hi: [] };
    for (const s of steps) {
        const st = meanSem(byStep.map((m) => m.get(s)));
        const sem = Number.isFinite(st.sem) ? st.sem : 0;
        out.x.push(s);
        out.mean.push(st.mean);
        out.lo.push(st.mean - sem);
        out.hi.push(st.mean + sem);
    }
    return out;
}
/** Names of the numeric metrics logged in `rows` (besides step and time). */
export function metricNames(rows) {
    const names = new Set();
    for (const r of rows)
        for (const k of Object.keys(r))
            if (k !== 'step' && k !== 'time_s')
                names.add(k);
    return [...names];
}
/** `0.01234 ± 0.00056` with a sensible number of digits. */
export function formatStat(s) {
    const f = (x) => (x === 0 || (Math.abs(x) >= 1e-3 && Math.abs(x) < 1e4) ? x.toPrecision(4) : x.toExponential(3));
    return Number.isFinite(s.sem) ? `${f(s.mean)} ± ${f(s.sem)}` : f(s.mean);
}
//# sourceMappingURL=aggregate.js.map