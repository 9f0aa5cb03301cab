/**
 * `mesa-constructed` (PAPERS.md P2): on constructed tokens e_t = [0, s_t, s_t, s_{t−1}] from
 * linear dynamical systems, which models predict s_{t+1} like which in-context algorithm.
 *
 * Trained side by side, each on its own fresh sequences every step (causal, no norm, no MLP; the
 * prediction is the first n_s coordinates of the output, where the tokens hold 0; the residual
 * stream is clipped after every block; loss Σ‖s_{t+1} − ŝ_{t+1}‖²/(2BT)):
 *
 *   linear<L>  L layers of linear self-attention (L = 1 with `nHeadsSingle` heads, P2: 2)
 *   mesa1      one mesa-layer
 *   gdStep     one explicit gradient step with learned η and Φ₀ (`analysis.mesa.gdStepPredict`:
 *              what one linear-attention layer computes under P2 Prop. 1)
 *
 * and the untrained reference `lsq`: least squares on the context with ridge λ = 0.001
 * (`analysis.mesa.lsqPredict`), which one mesa-layer can compute exactly.
 *
 * The findings (P2): one linear layer reaches the loss of one GD step with learned η, Φ₀; one
 * mesa-layer clearly beats it and approaches least squares; linear depth helps, and a 6-layer
 * linear model comes close to but does not match one mesa layer.
 *
 * Probes (as in `mesa-dynamics`): for each linear model of ≥ 2 layers, ridge read-outs of the
 * residual stream after every block l to s_{t+1} (r2Next_linear<L>_<l>) and to the preconditioned
 * input (Σ s_{t'−1}s_{t'−1}ᵀ + λI)⁻¹ s_t (r2Precond_linear<L>_<l>), R² on held-out sequences.
 *
 * `summary.json`: lossLinear<L>, lossMesa1, lossGDStep, lossLSQ — each the test loss at the last
 * position — and meanLoss<…> (averaged over positions), etaGD (the learned step size), the probe
 * scores. The last metrics row holds the per-position test losses pos_<model>_<t> (t = 1…T).
 */
import { analysis, nn, random, scalar, tasks, zeros } from '../../index.js';
import { metricSeries } from '../../report/metrics.js';
import { trainSideBySide } from '../p3-icl/train.js';
import { capitalise, dynamicsDataRanges, dynamicsTask, lastRowCurves, layerScores, mesaOptimizer, mesaTrainRanges, paperDynamicsData, runScheduleRanges, testLossKeys, } from './common.js';
import { probeLayers } from './mesa-dynamics.js';
import { estimateLsqBytes } from './models.js';
const { mesa } = analysis;
/** P2's constructed-token set-up: Adam(W) at a fixed 1e-4, weight decay 0.1, clip 1, batch 256, init std 2e-4. */
export function defaultMesaConstructedConfig() {
    return {
        data: paperDynamicsData(),
        model: { linearLayers: [1, 2, 6], mesa: true, gdStep: true, nHeads: 4, nHeadsSingle: 2, dKey: 20, initStd: 2e-4, clip: 4 },
        train: { steps: 20000, batchSize: 256, lr: 1e-4, schedule: 'constant', warmupSteps: 0, lrEnd: 0, weightDecay: 0.1, clipNorm: 1 },
        lambdaLsq: 0.001,
        testSequences: 1024,
        probeSequences: 256,
        probeFrom: 12,
        logEvery: 100,
        evalEvery: 1000,
        checkpointEvery: 2000,
        dtype: 'f32',
    };
}
/** Seconds: short sequences (T = 20), 120 steps of batch 16 at 3e-3. */
export function smokeMesaConstructedConfig() {
    const c = defaultMesaConstructedConfig();
    return {
        ...c,
        data: { ...c.data, T: 20 },
        train: { ...c.train, steps: 120, batchSize: 16, lr: 3e-3 },
        testSequences: 128,
        probeSequences: 64,
        logEvery: 10,
        evalEvery: 50,
        checkpointEvery: 0,
    };
}
export const mesaConstructedRanges = {
    data: dynamicsDataRanges,
    model: {
        linearLayers: { integer: true, min: 1, max: 64 },
        nHeads: { integer: true, min: 1, max: 256 },
        nHeadsSingle: { integer: true, min: 1, max: 256 },
        dKey: { integer: true, min: 1, max: 4096 },
        initStd: { min: 0 },
        clip: { min: 0, minExclusive: true },
    },
    train: mesaTrainRanges,
    lambdaLsq: { min: 0, minExclusive: true },
    probeSequences: { integer: true, min: 1, max: 1e6 },
    probeFrom: { integer: true, min: 1 },
    ...runScheduleRanges,
};
/** One stack of L attention layers on constructed tokens (width 4 n_s). */
export function initConstructedStack(key, c, L, attention) {
    const D = 4 * c.data.nS;
    return nn.transformer.init(key, {
        dModel: D,
        nLayers: L,
        attention,
        nHeads: L === 1 && attention === 'linear' ? c.model.nHeadsSingle : c.model.nHeads,
        dKey: c.model.dKey,
        dValue: c.model.dKey,
        causal: true,
        mlp: false,
        norm: 'none',
        finalNorm: false,
        initScale: c.model.initStd * Math.sqrt(D),
        lambdaInit: 1,
        dtype: c.dtype,
    });
}
/** Predictions ŝ_{t+1} of a stack: the first n_s coordinates of its output on the constructed tokens. */
export function constructedPredict(p, s, clip) {
    const n = s.shape[2];
    return nn.transformer.apply(p, tasks.constructedTokens(s), { clipResidual: clip }).slice(null, null, [0, n]);
}
/** Summary name of a model: linear2 -> lossLinear2, gdStep -> lossGDStep, lsq -> lossLSQ. */
function lossKey(name) {
    return name === 'gdStep' ? 'GDStep' : name === 'lsq' ? 'LSQ' : capitalise(name);
}
async function run(c, ctx) {
    const task = dynamicsTask(c.data);
    const [initKey, dataKey, testKey] = random.split(ctx.key, 3);
    const test = task.sample(testKey, c.testSequences, c.dtype);
    const n = c.data.nS;
    const trainees = [];
    const predictors = {};
    const addModel = (name, stream, init, predict) => {
        predictors[name] = predict;
        trainees.push({
            name,
            stream,
            train: { steps: c.train.steps, batchSize: c.train.batchSize, lr: c.train.lr, clipNorm: c.train.clipNorm },
            optimizer: () => mesaOptimizer(c.train),
            init,
            loss: (p, key) => {
                const b = task.sample(key, c.train.batchSize, c.dtype);
                return mesa.sequenceLoss(predict(p, b.inputs), b.targets);
            },
        });
    };
    const depths = [...new Set(c.model.linearLayers)].sort((a, b) => a - b);
    for (const L of depths)
        addModel(`linear${L}`, L, () => initConstructedStack(random.foldIn(initKey, L), c, L, 'linear'), (p, s) => constructedPredict(p, s, c.model.clip));
    if (c.model.mesa)
        addModel('mesa1', 1000, () => initConstructedStack(random.foldIn(initKey, 1000), c, 1, 'mesa'), (p, s) => constructedPredict(p, s, c.model.clip));
    if (c.model.gdStep)
        addModel('gdStep', 1001, () => ({ eta: scalar(0, c.dtype), phi0: zeros([n, n], { dtype: c.dtype }) }), (p, s) => mesa.gdStepPredict(s, p.eta, p.phi0));
    if (trainees.length === 0)
        throw new Error('mesa-constructed: nothing to train; set model.linearLayers, model.mesa or model.gdStep');
    const evaluate = (ps) => {
        const out = {};
        for (const [name, predict] of Object.entries(predictors))
            out[`testLoss_${name}`] = mesa.sequenceLoss(predict(ps[name], test.inputs), test.targets).item();
        return out;
    };
    const { params } = await trainSideBySide({
        ctx,
        trainees,
        dataKey,
        logEvery: c.logEvery,
        evalEvery: c.evalEvery,
        checkpointEvery: c.checkpointEvery,
        evaluate,
    });
    const curves = {};
    for (const [name, predict] of Object.entries(predictors))
        curves[name] = mesa.lossPerPosition(predict(params[name], test.inputs), test.targets);
    curves.lsq = mesa.lossPerPosition(mesa.lsqPredict(test.inputs, c.lambdaLsq), test.targets);
    const row = {};
    for (const [name, curve] of Object.entries(curves))
        curve.forEach((v, t) => (row[`pos_${name}_${t + 1}`] = v));
    ctx.log(c.train.steps + 1, row);
    const out = {};
    for (const [name, curve] of Object.entries(curves)) {
        out[`loss${lossKey(name)}`] = curve[curve.length - 1];
        out[`meanLoss${lossKey(name)}`] = curve.reduce((a, b) => a + b, 0) / curve.length;
    }
    if (c.model.gdStep)
        out.etaGD = params.gdStep.eta.item();
    // Probes of the deeper linear models: what each layer's residual stream holds.
    if (c.probeFrom > c.data.T)
        throw new Error(`mesa-constructed: probeFrom (${c.probeFrom}) must be ≤ data.T (${c.data.T})`);
    const [fitKey, scoreKey] = random.split(random.foldIn(ctx.key, 7));
    const fit = task.sample(fitKey, c.probeSequences, c.dtype);
    const score = task.sample(scoreKey, c.probeSequences, c.dtype);
    for (const L of depths.filter((d) => d >= 2)) {
        const acts = (x) => {
            const hs = [];
            nn.transformer.apply(params[`linear${L}`], tasks.constructedTokens(x), {
                clipResidual: c.model.clip,
                onBlock: (_, h) => hs.push(h),
            });
            return hs;
        };
        const r = probeLayers(acts, fit, score, { from: c.probeFrom, ridge: 1e-4, lambda: c.lambdaLsq });
        r.next.forEach((v, l) => (out[`r2Next_linear${L}_${l + 1}`] = v));
        r.precond.forEach((v, l) => (out[`r2Precond_linear${L}_${l + 1}`] = v));
    }
    return out;
}
/** The per-position curves of the last metrics row: model -> losses at t = 1…T. */
export function positionCurves(r) {
    return lastRowCurves(r.metrics, 'pos');
}
const LABELS = { mesa1: '1 mesa layer', gdStep: 'one GD step (learned η, Φ₀)', lsq: 'least squares (λ = 0.001)' };
export const modelLabel = (name) => LABELS[name] ?? (/^linear(\d+)$/.test(name) ? `${name.slice(6)}-layer linear attention` : name);
function report(r) {
    const c = r.config;
    const s = r.summary;
    const curves = positionCurves(r);
    const names = Object.keys(curves);
    const figures = [];
    if (names.length > 0)
        figures.push({
            name: 'loss-per-position',
            figure: {
                kind: 'line',
                title: 'Test loss at each position of the sequence (after training)',
                x: { label: 'position t' },
                y: { label: '½‖s_{t+1} − ŝ_{t+1}‖²', log: true },
                series: names.map((name) => ({ name: modelLabel(name), x: curves[name].map((_, t) => t + 1), y: curves[name] })),
            },
        });
    const trained = Object.keys(s)
        .filter((k) => k.startsWith('meanLoss') && k !== 'meanLossLSQ')
        .map((k) => k.slice('meanLoss'.length));
    figures.push({
        name: 'loss',
        figure: {
            kind: 'line',
            title: 'Test loss (averaged over positions) during training',
            x: { label: 'training step' },
            y: { label: 'loss', log: true },
            series: testLossKeys(r.metrics).map((k) => metricSeries(r.metrics, k, modelLabel(k.slice('testLoss_'.length)))),
        },
    });
    const probed = [...new Set(Object.keys(s).flatMap((k) => /^r2Next_(linear\d+)_\d+$/.exec(k)?.[1] ?? []))];
    if (probed.length > 0) {
        figures.push({
            name: 'probes',
            figure: {
                kind: 'line',
                title: 'Linear probes of the residual stream after each layer (R² on held-out sequences)',
                x: { label: 'layer' },
                y: { label: 'R²' },
                series: probed.flatMap((name) => ['Next', 'Precond'].map((target) => ({
                    name: `${modelLabel(name)}: ${target === 'Next' ? 's_{t+1}' : '(SSᵀ + λI)⁻¹ s_t'}`,
                    ...layerScores(s, `r2${target}`, name),
                }))),
            },
        });
    }
    return {
        text: `Constructed tokens [0, s_t, s_t, s_{t−1}] from ${c.data.observed === 'full' ? 'fully observed' : 'partially observed'} ${c.data.nonlinear ? 'nonlinear' : 'linear'} dynamics (n_s = ${c.data.nS}, T = ${c.data.T}, σ = ${c.data.noise}, h₁ ~ ${c.data.init === 'normal' ? 'N(0, I)' : 'U(−1, 1)'}). ` +
            `Models: ${[...c.model.linearLayers].join(', ')}-layer linear attention, ${c.model.mesa ? 'one mesa layer, ' : ''}${c.model.gdStep ? 'one explicit GD step, ' : ''}trained with AdamW ${c.train.lr} (weight decay ${c.train.weightDecay}), batch ${c.train.batchSize}, ${c.train.steps} steps, residual clipped at ${c.model.clip}; ` +
            `least squares with λ = ${c.lambdaLsq} on the context as the reference. Losses on ${c.testSequences} test sequences; "loss…" is the loss at the last position. Trained: ${trained.join(', ')}.`,
        figures,
        tables: [
            {
                title: 'Loss at the last position (P2: 1 linear ≈ GD step > 6 linear > 1 mesa ≈ least squares)',
                columns: ['model', 'loss at t = T', 'mean over positions'],
                rows: Object.keys(s)
                    .filter((k) => k.startsWith('loss'))
                    .map((k) => [k.slice(4), s[k], s[`meanLoss${k.slice(4)}`] ?? null]),
            },
        ],
    };
}
/**
 * Peak bytes: every model's activations at the larger of the training batch and the test set
 * (linear attention: scores [H, T, T] and projections per layer; the mesa layer its checkpoints
 * of R every 64 steps), least squares on the test set, and the probes' activations.
 */
export function estimateMesaConstructedBytes(c) {
    const { T, nS } = c.data;
    const D = 4 * nS;
    const H = c.model.nHeads;
    const dk = c.model.dKey;
    const seqs = Math.max(c.train.batchSize, c.testSequences);
    let perSeq = 0;
    for (const L of new Set(c.model.linearLayers))
        perSeq += L * ((L === 1 ? c.model.nHeadsSingle : H) * (T * T + 3 * T * dk) + 2 * T * D);
    if (c.model.mesa)
        perSeq += H * (4 * T * dk + dk * dk * (Math.ceil(T / 64) + 1)) + 2 * T * D;
    if (c.model.gdStep)
        perSeq += 3 * T * nS * nS;
    const probeLayers = Math.max(0, ...c.model.linearLayers);
    const bytes = c.dtype === 'f64' ? 8 : 4;
    return bytes * 4 * seqs * perSeq + estimateLsqBytes(nS, T, c.testSequences, c.dtype) + bytes * 2 * c.probeSequences * T * D * (probeLayers + 2);
}
export const mesaConstructed = {
    name: 'mesa-constructed',
    description: 'P2: on constructed tokens, 1 linear layer = one GD step, a mesa layer ≈ least squares, linear depth helps',
    describe: (c) => `mesa-constructed: linear ${c.model.linearLayers.join('/')}${c.model.mesa ? ' + mesa' : ''}, T = ${c.data.T}, ${c.train.steps} steps`,
    defaultConfig: defaultMesaConstructedConfig,
    smokeConfig: smokeMesaConstructedConfig,
    ranges: mesaConstructedRanges,
    estimateBytes: estimateMesaConstructedBytes,
    metric: { name: 'lossMesa1', mode: 'min' },
    summaryKeys: ['lossLinear1', 'lossLinear2', 'lossLinear6', 'lossMesa1', 'lossGDStep', 'lossLSQ', 'etaGD'],
    webgpu: { reason: 'its evaluation reads losses synchronously (dataSync/item) and the sequences are generated on the CPU' },
    run,
    report,
};
//# sourceMappingURL=mesa-constructed.js.map