import { describe, expect, it } from 'vitest';
import * as L from '../src/index.js';
import { checkGrad, expectClose, rand, toF64 } from './util/check.js';
/** Reference erf (Abramowitz–Stegun would be too coarse): a 60-term series, exact in float64 for |x| < 3. */
function erfRef(x) {
    let s = 0;
    let term = x;
    for (let n = 0; n < 200; n++) {
        s += term / (2 * n + 1);
        term *= (-x * x) / (n + 1);
    }
    return (2 / Math.sqrt(Math.PI)) * s;
}
const unary = [
    ['neg', L.neg, (v) => -v, [-2, 2]],
    ['exp', L.exp, Math.exp, [-2, 2]],
    ['log', L.log, Math.log, [0.2, 3]],
    ['log1p', L.log1p, Math.log1p, [-0.5, 2]],
    ['expm1', L.expm1, Math.expm1, [-2, 2]],
    ['sqrt', L.sqrt, Math.sqrt, [0.2, 3]],
    ['rsqrt', L.rsqrt, (v) => 1 / Math.sqrt(v), [0.2, 3]],
    ['abs', L.abs, Math.abs, [-2, 2]],
    ['sin', L.sin, Math.sin, [-3, 3]],
    ['cos', L.cos, Math.cos, [-3, 3]],
    ['tanh', L.tanh, Math.tanh, [-3, 3]],
    ['sigmoid', L.sigmoid, (v) => 1 / (1 + Math.exp(-v)), [-5, 5]],
    ['relu', L.relu, (v) => Math.max(v, 0), [-2, 2]],
    ['square', L.square, (v) => v * v, [-2, 2]],
    ['erf', L.erf, erfRef, [-2.8, 2.8]],
    ['softplus', L.softplus, (v) => Math.log(1 + Math.exp(v)), [-4, 4]],
    ['gelu', (x) => L.gelu(x), (v) => 0.5 * v * (1 + erfRef(v / Math.SQRT2)), [-3, 3]],
    ['gelu-tanh', (x) => L.gelu(x, true), (v) => 0.5 * v * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (v + 0.044715 * v ** 3))), [-3, 3]],
];
describe('unary ops', () => {
    for (const [name, f, ref, [lo, hi]] of unary) {
        it(`${name}: values and gradient (float64)`, () => {
            const x = rand([3, 5], name.length + 11, lo, hi);
            const xs = toF64(x);
            expectClose(f(x), Array.from(xs, ref), { rtol: 1e-13, atol: 1e-15 });
            checkGrad(f, [x]);
            checkGrad(f, [rand([], 3, lo, hi)]); // scalar
            expect(f(L.zeros([0, 4], { dtype: 'f64' })).shape).toEqual([0, 4]); // empty
        });
    }
    it('float32 results are float32 roundings of the float64 ones', () => {
        const x = rand([64], 5, -2, 2);
        const x32 = L.cast(x, 'f32');
        const y32 = L.tanh(x32);
        expect(y32.dtype).toBe('f32');
        expectClose(y32, Float32Array.from(toF64(L.tanh(L.cast(x32, 'f64')))), { rtol: 0, atol: 0 });
    });
    it('integer inputs to float functions compute in f32', () => {
        expect(L.exp(L.tensor([0, 1], { dtype: 'i32' })).dtype).toBe('f32');
        expect(L.abs(L.tensor([-3, 1], { dtype: 'i32' })).toArray()).toEqual([3, 1]);
    });
    it('sigmoid does not overflow for large |x|', () => {
        expect(L.sigmoid(L.tensor([-1000, 1000], { dtype: 'f64' })).toArray()).toEqual([0, 1]);
    });
    it('sign has zero gradient', () => {
        expectClose(L.grad((x) => L.sum(L.sign(x)))(rand([4], 1)), [0, 0, 0, 0]);
    });
});
const binary = [
    ['add', L.add, (a, b) => a + b, [-2, 2]],
    ['sub', L.sub, (a, b) => a - b, [-2, 2]],
    ['mul', L.mul, (a, b) => a * b, [-2, 2]],
    ['div', L.div, (a, b) => a / b, [0.5, 2]],
    ['pow', L.pow, (a, b) => a ** b, [0.5, 2]],
    ['maximum', L.maximum, Math.max, [-2, 2]],
    ['minimum', L.minimum, Math.min, [-2, 2]],
    ['atan2', L.atan2, Math.atan2, [-2, 2]],
];
function broadcastRef(a, b, f, outShape) {
    const av = toF64(a);
    const bv = toF64(b);
    const n = outShape.reduce((p, d) => p * d, 1);
    const res = [];
    const idxOf = (flat, shape) => {
        // map an output multi-index to the operand's flat index under numpy broadcasting
        const out = [...outShape];
        const coords = [];
        for (let d = out.length - 1; d >= 0; d--) {
            coords[d] = flat % out[d];
            flat = Math.floor(flat / out[d]);
        }
        let k = 0;
        const off = out.length - shape.length;
        for (let d = 0; d < shape.length; d++)
            k = k * shape[d] + (shape[d] === 1 ? 0 : coords[d + off]);
        return k;
    };
    for (let i = 0; i < n; i++)
        res.push(f(av[idxOf(i, a.shape)], bv[idxOf(i, b.shape)]));
    return res;
}
const shapePairs = [
    [
        [3, 4],
        [3, 4],
        [3, 4],
    ],
    [[3, 4], [4], [3, 4]],
    [
        [3, 1],
        [1, 4],
        [3, 4],
    ],
    [
        [2, 1, 4],
        [3, 1],
        [2, 3, 4],
    ],
    [[], [2, 3], [2, 3]],
    [[0, 3], [3], [0, 3]],
];
describe('binary ops with broadcasting', () => {
    for (const [name, f, ref, [lo, hi]] of binary) {
        it(`${name}: values and gradients over broadcast shapes`, () => {
            shapePairs.forEach(([sa, sb, so], k) => {
                const a = rand(sa, 100 + k, lo, hi);
                const b = rand(sb, 200 + k, lo, hi);
                const out = f(a, b);
                expect(out.shape).toEqual(so);
                expectClose(out, broadcastRef(a, b, ref, so), { rtol: 1e-14, atol: 1e-15 });
                if (out.size > 0)
                    checkGrad(f, [a, b]);
            });
        });
    }
    it('maximum/minimum split the gradient on ties', () => {
        const a = L.tensor([1, 2, 3], { dtype: 'f64' });
        const b = L.tensor([1, 0, 5], { dtype: 'f64' });
        const [ga, gb] = L.grad((x, y) => L.sum(L.maximum(x, y)), { argnums: [0, 1] })(a, b);
        expect(ga.toArray()).toEqual([0.5, 1, 0]);
        expect(gb.toArray()).toEqual([0.5, 0, 1]);
    });
    it('pow: gradient with respect to the exponent at base 0 is 0, not NaN', () => {
        const g = L.grad((e) => L.sum(L.pow(L.zeros([2], { dtype: 'f64' }), e)))(L.tensor([2, 3], { dtype: 'f64' }));
        expect(g.toArray()).toEqual([0, 0]);
    });
    it('comparisons give bools and no gradient flows through them', () => {
        const a = L.tensor([1, 2, 3]);
        expect(L.lt(a, 2).toArray()).toEqual([true, false, false]);
        expect(L.le(a, 2).toArray()).toEqual([true, true, false]);
        expect(L.gt(a, 2).toArray()).toEqual([false, false, true]);
        expect(L.ge(a, 2).toArray()).toEqual([false, true, true]);
        expect(L.eq(a, 2).toArray()).toEqual([false, true, false]);
        expect(L.ne(a, 2).toArray()).toEqual([true, false, true]);
        expect(L.lt(a, 2).dtype).toBe('bool');
    });
    it('JS numbers are weakly typed', () => {
        expect(L.add(L.ones([2], { dtype: 'f64' }), 1.5).dtype).toBe('f64');
        expect(L.add(L.ones([2], { dtype: 'i32' }), 2).dtype).toBe('i32');
        expect(L.add(L.ones([2], { dtype: 'i32' }), 2.5).dtype).toBe('f32');
        expect(L.div(L.ones([2], { dtype: 'i32' }), 2).toArray()).toEqual([0.5, 0.5]);
        expect(L.add(L.ones([2], { dtype: 'f32' }), L.ones([2], { dtype: 'f64' })).dtype).toBe('f64');
    });
    it('shape errors name the op and both shapes', () => {
        expect(() => L.add(L.ones([2, 3]), L.ones([4]))).toThrow('add: shapes [2, 3] and [4] cannot be broadcast together');
    });
});
describe('where, clip, cast', () => {
    it('where broadcasts three ways and routes gradients', () => {
        const c = L.gt(rand([3, 1], 1), 0);
        const a = rand([4], 2);
        const b = rand([3, 4], 3);
        const out = L.where(c, a, b);
        const cv = c.dataSync();
        const av = toF64(a);
        const bv = toF64(b);
        const ref = [];
        for (let i = 0; i < 3; i++)
            for (let j = 0; j < 4; j++)
                ref.push(cv[i] ? av[j] : bv[i * 4 + j]);
        expectClose(out, ref);
        checkGrad((x, y) => L.where(c, x, y), [a, b]);
    });
    it('clip clamps and passes gradient only inside', () => {
        const x = L.tensor([-2, -0.5, 0.5, 2], { dtype: 'f64' });
        expect(L.clip(x, -1, 1).toArray()).toEqual([-1, -0.5, 0.5, 1]);
        expect(L.grad((v) => L.sum(L.clip(v, -1, 1)))(x).toArray()).toEqual([0, 1, 1, 0]);
    });
    it('cast truncates toward zero into i32, maps non-zero to true, and is differentiable between floats', () => {
        expect(L.cast(L.tensor([-1.7, 1.7, 2.2]), 'i32').toArray()).toEqual([-1, 1, 2]);
        expect(L.cast(L.tensor([0, 0.5, -2]), 'bool').toArray()).toEqual([false, true, true]);
        // d/dx of 2·f64(f32(x)) is exactly 2 (the rounding has zero derivative almost everywhere)
        const g = L.grad((x) => L.sum(L.cast(L.mul(L.cast(x, 'f32'), 2), 'f64')))(rand([3], 4));
        expect(g.dtype).toBe('f64');
        expect(g.toArray()).toEqual([2, 2, 2]);
    });
});
//# sourceMappingURL=elementwise.test.js.map