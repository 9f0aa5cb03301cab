/** Escape `& < > " '` so a string can go into HTML text or a quoted attribute. */
export function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => {
        switch (c) {
            case '&':
                return '&amp;';
            case '<':
                return '&lt;';
            case '>':
                return '&gt;';
            case '"':
                return '&quot;';
            default:
                return '&#39;';
        }
    });
}
/** A file-name and anchor-safe stem: letters, digits, `.`, `_`, `-`; anything else becomes `-`. */
export function safeName(name) {
    // A replaced run absorbs the dashes next to it ('seed-<2>' -> 'seed-2'), so that a '--' in
    // the result is always one the caller wrote (the run/figure separator of comparison pages).
    const s = name.replace(/-*[^A-Za-z0-9._-]+-*/g, '-').replace(/^[-.]+|-+$/g, '');
    return s.length > 0 ? s.slice(0, 120) : 'figure';
}
/**
 * Pretty JSON for display: 2-space indent; NaN and ±Infinity shown as strings (JSON.stringify
 * would turn them into null, hiding a diverged run); bigint as a string; cycles do not throw.
 */
export function prettyJson(value) {
    const seen = new WeakSet();
    try {
        const out = JSON.stringify(value, (_key, v) => {
            if (typeof v === 'number' && !Number.isFinite(v))
                return String(v);
            if (typeof v === 'bigint')
                return v.toString();
            if (typeof v === 'object' && v !== null) {
                if (seen.has(v))
                    return '[circular]';
                seen.add(v);
            }
            return v;
        }, 2);
        return out ?? String(value);
    }
    catch {
        return String(value);
    }
}
/** A number in a sentence or a compact table: 4 significant digits, exponent outside [1e-3, 1e5); null as an em dash. */
export function formatShort(x) {
    if (x === null)
        return '—';
    if (!Number.isFinite(x))
        return String(x);
    const a = Math.abs(x);
    if (a !== 0 && (a < 1e-3 || a >= 1e5))
        return x.toExponential(3).replace(/\.?0+e/, 'e');
    return String(Number(x.toPrecision(4)));
}
/**
 * A table cell: integers as is, other numbers to 4 significant digits (the full value is kept
 * in the cell's tooltip), null as an em dash.
 */
export function formatCell(value) {
    if (value === null)
        return { text: '—', numeric: false };
    if (typeof value === 'string')
        return { text: value, numeric: false };
    if (!Number.isFinite(value) || Number.isInteger(value))
        return { text: String(value), numeric: true };
    const abs = Math.abs(value);
    const text = abs >= 1e-3 && abs < 1e6 ? String(Number(value.toPrecision(4))) : value.toExponential(3);
    return text === String(value) ? { text, numeric: true } : { text, numeric: true, full: String(value) };
}
/** The stylesheet of every looplab page (reports, the tour). */
export const CSS = `
:root { color-scheme: light; --fg: #1a1a1a; --muted: #5a5a5a; --line: #d9d9d9; --bg2: #f6f7f9; --accent: #0072B2; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--fg); background: #fff; }
header, main, footer { max-width: 1200px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; border-bottom: 1px solid var(--line); }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 28px 0 10px; }
h3 { font-size: 16px; margin: 16px 0 8px; }
.subtitle { color: var(--muted); margin: 0 0 16px; }
.text p { max-width: 75ch; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(540px, 1fr)); gap: 16px; }
figure { margin: 0; padding: 8px; border: 1px solid var(--line); border-radius: 6px; background: #fff; overflow-x: auto; }
figure svg { display: block; max-width: 100%; height: auto; }
figcaption { font-size: 12px; color: var(--muted); padding-top: 4px; }
.figure-error { color: #a40000; font-family: ui-monospace, monospace; font-size: 13px; }
table { border-collapse: collapse; margin: 8px 0 4px; font-size: 14px; }
caption { text-align: left; font-weight: 600; padding-bottom: 6px; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 10px; text-align: left; vertical-align: top; }
th { background: var(--bg2); font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.note { color: var(--muted); font-size: 13px; margin: 0 0 16px; }
.table-wrap { overflow-x: auto; }
details { margin: 10px 0; border: 1px solid var(--line); border-radius: 6px; padding: 6px 12px; background: var(--bg2); }
summary { cursor: pointer; font-weight: 600; }
pre { margin: 8px 0; overflow-x: auto; font: 13px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.kv th { width: 14em; background: none; font-weight: 500; color: var(--muted); }
.runs { display: grid; gap: 16px; grid-template-columns: repeat(var(--cols), minmax(360px, 1fr)); overflow-x: auto; }
.run { border: 1px solid var(--line); border-radius: 6px; padding: 0 12px 8px; min-width: 0; }
.run .figures { grid-template-columns: 1fr; }
footer { color: var(--muted); font-size: 12px; padding: 24px; }
`.trim();
/** Raw SVG from the renderer, or an escaped error line if it is not a plain, script-free SVG. */
export function svgBlock(fig) {
    const svg = fig.svg.replace(/^\s*(<\?xml[^>]*\?>\s*)?/, '');
    const plain = /^<svg[\s>]/.test(svg) && /<\/svg>\s*$/.test(svg);
    const unsafe = /<script|<foreignObject|<iframe|\son[a-z]+\s*=|javascript:/i.test(svg);
    if (!plain || unsafe) {
        return `<p class="figure-error">figure '${escapeHtml(fig.name)}' omitted: not a plain SVG</p>`;
    }
    return svg.trim();
}
function figuresHtml(figures, anchorPrefix) {
    if (figures.length === 0)
        return '';
    const items = figures.map((f) => `<figure id="${escapeHtml(anchorPrefix + safeName(f.name))}">\n${svgBlock(f)}\n` + `<figcaption>${escapeHtml(f.name)}</figcaption></figure>`);
    return `<section class="figures">\n${items.join('\n')}\n</section>`;
}
function tableHtml(t) {
    const head = t.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
    const body = t.rows
        .map((row) => {
        const cells = row.map((v) => {
            const c = formatCell(v);
            const cls = c.numeric ? ' class="num"' : '';
            const tip = c.full !== undefined ? ` title="${escapeHtml(c.full)}"` : '';
            return `<td${cls}${tip}>${escapeHtml(c.text)}</td>`;
        });
        return `<tr>${cells.join('')}</tr>`;
    })
        .join('\n');
    const note = t.note ? `\n<p class="note">${escapeHtml(t.note)}</p>` : '';
    return (`<div class="table-wrap"><table>\n<caption>${escapeHtml(t.title)}</caption>\n` +
        `<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table></div>${note}`);
}
function tablesHtml(tables) {
    return tables.length === 0 ? '' : `<section class="tables">\n${tables.map(tableHtml).join('\n')}\n</section>`;
}
function textHtml(text) {
    if (!text || text.trim() === '')
        return '';
    const paras = text
        .trim()
        .split(/\n\s*\n/)
        .map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`);
    return `<section class="text">\n${paras.join('\n')}\n</section>`;
}
function environmentHtml(env) {
    const rows = Object.entries(env)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => {
        const shown = typeof v === 'string' ? v : prettyJson(v);
        return `<tr><th scope="row">${escapeHtml(k)}</th><td>${escapeHtml(shown)}</td></tr>`;
    });
    return `<table class="kv">\n${rows.join('\n')}\n</table>`;
}
/** Summary (open), configuration and environment, each in a collapsible block. */
function metaHtml(m) {
    const parts = [];
    if (m.summary !== undefined) {
        parts.push(`<details open><summary>Summary</summary><pre>${escapeHtml(prettyJson(m.summary))}</pre></details>`);
    }
    if (m.config !== undefined) {
        parts.push(`<details><summary>Configuration</summary><pre>${escapeHtml(prettyJson(m.config))}</pre></details>`);
    }
    if (m.environment !== undefined) {
        parts.push(`<details><summary>Environment</summary>${environmentHtml(m.environment)}</details>`);
    }
    return parts.length === 0 ? '' : `<section class="meta">\n${parts.join('\n')}\n</section>`;
}
function runHtml(run, index) {
    const prefix = `run${index + 1}-`;
    return [
        `<article class="run" id="${prefix}top">`,
        `<h3>${escapeHtml(run.label)}</h3>`,
        textHtml(run.text),
        figuresHtml(run.figures ?? [], prefix),
        tablesHtml(run.tables ?? []),
        metaHtml(run),
        '</article>',
    ]
        .filter((s) => s !== '')
        .join('\n');
}
/**
 * Render a {@link ReportPage} to a complete, self-contained HTML document: title, text,
 * figures (inline SVG), tables, summary/config/environment blocks and, for comparison pages,
 * one column per run. Deterministic (no timestamps), so re-rendering a run gives the same file.
 */
export function renderReportHtml(page) {
    const runs = page.runs ?? [];
    const body = [
        '<header>',
        `<h1>${escapeHtml(page.title)}</h1>`,
        page.subtitle ? `<p class="subtitle">${escapeHtml(page.subtitle)}</p>` : '',
        '</header>',
        '<main>',
        textHtml(page.text),
        figuresHtml(page.figures, 'fig-'),
        tablesHtml(page.tables),
        metaHtml(page),
        runs.length > 0
            ? `<h2>Runs</h2>\n<section class="runs" style="--cols: ${Math.min(runs.length, 3)}">\n` + `${runs.map(runHtml).join('\n')}\n</section>`
            : '',
        '</main>',
        '<footer>Generated by looplab.</footer>',
    ].filter((s) => s !== '');
    return ('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
        `<title>${escapeHtml(page.title)}</title>\n<style>\n${CSS}\n</style>\n</head>\n<body>\n` +
        `${body.join('\n')}\n</body>\n</html>\n`);
}
//# sourceMappingURL=html.js.map