/**
 * `continual-mnist`: a stream of MNIST tasks (`tasks.continual`: rotations, permutations or many
 * permutations) learned once, in order, by a 2 × `hidden` ReLU MLP (PAPERS.md P8, last bullet; the
 * La-MAML set-up), with three learners from the same initialisation on the same stream:
 *
 *   'SGD'         plain SGD on each incoming batch (step `sgdLr`), no memory
 *   'LaMAML'      La-MAML (`learn.meta.lamamlStep`, first order): one inner step per incoming
 *                 sample with learned per-parameter rates ReLU(α) (α starts at `alphaInit`), the
 *                 meta loss on the incoming batch plus `replayBatch` samples from a replay memory
 *                 of `memories` samples (reservoir sampling of the stream), α by SGD (`ratesLr`),
 *                 then the weights by the learned rates
 *   'SparseMask'  the same loop with sparse-MAML's step-function mask: step α₀ m(κ), α₀ =
 *                 `maskStep`, m = ½(sign κ + 1) (straight-through), κ by SGD (`maskLr`) from
 *                 sparse-MAML's initialisation (Kaiming-uniform, mean 0: about half frozen)
 *
 * Every learner sees each incoming batch of `batchSize` samples `glances` times (La-MAML's
 * "glances": repeated steps on the same batch, still one pass over the stream); the order of the
 * samples is redrawn for each glance, and the replay memory takes the batch in after its first
 * glance. La-MAML and the mask share the memory's random decisions, so their memories hold the
 * same samples.
 *
 * After each task t the test accuracy (a fraction) on every task j gives R[t][j] (logged as
 * `R<method>_<j>` at step t + 1). Retained accuracy ACC = (1/T) Σ_j R[T−1][j]; backward transfer
 * BWT = (1/(T−1)) Σ_{j<T−1} (R[T−1][j] − R[j][j]) (Lopez-Paz & Ranzato 2017; negative: forgetting).
 */
import { grad, learn, logsumexp, nn, oneHot, random, stopGradient, tasks, tensor, tree } from '../../index.js';
export const CONTINUAL_METHODS = ['SGD', 'LaMAML', 'SparseMask'];
/** La-MAML's MNIST rotations run: 20 tasks of 1000 samples, 5 glances, memory 200, α₀ 0.15, rate lr 0.3, clip 2. */
export function defaultContinualMnistConfig() {
    return {
        methods: [...CONTINUAL_METHODS],
        benchmark: 'rotations',
        nTasks: 20,
        trainPerTask: 1000,
        testPerTask: 10000,
        hidden: 100,
        batchSize: 10,
        glances: 5,
        memories: 200,
        replayBatch: 10,
        sgdLr: 0.15,
        alphaInit: 0.15,
        ratesLr: 0.3,
        maskStep: 0.15,
        maskLr: 0.3,
        clipNorm: 2,
    };
}
export function smokeContinualMnistConfig() {
    return { ...defaultContinualMnistConfig(), nTasks: 3, trainPerTask: 300, testPerTask: 200, glances: 1 };
}
export const continualMnistRanges = {
    methods: { oneOf: CONTINUAL_METHODS },
    benchmark: { oneOf: tasks.CONTINUAL_BENCHMARKS },
    nTasks: { integer: true, min: 2, max: 1000 },
    trainPerTask: { integer: true, min: 1, max: 60000 },
    testPerTask: { integer: true, min: 1, max: 10000 },
    hidden: { integer: true, min: 1, max: 4096 },
    batchSize: { integer: true, min: 1, max: 1000 },
    glances: { integer: true, min: 1, max: 100 },
    memories: { integer: true, min: 1, max: 100_000 },
    replayBatch: { integer: true, min: 1, max: 1000 },
    sgdLr: { min: 0, max: 10, minExclusive: true },
    alphaInit: { min: 0, max: 10, minExclusive: true },
    ratesLr: { min: 0, max: 10 },
    maskStep: { min: 0, max: 10, minExclusive: true },
    maskLr: { min: 0, max: 10 },
    clipNorm: { min: 0, max: 1e6 },
};
function validate(c) {
    const out = [];
    if (c.batchSize > c.trainPerTask)
        out.push(`batchSize (${c.batchSize}) must be ≤ trainPerTask (${c.trainPerTask})`);
    if (c.replayBatch > c.memories)
        out.push(`replayBatch (${c.replayBatch}) must be ≤ memories (${c.memories})`);
    if (c.methods.length === 0)
        out.push('methods must name at least one of ' + CONTINUAL_METHODS.join(', '));
    return out;
}
function estimateBytes(c) {
    const params = 784 * c.hidden + c.hidden * c.hidden + 10 * c.hidden + 2 * c.hidden + 10;
    // The tasks' pixels (f32 arrays and the test sets as tensors), MNIST as bytes, the learners'
    // parameters, rates and gradients, and the activations of an evaluation chunk of 1000.
    const data = c.nTasks * (c.trainPerTask + 2 * c.testPerTask) * 784 * 4 + 70000 * 785;
    return data + 3 * 8 * params * 4 + 1000 * (784 + 2 * c.hidden) * 4 * 4 + 128 * 1024 * 1024;
}
const mlpApply = (p, x) => p.layers.reduce((h, l, i) => {
    const y = nn.dense.apply(l, h);
    return i < p.layers.length - 1 ? y.relu() : y;
}, x);
/** Mean cross-entropy of the MLP on a batch. */
const crossEntropy = (p, b) => {
    const logits = mlpApply(p, b.x); // [B, 10]
    return logsumexp(logits, -1).sub(logits.mul(b.oneHot).sum(-1)).mean();
};
function accuracy(p, test) {
    let hit = 0;
    for (let s = 0; s < test.size; s += 1000) {
        const idx = Array.from({ length: Math.min(1000, test.size - s) }, (_, i) => s + i);
        const pred = mlpApply(p, test.batch(idx).x).argmax(-1).dataSync();
        idx.forEach((i, n) => (hit += pred[n] === test.labels[i] ? 1 : 0));
    }
    return hit / test.size;
}
/** One SGD step θ − η ∇L(θ; b). */
function sgdStep(p, b, lr) {
    const g = grad((q) => crossEntropy(q, b))(p);
    return stopGradient(tree.map((w, gi) => w.sub(gi.mul(lr)), p, g));
}
/** A batch from rows of 784 pixels and their labels. */
function rowsBatch(rows, labels) {
    const x = new Float32Array(rows.length * 784);
    rows.forEach((r, i) => x.set(r, i * 784));
    const lab = tensor(Int32Array.from(labels), { dtype: 'i32' });
    return { x: tensor(x, { shape: [rows.length, 784], dtype: 'f32' }), labels: lab, oneHot: oneHot(lab, 10) };
}
const leafSizes = (p) => tree.leaves(p).map((l) => l.size);
/** Uniforms in [0, 1) read in order (the stream's random decisions). */
class Uniforms {
    u;
    i = 0;
    constructor(u) {
        this.u = u;
    }
    next() {
        if (this.i >= this.u.length)
            throw new Error('internal: continual-mnist ran out of uniforms');
        return this.u[this.i++];
    }
    /** Fisher–Yates: the first k of a random order of 0 … n−1. */
    pick(n, k) {
        const a = Array.from({ length: n }, (_, i) => i);
        for (let i = 0; i < k; i++) {
            const j = i + Math.min(n - i - 1, Math.floor(this.next() * (n - i)));
            [a[i], a[j]] = [a[j], a[i]];
        }
        return a.slice(0, k);
    }
}
async function run(c, ctx) {
    const [kStream, kInit, kMask, kOrder] = random.split(ctx.key, 4);
    const stream = tasks.continual(kStream, {
        benchmark: c.benchmark,
        nTasks: c.nTasks,
        trainPerTask: c.trainPerTask,
        testPerTask: c.testPerTask,
    });
    const dims = [784, c.hidden, c.hidden, 10];
    const initKeys = random.split(kInit, 3);
    const theta0 = { layers: [0, 1, 2].map((i) => nn.dense.init(initKeys[i], { dIn: dims[i], dOut: dims[i + 1] })) };
    const methods = CONTINUAL_METHODS.filter((m) => c.methods.includes(m));
    const rateOptions = (m) => m === 'LaMAML'
        ? { rates: 'learned', ratesLr: c.ratesLr, clipNorm: c.clipNorm }
        : { rates: 'mask', maskStep: c.maskStep, ratesLr: c.maskLr, clipNorm: c.clipNorm };
    const learners = methods.map((name) => ({
        name,
        theta: theta0,
        rates: name === 'LaMAML'
            ? { layers: theta0.layers.map((l) => ({ w: l.w.mul(0).add(c.alphaInit), b: l.b.mul(0).add(c.alphaInit) })) }
            : name === 'SparseMask'
                ? learn.meta.initMaskScores(kMask, theta0, 'inOut')
                : undefined,
    }));
    const taskList = [];
    const taskAt = (j) => (taskList[j] ??= stream.task(j));
    const R = Object.fromEntries(methods.map((m) => [m, []]));
    const nBatches = Math.ceil(c.trainPerTask / c.batchSize);
    const total = c.nTasks * nBatches;
    const orderKeys = random.split(kOrder, c.nTasks);
    const memory = [];
    let seen = 0;
    for (let t = 0; t < c.nTasks; t++) {
        const task = taskAt(t);
        const [kPerm, kU] = random.split(orderKeys[t], 2);
        const order = Array.from(random.permutation(kPerm, c.trainPerTask, 0, { device: 'cpu' }).dataSync());
        // Per glance: the samples' order and the replay draw; per sample: the reservoir's draw.
        const u = new Uniforms(random.uniform(kU, [nBatches * c.glances * (c.batchSize + c.replayBatch) + c.trainPerTask], { dtype: 'f64' }).dataSync());
        for (let b = 0; b < nBatches; b++) {
            const ids = order.slice(b * c.batchSize, (b + 1) * c.batchSize);
            const incoming = task.train.batch(ids);
            for (let g = 0; g < c.glances; g++) {
                const perm = u.pick(ids.length, ids.length);
                const replay = memory.length === 0 ? [] : u.pick(memory.length, Math.min(c.replayBatch, memory.length)).map((i) => memory[i]);
                // The meta batch: replayed samples and the incoming batch.
                const rows = [
                    ...replay.map((m) => taskList[m.task].train.pixels.subarray(m.index * 784, (m.index + 1) * 784)),
                    ...ids.map((i) => task.train.pixels.subarray(i * 784, (i + 1) * 784)),
                ];
                const labels = [...replay.map((m) => taskList[m.task].train.labels[m.index]), ...ids.map((i) => task.train.labels[i])];
                const metaBatch = rowsBatch(rows, labels);
                const samples = perm.map((k) => task.train.batch([ids[k]]));
                for (const l of learners) {
                    if (l.rates === undefined)
                        l.theta = sgdStep(l.theta, incoming, c.sgdLr);
                    else {
                        const r = learn.meta.lamamlStep(crossEntropy, { theta: l.theta, rates: l.rates }, samples, metaBatch, rateOptions(l.name));
                        l.theta = r.params.theta;
                        l.rates = r.params.rates;
                    }
                }
                // Reservoir sampling of the stream into the memory, after the batch's first glance.
                if (g === 0)
                    for (const i of ids) {
                        seen++;
                        if (memory.length < c.memories)
                            memory.push({ task: t, index: i });
                        else {
                            const p = Math.floor(u.next() * seen);
                            if (p < c.memories)
                                memory[p] = { task: t, index: i };
                        }
                    }
            }
            await ctx.progress(t * nBatches + b + 1, total);
        }
        const row = {};
        for (const l of learners) {
            // Tasks not yet seen are evaluated too, for the full matrix.
            const accs = Array.from({ length: c.nTasks }, (_, j) => accuracy(l.theta, taskAt(j).test));
            R[l.name].push(accs);
            accs.forEach((a, j) => (row[`R${l.name}_${j}`] = a));
            row[`acc${l.name}`] = accs.slice(0, t + 1).reduce((s, a) => s + a, 0) / (t + 1);
        }
        ctx.log(t + 1, row);
    }
    const summary = {};
    for (const l of learners) {
        const m = R[l.name];
        const last = m[c.nTasks - 1];
        summary[`acc${l.name}`] = last.reduce((s, a) => s + a, 0) / c.nTasks;
        summary[`bwt${l.name}`] = last.slice(0, -1).reduce((s, a, j) => s + a - m[j][j], 0) / (c.nTasks - 1);
        if (l.name === 'SparseMask' && l.rates !== undefined) {
            const shares = learn.meta.frozenShare(l.rates);
            const sizes = leafSizes(l.rates);
            summary.frozenShareSparseMask = shares.reduce((s, f, i) => s + f * sizes[i], 0) / sizes.reduce((s, n) => s + n, 0);
        }
        if (l.name === 'LaMAML' && l.rates !== undefined) {
            const sizes = leafSizes(l.rates);
            const sums = learn.meta.lamamlStepSizes(l.rates, { rates: 'learned' }).layers.flatMap((x) => [x.w.sum().item(), x.b.sum().item()]);
            summary.meanRateLaMAML = sums.reduce((s, v) => s + v, 0) / sizes.reduce((s, n) => s + n, 0);
        }
    }
    return summary;
}
const METHOD_LABEL = { SGD: 'plain SGD', LaMAML: 'La-MAML (learned rates)', SparseMask: 'sparse mask (step function)' };
function report(r) {
    const c = r.config;
    const s = r.summary;
    const trained = CONTINUAL_METHODS.filter((m) => typeof s[`acc${m}`] === 'number');
    const rowsOf = (m, rows) => rows
        .filter((row) => typeof row[`R${m}_0`] === 'number')
        .map((row) => Array.from({ length: c.nTasks }, (_, j) => (typeof row[`R${m}_${j}`] === 'number' ? row[`R${m}_${j}`] : NaN)));
    const labels = Array.from({ length: c.nTasks }, (_, j) => j + 1);
    return {
        text: `MNIST ${c.benchmark}: ${c.nTasks} tasks of ${c.trainPerTask} samples, one pass in batches of ${c.batchSize} (${c.glances} glances each), MLP 784–${c.hidden}–${c.hidden}–10; replay memory ${c.memories} for the meta-learners. ACC: mean final test accuracy over all tasks; BWT: mean change of a task's accuracy from right after learning it to the end (negative: forgetting).`,
        figures: [
            {
                name: 'seen-accuracy',
                figure: {
                    kind: 'line',
                    title: 'Mean test accuracy on the tasks learned so far',
                    x: { label: 'tasks learned' },
                    y: { label: 'accuracy', domain: [0, 1] },
                    series: trained.map((m) => {
                        const rows = r.metrics.filter((row) => typeof row[`acc${m}`] === 'number');
                        return { name: METHOD_LABEL[m], x: rows.map((row) => row.step), y: rows.map((row) => row[`acc${m}`]) };
                    }),
                },
            },
            ...trained.map((m) => ({
                name: `accuracy-matrix-${m}`,
                figure: {
                    kind: 'heatmap',
                    title: `${METHOD_LABEL[m]}: test accuracy on task j after learning task i`,
                    xLabels: labels,
                    yLabels: labels,
                    x: { label: 'task j' },
                    y: { label: 'after task i' },
                    values: rowsOf(m, r.metrics),
                    color: { label: 'accuracy', domain: [0, 1] },
                },
            })),
        ],
        tables: [
            {
                title: 'Retained accuracy (ACC) and backward transfer (BWT)',
                columns: ['method', 'ACC', 'BWT'],
                rows: trained.map((m) => [METHOD_LABEL[m], s[`acc${m}`], s[`bwt${m}`]]),
            },
            ...(typeof s.frozenShareSparseMask === 'number' || typeof s.meanRateLaMAML === 'number'
                ? [
                    {
                        title: 'The meta-learned step sizes at the end',
                        columns: ['quantity', 'value'],
                        rows: [
                            ...(typeof s.meanRateLaMAML === 'number' ? [['La-MAML: mean ReLU(α)', s.meanRateLaMAML]] : []),
                            ...(typeof s.frozenShareSparseMask === 'number' ? [['sparse mask: share of frozen weights', s.frozenShareSparseMask]] : []),
                        ],
                    },
                ]
                : []),
        ],
    };
}
export const continualMnist = {
    name: 'continual-mnist',
    description: 'P8: continual MNIST (rotations, permutations, many permutations) — plain SGD, La-MAML and a sparse step-function learning-rate mask; ACC and BWT',
    describe: (c) => `MNIST ${c.benchmark}, ${c.nTasks} tasks × ${c.trainPerTask} samples, MLP 2 × ${c.hidden}, ${c.glances} glances, memory ${c.memories}`,
    defaultConfig: defaultContinualMnistConfig,
    smokeConfig: smokeContinualMnistConfig,
    ranges: continualMnistRanges,
    validate,
    estimateBytes,
    metric: { name: 'accSparseMask', mode: 'max' },
    webgpu: { reason: 'the replay memory, the test accuracies and the gradient-norm clip are read synchronously (dataSync)' },
    summaryKeys: ['accSGD', 'bwtSGD', 'accLaMAML', 'bwtLaMAML', 'accSparseMask', 'bwtSparseMask', 'meanRateLaMAML', 'frozenShareSparseMask'],
    run,
    report,
};
//# sourceMappingURL=continual-mnist.js.map