/**
 * Integer indexing: take / takeAlongAxis / scatterAdd / oneHot. Values against hand-written
 * index loops (and a few numpy results quoted literally), gradients by float64 central
 * differences, second derivatives through take and scatterAdd.
 */
import { describe, expect, it } from 'vitest';
import { arange, grad, hvp, jvp, mul, oneHot, withStrict, reshape, scatterAdd, square, sum, take, takeAlongAxis, tensor, zeros } from '../src/index.js';
import { checkGrad, expectClose, rand, rng } from './util/check.js';
/** Gradient check whose relative error must also stay below 1e-6 where the gradient is small. */
const gc = (f, inputs, argnums) => {
    expect(checkGrad(f, inputs, argnums ? { argnums } : {}), 'relative gradient error').toBeLessThan(1e-6);
};
const iota = (shape) => reshape(arange(0, shape.reduce((a, b) => a * b, 1), 1, { dtype: 'f64' }), shape);
const i32 = (data) => tensor(data, { dtype: 'i32' });
const vals = (t) => Array.from(t.dataSync());
/** Random i32 indices in [lo, hi). */
function randIdx(shape, seed, lo, hi) {
    const r = rng(seed);
    const n = shape.reduce((a, b) => a * b, 1);
    return tensor(Int32Array.from({ length: n }, () => lo + Math.floor(r() * (hi - lo))), { shape });
}
const strides = (shape) => shape.map((_, d) => shape.slice(d + 1).reduce((a, b) => a * b, 1));
function unravel(p, shape) {
    const st = strides(shape);
    return shape.map((n, d) => Math.floor(p / st[d]) % n);
}
const dotIdx = (ix, st) => ix.reduce((a, i, d) => a + i * st[d], 0);
/** Reference take_along_axis with numpy broadcasting of the non-axis dims, by explicit loops. */
function refTakeAlong(x, idx, axis) {
    const xs = x.shape;
    const is = idx.shape;
    const shape = xs.map((n, d) => (d === axis ? is[d] : Math.max(n, is[d])));
    const xd = x.dataSync();
    const id = idx.dataSync();
    const data = [];
    const size = shape.reduce((a, b) => a * b, 1);
    for (let p = 0; p < size; p++) {
        const o = unravel(p, shape);
        const ii = o.map((v, d) => (is[d] === 1 ? 0 : v));
        let k = id[dotIdx(ii, strides(is))];
        if (k < 0)
            k += xs[axis];
        const xi = o.map((v, d) => (d === axis ? k : xs[d] === 1 ? 0 : v));
        data.push(xd[dotIdx(xi, strides(xs))]);
    }
    return { shape, data };
}
/** Reference torch.scatter_add by explicit loops. */
function refScatterAdd(x, idx, u, axis) {
    const out = vals(x);
    const id = idx.dataSync();
    const ud = u.dataSync();
    for (let p = 0; p < u.size; p++) {
        const j = unravel(p, u.shape);
        let k = id[p];
        if (k < 0)
            k += x.shape[axis];
        j[axis] = k;
        out[dotIdx(j, strides(x.shape))] += ud[p];
    }
    return out;
}
describe('take', () => {
    it('matches numpy.take (flattened, per axis, any index shape, negative indices)', () => {
        const x = iota([3, 4]);
        // np.take(np.arange(12).reshape(3, 4), [[5, -1], [0, 11]]) == [[5, 11], [0, 11]]
        const y = take(x, i32([
            [5, -1],
            [0, 11],
        ]));
        expect(y.shape).toEqual([2, 2]);
        expect(y.toArray()).toEqual([
            [5, 11],
            [0, 11],
        ]);
        // np.take(a, [2, -1, 0, 2], axis=1) == [[2, 3, 0, 2], [6, 7, 4, 6], [10, 11, 8, 10]]
        expect(take(x, [2, -1, 0, 2], 1).toArray()).toEqual([
            [2, 3, 0, 2],
            [6, 7, 4, 6],
            [10, 11, 8, 10],
        ]);
        expect(x.take([-3], -2).toArray()).toEqual([[0, 1, 2, 3]]);
        // a JS integer removes the axis, as numpy's scalar index
        expect(take(x, 1, 1).toArray()).toEqual([1, 5, 9]);
        expect(take(x, -1).item()).toBe(11);
    });
    it('places the index shape where the axis was: [P, n, Q] x [I, J] -> [P, I, J, Q]', () => {
        const x = rand([2, 5, 3], 1);
        const idx = randIdx([4, 2], 2, -5, 5);
        const y = take(x, idx, 1);
        expect(y.shape).toEqual([2, 4, 2, 3]);
        const xd = x.dataSync();
        const id = idx.dataSync();
        const want = [];
        for (let p = 0; p < 2; p++) {
            for (let j = 0; j < 8; j++) {
                const k = id[j] < 0 ? id[j] + 5 : id[j];
                for (let q = 0; q < 3; q++)
                    want.push(xd[p * 15 + k * 3 + q]);
            }
        }
        expectClose(y, want, { rtol: 0, atol: 0 });
    });
    it('size-0 cases', () => {
        expect(take(iota([3, 4]), i32([]), 1).shape).toEqual([3, 0]);
        expect(take(zeros([0, 4]), [1, 2], 1).shape).toEqual([0, 2]);
        expect(take(zeros([3, 0]), i32([[]]), 0).shape).toEqual([1, 0, 0]);
    });
    it('errors: out of range, wrong dtype, rank 0', () => {
        const x = iota([3, 4]);
        expect(() => take(x, [4], 1)).toThrow(/take: index 4 is out of range for axis 1 of size 4 \(allowed -4..3\)/);
        expect(() => take(x, [-13])).toThrow(/take: index -13 is out of range for axis 1 of size 12/);
        expect(() => take(zeros([2, 0]), [0], 1)).toThrow(/take: index 0 is out of range for axis 1 of size 0/);
        expect(() => take(x, tensor([1]))).toThrow(/take: indices must be an i32 tensor, got f32\[1\]/);
        expect(() => take(x, [1.5])).toThrow(/take: indices must be integers/);
        expect(() => take(tensor(1), [0], 0)).toThrow(/take: x has rank 0; omit axis/);
        expect(() => take(x, [0], 2)).toThrow(/take: axis 2 is out of range for a tensor of rank 2/);
    });
    it('gradient (repeated indices accumulate)', () => {
        gc((a) => take(a, i32([1, 1, -1, 0, 1])), [rand([2, 2], 3)]);
        gc((a) => take(a, randIdx([3, 2], 4, -4, 4), 1), [rand([2, 4, 3], 5)]);
        gc((a) => take(a, 2, -1), [rand([3, 4], 6)]);
        gc((a) => take(a, i32([0, 0, 0])), [rand([], 7)]);
        const g = grad((a) => sum(take(a, i32([2, 2, 0]))))(iota([3]));
        expect(vals(g)).toEqual([1, 0, 2]);
    });
    it('second derivatives through take (grad of grad, and H·v in closed form)', () => {
        // f(x) = Σ_j w_j x[i_j]³  =>  ∇f_k = Σ_{j: i_j = k} 3 w_j x_k²,  (H v)_k = Σ_{j: i_j = k} 6 w_j x_k v_k
        const idx = i32([1, 3, 1, 0, -1, 3]);
        const w = rand([6], 8, 0.5, 1.5);
        const f = (a) => sum(mul(mul(square(take(a, idx)), take(a, idx)), w));
        const x = rand([4], 9);
        const v = rand([4], 10);
        gc((a) => grad(f)(a), [x]);
        const xd = x.dataSync();
        const vd = v.dataSync();
        const wd = w.dataSync();
        const want = [0, 0, 0, 0];
        [1, 3, 1, 0, 3, 3].forEach((k, j) => (want[k] += 6 * wd[j] * xd[k] * vd[k]));
        expectClose(hvp(f, x, v), want, { rtol: 1e-12, atol: 1e-14 });
    });
});
describe('forward mode', () => {
    it('jvp of take and scatterAdd are the same ops applied to the tangents (both are linear)', () => {
        const idx = i32([
            [2, -1],
            [0, 0],
        ]);
        const x = rand([3, 4], 120);
        const t = rand([3, 4], 121);
        const [y, ty] = jvp((a) => take(a, idx, 1), [x], [t]);
        expectClose(y, take(x, idx, 1), { rtol: 0, atol: 0 });
        expectClose(ty, take(t, idx, 1), { rtol: 1e-15, atol: 1e-15 });
        const j = randIdx([5, 4], 122, 0, 3);
        const u = rand([5, 4], 123);
        const tu = rand([5, 4], 124);
        const [, ts] = jvp((a, b) => scatterAdd(a, j, b, 0), [x, u], [t, tu]);
        expectClose(ts, scatterAdd(t, j, tu, 0), { rtol: 1e-14, atol: 1e-15 });
    });
});
describe('takeAlongAxis', () => {
    it('matches numpy.take_along_axis, including broadcast non-axis dims', () => {
        // np.take_along_axis(np.arange(12).reshape(3, 4), [[3, 0], [-1, 1], [2, 2]], 1)
        expect(takeAlongAxis(iota([3, 4]), i32([
            [3, 0],
            [-1, 1],
            [2, 2],
        ]), 1).toArray()).toEqual([
            [3, 0],
            [7, 5],
            [10, 10],
        ]);
        const cases = [
            [[3, 4], [3, 2], 1],
            [[3, 4], [1, 5], -1],
            [[1, 4], [3, 2], 1],
            [[3, 4, 2], [2, 1, 2], 0],
            [[3, 4, 2], [3, 4, 1], 2],
            [[2, 1, 3], [1, 4, 2], 2],
            [[5], [7], 0],
            [[3, 4], [3, 0], 1],
        ];
        cases.forEach(([xs, is, axis], c) => {
            const x = rand(xs, 20 + c);
            const n = xs[axis < 0 ? axis + xs.length : axis];
            const idx = randIdx(is, 40 + c, -n, n);
            const ref = refTakeAlong(x, idx, axis < 0 ? axis + xs.length : axis);
            const y = takeAlongAxis(x, idx, axis);
            expect(y.shape).toEqual(ref.shape);
            expectClose(y, ref.data, { rtol: 0, atol: 0 });
            expectClose(x.takeAlongAxis(idx, axis), ref.data, { rtol: 0, atol: 0 });
        });
    });
    it('gradient (including broadcast x and broadcast indices)', () => {
        gc((a) => takeAlongAxis(a, randIdx([3, 5], 51, -4, 4), 1), [rand([3, 4], 52)]);
        gc((a) => takeAlongAxis(a, randIdx([3, 2], 53, 0, 4), 1), [rand([1, 4], 54)]);
        gc((a) => takeAlongAxis(a, randIdx([1, 4, 2], 55, 0, 3), 2), [rand([2, 1, 3], 56)]);
        gc((a) => takeAlongAxis(a, randIdx([2, 3, 1], 57, -2, 2), 0), [rand([2, 3, 4], 58)]);
    });
    it('errors', () => {
        const x = iota([3, 4]);
        expect(() => takeAlongAxis(x, i32([1, 2]), 1)).toThrow(/takeAlongAxis: indices must have the same rank as x \(got \[3, 4\] and \[2\]\)/);
        expect(() => takeAlongAxis(x, i32([[1], [2]]), 1)).toThrow(/takeAlongAxis: x and indices cannot be broadcast on axis 0 \(got \[3, 4\] and \[2, 1\]\)/);
        expect(() => takeAlongAxis(x, i32([[4]]), 1)).toThrow(/takeAlongAxis: index 4 is out of range for axis 1 of size 4/);
        expect(() => takeAlongAxis(x, i32([[-4]]), 0)).toThrow(/takeAlongAxis: index -4 is out of range for axis 0 of size 3 \(allowed -3..2\)/);
        expect(() => takeAlongAxis(x, tensor([[1]]), 0)).toThrow(/takeAlongAxis: indices must be an i32 tensor/);
        expect(() => takeAlongAxis(x, i32([[1]]), 2)).toThrow(/takeAlongAxis: axis 2 is out of range/);
    });
});
describe('scatterAdd', () => {
    it('matches torch.scatter_add (repeats accumulate, index region smaller than x)', () => {
        // torch.zeros(3, 5).scatter_add(0, [[0, 1, 2, 0, 0], [2, 0, 0, 1, 2]], ones) ==
        //   [[1, 1, 1, 1, 1], [0, 1, 0, 1, 0], [1, 0, 1, 0, 1]]
        const y = scatterAdd(zeros([3, 5], { dtype: 'f64' }), i32([
            [0, 1, 2, 0, 0],
            [2, 0, 0, 1, 2],
        ]), tensor([
            [1, 1, 1, 1, 1],
            [1, 1, 1, 1, 1],
        ], { dtype: 'f64' }), 0);
        expect(y.toArray()).toEqual([
            [1, 1, 1, 1, 1],
            [0, 1, 0, 1, 0],
            [1, 0, 1, 0, 1],
        ]);
        const cases = [
            [[4, 3], [6, 3], 0],
            [[4, 3], [2, 5], -1],
            [[3, 4, 5], [2, 7, 4], 1],
            [[3, 4, 5], [3, 4, 2], 2],
            [[6], [10], 0],
            [[3, 4], [0, 4], 0],
        ];
        cases.forEach(([xs, is, axis], c) => {
            const x = rand(xs, 60 + c);
            const a = axis < 0 ? axis + xs.length : axis;
            const idx = randIdx(is, 70 + c, -xs[a], xs[a]);
            const u = rand(is, 80 + c);
            const y2 = scatterAdd(x, idx, u, axis);
            expect(y2.shape).toEqual(xs);
            expectClose(y2, refScatterAdd(x, idx, u, a), { rtol: 1e-15, atol: 1e-15 });
        });
        const xi = tensor([1, 2, 3], { dtype: 'i32' });
        expect(xi.scatterAdd(i32([0, 0, 2]), tensor([5, 5, 1], { dtype: 'i32' }), 0).toArray()).toEqual([11, 2, 4]);
    });
    it('is the adjoint of takeAlongAxis: <take(x, i), u> = <x, scatterAdd(0, i, u)>', () => {
        const x = rand([4, 6, 3], 90);
        const idx = randIdx([4, 9, 3], 91, -6, 6);
        const u = rand([4, 9, 3], 92);
        const lhs = sum(mul(takeAlongAxis(x, idx, 1), u)).item();
        const rhs = sum(mul(x, scatterAdd(zeros([4, 6, 3], { dtype: 'f64' }), idx, u, 1))).item();
        expect(Math.abs(lhs - rhs)).toBeLessThan(1e-12 * Math.abs(lhs) + 1e-14);
    });
    it('gradient in x and updates', () => {
        gc((a, b) => scatterAdd(a, randIdx([5, 3], 101, -4, 4), b, 0), [rand([4, 3], 102), rand([5, 3], 103)]);
        gc((a, b) => scatterAdd(a, randIdx([2, 3, 6], 104, 0, 5), b, -1), [rand([3, 4, 5], 105), rand([2, 3, 6], 106)]);
        gc((a, b) => mul(scatterAdd(a, randIdx([3], 107, 0, 2), b, 0), a), [rand([2], 108), rand([3], 109)]);
    });
    it('second derivatives through scatterAdd (its VJP is a gather)', () => {
        const idx = randIdx([5, 2], 111, 0, 3);
        const x0 = rand([3, 2], 112);
        const f = (u) => sum(mul(square(scatterAdd(x0, idx, u, 0)), scatterAdd(x0, idx, u, 0)));
        gc((u) => grad(f)(u), [rand([5, 2], 113)]);
    });
    it('errors', () => {
        const x = zeros([3, 4], { dtype: 'f64' });
        const u = zeros([2, 4], { dtype: 'f64' });
        expect(() => scatterAdd(x, i32([[0], [1]]), u, 0)).toThrow(/scatterAdd: indices and updates must have the same shape \(got \[2, 1\] and \[2, 4\]\)/);
        expect(() => scatterAdd(x, i32([
            [0, 0, 0, 0],
            [3, 0, 0, 0],
        ]), u, 0)).toThrow(/scatterAdd: index 3 is out of range for axis 0 of size 3/);
        expect(() => scatterAdd(x, i32([
            [0, 0, 0, 0],
            [0, 0, 0, 0],
        ]), zeros([2, 4]), 0)).toThrow(/scatterAdd: x and updates must have the same dtype \(got f64\[3, 4\] and f32\[2, 4\]\)/);
        expect(() => scatterAdd(x, i32([[0, 0, 0, 0, 0]]), zeros([1, 5], { dtype: 'f64' }), 0)).toThrow(/scatterAdd: indices must have x's rank and be no larger than x on axes other than 0 \(got \[3, 4\] and \[1, 5\]\)/);
        expect(() => scatterAdd(zeros([2], { dtype: 'bool' }), i32([0]), zeros([1], { dtype: 'bool' }), 0)).toThrow(/scatterAdd: cannot add bool tensors/);
        expect(() => scatterAdd(x, tensor([[0, 0, 0, 0]]), u, 0)).toThrow(/scatterAdd: indices must be an i32 tensor/);
    });
});
describe('oneHot', () => {
    it('encodes classes; out-of-range indices give zero rows', () => {
        const y = oneHot(i32([
            [2, 0],
            [-1, 3],
        ]), 3);
        expect(y.dtype).toBe('f32');
        expect(y.shape).toEqual([2, 2, 3]);
        expect(y.toArray()).toEqual([
            [
                [0, 0, 1],
                [1, 0, 0],
            ],
            [
                [0, 0, 0],
                [0, 0, 0],
            ],
        ]);
        expect(oneHot([1], 2, 'f64').dtype).toBe('f64');
        expect(oneHot(1, 4, 'bool').toArray()).toEqual([false, true, false, false]);
        expect(oneHot(i32([]), 3).shape).toEqual([0, 3]);
        expect(oneHot([0, 1], 0).shape).toEqual([2, 0]);
        // no implicit rank promotion inside, so it works in strict mode
        expect(withStrict(() => oneHot(i32([[1], [0]]), 2, 'i32').toArray())).toEqual([[[0, 1]], [[1, 0]]]);
    });
    it('errors', () => {
        expect(() => oneHot([0], -1)).toThrow(/oneHot: n must be a non-negative integer, got -1/);
        expect(() => oneHot(tensor([0.5]), 2)).toThrow(/oneHot: indices must be an i32 tensor/);
        expect(() => oneHot([0], 2, 'f16')).toThrow(/oneHot: unknown dtype "f16"/);
    });
});
//# sourceMappingURL=indexing.test.js.map