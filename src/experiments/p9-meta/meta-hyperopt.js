/**
 * `meta-hyperopt`: PAPERS.md P9's supervised meta-optimisation of per-parameter L2 strengths on
 * MNIST. The first `dataLimit` training images are split in half: training and validation.
 *
 *   L_in(φ, λ) = CE_train(φ) + ½ Σ_i λ_i φ_i²      L_out(φ) = CE_val(φ)      λ ≥ 0, one per weight
 *
 * λ is parametrised directly and clamped at 0 after every outer step (as the paper), starting at
 * λ₀ = `lambda0`. Each method runs its own outer loop from λ₀ on the same data; every outer step
 * trains the network from one fixed initialisation (the same seed at every step) by `innerSteps`
 * Adam steps on L_in (free phase, batches of `batchSize`, 0: the whole set; or, with `innerSolver`
 * 'anderson', Anderson-accelerated full-batch gradient descent), logs CE_val of the result,
 * estimates dCE_val/dλ and takes an outer Adam step:
 *
 *   Contrastive  a nudged phase of `nudgedSteps` steps of a fresh optimiser (`nudgedOptimizer`) on
 *                L_in + β CE_val from the free solution (one-sided or symmetric, `variant`)
 *   CG           conjugate gradients, `cgIters` Hessian–vector products (whole training set)
 *   Neumann      `neumannTerms` terms of the series with step `neumannAlpha`
 *   T1T2         H ≈ I
 *
 * Every `cosineEvery` outer steps each estimate is compared with a reference at the same free
 * solution: conjugate gradients to relative residual `referenceTol` (at most `referenceIters`
 * products); `cosine<Method>` in the summary is the mean cosine over those steps. The free solution
 * is not an exact minimiser (λ₀ = 1e-5 barely regularises the network), so the reference is the
 * implicit gradient at the point the free phase reached; its gradient norm is logged
 * (`freeGradNorm`).
 */
import { learn, nn, optim, random, stopGradient, grad, zeros } from '../../index.js';
import { metricSeries } from '../../report/metrics.js';
import { adamCosine, batchAt, crossEntropy, flatMnist } from '../p6-lcp/mnist-flat.js';
/** The hypergradient methods compared, as the suffix of their summary keys. */
export const HYPEROPT_METHODS = ['Contrastive', 'CG', 'Neumann', 'T1T2'];
/** The paper's set-up (PAPERS.md P9 and the P9 authors' MNIST configuration). */
export function defaultMetaHyperoptConfig() {
    return {
        hidden: [256, 256, 256, 256, 256],
        dataLimit: 0,
        lambda0: 1e-5,
        outerSteps: 100,
        outerLr: 1e-4,
        innerSteps: 2000,
        innerLr: 3e-4,
        innerLrEnd: 1,
        innerSolver: 'adam',
        batchSize: 500,
        beta: 3,
        nudgedSteps: 200,
        nudgedLr: 3e-4,
        nudgedOptimizer: 'adam',
        variant: 'onesided',
        cgIters: 100,
        neumannTerms: 200,
        neumannAlpha: 1e-3,
        referenceTol: 1e-6,
        referenceIters: 2000,
        cosineEvery: 10,
        checkpointEvery: 1,
    };
}
/**
 * A convex reduction that runs in seconds: softmax regression 784-10 (no hidden layer) on 200 + 200
 * images with λ₀ = 1e-3, 2 outer steps, free and nudged phases by Anderson-accelerated gradient descent (so the
 * free phase is near the exact minimiser, where the contrastive estimate and the reference are
 * defined), β = 0.1, CG 20 iterations and Neumann 40 terms.
 */
export function smokeMetaHyperoptConfig() {
    return {
        ...defaultMetaHyperoptConfig(),
        hidden: [],
        dataLimit: 400,
        lambda0: 1e-3,
        outerSteps: 2,
        innerSteps: 150,
        innerLr: 0.5,
        innerSolver: 'anderson',
        batchSize: 0,
        beta: 0.1,
        nudgedSteps: 40,
        nudgedLr: 0.5,
        nudgedOptimizer: 'anderson',
        cgIters: 20,
        neumannTerms: 40,
        referenceIters: 300,
        cosineEvery: 1,
        checkpointEvery: 0,
    };
}
export const metaHyperoptRanges = {
    hidden: { integer: true, min: 1, max: 4096 },
    dataLimit: { integer: true, min: 0, max: 60000 },
    lambda0: { min: 0, max: 100 },
    outerSteps: { integer: true, min: 1, max: 100_000 },
    outerLr: { min: 0, max: 10, minExclusive: true },
    innerSteps: { integer: true, min: 1, max: 1_000_000 },
    innerLr: { min: 0, max: 10, minExclusive: true },
    innerLrEnd: { min: 0, max: 1 },
    innerSolver: { oneOf: ['adam', 'anderson'] },
    batchSize: { integer: true, min: 0, max: 60000 },
    beta: { min: 0, max: 1000, minExclusive: true },
    nudgedSteps: { integer: true, min: 1, max: 1_000_000 },
    nudgedLr: { min: 0, max: 10, minExclusive: true },
    nudgedOptimizer: { oneOf: learn.meta.NUDGED_OPTIMIZERS },
    variant: { oneOf: learn.meta.CONTRASTIVE_VARIANTS },
    cgIters: { integer: true, min: 1, max: 100_000 },
    neumannTerms: { integer: true, min: 1, max: 100_000 },
    neumannAlpha: { min: 0, max: 10, minExclusive: true },
    referenceTol: { min: 0, max: 1 },
    referenceIters: { integer: true, min: 1, max: 1_000_000 },
    cosineEvery: { integer: true, min: 0, max: 100_000 },
    checkpointEvery: { integer: true, min: 0 },
};
function validate(c) {
    const images = c.dataLimit === 0 ? 60000 : c.dataLimit;
    const problems = [];
    if (images < 2)
        problems.push(`dataLimit (${c.dataLimit}) must leave at least one training and one validation image`);
    const full = c.batchSize === 0 || c.batchSize >= Math.floor(images / 2);
    for (const [key, value] of [
        ['innerSolver', c.innerSolver],
        ['nudgedOptimizer', c.nudgedOptimizer],
    ])
        if (value === 'anderson' && !full)
            problems.push(`${key} 'anderson' iterates a deterministic map: it needs batchSize 0 (the whole training half), got ${c.batchSize}`);
    if (c.batchSize > Math.floor(images / 2))
        problems.push(`batchSize (${c.batchSize}) exceeds the ${Math.floor(images / 2)} training images (half of dataLimit)`);
    return problems;
}
/** 'tanh MLP 784-256-10', or 'softmax regression 784-10' without hidden layers. */
function netName(hidden) {
    return hidden.length === 0 ? 'softmax regression 784-10' : `tanh MLP 784-${hidden.join('-')}-10`;
}
function parameterCount(hidden) {
    const widths = [784, ...hidden, 10];
    let n = 0;
    for (let i = 0; i + 1 < widths.length; i++)
        n += (widths[i] + 1) * widths[i + 1];
    return n;
}
function estimateBytes(c) {
    const n = parameterCount(c.hidden);
    const half = Math.floor((c.dataLimit === 0 ? 60000 : c.dataLimit) / 2);
    const units = c.hidden.reduce((a, b) => a + b, 10);
    // Four methods' λ and Adam moments, the reference's and CG's vectors; the Hessian–vector
    // products over the whole training half keep a few copies of every activation; the images.
    return 4 * (40 * n + 12 * half * units + 2 * half * 784) + 64 * 1024 * 1024;
}
async function run(c, ctx) {
    const images = c.dataLimit === 0 ? 60000 : c.dataLimit;
    const nTrain = Math.floor(images / 2);
    const data = flatMnist('train', images);
    const range = (from, to) => Int32Array.from({ length: to - from }, (_, i) => from + i);
    const trainSet = data.batch(range(0, nTrain));
    const valSet = data.batch(range(nTrain, images));
    const [kInit, kOrder] = random.split(ctx.key, 2);
    const theta0 = nn.mlp.init(kInit, { dIn: 784, hidden: [...c.hidden], dOut: 10, activation: 'tanh' });
    const { vector: phiInit, unravel } = learn.meta.ravelTree(theta0);
    const n = phiInit.size;
    const ceOf = (x, labels) => {
        const ce = crossEntropy(labels);
        return (phi) => ce(nn.mlp.apply(unravel(phi), x));
    };
    const trainCE = ceOf(trainSet.x, trainSet.labels);
    const valCE = ceOf(valSet.x, valSet.labels);
    const full = c.batchSize === 0 || c.batchSize >= nTrain;
    const trainBatches = batchAt(kOrder, nTrain, full ? nTrain : c.batchSize);
    const valBatches = batchAt(random.foldIn(kOrder, 1), images - nTrain, full ? images - nTrain : c.batchSize);
    const ceAt = (indices, offset, whole) => full
        ? (phi) => whole(phi)
        : (phi, k) => {
            const b = data.batch(indices(k).map((i) => i + offset));
            return ceOf(b.x, b.labels)(phi);
        };
    const trainAt = ceAt(trainBatches, 0, trainCE);
    const valAt = ceAt(valBatches, nTrain, valCE);
    const problem = { train: trainCE, val: valCE, trainAt, valAt };
    /** The free phase on L_in from the fixed initialisation (Adam or Anderson); the point and its ‖∇L_in‖ (whole set). */
    const freePhase = (lambda) => {
        const lam = stopGradient(lambda);
        const gIn = grad((p) => learn.meta.l2InnerLoss(trainCE)(p, lam));
        if (c.innerSolver === 'anderson') {
            const r = learn.equilibrium.fixedPoint((x) => x.sub(gIn(x).mul(c.innerLr)), phiInit, { method: 'anderson', tol: 0, maxIter: c.innerSteps });
            return { phi: r.x, gradNorm: gIn(r.x).square().sum().sqrt().item() };
        }
        const opt = adamCosine(c.innerLr, c.innerLrEnd, c.innerSteps, 0);
        let phi = phiInit;
        let state = opt.init(phi);
        for (let k = 0; k < c.innerSteps; k++) {
            const g = grad((p) => trainAt(p, k).add(p.square().mul(lam).sum().mul(0.5)))(phi);
            const [u, s] = opt.update(g, state, phi);
            state = s;
            phi = stopGradient(optim.applyUpdates(phi, u));
        }
        return { phi, gradNorm: gIn(phi).square().sum().sqrt().item() };
    };
    const estimate = (method, phi, lambda) => {
        switch (method) {
            case 'Contrastive':
                return learn.meta.contrastiveL2Hypergradient(problem, phi, lambda, {
                    beta: c.beta,
                    steps: c.nudgedSteps,
                    lr: c.nudgedLr,
                    optimizer: c.nudgedOptimizer,
                    variant: c.variant,
                });
            case 'CG':
                return learn.meta.implicitL2Hypergradient(problem, phi, lambda, { method: 'cg', maxIter: c.cgIters, tol: 0 });
            case 'Neumann':
                return learn.meta.implicitL2Hypergradient(problem, phi, lambda, { method: 'neumann', maxIter: c.neumannTerms, stepSize: c.neumannAlpha });
            case 'T1T2':
                return learn.meta.implicitL2Hypergradient(problem, phi, lambda, { method: 't1t2' });
            default:
                throw new Error(`meta-hyperopt: unknown method ${String(method)}`);
        }
    };
    const outer = optim.adam(c.outerLr);
    const restored = (await ctx.checkpoint.load())?.state;
    const lambda0 = zeros([n]).add(c.lambda0);
    const lambdas = restored?.lambdas ?? HYPEROPT_METHODS.map(() => lambda0);
    const opts = restored?.opts ?? HYPEROPT_METHODS.map(() => outer.init(lambda0));
    const cosines = restored?.cosines ?? HYPEROPT_METHODS.map(() => []);
    const valLoss = restored?.valLoss ?? HYPEROPT_METHODS.map(() => NaN);
    let valLossInit = restored?.valLossInit ?? NaN;
    const freeGradNorms = restored?.freeGradNorms ?? [];
    const referenceResiduals = restored?.referenceResiduals ?? [];
    const saved = (step) => ({ step, lambdas, opts, cosines, valLoss, valLossInit, freeGradNorms, referenceResiduals });
    // Outer step t trains at λ_t and (t < outerSteps) updates it; t = outerSteps only evaluates.
    for (let t = restored?.step ?? 0; t <= c.outerSteps; t++) {
        if (ctx.shouldStop())
            return ctx.interrupt(t, saved(t));
        if (c.checkpointEvery > 0 && t > 0 && t % c.checkpointEvery === 0)
            await ctx.checkpoint.save(t, saved(t));
        const row = {};
        const compare = t < c.outerSteps && c.cosineEvery > 0 && t % c.cosineEvery === 0;
        // At t = 0 every method is at λ₀: one free phase and one reference serve all.
        let shared;
        for (const [m, method] of HYPEROPT_METHODS.entries()) {
            const free = t === 0 && shared !== undefined ? shared : freePhase(lambdas[m]);
            valLoss[m] = valCE(free.phi).item();
            row[`valLoss${method}`] = valLoss[m];
            if (t === 0)
                valLossInit = valLoss[m];
            if (m === 0 || t > 0)
                freeGradNorms.push(free.gradNorm);
            if (t === c.outerSteps)
                continue;
            const est = estimate(method, free.phi, lambdas[m]);
            if (compare) {
                const reference = (t === 0 ? shared?.reference : undefined) ??
                    learn.meta.implicitL2Hypergradient(problem, free.phi, lambdas[m], { method: 'cg', maxIter: c.referenceIters, tol: c.referenceTol });
                if (t === 0)
                    shared = { ...free, reference };
                referenceResiduals.push(reference.residual);
                const cos = learn.meta.cosine(est.grad, reference.grad);
                cosines[m].push(cos);
                row[`cosine${method}`] = cos;
            }
            else if (t === 0)
                shared = free;
            const [u, s] = outer.update(est.grad, opts[m], lambdas[m]);
            opts[m] = s;
            lambdas[m] = stopGradient(optim.applyUpdates(lambdas[m], u)).maximum(0);
        }
        row.freeGradNorm = freeGradNorms[freeGradNorms.length - 1];
        ctx.log(t, row);
        await ctx.progress(t + 1, c.outerSteps + 1, row);
    }
    const mean = (xs) => (xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length);
    const summary = { valLossInit };
    HYPEROPT_METHODS.forEach((method, m) => {
        summary[`cosine${method}`] = mean(cosines[m]);
        summary[`valLoss${method}`] = valLoss[m];
        summary[`meanLambda${method}`] = lambdas[m].mean().item();
    });
    summary.freeGradNorm = mean(freeGradNorms);
    summary.referenceResidual = referenceResiduals.length === 0 ? NaN : Math.max(...referenceResiduals);
    summary.parameters = n;
    return summary;
}
function report(r) {
    const c = r.config;
    const s = r.summary;
    return {
        text: `Per-parameter L2 strengths of a ${netName(c.hidden)} (${s.parameters} weights) meta-optimised on MNIST ` +
            `(${c.dataLimit === 0 ? 60000 : c.dataLimit} training images, half training and half validation), λ₀ = ${c.lambda0}, ${c.outerSteps} outer Adam steps of ${c.outerLr}. ` +
            `Free phase: ${c.innerSteps} Adam steps of ${c.innerLr}; contrastive (${c.variant}): β = ${c.beta}, ${c.nudgedSteps} ${c.nudgedOptimizer} steps of ${c.nudgedLr}; ` +
            `CG ${c.cgIters} iterations; Neumann ${c.neumannTerms} terms (α = ${c.neumannAlpha}); T1–T2. ` +
            `Cosines against conjugate gradients to relative residual ${c.referenceTol} (at most ${c.referenceIters} products) at the same free solution; ` +
            `mean ‖∇L_in‖ at the free solutions ${s.freeGradNorm}.`,
        figures: [
            {
                name: 'validation-loss',
                figure: {
                    kind: 'line',
                    title: 'Validation cross-entropy at the free solution vs outer steps',
                    x: { label: 'outer step' },
                    y: { label: 'validation CE' },
                    series: HYPEROPT_METHODS.map((m) => metricSeries(r.metrics, `valLoss${m}`, m)),
                },
            },
            {
                name: 'cosine',
                figure: {
                    kind: 'line',
                    title: 'Cosine of each hypergradient with the reference',
                    x: { label: 'outer step' },
                    y: { label: 'cosine', domain: [-1, 1] },
                    series: HYPEROPT_METHODS.map((m) => metricSeries(r.metrics, `cosine${m}`, m)),
                },
            },
        ],
        tables: [
            {
                title: 'Hypergradient methods',
                columns: ['method', 'mean cosine with the reference', 'final validation CE', 'mean λ'],
                rows: HYPEROPT_METHODS.map((m) => [m, s[`cosine${m}`], s[`valLoss${m}`], s[`meanLambda${m}`]]),
                note: `Validation CE before meta-optimisation: ${s.valLossInit}.`,
            },
        ],
    };
}
export const metaHyperopt = {
    name: 'meta-hyperopt',
    description: 'P9: per-parameter L2 strengths meta-optimised on MNIST — contrastive vs CG vs Neumann vs T1–T2; cosine with an implicit reference, validation loss',
    describe: (c) => `${netName(c.hidden)}, ${c.outerSteps} outer steps × 4 methods`,
    defaultConfig: defaultMetaHyperoptConfig,
    smokeConfig: smokeMetaHyperoptConfig,
    ranges: metaHyperoptRanges,
    validate,
    estimateBytes,
    metric: { name: 'cosineContrastive', mode: 'max' },
    summaryKeys: [
        'cosineContrastive',
        'cosineCG',
        'cosineNeumann',
        'cosineT1T2',
        'valLossInit',
        ...HYPEROPT_METHODS.map((m) => `valLoss${m}`),
        ...HYPEROPT_METHODS.map((m) => `meanLambda${m}`),
        'freeGradNorm',
        'referenceResidual',
        'parameters',
    ],
    webgpu: { reason: 'the conjugate-gradient solves read residuals synchronously every iteration' },
    run,
    report,
};
//# sourceMappingURL=meta-hyperopt.js.map