/**
 * `sine-mlp`: the smallest end-to-end experiment. A two-hidden-layer tanh MLP
 * (1 → H → H → 1) fits y = sin(x) on [−π, π] with Adam on fresh minibatches, float32:
 *
 *   f(x) = W₃ᵀ tanh(W₂ᵀ tanh(W₁ᵀ x + b₁) + b₂) + b₃,   L = mean((f(x) − sin x)²).
 *
 * It exercises tensors, matmul, broadcasting, `valueAndGrad` over a parameter tree and the
 * optimizer loop, and the whole experiment machinery (metrics, checkpoints, resume, sweeps).
 *
 * Resumable by construction: the minibatch of step t is drawn with `foldIn(dataKey, t)`, a pure
 * function of (seed, step), and the checkpoint holds the parameters, the Adam state and the
 * step. So a run stopped after step k and resumed computes exactly the steps k+1… an
 * uninterrupted run computes, and ends with bit-identical parameters.
 */
import { add, dispose, linspace, matmul, mean, optim, random, scope, sin, square, sub, tanh, valueAndGrad, zeros } from '../../index.js';
import { metricSeries, summaryTable } from '../../report/metrics.js';
export function defaultSineMlpConfig() {
    return {
        steps: 2000,
        batchSize: 64,
        model: { hidden: 64 },
        optim: { lr: 3e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8 },
        testPoints: 201,
        logEvery: 10,
        checkpointEvery: 500,
    };
}
/** Allowed values of every setting. */
export const sineMlpRanges = {
    steps: { integer: true, min: 1 },
    batchSize: { integer: true, min: 1 },
    // Maxima far beyond anything this MLP needs: larger values can only be typos.
    model: { hidden: { integer: true, min: 1, max: 1_000_000 } },
    optim: { lr: { min: 0, minExclusive: true } },
    testPoints: { integer: true, min: 2, max: 10_000_000 },
    logEvery: { integer: true, min: 1 },
    checkpointEvery: { integer: true, min: 0 },
};
/**
 * Peak bytes of a run (f32): the H² + 4H + 1 parameters with their gradients, Adam's two moments
 * and the update's temporaries (6 copies); per hidden layer about 8 [B, H] activations of the
 * forward and backward pass, for the minibatch and for the test grid.
 */
export function estimateSineMlpBytes(c) {
    const H = c.model.hidden;
    const params = H * H + 4 * H + 1;
    return 4 * (6 * params + 16 * (c.batchSize + c.testPoints) * H);
}
/** Seconds on a laptop CPU: small network, few steps. */
export function smokeSineMlpConfig() {
    return {
        ...defaultSineMlpConfig(),
        steps: 60,
        batchSize: 16,
        model: { hidden: 8 },
        optim: { lr: 1e-2, beta1: 0.9, beta2: 0.999, eps: 1e-8 },
        testPoints: 41,
        logEvery: 5,
        checkpointEvery: 0,
    };
}
/** LeCun-normal weights W ~ N(0, 1/fanIn) (keeps tanh pre-activations at unit scale), zero biases. */
export function initMlp(key, hidden) {
    const [k1, k2, k3] = random.split(key, 3);
    const layer = (k, fanIn, fanOut) => random.normal(k, [fanIn, fanOut], { std: 1 / Math.sqrt(fanIn) });
    return {
        w1: layer(k1, 1, hidden),
        b1: zeros([hidden]),
        w2: layer(k2, hidden, hidden),
        b2: zeros([hidden]),
        w3: layer(k3, hidden, 1),
        b3: zeros([1]),
    };
}
/** f(x) for `x: [B, 1]` → `[B, 1]`. */
export function mlpApply(p, x) {
    const h1 = tanh(add(matmul(x, p.w1), p.b1)); // [B, H]
    const h2 = tanh(add(matmul(h1, p.w2), p.b2)); // [B, H]
    return add(matmul(h2, p.w3), p.b3); // [B, 1]
}
function mseLoss(p, x, y) {
    return mean(square(sub(mlpApply(p, x), y)));
}
/**
 * Train (or resume) and return the final numbers together with the final parameters, for
 * callers that want the trained network (and for tests that compare parameters bit for bit).
 */
export async function trainSineMlp(c, ctx) {
    const [dataKey, initKey] = random.split(ctx.key, 2);
    const opt = optim.adam(c.optim.lr, { b1: c.optim.beta1, b2: c.optim.beta2, eps: c.optim.eps });
    const restored = await ctx.checkpoint.load();
    let step = restored?.step ?? 0;
    let state;
    if (restored)
        state = restored.state;
    else {
        const params = initMlp(initKey, c.model.hidden);
        state = { params, opt: opt.init(params) };
    }
    const xTest = linspace(-Math.PI, Math.PI, c.testPoints).reshape([c.testPoints, 1]); // [N, 1]
    const yTest = sin(xTest);
    const lossAndGrad = valueAndGrad(mseLoss);
    let loss = NaN;
    // Reads are asynchronous on WebGPU; values are only read back at log steps.
    const read = async (t) => (await t.data())[0];
    while (step < c.steps) {
        if (ctx.shouldStop())
            return ctx.interrupt(step, state);
        const prev = state;
        // On a GPU, the step's temporaries and the parameters and moments it replaced are released at once.
        const [value, next] = scope.step(prev, () => {
            // The batch of step t depends only on (seed, t): what makes resuming exact.
            const x = random.uniform(random.foldIn(dataKey, step), [c.batchSize, 1], { minval: -Math.PI, maxval: Math.PI }); // [B, 1]
            const [v, grads] = lossAndGrad(prev.params, x, sin(x));
            const [updates, nextOpt] = opt.update(grads, prev.opt, prev.params);
            return [v, { params: optim.applyUpdates(prev.params, updates), opt: nextOpt }];
        });
        state = next;
        step++;
        if (step === 1 || step % c.logEvery === 0 || step === c.steps) {
            loss = await read(value);
            if (!Number.isFinite(loss))
                throw new Error(`sine-mlp: loss became ${loss} at step ${step}`);
            ctx.log(step, { loss, testLoss: await read(mseLoss(state.params, xTest, yTest)) });
        }
        dispose(value);
        if (c.checkpointEvery > 0 && step % c.checkpointEvery === 0 && step < c.steps)
            await ctx.checkpoint.save(step, state);
        await ctx.progress(step, c.steps, { loss });
    }
    const testLoss = await read(mseLoss(state.params, xTest, yTest));
    // A fingerprint of the final parameters: equal runs give bit-equal sums.
    let paramSum = 0;
    for (const p of Object.values(state.params))
        paramSum += await read(p.sum());
    return { summary: { steps: step, finalLoss: loss, testLoss, paramSum }, params: state.params };
}
async function run(c, ctx) {
    return (await trainSineMlp(c, ctx)).summary;
}
function report(r) {
    // Positive values only: the loss axis is logarithmic.
    const series = (name, label) => metricSeries(r.metrics, name, label, { positive: true });
    return {
        text: `A ${r.config.model.hidden}-unit tanh MLP learns sin x on [−π, π] with Adam (lr ${r.config.optim.lr}, batch ${r.config.batchSize}). The test loss is the mean squared error on ${r.config.testPoints} evenly spaced points.`,
        figures: [
            {
                name: 'loss',
                figure: {
                    kind: 'line',
                    title: 'Training and test loss',
                    x: { label: 'step' },
                    y: { label: 'mean squared error', log: true },
                    series: [series('loss', 'minibatch loss'), series('testLoss', 'test loss')],
                },
            },
        ],
        tables: [summaryTable(r.summary)],
    };
}
export const sineMlp = {
    name: 'sine-mlp',
    description: 'tanh MLP 1→H→H→1 (H = model.hidden: 64, smoke 8) fits sin(x) on [−π, π] with Adam on fresh minibatches (seconds on a CPU)',
    describe: (c) => `tanh MLP 1→${c.model.hidden}→${c.model.hidden}→1 fits sin(x) on [−π, π] with Adam on fresh minibatches (seconds on a CPU)`,
    defaultConfig: defaultSineMlpConfig,
    smokeConfig: smokeSineMlpConfig,
    ranges: sineMlpRanges,
    estimateBytes: estimateSineMlpBytes,
    metric: { name: 'testLoss', mode: 'min' },
    summaryKeys: ['steps', 'finalLoss', 'testLoss', 'paramSum'],
    webgpu: true,
    run,
    report,
};
//# sourceMappingURL=sine-mlp.js.map