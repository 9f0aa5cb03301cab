/**
 * `icl-gd` (PAPERS.md "GD-ICL anchor", von Oswald et al. 2023, "Transformers learn in-context by
 * gradient descent"): linear self-attention trained on in-context linear regression against
 * gradient descent on the context.
 *
 * Tasks: N context pairs (x_j, W x_j) and a query x_q (`tasks.linearRegressionIcl`), as GD-ICL
 * tokens [x_j; y_j], [x_q; 0]; fresh tasks every step. Model: K residual linear self-attention
 * layers (`nn.transformer`, attention 'linear', no norm, no MLP), non-causal over the N context
 * tokens (`nn.gdIclMask(N)`); prediction ŷ = −(y-slot of the query output); loss
 * ½‖ŷ − y_q‖² averaged over tasks. Adam 1e-3, batch 2048, clipping 10, 5000 steps (the paper).
 *
 * Baselines on one fixed set of test tasks (the same for every model):
 *   lossZero         predicting 0
 *   lossGD, etaGD    K steps of GD from W₀ = 0, step sizes by exact line search on a separate set
 *                    of training tasks (`analysis.icl.gdLineSearch`; greedy for K > 1)
 *   lossConstructed  the K constructed LSA layers (`analysis.icl.gdConstructedLayers`): equals lossGD
 *   lossTrained      the trained layers
 *   predDistToGD     mean over tasks of ‖ŷ_trained − ŷ_GD‖²
 *   sensitivityCosine  mean over tasks of cos(∂ŷ_trained/∂x_q, ∂ŷ_GD/∂x_q)
 * and the loss along the interpolation from the constructed (α = 0) to the trained (α = 1)
 * products of each layer (one head per layer; `analysis.icl.interpolationLosses`).
 */
import { analysis, neg, nn, random, squeeze, tasks, zerosLike } from '../../index.js';
import { metricSeries, summaryTable } from '../../report/metrics.js';
import { trainRanges, trainSideBySide } from './train.js';
const { icl } = analysis;
export const iclTaskRanges = {
    nContext: { integer: true, min: 1, max: 1e6 },
    dX: { integer: true, min: 1, max: 1e5 },
    dY: { integer: true, min: 1, max: 1e5 },
    xDist: { oneOf: ['uniform', 'normal'] },
    xScale: { min: 0, minExclusive: true },
    wStd: { min: 0 },
};
/** The task generator of a task configuration. */
export function iclTask(t) {
    const xDist = t.xDist === 'uniform' ? { kind: 'uniform', low: -t.xScale, high: t.xScale } : { kind: 'normal', mean: 0, std: t.xScale };
    return tasks.linearRegressionIcl({ nContext: t.nContext, dX: t.dX, dY: t.dY, xDist, wDist: { kind: 'normal', mean: 0, std: t.wStd } });
}
export const GD_ICL_TASK = { nContext: 10, dX: 10, dY: 1, xDist: 'uniform', xScale: 0.5, wStd: 1 };
/** The paper's set-up: one LSA layer (one head, d_k = d_v = D = 11), Adam 1e-3, batch 2048, clip 10, 5000 steps. */
export function defaultIclGdConfig() {
    return {
        task: GD_ICL_TASK,
        model: { nLayers: 1, nHeads: 1, dKey: 11, dValue: 11, initScale: 0.2 },
        train: { steps: 5000, batchSize: 2048, lr: 1e-3, clipNorm: 10 },
        testTasks: 10000,
        lineSearchTasks: 10000,
        interpolationPoints: 11,
        logEvery: 50,
        evalEvery: 500,
        checkpointEvery: 1000,
        dtype: 'f32',
    };
}
/** Seconds: the same task and model, 300 steps of batch 256 at lr 1e-2. */
export function smokeIclGdConfig() {
    return {
        ...defaultIclGdConfig(),
        train: { steps: 300, batchSize: 256, lr: 1e-2, clipNorm: 10 },
        testTasks: 2000,
        lineSearchTasks: 2000,
        logEvery: 10,
        evalEvery: 100,
        checkpointEvery: 0,
    };
}
export const iclGdRanges = {
    task: iclTaskRanges,
    model: {
        nLayers: { integer: true, min: 1, max: 1000 },
        nHeads: { integer: true, min: 1, max: 1000 },
        dKey: { integer: true, min: 1, max: 1e5 },
        dValue: { integer: true, min: 1, max: 1e5 },
        initScale: { min: 0 },
    },
    train: trainRanges,
    testTasks: { integer: true, min: 1, max: 1e8 },
    lineSearchTasks: { integer: true, min: 1, max: 1e8 },
    interpolationPoints: { integer: true, min: 2, max: 1001 },
    logEvery: { integer: true, min: 1 },
    evalEvery: { integer: true, min: 0 },
    checkpointEvery: { integer: true, min: 0 },
    dtype: { oneOf: ['f32', 'f64'] },
};
/**
 * Peak bytes: the scores [B, H, T, T] and per-head projections [B, H, T, d] of every layer kept
 * for the backward pass (×4 for their gradients and temporaries), at the training batch and at
 * the test set (evaluation, sensitivities), plus the tasks themselves.
 */
export function estimateIclGdBytes(c) {
    const T = c.task.nContext + 1;
    const D = c.task.dX + c.task.dY;
    const { nLayers: L, nHeads: H, dKey, dValue } = c.model;
    const perTask = L * (H * T * T + H * T * (2 * dKey + dValue) + 4 * T * D) + T * D * 4;
    const tasksHeld = Math.max(c.train.batchSize, c.testTasks, c.lineSearchTasks);
    const params = L * H * (2 * dKey * D + 2 * dValue * D);
    return (c.dtype === 'f64' ? 8 : 4) * (4 * tasksHeld * perTask + 8 * params);
}
/** The trained model's predictions ŷ = −(y-slot of the query output): [B, d_y]. */
export function transformerIclPredict(p, b, xq = b.xq) {
    const [, N, dX] = b.x.shape;
    const dY = b.y.shape[2];
    const out = nn.transformer.apply(p, tasks.iclTokens({ ...b, xq }), { mask: nn.gdIclMask(N) });
    return neg(squeeze(out.slice(null, [N, N + 1], [dX, dX + dY]), 1));
}
/** The LSA stack of the configuration: K linear-attention blocks, no norm, no MLP, non-causal. */
export function initIclLsa(key, c) {
    const { nLayers, nHeads, dKey, dValue, initScale } = c.model;
    return nn.transformer.init(key, {
        dModel: c.task.dX + c.task.dY,
        nLayers,
        attention: 'linear',
        nHeads,
        dKey,
        dValue,
        causal: false,
        mlp: false,
        norm: 'none',
        finalNorm: false,
        initScale,
        dtype: c.dtype,
    });
}
async function run(c, ctx) {
    const task = iclTask(c.task);
    const [initKey, dataKey, testKey, searchKey] = random.split(ctx.key, 4);
    const test = task.sample(testKey, c.testTasks, c.dtype);
    const K = c.model.nLayers;
    const { params, trainLoss } = await trainSideBySide({
        ctx,
        dataKey,
        trainees: [
            {
                name: 'lsa',
                train: c.train,
                init: () => initIclLsa(initKey, c),
                loss: (p, key) => {
                    const b = task.sample(key, c.train.batchSize, c.dtype);
                    return icl.iclLoss(transformerIclPredict(p, b), b.yq);
                },
            },
        ],
        logEvery: c.logEvery,
        evalEvery: c.evalEvery,
        checkpointEvery: c.checkpointEvery,
        evaluate: (ps) => ({ testLoss: icl.iclLoss(transformerIclPredict(ps.lsa, test), test.yq).item() }),
    });
    const trained = params.lsa;
    const { etas } = icl.gdLineSearch(task.sample(searchKey, c.lineSearchTasks, c.dtype), K);
    const gdPred = icl.gdPredict(test, etas);
    const trainedPred = transformerIclPredict(trained, test);
    const constructed = icl.gdConstructedLayers(etas, c.task.nContext, c.task.dX, c.task.dY, undefined, c.dtype);
    const out = {
        lossZero: icl.iclLoss(zerosLike(test.yq), test.yq).item(),
        lossGD: icl.iclLoss(gdPred, test.yq).item(),
        etaGD: etas[0],
        lossConstructed: icl.iclLoss(icl.lsaPredict(constructed, test), test.yq).item(),
        lossTrained: icl.iclLoss(trainedPred, test.yq).item(),
        predDistToGD: icl.predictionDistance(trainedPred, gdPred),
        sensitivityCosine: icl.sensitivityCosine(icl.sensitivity((xq) => transformerIclPredict(trained, test, xq), test.xq), icl.sensitivity((xq) => icl.gdPredict(test, etas, undefined, xq), test.xq)),
        trainLoss: trainLoss.lsa,
    };
    etas.forEach((e, k) => {
        if (k > 0)
            out[`etaGD_${k + 1}`] = e;
    });
    if (K === 1) {
        const best = icl.gdBestClosedForm(task.config);
        out.lossGDClosedForm = best.loss;
        out.etaGDClosedForm = best.eta;
    }
    if (c.model.nHeads === 1) {
        const alphas = Array.from({ length: c.interpolationPoints }, (_, i) => i / (c.interpolationPoints - 1));
        const layers = trained.blocks.map((b) => b.attention);
        icl.interpolationLosses(layers, constructed, test, alphas).forEach((l, i) => (out[`interpolation_${i}`] = l));
    }
    return out;
}
function report(r) {
    const c = r.config;
    const s = r.summary;
    const steps = r.metrics.map((m) => m.step);
    const first = Math.min(...steps);
    const last = Math.max(...steps);
    const flat = (name, v) => (typeof v === 'number' ? [{ name, x: [first, last], y: [v, v] }] : []);
    const K = c.model.nLayers;
    const figures = [
        {
            name: 'loss',
            figure: {
                kind: 'line',
                title: `Loss of ${K} trained linear self-attention layer(s) against ${K} step(s) of gradient descent`,
                x: { label: 'training step' },
                y: { label: '½‖ŷ − y‖²', log: true },
                series: [
                    metricSeries(r.metrics, 'loss_lsa', 'training tasks'),
                    metricSeries(r.metrics, 'testLoss', 'test tasks'),
                    ...flat(`${K}-step GD (η by line search)`, s.lossGD),
                    ...flat('predicting 0', s.lossZero),
                ],
            },
        },
    ];
    const alphas = Object.keys(s)
        .filter((k) => k.startsWith('interpolation_'))
        .map((k) => Number(k.slice('interpolation_'.length)))
        .sort((a, b) => a - b);
    if (alphas.length > 1) {
        figures.push({
            name: 'interpolation',
            figure: {
                kind: 'line',
                title: 'Test loss along the interpolation from the constructed (α = 0) to the trained (α = 1) layer',
                x: { label: 'α' },
                y: { label: '½‖ŷ − y‖²' },
                series: [{ name: 'interpolated products', x: alphas.map((i) => i / (alphas.length - 1)), y: alphas.map((i) => s[`interpolation_${i}`]) }],
            },
        });
    }
    const paperRow = (name, paper, ours) => [name, paper, ours ?? null];
    return {
        text: `In-context linear regression: N = ${c.task.nContext}, d_x = ${c.task.dX}, d_y = ${c.task.dY}, x ~ ${c.task.xDist === 'uniform' ? `U(−${c.task.xScale}, ${c.task.xScale})` : `N(0, ${c.task.xScale}²)`}, W ~ N(0, ${c.task.wStd}²). ` +
            `${K} linear self-attention layer(s) (${c.model.nHeads} head(s), d_k = ${c.model.dKey}, d_v = ${c.model.dValue}, no norm, no MLP), trained with Adam ${c.train.lr}, batch ${c.train.batchSize}, clip ${c.train.clipNorm}, ${c.train.steps} steps, fresh tasks every step. ` +
            `All losses on the same ${c.testTasks} test tasks; GD's step sizes by exact line search on ${c.lineSearchTasks} other tasks.`,
        figures,
        tables: [
            summaryTable(s),
            {
                title: 'Paper (GD-ICL, one layer) and this run',
                columns: ['quantity', 'paper', 'this run'],
                rows: [
                    paperRow('loss predicting 0', 0.422, s.lossZero),
                    paperRow('loss of one GD step', 0.205, s.lossGD),
                    paperRow('η of one GD step', '≈ 6.3', s.etaGD),
                    paperRow('loss of the trained layer', '≈ GD', s.lossTrained),
                    paperRow('sensitivity cosine to GD', 'near 1', s.sensitivityCosine),
                ],
                note: 'Paper values from PAPERS.md (derived by Monte Carlo); the exact expectation for one step is lossGDClosedForm at etaGDClosedForm (0.2062 at η = 6.06, predicting 0: 5/12).',
            },
        ],
    };
}
export const iclGd = {
    name: 'icl-gd',
    description: 'GD-ICL: linear self-attention trained on in-context linear regression matches one step of gradient descent',
    describe: (c) => `icl-gd: ${c.model.nLayers} LSA layer(s) vs ${c.model.nLayers}-step GD, N = ${c.task.nContext}, d_x = ${c.task.dX}, ${c.train.steps} steps`,
    defaultConfig: defaultIclGdConfig,
    smokeConfig: smokeIclGdConfig,
    ranges: iclGdRanges,
    estimateBytes: estimateIclGdBytes,
    metric: { name: 'lossTrained', mode: 'min' },
    summaryKeys: ['lossZero', 'lossGD', 'etaGD', 'lossConstructed', 'lossTrained', 'predDistToGD', 'sensitivityCosine'],
    webgpu: { reason: 'its evaluation reads losses and sensitivities synchronously (dataSync/item), which WebGPU tensors do not allow' },
    run,
    report,
};
//# sourceMappingURL=icl-gd.js.map