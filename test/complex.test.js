import { describe, expect, it } from 'vitest';
import { add, complex as C, mul, tensor } from '../src/index.js';
import { checkGrad, expectClose, rand, toF64 } from './util/check.js';
function pairs(z) {
    const re = toF64(z.re);
    const im = toF64(z.im);
    return Array.from(re, (r, i) => [r, im[i]]);
}
function expectPairs(z, want, tol = 1e-14) {
    expectClose(z.re, want.map((p) => p[0]), { rtol: tol, atol: tol });
    expectClose(z.im, want.map((p) => p[1]), { rtol: tol, atol: tol });
}
const zOf = (shape, seed) => C.complex(rand(shape, seed), rand(shape, seed + 100));
/** Weighted combination of both parts so one real output carries both cotangents. */
const both = (z, seed = 9) => add(z.re, mul(z.im, rand(z.im.shape, seed, 0.5, 1.5)));
describe('complex helpers: values', () => {
    const a = zOf([3, 4], 1);
    const b = zOf([3, 4], 2);
    const A = pairs(a);
    const B = pairs(b);
    it('add, sub, mul, conj, scale', () => {
        expectPairs(C.cadd(a, b), A.map(([x, y], i) => [x + B[i][0], y + B[i][1]]));
        expectPairs(C.csub(a, b), A.map(([x, y], i) => [x - B[i][0], y - B[i][1]]));
        expectPairs(C.cmul(a, b), A.map(([x, y], i) => [x * B[i][0] - y * B[i][1], x * B[i][1] + y * B[i][0]]));
        expectPairs(C.cconj(a), A.map(([x, y]) => [x, -y]));
        expectPairs(C.cscale(a, 2.5), A.map(([x, y]) => [2.5 * x, 2.5 * y]));
    });
    it('abs, abs2, exp, polar, real/imag', () => {
        expectClose(C.cabs2(a), A.map(([x, y]) => x * x + y * y), { rtol: 1e-15 });
        expectClose(C.cabs(a), A.map(([x, y]) => Math.hypot(x, y)), { rtol: 1e-15 });
        expectPairs(C.cexp(a), A.map(([x, y]) => [Math.exp(x) * Math.cos(y), Math.exp(x) * Math.sin(y)]));
        const r = rand([3, 4], 5, 0.1, 2);
        const th = rand([3, 4], 6, -3, 3);
        const R = toF64(r);
        const TH = toF64(th);
        expectPairs(C.polar(r, th), Array.from(R, (m, i) => [m * Math.cos(TH[i]), m * Math.sin(TH[i])]));
        expect(C.creal(a)).toBe(a.re);
        expect(C.cimag(a)).toBe(a.im);
        expectClose(C.cimag(a.re), new Array(12).fill(0));
    });
    it('real operands stand for zero imaginary parts, with broadcasting', () => {
        const r = rand([4], 7);
        const R = toF64(r);
        expectPairs(C.cmul(a, r), A.map(([x, y], i) => [x * R[i % 4], y * R[i % 4]]));
        expectPairs(C.cmul(r, a), A.map(([x, y], i) => [x * R[i % 4], y * R[i % 4]]));
        expectPairs(C.cadd(r, a), A.map(([x, y], i) => [x + R[i % 4], y]));
        expectPairs(C.csub(r, a), A.map(([x, y], i) => [R[i % 4] - x, -y]));
        expectPairs(C.csub(a, r), A.map(([x, y], i) => [x - R[i % 4], y]));
        expect(C.cmul(r, r).im.shape).toEqual([4]);
        expect(C.isComplex(a)).toBe(true);
        expect(C.isComplex(a.re)).toBe(false);
    });
    it('cmatmul equals the complex matrix product computed by hand', () => {
        const m = zOf([2, 3, 4], 11);
        const n = zOf([4, 5], 12);
        const M = pairs(m);
        const N = pairs(n);
        const want = [];
        for (let bt = 0; bt < 2; bt++) {
            for (let i = 0; i < 3; i++) {
                for (let j = 0; j < 5; j++) {
                    let re = 0;
                    let im = 0;
                    for (let k = 0; k < 4; k++) {
                        const [x, y] = M[bt * 12 + i * 4 + k];
                        const [u, v] = N[k * 5 + j];
                        re += x * u - y * v;
                        im += x * v + y * u;
                    }
                    want.push([re, im]);
                }
            }
        }
        expectPairs(C.cmatmul(m, n), want, 1e-13);
        // real left operand
        const mr = C.cmatmul(m.re, n);
        expectClose(mr.re, C.cmatmul(m.re, { re: n.re, im: mul(n.im, 0) }).re, { rtol: 1e-15 });
        expect(mr.im.shape).toEqual([2, 3, 5]);
    });
});
describe('complex helpers: gradients (float64, central differences)', () => {
    it('cmul, cadd, csub, cconj, cscale, cexp, cabs, polar, cmatmul', () => {
        const x = [rand([2, 3], 1), rand([2, 3], 2), rand([2, 3], 3), rand([3], 4)];
        const z = (a, b) => ({ re: a, im: b });
        let worst = 0;
        worst = Math.max(worst, checkGrad((a, b, c, d) => both(C.cmul(z(a, b), z(c, d))), [x[0], x[1], x[2], x[1]]));
        worst = Math.max(worst, checkGrad((a, b, r) => both(C.cmul(z(a, b), r)), [x[0], x[1], x[3]]));
        worst = Math.max(worst, checkGrad((a, b, c) => both(C.cadd(z(a, b), c)), [x[0], x[1], x[2]]));
        worst = Math.max(worst, checkGrad((a, b, c) => both(C.csub(c, z(a, b))), [x[0], x[1], x[2]]));
        worst = Math.max(worst, checkGrad((a, b, s) => both(C.cscale(C.cconj(z(a, b)), s)), [x[0], x[1], x[3]]));
        worst = Math.max(worst, checkGrad((a, b) => both(C.cexp(z(a, b))), [x[0], x[1]]));
        worst = Math.max(worst, checkGrad((a, b) => C.cabs(z(a, b)), [rand([2, 3], 5, 0.2, 1), x[1]]));
        worst = Math.max(worst, checkGrad((r, t) => both(C.polar(r, t)), [x[0], x[1]]));
        worst = Math.max(worst, checkGrad((a, b, c, d) => both(C.cmatmul(z(a, b), z(c, d))), [rand([2, 3], 6), rand([2, 3], 7), rand([3, 4], 8), rand([3, 4], 9)]));
        expect(worst).toBeLessThan(1e-7);
    });
});
describe('complex helpers: errors', () => {
    it('complex() rejects parts of different shapes', () => {
        expect(() => C.complex(tensor([1, 2]), tensor([1, 2, 3]))).toThrow(/complex: real and imaginary parts must have the same shape \(got re \[2\] and im \[3\]\)/);
        expectClose(C.complex(tensor([1, 2], { dtype: 'f64' })).im, [0, 0]);
    });
});
//# sourceMappingURL=complex.test.js.map