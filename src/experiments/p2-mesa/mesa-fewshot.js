/**
 * `mesa-fewshot` (PAPERS.md P2, repurposing): a sequence model trained only to predict the next
 * state of dynamical systems, prompted with few-shot regression examples
 *
 *   [x_1, y_1, x_2, y_2, …, x_N, y_N],   y_i = W* x_i,  W* orthogonal, x_i ~ N(0, I),
 *
 * predicts y_i at the position of x_i (it treats the prompt as a sequence whose next state
 * follows the current one by the same linear map): in-context regression it was never trained
 * on. A learned end-of-example token e, tuned for `eos.steps` steps with the model frozen and
 * placed after every pair ([x_1, y_1, e, x_2, y_2, e, …]), separates the examples (the pairs
 * (y_i, x_{i+1}) otherwise look like one more step of the dynamics) and improves the fit.
 * Reference: least squares on the context pairs, with ridge λ = `lambdaLsq`.
 *
 * `summary.json`, for each model kind K (see `mesa-dynamics`): fewShot<K> (loss ½‖y − ŷ‖² at
 * the last example), fewShotEos<K> (with the tuned token), fewShotFirst<K> (at the first, where
 * nothing is known), lossDynamics<K> (its test loss on dynamics); fewShotLSQ; the last metrics
 * row holds the curves shot_<name>_<i> (i = 1 … N).
 */
import { add, analysis, broadcastTo, concat, eye, linalg, matmul, mul, optim, random, reshape, scope, squeeze, tasks, unsqueeze, valueAndGrad, zeros, } from '../../index.js';
import { trainSideBySide } from '../p3-icl/train.js';
import { capitalise, dynamicsDataRanges, dynamicsTask, lastRowCurves, mesaTrainRanges, paperDynamicsData, runScheduleRanges } from './common.js';
import { DYNAMICS_MODEL_KINDS, estimateDynamicsModelBytes, estimateLsqBytes, applyDynamicsModel, dynamicsModelRanges, dynamicsTrainees, paperDynamicsModel, paperDynamicsTraining, smokeDynamicsModel, } from './models.js';
const { mesa } = analysis;
/** Softmax and mesa models as in `mesa-dynamics`; prompts of N = 16 examples; the end token tuned for 5000 steps. */
export function defaultMesaFewshotConfig() {
    return {
        data: paperDynamicsData(),
        models: ['softmax', 'mesa'],
        model: paperDynamicsModel(),
        train: paperDynamicsTraining(),
        nShots: 16,
        eos: { steps: 5000, lr: 1e-3, batchSize: 256 },
        lambdaLsq: 0.001,
        testPrompts: 1024,
        testSequences: 512,
        logEvery: 100,
        evalEvery: 1000,
        checkpointEvery: 2000,
        dtype: 'f32',
    };
}
/** Seconds: one 2-layer mesa model of D = 32, T = 21, 60 steps; N = 7; 20 token steps. */
export function smokeMesaFewshotConfig() {
    const c = defaultMesaFewshotConfig();
    return {
        ...c,
        data: { ...c.data, T: 21 },
        models: ['mesa'],
        model: smokeDynamicsModel(),
        train: { ...c.train, steps: 60, batchSize: 16, lr: 3e-3, schedule: 'constant', warmupSteps: 0 },
        nShots: 7,
        eos: { steps: 20, lr: 1e-2, batchSize: 16 },
        testPrompts: 64,
        testSequences: 64,
        logEvery: 10,
        evalEvery: 30,
        checkpointEvery: 0,
    };
}
export const mesaFewshotRanges = {
    data: dynamicsDataRanges,
    models: { oneOf: DYNAMICS_MODEL_KINDS, minLength: 1 },
    model: dynamicsModelRanges,
    train: mesaTrainRanges,
    nShots: { integer: true, min: 1 },
    eos: { steps: { integer: true, min: 0 }, lr: { min: 0 }, batchSize: { integer: true, min: 1 } },
    lambdaLsq: { min: 0, minExclusive: true },
    testPrompts: { integer: true, min: 1, max: 1e7 },
    ...runScheduleRanges,
};
/** The prompt [x_1, y_1, (e,) …]: x, y [B, N, n], e [n] or null -> tokens [B, N·(2 or 3), n]. */
export function promptTokens(x, y, e) {
    const [B, N, n] = x.shape;
    const parts = [unsqueeze(x, 2), unsqueeze(y, 2)];
    if (e !== null)
        parts.push(broadcastTo(reshape(e, [1, 1, 1, n]), [B, N, 1, n]));
    return reshape(concat(parts, 2), [B, N * parts.length, n]);
}
/** The model's predictions of y_i, read at the positions of x_i: [B, N, n]. */
export function fewShotPredict(p, clip, x, y, e) {
    const stride = e === null ? 2 : 3;
    const out = applyDynamicsModel(p, promptTokens(x, y, e), clip);
    return out.slice(null, [0, null, stride]);
}
/** Least squares on the pairs j < i (ridge λ) predicting y_i: [B, N, n] (0 for i = 1). */
export function lsqFewShot(x, y, lambda) {
    const [B, , n] = x.shape;
    // exclusive running sums: Σ_{j<i} x_j x_jᵀ and Σ_{j<i} y_j x_jᵀ
    const shift = (a) => concat([zeros([B, 1, n], { dtype: a.dtype }), a.slice(null, [0, -1])], 1);
    const xs = shift(x);
    const ys = shift(y);
    const outer = (a, b) => mul(unsqueeze(a, -1), unsqueeze(b, -2));
    const K = add(outer(xs, xs).cumsum(1), mul(eye(n, n, { dtype: x.dtype }), lambda));
    const V = outer(ys, xs).cumsum(1);
    return squeeze(matmul(V, linalg.solve(K, unsqueeze(x, -1))), -1);
}
/** Tune the end token e (model frozen) on fresh prompts: returns e and its last training losses. */
function tuneEos(p, c, key) {
    const n = c.data.nS;
    let e = zeros([n], { dtype: c.dtype });
    const opt = optim.adam(c.eos.lr);
    let state = opt.init(e);
    const lossOf = valueAndGrad((tok, k) => {
        const b = tasks.regressionPrompts(k, { batch: c.eos.batchSize, nShots: c.nShots, n, init: c.data.init, dtype: c.dtype });
        return mesa.sequenceLoss(fewShotPredict(p, c.model.clip, b.x, b.y, tok), b.y);
    });
    for (let s = 0; s < c.eos.steps; s++) {
        const prev = { e, state };
        const next = scope.step(prev, () => {
            const [, g] = lossOf(prev.e, random.foldIn(key, s));
            const [u, st] = opt.update(g, prev.state, prev.e);
            return { e: optim.applyUpdates(prev.e, u), state: st };
        });
        e = next.e;
        state = next.state;
    }
    return e;
}
async function run(c, ctx) {
    if (3 * c.nShots > c.data.T)
        throw new Error(`mesa-fewshot: prompts with end tokens take 3·nShots = ${3 * c.nShots} positions; data.T is ${c.data.T} (lower nShots or raise data.T)`);
    const task = dynamicsTask(c.data);
    const [initKey, dataKey, testKey, promptKey, eosKey] = random.split(ctx.key, 5);
    const test = task.sample(testKey, c.testSequences, c.dtype);
    const kinds = [...new Set(c.models)];
    const predict = (p, x) => applyDynamicsModel(p, x, c.model.clip);
    const trainees = dynamicsTrainees(kinds, c, initKey);
    const { params } = await trainSideBySide({
        ctx,
        trainees,
        dataKey,
        logEvery: c.logEvery,
        evalEvery: c.evalEvery,
        checkpointEvery: c.checkpointEvery,
        evaluate: (ps) => Object.fromEntries(kinds.map((k) => [`testLoss_${k}`, mesa.sequenceLoss(predict(ps[k], test.inputs), test.targets).item()])),
    });
    const prompts = tasks.regressionPrompts(promptKey, { batch: c.testPrompts, nShots: c.nShots, n: c.data.nS, init: c.data.init, dtype: c.dtype });
    const out = {};
    const row = {};
    const record = (name, curve) => curve.forEach((v, i) => (row[`shot_${name}_${i + 1}`] = v));
    for (const k of kinds) {
        const p = params[k];
        const plain = mesa.lossPerPosition(fewShotPredict(p, c.model.clip, prompts.x, prompts.y, null), prompts.y);
        const eos = tuneEos(p, c, random.foldIn(eosKey, DYNAMICS_MODEL_KINDS.indexOf(k)));
        const withEos = mesa.lossPerPosition(fewShotPredict(p, c.model.clip, prompts.x, prompts.y, eos), prompts.y);
        record(k, plain);
        record(`${k}Eos`, withEos);
        out[`fewShot${capitalise(k)}`] = plain[plain.length - 1];
        out[`fewShotEos${capitalise(k)}`] = withEos[withEos.length - 1];
        out[`fewShotFirst${capitalise(k)}`] = plain[0];
        out[`lossDynamics${capitalise(k)}`] = mesa.sequenceLoss(predict(params[k], test.inputs), test.targets).item();
    }
    const lsq = mesa.lossPerPosition(lsqFewShot(prompts.x, prompts.y, c.lambdaLsq), prompts.y);
    record('LSQ', lsq);
    out.fewShotLSQ = lsq[lsq.length - 1];
    out.fewShotFirstLSQ = lsq[0];
    ctx.log(c.train.steps + 1, row);
    return out;
}
function report(r) {
    const c = r.config;
    const s = r.summary;
    const curves = lastRowCurves(r.metrics, 'shot');
    const label = (name) => name === 'LSQ' ? 'least squares on the context' : name.endsWith('Eos') ? `${name.slice(0, -3)} + learned end token` : name;
    const kinds = [...new Set(c.models)];
    return {
        text: `${kinds.join(' and ')} model(s) (${c.model.nLayers} blocks of D = ${c.model.dModel}) trained for ${c.train.steps} steps on next-state prediction of dynamical systems (n_s = ${c.data.nS}, T = ${c.data.T}), then prompted with ${c.nShots} regression examples (x_i, y_i = W* x_i), with and without an end-of-example token tuned for ${c.eos.steps} steps (model frozen). ` +
            `Loss ½‖y_i − ŷ_i‖² at each example over ${c.testPrompts} prompts; least squares (λ = ${c.lambdaLsq}) on the earlier pairs as the reference.`,
        figures: [
            {
                name: 'fewshot',
                figure: {
                    kind: 'line',
                    title: 'Few-shot regression from a model trained on dynamics: loss vs number of examples',
                    x: { label: 'example i (i − 1 examples seen)' },
                    y: { label: '½‖y_i − ŷ_i‖²', log: true },
                    series: Object.keys(curves).map((k) => ({ name: label(k), x: curves[k].map((_, i) => i + 1), y: curves[k] })),
                },
            },
        ],
        tables: [
            {
                title: 'Loss at the last example',
                columns: ['model', 'plain prompt', 'with end token', 'first example', 'dynamics test loss'],
                rows: [
                    ...kinds.map((k) => [
                        k,
                        s[`fewShot${capitalise(k)}`] ?? null,
                        s[`fewShotEos${capitalise(k)}`] ?? null,
                        s[`fewShotFirst${capitalise(k)}`] ?? null,
                        s[`lossDynamics${capitalise(k)}`] ?? null,
                    ]),
                    ['least squares', s.fewShotLSQ ?? null, null, s.fewShotFirstLSQ ?? null, null],
                ],
            },
        ],
    };
}
/** Peak bytes: one model at a time, training or tuning the end token (with gradients), or evaluating with least squares beside it. */
export function estimateMesaFewshotBytes(c) {
    const { T, nS } = c.data;
    return Math.max(estimateDynamicsModelBytes(c.model, T, Math.max(c.train.batchSize, c.eos.batchSize), c.dtype, true), estimateDynamicsModelBytes(c.model, T, Math.max(c.testSequences, c.testPrompts), c.dtype, false) + estimateLsqBytes(nS, T, c.testPrompts, c.dtype));
}
export const mesaFewshot = {
    name: 'mesa-fewshot',
    description: 'P2: a Transformer trained on dynamical systems repurposed for few-shot regression, with a learned end-of-example token',
    describe: (c) => `mesa-fewshot: ${c.models.join('/')} × ${c.model.nLayers} layers, N = ${c.nShots}, ${c.train.steps} + ${c.eos.steps} steps`,
    defaultConfig: defaultMesaFewshotConfig,
    smokeConfig: smokeMesaFewshotConfig,
    ranges: mesaFewshotRanges,
    estimateBytes: estimateMesaFewshotBytes,
    metric: { name: 'fewShotEosMesa', mode: 'min' },
    summaryKeys: ['fewShotMesa', 'fewShotEosMesa', 'fewShotFirstMesa', 'lossDynamicsMesa', 'fewShotLSQ'],
    webgpu: { reason: 'its evaluation reads losses synchronously (dataSync/item) and the sequences are generated on the CPU' },
    run,
    report,
};
//# sourceMappingURL=mesa-fewshot.js.map