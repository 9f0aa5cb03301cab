import { experiments, findExperiment } from '../experiments/runner/registry.js';
import { findings } from '../experiments/tour/findings.js';
import { PAPERS, PAPER_IDS } from '../experiments/tour/papers.js';
import { renderFigureSvg } from '../report/svg.js';
import { escapeHtml, formatShort } from '../report/html.js';
import { tarFiles } from './tar.js';
import { checkConfig, decodeConfig, runLink } from './links.js';
import { exploreP1, exploreP3 } from './explore.js';
const app = () => document.getElementById('app');
const el = (id) => document.getElementById(id);
const inputEl = (id) => el(id);
const selectEl = (id) => el(id);
const buttonEl = (id) => el(id);
const progressEl = (id) => el(id);
const anchorEl = (id) => el(id);
/** Interactive pages, by paper. */
const EXPLORATIONS = {
    P1: 'moments and the loss landscape with sliders for λ*, ρ, the parametrisation and γ',
    P3: 'attention weights in, gated RNN weights out, the same outputs',
};
function home() {
    const sections = PAPER_IDS.map((id) => {
        const p = PAPERS[id];
        const fs = findings.filter((f) => f.paper === id);
        const items = fs.map((f) => `<li><a href="${runLink(f.experiment.name, f.runs?.[0]?.patch(f.config()) ?? f.config())}">${escapeHtml(f.claim)}</a> ` +
            `<span class="note">${escapeHtml(f.source)} · ${escapeHtml(f.experiment.name)}</span></li>`);
        const explore = EXPLORATIONS[id] ? `<p><a href="#/explore/${id.toLowerCase()}">Explore: ${escapeHtml(EXPLORATIONS[id])}</a></p>` : '';
        return `<section><h2>${id}. ${escapeHtml(p.title)}</h2><p class="note">${escapeHtml(p.claim)}</p>${explore}${items.length > 0 ? `<ul>${items.join('')}</ul>` : explore ? '' : '<p class="note">No experiment in the lab yet.</p>'}</section>`;
    });
    const all = experiments.map((e) => `<li><a href="${runLink(e.name, e.defaultConfig())}">${escapeHtml(e.name)}</a> — ${escapeHtml(e.description)}</li>`);
    app().innerHTML =
        `<h1>looplab lab</h1><p>The papers' findings, run in your browser. Each link opens an experiment with the configuration of the finding; change it, run it, share the link.</p>${sections.join('')}<section><h2>All experiments</h2><ul>${all.join('')}</ul></section>` +
            `<section><h2>Open a run</h2><p><label for="open-run">A run directory from <code>looplab run</code> or the lab: choose its config.json, metrics.jsonl and summary.json</label><br><input type="file" id="open-run" multiple accept=".json,.jsonl"></p><div id="open-error" class="error" role="alert"></div></section>`;
    inputEl('open-run').addEventListener('change', () => void openRun(Array.from(inputEl('open-run').files ?? [])));
}
/** Show a run directory's files: its final numbers and the experiment's figures. */
async function openRun(files) {
    const byName = new Map(files.map((f) => [f.name, f]));
    const problem = (text) => void (el('open-error').textContent = text);
    const configFile = byName.get('config.json');
    if (!configFile)
        return problem('Choose at least the run’s config.json (with metrics.jsonl and summary.json for its figures and numbers).');
    let meta;
    try {
        meta = JSON.parse(await configFile.text());
    }
    catch (e) {
        return problem(`config.json is not valid JSON (${e.message}).`);
    }
    if (meta.kind !== 'run' || typeof meta.experiment !== 'string')
        return problem(`config.json is not a single run's (kind ${JSON.stringify(meta.kind)}; sweeps and seed groups open with looplab report).`);
    const e = findExperiment(meta.experiment);
    if (!e)
        return problem(`This lab has no experiment '${meta.experiment}'.`);
    const checked = checkConfig(e, meta.config);
    if ('problems' in checked)
        return problem(`config.json: ${checked.problems.join('; ')}`);
    const rows = [];
    const metricsFile = byName.get('metrics.jsonl');
    if (metricsFile) {
        const lines = (await metricsFile.text()).split('\n').filter((l) => l.trim() !== '');
        for (const [i, line] of lines.entries()) {
            try {
                rows.push(JSON.parse(line));
            }
            catch {
                return problem(`metrics.jsonl line ${i + 1} is not valid JSON.`);
            }
        }
    }
    let final = {};
    const summaryFile = byName.get('summary.json');
    if (summaryFile) {
        try {
            final = JSON.parse(await summaryFile.text()).final ?? {};
        }
        catch (err) {
            return problem(`summary.json is not valid JSON (${err.message}).`);
        }
    }
    const seed = typeof meta.seed === 'number' ? meta.seed : 0;
    const report = e.report({ experiment: e.name, seed, config: checked.config, metrics: rows, summary: final, dir: '' });
    const svgs = await Promise.all(report.figures.map(async (f) => `<figure>${await renderFigureSvg(f.figure)}<figcaption>${escapeHtml(f.name)}</figcaption></figure>`));
    const table = Object.entries(final).map(([k, v]) => `<tr><td>${escapeHtml(k)}</td><td class="num">${formatShort(v)}</td></tr>`);
    app().innerHTML =
        `<p><a href="#/">← all papers</a> · <a href="${runLink(e.name, checked.config, seed)}">run this configuration</a></p>` +
            `<h1>${escapeHtml(e.name)}, seed ${seed}</h1><p>${escapeHtml(e.description)}</p>` +
            `<table id="opened-summary"><caption>Final numbers</caption>${table.join('')}</table><div class="figures">${svgs.join('')}</div>`;
}
/** One form field per setting, nested objects as fieldsets. */
function fields(value, range, key) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        const obj = value;
        const sub = (range ?? {});
        const inner = Object.keys(obj)
            .map((k) => fields(obj[k], sub[k], key ? `${key}.${k}` : k))
            .join('');
        return key ? `<fieldset><legend>${escapeHtml(key)}</legend>${inner}</fieldset>` : inner;
    }
    const id = `cfg-${key}`;
    const label = `<label for="${escapeHtml(id)}">${escapeHtml(key)}</label>`;
    const r = range;
    if (typeof value === 'boolean')
        return `<div class="field">${label}<input type="checkbox" id="${escapeHtml(id)}" data-key="${escapeHtml(key)}" data-type="boolean"${value ? ' checked' : ''}></div>`;
    if (typeof value === 'string' && r?.oneOf) {
        const opts = r.oneOf.map((o) => `<option${o === value ? ' selected' : ''}>${escapeHtml(o)}</option>`).join('');
        return `<div class="field">${label}<select id="${escapeHtml(id)}" data-key="${escapeHtml(key)}" data-type="string">${opts}</select></div>`;
    }
    const type = typeof value === 'number'
        ? 'number'
        : Array.isArray(value)
            ? value.every((v) => typeof v === 'number')
                ? 'numbers'
                : 'strings'
            : value === null
                ? 'null'
                : 'string';
    const shown = Array.isArray(value) ? value.join(', ') : String(value ?? '');
    const input = type === 'number' ? `type="number" step="any"` : 'type="text"';
    return `<div class="field">${label}<input ${input} id="${escapeHtml(id)}" data-key="${escapeHtml(key)}" data-type="${type}" value="${escapeHtml(shown)}"${type === 'null' ? ' disabled' : ''}></div>`;
}
/** The configuration in the form, as JSON values (type errors are found by mergeConfigJson). */
function readForm(form) {
    const out = {};
    for (const field of Array.from(form.querySelectorAll('[data-key]'))) {
        const keys = field.dataset.key.split('.');
        let v;
        switch (field.dataset.type) {
            case 'boolean':
                v = field.checked;
                break;
            case 'number':
                v = field.value.trim() === '' ? field.value : Number(field.value);
                break;
            case 'numbers':
                v = field.value.trim() === '' ? [] : field.value.split(',').map((s) => (s.trim() === '' ? s : Number(s)));
                break;
            case 'strings':
                v = field.value.trim() === '' ? [] : field.value.split(',').map((s) => s.trim());
                break;
            case 'null':
                v = null;
                break;
            case 'string':
            case undefined:
            default:
                v = field.value;
        }
        let o = out;
        for (const k of keys.slice(0, -1))
            o = (o[k] ??= {});
        o[keys[keys.length - 1]] = v;
    }
    return out;
}
function download(name, bytes) {
    const url = URL.createObjectURL(new Blob([bytes], { type: 'application/x-tar' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
}
function runPage(name, params) {
    const e = findExperiment(name);
    if (!e) {
        app().innerHTML = `<p class="error" role="alert">There is no experiment '${escapeHtml(name)}' in this lab. <a href="#/">See the experiments</a>.</p>`;
        return;
    }
    let config = e.defaultConfig();
    let linkProblem = '';
    const raw = params.get('config');
    if (raw !== null) {
        let json;
        try {
            json = decodeConfig(raw);
        }
        catch {
            linkProblem = 'the configuration in this link is not readable (cut off?); showing the defaults';
        }
        if (json !== undefined) {
            const r = checkConfig(e, json);
            if ('config' in r)
                config = r.config;
            else
                linkProblem = `the configuration in this link is not valid: ${r.problems.join('; ')}; showing the defaults`;
        }
    }
    const seedText = params.get('seed') ?? '0';
    const seed = /^\d+$/.test(seedText) ? Number(seedText) : 0;
    if (!/^\d+$/.test(seedText))
        linkProblem ||= `seed '${seedText}' is not an integer ≥ 0; using 0`;
    const device = (['auto', 'webgpu', 'wasm', 'ts'].includes(params.get('device') ?? '') ? params.get('device') : 'auto');
    const paperRows = findings.filter((f) => f.experiment.name === name).flatMap((f) => f.quantities.map((q) => ({ f, q })));
    app().innerHTML = `
    <p><a href="#/">← all papers</a></p>
    <h1>${escapeHtml(e.name)}</h1><p>${escapeHtml(e.description)}</p>
    ${linkProblem ? `<p class="error" role="alert">${escapeHtml(linkProblem)}</p>` : ''}
    <form id="cfg" novalidate>
      <div class="field"><label for="seed">seed</label><input type="number" id="seed" min="0" step="1" value="${seed}"></div>
      <div class="field"><label for="device">device</label><select id="device">${['auto', 'webgpu', 'wasm', 'ts']
        .map((d) => `<option${d === device ? ' selected' : ''}>${d}</option>`)
        .join('')}</select></div>
      ${fields(config, e.ranges, '')}
      <div id="problems" class="error" role="alert"></div>
      <div class="buttons"><button id="run" type="submit">Run</button> <button id="pause" type="button" disabled>Pause</button>
      <button id="stop" type="button" disabled>Stop</button> <button id="save" type="button" disabled>Download run</button>
      <a id="share" href="#">Link to this configuration</a></div>
    </form>
    <p id="device-line" class="note"></p>
    <progress id="bar" max="1" value="0" aria-label="progress"></progress> <span id="status" role="status">ready</span>
    <div id="final"></div>
    <div id="figures" class="figures"></div>`;
    const form = document.getElementById('cfg');
    let worker;
    let rows = [];
    let current;
    let lastDraw = 0;
    let paused = false;
    const formConfig = () => checkConfig(e, readForm(form));
    const updateShare = () => {
        const r = formConfig();
        const seedNow = Number(inputEl('seed').value);
        el('problems').textContent = 'problems' in r ? r.problems.join('\n') : '';
        if ('config' in r)
            anchorEl('share').href = runLink(name, r.config, seedNow, selectEl('device').value);
    };
    form.addEventListener('input', updateShare);
    updateShare();
    const drawFigures = async () => {
        if (!current)
            return;
        const report = e.report({
            experiment: name,
            seed: current.seed,
            config: current.config,
            metrics: rows,
            summary: (current.summary ?? {}),
            dir: '',
        });
        const svgs = await Promise.all(report.figures.map(async (f) => `<figure>${await renderFigureSvg(f.figure)}<figcaption>${escapeHtml(f.name)}</figcaption></figure>`));
        el('figures').innerHTML = svgs.join('');
    };
    const finalTable = (summary) => {
        const paper = paperRows
            .filter(({ q }) => q.key in summary)
            .map(({ f, q }) => `<tr><td>${escapeHtml(q.name)}</td><td>${escapeHtml(f.id)}</td><td>${q.paper === null ? '—' : formatShort(q.paper)}</td><td>${formatShort(summary[q.key])}</td></tr>`);
        const all = Object.entries(summary).map(([k, v]) => `<tr><td>${escapeHtml(k)}</td><td class="num">${formatShort(v)}</td></tr>`);
        return ((paper.length > 0
            ? `<table><caption>Beside the paper</caption><tr><th>quantity</th><th>finding</th><th>paper</th><th>ours</th></tr>${paper.join('')}</table>`
            : '') + `<table id="summary"><caption>Final numbers</caption>${all.join('')}</table>`);
    };
    const onMessage = (m) => {
        switch (m.type) {
            case 'device':
                el('device-line').textContent = `computing on ${m.device}`;
                break;
            case 'log':
                rows.push(m.row);
                if (performance.now() - lastDraw > 1000) {
                    lastDraw = performance.now();
                    void drawFigures();
                }
                break;
            case 'progress': {
                progressEl('bar').value = m.step / m.total;
                const eta = m.step > 0 ? (m.elapsed / m.step) * (m.total - m.step) : NaN;
                el('status').textContent = `step ${m.step}/${m.total} · ${m.elapsed.toFixed(1)} s${Number.isFinite(eta) ? ` · ETA ${eta.toFixed(0)} s` : ''}`;
                break;
            }
            case 'paused':
                paused = true;
                el('status').textContent = `paused after step ${m.step}`;
                el('pause').textContent = 'Resume';
                break;
            case 'done':
                current.summary = m.summary;
                current.seconds = m.seconds;
                progressEl('bar').value = 1;
                el('status').textContent = `done in ${m.seconds.toFixed(1)} s`;
                el('final').innerHTML = finalTable(m.summary);
                el('final').dataset.summary = JSON.stringify(m.summary);
                void drawFigures();
                finish();
                break;
            case 'failed':
                el('status').textContent = `failed: ${m.message}`;
                finish();
                break;
            default:
                m;
        }
    };
    const finish = () => {
        worker?.terminate();
        worker = undefined;
        buttonEl('run').disabled = false;
        buttonEl('pause').disabled = true;
        buttonEl('stop').disabled = true;
        buttonEl('save').disabled = current?.summary === undefined;
    };
    form.addEventListener('submit', (ev) => {
        ev.preventDefault();
        const r = formConfig();
        if ('problems' in r)
            return;
        const seedNow = Number(inputEl('seed').value);
        if (!Number.isSafeInteger(seedNow) || seedNow < 0)
            return void (el('problems').textContent = 'seed must be an integer ≥ 0');
        history.replaceState(null, '', runLink(name, r.config, seedNow, selectEl('device').value));
        rows = [];
        current = { config: r.config, seed: seedNow };
        paused = false;
        el('final').innerHTML = '';
        el('figures').innerHTML = '';
        worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
        worker.onmessage = (msg) => onMessage(msg.data);
        worker.onerror = (err) => onMessage({ type: 'failed', message: err.message || 'the worker could not start' });
        const start = { type: 'start', experiment: name, config: r.config, seed: seedNow, device: selectEl('device').value };
        worker.postMessage(start);
        el('status').textContent = 'starting…';
        buttonEl('run').disabled = true;
        buttonEl('pause').disabled = false;
        buttonEl('pause').textContent = 'Pause';
        buttonEl('stop').disabled = false;
        buttonEl('save').disabled = true;
    });
    el('pause').addEventListener('click', () => {
        if (!worker)
            return;
        if (paused) {
            paused = false;
            el('pause').textContent = 'Pause';
            worker.postMessage({ type: 'resume' });
        }
        else
            worker.postMessage({ type: 'pause' });
    });
    el('stop').addEventListener('click', () => {
        el('status').textContent = 'stopped';
        finish();
    });
    el('save').addEventListener('click', () => {
        if (!current?.summary)
            return;
        const dir = `${name}-lab-seed${current.seed}`;
        const meta = {
            kind: 'run',
            experiment: name,
            seed: current.seed,
            device: 'cpu',
            smoke: false,
            looplab: 'lab',
            startedAt: new Date().toISOString(),
            config: current.config,
        };
        const summary = { kind: 'run', experiment: name, seed: current.seed, seconds: current.seconds ?? 0, final: current.summary };
        download(`${dir}.tar`, tarFiles([
            { name: `${dir}/config.json`, text: JSON.stringify(meta, null, 2) + '\n' },
            { name: `${dir}/metrics.jsonl`, text: rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '') },
            { name: `${dir}/summary.json`, text: JSON.stringify(summary, null, 2) + '\n' },
        ]));
    });
}
function route() {
    const hash = location.hash.replace(/^#/, '') || '/';
    const [p, query = ''] = hash.split('?');
    const m = /^\/run\/([a-z0-9-]+)$/.exec(p);
    if (m)
        runPage(m[1], new URLSearchParams(query));
    else if (p === '/explore/p1')
        exploreP1(app());
    else if (p === '/explore/p3')
        exploreP3(app());
    else if (p === '/')
        home();
    else
        app().innerHTML = `<p class="error" role="alert">This link (${escapeHtml(hash)}) does not lead anywhere in the lab. <a href="#/">Go to the papers</a>.</p>`;
}
window.addEventListener('hashchange', route);
route();
//# sourceMappingURL=lab.js.map