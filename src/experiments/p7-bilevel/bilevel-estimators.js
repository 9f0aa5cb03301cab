/**
 * `bilevel-estimators`: the figures of PAPERS.md P7 on two bilevel problems (problems.ts):
 *
 *   1. error of each equilibrium-propagation estimator vs β (slopes ≈ 1 one-sided, 2 symmetric,
 *      2 second-order), inner solve at machine precision;
 *   2. error of the symmetric estimator vs the inner tolerance δ at fixed β (the O(δ/β) term);
 *   3. error vs compute (Hessian–vector products) of the implicit-differentiation solvers
 *      (direct, CG, Neumann, Anderson-accelerated fixed point, T1–T2).
 *
 * Errors are ‖estimate − exact‖ / ‖exact‖, the exact hypergradient being the direct solve at an
 * inner solution converged to machine precision. Float64 on the CPU.
 */
import { grad, learn, random, stopGradient, tree } from '../../index.js';
import { BILEVEL_PROBLEMS, hopfieldProblem, ridgeProblem } from './problems.js';
const { eqprop, implicitGrad, fixedPoint, adjointSystem, logLogSlope } = learn.equilibrium;
export function defaultBilevelEstimatorsConfig() {
    return {
        problem: 'hopfield',
        dim: 30,
        ridge: { nTrain: 60, nVal: 60, noise: 0.5 },
        hopfield: { nIn: 8, nOut: 4, batch: 8, coupling: 0.5 },
        betaMax: 0.125,
        nBetas: 6,
        deltaBeta: 0.01,
        deltaMax: 1e-2,
        nDeltas: 9,
        maxBudget: 256,
    };
}
export function smokeBilevelEstimatorsConfig() {
    return {
        ...defaultBilevelEstimatorsConfig(),
        dim: 10,
        hopfield: { nIn: 4, nOut: 3, batch: 2, coupling: 0.5 },
        nBetas: 5,
        nDeltas: 6,
        maxBudget: 64,
    };
}
export const bilevelEstimatorsRanges = {
    problem: { oneOf: BILEVEL_PROBLEMS },
    dim: { integer: true, min: 2, max: 200 },
    ridge: { nTrain: { integer: true, min: 1, max: 10000 }, nVal: { integer: true, min: 1, max: 10000 }, noise: { min: 0, max: 100 } },
    hopfield: {
        nIn: { integer: true, min: 1, max: 1000 },
        nOut: { integer: true, min: 1, max: 200 },
        batch: { integer: true, min: 1, max: 256 },
        coupling: { min: 0, max: 0.9 },
    },
    betaMax: { min: 1e-6, max: 1 },
    nBetas: { integer: true, min: 2, max: 20 },
    deltaBeta: { min: 1e-6, max: 1 },
    deltaMax: { min: 1e-14, max: 1 },
    nDeltas: { integer: true, min: 1, max: 14 },
    maxBudget: { integer: true, min: 1, max: 100000 },
};
function estimateBytes(c) {
    const n = c.problem === 'ridge' ? c.dim : c.dim * c.hopfield.batch;
    const data = c.problem === 'ridge'
        ? (c.ridge.nTrain + c.ridge.nVal) * (c.dim + 1)
        : c.hopfield.batch * (c.hopfield.nIn + c.hopfield.nOut) + c.dim * (c.dim + c.hopfield.nIn + 1);
    // The direct solve's dense [n, n] matrix dominates; autodiff graphs hold a few dozen copies of φ and θ.
    return 8 * (4 * n * n + 64 * (n + data)) + 64 * 1024 * 1024;
}
/** ‖a − b‖ / ‖b‖ over trees. */
function treeRelError(a, b) {
    const la = tree.leaves(a);
    const lb = tree.leaves(b);
    let num = 0;
    let den = 0;
    la.forEach((t, i) => {
        num += t.sub(lb[i]).square().sum().item();
        den += lb[i].square().sum().item();
    });
    return Math.sqrt(num / den);
}
/** λ_max of H = ∂²_φ L_in at φ by power iteration (for the step sizes of Neumann and EP's inner GD). */
function lipschitz(prob, phi) {
    const sys = adjointSystem({ kind: 'argmin', innerLoss: prob.innerLoss }, phi, prob.theta, phi);
    let v = random.normal(random.key(7), phi.shape, { dtype: 'f64' });
    let lam = 1;
    for (let k = 0; k < 50; k++) {
        const hv = sys.apply(v);
        lam = hv.square().sum().sqrt().item() / v.square().sum().sqrt().item();
        v = hv.div(hv.square().sum().sqrt());
    }
    return lam;
}
async function measure(prob, c, ctx) {
    const theta = stopGradient(prob.theta);
    const gradPhi = grad((phi) => prob.innerLoss(phi, theta));
    // Gradient descent with step 1/L as a fixed point, Anderson-accelerated, to machine precision;
    // L is re-estimated at the solution.
    const settle = (L) => fixedPoint((phi) => phi.sub(gradPhi(phi).mul(1 / L)), prob.phi0, { method: 'anderson', tol: 1e-15, maxIter: 20000 }).x;
    let lipEstimate = 2 * lipschitz(prob, prob.phi0);
    let phiStar = settle(lipEstimate);
    lipEstimate = 1.05 * lipschitz(prob, phiStar);
    phiStar = settle(lipEstimate);
    const eta = 1 / lipEstimate;
    const exactRes = implicitGrad({ kind: 'argmin', innerLoss: prob.innerLoss }, prob.outerLoss, phiStar, theta, { method: 'direct' });
    const exact = exactRes.grad;
    const n = phiStar.size;
    let step = 0;
    const total = c.nBetas + c.nDeltas + Math.floor(Math.log2(c.maxBudget)) + 1;
    // 1. error vs β
    const betas = Array.from({ length: c.nBetas }, (_, k) => c.betaMax * 2 ** -k);
    const errs = { onesided: [], symmetric: [], secondOrder: [] };
    for (const beta of betas) {
        for (const variant of ['onesided', 'symmetric', 'secondOrder']) {
            const r = eqprop({
                energy: prob.innerLoss,
                cost: prob.outerLoss,
                theta,
                phi0: phiStar,
                beta,
                variant,
                inner: { method: 'anderson', stepSize: eta, tol: 1e-14, maxIter: 20000 },
            });
            errs[variant].push(treeRelError(r.grad, exact));
        }
        ctx.log(step, { beta, errOneSided: errs.onesided.at(-1), errSymmetric: errs.symmetric.at(-1), errSecondOrder: errs.secondOrder.at(-1) });
        await ctx.progress(++step, total);
    }
    // 2. error vs δ at fixed β (plain gradient descent, so that δ is the only inexactness)
    const deltas = Array.from({ length: c.nDeltas }, (_, k) => c.deltaMax * 10 ** -k);
    const deltaErrs = [];
    for (const delta of deltas) {
        const r = eqprop({
            energy: prob.innerLoss,
            cost: prob.outerLoss,
            theta,
            phi0: prob.phi0,
            beta: c.deltaBeta,
            variant: 'symmetric',
            inner: { method: 'iterate', stepSize: eta, tol: delta, maxIter: 200000 },
        });
        deltaErrs.push(treeRelError(r.grad, exact));
        ctx.log(step, { delta, errDelta: deltaErrs.at(-1), innerIterations: r.innerIterations });
        await ctx.progress(++step, total);
    }
    // 3. error vs Hessian–vector products (T1–T2 takes none: a constant line for reference; the
    // direct solve takes n and is the reference itself)
    const t1t2 = treeRelError(implicitGrad({ kind: 'argmin', innerLoss: prob.innerLoss }, prob.outerLoss, phiStar, theta, { method: 't1t2', stepSize: eta }).grad, exact);
    const finalErr = {};
    for (let K = 1; K <= c.maxBudget; K *= 2) {
        const row = { budget: K, errT1T2: t1t2 };
        const solvers = {
            errCg: { method: 'cg', tol: 0, maxIter: K },
            errNeumann: { method: 'neumann', stepSize: eta, maxIter: K },
            errFixedPoint: { method: 'fixedPoint', fixedPointMethod: 'anderson', stepSize: eta, tol: 0, maxIter: K },
        };
        for (const [k, adjoint] of Object.entries(solvers)) {
            row[k] = treeRelError(implicitGrad({ kind: 'argmin', innerLoss: prob.innerLoss }, prob.outerLoss, phiStar, theta, adjoint).grad, exact);
            finalErr[k] = row[k];
        }
        ctx.log(step, row);
        await ctx.progress(++step, total);
    }
    // Slope of the δ-dominated part: the points whose error is ≥ 10× the smallest one.
    const floor = Math.min(...deltaErrs);
    const dom = deltas.map((d, i) => [d, deltaErrs[i]]).filter(([, e]) => e >= 10 * floor);
    return {
        slopeOneSided: logLogSlope(betas, errs.onesided),
        slopeSymmetric: logLogSlope(betas, errs.symmetric),
        slopeSecondOrder: logLogSlope(betas, errs.secondOrder),
        slopeDelta: dom.length >= 2
            ? logLogSlope(dom.map(([d]) => d), dom.map(([, e]) => e))
            : NaN,
        errorCg: finalErr.errCg,
        errorNeumann: finalErr.errNeumann,
        errorFixedPoint: finalErr.errFixedPoint,
        errorT1T2: t1t2,
        directProducts: n,
        hessianLipschitz: lipEstimate / 1.05,
    };
}
async function run(c, ctx) {
    if (c.problem === 'ridge')
        return measure(ridgeProblem(ctx.key, c.dim, c.ridge), c, ctx);
    return measure(hopfieldProblem(ctx.key, c.dim, c.hopfield), c, ctx);
}
function series(rows, xKey, yKey, name) {
    const kept = rows.filter((r) => typeof r[xKey] === 'number' && typeof r[yKey] === 'number' && r[yKey] > 0);
    return { name, x: kept.map((r) => r[xKey]), y: kept.map((r) => r[yKey]) };
}
function report(r) {
    const c = r.config;
    const m = r.metrics;
    const s = r.summary;
    const what = c.problem === 'ridge'
        ? `per-feature ridge hyperparameters (p = ${c.dim}) on synthetic regression (${c.ridge.nTrain} training / ${c.ridge.nVal} validation points)`
        : `a Hopfield-like energy network (${c.dim} units, ${c.hopfield.nOut} read out, batch ${c.hopfield.batch})`;
    return {
        text: `Bilevel problem: ${what}. Errors are relative to the exact hypergradient (direct solve at a machine-precision inner solution). Theory (PAPERS.md P7): EP bias O(β) one-sided, O(β²) symmetric and second-order; an inner tolerance δ adds O(δ/β).`,
        figures: [
            {
                name: 'ep-vs-beta',
                figure: {
                    kind: 'line',
                    title: 'Equilibrium propagation: error vs β',
                    x: { label: 'β', log: true },
                    y: { label: 'relative error', log: true },
                    series: [
                        series(m, 'beta', 'errOneSided', 'one-sided'),
                        series(m, 'beta', 'errSymmetric', 'symmetric'),
                        series(m, 'beta', 'errSecondOrder', 'second-order'),
                    ],
                },
            },
            {
                name: 'ep-vs-delta',
                figure: {
                    kind: 'line',
                    title: `Symmetric EP at β = ${c.deltaBeta}: error vs inner tolerance δ`,
                    x: { label: 'δ', log: true },
                    y: { label: 'relative error', log: true },
                    series: [series(m, 'delta', 'errDelta', 'symmetric EP')],
                },
            },
            {
                name: 'implicit-vs-compute',
                figure: {
                    kind: 'line',
                    title: 'Implicit differentiation: error vs Hessian–vector products',
                    x: { label: 'products', log: true },
                    y: { label: 'relative error', log: true },
                    series: [
                        series(m, 'budget', 'errCg', 'CG'),
                        series(m, 'budget', 'errNeumann', 'Neumann'),
                        series(m, 'budget', 'errFixedPoint', 'fixed point (Anderson)'),
                        series(m, 'budget', 'errT1T2', 'T1–T2 (no products)'),
                    ],
                },
            },
        ],
        tables: [
            {
                title: 'EP slopes of log error vs log β',
                columns: ['estimator', 'measured', 'theory'],
                rows: [
                    ['one-sided', s.slopeOneSided, 1],
                    ['symmetric', s.slopeSymmetric, 2],
                    ['second-order', s.slopeSecondOrder, 2],
                ],
            },
            {
                title: `Implicit gradient error at ${2 ** Math.floor(Math.log2(c.maxBudget))} products`,
                columns: ['solver', 'relative error'],
                rows: [
                    ['CG', s.errorCg],
                    ['Neumann', s.errorNeumann],
                    ['fixed point (Anderson)', s.errorFixedPoint],
                    ['T1–T2 (0 products)', s.errorT1T2],
                    [`direct (${s.directProducts} products; the reference)`, 0],
                ],
            },
        ],
    };
}
export const bilevelEstimators = {
    name: 'bilevel-estimators',
    description: 'P7: equilibrium propagation (error vs β and δ) and implicit-gradient solvers (error vs compute) on bilevel problems',
    defaultConfig: defaultBilevelEstimatorsConfig,
    smokeConfig: smokeBilevelEstimatorsConfig,
    ranges: bilevelEstimatorsRanges,
    estimateBytes,
    metric: { name: 'slopeSymmetric', mode: 'max' },
    summaryKeys: ['slopeOneSided', 'slopeSymmetric', 'slopeSecondOrder', 'errorCg', 'errorNeumann', 'errorFixedPoint', 'errorT1T2'],
    webgpu: { reason: 'the estimators are compared in float64, which WebGPU lacks' },
    run,
    report,
};
//# sourceMappingURL=bilevel-estimators.js.map