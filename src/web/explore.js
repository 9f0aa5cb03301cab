/**
 * The lab's explorations: figures better touched than read.
 *
 *   P1  the curse of memory on the scalar recurrence h_t = λ h_{t−1} + γ x_t: the second moments of
 *       h and ∂h/∂λ (closed forms of PAPERS.md P1) against the memory 1/(1−λ), and the loss
 *       landscape L(λ) around a teacher λ*, with sliders for λ*, the input correlation ρ, the
 *       parametrisation and the input normalisation γ.
 *   P3  gated RNNs discover attention: random linear self-attention weights in, the gated RNN of
 *       the exact construction out (nn.gatedRnn.constructFromAttention), both applied to the same
 *       random sequence; their outputs are equal (the page shows the largest difference).
 */
import { closedForm, memoryScale } from '../analysis/signal-propagation.js';
import { scalarLoss } from '../analysis/loss-landscape.js';
import { gatedRnn, gatedRnnLambda } from '../nn/recurrent/gated-rnn.js';
import { random } from '../index.js';
import { escapeHtml } from '../report/html.js';
import { renderFigureSvg } from '../report/svg.js';
const byId = (id) => document.getElementById(id);
async function draw(target, figures) {
    const svgs = await Promise.all(figures.map(async (f) => `<figure>${await renderFigureSvg(f)}</figure>`));
    target.innerHTML = svgs.join('');
}
/** P1: moments against memory, and the landscape, from the closed forms. */
export function exploreP1(app) {
    app.innerHTML = `
    <p><a href="#/">← all papers</a></p>
    <h1>P1: the curse of memory, touched</h1>
    <p>The scalar recurrence h<sub>t</sub> = λ h<sub>t−1</sub> + γ x<sub>t</sub> with AR(1) inputs of correlation ρ. Left: the stationary
    second moments of h and of its sensitivity against the memory 1/(1−λ) (closed forms). Right: the loss L(λ) of learning a teacher λ*.</p>
    <form id="p1" class="explore">
      <div class="field"><label for="p1-gap">teacher memory: λ* = 1 − <output id="p1-gap-out"></output></label><input type="range" id="p1-gap" min="-3" max="-0.2" step="0.01" value="-2"></div>
      <div class="field"><label for="p1-rho">input correlation ρ = <output id="p1-rho-out"></output></label><input type="range" id="p1-rho" min="0" max="0.99" step="0.01" value="0"></div>
      <div class="field"><label for="p1-param">parametrisation</label><select id="p1-param"><option value="polar">polar: λ = ν e^{iθ}</option><option value="exp">exp: λ = exp(−e^ν + i e^θ)</option></select></div>
      <div class="field"><label for="p1-norm">input normalisation γ = √(1−λ²)</label><input type="checkbox" id="p1-norm"></div>
    </form>
    <div id="p1-figures" class="figures"></div>`;
    let pending = 0;
    const update = async () => {
        const ticket = ++pending;
        const gap = 10 ** Number(byId('p1-gap').value);
        const rho = Number(byId('p1-rho').value);
        const parametrization = byId('p1-param').value;
        const normalized = byId('p1-norm').checked;
        byId('p1-gap-out').textContent = gap.toPrecision(2);
        byId('p1-rho-out').textContent = rho.toFixed(2);
        const scales = Array.from({ length: 60 }, (_, i) => 1.5 * (1e4 / 1.5) ** (i / 59));
        const moments = scales.map((s) => closedForm({ modulus: 1 - 1 / s, rho, parametrization, normalized }));
        const lambdaStar = 1 - gap;
        const lambdas = Array.from({ length: 400 }, (_, i) => Math.max(0, lambdaStar - 0.5) + ((Math.min(0.9999, lambdaStar + 0.5 * (1 - lambdaStar)) - Math.max(0, lambdaStar - 0.5)) * i) / 399);
        const loss = lambdas.map((l) => scalarLoss(l, lambdaStar, { normalized }));
        const x = scales.map((s) => memoryScale(1 - 1 / s));
        const figures = [
            {
                kind: 'line',
                title: `Second moments (ρ = ${rho.toFixed(2)}, ${parametrization}${normalized ? ' + γ' : ''})`,
                x: { label: 'memory 1/(1−λ)', log: true },
                y: { label: 'stationary second moment', log: true },
                series: [
                    { name: 'E[h²]', x, y: moments.map((m) => m.h2) },
                    { name: 'E[(∂h/∂λ)²]', x, y: moments.map((m) => m.dLambda2) },
                    { name: `E[(∂h/∂ν)²] (${parametrization})`, x, y: moments.map((m) => m.dNu2) },
                ],
            },
            {
                kind: 'line',
                title: `Loss landscape around λ* = ${lambdaStar.toPrecision(4)}${normalized ? ' (γ-normalised)' : ''}`,
                x: { label: 'student λ' },
                y: { label: 'L(λ)', log: true },
                series: [{ name: 'L(λ)', x: lambdas, y: loss.map((v) => Math.max(v, 1e-12)) }],
            },
        ];
        const target = byId('p1-figures');
        const svgs = await Promise.all(figures.map((f) => renderFigureSvg(f)));
        if (ticket === pending)
            target.innerHTML = svgs.map((s) => `<figure>${s}</figure>`).join('');
    };
    byId('p1').addEventListener('input', () => void update());
    void update();
}
/** Causal linear self-attention y_t = Σ_{s≤t} (W_V x_s)(W_K x_s)ᵀ(W_Q x_t), computed directly. */
function attention(wq, wk, wv, x, dk, dv, H, T) {
    const proj = (w, d, t, i) => {
        let s = 0;
        for (let h = 0; h < H; h++)
            s += w[i * H + h] * x[t * H + h];
        return s;
    };
    const y = new Float64Array(T * dv);
    for (let t = 0; t < T; t++)
        for (let s = 0; s <= t; s++) {
            let kq = 0;
            for (let j = 0; j < dk; j++)
                kq += proj(wk, dk, s, j) * proj(wq, dk, t, j);
            for (let i = 0; i < dv; i++)
                y[t * dv + i] += proj(wv, dv, s, i) * kq;
        }
    return y;
}
const rows = (a, r, c) => Array.from({ length: r }, (_, i) => Array.from(a.subarray(i * c, (i + 1) * c)));
/** P3: the exact construction, checked on a random sequence. */
export function exploreP3(app) {
    app.innerHTML = `
    <p><a href="#/">← all papers</a></p>
    <h1>P3: a gated RNN that is linear self-attention</h1>
    <p>Random attention weights W<sub>Q</sub>, W<sub>K</sub> (d<sub>k</sub> × H) and W<sub>V</sub> (d<sub>v</sub> × H) go in; the gated RNN of the
    exact construction comes out: d<sub>v</sub>·d<sub>k</sub> memory neurons with λ = 1 and d<sub>k</sub> query neurons with λ = 0. Both read the same random sequence.</p>
    <form id="p3" class="explore">
      <div class="field"><label for="p3-h">input width H</label><input type="number" id="p3-h" min="1" max="16" value="4"></div>
      <div class="field"><label for="p3-dk">key size d<sub>k</sub></label><input type="number" id="p3-dk" min="1" max="8" value="3"></div>
      <div class="field"><label for="p3-dv">value size d<sub>v</sub></label><input type="number" id="p3-dv" min="1" max="8" value="2"></div>
      <div class="field"><label for="p3-t">sequence length T</label><input type="number" id="p3-t" min="2" max="200" value="40"></div>
      <div class="field"><label for="p3-seed">seed</label><input type="number" id="p3-seed" min="0" value="0"></div>
    </form>
    <p id="p3-result" role="status"></p>
    <div id="p3-figures" class="figures"></div>`;
    const update = async () => {
        const n = (id, lo, hi) => Math.min(hi, Math.max(lo, Math.round(Number(byId(id).value) || lo)));
        const [H, dk, dv, T, seed] = [n('p3-h', 1, 16), n('p3-dk', 1, 8), n('p3-dv', 1, 8), n('p3-t', 2, 200), n('p3-seed', 0, 1e9)];
        const keys = random.split(random.key(seed), 4);
        const f64 = { dtype: 'f64' };
        const [wq, wk, wv] = [random.normal(keys[0], [dk, H], f64), random.normal(keys[1], [dk, H], f64), random.normal(keys[2], [dv, H], f64)];
        const x = random.normal(keys[3], [1, T, H], f64);
        const p = gatedRnn.constructFromAttention({ wq, wk, wv }, { dtype: 'f64' });
        const rnn = gatedRnn.apply(p, x).dataSync();
        const data = (t) => t.dataSync();
        const ref = attention(data(wq), data(wk), data(wv), data(x), dk, dv, H, T);
        let maxDiff = 0;
        let scale = 0;
        for (let i = 0; i < ref.length; i++) {
            maxDiff = Math.max(maxDiff, Math.abs(ref[i] - rnn[i]));
            scale = Math.max(scale, Math.abs(ref[i]));
        }
        const lambda = Array.from(data(gatedRnnLambda(p)));
        byId('p3-result').innerHTML = escapeHtml(`${lambda.length} neurons (${dv * dk} memory, ${dk} query); largest |attention − gated RNN| over ${T} steps: ${maxDiff.toExponential(2)} (outputs up to ${scale.toPrecision(3)})`);
        byId('p3-result').dataset.maxDiff = String(maxDiff);
        const t = Array.from({ length: T }, (_, i) => i + 1);
        const labels = (k, prefix) => Array.from({ length: k }, (_, i) => `${prefix}${i + 1}`);
        await draw(byId('p3-figures'), [
            {
                kind: 'heatmap',
                title: 'Attention weights in: W_Q, W_K, W_V (rows) × input (columns)',
                xLabels: labels(H, 'x'),
                yLabels: [...labels(dk, 'q'), ...labels(dk, 'k'), ...labels(dv, 'v')],
                x: { label: 'input' },
                y: { label: 'row' },
                values: [...rows(data(wq), dk, H), ...rows(data(wk), dk, H), ...rows(data(wv), dv, H)],
                color: { label: 'weight' },
            },
            {
                kind: 'scatter',
                title: 'Gated RNN out: recurrence λ of each neuron',
                x: { label: 'neuron' },
                y: { label: 'λ', domain: [-0.05, 1.05] },
                points: lambda.map((l, i) => ({ x: i + 1, y: l, group: i < dv * dk ? 'memory (λ = 1)' : 'query (λ = 0)' })),
            },
            {
                kind: 'line',
                title: 'Output 1 over time: attention and the gated RNN',
                x: { label: 'step t' },
                y: { label: 'y_t[1]' },
                series: [
                    { name: 'linear self-attention', x: t, y: t.map((_, i) => ref[i * dv]) },
                    { name: 'gated RNN', x: t, y: t.map((_, i) => rnn[i * dv]) },
                ],
            },
        ]);
    };
    byId('p3').addEventListener('input', () => void update());
    void update();
}
//# sourceMappingURL=explore.js.map