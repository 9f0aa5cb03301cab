/**
 * `sparse-maml`: N-way K-shot classification on `tasks.fewShot` (PAPERS.md P8's offline substitute
 * for miniImageNet: MNIST and Fashion-MNIST with 90° rotations as classes) meta-learned by
 * first-order MAML, ANIL, Meta-SGD, sparse-MAML and sparse-ReLU-MAML, all from the same
 * initialisation and on the same meta-batches.
 *
 * Model: `nn.convNet` (4 × [conv 3×3, `hidden` channels, batch norm with batch statistics, ReLU,
 * max-pool 2] → dense), without conv biases (before batch norm they get no gradient). Inner loop:
 * `innerSteps` steps of size α = `innerLr` on the support cross-entropy, first order; sparse-MAML
 * masks every step with m = ½(sign κ + 1), sparse-ReLU-MAML scales it by ReLU(κ), Meta-SGD by
 * learned rates (initialised at α), ANIL adapts only the head. Outer: Adam (`outerLr`) on θ and a
 * separate Adam (`maskLr`) on κ, on the mean query loss of a meta-batch.
 *
 * Evaluation: accuracy (a fraction in [0, 1]) on the query set of `nTest` meta-test episodes after
 * adaptation, with a 95 % interval (1.96 standard errors over episodes); the frozen share of each
 * layer is the share of zeros of sparse-MAML's final mask over that layer's weights (conv kernels
 * and the dense head, input layer first).
 */
import { learn, logsumexp, nn, optim, random, scope, tasks } from '../../index.js';
export const SPARSE_RULES = ['MAML', 'ANIL', 'MetaSGD', 'SparseMAML', 'SparseReluMAML'];
export function defaultSparseMamlConfig() {
    return {
        rules: [...SPARSE_RULES],
        split: 'mixed',
        nWay: 5,
        kShot: 5,
        nQuery: 15,
        hidden: 64,
        metaIterations: 1300,
        metaBatch: 2,
        outerLr: 1e-3,
        maskLr: 0.0075,
        innerLr: 0.25,
        innerSteps: 35,
        nTest: 500,
        evalEvery: 100,
        nEval: 50,
    };
}
export function smokeSparseMamlConfig() {
    return { ...defaultSparseMamlConfig(), hidden: 8, kShot: 1, nQuery: 5, metaIterations: 6, innerSteps: 3, nTest: 10, evalEvery: 3, nEval: 4 };
}
export const sparseMamlRanges = {
    rules: { oneOf: SPARSE_RULES },
    split: { oneOf: tasks.FEW_SHOT_SPLITS },
    nWay: { integer: true, min: 2, max: 20 },
    kShot: { integer: true, min: 1, max: 100 },
    nQuery: { integer: true, min: 1, max: 100 },
    hidden: { integer: true, min: 1, max: 512 },
    metaIterations: { integer: true, min: 1, max: 1_000_000 },
    metaBatch: { integer: true, min: 1, max: 100 },
    outerLr: { min: 0, max: 1, minExclusive: true },
    maskLr: { min: 0, max: 1, minExclusive: true },
    innerLr: { min: 0, max: 10, minExclusive: true },
    innerSteps: { integer: true, min: 1, max: 1000 },
    nTest: { integer: true, min: 2, max: 100_000 },
    evalEvery: { integer: true, min: 1, max: 1_000_000 },
    nEval: { integer: true, min: 2, max: 100_000 },
};
function ruleOptions(name, c) {
    const base = { innerSteps: c.innerSteps, innerLr: c.innerLr, firstOrder: true };
    switch (name) {
        case 'MAML':
            return { rule: 'maml', ...base };
        case 'ANIL':
            return { rule: 'anil', ...base, headPath: '.head' };
        case 'MetaSGD':
            return { rule: 'metaSgd', ...base };
        case 'SparseMAML':
            return { rule: 'sparseMaml', ...base };
        case 'SparseReluMAML':
            return { rule: 'sparseReluMaml', ...base };
        default:
            throw new Error(`sparse-maml: unknown rule ${String(name)}`);
    }
}
function estimateBytes(c) {
    const params = 9 * c.hidden * (1 + 3 * c.hidden) + c.hidden * c.nWay + 8 * c.hidden;
    const images = c.nWay * (c.kShot + c.nQuery) * 784;
    // Activations of one forward/backward (4 blocks at decreasing resolution), the five rules'
    // parameters, masks and Adam moments, and the loaded data sets (three image sets as bytes and
    // their per-label indices).
    return 4 * (images * c.hidden * 4 + 5 * 6 * params) + 3 * 60000 * 784 * 2 + 128 * 1024 * 1024;
}
/** Cross-entropy of the conv net (batch statistics) on a batch. */
function crossEntropy(p, b) {
    const logits = nn.convNet.apply(p, b.x, { train: true }); // [B, N]
    return logsumexp(logits, -1).sub(logits.mul(b.oneHot).sum(-1)).mean();
}
function accuracy(p, b) {
    const pred = nn.convNet.apply(p, b.x, { train: true }).argmax(-1).dataSync();
    const lab = b.labels.dataSync();
    let hit = 0;
    for (let i = 0; i < lab.length; i++)
        if (pred[i] === lab[i])
            hit++;
    return hit / lab.length;
}
/** Mean and 95 % half-width (1.96 standard errors) of per-episode accuracies. */
export function meanCi95(xs) {
    const m = xs.reduce((s, v) => s + v, 0) / xs.length;
    const v = xs.reduce((s, x) => s + (x - m) ** 2, 0) / Math.max(1, xs.length - 1);
    return [m, (1.96 * Math.sqrt(v)) / Math.sqrt(xs.length)];
}
/** The leaves whose frozen share is reported: the conv kernels and the head's weight, input layer first. */
function layerWeights(t) {
    return [...t.blocks.map((b) => b.conv.w), t.head.w];
}
async function run(c, ctx) {
    const [kInit, kMask, kTrain, kTest] = random.split(ctx.key, 4);
    const full = nn.convNet.init(kInit, { cIn: 1, inputSize: [28, 28], hidden: c.hidden, blocks: 4, nClasses: c.nWay });
    const withoutBias = (conv) => {
        const { b: _bias, ...rest } = conv;
        return rest;
    };
    const theta0 = { ...full, blocks: full.blocks.map((b) => ({ norm: b.norm, conv: withoutBias(b.conv) })) };
    const episodeConfig = { nWay: c.nWay, kShot: c.kShot, nQuery: c.nQuery };
    const split = c.split;
    const train = tasks.fewShot(split, 'train', episodeConfig);
    const test = tasks.fewShot(split, 'test', episodeConfig);
    const testKeys = random.split(kTest, c.nTest);
    const learners = SPARSE_RULES.filter((n) => c.rules.includes(n)).map((name) => {
        const o = ruleOptions(name, c);
        const meta = learn.meta.initMeta(o.rule, theta0, { key: kMask, innerLr: c.innerLr, denseLayout: 'inOut' });
        const opts = meta.kappa === undefined ? { theta: optim.adam(c.outerLr) } : { theta: optim.adam(c.outerLr), kappa: optim.adam(c.maskLr) };
        return { name, o, meta, opts, state: learn.meta.initMetaOptState(opts, meta) };
    });
    const evaluate = (l, n) => meanCi95(testKeys.slice(0, n).map((k) => {
        const ep = test.episode(k);
        return scope(() => accuracy(learn.meta.adapt(crossEntropy, l.meta, ep.support, l.o), ep.query));
    }));
    const trainKeys = random.split(kTrain, c.metaIterations * c.metaBatch);
    for (let it = 1; it <= c.metaIterations; it++) {
        const batch = Array.from({ length: c.metaBatch }, (_, j) => train.episode(trainKeys[(it - 1) * c.metaBatch + j]));
        const row = {};
        for (const l of learners) {
            // one meta-iteration in a scope: its intermediate tensors are released (and live in the tensor heap meanwhile)
            const r = scope(() => learn.meta.metaStep(crossEntropy, l.meta, l.state, batch, l.o, l.opts));
            l.meta = r.meta;
            l.state = r.optState;
            row[`trainQueryLoss${l.name}`] = r.queryLoss;
        }
        if (it % c.evalEvery === 0 && it < c.metaIterations)
            for (const l of learners)
                row[`acc${l.name}`] = evaluate(l, c.nEval)[0];
        ctx.log(it, row);
        await ctx.progress(it, c.metaIterations);
    }
    const summary = {};
    const final = {};
    for (const l of learners) {
        const [acc, ci] = evaluate(l, c.nTest);
        summary[`acc${l.name}`] = acc;
        summary[`ci${l.name}`] = ci;
        final[`acc${l.name}`] = acc;
        if (l.name === 'SparseMAML' && l.meta.kappa !== undefined) {
            learn.meta.frozenShare(layerWeights(l.meta.kappa)).forEach((s, i) => (summary[`frozenShare${i + 1}`] = s));
        }
    }
    ctx.log(c.metaIterations + 1, final);
    return summary;
}
function report(r) {
    const c = r.config;
    const s = r.summary;
    const trained = SPARSE_RULES.filter((n) => typeof s[`acc${n}`] === 'number');
    const curve = (key, name, rows) => {
        const kept = rows.filter((m) => typeof m[key] === 'number');
        return { name, x: kept.map((m) => m.step), y: kept.map((m) => m[key]) };
    };
    const frozen = Array.from({ length: 5 }, (_, i) => s[`frozenShare${i + 1}`]).filter((v) => typeof v === 'number');
    return {
        text: `${c.nWay}-way ${c.kShot}-shot on '${c.split}' (MNIST/Fashion-MNIST with rotations), ConvNet with ${c.hidden} channels, first order, ${c.innerSteps} inner steps of α = ${c.innerLr}, ${c.metaIterations} meta-iterations of ${c.metaBatch} episodes; test accuracy over ${c.nTest} meta-test episodes (± 95 % interval).`,
        figures: [
            {
                name: 'accuracy',
                figure: {
                    kind: 'line',
                    title: 'Meta-test accuracy during meta-training',
                    x: { label: 'meta-iteration' },
                    y: { label: 'query accuracy' },
                    series: trained.map((n) => curve(`acc${n}`, n, r.metrics)),
                },
            },
            {
                name: 'train-query-loss',
                figure: {
                    kind: 'line',
                    title: 'Query loss after adaptation (meta-training episodes)',
                    x: { label: 'meta-iteration' },
                    y: { label: 'cross-entropy', log: true },
                    series: trained.map((n) => curve(`trainQueryLoss${n}`, n, r.metrics)),
                },
            },
        ],
        tables: [
            { title: 'Meta-test accuracy', columns: ['rule', 'accuracy', '± 95 %'], rows: trained.map((n) => [n, s[`acc${n}`], s[`ci${n}`]]) },
            ...(frozen.length > 0
                ? [{ title: 'sparse-MAML: share of frozen weights per layer', columns: ['conv1', 'conv2', 'conv3', 'conv4', 'head'], rows: [frozen] }]
                : []),
        ],
    };
}
export const sparseMaml = {
    name: 'sparse-maml',
    description: 'P8: few-shot MNIST/Fashion-MNIST with rotations — MAML, ANIL, Meta-SGD, sparse-MAML and sparse-ReLU-MAML (first order)',
    describe: (c) => `${c.nWay}-way ${c.kShot}-shot '${c.split}', ConvNet ${c.hidden} ch, ${c.innerSteps} inner steps, ${c.metaIterations} meta-iterations × ${c.metaBatch}`,
    defaultConfig: defaultSparseMamlConfig,
    smokeConfig: smokeSparseMamlConfig,
    ranges: sparseMamlRanges,
    estimateBytes,
    metric: { name: 'accSparseMAML', mode: 'max' },
    webgpu: { reason: 'the meta-test accuracies and the mask statistics are read synchronously (dataSync)' },
    summaryKeys: [
        'accMAML',
        'accANIL',
        'accMetaSGD',
        'accSparseMAML',
        'accSparseReluMAML',
        'frozenShare1',
        'frozenShare2',
        'frozenShare3',
        'frozenShare4',
        'frozenShare5',
    ],
    run,
    report,
};
//# sourceMappingURL=sparse-maml.js.map