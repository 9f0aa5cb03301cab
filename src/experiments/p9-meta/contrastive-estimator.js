/**
 * `contrastive-estimator`: the error of the contrastive meta-gradient (PAPERS.md P9) against the
 * exact implicit meta-gradient, on a random few-shot regression task with a proximal inner loss
 * (`learn.meta.checkContrastive`, float64): error vs β for the one-sided and symmetric estimators
 * (theory: O(β) and O(β²)), and error vs the inner tolerance δ at fixed β (theory: O(δ/β) until the
 * β floor).
 */
import { learn } from '../../index.js';
export function defaultContrastiveEstimatorConfig() {
    return { hidden: 6, betaMax: 0.125, nBetas: 6, nTols: 6, betaForInnerTol: 0.01 };
}
export function smokeContrastiveEstimatorConfig() {
    return { ...defaultContrastiveEstimatorConfig(), nBetas: 5, nTols: 5 };
}
export const contrastiveEstimatorRanges = {
    hidden: { integer: true, min: 1, max: 256 },
    betaMax: { min: 0, max: 1, minExclusive: true },
    nBetas: { integer: true, min: 2, max: 20 },
    nTols: { integer: true, min: 1, max: 7 },
    betaForInnerTol: { min: 0, max: 1, minExclusive: true },
};
async function run(c, ctx) {
    const betas = Array.from({ length: c.nBetas }, (_, k) => c.betaMax * 2 ** -k);
    const innerTols = Array.from({ length: c.nTols }, (_, k) => 10 ** (-2 * (k + 1)));
    const r = learn.meta.checkContrastive({ seed: ctx.seed, hidden: c.hidden, betas, innerTols, betaForInnerTol: c.betaForInnerTol });
    let step = 0;
    r.betas.forEach((beta, i) => ctx.log(step++, { beta, errOneSided: r.errorOneSided[i], errSymmetric: r.errorSymmetric[i] }));
    r.innerTols.forEach((delta, i) => ctx.log(step++, { delta, errDelta: r.errorVsInnerTol[i] }));
    await ctx.progress(1, 1);
    return {
        slopeOneSided: r.slopeOneSided,
        slopeSymmetric: r.slopeSymmetric,
        errorSymmetricSmallestBeta: r.errorSymmetric[r.errorSymmetric.length - 1],
        errorLoosestTol: r.errorVsInnerTol[0],
        errorTightestTol: r.errorVsInnerTol[r.errorVsInnerTol.length - 1],
    };
}
function series(rows, x, y, name) {
    const kept = rows.filter((r) => typeof r[x] === 'number' && typeof r[y] === 'number');
    return { name, x: kept.map((r) => r[x]), y: kept.map((r) => r[y]) };
}
function report(r) {
    const s = r.summary;
    return {
        text: `Contrastive meta-gradient vs the exact implicit meta-gradient (direct solve) on a random ${r.config.hidden}-unit tanh regression task with a proximal inner loss (λ = 2, float64). Theory (PAPERS.md P9): error O(β) one-sided, O(β²) symmetric, plus O(δ/β) from the inner tolerance δ.`,
        figures: [
            {
                name: 'error-vs-beta',
                figure: {
                    kind: 'line',
                    title: 'Contrastive meta-gradient: error vs β',
                    x: { label: 'β', log: true },
                    y: { label: 'relative error', log: true },
                    series: [series(r.metrics, 'beta', 'errOneSided', 'one-sided'), series(r.metrics, 'beta', 'errSymmetric', 'symmetric')],
                },
            },
            {
                name: 'error-vs-inner-tol',
                figure: {
                    kind: 'line',
                    title: `Symmetric rule at β = ${r.config.betaForInnerTol}: error vs inner tolerance δ`,
                    x: { label: 'δ', log: true },
                    y: { label: 'relative error', log: true },
                    series: [series(r.metrics, 'delta', 'errDelta', 'symmetric')],
                },
            },
        ],
        tables: [
            {
                title: 'Slopes of log error vs log β',
                columns: ['estimator', 'measured', 'theory'],
                rows: [
                    ['one-sided', s.slopeOneSided, 1],
                    ['symmetric', s.slopeSymmetric, 2],
                ],
            },
        ],
    };
}
export const contrastiveEstimator = {
    name: 'contrastive-estimator',
    description: 'P9: the contrastive meta-gradient vs the exact implicit one — error vs β (one-sided, symmetric) and vs the inner tolerance',
    defaultConfig: defaultContrastiveEstimatorConfig,
    smokeConfig: smokeContrastiveEstimatorConfig,
    ranges: contrastiveEstimatorRanges,
    // A few dozen copies of the dense [n, n] Hessian (n = 3·hidden + 1) per estimate, kept by the autodiff graphs.
    estimateBytes: (c) => 8 * 64 * (c.hidden * 3 + 1) ** 2 * (c.nBetas + c.nTols) + 64 * 1024 * 1024,
    metric: { name: 'slopeSymmetric', mode: 'max' },
    summaryKeys: ['slopeOneSided', 'slopeSymmetric', 'errorSymmetricSmallestBeta', 'errorLoosestTol', 'errorTightestTol'],
    webgpu: { reason: 'the estimators are compared with the exact meta-gradient in float64, which WebGPU lacks' },
    run,
    report,
};
//# sourceMappingURL=contrastive-estimator.js.map