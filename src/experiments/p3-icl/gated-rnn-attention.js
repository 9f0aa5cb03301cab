/**
 * `gated-rnn-attention` (PAPERS.md P3, "Gated recurrent neural networks discover attention"):
 * does gradient descent find the gated RNN's exact construction of linear self-attention?
 *
 * (a) Teacher–student. Teacher: a random causal linear self-attention layer
 *     y_t = Σ_{t'≤t} (W_V x_{t'}) (W_K x_{t'})ᵀ (W_Q x_t), run exactly as its gated-RNN
 *     construction (`nn.gatedRnn.constructFromAttention`); W_Q, W_K ~ N(0, 1/H) and
 *     W_V ~ N(0, 1/(H d_k T)) so that y is of order 1; inputs x_t ~ N(0, I). Student: one
 *     `nn.gatedRnn` layer with `neuronFactor` times the construction's neurons (N = f(d_v d_k + d_k),
 *     M = f d_v d_k), trained on ½‖y − y*‖² averaged over steps and sequences. Read-outs
 *     (`analysis.gatedAttention`): the fraction of output-carrying λ within `tol` of 0 or 1, the
 *     gate block score, the query input score, and the histogram of λ weighted by output weight.
 * (b) In-context linear regression as causal sequences (`tasks.iclSequence`, the query last):
 *     a gated RNN stack, one causal linear self-attention layer (residual, ŷ = −y-slot), a GRU
 *     (N units) and an LSTM (N/2 units: the same state size, h and c) with a dense read-out, all
 *     read at the query step, against one GD step (η by exact line search on other tasks).
 *
 * Every model is trained side by side with Adam on fresh data every step; all test numbers are
 * on the same fixed test sets.
 */
import { analysis, mul, neg, nn, random, squeeze, sub, sum, tasks, zerosLike } from '../../index.js';
import { metricSeries, summaryTable } from '../../report/metrics.js';
import { GD_ICL_TASK, iclTask, iclTaskRanges } from './icl-gd.js';
import { trainRanges, trainSideBySide } from './train.js';
const { icl, gatedAttention } = analysis;
/** Our set-up (P3 gives no sizes): H = d_k = d_v = 4, T = 16, 2× neurons; GD-ICL regression with a 40-neuron gated RNN. */
export function defaultGatedRnnAttentionConfig() {
    return {
        parts: 'both',
        teacherStudent: { dIn: 4, dKey: 4, dValue: 4, seqLen: 16, neuronFactor: 2, train: { steps: 20000, batchSize: 64, lr: 1e-3, clipNorm: 0 } },
        icl: {
            task: GD_ICL_TASK,
            layout: 'pairs',
            models: [...ICL_MODELS],
            nLayers: 1,
            dHidden: 40,
            dGate: 20,
            dModel: 16,
            lsaInitScale: 0.2,
            train: { steps: 5000, batchSize: 2048, lr: 1e-3, clipNorm: 10 },
        },
        testSequences: 1000,
        testTasks: 10000,
        lineSearchTasks: 10000,
        tol: 0.05,
        threshold: 0.1,
        histogramBins: 20,
        logEvery: 50,
        evalEvery: 500,
        checkpointEvery: 1000,
        dtype: 'f32',
    };
}
/** Seconds: a smaller teacher (H = d_k = d_v = 2, T = 8, 1500 steps) and 250 regression steps of batch 64, at lr 1e-2. */
export function smokeGatedRnnAttentionConfig() {
    const d = defaultGatedRnnAttentionConfig();
    return {
        ...d,
        teacherStudent: { ...d.teacherStudent, dIn: 2, dKey: 2, dValue: 2, seqLen: 8, train: { steps: 1500, batchSize: 32, lr: 1e-2, clipNorm: 0 } },
        icl: { ...d.icl, train: { steps: 250, batchSize: 64, lr: 1e-2, clipNorm: 10 } },
        testSequences: 500,
        testTasks: 2000,
        lineSearchTasks: 2000,
        logEvery: 10,
        evalEvery: 100,
        checkpointEvery: 0,
    };
}
export const gatedRnnAttentionRanges = {
    parts: { oneOf: ['both', 'teacher-student', 'icl'] },
    teacherStudent: {
        dIn: { integer: true, min: 1, max: 1e4 },
        dKey: { integer: true, min: 1, max: 1e4 },
        dValue: { integer: true, min: 1, max: 1e4 },
        seqLen: { integer: true, min: 1, max: 1e6 },
        neuronFactor: { min: 0, minExclusive: true, max: 1000 },
        train: trainRanges,
    },
    icl: {
        task: iclTaskRanges,
        layout: { oneOf: tasks.ICL_SEQUENCE_LAYOUTS },
        models: { oneOf: ['gatedRnn', 'lsa', 'gru', 'lstm'], minLength: 1 },
        nLayers: { integer: true, min: 1, max: 1000 },
        dHidden: { integer: true, min: 1, max: 1e6 },
        dGate: { integer: true, min: 1, max: 1e6 },
        dModel: { integer: true, min: 1, max: 1e6 },
        lsaInitScale: { min: 0 },
        train: trainRanges,
    },
    testSequences: { integer: true, min: 1, max: 1e8 },
    testTasks: { integer: true, min: 1, max: 1e8 },
    lineSearchTasks: { integer: true, min: 1, max: 1e8 },
    tol: { min: 0, max: 0.5, maxExclusive: true },
    threshold: { min: 0, max: 1 },
    histogramBins: { integer: true, min: 1, max: 1000 },
    logEvery: { integer: true, min: 1 },
    evalEvery: { integer: true, min: 0 },
    checkpointEvery: { integer: true, min: 0 },
    dtype: { oneOf: ['f32', 'f64'] },
};
/** Student sizes: N = round(f (d_v d_k + d_k)), M = round(f d_v d_k). */
export function studentSizes(t) {
    return { N: Math.max(1, Math.round(t.neuronFactor * (t.dValue * t.dKey + t.dKey))), M: Math.max(1, Math.round(t.neuronFactor * t.dValue * t.dKey)) };
}
/**
 * Peak bytes: for each model its activations per example and step kept for the backward pass
 * (gated RNN N + M wide, LSTM/GRU gates, LSA scores), times the batch or the test set, ×4 for
 * gradients and temporaries; parameters are small.
 */
export function estimateGatedRnnAttentionBytes(c) {
    const ts = c.teacherStudent;
    const { N, M } = studentSizes(ts);
    const teacherN = ts.dValue * ts.dKey + ts.dKey;
    const tsPer = ts.seqLen * (ts.dIn + 4 * (N + M) + 2 * teacherN + 4 * ts.dValue);
    const T = c.icl.layout === 'pairs' ? c.icl.task.nContext + 1 : 2 * c.icl.task.nContext + 1;
    const D = c.icl.task.dX + c.icl.task.dY;
    const n = c.icl.dHidden;
    const iclPer = T * (c.icl.nLayers * (4 * (n + c.icl.dGate) + 2 * c.icl.dModel) + 16 * n + T + 6 * D);
    const bytes = c.dtype === 'f64' ? 8 : 4;
    return bytes * 4 * (Math.max(ts.train.batchSize, c.testSequences) * tsPer + Math.max(c.icl.train.batchSize, c.testTasks, c.lineSearchTasks) * iclPer);
}
function validate(c) {
    if (c.icl.layout === 'interleaved' && c.icl.nLayers < 2)
        return [
            "config.icl.layout 'interleaved' puts x_j and y_j in different steps, which one gated RNN layer cannot multiply: use layout 'pairs' or icl.nLayers ≥ 2",
        ];
    return [];
}
/** Teacher weights (module notes). */
function teacher(key, t, dtype) {
    const [kq, kk, kv] = random.split(key, 3);
    const std = 1 / Math.sqrt(t.dIn);
    return nn.gatedRnn.constructFromAttention({
        wq: random.normal(kq, [t.dKey, t.dIn], { std, dtype: 'f64' }),
        wk: random.normal(kk, [t.dKey, t.dIn], { std, dtype: 'f64' }),
        wv: random.normal(kv, [t.dValue, t.dIn], { std: std / Math.sqrt(t.dKey * t.seqLen), dtype: 'f64' }),
    }, { dtype });
}
/** ½ mean over sequences and steps of ‖y − y*‖². */
function halfMse(y, target) {
    const d = sub(y, target);
    return mul(sum(mul(d, d)), 0.5 / (y.shape[0] * y.shape[1]));
}
const ICL_MODELS = ['gatedRnn', 'lsa', 'gru', 'lstm'];
/** Summary key of each model's test loss, and its name in the other keys. */
const ICL_LOSS_KEY = { gatedRnn: 'lossGatedRnn', lsa: 'lossLinearAttention', gru: 'lossGRU', lstm: 'lossLSTM' };
const ICL_NAME = { gatedRnn: 'Gated', lsa: 'LSA', gru: 'GRU', lstm: 'LSTM' };
function initIclModel(model, key, c) {
    const D = c.icl.task.dX + c.icl.task.dY;
    const dY = c.icl.task.dY;
    const N = c.icl.dHidden;
    const dtype = c.dtype;
    const [k1, k2] = random.split(key, 2);
    switch (model) {
        case 'gatedRnn':
            return nn.gatedRnnStack.init(key, {
                dIn: D,
                dModel: c.icl.dModel,
                dOut: dY,
                nLayers: c.icl.nLayers,
                dHidden: N,
                dGate: c.icl.dGate,
                residual: true,
                dtype,
            });
        case 'lsa':
            return nn.transformer.init(key, {
                dModel: D,
                nLayers: 1,
                attention: 'linear',
                nHeads: 1,
                dKey: D,
                dValue: D,
                causal: true,
                mlp: false,
                norm: 'none',
                finalNorm: false,
                initScale: c.icl.lsaInitScale,
                dtype,
            });
        case 'gru':
            return { rnn: nn.gru.init(k1, { dIn: D, dHidden: N, dtype }), readout: nn.dense.init(k2, { dIn: N, dOut: dY, dtype }) };
        case 'lstm': {
            const n = Math.max(1, Math.round(N / 2));
            return { rnn: nn.lstm.init(k1, { dIn: D, dHidden: n, dtype }), readout: nn.dense.init(k2, { dIn: n, dOut: dY, dtype }) };
        }
        default:
            return model;
    }
}
/** Prediction of `model` at the last step of the sequences x: [B, T, D] -> [B, d_y]. */
function predictIcl(model, p, x, dX, dY) {
    const T = x.shape[1];
    const last = (y) => squeeze(y.slice(null, [T - 1, T]), 1);
    switch (model) {
        case 'gatedRnn':
            return last(nn.gatedRnnStack.apply(p, x));
        case 'lsa':
            return neg(last(nn.transformer.apply(p, x)).slice(null, [dX, dX + dY]));
        case 'gru':
        case 'lstm': {
            const r = p;
            const h = model === 'gru' ? nn.gru.apply(r.rnn, x) : nn.lstm.apply(r.rnn, x);
            return nn.dense.apply(r.readout, last(h));
        }
        default:
            return model;
    }
}
async function run(c, ctx) {
    const ts = c.teacherStudent;
    const [tKey, sKey, dataKey, testKey, searchKey, ...modelKeys] = random.split(ctx.key, 5 + ICL_MODELS.length);
    const teacherParams = teacher(tKey, ts, c.dtype);
    const { N, M } = studentSizes(ts);
    const inputs = (key, B) => random.normal(key, [B, ts.seqLen, ts.dIn], { dtype: c.dtype });
    const xTest = inputs(testKey, c.testSequences);
    const yTest = nn.gatedRnn.apply(teacherParams, xTest);
    const withStudent = c.parts !== 'icl';
    const models = c.parts === 'teacher-student' ? [] : ICL_MODELS.filter((m) => c.icl.models.includes(m));
    const task = iclTask(c.icl.task);
    const { dX, dY } = c.icl.task;
    const seqOf = (b, xq) => tasks.iclSequence(xq === undefined ? b : { ...b, xq }, c.icl.layout).x;
    const test = task.sample(random.foldIn(testKey, 1), c.testTasks, c.dtype);
    const testSeq = seqOf(test);
    const trainees = [];
    if (withStudent) {
        trainees.push({
            name: 'student',
            train: ts.train,
            stream: 0,
            init: () => nn.gatedRnn.init(sKey, { dIn: ts.dIn, dHidden: N, dGate: M, dOut: ts.dValue, dtype: c.dtype }),
            loss: (p, key) => {
                const x = inputs(key, ts.train.batchSize);
                return halfMse(nn.gatedRnn.apply(p, x), nn.gatedRnn.apply(teacherParams, x));
            },
        });
    }
    for (const model of models) {
        const i = ICL_MODELS.indexOf(model); // the same keys whichever models run
        trainees.push({
            name: model,
            train: c.icl.train,
            stream: 1 + i,
            init: () => initIclModel(model, modelKeys[i], c),
            loss: (p, key) => {
                const b = task.sample(key, c.icl.train.batchSize, c.dtype);
                return icl.iclLoss(predictIcl(model, p, seqOf(b), dX, dY), b.yq);
            },
        });
    }
    const evaluate = (ps) => {
        const row = {};
        if (withStudent)
            row.testStudentLoss = halfMse(nn.gatedRnn.apply(ps.student, xTest), yTest).item();
        for (const m of models)
            row[`test_${m}`] = icl.iclLoss(predictIcl(m, ps[m], testSeq, dX, dY), test.yq).item();
        return row;
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
    const out = {};
    if (withStudent) {
        const student = params.student;
        const readout = { tol: c.tol, threshold: c.threshold };
        Object.assign(out, {
            studentLoss: halfMse(nn.gatedRnn.apply(student, xTest), yTest).item(),
            teacherLossZero: halfMse(zerosLike(yTest), yTest).item(),
            lambdaNearBinary: gatedAttention.lambdaNearBinary(student, readout),
            gateBlockScore: gatedAttention.gateBlockScore(student, readout),
            queryInputScore: gatedAttention.queryInputScore(student, readout),
            outputNeurons: gatedAttention.gatedNeurons(student, readout).carriesOutput.filter(Boolean).length,
            studentNeurons: N,
            constructionNeurons: ts.dValue * ts.dKey + ts.dKey,
        });
        gatedAttention.lambdaHistogram(student, c.histogramBins).weights.forEach((w, i) => (out[`lambdaHist_${i}`] = w));
    }
    if (models.length > 0) {
        const { etas } = icl.gdLineSearch(task.sample(searchKey, c.lineSearchTasks, c.dtype), 1);
        const gdPred = icl.gdPredict(test, etas);
        const gdSens = icl.sensitivity((xq) => icl.gdPredict(test, etas, undefined, xq), test.xq);
        Object.assign(out, { lossGD: icl.iclLoss(gdPred, test.yq).item(), lossZero: icl.iclLoss(zerosLike(test.yq), test.yq).item(), etaGD: etas[0] });
        const pred = {};
        for (const m of models) {
            pred[m] = predictIcl(m, params[m], testSeq, dX, dY);
            const sens = icl.sensitivity((xq) => predictIcl(m, params[m], seqOf(test, xq), dX, dY), test.xq);
            out[ICL_LOSS_KEY[m]] = icl.iclLoss(pred[m], test.yq).item();
            out[`predDist${ICL_NAME[m]}ToGD`] = icl.predictionDistance(pred[m], gdPred);
            out[`sensitivityCosine${ICL_NAME[m]}ToGD`] = icl.sensitivityCosine(sens, gdSens);
        }
        if (pred.gatedRnn !== undefined && pred.lsa !== undefined)
            out.predDistGatedToLSA = icl.predictionDistance(pred.gatedRnn, pred.lsa);
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
    const bins = Object.keys(s).filter((k) => k.startsWith('lambdaHist_')).length;
    const ts = c.teacherStudent;
    const { N } = studentSizes(ts);
    return {
        text: `(a) Teacher–student: a random causal linear self-attention layer (H = ${ts.dIn}, d_k = ${ts.dKey}, d_v = ${ts.dValue}, T = ${ts.seqLen}) taught to a gated RNN with N = ${N} neurons ` +
            `(${ts.neuronFactor}× the construction's ${ts.dValue * ts.dKey + ts.dKey}). (b) In-context linear regression (N = ${c.icl.task.nContext}, d_x = ${c.icl.task.dX}, d_y = ${c.icl.task.dY}) as causal sequences ('${c.icl.layout}'): ` +
            `gated RNN (${c.icl.nLayers} layer(s), N = ${c.icl.dHidden}, M = ${c.icl.dGate}), one causal linear self-attention layer, GRU (${c.icl.dHidden} units) and LSTM (${Math.round(c.icl.dHidden / 2)} units) against one GD step.`,
        figures: [
            ...(typeof s.studentLoss === 'number'
                ? [
                    {
                        name: 'teacher-student',
                        figure: {
                            kind: 'line',
                            title: '(a) Student loss (gated RNN learning a linear self-attention teacher)',
                            x: { label: 'training step' },
                            y: { label: '½‖y − y*‖²', log: true },
                            series: [
                                metricSeries(r.metrics, 'loss_student', 'training'),
                                metricSeries(r.metrics, 'testStudentLoss', 'test'),
                                ...flat('predicting 0', s.teacherLossZero),
                            ],
                        },
                    },
                    {
                        name: 'lambda-histogram',
                        figure: {
                            kind: 'line',
                            title: '(a) Learned λ of the student, weighted by output weight',
                            x: { label: 'λ', domain: [0, 1] },
                            y: { label: 'share of output weight' },
                            series: [
                                {
                                    name: 'student',
                                    x: Array.from({ length: bins }, (_, i) => (i + 0.5) / bins),
                                    y: Array.from({ length: bins }, (_, i) => s[`lambdaHist_${i}`]),
                                },
                            ],
                        },
                    },
                ]
                : []),
            ...(typeof s.lossGD === 'number'
                ? [
                    {
                        name: 'icl',
                        figure: {
                            kind: 'line',
                            title: '(b) In-context regression: test loss of each model',
                            x: { label: 'training step' },
                            y: { label: '½‖ŷ − y‖²', log: true },
                            series: [
                                metricSeries(r.metrics, 'test_gatedRnn', 'gated RNN'),
                                metricSeries(r.metrics, 'test_lsa', 'linear self-attention'),
                                metricSeries(r.metrics, 'test_gru', 'GRU'),
                                metricSeries(r.metrics, 'test_lstm', 'LSTM'),
                                ...flat('one GD step', s.lossGD),
                                ...flat('predicting 0', s.lossZero),
                            ].filter((x) => x.x.length > 0),
                        },
                    },
                ]
                : []),
        ],
        tables: [
            summaryTable(Object.fromEntries(Object.entries(s).filter(([k]) => !k.startsWith('lambdaHist_')))),
            {
                title: 'Paper (P3) and this run',
                columns: ['finding', 'paper', 'this run'],
                rows: [
                    ['(a) output-carrying λ within tol of 0 or 1', 'λ ∈ {0, 1}', s.lambdaNearBinary ?? null],
                    [
                        '(a) student loss / loss of predicting 0',
                        '—',
                        typeof s.studentLoss === 'number' && typeof s.teacherLossZero === 'number' ? s.studentLoss / s.teacherLossZero : null,
                    ],
                    [
                        '(b) gated RNN loss vs one GD step',
                        'matches',
                        typeof s.lossGatedRnn === 'number' && typeof s.lossGD === 'number' ? s.lossGatedRnn / s.lossGD : null,
                    ],
                    ['(b) GRU', 'learns the task without the attention solution', s.lossGRU ?? null],
                ],
                note: "P3 gives no numbers for these set-ups in PAPERS.md; the sizes here are this implementation's.",
            },
        ],
    };
}
export const gatedRnnAttention = {
    name: 'gated-rnn-attention',
    description: 'P3: a gated RNN learns linear self-attention (teacher–student, λ ∈ {0, 1}) and in-context regression like attention and one GD step',
    defaultConfig: defaultGatedRnnAttentionConfig,
    smokeConfig: smokeGatedRnnAttentionConfig,
    ranges: gatedRnnAttentionRanges,
    validate,
    estimateBytes: estimateGatedRnnAttentionBytes,
    metric: { name: 'studentLoss', mode: 'min' },
    summaryKeys: [
        'studentLoss',
        'teacherLossZero',
        'lambdaNearBinary',
        'lossGatedRnn',
        'lossLinearAttention',
        'lossGRU',
        'lossLSTM',
        'lossGD',
        'predDistGatedToLSA',
    ],
    webgpu: { reason: 'its teacher is built from float64 weights and its read-outs use synchronous reads (dataSync/item), which WebGPU lacks' },
    run,
    report,
};
//# sourceMappingURL=gated-rnn-attention.js.map