/** A number for humans: fixed point in the usual range, exponent outside it. */
export function formatNumber(x) {
    if (!Number.isFinite(x))
        return String(x);
    if (Number.isInteger(x) && Math.abs(x) < 1e9)
        return String(x);
    return x === 0 || (Math.abs(x) >= 1e-3 && Math.abs(x) < 1e4) ? x.toFixed(5) : x.toExponential(3);
}
/** `75s` -> `1m15s`. */
export function formatDuration(seconds) {
    if (!Number.isFinite(seconds) || seconds < 0)
        return '?';
    if (seconds < 60)
        return `${seconds.toFixed(1)}s`;
    const m = Math.floor(seconds / 60);
    if (m < 60)
        return `${m}m${String(Math.round(seconds - 60 * m)).padStart(2, '0')}s`;
    return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
const BAR_WIDTH = 24;
/** `prefix` goes before every line (e.g. `seed 2/5 `). */
export function createProgress(io, prefix = '') {
    let first;
    const line = (e, withBar) => {
        const width = String(e.total).length;
        const parts = [`${prefix}step ${String(e.step).padStart(width)}/${e.total}`];
        for (const [k, v] of Object.entries(e.latest ?? {}))
            parts.push(`${k} ${formatNumber(v)}`);
        parts.push(formatDuration(e.elapsed));
        const rate = first ? (e.elapsed - first.elapsed) / Math.max(1, e.step - first.step) : NaN;
        if (first && e.step < e.total && e.step > first.step)
            parts.push(`ETA ${formatDuration(rate * (e.total - e.step))}`);
        if (!withBar)
            return parts.join('  ');
        const filled = Math.round((BAR_WIDTH * e.step) / Math.max(1, e.total));
        return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${parts.join('  ')}`;
    };
    const start = (e) => {
        // The ETA is measured from the first step seen (a resumed run starts at its checkpoint).
        first ??= { step: e.step, elapsed: e.elapsed };
    };
    if (io.isTTY) {
        let drawn = false;
        let lastDraw = -Infinity;
        return {
            update(e) {
                start(e);
                // Redraw at most ~20 times a second; always draw the last step.
                const now = performance.now();
                if (e.step !== e.total && now - lastDraw < 50)
                    return;
                lastDraw = now;
                io.out(`\r\x1b[2K${line(e, true)}`);
                drawn = true;
            },
            done() {
                if (drawn)
                    io.out('\n');
                drawn = false;
                first = undefined;
            },
        };
    }
    return {
        update(e) {
            start(e);
            const every = Math.max(1, Math.round(e.total / 10));
            if (e.step === 1 || e.step % every === 0 || e.step === e.total)
                io.out(line(e, false) + '\n');
        },
        done() {
            first = undefined;
        },
    };
}
//# sourceMappingURL=progress.js.map