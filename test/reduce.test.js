import { describe, expect, it } from 'vitest';
import * as L from '../src/index.js';
import { checkGrad, expectClose, rand, toF64 } from './util/check.js';
/** Reference reduction over `axes` with plain loops. */
function reduceRef(x, axes, f) {
    const v = toF64(x);
    const shape = x.shape;
    const outShape = shape.filter((_, i) => !axes.includes(i));
    const groups = new Map();
    const n = v.length;
    for (let flat = 0; flat < n; flat++) {
        let rem = flat;
        const coords = [];
        for (let d = shape.length - 1; d >= 0; d--) {
            coords[d] = rem % shape[d];
            rem = Math.floor(rem / shape[d]);
        }
        const key = coords.filter((_, i) => !axes.includes(i)).join(',');
        const g = groups.get(key) ?? [];
        g.push(v[flat]);
        groups.set(key, g);
    }
    const values = [];
    const total = outShape.reduce((p, d) => p * d, 1);
    for (let flat = 0; flat < total; flat++) {
        let rem = flat;
        const coords = [];
        for (let d = outShape.length - 1; d >= 0; d--) {
            coords[d] = rem % outShape[d];
            rem = Math.floor(rem / outShape[d]);
        }
        values.push(f(groups.get(coords.join(',')) ?? []));
    }
    return { shape: outShape, values };
}
const reductions = [
    ['sum', (x, a, k) => L.sum(x, a, k), (v) => v.reduce((p, q) => p + q, 0)],
    ['mean', (x, a, k) => L.mean(x, a, k), (v) => v.reduce((p, q) => p + q, 0) / v.length],
    ['max', (x, a, k) => L.max(x, a, k), (v) => Math.max(...v)],
    ['min', (x, a, k) => L.min(x, a, k), (v) => Math.min(...v)],
    ['prod', (x, a, k) => L.prod(x, a, k), (v) => v.reduce((p, q) => p * q, 1)],
    [
        'var',
        (x, a, k) => L.variance(x, a, k),
        (v) => {
            const m = v.reduce((p, q) => p + q, 0) / v.length;
            return v.reduce((p, q) => p + (q - m) ** 2, 0) / v.length;
        },
    ],
    ['logsumexp', (x, a, k) => L.logsumexp(x, a, k), (v) => Math.log(v.reduce((p, q) => p + Math.exp(q), 0))],
];
const axesCases = [[0], [1], [2], [0, 2], [0, 1, 2], [-1]];
describe('reductions', () => {
    for (const [name, f, ref] of reductions) {
        it(`${name}: values over axes, keepdims, and gradients`, () => {
            const x = rand([2, 3, 4], name.length, 0.5, 1.5);
            for (const axes of axesCases) {
                const norm = axes.map((a) => (a < 0 ? a + 3 : a));
                const r = reduceRef(x, norm, ref);
                const out = f(x, axes, false);
                expect(out.shape).toEqual(r.shape);
                expectClose(out, r.values, { rtol: 1e-13 });
                const kept = f(x, axes, true);
                expect(kept.shape).toEqual(x.shape.map((d, i) => (norm.includes(i) ? 1 : d)));
                checkGrad((t) => f(t, axes, false), [x]);
            }
        });
    }
    it('reduces everything when axis is omitted', () => {
        const x = rand([3, 4], 1);
        expectClose(L.sum(x), [toF64(x).reduce((p, q) => p + q, 0)]);
        expect(L.sum(x).shape).toEqual([]);
    });
    it('sum of an empty tensor is 0; max of an empty axis is an error', () => {
        expect(L.sum(L.zeros([0, 3])).toArray()).toEqual(0);
        expect(L.sum(L.zeros([0, 3]), 0).toArray()).toEqual([0, 0, 0]);
        expect(() => L.max(L.zeros([0, 3]), 0)).toThrow('max: cannot reduce over an empty axis');
    });
    it('float32 sums accumulate in float64', () => {
        const n = 1 << 20;
        const x = L.full([n], 0.1, { dtype: 'f32' });
        expect(Math.abs(L.sum(x).item() - n * Math.fround(0.1))).toBeLessThan(1e-2);
    });
    it('max gradient is shared among ties', () => {
        const g = L.grad((x) => L.max(x))(L.tensor([1, 3, 3], { dtype: 'f64' }));
        expect(g.toArray()).toEqual([0, 0.5, 0.5]);
    });
    it('logsumexp is stable for large inputs and handles -inf rows', () => {
        expectClose(L.logsumexp(L.tensor([1000, 1000], { dtype: 'f64' })), [1000 + Math.log(2)]);
        expect(L.logsumexp(L.tensor([-Infinity, -Infinity], { dtype: 'f64' })).item()).toBe(-Infinity);
    });
    it('argmax/argmin: first index on ties, over an axis or flattened', () => {
        const x = L.tensor([
            [1, 5, 5],
            [7, 0, 7],
        ]);
        expect(L.argmax(x, 1).toArray()).toEqual([1, 0]);
        expect(L.argmin(x, 1).toArray()).toEqual([0, 1]);
        expect(L.argmax(x, 0).toArray()).toEqual([1, 0, 1]);
        expect(L.argmax(x).item()).toBe(3);
        expect(L.argmax(x, 1).dtype).toBe('i32');
        expect(L.argmax(x, -1, true).shape).toEqual([2, 1]);
    });
    it('bad axes name the op', () => {
        expect(() => L.sum(L.ones([2, 3]), 2)).toThrow('sum: axis 2 is out of range for a tensor of rank 2');
        expect(() => L.sum(L.ones([2, 3]), [0, 0])).toThrow('sum: repeated axis');
    });
});
//# sourceMappingURL=reduce.test.js.map