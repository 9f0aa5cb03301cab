/**
 * `meta-sinusoid`: few-shot sinusoid regression (PAPERS.md P9; Finn et al. 2017's set-up) meta-
 * learned by MAML (second and first order), iMAML, Reptile and the contrastive rule (one-sided and
 * symmetric). All rules train side by side on the same meta-batches; every `evalEvery`
 * meta-iterations each is evaluated by its own test-time adaptation on `nTest` fixed test tasks
 * (query MSE after adaptation), and the inner-loop gradient evaluations it has spent so far are
 * logged (the compute axis).
 *
 * Model: an MLP 1-[hidden]-1 with ReLU (MAML's 1-40-40-1). Gradient rules: K = innerSteps plain
 * gradient steps of size α. iMAML and the contrastive rule: proximal inner loss
 * L_support(φ) + (λ/2)‖φ − ω‖² minimised by `proximalSteps` steps of the inner solver
 * (`proximalSolver`, step `proximalLr`), the contrastive nudged phases by `nudgedSteps`; iMAML's implicit
 * gradient by `cgIters` conjugate-gradient iterations. Reptile: K steps from θ. Outer optimiser:
 * Adam (`outerLr`) for every rule; the meta-gradient of a meta-batch is the mean over its tasks.
 */
import { learn, nn, optim, random, tasks } from '../../index.js';
/** The rules compared, with the key suffix of their metrics. */
export const SINUSOID_RULES = ['MAML', 'FOMAML', 'IMAML', 'Reptile', 'ContrastiveOneSided', 'ContrastiveSymmetric'];
export function defaultMetaSinusoidConfig() {
    return {
        rules: [...SINUSOID_RULES],
        hidden: [40, 40],
        kShot: 10,
        amplitudes: 'maml',
        metaIterations: 5000,
        metaBatch: 25,
        outerLr: 1e-3,
        innerLr: 0.01,
        innerSteps: 5,
        lambda: 0.5,
        proximalLr: 0.004,
        proximalSolver: 'anderson',
        proximalSteps: 100,
        nudgedSteps: 50,
        beta: 0.1,
        innerTol: 1e-6,
        cgIters: 5,
        nTest: 200,
        evalEvery: 250,
    };
}
export function smokeMetaSinusoidConfig() {
    return {
        ...defaultMetaSinusoidConfig(),
        hidden: [20, 20],
        metaIterations: 40,
        metaBatch: 2,
        outerLr: 3e-3,
        proximalSteps: 50,
        nudgedSteps: 30,
        nTest: 20,
        evalEvery: 40,
    };
}
export const metaSinusoidRanges = {
    rules: { oneOf: SINUSOID_RULES },
    hidden: { integer: true, min: 1, max: 4096 },
    kShot: { integer: true, min: 1, max: 1000 },
    amplitudes: { oneOf: ['maml', 'p9Code'] },
    metaIterations: { integer: true, min: 1, max: 1_000_000 },
    metaBatch: { integer: true, min: 1, max: 1000 },
    outerLr: { min: 0, max: 1, minExclusive: true },
    innerLr: { min: 0, max: 10, minExclusive: true },
    innerSteps: { integer: true, min: 1, max: 1000 },
    lambda: { min: 0, max: 1000 },
    proximalLr: { min: 0, max: 10, minExclusive: true },
    proximalSolver: { oneOf: ['sgd', 'adam', 'anderson'] },
    proximalSteps: { integer: true, min: 1, max: 100_000 },
    nudgedSteps: { integer: true, min: 1, max: 100_000 },
    beta: { min: 0, max: 100, minExclusive: true },
    innerTol: { min: 0, max: 1 },
    cgIters: { integer: true, min: 1, max: 10_000 },
    nTest: { integer: true, min: 1, max: 100_000 },
    evalEvery: { integer: true, min: 1, max: 1_000_000 },
};
function ruleOptions(name, c) {
    const prox = {
        innerLr: c.proximalLr,
        innerSteps: c.proximalSteps,
        lambda: c.lambda,
        innerSolver: c.proximalSolver,
        innerTol: c.innerTol,
    };
    switch (name) {
        case 'MAML':
            return { rule: 'maml', innerSteps: c.innerSteps, innerLr: c.innerLr };
        case 'FOMAML':
            return { rule: 'maml', innerSteps: c.innerSteps, innerLr: c.innerLr, firstOrder: true };
        case 'Reptile':
            return { rule: 'reptile', innerSteps: c.innerSteps, innerLr: c.innerLr };
        case 'IMAML':
            return { rule: 'imaml', ...prox, cgIters: c.cgIters };
        case 'ContrastiveOneSided':
            return { rule: 'contrastive', ...prox, beta: c.beta, variant: 'onesided', nudgedSteps: c.nudgedSteps };
        case 'ContrastiveSymmetric':
            return { rule: 'contrastive', ...prox, beta: c.beta, variant: 'symmetric', nudgedSteps: c.nudgedSteps };
        default:
            throw new Error(`meta-sinusoid: unknown rule ${String(name)}`);
    }
}
function estimateBytes(c) {
    const widths = [1, ...c.hidden, 1];
    let params = 0;
    for (let i = 0; i + 1 < widths.length; i++)
        params += (widths[i] + 1) * widths[i + 1];
    const acts = c.kShot * widths.reduce((a, b) => a + b, 0);
    // Six rules' parameters and Adam moments, the unrolled inner loops of second-order MAML and the
    // test tasks.
    return 8 * (6 * 4 * params + (c.innerSteps + 4) * (params + acts) * 8 + c.nTest * 4 * c.kShot) + 64 * 1024 * 1024;
}
async function run(c, ctx) {
    const [kInit, kTest, kTrain] = random.split(ctx.key, 3);
    const theta0 = nn.mlp.init(kInit, { dIn: 1, hidden: [...c.hidden], dOut: 1, activation: 'relu' });
    const loss = (p, b) => nn.mlp.apply(p, b.x).sub(b.y).square().mean();
    const taskConfig = { kSupport: c.kShot, kQuery: c.kShot, amplitudes: c.amplitudes };
    const test = tasks.sinusoid(kTest, c.nTest, taskConfig);
    const testMse = (meta, o) => test.reduce((s, t) => s + loss(learn.meta.adapt(loss, meta, t.support, o), t.query).item(), 0) / test.length;
    const learners = SINUSOID_RULES.filter((name) => c.rules.includes(name)).map((name) => {
        const o = ruleOptions(name, c);
        const meta = { theta: theta0 };
        const opts = { theta: optim.adam(c.outerLr) };
        return { name, o, meta, opts, state: learn.meta.initMetaOptState(opts, meta), evaluations: 0, seconds: 0, mse: NaN };
    });
    const log = (step) => {
        const row = {};
        for (const l of learners) {
            l.mse = testMse(l.meta, l.o);
            row[`mse${l.name}`] = l.mse;
            row[`evals${l.name}`] = l.evaluations;
            row[`seconds${l.name}`] = l.seconds;
        }
        ctx.log(step, row);
        return row;
    };
    log(0);
    // Every rule starts from the same θ₀; the reference is plain fine-tuning from it (K steps of size α).
    const mseInit = testMse({ theta: theta0 }, ruleOptions('MAML', c));
    const trainKeys = random.split(kTrain, c.metaIterations);
    for (let it = 1; it <= c.metaIterations; it++) {
        const batch = tasks.sinusoid(trainKeys[it - 1], c.metaBatch, taskConfig);
        for (const l of learners) {
            const t0 = performance.now();
            const r = learn.meta.metaStep(loss, l.meta, l.state, batch, l.o, l.opts);
            l.seconds += (performance.now() - t0) / 1000;
            l.meta = r.meta;
            l.state = r.optState;
            l.evaluations += r.innerEvaluations;
        }
        const latest = it % c.evalEvery === 0 || it === c.metaIterations ? log(it) : undefined;
        await ctx.progress(it, c.metaIterations, latest);
    }
    const summary = { mseInit };
    for (const l of learners) {
        summary[`mse${l.name}`] = l.mse;
        summary[`evals${l.name}`] = l.evaluations / c.metaIterations;
    }
    return summary;
}
function series(rows, x, name) {
    const kept = rows.filter((r) => typeof r[`mse${name}`] === 'number' && typeof r[x(name)] === 'number');
    return { name, x: kept.map((r) => r[x(name)]), y: kept.map((r) => r[`mse${name}`]) };
}
function report(r) {
    const c = r.config;
    const s = r.summary;
    const rows = r.metrics.filter((m) => m.step > 0);
    return {
        text: `Few-shot sinusoid regression (${c.kShot}-shot, amplitudes ${c.amplitudes === 'maml' ? '[0.1, 5]' : '[0.1, 0.5]'}), MLP 1-${c.hidden.join('-')}-1 (ReLU), ${c.metaIterations} meta-iterations of ${c.metaBatch} tasks. Query MSE after each rule's own adaptation on ${c.nTest} test tasks; before meta-learning ${s.mseInit}.`,
        figures: [
            {
                name: 'mse-vs-iterations',
                figure: {
                    kind: 'line',
                    title: 'Query MSE after adaptation vs meta-iterations',
                    x: { label: 'meta-iteration' },
                    y: { label: 'test query MSE', log: true },
                    series: SINUSOID_RULES.map((n) => series(r.metrics, () => 'step', n)),
                },
            },
            {
                name: 'mse-vs-compute',
                figure: {
                    kind: 'line',
                    title: 'Query MSE after adaptation vs inner-loop gradient evaluations',
                    x: { label: 'inner gradient evaluations', log: true },
                    y: { label: 'test query MSE', log: true },
                    series: SINUSOID_RULES.map((n) => series(rows, (k) => `evals${k}`, n)),
                },
            },
        ],
        tables: [
            {
                title: 'After meta-training',
                columns: ['rule', 'test query MSE', 'inner evaluations per meta-iteration'],
                rows: SINUSOID_RULES.map((n) => [n, s[`mse${n}`], s[`evals${n}`]]),
            },
        ],
    };
}
export const metaSinusoid = {
    name: 'meta-sinusoid',
    description: 'P9: few-shot sinusoid regression — MAML, first-order MAML, iMAML, Reptile and the contrastive rule (one-sided, symmetric)',
    describe: (c) => `MLP 1-${c.hidden.join('-')}-1, ${c.kShot}-shot, ${c.metaIterations} meta-iterations × ${c.metaBatch} tasks`,
    defaultConfig: defaultMetaSinusoidConfig,
    smokeConfig: smokeMetaSinusoidConfig,
    ranges: metaSinusoidRanges,
    estimateBytes,
    metric: { name: 'mseContrastiveSymmetric', mode: 'min' },
    webgpu: { reason: 'the proximal inner solves (Anderson, conjugate gradients) and the evaluation read values synchronously every iteration' },
    summaryKeys: ['mseInit', ...SINUSOID_RULES.map((n) => `mse${n}`), ...SINUSOID_RULES.map((n) => `evals${n}`)],
    run,
    report,
};
//# sourceMappingURL=meta-sinusoid.js.map