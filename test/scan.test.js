import { describe, expect, it } from 'vitest';
import { add, cast, complex as C, grad, jvp, linearScan, linearScanReference, mul, scalar, square, sub, sum, tensor, withStrict, zeros } from '../src/index.js';
import { checkGrad, expectClose, rand, toF64 } from './util/check.js';
import { initLruParams, lruLayerLoss } from '../bench/lru-layer.js';
// ---------------------------------------------------------------------------------------------
// an independent plain-JS reference: multi-indices, complex numbers as [re, im]
/** h along `axis` of shape `shape`, a read with numpy broadcasting from shape `aShape`. */
function jsScan(aRe, aIm, aShape, bRe, bIm, shape, axis, reverse) {
    const n = bRe.length;
    const hr = new Float64Array(n);
    const hi = new Float64Array(n);
    const strides = shape.map((_, d) => shape.slice(d + 1).reduce((p, q) => p * q, 1));
    const off = shape.length - aShape.length;
    const aIndex = (idx) => {
        let k = 0;
        for (let d = 0; d < aShape.length; d++)
            k = k * aShape[d] + (aShape[d] === 1 ? 0 : idx[d + off]);
        return k;
    };
    const T = shape[axis];
    for (let p = 0; p < n; p++) {
        const idx = shape.map((s, d) => Math.floor(p / strides[d]) % s);
        if (idx[axis] !== (reverse ? T - 1 : 0))
            continue;
        // walk this fibre in time order
        let pr = 0;
        let pi = 0;
        for (let k = 0; k < T; k++) {
            idx[axis] = reverse ? T - 1 - k : k;
            const q = idx.reduce((s, v, d) => s + v * strides[d], 0);
            const j = aIndex(idx);
            const [xr, xi] = [aRe[j], aIm ? aIm[j] : 0];
            const nr = xr * pr - xi * pi + bRe[q];
            const ni = xr * pi + xi * pr + (bIm ? bIm[q] : 0);
            hr[q] = pr = nr;
            hi[q] = pi = ni;
        }
    }
    return [hr, hi];
}
const CASES = [
    { name: 'per-channel a [N], b [B,T,N], axis 1', a: [4], b: [2, 5, 4], axis: 1 },
    { name: 'full a [B,T,N], axis 1', a: [2, 5, 4], b: [2, 5, 4], axis: 1 },
    { name: 'full a, reverse', a: [2, 5, 4], b: [2, 5, 4], axis: 1, reverse: true },
    { name: 'per-channel a, reverse', a: [4], b: [2, 5, 4], axis: 1, reverse: true },
    { name: 'time-varying a [T,1] broadcast over channels', a: [5, 1], b: [2, 5, 4], axis: 1 },
    { name: 'axis 0, a [T,1,N]', a: [5, 1, 3], b: [5, 2, 3], axis: 0 },
    { name: 'last axis (-1), a [B,1,1]', a: [2, 1, 1], b: [2, 3, 6], axis: -1, reverse: true },
    { name: 'rank 1', a: [7], b: [7], axis: 0 },
    { name: 'scalar a', a: [], b: [3, 4], axis: 0 },
];
const normAxis = (c) => (c.axis < 0 ? c.axis + c.b.length : c.axis);
// |a| < 1 keeps long scans bounded; a's sign varies.
const randA = (shape, seed, dtype = 'f64') => rand(shape, seed, -0.95, 0.95, dtype);
const randZ = (shape, seed, lo = -1, hi = 1, dtype = 'f64') => C.complex(rand(shape, seed, lo, hi, dtype), rand(shape, seed + 1000, lo, hi, dtype));
/** A complex a with |a| < 0.95. */
const randAz = (shape, seed, dtype = 'f64') => C.polar(rand(shape, seed, 0, 0.95, dtype), rand(shape, seed + 1, -3, 3, dtype));
const both = (z, seed = 9) => add(z.re, mul(z.im, rand(z.im.shape, seed, 0.5, 1.5, z.im.dtype)));
describe('linearScan: values', () => {
    for (const c of CASES) {
        it(`real, ${c.name}`, () => {
            const a = randA(c.a, 1);
            const b = rand(c.b, 2);
            const opts = { axis: c.axis, reverse: c.reverse };
            const h = linearScan(a, b, opts);
            const [want] = jsScan(toF64(a), null, c.a, toF64(b), null, c.b, normAxis(c), c.reverse ?? false);
            expectClose(h, want, { rtol: 1e-14, atol: 1e-15 });
            expectClose(linearScanReference(a, b, opts), want, { rtol: 1e-14, atol: 1e-15 });
        });
        it(`complex, ${c.name}`, () => {
            const a = randAz(c.a, 3);
            const b = randZ(c.b, 4);
            const opts = { axis: c.axis, reverse: c.reverse };
            const [wr, wi] = jsScan(toF64(a.re), toF64(a.im), c.a, toF64(b.re), toF64(b.im), c.b, normAxis(c), c.reverse ?? false);
            for (const h of [linearScan(a, b, opts), linearScanReference(a, b, opts)]) {
                expectClose(h.re, wr, { rtol: 1e-14, atol: 1e-15 });
                expectClose(h.im, wi, { rtol: 1e-14, atol: 1e-15 });
            }
            // mixed: real a with complex b, complex a with real b
            const [mr, mi] = jsScan(toF64(a.re), null, c.a, toF64(b.re), toF64(b.im), c.b, normAxis(c), c.reverse ?? false);
            const m = linearScan(a.re, b, opts);
            expectClose(m.re, mr, { rtol: 1e-14, atol: 1e-15 });
            expectClose(m.im, mi, { rtol: 1e-14, atol: 1e-15 });
            const [nr, ni] = jsScan(toF64(a.re), toF64(a.im), c.a, toF64(b.re), null, c.b, normAxis(c), c.reverse ?? false);
            const z = linearScan(a, b.re, opts);
            expectClose(z.re, nr, { rtol: 1e-14, atol: 1e-15 });
            expectClose(z.im, ni, { rtol: 1e-14, atol: 1e-15 });
        });
    }
    it('f32 agrees with the float64 result to f32 accuracy', () => {
        const a = randAz([16], 5, 'f32');
        const b = randZ([3, 200, 16], 6, -1, 1, 'f32');
        const h = linearScan(a, b, { axis: 1 });
        expect(h.re.dtype).toBe('f32');
        const h64 = linearScan(C.complex(cast(a.re, 'f64'), cast(a.im, 'f64')), C.complex(cast(b.re, 'f64'), cast(b.im, 'f64')), { axis: 1 });
        // |h| ≲ 1/(1−0.95) = 20; f32 rounding accumulates over ~1/(1−|a|) steps
        expectClose(h.re, h64.re, { rtol: 0, atol: 2e-5 });
        expectClose(h.im, h64.im, { rtol: 0, atol: 2e-5 });
        const r = linearScan(a.re, b.re, { axis: 1, reverse: true });
        expectClose(r, linearScanReference(cast(a.re, 'f64'), cast(b.re, 'f64'), { axis: 1, reverse: true }), { rtol: 0, atol: 2e-5 });
    });
    it('broadcasting a is part of the contract: allowed (with gradients) in strict mode', () => {
        const a = randAz([3], 71);
        const b = randZ([2, 4, 3], 72);
        const g = withStrict(() => grad((ar) => sum(linearScan({ re: ar, im: a.im }, b, { axis: 1 }).re))(a.re));
        expectClose(g, grad((ar) => sum(linearScanReference({ re: ar, im: a.im }, b, { axis: 1 }).re))(a.re), { rtol: 1e-13, atol: 1e-14 });
        withStrict(() => linearScanReference(a, b, { axis: 1 }));
    });
    it('mixed dtypes promote (f32 a, f64 b -> f64)', () => {
        const h = linearScan(randA([3], 1, 'f32'), rand([4, 3], 2), { axis: 0 });
        expect(h.dtype).toBe('f64');
    });
    it('empty time axis and empty channels', () => {
        expect(linearScan(randA([3], 1), zeros([2, 0, 3], { dtype: 'f64' }), { axis: 1 }).shape).toEqual([2, 0, 3]);
        expect(linearScan(randAz([1], 1), C.complex(zeros([2, 4, 0], { dtype: 'f64' })), { axis: 1 }).re.shape).toEqual([2, 4, 0]);
        expect(linearScanReference(randA([3], 1), zeros([2, 0, 3], { dtype: 'f64' }), { axis: 1 }).shape).toEqual([2, 0, 3]);
    });
});
describe('linearScan: gradients against central differences (float64)', () => {
    for (const c of CASES) {
        it(`real, ${c.name}`, () => {
            const opts = { axis: c.axis, reverse: c.reverse };
            const worst = checkGrad((a, b) => linearScan(a, b, opts), [randA(c.a, 1), rand(c.b, 2)]);
            expect(worst).toBeLessThan(1e-6);
            if (process.env.SCAN_REPORT)
                console.log(`worst FD rel err ${worst.toExponential(2)}`);
        });
        it(`complex, ${c.name}`, () => {
            const opts = { axis: c.axis, reverse: c.reverse };
            const a = randAz(c.a, 3);
            const b = randZ(c.b, 4);
            let worst = checkGrad((ar, ai, br, bi) => both(linearScan({ re: ar, im: ai }, { re: br, im: bi }, opts)), [a.re, a.im, b.re, b.im]);
            // only one part of the output receiving a cotangent (the other's is null)
            worst = Math.max(worst, checkGrad((ar, ai, br, bi) => linearScan({ re: ar, im: ai }, { re: br, im: bi }, opts).im, [a.re, a.im, b.re, b.im]));
            worst = Math.max(worst, checkGrad((ar, br, bi) => both(linearScan(ar, { re: br, im: bi }, opts)), [a.re, b.re, b.im]));
            worst = Math.max(worst, checkGrad((ar, ai, br) => both(linearScan({ re: ar, im: ai }, br, opts)), [a.re, a.im, b.re]));
            expect(worst).toBeLessThan(1e-6);
            if (process.env.SCAN_REPORT)
                console.log(`worst FD rel err ${worst.toExponential(2)}`);
        });
    }
});
describe('linearScan: second order (grad of grad)', () => {
    it('real: d/d(a,b) of ∂L/∂a, reverse and forward, matches finite differences', () => {
        for (const reverse of [false, true]) {
            const opts = { axis: 1, reverse };
            const w = rand([2, 6, 3], 31);
            const L = (a, b) => sum(mul(square(linearScan(a, b, opts)), w));
            const dLda = (a, b) => grad(L, { argnums: 0 })(a, b);
            const dLdb = (a, b) => grad(L, { argnums: 1 })(a, b);
            const a = randA([2, 6, 3], 32);
            const b = rand([2, 6, 3], 33);
            expect(checkGrad(dLda, [a, b])).toBeLessThan(1e-6);
            expect(checkGrad(dLdb, [randA([3], 34), b])).toBeLessThan(1e-6);
        }
    });
    it('complex: d/d(a,b) of ∂L/∂Re a and ∂L/∂Im b matches finite differences', () => {
        const opts = { axis: 1 };
        const w = rand([2, 5, 3], 41);
        const L = (ar, ai, br, bi) => sum(mul(C.cabs2(linearScan({ re: ar, im: ai }, { re: br, im: bi }, opts)), w));
        const a = randAz([2, 5, 3], 42);
        const b = randZ([2, 5, 3], 43);
        const g = (k) => (ar, ai, br, bi) => grad(L, { argnums: k })(ar, ai, br, bi);
        expect(checkGrad(g(0), [a.re, a.im, b.re, b.im])).toBeLessThan(1e-6);
        expect(checkGrad(g(3), [a.re, a.im, b.re, b.im])).toBeLessThan(1e-6);
    });
});
describe('linearScan: forward mode', () => {
    it('jvp along (da, db) equals central differences of the scan', () => {
        const opts = { axis: 1, reverse: true };
        const a = randAz([3], 61);
        const b = randZ([2, 7, 3], 62);
        const t = [rand([3], 63), rand([3], 64), rand([2, 7, 3], 65), rand([2, 7, 3], 66)];
        const f = (ar, ai, br, bi) => both(linearScan({ re: ar, im: ai }, { re: br, im: bi }, opts));
        const x = [a.re, a.im, b.re, b.im];
        const [, dy] = jvp((...xs) => f(...xs), x, t);
        const eps = 1e-6;
        const at = (s) => f(...x.map((xi, i) => add(xi, mul(t[i], s * eps))));
        expectClose(dy, mul(sub(at(1), at(-1)), 1 / (2 * eps)), { rtol: 1e-7, atol: 1e-8 });
    });
});
describe('linearScan: fused equals the unfused reference in gradient', () => {
    /** Gradients of Σ w·f(scan) with respect to every operand, for the fused op and the reference. */
    function compare(T, complexA, reverse, dtype, rtol, atol, refDtype = dtype) {
        const N = 3;
        const shape = [2, T, N];
        const opts = { axis: 1, reverse };
        const wr = rand(shape, 51, 0.5, 1.5, dtype);
        const wi = rand(shape, 52, 0.5, 1.5, dtype);
        const b = randZ(shape, 53, -1, 1, dtype);
        // per-channel a (the LRU layout) for complex, full a for real
        const a = complexA ? randAz([N], 54, dtype) : C.complex(randA(shape, 55, dtype), zeros(shape, { dtype }));
        const loss = (scan) => (ar, ai, br, bi) => {
            const h = complexA ? scan({ re: ar, im: ai }, { re: br, im: bi }, opts) : { re: scan(ar, br, opts), im: scan(ar, bi, opts) };
            return add(sum(mul(h.re, cast(wr, ar.dtype))), sum(mul(h.im, cast(wi, ar.dtype))));
        };
        const argnums = complexA ? [0, 1, 2, 3] : [0, 2, 3];
        const gf = grad(loss(linearScan), { argnums })(a.re, a.im, b.re, b.im);
        const r = (t) => cast(t, refDtype);
        const gr = grad(loss(linearScanReference), { argnums })(r(a.re), r(a.im), r(b.re), r(b.im));
        let worst = 0;
        gf.forEach((g, i) => {
            expectClose(g, gr[i], { rtol, atol, what: `T=${T} grad ${argnums[i]}` });
            const x = toF64(g);
            const y = toF64(gr[i]);
            x.forEach((v, j) => (worst = Math.max(worst, Math.abs(v - y[j]) / Math.max(Math.abs(y[j]), 1))));
        });
        return worst;
    }
    for (const T of [1, 2, 64, 4096]) {
        it(`T = ${T}: real full a and complex per-channel a, forward and reverse, f64`, () => {
            let worst = 0;
            for (const complexA of [false, true])
                for (const reverse of [false, true])
                    worst = Math.max(worst, compare(T, complexA, reverse, 'f64', 1e-11, 1e-12));
            if (process.env.SCAN_REPORT)
                console.log(`T=${T} fused-vs-reference worst ${worst.toExponential(2)}`);
        });
    }
    it('T = 1024 in f32 against the float64 reference', () => {
        let worst = 0;
        // |λ| ≤ 0.95: cotangents reach ~20²; f32 rounding compounds over ~1/(1−|a|) steps
        for (const complexA of [false, true])
            worst = Math.max(worst, compare(1024, complexA, false, 'f32', 1e-5, 1e-5, 'f64'));
        if (process.env.SCAN_REPORT)
            console.log(`f32 T=1024 fused vs f64 reference worst ${worst.toExponential(2)}`);
    });
});
describe('linearScan: the LRU worked check of PAPERS.md P4', () => {
    it('one complex unit: loss 36.625 and the real partial derivatives', () => {
        const f64 = { dtype: 'f64' };
        const x = tensor([1, 2, 3], f64); // T = 3, H = N = 1
        const c = { re: scalar(2, 'f64'), im: scalar(1, 'f64') };
        const loss = (lr, li, br, bi, gamma) => {
            const u = C.cscale(C.cmul({ re: br, im: bi }, x), gamma); // γ B x_t
            const h = linearScan({ re: lr, im: li }, u, { axis: 0 }); // h_t = λ h_{t−1} + γ B x_t
            const y = C.creal(C.cmul(c, h)); // y_t = Re(C h_t)
            return mul(sum(square(sub(y, 1))), 0.5);
        };
        const args = [0.5, 0, 2, 2, 1].map((v) => scalar(v, 'f64'));
        expect(loss(...args).item()).toBe(36.625);
        const g = grad(loss, { argnums: [0, 1, 2, 3, 4] })(...args).map((t) => t.item());
        // ∂L/∂Re λ, ∂L/∂Im λ, ∂L/∂Re B, ∂L/∂Im B, ∂L/∂γ (dyadic rationals: exact in float64)
        expect(g).toEqual([53, -159, 85.75, -42.875, 85.75]);
    });
});
describe('the benchmark LRU layer (bench/lru-layer.ts)', () => {
    it('has correct gradients for every parameter (float64, small sizes)', () => {
        const p = initLruParams(2, 3, 5, 0.5, 0.95, 2 * Math.PI, 'f64');
        const x = rand([2, 6, 2], 81);
        const tgt = rand([2, 6, 2], 82);
        const names = ['nu', 'th', 'g', 'Bre', 'Bim', 'Cre', 'Cim', 'D'];
        const f = (...v) => lruLayerLoss(Object.fromEntries(names.map((n, i) => [n, v[i]])), x, tgt);
        expect(checkGrad(f, names.map((n) => p[n]))).toBeLessThan(1e-6);
    });
});
describe('linearScan: errors', () => {
    const b = rand([2, 5, 4], 1);
    it('names the function and what is allowed', () => {
        expect(() => linearScan(rand([3], 1), b, { axis: 1 })).toThrow(/linearScan: a of shape \[3\] does not broadcast to the shape of b \[2, 5, 4\]/);
        expect(() => linearScan(rand([1, 2, 5, 4], 1), b, { axis: 1 })).toThrow(/linearScan: a of shape \[1, 2, 5, 4\] does not broadcast/);
        expect(() => linearScan(rand([4], 1), b, { axis: 3 })).toThrow(/linearScan: axis 3 is out of range for a tensor of rank 3/);
        expect(() => linearScan(rand([4], 1), b, undefined)).toThrow(/linearScan: options \{ axis \} is required/);
        expect(() => linearScan(rand([4], 1), scalar(1), { axis: 0 })).toThrow(/linearScan: b must have at least one axis/);
        expect(() => linearScan(tensor([1, 2], { dtype: 'i32' }), tensor([1, 2], { dtype: 'f32' }), { axis: 0 })).toThrow(/linearScan: operands must be f32 or f64, got i32\[2\]/);
        expect(() => linearScan({ re: rand([4], 1), im: rand([1], 2) }, b, { axis: 1 })).toThrow(/linearScan: the real and imaginary parts of a differ in shape \(\[4\] and \[1\]\)/);
        expect(() => linearScan(rand([4], 1), [1, 2], { axis: 0 })).toThrow(/linearScan: b must be a Tensor or a Complex/);
        expect(() => linearScanReference(rand([3], 1), b, { axis: 1 })).toThrow(/linearScanReference: a of shape \[3\] does not broadcast/);
    });
});
//# sourceMappingURL=scan.test.js.map