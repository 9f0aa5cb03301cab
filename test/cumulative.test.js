import { describe, expect, it } from 'vitest';
import * as L from '../src/index.js';
import { checkGrad, expectClose, rand, toF64 } from './util/check.js';
/** Reference running sum/product along `axis` with plain loops (float64 accumulator). */
function cumRef(kind, data, shape, axis, reverse, exclusive) {
    const n = shape.length ? shape[axis] : 1;
    const inner = shape.slice(axis + 1).reduce((p, d) => p * d, 1);
    const outer = shape.slice(0, axis).reduce((p, d) => p * d, 1);
    const out = new Array(data.length);
    for (let p = 0; p < outer; p++) {
        for (let i = 0; i < inner; i++) {
            for (let j = 0; j < n; j++) {
                let acc = kind === 'sum' ? 0 : 1;
                for (let l = 0; l < n; l++) {
                    const inRange = reverse ? (exclusive ? l > j : l >= j) : exclusive ? l < j : l <= j;
                    if (!inRange)
                        continue;
                    const v = data[(p * n + l) * inner + i];
                    acc = kind === 'sum' ? acc + v : acc * v;
                }
                out[(p * n + j) * inner + i] = acc;
            }
        }
    }
    return out;
}
const fn = (kind) => (kind === 'sum' ? L.cumsum : L.cumprod);
const variants = [
    { reverse: false, exclusive: false },
    { reverse: true, exclusive: false },
    { reverse: false, exclusive: true },
    { reverse: true, exclusive: true },
];
const label = (o) => `${o.reverse ? 'reverse' : 'forward'}${o.exclusive ? ' exclusive' : ''}`;
const shapes = [
    [[6], 0],
    [[3, 4], 0],
    [[3, 4], 1],
    [[2, 3, 4], 1],
    [[2, 3, 4], -1],
    [[2, 1, 3], 1],
    [[], 0],
];
for (const kind of ['sum', 'prod']) {
    const f = fn(kind);
    describe(`cum${kind}`, () => {
        for (const opts of variants) {
            it(`${label(opts)}: values against loops, gradient against finite differences`, () => {
                let worst = 0;
                for (const [shape, axis] of shapes) {
                    const a = axis < 0 ? axis + shape.length : axis;
                    const x = rand(shape, 13 + shape.length * 3 + a, -1.5, 1.5);
                    const y = f(x, axis, opts);
                    expect(y.shape).toEqual(shape);
                    expect(y.dtype).toBe('f64');
                    // same accumulation order as the loops: agreement to the last bits
                    expectClose(y, cumRef(kind, toF64(x), shape, a, opts.reverse, opts.exclusive), { rtol: 1e-14, atol: 1e-15 });
                    worst = Math.max(worst, checkGrad((v) => f(v, axis, opts), [x]));
                }
                expect(worst).toBeLessThan(1e-6);
            });
            it(`${label(opts)}: second derivatives`, () => {
                const x = rand([3, 5], 31, -1.5, 1.5);
                const g = L.grad((v) => L.sum(L.mul(L.sin(f(v, 1, opts)), L.exp(v))));
                checkGrad((v) => g(v), [x]);
            });
        }
        it('size-0 axes give empty results and gradients', () => {
            for (const [shape, axis] of [
                [[0], 0],
                [[3, 0], 1],
                [[0, 4], 1],
            ]) {
                const x = L.zeros(shape, { dtype: 'f64' });
                expect(f(x, axis).shape).toEqual(shape);
                expect(L.grad((v) => L.sum(f(v, axis, { reverse: true })))(x).shape).toEqual(shape);
            }
        });
        it('integers keep their dtype, booleans accumulate as int32', () => {
            const xi = L.tensor([
                [1, 2, 3],
                [4, 5, 6],
            ], { dtype: 'i32' });
            const yi = f(xi, 1);
            expect(yi.dtype).toBe('i32');
            expect(yi.toArray()).toEqual(kind === 'sum'
                ? [
                    [1, 3, 6],
                    [4, 9, 15],
                ]
                : [
                    [1, 2, 6],
                    [4, 20, 120],
                ]);
            const yb = f(L.tensor([true, true, false, true]), 0);
            expect(yb.dtype).toBe('i32');
            expect(yb.toArray()).toEqual(kind === 'sum' ? [1, 2, 2, 3] : [1, 1, 0, 0]);
        });
        it('errors name the function', () => {
            expect(() => f(rand([2, 3], 1), 2)).toThrow(new RegExp(`cum${kind}: axis 2 is out of range for a tensor of rank 2`));
            expect(() => f(rand([2, 3], 1), undefined)).toThrow(new RegExp(`cum${kind}: axis must be a number`));
            expect(() => f(rand([2], 1), 0, { reverse: 1 })).toThrow(new RegExp(`cum${kind}: options 'reverse' and 'exclusive' must be booleans`));
        });
    });
}
describe('cumsum accumulation', () => {
    it('float32 sums accumulate in float64 (each output is the rounded exact partial sum)', () => {
        const n = 10_000;
        const x = L.full([n], 0.1, { dtype: 'f32' });
        const y = L.cumsum(x, 0).dataSync();
        const v = Math.fround(0.1);
        let acc = 0;
        for (let i = 0; i < n; i++) {
            acc += v;
            if (y[i] !== Math.fround(acc))
                expect.fail(`at ${i}: ${y[i]} vs ${Math.fround(acc)}`);
        }
    });
    it('method forms', () => {
        const x = L.tensor([1, 2, 3], { dtype: 'f64' });
        expect(x.cumsum(0).toArray()).toEqual([1, 3, 6]);
        expect(x.cumsum(0, { reverse: true, exclusive: true }).toArray()).toEqual([5, 3, 0]);
        expect(x.cumprod(-1, { exclusive: true }).toArray()).toEqual([1, 1, 2]);
    });
});
describe('cumprod with zeros in the input', () => {
    // The product is multilinear in x, so it is smooth at zeros and central differences are
    // exact up to rounding there; the gradient must not divide by x.
    const withZeros = [
        [[2, 0, 3, -1.5], [4]],
        [[0, 1.5, 0, 2, -0.5, 0.7], [6]],
        [
            [0.5, -2, 0, 1.1, 0, 0, 3, 0.9],
            [2, 4],
        ],
        [[0, 0, 0], [3]],
    ];
    for (const opts of variants) {
        it(`${label(opts)}: gradient and second derivatives at zeros`, () => {
            for (const [vals, shape] of withZeros) {
                const x = L.tensor(vals, { dtype: 'f64', shape });
                const axis = shape.length - 1;
                const y = L.cumprod(x, axis, opts);
                expectClose(y, cumRef('prod', vals, shape, axis, opts.reverse, opts.exclusive), { rtol: 0, atol: 0 });
                const g = toF64(L.grad((v) => L.sum(L.cumprod(v, axis, opts)))(x));
                expect(g.every(Number.isFinite)).toBe(true);
                checkGrad((v) => L.cumprod(v, axis, opts), [x]);
                const inner = L.grad((v) => L.sum(L.square(L.cumprod(v, axis, opts))));
                checkGrad((v) => inner(v), [x]);
            }
        });
    }
    it('closed form: x = [2, 0, 3], d Σ cumprod(x) / dx = [1, 2 + 2·3, 0]', () => {
        const g = L.grad((v) => L.sum(L.cumprod(v, 0)))(L.tensor([2, 0, 3], { dtype: 'f64' }));
        expect(g.toArray()).toEqual([1, 8, 0]);
    });
    it('forward mode (jvp) agrees with finite differences at zeros', () => {
        const x = L.tensor([1.5, 0, -2, 0.5], { dtype: 'f64' });
        const t = L.tensor([0.3, -0.7, 1.1, 0.2], { dtype: 'f64' });
        const [, tangent] = L.jvp((v) => L.cumprod(v, 0), [x], [t]);
        const eps = 1e-6;
        const fd = L.div(L.sub(L.cumprod(L.add(x, L.mul(t, eps)), 0), L.cumprod(L.sub(x, L.mul(t, eps)), 0)), 2 * eps);
        expectClose(tangent, fd, { rtol: 1e-8, atol: 1e-9 });
    });
});
//# sourceMappingURL=cumulative.test.js.map