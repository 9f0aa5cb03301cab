import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareFigures, compareRuns, escapeHtml, figureToVegaLite, renderFigureSvg, renderReportHtml, renderRunPage, writeRunReport, } from '../src/report/index.js';
import { legendLabels } from '../src/report/compare.js';
const ENTITY = /^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;
function decode(s) {
    return s.replace(/&(amp|lt|gt|quot|apos);/g, (_m, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]);
}
function checkText(s) {
    for (let i = s.indexOf('&'); i >= 0; i = s.indexOf('&', i + 1)) {
        if (!ENTITY.test(s.slice(i)))
            throw new Error(`bare & in ${JSON.stringify(s.slice(i, i + 20))}`);
    }
}
/** Parse XML (elements, attributes, text, `<?...?>` and comments); throws unless well-formed. */
function parseXml(src) {
    const tag = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*"[^"<]*")*)\s*(\/?)>/y;
    const attr = /([A-Za-z_][\w:.-]*)\s*=\s*"([^"]*)"/g;
    const root = { name: '#root', attrs: {}, children: [], text: '' };
    const stack = [root];
    let i = 0;
    while (i < src.length) {
        const lt = src.indexOf('<', i);
        const text = src.slice(i, lt < 0 ? src.length : lt);
        checkText(text);
        stack[stack.length - 1].text += decode(text);
        if (lt < 0)
            break;
        if (src.startsWith('<?', lt)) {
            i = src.indexOf('?>', lt) + 2;
            continue;
        }
        if (src.startsWith('<!--', lt)) {
            i = src.indexOf('-->', lt) + 3;
            continue;
        }
        tag.lastIndex = lt;
        const m = tag.exec(src);
        if (!m)
            throw new Error(`malformed tag at ${lt}: ${src.slice(lt, lt + 60)}`);
        i = tag.lastIndex;
        const [, close, name, attrText, selfClose] = m;
        if (close) {
            const open = stack.pop();
            if (open.name !== name)
                throw new Error(`</${name}> closes <${open.name}>`);
            continue;
        }
        const attrs = {};
        for (const a of attrText.matchAll(attr)) {
            if (a[1] in attrs)
                throw new Error(`duplicate attribute ${a[1]}`);
            checkText(a[2]);
            attrs[a[1]] = decode(a[2]);
        }
        const node = { name, attrs, children: [], text: '' };
        stack[stack.length - 1].children.push(node);
        if (!selfClose)
            stack.push(node);
    }
    if (stack.length !== 1)
        throw new Error(`unclosed <${stack[stack.length - 1].name}>`);
    if (root.children.length !== 1)
        throw new Error(`expected one root element, got ${root.children.length}`);
    return root.children[0];
}
function all(node, pred, out = []) {
    if (pred(node))
        out.push(node);
    for (const c of node.children)
        all(c, pred, out);
    return out;
}
const texts = (svg) => all(svg, (n) => n.name === 'text').map((n) => n.text);
/** Mark groups by Vega class, e.g. 'mark-line role-mark'. */
const groups = (svg, cls) => all(svg, (n) => n.name === 'g' && (n.attrs.class ?? '').startsWith(cls));
const paths = (gs) => gs.flatMap((g) => g.children.filter((c) => c.name === 'path'));
function parseSvg(svg) {
    const root = parseXml(svg);
    expect(root.name).toBe('svg');
    expect(Number(root.attrs.width)).toBeGreaterThan(FIG_MIN);
    expect(Number(root.attrs.height)).toBeGreaterThan(FIG_MIN);
    expect(root.attrs.viewBox).toMatch(/^0 0 \d+ \d+$/);
    return root;
}
const FIG_MIN = 200;
// ---- fixtures -----------------------------------------------------------------------------------
const steps = Array.from({ length: 50 }, (_, i) => i * 10);
const lineFig = {
    kind: 'line',
    title: 'Training loss',
    x: { label: 'step' },
    y: { label: 'cross-entropy' },
    series: [
        {
            name: 'LRU',
            x: steps,
            y: steps.map((s) => 2 * Math.exp(-s / 200)),
            lo: steps.map((s) => 1.8 * Math.exp(-s / 200)),
            hi: steps.map((s) => 2.2 * Math.exp(-s / 200)),
        },
        { name: 'LSTM', x: steps, y: steps.map((s) => 2 * Math.exp(-s / 400)) },
        { name: 'Transformer', x: steps, y: steps.map((s) => 2 * Math.exp(-s / 300)), lo: steps.map(() => 0.5), hi: steps.map(() => 2.5) },
    ],
};
const scatterFig = {
    kind: 'scatter',
    title: 'Eigenvalues of the recurrence',
    x: { label: 'Re λ', domain: [-1, 1] },
    y: { label: 'Im λ', domain: [-1, 1] },
    points: [
        { x: 0.9, y: 0.1, group: 'init', label: 'λ1' },
        { x: 0.5, y: -0.3, group: 'init' },
        { x: 0.95, y: 0.0, group: 'trained', label: 'λ3' },
        { x: 0.2, y: 0.7, group: 'trained' },
        { x: 0.1, y: 0.1, group: 'trained' },
    ],
};
const heatFig = {
    kind: 'heatmap',
    title: 'Recall accuracy',
    xLabels: [16, 32, 64, 128],
    yLabels: ['1 layer', '2 layers', '4 layers'],
    x: { label: 'sequence length' },
    y: { label: 'depth' },
    values: [
        [1, 0.9, 0.5, NaN],
        [1, 1, 0.8, 0.4],
        [1, 1, 1, 0.9],
    ],
    color: { label: 'accuracy', domain: [0, 1] },
};
const layers = (spec) => spec.layer;
describe('figureToVegaLite', () => {
    it('is plain JSON for every figure kind', () => {
        for (const f of [lineFig, scatterFig, heatFig]) {
            const spec = figureToVegaLite(f);
            expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
            expect(JSON.stringify(spec)).not.toMatch(/NaN|Infinity/);
            expect(spec.width).toBe(480);
        }
    });
    it('line: a band layer from lo/hi, series in the given order, axis titles from the figure', () => {
        const spec = figureToVegaLite(lineFig);
        const [band, line] = layers(spec);
        expect(band.mark.type).toBe('area');
        expect(band.data.values).toHaveLength(100); // two series with bands × 50
        expect(line.mark.type).toBe('line');
        const enc = line.encoding;
        expect(enc.color.scale.domain).toEqual(['LRU', 'LSTM', 'Transformer']);
        expect(enc.x.title).toBe('step');
        expect(enc.y.title).toBe('cross-entropy');
    });
    it('line on log axes: non-positive and non-finite values are dropped with a note, not fatal', () => {
        const spec = figureToVegaLite({
            kind: 'line',
            title: 'Gradient norm',
            x: { label: 'T', log: true },
            y: { label: '|g|', log: true },
            series: [{ name: 'g', x: [0, 1, 10, 100, 1000], y: [1, 0, 2, NaN, 3], lo: [1, -1, 1, 1, 1], hi: [2, 2, 3, 4, 5] }],
        });
        const title = spec.title;
        expect(title.subtitle).toContain('1 non-finite point omitted');
        expect(title.subtitle).toContain('2 non-positive points omitted (log scale)'); // x = 0, y = 0
        expect(title.subtitle).toContain('1 non-positive band value omitted');
        const [band, line] = layers(spec);
        const rows = line.data.values;
        expect(rows.map((r) => r.x)).toEqual([1, 10, 100, 1000]); // x = 0 cannot be placed
        expect(rows.map((r) => r.y)).toEqual([null, 2, null, 3]); // the line breaks at dropped y
        expect(band.data.values).toHaveLength(3);
        const enc = line.encoding;
        expect(enc.x.scale.type).toBe('log');
        expect(enc.y.scale.type).toBe('log');
    });
    it('fixed domains set the scale and clip marks; invalid domains throw', () => {
        const spec = figureToVegaLite({ ...lineFig, y: { label: 'acc', domain: [0, 1] } });
        const line = layers(spec)[1];
        expect(line.encoding.y.scale.domain).toEqual([0, 1]);
        expect(line.mark.clip).toBe(true);
        expect(() => figureToVegaLite({ ...lineFig, y: { label: 'acc', domain: [1, 0] } })).toThrow(/domain/);
        expect(() => figureToVegaLite({ ...lineFig, y: { label: 'acc', log: true, domain: [0, 1] } })).toThrow(/positive/);
    });
    it('rejects malformed figures with a message naming the problem', () => {
        expect(() => figureToVegaLite({ kind: 'line', title: 't', x: { label: 'x' }, y: { label: 'y' }, series: [{ name: 's', x: [1, 2], y: [1] }] })).toThrow(/series 's' has 2 x values but 1 y values/);
        expect(() => figureToVegaLite({ ...heatFig, xLabels: [1, 1, 2, 3] })).toThrow(/duplicate xLabels/);
        expect(() => figureToVegaLite({ ...heatFig, values: [[1]] })).toThrow(/rows of values/);
    });
    it('long series are thinned for drawing but keep spikes, gaps and endpoints', () => {
        const n = 20_000;
        const x = Array.from({ length: n }, (_, i) => i);
        const y = x.map((i) => (i === 12_345 ? 50 : i === 7_777 ? Number.NaN : Math.exp(-i / 5000)));
        const spec = figureToVegaLite({ kind: 'line', title: 'long', x: { label: 'step' }, y: { label: 'loss' }, series: [{ name: 'a', x, y }] });
        const rows = layers(spec)[0].data.values;
        expect(rows.length).toBeLessThanOrEqual(2000);
        const idx = rows.map((r) => r.i);
        expect(idx).toEqual([...idx].sort((a, b) => a - b));
        for (const i of [0, 7_777, 12_345, n - 1])
            expect(idx).toContain(i);
        expect(rows.find((r) => r.i === 7_777)?.y).toBeNull();
        expect(spec.title.subtitle).toBe('1 non-finite point omitted');
    });
    it('duplicate series names are made unique instead of merging lines', () => {
        const spec = figureToVegaLite({ ...lineFig, series: [lineFig.series[1], lineFig.series[1]] });
        const enc = layers(spec)[0].encoding;
        expect(enc.color.scale.domain).toEqual(['LSTM', 'LSTM (2)']);
    });
    it('heatmap: NaN cells are absent (blank); log colour drops non-positive cells with a note', () => {
        const spec = figureToVegaLite(heatFig);
        expect(spec.data.values).toHaveLength(11);
        const logSpec = figureToVegaLite({
            ...heatFig,
            values: [
                [1, 0, 2, NaN],
                [1, 1, 1, 1],
                [1, -1, 1, 1],
            ],
            color: { label: 'loss', log: true },
        });
        expect(logSpec.data.values).toHaveLength(9);
        expect(logSpec.title.subtitle).toBe('2 non-positive cells omitted (log scale)');
        expect(logSpec.encoding.color.scale.type).toBe('log');
    });
});
// ---- SVG ----------------------------------------------------------------------------------------
describe('renderFigureSvg', () => {
    const svgs = {};
    beforeAll(async () => {
        svgs.line = await renderFigureSvg(lineFig);
        svgs.scatter = await renderFigureSvg(scatterFig);
        svgs.heat = await renderFigureSvg(heatFig);
    });
    it('line: well-formed SVG with title, axis labels, legend, one path per series and per band', () => {
        const svg = parseSvg(svgs.line);
        const t = texts(svg);
        for (const s of ['Training loss', 'step', 'cross-entropy', 'LRU', 'LSTM', 'Transformer'])
            expect(t).toContain(s);
        expect(paths(groups(svg, 'mark-line role-mark'))).toHaveLength(3);
        expect(paths(groups(svg, 'mark-area role-mark'))).toHaveLength(2);
    });
    it('scatter: one symbol per point, group legend and point labels', () => {
        const svg = parseSvg(svgs.scatter);
        const t = texts(svg);
        for (const s of ['Eigenvalues of the recurrence', 'Re λ', 'Im λ', 'init', 'trained', 'λ1', 'λ3'])
            expect(t).toContain(s);
        expect(paths(groups(svg, 'mark-symbol role-mark'))).toHaveLength(5);
    });
    it('scatter: labels of points outside a fixed domain are left out with their points', async () => {
        const svg = parseSvg(await renderFigureSvg({ ...scatterFig, points: [...scatterFig.points, { x: 3, y: 0, group: 'init', label: 'far away' }] }));
        expect(texts(svg)).not.toContain('far away');
        expect(texts(svg)).toContain('λ3');
    });
    it('heatmap: one rect per non-NaN cell, row/column labels, a colour legend', () => {
        const svg = parseSvg(svgs.heat);
        const t = texts(svg);
        for (const s of ['Recall accuracy', 'sequence length', 'depth', '128', '2 layers', 'accuracy'])
            expect(t).toContain(s);
        expect(paths(groups(svg, 'mark-rect role-mark'))).toHaveLength(11);
        expect(groups(svg, 'mark-rect role-legend-gradient')).toHaveLength(1);
    });
    it('log axes render (a non-positive value does not crash the renderer)', async () => {
        const svg = parseSvg(await renderFigureSvg({
            kind: 'line',
            title: 'Decay',
            x: { label: 'k', log: true },
            y: { label: 'v', log: true },
            series: [{ name: 'a', x: [0, 1, 10, 100], y: [5, 1, 0.1, 0] }],
        }));
        expect(texts(svg).some((s) => s.includes('omitted (log scale)'))).toBe(true);
        expect(paths(groups(svg, 'mark-line role-mark'))).toHaveLength(1);
    });
    it('log axes label decades and 2/5 multiples as plain numbers', async () => {
        const svg = parseSvg(await renderFigureSvg({
            kind: 'line',
            title: 'Grad norm',
            x: { label: 'T', log: true },
            y: { label: '|g|', log: true },
            series: [{ name: 'g', x: [1, 10, 1000], y: [1, 1e-4, 1e-10] }],
        }));
        const labels = all(svg, (n) => n.name === 'g' && (n.attrs.class ?? '').includes('role-axis-label')).map((g) => g.children.map((c) => c.text).filter((t) => t !== ''));
        const [xLabels, yLabels] = labels;
        expect(xLabels).toEqual(expect.arrayContaining(['1', '10', '100', '1000']));
        expect(xLabels).not.toContain('1,000');
        expect(yLabels).toEqual(expect.arrayContaining(['1', '0.01', '1e-10']));
        const mantissa = (t) => Math.round(Number(t) / 10 ** Math.floor(Math.log10(Number(t)) + 1e-9));
        expect(new Set([...xLabels, ...yLabels].map(mantissa))).toEqual(new Set([1, 2, 5]));
    });
    it('is deterministic: the same figure gives the same string, also after other renders', async () => {
        expect(await renderFigureSvg(heatFig)).toBe(svgs.heat);
        await renderFigureSvg({ ...heatFig, title: 'other' });
        expect(await renderFigureSvg(heatFig)).toBe(svgs.heat);
        expect(await renderFigureSvg(lineFig)).toBe(svgs.line);
    });
    it('ids differ between different figures, so figures inlined on one page never share clip paths', async () => {
        const a = svgs.scatter; // clipped (fixed domains)
        const b = await renderFigureSvg({ ...scatterFig, title: 'other' });
        const ids = (s) => [...s.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
        expect(ids(a).length).toBeGreaterThan(0);
        expect(ids(a).filter((id) => ids(b).includes(id))).toEqual([]);
        for (const id of ids(a))
            expect(a).toContain(`url(#${id})`);
    });
    it('escapes markup in titles and labels', async () => {
        const svg = await renderFigureSvg({ ...lineFig, title: '<script>alert(1)</script> & co', x: { label: 'a<b' } });
        expect(svg).not.toContain('<script');
        expect(texts(parseSvg(svg))).toContain('<script>alert(1)</script> & co');
    });
});
// ---- HTML -----------------------------------------------------------------------------------------
const evil = '<script>alert("x")</script>';
function page(svg) {
    return {
        title: `Copy task ${evil}`,
        subtitle: 'run-1 & friends',
        text: `First paragraph ${evil}.\n\nSecond paragraph.`,
        figures: [{ name: 'loss', svg }],
        tables: [
            {
                title: `Results ${evil}`,
                columns: ['model', `acc ${evil}`, 'n'],
                rows: [
                    ['LRU <b>', 0.987654321, 3],
                    ['LSTM', null, 4],
                ],
                note: `paper: 0.99 ${evil}`,
            },
        ],
        config: { model: { name: evil, dHidden: 64 }, lr: 1e-3 },
        summary: { finalLoss: 0.0123, diverged: Number.NaN },
        environment: { node: 'v20.20.2', platform: 'linux', cpu: 'Test CPU', looplab: '0.1.0', gitCommit: 'abc123' },
    };
}
describe('renderReportHtml', () => {
    let svg = '';
    beforeAll(async () => {
        svg = await renderFigureSvg(lineFig);
    });
    it('escapes every user string: no script element anywhere', () => {
        const html = renderReportHtml(page(svg));
        expect(html).not.toMatch(/<script/i);
        expect(html).toContain('<title>Copy task &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</title>');
        expect(html).toContain('LRU &lt;b&gt;');
        expect(html).toContain('run-1 &amp; friends');
        expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    });
    it('is a self-contained page: inline CSS and SVG, tables, JSON blocks, environment', () => {
        const html = renderReportHtml(page(svg));
        expect(html.startsWith('<!doctype html>')).toBe(true);
        expect(html).toContain('<style>');
        expect(html).not.toMatch(/<link|src="http/);
        expect(html).toContain(svg.trim());
        expect(html).toContain('<td class="num" title="0.987654321">0.9877</td>');
        expect(html).toContain('<td>—</td>');
        expect(html).toMatch(/<details open><summary>Summary<\/summary><pre>[^<]*&quot;diverged&quot;: &quot;NaN&quot;/);
        expect(html).toMatch(/<summary>Configuration<\/summary><pre>[^<]*&quot;dHidden&quot;: 64/);
        expect(html).toContain('<th scope="row">gitCommit</th><td>abc123</td>');
        expect(html).toContain('<p>Second paragraph.</p>');
        expect(renderReportHtml(page(svg))).toBe(html); // deterministic
    });
    it('refuses to inline SVG that is not plain markup', () => {
        const html = renderReportHtml({
            ...page(svg),
            figures: [
                { name: 'bad', svg: '<svg onload="alert(1)"></svg>' },
                { name: 'worse', svg: '<img src=x>' },
            ],
        });
        expect(html).not.toContain('onload');
        expect(html).not.toContain('<img');
        expect(html.match(/figure-error/g)?.length).toBeGreaterThanOrEqual(2);
    });
});
// ---- files and comparison -------------------------------------------------------------------------
describe('writeRunReport and compareRuns', () => {
    let dir = '';
    beforeAll(async () => {
        dir = await mkdtemp(path.join(tmpdir(), 'looplab-report-'));
    });
    afterAll(async () => {
        await rm(dir, { recursive: true, force: true });
    });
    const report = (scale) => ({
        text: 'Loss falls faster with a diagonal recurrence.',
        figures: [
            { name: 'loss', figure: { ...lineFig, series: lineFig.series.map((s) => ({ ...s, y: s.y.map((v) => v * scale) })) } },
            { name: 'recall/heatmap', figure: heatFig },
        ],
        tables: [{ title: 'Final loss', columns: ['model', 'loss'], rows: [['LRU', 0.1 * scale]] }],
    });
    it('writes figures/*.svg and report.html atomically (no temp files left, files parse)', async () => {
        const runDir = path.join(dir, 'run-a');
        const pg = await renderRunPage({ label: 'run-a', title: 'Copy task', report: report(1), config: { lr: 1e-3 }, summary: { loss: 0.1 } });
        const written = await writeRunReport(runDir, pg);
        expect(written.html).toBe(path.join(runDir, 'report.html'));
        expect(written.svgs.map((f) => path.basename(f))).toEqual(['loss.svg', 'recall-heatmap.svg']);
        expect((await readdir(runDir)).sort()).toEqual(['figures', 'report.html']);
        expect((await readdir(path.join(runDir, 'figures'))).sort()).toEqual(['loss.svg', 'recall-heatmap.svg']);
        for (const f of written.svgs)
            parseSvg((await readFile(f, 'utf8')).trim());
        expect(await readFile(written.html, 'utf8')).toBe(renderReportHtml(pg));
        await writeRunReport(runDir, pg); // overwriting is fine
        expect((await readdir(path.join(runDir, 'figures'))).length).toBe(2);
    });
    it('compareFigures overlays lines with run labels and refuses heatmaps or mismatched axes', () => {
        const a = { kind: 'line', title: 'L', x: { label: 'step' }, y: { label: 'loss' }, series: [{ name: 'train', x: [0, 1], y: [1, 0.5] }] };
        const both = compareFigures([
            { label: 'lr=1e-3', figure: a },
            { label: 'lr=1e-2', figure: a },
        ]);
        expect(both?.kind === 'line' && both.series.map((s) => s.name)).toEqual(['lr=1e-3', 'lr=1e-2']);
        expect(compareFigures([
            { label: 'a', figure: heatFig },
            { label: 'b', figure: heatFig },
        ])).toBeUndefined();
        expect(compareFigures([
            { label: 'a', figure: a },
            { label: 'b', figure: { ...a, y: { label: 'loss', log: true } } },
        ])).toBeUndefined();
    });
    it('the comparison page overlays shared line figures, puts heatmaps side by side and lists every run', async () => {
        const runs = [
            { label: 'seed-0', title: 'Copy task', report: report(1), config: { lr: 1e-3, seed: 0 }, summary: { loss: 0.1 }, environment: { node: 'v20' } },
            { label: 'seed-1', title: 'Copy task', report: report(2), config: { lr: 1e-3, seed: 1 }, summary: { loss: 0.2 } },
            { label: `seed-<2>`, title: 'Copy task', report: report(3), config: { lr: 1e-3, seed: 2 }, summary: { loss: 0.3 } },
        ];
        const pg = await compareRuns(runs);
        expect(pg.title).toBe('Copy task: 3 runs compared');
        expect(pg.figures.map((f) => f.name)).toEqual(['loss', 'recall/heatmap--seed-0', 'recall/heatmap--seed-1', 'recall/heatmap--seed-<2>']);
        const overlay = parseSvg(pg.figures[0].svg);
        expect(paths(groups(overlay, 'mark-line role-mark'))).toHaveLength(9);
        expect(texts(overlay)).toContain('seed-<2>: LSTM');
        const [summary, configDiff] = pg.tables;
        expect(summary.rows).toEqual([['loss', 0.1, 0.2, 0.3]]);
        expect(configDiff.rows).toEqual([['seed', 0, 1, 2]]);
        const html = renderReportHtml(pg);
        for (const label of ['seed-0', 'seed-1', 'seed-&lt;2&gt;'])
            expect(html).toContain(`<h3>${label}</h3>`);
        expect(html).not.toContain('<2>');
        const written = await writeRunReport(path.join(dir, 'compare'), pg);
        expect(written.svgs.map((f) => path.basename(f))).toEqual([
            'loss.svg',
            'recall-heatmap--seed-0.svg',
            'recall-heatmap--seed-1.svg',
            'recall-heatmap--seed-2.svg',
        ]);
    });
    it('runs whose names do not fit a legend are told apart by what differs in their configurations', async () => {
        // two timestamped run directories: a legend cuts both to 'online-copy-2026-12-02T03-04…'
        const meta = (method) => ({ kind: 'run', experiment: 'online-copy', seed: 0, smoke: true, config: { method, lr: 1e-3 } });
        const runs = [
            { label: 'online-copy-2026-12-02T03-04-05-123Z', title: 'Copy task', report: report(1), config: meta('online') },
            { label: 'online-copy-2026-12-02T03-04-09-456Z', title: 'Copy task', report: report(2), config: meta('spatial') },
        ];
        const pg = await compareRuns(runs);
        const legend = texts(parseSvg(pg.figures[0].svg));
        expect(legend).toContain('method=online: LSTM');
        expect(legend).toContain('method=spatial: LSTM');
        expect(legend.some((t) => t.startsWith('online-copy-2026'))).toBe(false);
        // side-by-side figures and the run sections keep the run names
        expect(pg.figures.map((f) => f.name)).toEqual([
            'loss',
            'recall/heatmap--online-copy-2026-12-02T03-04-05-123Z',
            'recall/heatmap--online-copy-2026-12-02T03-04-09-456Z',
        ]);
        expect(pg.runs?.map((r) => r.label)).toEqual(runs.map((r) => r.label));
        // short names are kept; identical configurations fall back to the names
        expect(legendLabels(['a', 'b'], [{ x: 1 }, { x: 2 }])).toEqual(['a', 'b']);
        expect(legendLabels(['a-very-long-run-directory-name-1', 'a-very-long-run-directory-name-2'], [{ x: 1 }, { x: 1 }])).toEqual([
            'a-very-long-run-directory-name-1',
            'a-very-long-run-directory-name-2',
        ]);
        expect(legendLabels(['a-very-long-run-directory-name-1', 'a-very-long-run-directory-name-2'], [
            { seed: 1, config: { x: 1 } },
            { seed: 2, config: { x: 3 } },
        ])).toEqual(['seed=1, x=1', 'seed=2, x=3']);
    });
});
//# sourceMappingURL=report.test.js.map