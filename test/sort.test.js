import { describe, expect, it } from 'vitest';
import * as L from '../src/index.js';
import { checkGrad, expectClose, rand, toF64 } from './util/check.js';
/**
 * Reference argsort of every line along `axis`: insertion sort (stable by construction),
 * ascending or descending, NaN after every number.
 */
function argsortRef(data, shape, axis, descending) {
    const n = shape[axis];
    const inner = shape.slice(axis + 1).reduce((p, d) => p * d, 1);
    const outer = shape.slice(0, axis).reduce((p, d) => p * d, 1);
    const before = (u, v) => {
        // strictly before: u must go ahead of v
        if (Number.isNaN(u))
            return false;
        if (Number.isNaN(v))
            return true;
        return descending ? u > v : u < v;
    };
    const out = new Array(outer * n * inner);
    for (let p = 0; p < outer; p++) {
        for (let i = 0; i < inner; i++) {
            const at = (j) => data[(p * n + j) * inner + i];
            const perm = [];
            for (let j = 0; j < n; j++) {
                let pos = perm.length;
                while (pos > 0 && before(at(j), at(perm[pos - 1])))
                    pos--;
                perm.splice(pos, 0, j);
            }
            perm.forEach((j, r) => (out[(p * n + r) * inner + i] = j));
        }
    }
    return out;
}
/** Gather along `axis` with a permutation / index table of shape idxShape. */
function gatherRef(data, shape, idx, idxShape, axis) {
    const n = shape[axis];
    const m = idxShape[axis];
    const inner = shape.slice(axis + 1).reduce((p, d) => p * d, 1);
    const outer = shape.slice(0, axis).reduce((p, d) => p * d, 1);
    const out = [];
    for (let p = 0; p < outer; p++)
        for (let j = 0; j < m; j++)
            for (let i = 0; i < inner; i++)
                out.push(data[(p * n + idx[(p * m + j) * inner + i]) * inner + i]);
    return out;
}
/** Values with many ties (small integers) so stability is actually exercised. */
function tiedValues(shape, seed, dtype = 'f64') {
    return L.floor(L.mul(rand(shape, seed, 0, 1), 4)).cast(dtype);
}
describe('argsort / sort', () => {
    const cases = [
        [[7], 0],
        [[7], -1],
        [[3, 5], 0],
        [[3, 5], 1],
        [[2, 3, 4], 0],
        [[2, 3, 4], 1],
        [[2, 3, 4], 2],
        [[4, 1, 3], 1],
        [[0, 3], 1],
        [[3, 0], 1],
        [[3, 0], 0],
    ];
    for (const [shape, axis] of cases) {
        for (const descending of [false, true]) {
            it(`${JSON.stringify(shape)} axis ${axis}${descending ? ' descending' : ''}: stable permutation and values`, () => {
                const a = axis < 0 ? axis + shape.length : axis;
                for (const x of [rand(shape, 3 + shape.length), tiedValues(shape, 5 + a)]) {
                    const p = L.argsort(x, axis, { descending });
                    expect(p.dtype).toBe('i32');
                    expect(p.shape).toEqual(shape);
                    const ref = argsortRef(toF64(x), shape, a, descending);
                    expect(Array.from(p.dataSync())).toEqual(ref);
                    const s = L.sort(x, axis, { descending });
                    expect(s.dtype).toBe('f64');
                    expectClose(s, gatherRef(toF64(x), shape, ref, shape, a), { rtol: 0, atol: 0 });
                }
            });
        }
    }
    it('NaN sorts last in both directions; infinities and signed zeros in order', () => {
        const x = L.tensor([3, NaN, -Infinity, 1, NaN, Infinity, -0, 0, 1], { dtype: 'f64' });
        expect(Array.from(L.argsort(x).dataSync())).toEqual([2, 6, 7, 3, 8, 0, 5, 1, 4]);
        expect(Array.from(L.argsort(x, -1, { descending: true }).dataSync())).toEqual([5, 0, 3, 8, 6, 7, 2, 1, 4]);
        const s = L.sort(x).dataSync();
        expect(Array.from(s.slice(0, 7))).toEqual([-Infinity, -0, 0, 1, 1, 3, Infinity]);
        expect(Number.isNaN(s[7]) && Number.isNaN(s[8])).toBe(true);
    });
    it('works on i32, bool and f32, keeping the dtype', () => {
        const xi = L.tensor([5, -2, 5, 0, -2], { dtype: 'i32' });
        expect(L.sort(xi).toArray()).toEqual([-2, -2, 0, 5, 5]);
        expect(L.sort(xi).dtype).toBe('i32');
        expect(L.argsort(xi).toArray()).toEqual([1, 4, 3, 0, 2]);
        expect(L.argsort(xi, 0, { descending: true }).toArray()).toEqual([0, 2, 3, 1, 4]);
        const xb = L.tensor([true, false, true, false]);
        expect(L.sort(xb).toArray()).toEqual([false, false, true, true]);
        expect(L.argsort(xb).toArray()).toEqual([1, 3, 0, 2]);
        const xf = rand([6], 2).cast('f32');
        const sf = L.sort(xf);
        expect(sf.dtype).toBe('f32');
        expectClose(sf, Float32Array.from(toF64(xf)).sort(), { rtol: 0, atol: 0 });
    });
    it('a scalar sorts to itself', () => {
        const x = L.scalar(2.5, 'f64');
        expect(L.sort(x).shape).toEqual([]);
        expect(L.sort(x).item()).toBe(2.5);
        expect(L.argsort(x).item()).toBe(0);
    });
    it('methods x.sort(), x.argsort()', () => {
        const x = L.tensor([[3, 1, 2]], { dtype: 'f64' });
        expect(x.sort().toArray()).toEqual([[1, 2, 3]]);
        expect(x.sort(-1, { descending: true }).toArray()).toEqual([[3, 2, 1]]);
        expect(x.argsort(1).toArray()).toEqual([[1, 2, 0]]);
    });
    it('gradient scatters the cotangent back through the permutation (float64 finite differences)', () => {
        let worst = 0;
        for (const [shape, axis] of [
            [[7], -1],
            [[3, 4, 5], 0],
            [[3, 4, 5], 1],
            [[3, 4, 5], 2],
            [[1, 6], 1],
            [[], 0],
        ]) {
            for (const descending of [false, true]) {
                const x = rand(shape, shape.length * 7 + axis + 1, -2, 2);
                worst = Math.max(worst, checkGrad((v) => L.sort(v, axis, { descending }), [x]));
                // a nonlinear function of the sorted values, so weights differ per rank
                worst = Math.max(worst, checkGrad((v) => L.mul(L.sort(v, axis, { descending }), L.sin(v)), [x]));
            }
        }
        // exact: d(Σ_j w_j sort(x)_j)/dx_{p_j} = w_j
        const x = L.tensor([0.3, -1, 2, 0.5], { dtype: 'f64' });
        const w = L.tensor([1, 10, 100, 1000], { dtype: 'f64' });
        const g = L.grad((v) => L.sum(L.mul(L.sort(v), w)))(x);
        expect(g.toArray()).toEqual([10, 1, 1000, 100]); // ranks of x: 1, 0, 3, 2
        expect(worst).toBeLessThan(1e-6);
    });
    it('second derivatives through sort (gradient of a gradient)', () => {
        const x = rand([3, 5], 21, -2, 2);
        const inner = L.grad((v) => L.sum(L.mul(L.square(L.sort(v, 1)), L.cos(v))));
        checkGrad((v) => inner(v), [x]);
    });
    it('size-0 input: empty outputs, empty gradient', () => {
        const x = L.zeros([0, 3], { dtype: 'f64' });
        expect(L.sort(x, 0).shape).toEqual([0, 3]);
        const g = L.grad((v) => L.sum(L.sort(v, 1)))(x);
        expect(g.shape).toEqual([0, 3]);
    });
    it('argsort has no gradient path (int32), errors name the function', () => {
        expect(() => L.sort(rand([3], 1), 1)).toThrow(/sort: axis 1 is out of range for a tensor of rank 1/);
        expect(() => L.argsort(rand([3, 2], 1), -3)).toThrow(/argsort: axis -3 is out of range/);
        expect(() => L.sort(rand([3], 1), 0, { descending: 'yes' })).toThrow(/sort: option 'descending' must be a boolean/);
    });
});
describe('topk', () => {
    it('values and indices of the k largest, largest first, ties in original order', () => {
        for (const [shape, axis, k] of [
            [[9], -1, 3],
            [[3, 6], 1, 6],
            [[3, 6], 0, 2],
            [[2, 5, 4], 1, 0],
            [[2, 5, 4], 2, 1],
        ]) {
            const a = axis < 0 ? axis + shape.length : axis;
            for (const x of [rand(shape, 4), tiedValues(shape, 9)]) {
                const [v, i] = L.topk(x, k, axis);
                const kShape = shape.map((d, ax) => (ax === a ? k : d));
                expect(v.shape).toEqual(kShape);
                expect(i.shape).toEqual(kShape);
                expect(i.dtype).toBe('i32');
                // reference: the first k entries of the stable descending argsort
                const full = argsortRef(toF64(x), shape, a, true);
                const n = shape[a];
                const inner = shape.slice(a + 1).reduce((p, d) => p * d, 1);
                const refIdx = [];
                for (let p = 0; p < full.length / (n * inner); p++)
                    for (let j = 0; j < k; j++)
                        for (let q = 0; q < inner; q++)
                            refIdx.push(full[(p * n + j) * inner + q]);
                expect(Array.from(i.dataSync())).toEqual(refIdx);
                expectClose(v, gatherRef(toF64(x), shape, refIdx, kShape, a), { rtol: 0, atol: 0 });
            }
        }
    });
    it('NaN ranks below every number', () => {
        const [v, i] = L.topk(L.tensor([NaN, 1, -5, NaN], { dtype: 'f64' }), 3);
        expect(Array.from(i.dataSync())).toEqual([1, 2, 0]);
        expect(v.dataSync()[1]).toBe(-5);
    });
    it('gradient reaches the chosen entries only (float64 finite differences)', () => {
        let worst = 0;
        for (const [shape, axis, k] of [
            [[8], -1, 3],
            [[3, 5], 0, 2],
            [[3, 5], 1, 5],
            [[2, 3, 4], 1, 1],
        ]) {
            const x = rand(shape, shape.length + k, -2, 2);
            worst = Math.max(worst, checkGrad((v) => L.topk(v, k, axis)[0], [x]));
        }
        const g = L.grad((v) => L.sum(L.topk(v, 2)[0]))(L.tensor([0.1, 3, -1, 2], { dtype: 'f64' }));
        expect(g.toArray()).toEqual([0, 1, 0, 1]);
        checkGrad((v) => L.grad((u) => L.sum(L.square(L.topk(u, 2, 1)[0])))(v), [rand([2, 4], 8)]);
        expect(worst).toBeLessThan(1e-6);
    });
    it('method form and errors', () => {
        const [v] = L.tensor([1, 4, 2], { dtype: 'f64' }).topk(2);
        expect(v.toArray()).toEqual([4, 2]);
        expect(() => L.topk(rand([3, 4], 1), 5)).toThrow(/topk: k must be an integer in 0..4/);
        expect(() => L.topk(rand([3, 4], 1), -1, 0)).toThrow(/topk: k must be an integer in 0..3/);
        expect(() => L.topk(rand([3, 4], 1), 1.5)).toThrow(/topk: k must be an integer/);
        expect(() => L.topk(L.scalar(1), 1)).toThrow(/topk: needs a tensor of rank >= 1/);
        expect(() => L.topk(rand([3], 1), 1, 2)).toThrow(/topk: axis 2 is out of range/);
    });
});
//# sourceMappingURL=sort.test.js.map