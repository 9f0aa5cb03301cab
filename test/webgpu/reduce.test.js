/**
 * WebGPU reductions, argmax/argmin, cumsum/cumprod and the internal shiftAxis against the CPU
 * reference (CPU in f64 from the same f32 inputs). Tolerances: sums and products rtol 1e-5
 * with atol 1e-5·(number of terms) for sums (f32 accumulation on the GPU); max/min, argmax and
 * integer results exact.
 */
import { it } from 'vitest';
import * as L from '../../src/index.js';
import { shiftAxis } from '../../src/core/ops/movement.js';
import { rand } from '../util/check.js';
import { describeGpu, expectExact, expectGpuClose } from '../util/gpu.js';
const f32 = (shape, seed, lo = -1, hi = 1) => rand(shape, seed, lo, hi, 'f32');
const f64 = (t) => L.cast(t, 'f64');
const gpu = (t) => t.to('webgpu');
/** Shapes and axes: all, leading, trailing, middle, several, keepdims; short and long (≥ 256) extents. */
const CASES = [
    [[], undefined],
    [[7], undefined],
    [[3, 5], [1]],
    [[3, 5], [0]],
    [
        [2, 3, 4],
        [0, 2],
    ],
    [[2, 3, 4], [1]],
    [[1000], undefined],
    [[3, 700], [1]],
    [[700, 3], [0]],
    [
        [5, 300, 2],
        [0, 1],
    ],
    [[70000], undefined],
    [[0, 4], [0]],
    [[4, 0], [0]],
];
describeGpu('webgpu reductions', () => {
    for (const kind of ['sum', 'prod', 'max', 'min']) {
        it(`${kind} over axes (f32) equals the f64 CPU result`, async () => {
            const fn = L[kind];
            for (const [ci, [shape, axes]] of CASES.entries()) {
                if ((kind === 'max' || kind === 'min') && shape.includes(0))
                    continue;
                // Products stay O(1): values near ±1.
                const x = kind === 'prod' ? L.mul(L.sign(f32(shape, 20 + ci)), L.add(L.mul(f32(shape, 40 + ci), 0.01), 1)) : f32(shape, 20 + ci);
                for (const keep of [false, true]) {
                    const terms = axes === undefined ? x.size : axes.reduce((p, a) => p * shape[a], 1);
                    const tol = kind === 'sum'
                        ? { rtol: 1e-5, atol: 1e-6 * Math.max(terms, 1) }
                        : kind === 'prod'
                            ? { rtol: 1e-5 * Math.max(1, terms / 100), atol: 1e-6 }
                            : { rtol: 0, atol: 0 };
                    await expectGpuClose(fn(await gpu(x), axes, keep), fn(f64(x), axes, keep), {
                        ...tol,
                        what: `${kind} ${JSON.stringify(shape)} ${JSON.stringify(axes)} keep=${keep}`,
                    });
                }
            }
        });
    }
    it('i32 and bool inputs (sum of bool is i32; max/min of bool stay bool)', async () => {
        const i = L.tensor(new Int32Array([3, -7, 2, 9, 0, -1, 5, 4, 8, 1, -3, 6]), { shape: [3, 4] });
        const b = L.gt(i, 1);
        for (const fn of [L.sum, L.prod, L.max, L.min]) {
            for (const axes of [undefined, 0, 1]) {
                await expectExact(fn(await gpu(i), axes), fn(i, axes));
                await expectExact(fn(await gpu(b), axes), fn(b, axes));
            }
        }
        const big = L.cast(L.round(f32([3, 600], 3, -50, 50)), 'i32');
        await expectExact(L.sum(await gpu(big), 1), L.sum(big, 1));
        await expectExact(L.max(await gpu(big), 1), L.max(big, 1));
    });
    it('max/min propagate NaN (short and long extents)', async () => {
        for (const n of [5, 400]) {
            const d = rand([2, n], 7, -1, 1, 'f32').dataSync();
            d[3] = NaN;
            const x = L.tensor(d, { shape: [2, n] });
            await expectGpuClose(L.max(await gpu(x), 1), L.max(x, 1));
            await expectGpuClose(L.min(await gpu(x), 1), L.min(x, 1));
        }
    });
    it('mean, variance, logsumexp compositions', async () => {
        const x = f32([4, 300], 8, -3, 3);
        await expectGpuClose(L.mean(await gpu(x), 1), L.mean(f64(x), 1), { rtol: 1e-5, atol: 1e-6 });
        await expectGpuClose(L.variance(await gpu(x), 0), L.variance(f64(x), 0), { rtol: 1e-4, atol: 1e-6 });
        await expectGpuClose(L.logsumexp(await gpu(x), 1), L.logsumexp(f64(x), 1), { rtol: 1e-5, atol: 1e-6 });
    });
});
describeGpu('webgpu argmax / argmin', () => {
    it('first index on ties, the first NaN wins, short and long rows, axes and flattening', async () => {
        for (const [si, shape] of [[7], [3, 5], [4, 300], [2, 3, 700], [1], [600, 2]].entries()) {
            // Values on a coarse grid: many ties.
            const x = L.round(f32(shape, 60 + si, -3, 3));
            for (const axis of [undefined, -1, 0]) {
                await expectExact(L.argmax(await gpu(x), axis), L.argmax(x, axis), `argmax ${JSON.stringify(shape)} ${axis}`);
                await expectExact(L.argmin(await gpu(x), axis), L.argmin(x, axis), `argmin ${JSON.stringify(shape)} ${axis}`);
            }
        }
        for (const n of [6, 500]) {
            const d = new Float32Array(n).fill(1);
            d[2] = NaN;
            d[4] = NaN;
            d[n - 1] = 5;
            const x = L.tensor(d);
            await expectExact(L.argmax(await gpu(x)), L.argmax(x));
            await expectExact(L.argmin(await gpu(x)), L.argmin(x));
        }
        const i = L.tensor(new Int32Array([3, 9, 9, -4, -4, 0]), { shape: [2, 3] });
        await expectExact(L.argmax(await gpu(i), 1), L.argmax(i, 1));
        await expectExact(L.argmin(await gpu(i), 0), L.argmin(i, 0));
        const z = L.zeros([0, 3]);
        await expectExact(L.argmax(await gpu(z), 1), L.argmax(z, 1));
    });
});
describeGpu('webgpu cumsum / cumprod / shiftAxis', () => {
    it('forward, reverse, exclusive along each axis (f32, i32, bool)', async () => {
        for (const [si, shape] of [[], [7], [3, 5], [2, 3, 4], [300, 2], [0, 3]].entries()) {
            const x = f32(shape, 80 + si, 0.5, 1.5);
            const xi = L.cast(L.round(L.mul(x, 3)), 'i32');
            const xb = L.gt(x, 1);
            for (let axis = 0; axis < Math.max(shape.length, 1); axis++) {
                for (const reverse of [false, true]) {
                    for (const exclusive of [false, true]) {
                        const o = { reverse, exclusive };
                        const what = `${JSON.stringify(shape)} axis ${axis} ${JSON.stringify(o)}`;
                        const n = shape.length ? shape[axis] : 1;
                        await expectGpuClose(L.cumsum(await gpu(x), axis, o), L.cumsum(f64(x), axis, o), { rtol: 1e-5, atol: 1e-6 * n, what: `cumsum ${what}` });
                        // Long products of values in [0.5, 1.5] grow or vanish: compare relative to 1e-5 per factor.
                        await expectGpuClose(L.cumprod(await gpu(x), axis, o), L.cumprod(f64(x), axis, o), { rtol: 2e-6 * n, atol: 1e-30, what: `cumprod ${what}` });
                        await expectExact(L.cumsum(await gpu(xi), axis, o), L.cumsum(xi, axis, o), `cumsum i32 ${what}`);
                        await expectExact(L.cumsum(await gpu(xb), axis, o), L.cumsum(xb, axis, o), `cumsum bool ${what}`);
                    }
                }
            }
        }
    });
    it('shiftAxis moves entries and fills (f32, i32, bool)', async () => {
        const x = f32([3, 4, 5], 90);
        for (const axis of [0, 1, 2]) {
            for (const k of [-5, -2, -1, 0, 1, 3, 6]) {
                await expectExact(shiftAxis(await gpu(x), axis, k, 0.5), shiftAxis(x, axis, k, 0.5), `f32 axis ${axis} k ${k}`);
                const xi = L.cast(L.mul(x, 10), 'i32');
                await expectExact(shiftAxis(await gpu(xi), axis, k, -7), shiftAxis(xi, axis, k, -7), `i32 axis ${axis} k ${k}`);
                const xb = L.gt(x, 0);
                await expectExact(shiftAxis(await gpu(xb), axis, k, 1), shiftAxis(xb, axis, k, 1), `bool axis ${axis} k ${k}`);
            }
        }
    });
});
describeGpu('webgpu reductions: gradients equal the CPU gradients', () => {
    it('sum/mean/max/prod/logsumexp/cumsum compositions', async () => {
        const x = f32([4, 300], 95, 0.5, 1.5);
        const y = f32([300], 96, -1, 1);
        const fs = [
            ['sum(tanh(x)·y)', (a, b) => L.sum(L.mul(L.tanh(a), b))],
            ['max·mean', (a, b) => L.sum(L.mul(L.max(a, 1), L.mean(L.mul(a, b), 1)))],
            ['prod', (a) => L.sum(L.prod(L.add(L.mul(L.sub(a, 1), 0.01), 1), 0))],
            ['logsumexp', (a, b) => L.sum(L.logsumexp(L.mul(a, b), 1))],
            ['variance', (a) => L.sum(L.variance(a, 0))],
            ['cumsum', (a, b) => L.sum(L.mul(L.cumsum(a, 1, { reverse: true }), b))],
        ];
        for (const [what, f] of fs) {
            const g = L.grad(f, { argnums: [0, 1] });
            const [gx, gy] = g(await gpu(x), await gpu(y));
            const [cx, cy] = g(f64(x), f64(y));
            await expectGpuClose(gx, cx, { rtol: 1e-4, atol: 1e-5, what: `${what} d/dx` });
            await expectGpuClose(gy, cy, { rtol: 1e-4, atol: 1e-4, what: `${what} d/dy` });
        }
    });
});
//# sourceMappingURL=reduce.test.js.map