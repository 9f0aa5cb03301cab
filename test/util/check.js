/**
 * Test utilities: seeded data, float64 finite-difference gradient checks, closeness asserts.
 * Gradient checks use central differences: error O(eps²·f''') + O(δ/eps) rounding, so with
 * eps = 1e-6 in float64 a relative tolerance of 1e-6 (absolute 1e-8) separates correct rules
 * from wrong ones by many orders of magnitude.
 */
import { expect } from 'vitest';
import { grad, mul, sum, tensor, tree } from '../../src/index.js';
/** mulberry32: a tiny seeded generator for test data (the library's own RNG is under test elsewhere). */
export function rng(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** Uniform values in [lo, hi) with a given shape (f64 by default). */
export function rand(shape, seed, lo = -1, hi = 1, dtype = 'f64') {
    const r = rng(seed);
    const n = shape.reduce((a, b) => a * b, 1);
    const data = new Float64Array(n);
    for (let i = 0; i < n; i++)
        data[i] = lo + (hi - lo) * r();
    return tensor(data, { dtype, shape });
}
export function toF64(t) {
    return Float64Array.from(t.dataSync());
}
/** Assert two tensors (or arrays) agree elementwise: |a − b| ≤ atol + rtol·|b|. */
export function expectClose(actual, expected, { rtol = 1e-10, atol = 1e-12, what = '' } = {}) {
    const a = 'dataSync' in actual ? toF64(actual) : Float64Array.from(actual);
    const b = 'dataSync' in expected ? toF64(expected) : Float64Array.from(expected);
    if ('shape' in actual && 'shape' in expected)
        expect(actual.shape, `${what} shape`).toEqual(expected.shape);
    expect(a.length, `${what} length`).toBe(b.length);
    let worst = 0;
    let at = -1;
    for (let i = 0; i < a.length; i++) {
        const err = Math.abs(a[i] - b[i]) - (atol + rtol * Math.abs(b[i]));
        const bothNaN = Number.isNaN(a[i]) && Number.isNaN(b[i]);
        const sameInf = a[i] === b[i];
        if (!bothNaN && !sameInf && (err > worst || Number.isNaN(err))) {
            worst = Number.isNaN(err) ? Infinity : err;
            at = i;
        }
    }
    if (at >= 0) {
        expect.fail(`${what} mismatch at flat index ${at}: got ${a[at]}, expected ${b[at]} (rtol ${rtol}, atol ${atol})`);
    }
}
/**
 * Central finite-difference check of `grad` for L(xs) = Σ f(xs) ⊙ w with a fixed random w.
 * Inputs must be f64. Fails when |autodiff − FD| > atol + rtol·|FD| anywhere; returns the largest
 * relative error where |FD| > 1e-8, for callers that also bound it.
 */
export function checkGrad(f, inputs, opts = {}) {
    const { eps = 1e-6, rtol = 1e-6, atol = 1e-8, seed = 7 } = opts;
    const argnums = opts.argnums ?? inputs.map((x, i) => (x.dtype === 'f64' ? i : -1)).filter((i) => i >= 0);
    for (const k of argnums)
        expect(inputs[k].dtype, `checkGrad: input ${k} must be f64`).toBe('f64');
    const out0 = f(...inputs);
    const w = rand(out0.shape, seed, 0.5, 1.5, out0.dtype);
    const loss = (...xs) => sum(mul(f(...xs), w));
    const analytic = grad(loss, { argnums })(...inputs);
    let worst = 0;
    argnums.forEach((k, idx) => {
        const x = inputs[k];
        const base = toF64(x);
        const g = toF64(analytic[idx]);
        expect(analytic[idx].shape, `gradient ${k} shape`).toEqual(x.shape);
        for (let i = 0; i < base.length; i++) {
            const plus = Float64Array.from(base);
            plus[i] += eps;
            const minus = Float64Array.from(base);
            minus[i] -= eps;
            const at = (v) => {
                const xs = [...inputs];
                xs[k] = tensor(v, { dtype: 'f64', shape: x.shape });
                return loss(...xs).item();
            };
            const num = (at(plus) - at(minus)) / (2 * eps);
            const err = Math.abs(g[i] - num);
            const rel = err / Math.max(Math.abs(num), 1e-12);
            if (err > atol + rtol * Math.abs(num)) {
                expect.fail(`${opts.what ? `${opts.what}: ` : ''}gradient of input ${k} at flat index ${i}: autodiff ${g[i]}, finite differences ${num} (rtol ${rtol}, atol ${atol})`);
            }
            if (Math.abs(num) > 1e-8)
                worst = Math.max(worst, rel);
        }
    });
    return worst;
}
/** Central finite differences (step eps) of a scalar function f at the f64 vector (or any-shape tensor) v. */
export function fdGrad(f, v, eps = 1e-6) {
    const base = toF64(v);
    const out = new Float64Array(base.length);
    for (let i = 0; i < base.length; i++) {
        const p = Float64Array.from(base);
        p[i] += eps;
        const m = Float64Array.from(base);
        m[i] -= eps;
        out[i] = (f(tensor(p, { dtype: 'f64', shape: v.shape })) - f(tensor(m, { dtype: 'f64', shape: v.shape }))) / (2 * eps);
    }
    return out;
}
/**
 * Largest absolute difference over all leaves of two trees of tensors, relative to the largest
 * magnitude in `b` (the reference).
 */
export function treeRelErr(a, b) {
    const la = tree.leaves(a).map((t) => toF64(t));
    const lb = tree.leaves(b).map((t) => toF64(t));
    let num = 0;
    let den = 0;
    la.forEach((u, i) => u.forEach((x, j) => {
        num = Math.max(num, Math.abs(x - lb[i][j]));
        den = Math.max(den, Math.abs(lb[i][j]));
    }));
    return num / den;
}
/** Solve A x = b for a small dense system by Gaussian elimination with partial pivoting (plain JS, independent of the core). */
export function solveDense(A, b) {
    const n = b.length;
    const M = A.map((r, i) => [...r, b[i]]);
    for (let c = 0; c < n; c++) {
        let p = c;
        for (let r = c + 1; r < n; r++)
            if (Math.abs(M[r][c]) > Math.abs(M[p][c]))
                p = r;
        [M[c], M[p]] = [M[p], M[c]];
        for (let r = c + 1; r < n; r++) {
            const f = M[r][c] / M[c][c];
            for (let j = c; j <= n; j++)
                M[r][j] -= f * M[c][j];
        }
    }
    const x = new Array(n).fill(0);
    for (let i = n - 1; i >= 0; i--) {
        let s = M[i][n];
        for (let j = i + 1; j < n; j++)
            s -= M[i][j] * x[j];
        x[i] = s / M[i][i];
    }
    return x;
}
//# sourceMappingURL=check.js.map