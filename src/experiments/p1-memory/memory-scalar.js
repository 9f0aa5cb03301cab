/**
 * `memory-scalar` (PAPERS.md P1, "the curse of memory"): the scalar theory.
 *
 * 1. Scaling laws. For h_t = λ h_{t−1} + γ x_t with AR(1) inputs (R(Δ) = ρ^Δ), the closed forms
 *    of `analysis.signalPropagation` give E[h²] and E[(∂h/∂λ)²] against the memory scale
 *    1/(1−λ): slopes 1 and 3 on log-log axes for white input (ρ = 0), 2 and 4 for ρ = 1. With
 *    input normalisation γ = √(1−λ²) and the exponential parametrisation λ = exp(−e^ν),
 *    E[h²] = 1 and E[(∂h/∂ν)²] -> ½ for white input; neither helps when ρ -> 1.
 * 2. Monte-Carlo check: the same moments estimated by running the recurrence on sampled inputs
 *    and differentiating with autodiff (mean ± s.e.m., z-score against the closed form).
 * 3. Loss landscapes L(λ) of a student imitating a teacher λ* (`analysis.lossLandscape`), for
 *    λ* -> 1: in the polar parametrisation without normalisation the minimum becomes ever
 *    sharper (curvature ~ (1−λ*)^−3); the exponential parametrisation with γ keeps it O(1).
 *
 * Nothing is trained: each step evaluates one grid point, so the run takes seconds.
 */
import { random } from '../../index.js';
import { lossLandscape, signalPropagation } from '../../analysis/index.js';
export function defaultMemoryScalarConfig() {
    return {
        scaling: { minScale: 1.5, maxScale: 1e4, points: 60, rhos: [0, 0.5, 0.9, 0.99, 1] },
        slopeFromScale: 1e3,
        monteCarlo: { moduli: [0.5, 0.9, 0.99], rhos: [0, 0.9, 1], samples: 4000 },
        landscape: { gaps: [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64], points: 400, mu: 0, sigma: 1 },
    };
}
/** Allowed values of every setting. */
export const memoryScalarRanges = {
    scaling: {
        minScale: { min: 1, minExclusive: true },
        maxScale: { min: 1, minExclusive: true },
        points: { integer: true, min: 2, max: 1_000_000 },
        rhos: { min: 0, max: 1, minLength: 1 },
    },
    monteCarlo: {
        moduli: { min: 0, max: 1, minExclusive: true, maxExclusive: true },
        rhos: { min: 0, max: 1, minLength: 1 },
        samples: { integer: true, min: 10, max: 100_000_000 },
    },
    landscape: {
        gaps: { min: 0, max: 1, minExclusive: true, maxExclusive: true, minLength: 1 },
        points: { integer: true, min: 3, max: 10_000_000 },
        sigma: { min: 0 },
    },
};
/** Seconds: a coarser grid and fewer Monte-Carlo samples (still enough to resolve z-scores). */
export function smokeMemoryScalarConfig() {
    return {
        scaling: { minScale: 1.5, maxScale: 1e4, points: 25, rhos: [0, 0.9, 1] },
        slopeFromScale: 1e3,
        monteCarlo: { moduli: [0.5, 0.9], rhos: [0, 1], samples: 1500 },
        landscape: { gaps: [0.01, 0.04, 0.16, 0.64], points: 60, mu: 0, sigma: 1 },
    };
}
/** The four variants of the scaling-law plots: parametrisation and input normalisation. */
const VARIANTS = [
    { key: 'polar', label: 'polar', parametrization: 'polar', normalized: false },
    { key: 'polarNorm', label: 'polar + γ', parametrization: 'polar', normalized: true },
    { key: 'exp', label: 'exp', parametrization: 'exp', normalized: false },
    { key: 'expNorm', label: 'exp + γ', parametrization: 'exp', normalized: true },
];
/** Checks across settings. */
/**
 * Peak bytes (f64): the largest Monte-Carlo cell, `samples` complex sequences of
 * ⌈25 / (1 − |λ|)⌉ steps with the scan's inputs, states and gradients (about 16 values per step
 * and sample); the closed-form grid and landscapes are small beside it.
 */
export function estimateMemoryScalarBytes(c) {
    const steps = Math.max(1, ...c.monteCarlo.moduli.map((m) => Math.ceil(25 / (1 - m))));
    const monteCarlo = 16 * c.monteCarlo.samples * steps;
    const grid = 64 * c.scaling.points * c.scaling.rhos.length + 64 * c.landscape.points * c.landscape.gaps.length;
    return 8 * (monteCarlo + grid);
}
function validate(c) {
    const p = [];
    const s = c.scaling;
    if (!(s.maxScale > s.minScale))
        p.push(`config.scaling.maxScale must be > config.scaling.minScale, got ${s.maxScale} and ${s.minScale}`);
    if (c.landscape.mu === 0 && c.landscape.sigma === 0)
        p.push('config.landscape.mu and config.landscape.sigma must not both be 0 (the inputs would be zero)');
    if (!(c.slopeFromScale >= s.minScale && c.slopeFromScale < s.maxScale))
        p.push(`config.slopeFromScale must lie in [scaling.minScale, scaling.maxScale), got ${c.slopeFromScale}`);
    return p;
}
/** Log-spaced memory scales. */
function scales(c) {
    const { minScale, maxScale, points } = c.scaling;
    return Array.from({ length: points }, (_, i) => minScale * (maxScale / minScale) ** (i / (points - 1)));
}
/** Curvature d²L/dp² at the optimum p* of the landscape in parameter p (central differences). */
export function landscapeCurvature(lambdaStar, parametrization, normalized, mu, sigma) {
    const toLambda = (p) => (parametrization === 'polar' ? p : Math.exp(-Math.exp(p)));
    const pStar = parametrization === 'polar' ? lambdaStar : Math.log(-Math.log(lambdaStar));
    const h = parametrization === 'polar' ? 1e-3 * (1 - lambdaStar) : 1e-3;
    const L = (p) => lossLandscape.scalarLoss(toLambda(p), lambdaStar, { mu, sigma, normalized });
    return (L(pStar + h) - 2 * L(pStar) + L(pStar - h)) / (h * h);
}
const rhoTag = (rho) => `rho=${rho}`;
/** ν = log(−log λ) range of the exp landscapes: λ from 1 − 1e-3 to 6e-4. */
const NU_RANGE = [-7, 2];
async function run(c, ctx) {
    const grid = scales(c);
    const mcCells = c.monteCarlo.moduli.flatMap((m) => c.monteCarlo.rhos.flatMap((rho) => VARIANTS.filter((v) => v.key === 'polar' || v.key === 'expNorm').map((v) => ({ m, rho, v }))));
    const lambdaGrid = Array.from({ length: c.landscape.points }, (_, i) => (i + 0.5) / c.landscape.points); // λ ∈ (0, 1)
    const total = grid.length + mcCells.length + c.landscape.gaps.length;
    let step = 0;
    const out = {};
    // 1. Scaling laws.
    const series = {};
    for (const scale of grid) {
        const modulus = 1 - 1 / scale;
        const row = { part: 1, scale, modulus };
        for (const rho of c.scaling.rhos) {
            for (const v of VARIANTS) {
                if (v.parametrization === 'exp' && modulus === 0)
                    continue;
                const m = signalPropagation.closedForm({ modulus, rho, parametrization: v.parametrization, normalized: v.normalized });
                row[`h2_${v.key}_${rhoTag(rho)}`] = m.h2;
                row[`dNu2_${v.key}_${rhoTag(rho)}`] = m.dNu2;
                if (v.key === 'polar')
                    row[`dLambda2_${rhoTag(rho)}`] = m.dLambda2;
            }
        }
        for (const [k, val] of Object.entries(row))
            (series[k] ??= []).push(val);
        ctx.log(++step, row);
        await ctx.progress(step, total);
    }
    const tail = grid
        .map((s, i) => [s, i])
        .filter(([s]) => s >= c.slopeFromScale)
        .map(([, i]) => i);
    for (const rho of c.scaling.rhos) {
        const xs = tail.map((i) => grid[i]);
        out[`slope_h2_${rhoTag(rho)}`] = signalPropagation.logLogSlope(xs, tail.map((i) => series[`h2_polar_${rhoTag(rho)}`][i]));
        out[`slope_dLambda2_${rhoTag(rho)}`] = signalPropagation.logLogSlope(xs, tail.map((i) => series[`dLambda2_${rhoTag(rho)}`][i]));
        out[`slope_dNu2_expNorm_${rhoTag(rho)}`] = signalPropagation.logLogSlope(xs, tail.map((i) => series[`dNu2_expNorm_${rhoTag(rho)}`][i]));
    }
    for (const rho of [0, 0.9, 0.99, 1]) {
        const m = signalPropagation.closedForm({ modulus: 0.99, rho });
        out[`h2_at0.99_${rhoTag(rho)}`] = m.h2;
        out[`dLambda2_at0.99_${rhoTag(rho)}`] = m.dLambda2;
    }
    for (const modulus of [0.9, 0.99, 0.999])
        out[`dNu2_expNorm_white_at${modulus}`] = signalPropagation.closedForm({ modulus, rho: 0, parametrization: 'exp', normalized: true }).dNu2;
    // 2. Monte Carlo against the closed forms.
    const mcKey = ctx.key;
    let maxAbsZ = 0;
    for (let i = 0; i < mcCells.length; i++) {
        const { m, rho, v } = mcCells[i];
        const setup = { modulus: m, rho, parametrization: v.parametrization, normalized: v.normalized };
        const est = signalPropagation.monteCarlo(random.foldIn(mcKey, i), setup, { samples: c.monteCarlo.samples });
        const cf = signalPropagation.closedForm(setup);
        const zH = (est.mean.h2 - cf.h2) / est.sem.h2;
        const zD = (est.mean.dNu2 - cf.dNu2) / est.sem.dNu2;
        maxAbsZ = Math.max(maxAbsZ, Math.abs(zH), Math.abs(zD));
        ctx.log(++step, {
            part: 2,
            modulus: m,
            rho,
            variant: VARIANTS.indexOf(v),
            mcH2: est.mean.h2,
            mcH2Sem: est.sem.h2,
            cfH2: cf.h2,
            zH2: zH,
            mcDNu2: est.mean.dNu2,
            mcDNu2Sem: est.sem.dNu2,
            cfDNu2: cf.dNu2,
            zDNu2: zD,
        });
        await ctx.progress(step, total, { maxAbsZ });
    }
    out.maxAbsZ = maxAbsZ;
    // 3. Loss landscapes and their curvature at the optimum.
    const { mu, sigma } = c.landscape;
    for (const gap of c.landscape.gaps) {
        const star = Number((1 - gap).toFixed(12));
        const row = { part: 3, lambdaStar: star };
        for (const v of VARIANTS)
            row[`curvature_${v.key}`] = landscapeCurvature(star, v.parametrization, v.normalized, mu, sigma);
        ctx.log(++step, row);
        // Landscape values go in one row per λ, after the curvature row (steps keep increasing).
        // λ evenly spaced for the polar plot; ν = log(−log λ) evenly spaced for the exp plots.
        lambdaGrid.forEach((lambda, i) => {
            const nuLog = NU_RANGE[0] + ((NU_RANGE[1] - NU_RANGE[0]) * i) / (lambdaGrid.length - 1);
            const lambdaOfNu = Math.exp(-Math.exp(nuLog));
            ctx.log(++step, {
                part: 4,
                lambdaStar: star,
                lambda,
                loss: lossLandscape.scalarLoss(lambda, star, { mu, sigma }),
                nuLog,
                lossExp: lossLandscape.scalarLoss(lambdaOfNu, star, { mu, sigma }),
                lossExpNorm: lossLandscape.scalarLoss(lambdaOfNu, star, { mu, sigma, normalized: true }),
            });
        });
        await ctx.progress(grid.length + mcCells.length + c.landscape.gaps.indexOf(gap) + 1, total);
    }
    const gaps = [...c.landscape.gaps].sort((a, b) => a - b);
    for (const v of VARIANTS) {
        out[`curvatureRatio_${v.key}`] =
            landscapeCurvature(1 - gaps[0], v.parametrization, v.normalized, mu, sigma) /
                landscapeCurvature(1 - gaps[gaps.length - 1], v.parametrization, v.normalized, mu, sigma);
    }
    return out;
}
// ---------------------------------------------------------------------------------------------
// report
const PAPER_REFERENCE = [
    ['h2_at0.99_rho=0', 50.25],
    ['dLambda2_at0.99_rho=0', 2.513e5],
    ['h2_at0.99_rho=0.9', 871.8],
    ['dLambda2_at0.99_rho=0.9', 4.738e6],
    ['h2_at0.99_rho=0.99', 5000],
    ['dLambda2_at0.99_rho=0.99', 3.75e7],
    ['h2_at0.99_rho=1', 1e4],
    ['dLambda2_at0.99_rho=1', 1e8],
    ['dNu2_expNorm_white_at0.9', 0.451],
    ['dNu2_expNorm_white_at0.99', 0.495],
    ['dNu2_expNorm_white_at0.999', 0.5],
    ['slope_h2_rho=0', 1],
    ['slope_dLambda2_rho=0', 3],
    ['slope_h2_rho=1', 2],
    ['slope_dLambda2_rho=1', 4],
];
function col(rows, name) {
    return rows.map((r) => r[name] ?? NaN);
}
function scalingFigure(rows, c, prefix, title, yLabel) {
    const x = col(rows, 'scale');
    const series = c.scaling.rhos.map((rho) => ({ name: `ρ = ${rho}`, x, y: col(rows, `${prefix}_${rhoTag(rho)}`) }));
    return { kind: 'line', title, x: { label: 'memory scale 1/(1 − λ)', log: true }, y: { label: yLabel, log: true }, series };
}
function report(r) {
    const c = r.config;
    const rows1 = r.metrics.filter((m) => m.part === 1);
    const rows2 = r.metrics.filter((m) => m.part === 2);
    const rows4 = r.metrics.filter((m) => m.part === 4);
    const figures = [
        { name: 'h2', figure: scalingFigure(rows1, c, 'h2_polar', 'E[h²] (no normalisation)', 'E[h²]') },
        { name: 'dlambda2', figure: scalingFigure(rows1, c, 'dLambda2', 'E[(∂h/∂λ)²] (polar, no normalisation)', 'E[(∂h/∂λ)²]') },
        { name: 'h2-normalised', figure: scalingFigure(rows1, c, 'h2_expNorm', 'E[h²] with γ = √(1 − λ²)', 'E[h²]') },
        { name: 'dnu2-exp-normalised', figure: scalingFigure(rows1, c, 'dNu2_expNorm', 'E[(∂h/∂ν)²], λ = exp(−e^ν), with γ', 'E[(∂h/∂ν)²]') },
    ];
    const byStar = new Map();
    for (const m of rows4)
        byStar.set(m.lambdaStar ?? NaN, [...(byStar.get(m.lambdaStar ?? NaN) ?? []), m]);
    const land = (xName, yName, title, xLabel) => ({
        kind: 'line',
        title,
        x: { label: xLabel },
        y: { label: 'L', log: true },
        series: [...byStar].map(([star, rs]) => {
            const kept = rs.filter((m) => (m[yName] ?? 0) > 0);
            return { name: `λ* = ${star.toFixed(2)}`, x: col(kept, xName), y: col(kept, yName) };
        }),
    });
    figures.push({ name: 'landscape-polar', figure: land('lambda', 'loss', 'Loss landscape L(λ), polar, no normalisation', 'λ') }, { name: 'landscape-exp', figure: land('nuLog', 'lossExp', 'Loss landscape in ν = log(−log λ), no normalisation', 'ν') }, { name: 'landscape-exp-normalised', figure: land('nuLog', 'lossExpNorm', 'Loss landscape in ν = log(−log λ), with γ', 'ν') });
    const curv = r.metrics.filter((m) => m.part === 3);
    const fmt = (v) => (v === undefined || v === null ? null : Number(v.toPrecision(5)));
    return {
        text: 'Closed forms of the stationary second moments of h and ∂h/∂λ for h_t = λ h_{t−1} + γ x_t with AR(1) inputs (analysis.signalPropagation), ' +
            'their Monte-Carlo check through the recurrence and autodiff, and the scalar teacher–student loss landscapes (analysis.lossLandscape). ' +
            `Landscape inputs: μ = ${c.landscape.mu}, σ = ${c.landscape.sigma}. Paper values: PAPERS.md P1 (derived from the paper's formulas).`,
        figures,
        tables: [
            {
                title: 'Paper (P1) vs ours',
                columns: ['quantity', 'paper', 'ours'],
                rows: PAPER_REFERENCE.filter(([k]) => k in r.summary).map(([k, v]) => [k, v, fmt(r.summary[k])]),
                note: 'Moments at λ = 0.99 and the normalised exp-parametrised gradient for white input; slopes fitted for 1/(1−λ) ≥ ' + c.slopeFromScale + '.',
            },
            {
                title: 'Monte Carlo (mean ± s.e.m.) vs closed form',
                columns: ['|λ|', 'ρ', 'variant', 'E[h²] MC', '± s.e.m.', 'closed form', 'z', 'E[(∂h/∂ν)²] MC', '± s.e.m.', 'closed form', 'z'],
                rows: rows2.map((m) => [
                    m.modulus,
                    m.rho,
                    VARIANTS[m.variant ?? 0]?.label ?? '?',
                    fmt(m.mcH2),
                    fmt(m.mcH2Sem),
                    fmt(m.cfH2),
                    fmt(m.zH2),
                    fmt(m.mcDNu2),
                    fmt(m.mcDNu2Sem),
                    fmt(m.cfDNu2),
                    fmt(m.zDNu2),
                ]),
            },
            {
                title: 'Curvature of L at its minimum, in the parameter of each parametrisation',
                columns: ['λ*', ...VARIANTS.map((v) => v.label)],
                rows: curv.map((m) => [m.lambdaStar, ...VARIANTS.map((v) => fmt(m[`curvature_${v.key}`]))]),
                note: 'Paper (P1): the landscape sharpens without bound as λ* -> 1 (polar), and stays well-conditioned with the exponential parametrisation and γ normalisation.',
            },
        ],
    };
}
export const memoryScalar = {
    name: 'memory-scalar',
    description: 'P1: signal-propagation scaling laws of a scalar linear recurrence (closed form + Monte Carlo) and scalar loss landscapes',
    defaultConfig: defaultMemoryScalarConfig,
    smokeConfig: smokeMemoryScalarConfig,
    ranges: memoryScalarRanges,
    validate,
    estimateBytes: estimateMemoryScalarBytes,
    metric: { name: 'maxAbsZ', mode: 'min' },
    summaryKeys: [...PAPER_REFERENCE.filter(([k]) => !k.startsWith('slope')).map(([k]) => k), 'maxAbsZ', ...VARIANTS.map((v) => `curvatureRatio_${v.key}`)],
    webgpu: {
        reason: 'its closed forms, Monte-Carlo moments and loss landscapes are evaluated in float64 on the host, one grid point per step (WebGPU has no float64, and nothing here is trained)',
    },
    run,
    report,
};
//# sourceMappingURL=memory-scalar.js.map