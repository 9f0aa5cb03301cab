/**
 * The tour page (`tour-<timestamp>/index.html`) and the record it is rendered from (`tour.json`):
 * for each paper a section with its claim and, for each finding, a table quantity | paper | ours |
 * holds, the checks with their margins, the key figure inline and links to the runs' reports; a
 * summary table at the top. One self-contained file like report.html (inline CSS and SVG, no
 * scripts); every string is escaped.
 */
import { CSS, escapeHtml, formatShort, safeName, svgBlock } from './html.js';

/** One quantity of a finding: the paper's value (null: the paper gives none) and ours. */
export interface TourQuantity {
  readonly name: string;
  readonly paper: number | null;
  readonly ours: number | null;
  /** The paper's value is read off a figure. */
  readonly paperApprox?: boolean;
  readonly paperNote?: string;
  readonly description?: string;
  /** Whether every check that involves this quantity holds; null when none does. */
  readonly holds: boolean | null;
}

/** One check of a finding, as evaluated. */
export interface TourCheck {
  readonly text: string;
  readonly measured: string;
  readonly holds: boolean;
  /** Distance from failing in the units of the left side (negative: missed by that much); null if unmeasured. */
  readonly margin: number | null;
}

/** One run of a finding: its label and directory relative to the tour directory. */
export interface TourRun {
  readonly label: string;
  readonly dir: string;
  readonly status: 'finished' | 'failed' | 'interrupted' | 'skipped';
  /** report.html relative to the tour directory, when rendered. */
  readonly report?: string;
  readonly device: string;
  readonly seconds?: number;
  readonly message?: string;
}

/** One finding's entry in tour.json. */
export interface TourFindingRecord {
  readonly id: string;
  readonly paper: string;
  readonly paperTitle: string;
  readonly source: string;
  readonly claim: string;
  readonly experiment: string;
  readonly holds: boolean;
  readonly quantities: readonly TourQuantity[];
  readonly checks: readonly TourCheck[];
  /** The first run's directory (relative to the tour directory). */
  readonly run: string;
  readonly runs: readonly TourRun[];
  /** How the configuration is reduced from the paper's ("" when it is the paper's). */
  readonly reduced: string;
  readonly paperCommand: string;
  readonly seconds: number;
  /** Why the finding could not be measured (a run failed), when it could not. */
  readonly error?: string;
  /** The key figure: an SVG file of a run (relative to the tour directory), shown inline on the page. */
  readonly figure?: { readonly caption: string; readonly file: string };
}

/** tour.json. */
export interface TourRecord {
  readonly kind: 'tour';
  readonly looplab: string;
  readonly startedAt: string;
  readonly seed: number;
  readonly device: string;
  readonly smoke: boolean;
  readonly seconds: number;
  /** Every finding held (and none is missing because the tour was stopped). */
  readonly holds: boolean;
  readonly interrupted: boolean;
  readonly machine: { readonly cpu: string; readonly cores: number; readonly node: string; readonly platform: string };
  readonly command: string;
  readonly papers: readonly { readonly id: string; readonly title: string; readonly claim: string }[];
  readonly findings: readonly TourFindingRecord[];
}

const TOUR_CSS = `
.holds { color: #1a7f37; font-weight: 600; }
.fails { color: #b42318; font-weight: 600; }
.finding { border: 1px solid var(--line); border-radius: 6px; padding: 4px 16px 12px; margin: 16px 0; }
.finding h3 { margin-top: 12px; }
.finding figure { max-width: 760px; margin: 12px 0; }
code { font: 13px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--bg2); padding: 1px 4px; border-radius: 3px; }
.missed { background: #fdecea; }
`.trim();

function verdict(h: boolean | null): string {
  if (h === null) return '—';
  return h ? '<span class="holds">✓ holds</span>' : '<span class="fails">✗ does not hold</span>';
}

function paperCell(q: TourQuantity): string {
  const v = q.paper === null ? '—' : `${q.paperApprox ? '≈ ' : ''}${formatShort(q.paper)}`;
  return q.paperNote ? `${escapeHtml(v)}<br><span class="note">${escapeHtml(q.paperNote)}</span>` : escapeHtml(v);
}

function findingHtml(f: TourFindingRecord, svgOf: (file: string) => string | undefined): string {
  const svg = f.figure ? svgOf(f.figure.file) : undefined;
  const rows = f.quantities.map(
    (q) =>
      `<tr><td>${escapeHtml(q.name)}${q.description ? `<br><span class="note">${escapeHtml(q.description)}</span>` : ''}</td>` +
      `<td class="num">${paperCell(q)}</td><td class="num">${escapeHtml(formatShort(q.ours))}</td><td>${verdict(q.holds)}</td></tr>`,
  );
  const checks = f.checks.map(
    (c) =>
      `<tr${c.holds ? '' : ' class="missed"'}><td><code>${escapeHtml(c.text)}</code></td><td><code>${escapeHtml(c.measured)}</code></td>` +
      `<td>${verdict(c.holds)}</td><td class="num">${escapeHtml(c.margin === null ? '—' : (c.holds ? '' : 'missed by ') + formatShort(Math.abs(c.margin)))}</td></tr>`,
  );
  const runs = f.runs.map((r) => {
    const what = r.report ? `<a href="${escapeHtml(r.report)}">${escapeHtml(r.label)}</a>` : escapeHtml(r.label);
    const extra = [r.status === 'finished' ? '' : r.status, r.device, r.seconds !== undefined ? `${r.seconds.toFixed(1)} s` : '', r.message ?? ''].filter(
      (s) => s !== '',
    );
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
export function renderTourHtml(t: TourRecord, svgOf: (file: string) => string | undefined = () => undefined): string {
  const held = t.findings.filter((f) => f.holds).length;
  const title = `looplab tour: ${held} of ${t.findings.length} findings hold`;
  const summaryRows = t.findings.map(
    (f) =>
      `<tr><td>${escapeHtml(f.paper)}</td><td><a href="#${escapeHtml(safeName(f.id))}">${escapeHtml(f.claim)}</a></td>` +
      `<td>${escapeHtml(f.source)}</td><td>${verdict(f.holds)}</td><td class="num">${escapeHtml(f.seconds.toFixed(1))} s</td></tr>`,
  );
  const sections = t.papers
    .filter((p) => t.findings.some((f) => f.paper === p.id))
    .map((p) =>
      [
        `<section id="${escapeHtml(p.id)}">`,
        `<h2>${escapeHtml(p.id)}. ${escapeHtml(p.title)}</h2>`,
        `<p class="subtitle">${escapeHtml(p.claim)}</p>`,
        ...t.findings.filter((f) => f.paper === p.id).map((f) => findingHtml(f, svgOf)),
        '</section>',
      ].join('\n'),
    );
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
  return (
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<title>${escapeHtml(title)}</title>\n<style>\n${CSS}\n${TOUR_CSS}\n</style>\n</head>\n<body>\n` +
    `${body.join('\n')}\n</body>\n</html>\n`
  );
}
