/**
 * `lcp-mnist`: the equilibrium RNN of PAPERS.md P6 on MNIST (encoder U: 784→N, v = W tanh(v) + b
 * + U x with W: N×N, decoder tanh → N→10), trained three ways from the same initialisation:
 *
 *   LCP    the least-control principle with the dynamic-inversion controller (α, k_i, k_p,
 *          threshold, max_iter; or `lcp.controller` 'kolenPollack', 'linearFeedback', 'energy');
 *          the update −(∂_θ g)ᵀ e* − (∂_θ D)ᵀ u*
 *   RBP    recurrent backprop: the implicit gradient, adjoint by fixed-point iteration
 *   BPTT   backprop through K unrolled steps of the dynamics from v = 0
 *
 * Adam with cosine decay to 0.1×, global-norm clipping, batch 64 (the authors' commands). Every
 * `alignEvery` steps of the LCP run, the cosine between the LCP update and the true gradient
 * (RBP at threshold 1e-8) on the same batch is logged.
 */
import { nn, optim, random, tree } from '../../index.js';
import { LCP_CONTROLLERS, controlledEquilibrium } from '../../learn/lcp/controller.js';
import { bpttGradients, initFeedback, initLinearFeedback, lcpGradients, rbpGradients } from '../../learn/lcp/updates.js';
import { metricSeries } from '../../report/metrics.js';
import { adamCosine, batchAt, crossEntropy, flatMnist, splitAccuracy } from './mnist-flat.js';
const METHODS = ['lcp', 'rbp', 'bptt'];
/** The paper's set-up (PAPERS.md P6 and the authors' MNIST RNN commands). */
export function defaultLcpMnistConfig() {
    return {
        dHidden: 256,
        data: { trainLimit: 0, testLimit: 0 },
        train: { batchSize: 64, epochs: 30, lr: 1e-3, endFactor: 0.1, clipNorm: 10 },
        lcp: { controller: 'dynamicInversion', alpha: 0.1, ki: 1, kp: 0, threshold: 1e-6, maxIter: 800, kpWeightDecay: 1e-6, energyLr: 1e-3 },
        rbp: { threshold: 1e-4, maxIter: 200 },
        bpttSteps: 30,
        alignEvery: 100,
        logEvery: 20,
        checkpointEvery: 500,
    };
}
/** Seconds on a CPU: N = 32, 1 280 training and 500 test images, two epochs, looser thresholds. */
export function smokeLcpMnistConfig() {
    return {
        ...defaultLcpMnistConfig(),
        dHidden: 32,
        data: { trainLimit: 1280, testLimit: 500 },
        train: { batchSize: 64, epochs: 2, lr: 3e-3, endFactor: 0.1, clipNorm: 10 },
        lcp: { controller: 'dynamicInversion', alpha: 0.1, ki: 1, kp: 0, threshold: 1e-5, maxIter: 300, kpWeightDecay: 1e-6, energyLr: 1e-3 },
        bpttSteps: 15,
        alignEvery: 20,
        logEvery: 5,
        checkpointEvery: 0,
    };
}
export const lcpMnistRanges = {
    dHidden: { integer: true, min: 1, max: 8192 },
    data: { trainLimit: { integer: true, min: 0, max: 60000 }, testLimit: { integer: true, min: 0, max: 10000 } },
    train: {
        batchSize: { integer: true, min: 1, max: 60000 },
        epochs: { min: 0.001, max: 1000 },
        lr: { min: 0, max: 10 },
        endFactor: { min: 0, max: 1 },
        clipNorm: { min: 0, max: 1e6 },
    },
    lcp: {
        controller: { oneOf: LCP_CONTROLLERS },
        kpWeightDecay: { min: 0, max: 1 },
        energyLr: { min: 0, max: 10 },
        alpha: { min: 1e-6, max: 1e6 },
        ki: { min: 0, max: 1e3 },
        kp: { min: 0, max: 1e3 },
        threshold: { min: 0, max: 1 },
        maxIter: { integer: true, min: 1, max: 100000 },
    },
    rbp: { threshold: { min: 0, max: 1 }, maxIter: { integer: true, min: 1, max: 100000 } },
    bpttSteps: { integer: true, min: 1, max: 10000 },
    alignEvery: { integer: true, min: 0 },
    logEvery: { integer: true, min: 1 },
    checkpointEvery: { integer: true, min: 0 },
};
/** Parameters, Adam moments, the data as bytes and f32 batches, and BPTT's K stored states. */
export function estimateLcpMnistBytes(c) {
    const N = c.dHidden;
    const params = N * 784 + N * N + 2 * N + 10 * N + 10;
    const B = c.train.batchSize;
    const states = (c.bpttSteps + 4) * B * N * 3 + B * (2 * N + 20) * 8;
    return 4 * (6 * params + states + 500 * 784 * 2) + 70000 * 785 + 64 * 1024 * 1024;
}
function cosine(a, b) {
    const la = tree.leaves(a);
    const lb = tree.leaves(b);
    let ab = 0;
    let aa = 0;
    let bb = 0;
    la.forEach((t, i) => {
        ab += t.mul(lb[i]).sum().item();
        aa += t.square().sum().item();
        bb += lb[i].square().sum().item();
    });
    return ab / Math.sqrt(aa * bb);
}
async function run(c, ctx) {
    const train = flatMnist('train', c.data.trainLimit);
    const test = flatMnist('test', c.data.testLimit);
    if (c.train.batchSize > train.size)
        throw new Error(`lcp-mnist: config.train.batchSize (${c.train.batchSize}) exceeds the ${train.size} training images`);
    const perEpoch = Math.floor(train.size / c.train.batchSize);
    const totalSteps = Math.max(1, Math.round(c.train.epochs * perEpoch));
    const [initKey, orderKey, feedbackKey] = random.split(ctx.key, 3);
    const init = nn.equilibriumRnn.init(initKey, { dIn: 784, dHidden: c.dHidden, dOut: 10 });
    const restored = (await ctx.checkpoint.load())?.state;
    const summary = restored?.summary ?? {};
    const cosines = restored?.cosines ?? [];
    const iterations = restored?.iterations ?? { lcp: [], rbp: [], bptt: [] };
    const evalLogits = (method, p) => (x) => {
        if (method === 'bptt') {
            const drive = nn.equilibriumRnn.drive(p, x);
            let v = drive.mul(0);
            for (let k = 0; k < c.bpttSteps; k++)
                v = nn.equilibriumRnn.dynamics(p, v, drive);
            return nn.equilibriumRnn.decode(p, v);
        }
        const s = method === 'lcp' ? c.lcp : c.rbp;
        return nn.equilibriumRnn.apply(p, x, { tol: s.threshold, maxIter: s.maxIter });
    };
    const offset = { lcp: 0, rbp: totalSteps + 1, bptt: 2 * (totalSteps + 1) };
    for (const [mi, method] of METHODS.entries()) {
        if (restored !== undefined && mi < restored.method)
            continue;
        const resume = restored !== undefined && mi === restored.method;
        let params = resume ? restored.params : init;
        const opt = adamCosine(c.train.lr, c.train.endFactor, totalSteps, c.train.clipNorm);
        // Parameter trees with a static `kind` field are trees; the interface just lacks an index signature.
        const asTree = (p) => p;
        let state = resume ? restored.opt : opt.init(asTree(params));
        const indices = batchAt(orderKey, train.size, c.train.batchSize);
        // Kolen–Pollack's feedback weights train beside the network (their own Adam, same schedule and
        // clipping, as the authors clip the two parameter sets separately); linear feedback's Q is fixed.
        const ctrl = c.lcp.controller;
        const fbOpt = adamCosine(c.train.lr, c.train.endFactor, totalSteps, c.train.clipNorm);
        let feedback = method === 'lcp' && ctrl === 'kolenPollack'
            ? resume && restored.feedback !== undefined
                ? restored.feedback
                : initFeedback(feedbackKey, init)
            : undefined;
        let fbState = feedback === undefined ? undefined : resume && restored.feedbackOpt !== undefined ? restored.feedbackOpt : fbOpt.init(feedback);
        const q = method === 'lcp' && ctrl === 'linearFeedback' ? initLinearFeedback(feedbackKey, init) : undefined;
        const saved = (step) => ({ method: mi, step, params, opt: state, summary, cosines, iterations, feedback, feedbackOpt: fbState });
        for (let step = resume ? restored.step : 0; step < totalSteps; step++) {
            if (ctx.shouldStop())
                return ctx.interrupt(offset[method] + step, saved(step));
            if (c.checkpointEvery > 0 && step > 0 && step % c.checkpointEvery === 0)
                await ctx.checkpoint.save(offset[method] + step, saved(step));
            const b = train.batch(indices(step));
            const loss = crossEntropy(b.labels);
            let grads;
            let lossValue;
            let its;
            const row = {};
            if (method === 'lcp') {
                if (feedback !== undefined && c.lcp.kpWeightDecay > 0) {
                    const keep = 1 - c.lcp.kpWeightDecay;
                    params = { ...params, w: params.w.mul(keep), b: params.b.mul(keep), d: params.d.mul(keep), dBias: params.dBias.mul(keep) };
                    feedback = { w: feedback.w.mul(keep), d: feedback.d.mul(keep) };
                }
                const { controller: _, kpWeightDecay: __, ...settings } = c.lcp;
                const eq = controlledEquilibrium(params, b.x, loss, { controller: ctrl, ...settings, feedback, q, energyFromFree: true });
                grads = lcpGradients(params, b.x, eq, ctrl);
                if (feedback !== undefined) {
                    // B_W and B_D receive W's and D's updates (Kolen–Pollack).
                    const [fu, fs] = fbOpt.update({ w: grads.w, d: grads.d }, fbState, feedback);
                    fbState = fs;
                    feedback = optim.applyUpdates(feedback, fu);
                }
                its = eq.iterations;
                lossValue = loss(evalLogits('rbp', params)(b.x)).item();
                if (c.alignEvery > 0 && (step % c.alignEvery === 0 || step === totalSteps - 1)) {
                    const exact = rbpGradients(params, b.x, loss, { threshold: 1e-8, maxIter: 2000 }).grads;
                    const cos = cosine(grads, exact);
                    cosines.push(cos);
                    row.cosineLCP = cos;
                }
            }
            else if (method === 'rbp') {
                const r = rbpGradients(params, b.x, loss, c.rbp);
                grads = r.grads;
                lossValue = r.loss;
                its = r.forwardIterations + r.adjointIterations;
            }
            else {
                const r = bpttGradients(params, b.x, loss, c.bpttSteps);
                grads = r.grads;
                lossValue = r.loss;
                its = c.bpttSteps;
            }
            iterations[method].push(its);
            const [updates, next] = opt.update(asTree(grads), state, asTree(params));
            state = next;
            params = optim.applyUpdates(params, updates);
            if (step % c.logEvery === 0 || step === totalSteps - 1)
                Object.assign(row, { [`loss_${method}`]: lossValue, [`iterations_${method}`]: its });
            if ((step + 1) % perEpoch === 0 && step !== totalSteps - 1)
                row[`testAccuracy_${method}`] = splitAccuracy(test, evalLogits(method, params));
            if (Object.keys(row).length > 0)
                ctx.log(offset[method] + step, row);
            await ctx.progress(offset[method] + step + 1, 3 * (totalSteps + 1));
        }
        const acc = splitAccuracy(test, evalLogits(method, params));
        ctx.log(offset[method] + totalSteps, { [`testAccuracy_${method}`]: acc, [`epoch_${method}`]: totalSteps / perEpoch });
        summary[method === 'lcp' ? 'testAccuracyLCP' : method === 'rbp' ? 'testAccuracyRBP' : 'testAccuracyBPTT'] = acc;
    }
    const mean = (xs) => (xs.length === 0 ? NaN : xs.reduce((s, v) => s + v, 0) / xs.length);
    summary.cosineLCP = mean(cosines);
    summary.iterationsLCP = mean(iterations.lcp);
    summary.iterationsRBP = mean(iterations.rbp);
    summary.steps = totalSteps;
    return summary;
}
function report(r) {
    const c = r.config;
    const shift = (key, name, k) => {
        const s = metricSeries(r.metrics, key, name);
        return { ...s, x: s.x.map((x) => x - k) };
    };
    const T = Math.max(1, ...r.metrics.filter((m) => typeof m.loss_lcp === 'number').map((m) => m.step)) + 1;
    return {
        text: `Equilibrium RNN on MNIST (N = ${c.dHidden}${c.data.trainLimit > 0 ? `, first ${c.data.trainLimit} training images` : ''}${c.data.testLimit > 0 ? `, first ${c.data.testLimit} test images` : ''}). ` +
            `LCP: controller '${c.lcp.controller}', α = ${c.lcp.alpha}, k_i = ${c.lcp.ki}, k_p = ${c.lcp.kp}, threshold ${c.lcp.threshold}, ≤ ${c.lcp.maxIter} steps; RBP: threshold ${c.rbp.threshold}, ≤ ${c.rbp.maxIter} steps; BPTT: ${c.bpttSteps} unrolled steps. ` +
            'The paper reports LCP matching RBP and BP on MNIST (Table 1 of arXiv 2207.01332; PAPERS.md does not copy its numbers).',
        figures: [
            {
                name: 'loss',
                figure: {
                    kind: 'line',
                    title: 'Training loss (cross-entropy at the free equilibrium)',
                    x: { label: 'step' },
                    y: { label: 'nats', log: true },
                    series: [shift('loss_lcp', 'LCP', 0), shift('loss_rbp', 'RBP', T), shift('loss_bptt', 'BPTT', 2 * T)],
                },
            },
            {
                name: 'cosine',
                figure: {
                    kind: 'line',
                    title: 'Cosine between the LCP update and the true gradient',
                    x: { label: 'step' },
                    y: { label: 'cosine', domain: [-1, 1] },
                    series: [metricSeries(r.metrics, 'cosineLCP', 'LCP')],
                },
            },
        ],
        tables: [
            {
                title: 'Test accuracy',
                columns: ['method', 'accuracy', 'mean iterations per step'],
                rows: [
                    [`LCP (${c.lcp.controller})`, r.summary.testAccuracyLCP, r.summary.iterationsLCP],
                    ['RBP', r.summary.testAccuracyRBP, r.summary.iterationsRBP],
                    ['BPTT', r.summary.testAccuracyBPTT, c.bpttSteps],
                ],
                note: `Mean cosine of the LCP update with the true gradient: ${r.summary.cosineLCP}`,
            },
        ],
    };
}
export const lcpMnist = {
    name: 'lcp-mnist',
    description: 'P6: the equilibrium RNN on MNIST trained by least control (dynamic inversion), recurrent backprop and BPTT',
    defaultConfig: defaultLcpMnistConfig,
    smokeConfig: smokeLcpMnistConfig,
    ranges: lcpMnistRanges,
    validate: (c) => (c.train.batchSize > (c.data.trainLimit || 60000) ? [`train.batchSize (${c.train.batchSize}) exceeds the training images`] : []),
    estimateBytes: estimateLcpMnistBytes,
    metric: { name: 'testAccuracyLCP', mode: 'max' },
    summaryKeys: ['testAccuracyLCP', 'testAccuracyRBP', 'testAccuracyBPTT', 'cosineLCP', 'iterationsLCP', 'iterationsRBP', 'steps'],
    webgpu: { reason: 'the fixed-point solvers read residuals synchronously every iteration' },
    run,
    report,
};
//# sourceMappingURL=lcp-mnist.js.map