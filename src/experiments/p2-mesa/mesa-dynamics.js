/**
 * `mesa-dynamics` (PAPERS.md P2): full Transformers trained on plain tokens s_t from dynamical
 * systems (fully or partially observed, linear or nonlinear), and linear probes of what each
 * layer holds.
 *
 * Models (`models.ts`): linear, softmax, mesa and hybrid (softmax first block, then mesa)
 * attention, `nLayers` GPT-2 style blocks each, trained side by side on fresh sequences with
 * AdamW (warmup + cosine), loss Σ‖s_{t+1} − ŝ_{t+1}‖²/(2BT).
 *
 * Probes: for each model and block l, ridge read-outs from the residual stream after block l to
 *   next       the target s_{t+1}
 *   precond    the preconditioned input (Σ_{t'≤t} s_{t'−1} s_{t'−1}ᵀ + λI)⁻¹ s_t, λ = 0.001
 * fitted on `probeSequences` held-out sequences and scored (R²) on as many others, over the
 * positions t ≥ `probeFrom` (before it the Gram matrix is nearly singular and the target is
 * dominated by 1/λ). P2's finding: the targets become linearly decodable layer by layer, the
 * preconditioned input in the middle layers, the next state at the top.
 *
 * `summary.json`: loss<Kind> (mean test loss over positions), lossLast<Kind> (at the last
 * position), lossLSQ / lossLastLSQ (least squares on the context, the reference),
 * r2Next_<kind>_<l>, r2Precond_<kind>_<l> (l = 1 … L).
 */
import { analysis, random, reshape } from '../../index.js';
import { metricSeries } from '../../report/metrics.js';
import { trainSideBySide } from '../p3-icl/train.js';
import { capitalise, dynamicsDataRanges, dynamicsTask, layerScores, mesaTrainRanges, paperDynamicsData, runScheduleRanges, testLossKeys } from './common.js';
import { DYNAMICS_MODEL_KINDS, estimateDynamicsModelBytes, estimateLsqBytes, applyDynamicsModel, dynamicsModelRanges, dynamicsTrainees, paperDynamicsModel, paperDynamicsTraining, smokeDynamicsModel, } from './models.js';
const { mesa } = analysis;
/** P2's full models: 4 layers, D = 64, 4 heads of 20, MLP 4×; AdamW 7e-4 (warmup 1000, cosine to 1e-5), weight decay 0.05, clip 1, batch 256. */
export function defaultMesaDynamicsConfig() {
    return {
        data: paperDynamicsData(),
        models: ['linear', 'softmax', 'mesa', 'hybrid'],
        model: paperDynamicsModel(),
        train: paperDynamicsTraining(),
        probeSequences: 256,
        probeFrom: 12,
        probeRidge: 1e-4,
        lambdaLsq: 0.001,
        testSequences: 1024,
        logEvery: 100,
        evalEvery: 1000,
        checkpointEvery: 2000,
        dtype: 'f32',
    };
}
/** Seconds: 2 layers of D = 32, T = 20, 60 steps of batch 16 at a constant 3e-3. */
export function smokeMesaDynamicsConfig() {
    const c = defaultMesaDynamicsConfig();
    return {
        ...c,
        data: { ...c.data, T: 20 },
        model: smokeDynamicsModel(),
        train: { ...c.train, steps: 60, batchSize: 16, lr: 3e-3, schedule: 'constant', warmupSteps: 0 },
        probeSequences: 32,
        testSequences: 64,
        logEvery: 10,
        evalEvery: 30,
        checkpointEvery: 0,
    };
}
export const mesaDynamicsRanges = {
    data: dynamicsDataRanges,
    models: { oneOf: DYNAMICS_MODEL_KINDS, minLength: 1 },
    model: dynamicsModelRanges,
    train: mesaTrainRanges,
    probeSequences: { integer: true, min: 1, max: 1e6 },
    probeFrom: { integer: true, min: 1 },
    probeRidge: { min: 0 },
    lambdaLsq: { min: 0, minExclusive: true },
    ...runScheduleRanges,
};
/** Rows t ≥ from of [B, T, d] as [B·(T − from + 1), d]. */
function rowsFrom(x, from) {
    const [B, T, d] = x.shape;
    return reshape(x.slice(null, [from - 1, T]), [B * (T - from + 1), d]);
}
/**
 * Per-layer probe R² of one model: `acts(x)` returns the residual stream after every block
 * ([B, T, D] each) for inputs x; probes are fitted on `fit` and scored on `score`, over the
 * positions t ≥ `from`. Returns { next: [L], precond: [L] }.
 */
export function probeLayers(acts, fit, score, o) {
    const aFit = acts(fit.inputs).map((h) => rowsFrom(h, o.from));
    const aScore = acts(score.inputs).map((h) => rowsFrom(h, o.from));
    const targets = (b) => ({
        next: rowsFrom(b.targets, o.from),
        precond: rowsFrom(mesa.preconditionedInput(b.inputs, o.lambda), o.from),
    });
    const tf = targets(fit);
    const ts = targets(score);
    const next = [];
    const precond = [];
    aFit.forEach((h, l) => {
        next.push(mesa.r2(mesa.ridgeProbe(h, tf.next, o.ridge).predict(aScore[l]), ts.next));
        precond.push(mesa.r2(mesa.ridgeProbe(h, tf.precond, o.ridge).predict(aScore[l]), ts.precond));
    });
    return { next, precond };
}
async function run(c, ctx) {
    if (c.probeFrom > c.data.T)
        throw new Error(`mesa-dynamics: probeFrom (${c.probeFrom}) must be ≤ data.T (${c.data.T})`);
    const task = dynamicsTask(c.data);
    const [initKey, dataKey, testKey, fitKey, scoreKey] = random.split(ctx.key, 5);
    const test = task.sample(testKey, c.testSequences, c.dtype);
    const kinds = [...new Set(c.models)];
    const trainees = dynamicsTrainees(kinds, c, initKey);
    const predict = (p, x) => applyDynamicsModel(p, x, c.model.clip);
    const { params } = await trainSideBySide({
        ctx,
        trainees,
        dataKey,
        logEvery: c.logEvery,
        evalEvery: c.evalEvery,
        checkpointEvery: c.checkpointEvery,
        evaluate: (ps) => Object.fromEntries(kinds.map((k) => [`testLoss_${k}`, mesa.sequenceLoss(predict(ps[k], test.inputs), test.targets).item()])),
    });
    const out = {};
    const row = {};
    const curve = (name, pred) => {
        const losses = mesa.lossPerPosition(pred, test.targets);
        out[`loss${name}`] = losses.reduce((a, b) => a + b, 0) / losses.length;
        out[`lossLast${name}`] = losses[losses.length - 1];
        losses.forEach((v, t) => (row[`pos_${name}_${t + 1}`] = v));
    };
    for (const k of kinds)
        curve(capitalise(k), predict(params[k], test.inputs));
    curve('LSQ', mesa.lsqPredict(test.inputs, c.lambdaLsq));
    const fit = task.sample(fitKey, c.probeSequences, c.dtype);
    const score = task.sample(scoreKey, c.probeSequences, c.dtype);
    for (const k of kinds) {
        const acts = (x) => {
            const hs = [];
            applyDynamicsModel(params[k], x, c.model.clip, (_, h) => hs.push(h));
            return hs;
        };
        const r = probeLayers(acts, fit, score, { from: c.probeFrom, ridge: c.probeRidge, lambda: 0.001 });
        r.next.forEach((v, l) => (out[`r2Next_${k}_${l + 1}`] = v));
        r.precond.forEach((v, l) => (out[`r2Precond_${k}_${l + 1}`] = v));
    }
    ctx.log(c.train.steps + 1, row);
    return out;
}
function report(r) {
    const c = r.config;
    const s = r.summary;
    const kinds = [...new Set(c.models)];
    const probeSeries = (target) => kinds.map((k) => ({ name: k, ...layerScores(s, `r2${target}`, k) }));
    return {
        text: `Plain tokens s_t from ${c.data.observed === 'full' ? 'fully observed' : `partially observed (n_s = ${c.data.nS}, n_h = ${c.data.nH})`} ${c.data.nonlinear ? 'nonlinear' : c.data.contracting ? 'contracting linear' : 'linear'} dynamics, T = ${c.data.T}. ` +
            `Models: ${kinds.join(', ')} attention, ${c.model.nLayers} pre-LN blocks of D = ${c.model.dModel} (${c.model.nHeads} heads of ${c.model.dKey}, MLP ${c.model.mlpRatio}×), residual clipped at ${c.model.clip}; AdamW ${c.train.lr} (${c.train.schedule}), weight decay ${c.train.weightDecay}, batch ${c.train.batchSize}, ${c.train.steps} steps. ` +
            `Probes: ridge read-outs of the residual stream after each block, fitted on ${c.probeSequences} sequences and scored by R² on ${c.probeSequences} others, positions t ≥ ${c.probeFrom}.`,
        figures: [
            {
                name: 'probe-next',
                figure: {
                    kind: 'line',
                    title: 'Probe R² of the next state s_{t+1}, per layer',
                    x: { label: 'layer' },
                    y: { label: 'R²' },
                    series: probeSeries('Next'),
                },
            },
            {
                name: 'probe-precond',
                figure: {
                    kind: 'line',
                    title: 'Probe R² of the preconditioned input (Σ s_{t′−1}s_{t′−1}ᵀ + 0.001 I)⁻¹ s_t, per layer',
                    x: { label: 'layer' },
                    y: { label: 'R²' },
                    series: probeSeries('Precond'),
                },
            },
            {
                name: 'loss',
                figure: {
                    kind: 'line',
                    title: 'Test loss during training',
                    x: { label: 'training step' },
                    y: { label: 'loss', log: true },
                    series: testLossKeys(r.metrics).map((k) => metricSeries(r.metrics, k, k.slice('testLoss_'.length))),
                },
            },
        ],
        tables: [
            {
                title: 'Test loss (mean over positions; at the last position) — P2: the hybrid softmax + mesa model is best',
                columns: ['model', 'mean', 'last position'],
                rows: [...kinds.map(capitalise), 'LSQ'].map((k) => [k, s[`loss${k}`] ?? null, s[`lossLast${k}`] ?? null]),
            },
        ],
    };
}
/** Peak bytes: one model at a time, training at the batch (with gradients), evaluating the test set and least squares, or probing. */
export function estimateMesaDynamicsBytes(c) {
    const { T, nS } = c.data;
    const train = estimateDynamicsModelBytes(c.model, T, c.train.batchSize, c.dtype, true);
    const test = estimateDynamicsModelBytes(c.model, T, c.testSequences, c.dtype, false) + estimateLsqBytes(nS, T, c.testSequences, c.dtype);
    // probes: every block's activations [T, D] of both probe sets, and the targets' Gram matrices
    const probes = estimateDynamicsModelBytes(c.model, T, c.probeSequences, c.dtype, false) +
        (c.dtype === 'f64' ? 8 : 4) * 2 * c.probeSequences * T * c.model.dModel * (c.model.nLayers + 1) +
        estimateLsqBytes(nS, T, c.probeSequences, c.dtype);
    return Math.max(train, test, probes);
}
export const mesaDynamics = {
    name: 'mesa-dynamics',
    description: 'P2: full linear / softmax / mesa / hybrid Transformers on dynamical systems, with per-layer linear probes',
    describe: (c) => `mesa-dynamics: ${c.models.join('/')} × ${c.model.nLayers} layers, ${c.data.observed}${c.data.nonlinear ? ' nonlinear' : ''}, ${c.train.steps} steps`,
    defaultConfig: defaultMesaDynamicsConfig,
    smokeConfig: smokeMesaDynamicsConfig,
    ranges: mesaDynamicsRanges,
    estimateBytes: estimateMesaDynamicsBytes,
    metric: { name: 'lossHybrid', mode: 'min' },
    summaryKeys: ['lossLinear', 'lossSoftmax', 'lossMesa', 'lossHybrid', 'lossLSQ', 'r2Next_mesa_1', 'r2Precond_mesa_1'],
    webgpu: { reason: 'its evaluation and probes read values synchronously (dataSync/item) and the sequences are generated on the CPU' },
    run,
    report,
};
//# sourceMappingURL=mesa-dynamics.js.map