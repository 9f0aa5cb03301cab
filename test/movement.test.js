/**
 * Movement ops: slice / sliceAxis / flip / pad / concat / stack / split. Values are checked
 * against Python's own slicing (a table generated with CPython `list(range(n))[a:b:c]` and
 * numpy.split) and against hand-written index loops; gradients by float64 central differences.
 */
import { describe, expect, it } from 'vitest';
import { add, arange, concat, flip, grad, hvp, jvp, mul, pad, reshape, setStrict, slice, sliceAxis, split, stack, sum, tensor, zeros } from '../src/index.js';
import { checkGrad, expectClose, rand } from './util/check.js';
const EXACT = { rtol: 0, atol: 0 };
/** Gradient check whose relative error must also stay below 1e-6 where the gradient is small. */
const gc = (f, inputs) => {
    expect(checkGrad(f, inputs), 'relative gradient error').toBeLessThan(1e-6);
};
/** Row-major values of the sub-array that takes, on axis d, the indices sel[d] (hand-written reference). */
function pick(x, sel) {
    const data = Array.from(x.dataSync());
    const shape = x.shape;
    const strides = shape.map((_, d) => shape.slice(d + 1).reduce((a, b) => a * b, 1));
    const out = [];
    const rec = (d, off) => {
        if (d === shape.length) {
            out.push(data[off]);
            return;
        }
        for (const i of sel[d])
            rec(d + 1, off + i * strides[d]);
    };
    rec(0, 0);
    return out;
}
const range = (n) => Array.from({ length: n }, (_, i) => i);
const iota = (shape) => reshape(arange(0, shape.reduce((a, b) => a * b, 1), 1, { dtype: 'f64' }), shape);
// [n, start, stop, step, list(range(n))[start:stop:step]] generated with CPython.
const PY_SLICES = [[6, -1, 0, -4, [5, 1]], [6, 9, 5, null, []], [6, -2, 1, -1, [4, 3, 2]], [0, 6, -2, null, []], [6, -1, -5, -4, [5]], [6, -5, -8, 1, []], [6, -5, -5, null, []], [0, -2, -2, 1, []], [5, 0, -2, -1, []], [6, -2, -5, -2, [4, 2]], [6, 6, null, -1, [5, 4, 3, 2, 1, 0]], [6, -5, null, 2, [1, 3, 5]], [6, 0, 1, -1, []], [6, null, -5, -1, [5, 4, 3, 2]], [1, -8, -2, -4, []], [5, 5, 0, -1, [4, 3, 2, 1]], [5, 3, -8, -1, [3, 2, 1, 0]], [6, 0, -1, null, [0, 1, 2, 3, 4]], [6, -8, -2, 2, [0, 2]], [6, 5, -8, 2, []], [5, -5, -8, -2, [0]], [1, -1, 3, 1, [0]], [6, null, -8, -1, [5, 4, 3, 2, 1, 0]], [6, 1, null, 1, [1, 2, 3, 4, 5]], [6, 6, 0, -4, [5, 1]], [5, 3, 9, 3, [3]], [1, null, 9, null, [0]], [6, 0, -2, 1, [0, 1, 2, 3]], [6, 6, -5, -2, [5, 3]], [6, -8, -5, 3, [0]], [5, -5, null, -4, [0]], [6, -1, -5, 3, []], [6, -5, 5, 3, [1, 4]], [6, 0, 3, 2, [0, 2]], [6, -5, 9, 3, [1, 4]], [6, 5, 0, null, []], [5, 6, 9, null, []], [5, 5, 9, 2, []], [5, -1, 0, -2, [4, 2]], [5, 0, 9, 2, [0, 2, 4]], [6, -1, 5, -2, []], [6, 0, -5, -4, []], [6, 6, 5, -2, []], [5, 6, 5, -4, []], [5, null, -2, 1, [0, 1, 2]], [6, -2, -5, null, []], [6, -8, 6, 1, [0, 1, 2, 3, 4, 5]], [1, 0, null, 2, [0]], [6, -1, 1, -4, [5]], [6, 0, 3, 1, [0, 1, 2]], [1, -5, 6, null, [0]], [6, 1, 1, 3, []], [6, -1, 3, -2, [5]], [0, -8, 9, -1, []], [1, -1, null, -4, [0]], [6, -1, -5, -2, [5, 3]], [5, -1, 3, -1, [4]], [6, 5, 9, -4, []], [6, 3, 9, null, [3, 4, 5]], [6, 6, 6, -2, []], [6, 9, 3, -4, [5]], [6, 3, 1, -2, [3]], [6, -2, -1, 3, [4]], [0, -1, null, -2, []], [5, -5, -5, 3, []], [6, 0, 5, 1, [0, 1, 2, 3, 4]], [0, 9, null, 2, []], [0, -2, 6, -2, []], [0, -5, -1, -2, []], [1, -5, 6, 1, [0]], [6, -5, -8, -1, [1, 0]], [1, null, 5, null, [0]], [6, -8, 0, -2, []], [6, 0, 9, 2, [0, 2, 4]], [1, -1, -8, -1, [0]], [1, -1, -1, -1, []], [1, null, 9, 2, [0]], [6, 3, 0, null, []], [0, 5, 1, null, []], [6, 9, -2, -2, [5]], [0, -8, 9, 3, []], [1, 6, 1, 2, []], [6, 1, -5, -2, []], [6, -1, 9, 3, [5]], [5, 5, null, -1, [4, 3, 2, 1, 0]], [6, 3, -1, -1, []], [6, -5, -8, 2, []], [6, -5, 5, 2, [1, 3]], [1, null, 3, null, [0]], [5, 0, 0, null, []], [6, 3, 3, -4, []], [1, -5, null, 1, [0]], [6, null, 6, 1, [0, 1, 2, 3, 4, 5]], [6, -8, 6, 3, [0, 3]], [6, 3, -5, -4, [3]], [1, -5, 9, 1, [0]], [0, 9, 6, 3, []], [5, null, 3, null, [0, 1, 2]], [6, 5, 6, 2, [5]], [6, null, 9, 1, [0, 1, 2, 3, 4, 5]]]; // prettier-ignore
/** Indices Python selects, looked up in the table (only for triples that are in it). */
function pyIndices(n, a, b, c) {
    const row = PY_SLICES.find((r) => r[0] === n && r[1] === a && r[2] === b && r[3] === c);
    if (!row)
        throw new Error(`test: slice ${n} ${a}:${b}:${c} is not in the CPython table`);
    return row[4];
}
describe('slice: Python slice semantics', () => {
    it('sliceAxis matches CPython list slicing on 100 (n, start, stop, step) cases', () => {
        for (const [n, a, b, c, want] of PY_SLICES) {
            const y = sliceAxis(arange(0, n, 1, { dtype: 'f64' }), 0, a, b, c);
            expect(y.shape, `${n} ${a}:${b}:${c}`).toEqual([want.length]);
            expect(Array.from(y.dataSync()), `${n} ${a}:${b}:${c}`).toEqual(want);
        }
    });
    it('multi-axis slices equal hand-indexed sub-arrays (ranges, integers, defaults)', () => {
        const x = iota([6, 5, 6]);
        const cases = [
            { specs: [[1, -1]], sel: [[1, 2, 3, 4], range(5), range(6)], shape: [4, 5, 6] },
            { specs: [-1], sel: [[5], range(5), range(6)], shape: [5, 6] },
            { specs: [null, 2], sel: [range(6), [2], range(6)], shape: [6, 6] },
            { specs: [[null, null, -2], -5, [-1, 0, -4]], sel: [[5, 3, 1], [0], pyIndices(6, -1, 0, -4)], shape: [3, 2] },
            {
                specs: [
                    [-8, 6, 3],
                    [null, null, -1],
                    [3, 9],
                ],
                sel: [
                    [0, 3],
                    [4, 3, 2, 1, 0],
                    [3, 4, 5],
                ],
                shape: [2, 5, 3],
            },
            { specs: [2, 4, 0], sel: [[2], [4], [0]], shape: [] },
            { specs: [[6, 0, -4], [], [0, 0]], sel: [[5, 1], range(5), []], shape: [2, 5, 0] },
            { specs: [], sel: [range(6), range(5), range(6)], shape: [6, 5, 6] },
        ];
        for (const { specs, sel, shape } of cases) {
            const y = slice(x, ...specs);
            expect(y.shape, JSON.stringify(specs)).toEqual(shape);
            expect(Array.from(y.dataSync()), JSON.stringify(specs)).toEqual(pick(x, sel));
            expect(Array.from(x.slice(...specs).dataSync())).toEqual(pick(x, sel));
        }
    });
    it('works on i32 and bool tensors, and on size-0 axes', () => {
        const xi = tensor([
            [1, 2, 3],
            [4, 5, 6],
        ], { dtype: 'i32' });
        const yi = slice(xi, [null, null, -1], [1]);
        expect(yi.dtype).toBe('i32');
        expect(yi.toArray()).toEqual([
            [5, 6],
            [2, 3],
        ]);
        const xb = tensor([true, false, true, true]);
        expect(slice(xb, [null, null, 2]).toArray()).toEqual([true, true]);
        const e = zeros([0, 3], { dtype: 'f64' });
        expect(slice(e, [1, 5], 2).shape).toEqual([0]);
        expect(sliceAxis(e, 1, 1).shape).toEqual([0, 2]);
    });
    it('rejects bad specs with messages naming slice and the axis', () => {
        const x = iota([3, 4]);
        expect(() => slice(x, 0, 0, 0)).toThrow(/slice: 3 index specs for a tensor of rank 2/);
        expect(() => slice(x, 3)).toThrow(/slice: index 3 is out of bounds for axis 0 of size 3.*allowed -3..2/);
        expect(() => slice(x, null, -5)).toThrow(/slice: index -5 is out of bounds for axis 1 of size 4/);
        expect(() => slice(x, 1.5)).toThrow(/slice: index 1.5/);
        expect(() => slice(x, [0, 2, 0])).toThrow(/slice: slice step must be non-zero/);
        expect(() => slice(x, [0.5, 2])).toThrow(/slice: slice start must be an integer or null, got 0.5/);
        expect(() => slice(x, [0, 1, 1, 1])).toThrow(/range spec is \[start\?, stop\?, step\?\]/);
        expect(() => slice(x, 'a')).toThrow(/slice: spec for axis 0 must be null/);
        expect(() => sliceAxis(x, 2, 0)).toThrow(/sliceAxis: axis 2 is out of range for a tensor of rank 2/);
        expect(() => sliceAxis(tensor(1), 0, 0)).toThrow(/sliceAxis: cannot slice a rank-0 tensor/);
    });
});
describe('slice: gradients (float64 central differences)', () => {
    it('scatters the cotangent back into the selected positions', () => {
        const x = rand([5, 4, 3], 11);
        gc((a) => slice(a, [1, -1]), [x]);
        gc((a) => slice(a, [null, null, -2], 2), [x]);
        gc((a) => slice(a, -1, [3, 0, -2], [null, null, 2]), [x]);
        gc((a) => slice(a, 0, 0, 0), [x]);
        gc((a) => sliceAxis(a, -1, 1, null, 1), [x]);
        gc((a) => mul(slice(a, [2, 2]), 3), [x]);
        gc((a) => slice(a), [rand([], 12)]);
    });
    it('gives an all-zero gradient for an empty selection', () => {
        const x = rand([3, 2], 13);
        const g = grad((a) => sum(slice(a, [2, 1])))(x);
        expectClose(g, zeros([3, 2], { dtype: 'f64' }), EXACT);
    });
    it('second derivatives through slice: H·v of Σ slice(x)³ in closed form', () => {
        const x = rand([6], 14);
        const v = rand([6], 15);
        const hv = hvp((a) => sum(mul(mul(slice(a, [1, null, 2]), slice(a, [1, null, 2])), slice(a, [1, null, 2]))), x, v);
        const xd = x.dataSync();
        const vd = v.dataSync();
        const want = range(6).map((i) => (i % 2 === 1 ? 6 * xd[i] * vd[i] : 0));
        expectClose(hv, want, { rtol: 1e-12, atol: 1e-14 });
    });
});
describe('forward mode', () => {
    it('jvp of slice / pad / concat is the op applied to the tangent (all are linear)', () => {
        const x = rand([4, 3], 16);
        const t = rand([4, 3], 17);
        const ops = [
            (a) => slice(a, [null, null, -2], 1),
            (a) => pad(a, [
                [1, 0],
                [2, 1],
            ], 0),
            (a) => concat([a, flip(a, 0)], 1),
        ];
        for (const op of ops) {
            const [, ty] = jvp((a) => op(a), [x], [t]);
            expectClose(ty, op(t), { rtol: 1e-15, atol: 1e-15 });
        }
    });
});
describe('flip', () => {
    it('reverses the named axes (default all)', () => {
        const x = iota([2, 3, 4]);
        expect(Array.from(flip(x, 1).dataSync())).toEqual(pick(x, [[0, 1], [2, 1, 0], range(4)]));
        expect(Array.from(flip(x, [0, -1]).dataSync())).toEqual(pick(x, [[1, 0], range(3), [3, 2, 1, 0]]));
        expect(Array.from(flip(x).dataSync())).toEqual(pick(x, [
            [1, 0],
            [2, 1, 0],
            [3, 2, 1, 0],
        ]));
        expect(Array.from(x.flip(-2).dataSync())).toEqual(pick(x, [[0, 1], [2, 1, 0], range(4)]));
        expect(flip(zeros([0, 3]), 0).shape).toEqual([0, 3]);
        expect(flip(tensor(2)).item()).toBe(2);
        expect(() => flip(x, 3)).toThrow(/flip: axis 3 is out of range/);
        expect(() => flip(x, [1, -2])).toThrow(/flip: repeated axis/);
    });
    it('gradient', () => {
        gc((a) => flip(a, [0, 2]), [rand([3, 2, 4], 21)]);
        gc((a) => flip(a), [rand([5], 22)]);
    });
});
describe('pad', () => {
    it('surrounds the tensor with the fill value', () => {
        const x = iota([2, 3]);
        const y = pad(x, [
            [1, 2],
            [0, 1],
        ], -7);
        expect(y.shape).toEqual([5, 4]);
        const want = [];
        const xd = x.dataSync();
        for (let i = 0; i < 5; i++) {
            for (let j = 0; j < 4; j++)
                want.push(i >= 1 && i < 3 && j < 3 ? xd[(i - 1) * 3 + j] : -7);
        }
        expect(Array.from(y.dataSync())).toEqual(want);
        expect(Array.from(x
            .pad([
            [0, 0],
            [2, 0],
        ])
            .dataSync())).toEqual([0, 0, 0, 1, 2, 0, 0, 3, 4, 5]);
        expect(Array.from(pad(zeros([0, 2], { dtype: 'f64' }), [
            [1, 0],
            [0, 1],
        ], 4).dataSync())).toEqual([4, 4, 4]);
        expect(pad(tensor(3), []).item()).toBe(3);
    });
    it('gradient: the interior of the cotangent', () => {
        gc((a) => pad(a, [
            [1, 2],
            [0, 3],
            [2, 0],
        ], 1.5), [rand([2, 3, 2], 31)]);
        gc((a) => pad(a, [[2, 2]]), [rand([3], 32)]);
    });
    it('rejects bad widths', () => {
        const x = iota([2, 3]);
        expect(() => pad(x, [[1, 1]])).toThrow(/pad: needs one \[before, after\] pair per axis: 1 pairs for shape \[2, 3\]/);
        expect(() => pad(x, [
            [1, 1],
            [-1, 0],
        ])).toThrow(/pad: widths must be \[before, after\] pairs of non-negative integers/);
        expect(() => pad(x, [
            [1, 1],
            [0.5, 0],
        ])).toThrow(/non-negative integers/);
    });
});
describe('concat and stack', () => {
    it('concat joins along any axis, with size-0 parts', () => {
        const a = iota([2, 3]);
        const b = reshape(arange(100, 104, 1, { dtype: 'f64' }), [2, 2]);
        const e = zeros([2, 0], { dtype: 'f64' });
        const y = concat([a, e, b], -1);
        expect(y.toArray()).toEqual([
            [0, 1, 2, 100, 101],
            [3, 4, 5, 102, 103],
        ]);
        expect(concat([a, a], 0).toArray()).toEqual([
            [0, 1, 2],
            [3, 4, 5],
            [0, 1, 2],
            [3, 4, 5],
        ]);
        expect(concat([a]).toArray()).toEqual(a.toArray());
        expect(concat([e, e], 1).shape).toEqual([2, 0]);
        // a large block exercises the bulk-copy path of the kernel
        const big = iota([3, 40, 2]);
        const yb = concat([big, big], 1);
        expect(Array.from(yb.dataSync())).toEqual(pick(big, [range(3), [...range(40), ...range(40)], range(2)]));
    });
    it('concat promotes dtypes like arithmetic, and refuses in strict mode', () => {
        const a = tensor([1, 2], { dtype: 'f32' });
        const b = tensor([3], { dtype: 'f64' });
        const c = tensor([4], { dtype: 'i32' });
        const y = concat([a, b, c]);
        expect(y.dtype).toBe('f64');
        expect(Array.from(y.dataSync())).toEqual([1, 2, 3, 4]);
        expect(concat([c, c]).dtype).toBe('i32');
        setStrict(true);
        try {
            expect(() => concat([a, b])).toThrow(/concat: implicit dtype promotion between f32\[2\] and f64\[1\] is disabled/);
        }
        finally {
            setStrict(false);
        }
    });
    it('stack adds a new axis', () => {
        const a = iota([2, 3]);
        const b = mul(iota([2, 3]), 10);
        const s0 = stack([a, b]);
        expect(s0.shape).toEqual([2, 2, 3]);
        expect(s0.toArray()).toEqual([a.toArray(), b.toArray()]);
        const s2 = stack([a, b], -1);
        expect(s2.shape).toEqual([2, 3, 2]);
        expect(s2.toArray()).toEqual([
            [
                [0, 0],
                [1, 10],
                [2, 20],
            ],
            [
                [3, 30],
                [4, 40],
                [5, 50],
            ],
        ]);
        expect(stack([tensor(1), tensor(2)]).toArray()).toEqual([1, 2]);
        expect(stack([a]).shape).toEqual([1, 2, 3]);
    });
    it('gradients', () => {
        gc((a, b, c) => concat([a, b, c], 1), [rand([2, 3, 2], 41), rand([2, 1, 2], 42), rand([2, 0, 2], 43)]);
        gc((a, b) => concat([a, b], -1), [rand([3, 2], 44), rand([3, 5], 45)]);
        gc((a, b) => concat([a, a, b]), [rand([2], 46), rand([3], 47)]);
        gc((a, b) => stack([a, b, a], 1), [rand([2, 3], 48), rand([2, 3], 49)]);
        gc((a, b) => stack([a, b]), [rand([], 50), rand([], 51)]);
    });
    it('errors name the op and the shapes', () => {
        expect(() => concat([])).toThrow(/concat: needs a non-empty array of tensors/);
        expect(() => concat([tensor(1), tensor(2)])).toThrow(/concat: cannot concatenate rank-0 tensors \(use stack\)/);
        expect(() => concat([iota([2, 3]), iota([3, 3])], 1)).toThrow(/concat: shapes must agree except on axis 1 \(got \[2, 3\] and \[3, 3\]\)/);
        expect(() => concat([iota([2, 3]), iota([6])])).toThrow(/concat: shapes must agree except on axis 0 \(got \[2, 3\] and \[6\]\)/);
        expect(() => concat([iota([2])], 1)).toThrow(/concat: axis 1 is out of range/);
        expect(() => stack([])).toThrow(/stack: needs a non-empty array/);
        expect(() => stack([iota([2]), iota([3])])).toThrow(/stack: all tensors must have the same shape \(got \[2\] and \[3\]\)/);
        expect(() => stack([iota([2])], 2)).toThrow(/stack: axis 2 is out of range/);
    });
});
describe('split', () => {
    it('matches numpy.split for sections and indices', () => {
        const x = arange(0, 10, 1, { dtype: 'f64' });
        // np.split(np.arange(10), [3, -2, 20]) and np.split(np.arange(10), [7, 3])
        expect(split(x, [3, -2, 20]).map((p) => Array.from(p.dataSync()))).toEqual([[0, 1, 2], [3, 4, 5, 6, 7], [8, 9], []]);
        expect(split(x, [7, 3]).map((p) => Array.from(p.dataSync()))).toEqual([[0, 1, 2, 3, 4, 5, 6], [], [3, 4, 5, 6, 7, 8, 9]]);
        expect(x.split(5).map((p) => p.toArray())).toEqual([
            [0, 1],
            [2, 3],
            [4, 5],
            [6, 7],
            [8, 9],
        ]);
        const m = iota([2, 6]);
        const parts = split(m, 3, -1);
        expect(parts.map((p) => p.shape)).toEqual([
            [2, 2],
            [2, 2],
            [2, 2],
        ]);
        expect(parts[1].toArray()).toEqual([
            [2, 3],
            [8, 9],
        ]);
        expect(split(m, [], 1)[0].shape).toEqual([2, 6]);
        expect(split(zeros([0, 2]), 4).map((p) => p.shape)).toEqual([
            [0, 2],
            [0, 2],
            [0, 2],
            [0, 2],
        ]);
    });
    it('gradient of a weighted recombination of the parts', () => {
        gc((a) => {
            const [p, q, r] = split(a, [1, 3], 1);
            return concat([mul(r, 2), p, mul(q, q)], 1);
        }, [rand([2, 5], 61)]);
    });
    it('gradient when only some parts are used, and of per-step parts (one concat, not one embed per part)', () => {
        gc((a) => {
            const [, q] = split(a, [2, 4], 0);
            return mul(q, q);
        }, [rand([5, 3], 62)]);
        gc((a) => {
            const steps = split(a, 4, 1); // [2, 1, 3] each, like a per-time-step loop
            return add(mul(steps[0], steps[3]), steps[2]);
        }, [rand([2, 4, 3], 63)]);
    });
    it('rejects bad sections', () => {
        const x = iota([2, 5]);
        expect(() => split(x, 2, 1)).toThrow(/split: axis 1 of size 5 \(shape \[2, 5\]\) does not divide into 2 equal sections/);
        expect(() => split(x, 0)).toThrow(/split: number of sections must be a positive integer, got 0/);
        expect(() => split(x, [1.5])).toThrow(/split: split indices must be integers/);
        expect(() => split(tensor(1), 1)).toThrow(/split: cannot split a rank-0 tensor/);
    });
});
//# sourceMappingURL=movement.test.js.map