/**
 * The standard normal CDF Φ and its inverse Φ⁻¹ in float64, accurate in the tails (relative
 * error ~1e-14 for Φ(x), x ≤ 0, down to the underflow of Φ near x = −38; Φ⁻¹ to ~1e-15
 * relative). The samplers map uniform bits through Φ⁻¹ (normal, truncated normal).
 *
 * Internal: `random.ts` holds the public API.
 */
const INV_SQRT_PI = 1 / Math.sqrt(Math.PI);
const SQRT1_2 = Math.SQRT1_2;
/**
 * erfc(z) for z ≥ 0 with small *relative* error (what the lower tail of Φ needs):
 * for z < 2 the Maclaurin series of erf (erfc(2) ≈ 4.7e-3, so 1 − erf loses < 3 digits),
 * beyond it the continued fraction erfc(z) = e^{−z²}/√π · 1/(z + ½/(z + 1/(z + 3/2/(z + …)))),
 * evaluated backwards from a depth at which it has converged to double precision for z ≥ 2.
 */
function erfcNonNeg(z) {
    if (z < 2) {
        const z2 = z * z;
        let term = z;
        let s = z;
        for (let k = 1; k < 200; k++) {
            term *= -z2 / k;
            const add = term / (2 * k + 1);
            s += add;
            if (Math.abs(add) < 1e-17 * Math.abs(s))
                break;
        }
        return 1 - 2 * INV_SQRT_PI * s;
    }
    let f = 0;
    for (let k = 120; k >= 1; k--)
        f = k / 2 / (z + f);
    return (Math.exp(-z * z) * INV_SQRT_PI) / (z + f);
}
/** Φ(x) = P(N(0,1) ≤ x), with small relative error for x ≤ 0. */
export function ndtr(x) {
    if (Number.isNaN(x))
        return NaN;
    if (x <= 0)
        return 0.5 * erfcNonNeg(-x * SQRT1_2);
    return 1 - 0.5 * erfcNonNeg(x * SQRT1_2);
}
/** Wichura's AS241 (PPND16, Appl. Statist. 37, 1988) coefficients, ascending powers. */
const A = [
    3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125, 45921.953931549871457, 67265.770927008700853,
    33430.575583588128105, 2509.0809287301226727,
];
const B = [
    1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867, 39307.89580009271061, 28729.085735721942674,
    5226.495278852854561,
];
const C = [
    1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504, 1.27045825245236838258, 0.24178072517745061177,
    0.0227238449892691845833, 7.7454501427834140764e-4,
];
const D = [
    1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4,
    1.05075007164441684324e-9,
];
const E = [
    6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123, 0.026532189526576123093, 0.0012426609473880784386,
    2.71155556874348757815e-5, 2.01033439929228813265e-7,
];
const F = [
    1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7,
    2.04426310338993978564e-15,
];
/** Evaluates c[0] + c[1]x + … + c[7]x⁷ (unrolled: this is the inner loop of normal sampling). */
function horner(c, x) {
    return c[0] + x * (c[1] + x * (c[2] + x * (c[3] + x * (c[4] + x * (c[5] + x * (c[6] + x * c[7]))))));
}
/**
 * Φ⁻¹(p) for p in (0, 1) by AS241 (accurate to about 1 part in 1e16 in exact arithmetic).
 * The tail branches work from r = √(−log p) of the *smaller* of p and 1 − p, so callers that
 * need the upper tail precisely should pass 1 − p exactly (the samplers draw symmetric grids).
 * Returns −∞ / +∞ at 0 / 1 and NaN outside [0, 1].
 */
export function ndtri(p) {
    const q = p - 0.5;
    if (Math.abs(q) <= 0.425) {
        const r = 0.180625 - q * q;
        return (q * horner(A, r)) / horner(B, r);
    }
    if (!(p > 0 && p < 1))
        return p === 0 ? -Infinity : p === 1 ? Infinity : NaN;
    let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
    let v;
    if (r <= 5) {
        r -= 1.6;
        v = horner(C, r) / horner(D, r);
    }
    else {
        r -= 5;
        v = horner(E, r) / horner(F, r);
    }
    return q < 0 ? -v : v;
}
//# sourceMappingURL=normal-cdf.js.map