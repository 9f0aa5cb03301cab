/**
 * The tour page (`tour-<timestamp>/index.html`) and the record it is rendered from (`tour.json`):
 * for each paper a section with its claim and, for each finding, a table quantity | paper | ours |
 * holds, the checks with their margins, the key figure inline and links to the runs' reports; a
 * summary table at the top. One self-contained file like report.html (inline CSS and SVG, no
 * scripts); every string is escaped.
 */
import { CSS, escapeHtml, formatShort, safeName, svgBlock } from './html.js';
const TOUR_CSS = `
.holds { color: #1a7f37; font-weight: 600; }
.fails { color: #b42318; font-weight: 600; }
.finding { border: 1px solid var(--line); border-radius: 6px; padding: 4px 16px 12px; margin: 16px 0; }
.finding h3 { margin-top: 12px; }
.finding figure { max-width: 760px; margin: 12px 0; }
code { font: 13px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--bg2); padding: 1px 4px; border-radius: 3px; }
.missed { background: #fdecea; }
`.trim();
function verdict(h) {
    if (h === null)
        return '—';
    return h ? '<span class="holds">✓ holds</span>' : '<span class="fails">✗ does not hold</span>';
}
function paperCell(q) {
    const v = q.paper === null ? '—' : `${q.paperApprox ? '≈ ' : ''}${formatShort(q.paper)}`;
    return q.paperNote ? `${escapeHtml(v)}<br><span class="note">${escapeHtml(q.paperNote)}</span>` : escapeHtml(v);
}
function findingHtml(f, svgOf) {
    const svg = f.figure ? svgOf(f.figure.file) : undefined;
    const rows = f.quantities.map((q) => `<tr><td>${escapeHtml(q.name)}${q.description ? `<br><span class="note">${escapeHtml(q.description)}</span>` : ''}</td>` +
        `<td class="num">${paperCell(q)}</td><td class="num">${escapeHtml(formatShort(q.ours))}</td><td>${verdict(q.holds)}</td></tr>`);
    const checks = f.checks.map((c) => `<tr${c.holds ? '' : ' class="missed"'}><td><code>${escapeHtml(c.text)}</code></td><td><code>${escapeHtml(c.measured)}</code></td>` +
        `<td>${verdict(c.holds)}</td><td class="num">${escapeHtml(c.margin === null ? '—' : (c.holds ? '' : 'missed by ') + formatShort(Math.abs(c.margin)))}</td></tr>`);
    const runs = f.runs.map((r) => {
        const what = r.report ? `<a href="${escapeHtml(r.report)}">${escapeHtml(r.label)}</a>` : escapeHtml(r.label);
        const extra = [r.status === 'finished' ? '' : r.status, r.device, r.seconds !== undefined ? `${r.seconds.toFixed(1)} s` : '', r.message ?? ''].filter((s) => s !== '');
        return `${what} <span class="note">(${escapeHtml(extra.join(', '))})</span>`;
    });
    return [
        `<article class="finding" id="${escapeHtml(safeName(f.id))}">`,
        `<h3>${escapeHtml(f.claim)} ${verdict(f.holds)}</h3>`,
        `<p class="note">${escapeHtml(f.paper)}, ${escapeHtml(f.source)} · finding <code>${escapeHtml(f.id)}</code> · experiment <code>${escapeHtml(f.experiment)}</code> · ${escapeHtml(f.seconds.toFixed(1))} s</p>`,
        f.error ? `<p class="fails">Not measured: ${escapeHtml(f.error)}</p>` : '',
        '<div class="table-wrap"><table>',
        '<tr><th>quantity</th><th>paper</th><th>ours</th><th>holds</th></tr>',
        ...rows,
        '</table></div>',
        '<div class="table-wrap"><table>',
        '<caption>Checks</caption>',
        '<tr><th>check</th><th>measured</th><th>holds</th><th>margin</th></tr>',
        ...checks,
        '</table></div>',
        f.figure && svg !== undefined ? `<figure>\n${svgBlock({ name: f.id, svg })}\n<figcaption>${escapeHtml(f.figure.caption)}</figcaption></figure>` : '',
        f.reduced ? `<p><strong>Reduced:</strong> ${escapeHtml(f.reduced)}</p>` : '<p>At the paper’s scale.</p>',
        `<p>Paper scale: <code>${escapeHtml(f.paperCommand)}</code></p>`,
        `<p>Runs: ${runs.join(' · ')}</p>`,
        '</article>',
    ]
        .filter((s) => s !== '')
        .join('\n');
}
/**
 * Render tour.json's record as the tour page; `svgOf` reads a figure file (relative to the tour
 * directory), undefined when it is missing. Deterministic: the same record and files give the same page.
 */
export function renderTourHtml(t, svgOf = () => undefined) {
    const held = t.findings.filter((f) => f.holds).length;
    const title = `looplab tour: ${held} of ${t.findings.length} findings hold`;
    const summaryRows = t.findings.map((f) => `<tr><td>${escapeHtml(f.paper)}</td><td><a href="#${escapeHtml(safeName(f.id))}">${escapeHtml(f.claim)}</a></td>` +
        `<td>${escapeHtml(f.source)}</td><td>${verdict(f.holds)}</td><td class="num">${escapeHtml(f.seconds.toFixed(1))} s</td></tr>`);
    const sections = t.papers
        .filter((p) => t.findings.some((f) => f.paper === p.id))
        .map((p) => [
        `<section id="${escapeHtml(p.id)}">`,
        `<h2>${escapeHtml(p.id)}. ${escapeHtml(p.title)}</h2>`,
        `<p class="subtitle">${escapeHtml(p.claim)}</p>`,
        ...t.findings.filter((f) => f.paper === p.id).map((f) => findingHtml(f, svgOf)),
        '</section>',
    ].join('\n'));
    const m = t.machine;
    const facts = [
        `${t.startedAt.slice(0, 10)}`,
        `${m.cpu} (${m.cores} cores), Node ${m.node}, ${m.platform}`,
        `device ${t.device}`,
        `seed ${t.seed}`,
        `${t.seconds.toFixed(0)} s in all`,
        t.smoke ? 'smoke configurations (not the findings’ reduced ones)' : '',
        t.interrupted ? 'stopped before the end' : '',
    ].filter((s) => s !== '');
    const body = [
        '<header>',
        `<h1>${escapeHtml(title)}</h1>`,
        `<p class="subtitle">${escapeHtml(facts.join(' · '))}<br><code>${escapeHtml(t.command)}</code></p>`,
        '</header>',
        '<main>',
        '<p class="note">Each finding is a claim of a paper, measured by a small run on this machine. "paper" is the value the paper reports ("—" where it gives none); "ours" is what the run computed; the checks decide whether the claim holds.</p>',
        '<div class="table-wrap"><table>',
        '<tr><th>paper</th><th>finding</th><th>source</th><th>holds</th><th>time</th></tr>',
        ...summaryRows,
        '</table></div>',
        ...sections,
        '</main>',
        `<footer>Generated by looplab ${escapeHtml(t.looplab)}. The full data is in tour.json.</footer>`,
    ];
    return ('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
        `<title>${escapeHtml(title)}</title>\n<style>\n${CSS}\n${TOUR_CSS}\n</style>\n</head>\n<body>\n` +
        `${body.join('\n')}\n</body>\n</html>\n`);
}
//# sourceMappingURL=tour-page.js.map