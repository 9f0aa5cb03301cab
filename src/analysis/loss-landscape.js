/**
 * The scalar loss landscape of PAPERS.md P1: a student h_t = λ h_{t−1} + γ x_t learns to
 * imitate a teacher h⋆_t = λ⋆ h⋆_{t−1} + γ⋆ x_t on inputs x_t = μ + σ ε_t (ε white, unit
 * variance), with the stationary loss L(λ) = ½ E|h_t − h⋆_t|²:
 *
 *   L(λ) = ½ { μ² |γ/(1−λ) − γ⋆/(1−λ⋆)|²
 *              + σ² [ γ²/(1−|λ|²) + γ⋆²/(1−|λ⋆|²) − 2 Re(γγ⋆/(1 − λ conj(λ⋆))) ] }
 *
 * with γ = γ⋆ = 1 (no normalisation) or γ = √(1−|λ|²), γ⋆ = √(1−|λ⋆|²) (normalised). As
 * λ⋆ -> 1 the landscape around λ⋆ becomes ever sharper (its curvature grows like (1−λ⋆)^−3
 * for white input); the exponential parametrisation and the normalisation flatten it.
 */
import { add, mul, sub, square } from '../core/ops/elementwise.js';
import { full } from '../core/creation.js';
import { linearScan } from '../core/ops/scan.js';
import { sliceAxis } from '../core/ops/movement.js';
import * as random from '../core/random.js';
import { c, cabs2, cconj, cdiv, cmul, csub, toScalar } from './complex-scalar.js';
function check(where, z, name) {
    if (!(cabs2(z) < 1))
        throw new Error(`${where}: ${name} must have |${name}| < 1, got ${z.re}${z.im === 0 ? '' : ` + ${z.im}i`}`);
}
/** L(λ) of the module notes for λ, λ* real or complex (|λ|, |λ*| < 1). */
export function scalarLoss(lambda, lambdaStar, options = {}) {
    const l = toScalar(lambda);
    const ls = toScalar(lambdaStar);
    check('lossLandscape.scalarLoss', l, 'lambda');
    check('lossLandscape.scalarLoss', ls, 'lambdaStar');
    const { mu = 0, sigma = 1, normalized = false } = options;
    const g = normalized ? Math.sqrt(1 - cabs2(l)) : 1;
    const gs = normalized ? Math.sqrt(1 - cabs2(ls)) : 1;
    const meanTerm = cabs2(csub(cdiv(c(g), csub(c(1), l)), cdiv(c(gs), csub(c(1), ls))));
    const cross = cdiv(c(g * gs), csub(c(1), cmul(l, cconj(ls)))).re;
    const noiseTerm = (g * g) / (1 - cabs2(l)) + (gs * gs) / (1 - cabs2(ls)) - 2 * cross;
    return 0.5 * (mu * mu * meanTerm + sigma * sigma * noiseTerm);
}
/**
 * Monte-Carlo estimate of L(λ) for real λ, λ*: S sequences of length T (h read at the last
 * step), mean and standard error of ½ (h_T − h*_T)².
 */
export function scalarLossMonteCarlo(key, lambda, lambdaStar, options = {}) {
    check('lossLandscape.scalarLossMonteCarlo', c(lambda), 'lambda');
    check('lossLandscape.scalarLossMonteCarlo', c(lambdaStar), 'lambdaStar');
    const { mu = 0, sigma = 1, normalized = false, samples = 4000 } = options;
    const steps = options.steps ?? Math.ceil(25 / (1 - Math.max(Math.abs(lambda), Math.abs(lambdaStar))));
    const x = add(mul(random.normal(key, [steps, samples], { dtype: 'f64' }), sigma), mu); // [T, S]
    const run = (l) => {
        const g = normalized ? Math.sqrt(1 - l * l) : 1;
        return sliceAxis(linearScan(full([samples], l, { dtype: 'f64' }), mul(x, g), { axis: 0 }), 0, steps - 1);
    };
    const v = Float64Array.from(mul(square(sub(run(lambda), run(lambdaStar))), 0.5).dataSync());
    let m = 0;
    for (const a of v)
        m += a;
    m /= v.length;
    let ss = 0;
    for (const a of v)
        ss += (a - m) ** 2;
    return { mean: m, sem: Math.sqrt(ss / (v.length - 1) / v.length) };
}
//# sourceMappingURL=loss-landscape.js.map