/**
 * Complex *numbers* (not tensors) for the closed forms of the analysis module and the small
 * dense eigen-solver: plain `{ re, im }` objects and a handful of operations on them, named as
 * the tensor helpers of core/complex.ts are (`c` + the real operation: `cadd`, `cmul`, `cdiv`).
 */
export const c = (re, im = 0) => ({ re, im });
export const cadd = (a, b) => ({ re: a.re + b.re, im: a.im + b.im });
export const csub = (a, b) => ({ re: a.re - b.re, im: a.im - b.im });
export const cmul = (a, b) => ({ re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re });
export const cscale = (a, s) => ({ re: a.re * s, im: a.im * s });
export const cconj = (a) => ({ re: a.re, im: -a.im });
export const cabs2 = (a) => a.re * a.re + a.im * a.im;
export const cabs = (a) => Math.hypot(a.re, a.im);
export function cdiv(a, b) {
    // Smith's algorithm: no overflow for large |b|.
    if (Math.abs(b.re) >= Math.abs(b.im)) {
        const r = b.im / b.re;
        const d = b.re + b.im * r;
        return { re: (a.re + a.im * r) / d, im: (a.im - a.re * r) / d };
    }
    const r = b.re / b.im;
    const d = b.re * r + b.im;
    return { re: (a.re * r + a.im) / d, im: (a.im * r - a.re) / d };
}
/** A real number or a complex one, as complex. */
export function toScalar(z) {
    return typeof z === 'number' ? { re: z, im: 0 } : z;
}
//# sourceMappingURL=complex-scalar.js.map