/**
 * Signal propagation in a scalar linear recurrence (PAPERS.md P1, "the curse of memory"):
 *
 *   h_t = λ h_{t−1} + γ x_t,   λ ∈ ℂ, |λ| < 1,   x stationary with E[x_t x_{t+Δ}] = R(Δ)
 *
 * How large are the hidden state and its sensitivity to λ once the recurrence is stationary?
 * With q = λρ and c = |λ|² for AR(1) inputs R(Δ) = ρ^|Δ| (derived by summing
 * h = Σ_k λ^k x_{t−k} pairwise, the k = l terms and the k ≠ l terms separately):
 *
 *   E|h|²      = γ² [R(0) + 2 Re Σ_{Δ≥1} λ^Δ R(Δ)] / (1 − c)
 *              = γ² [1 + 2 Re(q/(1−q))] / (1 − c)                       (= (1+ρλ)/((1−ρλ)(1−λ²)) for real λ)
 *   E|∂h/∂λ|²  = γ² { (1+c)/(1−c)³ [R(0) + 2 Re Σ λ^Δ R(Δ)] + 2/(1−c)² Re Σ Δ λ^Δ R(Δ) }
 *              = γ² { (1+c)/(1−c)³ [1 + 2 Re(q/(1−q))] + 2/(1−c)² Re(q/(1−q)²) }
 *
 * (∂h/∂λ is the complex derivative; h is holomorphic in λ.) For a real parameter p of λ,
 * |∂h/∂p|² = |∂λ/∂p|² |∂h/∂λ|²:
 *
 *   'polar'  λ = ν e^{iθ}:                |∂λ/∂ν|² = 1,              |∂λ/∂θ|² = |λ|²
 *   'exp'    λ = exp(−e^ν + i e^θ):        |∂λ/∂ν|² = |λ|² (log|λ|)², |∂λ/∂θ|² = |λ|² (arg λ)²
 *
 * Input normalisation γ = √(1 − |λ|²) multiplies every moment by γ². As in the LRU, γ is a
 * parameter of its own (initialised to that value), so it is held fixed when differentiating
 * with respect to λ. For real λ and white input: E[h²] ~ (1−λ)^−1, E[(∂λh)²] ~ (1−λ)^−3;
 * for ρ = 1: (1−λ)^−2 and (1−λ)^−4; with γ and 'exp', E[(∂h/∂ν)²] -> 1/2 (white input).
 *
 * `monteCarlo` estimates the same moments by running the recurrence on sampled AR(1) inputs
 * (the fused `linearScan`) and differentiating h_T with autodiff, one parameter copy per sample.
 */
import { cast, exp, mul, neg, sqrt, square, add, sub } from '../core/ops/elementwise.js';
import { full } from '../core/creation.js';
import { cexp, polar } from '../core/complex.js';
import { valueAndGrad, stopGradient } from '../core/autodiff.js';
import { linearScan } from '../core/ops/scan.js';
import { sliceAxis, concat } from '../core/ops/movement.js';
import { sum } from '../core/ops/reduce.js';
import { reshape } from '../core/ops/shape-ops.js';
import * as random from '../core/random.js';
import { c, cadd, cdiv, cmul, csub } from './complex-scalar.js';
export const LAMBDA_PARAMETRIZATIONS = ['polar', 'exp'];
function checkSetup(where, s) {
    const phase = s.phase ?? 0;
    const parametrization = s.parametrization ?? 'polar';
    if (!(Number.isFinite(s.modulus) && s.modulus >= 0 && s.modulus < 1))
        throw new Error(`${where}: modulus must be in [0, 1), got ${s.modulus}`);
    if (!Number.isFinite(phase))
        throw new Error(`${where}: phase must be finite, got ${phase}`);
    if (s.rho !== undefined && !(s.rho >= -1 && s.rho <= 1))
        throw new Error(`${where}: rho must be in [−1, 1], got ${s.rho}`);
    if (!LAMBDA_PARAMETRIZATIONS.includes(parametrization))
        throw new Error(`${where}: parametrization must be one of 'polar', 'exp', got '${String(parametrization)}'`);
    if (parametrization === 'exp' && (s.modulus === 0 || phase < 0)) {
        throw new Error(`${where}: the 'exp' parametrisation needs modulus > 0 and phase >= 0 (λ = exp(−e^ν + i e^θ)), got modulus ${s.modulus}, phase ${phase}`);
    }
    return { modulus: s.modulus, phase, parametrization, normalized: s.normalized ?? false };
}
/** |∂λ/∂ν|² and |∂λ/∂θ|² of the parametrisation at λ = r e^{iφ}. */
export function parameterFactors(modulus, phase, parametrization) {
    const r2 = modulus * modulus;
    switch (parametrization) {
        case 'polar':
            return { nu: 1, theta: r2 };
        case 'exp': {
            const l = Math.log(modulus);
            return { nu: r2 * l * l, theta: r2 * phase * phase };
        }
        default:
            return parametrization;
    }
}
/** Moments from the two lag sums S₀ = Σ_{Δ≥1} λ^Δ R(Δ) and S₁ = Σ_{Δ≥1} Δ λ^Δ R(Δ). */
function fromLagSums(s, r0, s0, s1) {
    const cc = s.modulus * s.modulus;
    const g2 = s.normalized ? 1 - cc : 1;
    const base = r0 + 2 * s0.re;
    const h2 = (g2 * base) / (1 - cc);
    const dLambda2 = g2 * (((1 + cc) / (1 - cc) ** 3) * base + (2 / (1 - cc) ** 2) * s1.re);
    const f = parameterFactors(s.modulus, s.phase, s.parametrization);
    return { h2, dLambda2, dNu2: f.nu * dLambda2, dTheta2: f.theta * dLambda2 };
}
/**
 * Closed forms of E|h|², E|∂h/∂λ|², E|∂h/∂ν|², E|∂h/∂θ|² for AR(1) inputs R(Δ) = ρ^|Δ|
 * (module notes). Reference values (PAPERS.md P1) at λ = 0.99: ρ = 0: 50.25 and 2.513e5;
 * ρ = 1: 1e4 and 1e8.
 */
export function closedForm(setup) {
    const s = checkSetup('signalPropagation.closedForm', setup);
    const lambda = { re: s.modulus * Math.cos(s.phase), im: s.modulus * Math.sin(s.phase) };
    const q = cmul(lambda, c(setup.rho)); // λρ
    const oneMinusQ = csub(c(1), q);
    const s0 = cdiv(q, oneMinusQ); // Σ_{Δ≥1} q^Δ
    const s1 = cdiv(q, cmul(oneMinusQ, oneMinusQ)); // Σ_{Δ≥1} Δ q^Δ
    return fromLagSums(s, 1, s0, s1);
}
/**
 * The same moments for any stationary autocorrelation R (R(0) the input variance), by
 * summing the lag series up to `maxLag` (the general formulas of the module notes).
 */
export function fromAutocorrelation(setup) {
    const s = checkSetup('signalPropagation.fromAutocorrelation', setup);
    if (!(Number.isInteger(setup.maxLag) && setup.maxLag >= 1))
        throw new Error(`signalPropagation.fromAutocorrelation: maxLag must be an integer >= 1, got ${setup.maxLag}`);
    const lambda = { re: s.modulus * Math.cos(s.phase), im: s.modulus * Math.sin(s.phase) };
    let s0 = c(0);
    let s1 = c(0);
    let pow = c(1);
    for (let d = 1; d <= setup.maxLag; d++) {
        pow = cmul(pow, lambda);
        const r = setup.autocorrelation(d);
        s0 = cadd(s0, { re: pow.re * r, im: pow.im * r });
        s1 = cadd(s1, { re: pow.re * r * d, im: pow.im * r * d });
    }
    return fromLagSums(s, setup.autocorrelation(0), s0, s1);
}
/** The memory time scale 1/(1 − |λ|). */
export function memoryScale(modulus) {
    return 1 / (1 - modulus);
}
/** Least-squares slope of log y against log x (both positive). */
export function logLogSlope(x, y) {
    if (x.length !== y.length || x.length < 2)
        throw new Error(`logLogSlope: need two arrays of equal length >= 2, got ${x.length} and ${y.length}`);
    const lx = x.map((v) => Math.log(v));
    const ly = y.map((v) => Math.log(v));
    if (lx.some((v) => !Number.isFinite(v)) || ly.some((v) => !Number.isFinite(v)))
        throw new Error('logLogSlope: every x and y must be positive and finite');
    const n = lx.length;
    const mx = lx.reduce((a, b) => a + b, 0) / n;
    const my = ly.reduce((a, b) => a + b, 0) / n;
    let sxy = 0;
    let sxx = 0;
    for (let i = 0; i < n; i++) {
        sxy += (lx[i] - mx) * (ly[i] - my);
        sxx += (lx[i] - mx) ** 2;
    }
    return sxy / sxx;
}
/**
 * Stationary AR(1) inputs x_t = ρ x_{t−1} + √(1−ρ²) ε_t, x_0 ~ N(0, 1): [steps, samples]
 * (unit variance, E[x_t x_{t+Δ}] = ρ^Δ). Generated with one `linearScan` along time.
 */
export function ar1Inputs(key, steps, samples, rho, dtype = 'f64') {
    if (!(rho >= -1 && rho <= 1))
        throw new Error(`ar1Inputs: rho must be in [−1, 1], got ${rho}`);
    const eps = random.normal(key, [steps, samples], { dtype }); // [T, S]
    const first = sliceAxis(eps, 0, 0, 1); // x_0 ~ N(0, 1)
    if (steps === 1)
        return first;
    const rest = mul(sliceAxis(eps, 0, 1), Math.sqrt(Math.max(0, 1 - rho * rho)));
    return linearScan(full([samples], rho, { dtype }), concat([first, rest], 0), { axis: 0 });
}
/** λ from per-sample parameters (ν, θ): [S] each. */
function lambdaOf(nu, theta, parametrization) {
    return parametrization === 'polar' ? polar(nu, theta) : cexp({ re: neg(exp(nu)), im: exp(theta) });
}
function meanSem(v) {
    const n = v.length;
    let m = 0;
    for (const x of v)
        m += x;
    m /= n;
    let ss = 0;
    for (const x of v)
        ss += (x - m) ** 2;
    return [m, Math.sqrt(ss / (n - 1) / n)];
}
/**
 * Monte-Carlo estimates of the moments of {@link closedForm}: S independent AR(1) sequences
 * x: [T, S], each with its own copy of (ν, θ) so that one backward pass gives every sample's
 * ∂h_T/∂ν and ∂h_T/∂θ (two passes: Re h_T and Im h_T). h_T = linearScan(λ, γ x)[T−1].
 */
export function monteCarlo(key, setup, options = {}) {
    const s = checkSetup('signalPropagation.monteCarlo', setup);
    const samples = options.samples ?? 4000;
    const steps = options.steps ?? Math.ceil(25 / (1 - s.modulus));
    const dtype = options.dtype ?? 'f64';
    if (!(Number.isInteger(samples) && samples >= 2))
        throw new Error(`signalPropagation.monteCarlo: samples must be an integer >= 2, got ${samples}`);
    if (!(Number.isInteger(steps) && steps >= 1))
        throw new Error(`signalPropagation.monteCarlo: steps must be an integer >= 1, got ${steps}`);
    const x = ar1Inputs(key, steps, samples, setup.rho, dtype); // [T, S]
    const nuValue = s.parametrization === 'polar' ? s.modulus : Math.log(-Math.log(s.modulus));
    const thetaValue = s.parametrization === 'polar' ? s.phase : Math.log(s.phase); // −∞ for phase 0 ('exp'): ∂/∂θ = 0
    const nu = full([samples], nuValue, { dtype });
    const theta = full([samples], thetaValue, { dtype });
    const hLast = (nuP, thetaP) => {
        const lambda = lambdaOf(nuP, thetaP, s.parametrization); // [S]
        // γ = √(1 − |λ|²) as a constant (the LRU's γ is a parameter of its own).
        const gamma = s.normalized ? stopGradient(sqrt(sub(1, add(square(lambda.re), square(lambda.im))))) : null;
        const u = gamma === null ? x : mul(x, reshape(gamma, [1, samples]));
        const h = linearScan(lambda, u, { axis: 0 }); // [T, S]
        return { re: sliceAxis(h.re, 0, steps - 1), im: sliceAxis(h.im, 0, steps - 1) };
    };
    const part = (which) => valueAndGrad((a, b) => sum(hLast(a, b)[which]), { argnums: [0, 1] })(nu, theta);
    const [, [dReNu, dReTheta]] = part('re');
    const [, [dImNu, dImTheta]] = part('im');
    const h = hLast(nu, theta);
    const f64 = (t) => Float64Array.from(cast(t, 'f64').dataSync());
    const abs2 = (re, im) => f64(add(square(re), square(im)));
    const h2 = abs2(h.re, h.im);
    const dNu2 = abs2(dReNu, dImNu);
    const dTheta2 = abs2(dReTheta, dImTheta);
    const nuFactor = parameterFactors(s.modulus, s.phase, s.parametrization).nu;
    const dLambda2 = dNu2.map((v) => v / nuFactor);
    const [mH, eH] = meanSem(h2);
    const [mL, eL] = meanSem(dLambda2);
    const [mN, eN] = meanSem(dNu2);
    const [mT, eT] = meanSem(dTheta2);
    return {
        mean: { h2: mH, dLambda2: mL, dNu2: mN, dTheta2: mT },
        sem: { h2: eH, dLambda2: eL, dNu2: eN, dTheta2: eT },
        samples,
        steps,
    };
}
//# sourceMappingURL=signal-propagation.js.map