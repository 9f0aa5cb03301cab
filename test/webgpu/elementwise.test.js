/**
 * WebGPU elementwise kernels against the CPU reference. Inputs are f32; the reference is the
 * CPU op on the same values cast to f64. Tolerances: arithmetic rtol 1e-5 (atol 1e-6),
 * transcendentals rtol 1e-4 (atol 1e-5); integer and bool results must match exactly.
 */
import { expect, it } from 'vitest';
import * as L from '../../src/index.js';
import { rand } from '../util/check.js';
import { describeGpu, expectExact, expectGpuClose } from '../util/gpu.js';
const ARITH = { rtol: 1e-5, atol: 1e-6 };
const TRANS = { rtol: 1e-4, atol: 1e-5 };
/** WGSL sin/cos are built-ins with absolute error ≤ 2^-11 on [-π, π] (WGSL spec; SwiftShader ~2e-4). */
const TRIG = { rtol: 0, atol: 2 ** -11 };
const f32 = (shape, seed, lo = -1, hi = 1) => rand(shape, seed, lo, hi, 'f32');
const f64 = (t) => L.cast(t, 'f64');
const gpu = (t) => t.to('webgpu');
const UNARY = [
    ['neg', L.neg, -3, 3, ARITH],
    ['exp', L.exp, -5, 5, TRANS],
    ['log', L.log, 0.01, 10, TRANS],
    ['log1p', L.log1p, -0.9, 5, TRANS],
    ['expm1', L.expm1, -3, 3, TRANS],
    ['sqrt', L.sqrt, 0, 10, ARITH],
    ['rsqrt', L.rsqrt, 0.01, 10, ARITH],
    ['abs', L.abs, -3, 3, ARITH],
    ['sign', L.sign, -3, 3, ARITH],
    ['sin', L.sin, -Math.PI, Math.PI, TRIG],
    ['cos', L.cos, -Math.PI, Math.PI, TRIG],
    ['tanh', L.tanh, -6, 6, TRANS],
    ['sigmoid', L.sigmoid, -20, 20, TRANS],
    ['relu', L.relu, -3, 3, ARITH],
    ['square', L.square, -3, 3, ARITH],
    ['erf', L.erf, -4, 4, TRANS],
    ['floor', L.floor, -5, 5, ARITH],
    ['round', L.round, -5, 5, ARITH],
];
const SHAPES = [[], [0], [7], [3, 5], [1000], [2, 257]];
describeGpu('webgpu elementwise: unary', () => {
    for (const [name, fn, lo, hi, tol] of UNARY) {
        it(`${name} (f32) equals the f64 CPU result`, async () => {
            for (const [si, shape] of SHAPES.entries()) {
                const x = f32(shape, 10 + si, lo, hi);
                await expectGpuClose(fn(await gpu(x)), fn(f64(x)), { ...tol, what: `${name} ${JSON.stringify(shape)}` });
            }
        });
    }
    it('is accurate near 0 (relative) for expm1, log1p, tanh, erf', async () => {
        // sin and cos use WGSL's built-ins, whose accuracy is absolute (2^-11 on [-π, π]), see TRIG.
        const x = L.tensor([1e-7, -3e-6, 1e-4, -2e-3, 0.3, -0.49, 0.51, 0], { dtype: 'f32' });
        for (const fn of [L.expm1, L.log1p, L.tanh, L.erf])
            await expectGpuClose(fn(await gpu(x)), fn(f64(x)), { rtol: 1e-5, atol: 0 });
    });
    it('handles special values: ±inf, NaN, large |x|, round half up', async () => {
        const x = L.tensor([Infinity, -Infinity, NaN, 100, -100, 2.5, -2.5, 0.49999997, 0], { dtype: 'f32' });
        const xg = await gpu(x);
        await expectGpuClose(L.tanh(xg), L.tanh(f64(x)), TRANS);
        await expectGpuClose(L.sigmoid(xg), L.sigmoid(f64(x)), TRANS);
        await expectGpuClose(L.round(xg), L.round(f64(x)), ARITH);
        await expectGpuClose(L.erf(xg), L.erf(f64(x)), TRANS);
        await expectExact(L.isFinite(xg), L.isFinite(x));
        await expectExact(L.logicalNot(xg), L.logicalNot(x));
    });
    it('integer and bool inputs: i32 stays i32, bool ops give i32/bool, floats ops give f32', async () => {
        const i = L.tensor(new Int32Array([-5, 0, 3, 7, -1]));
        const b = L.tensor([true, false, true, false, true]);
        for (const fn of [L.neg, L.abs, L.sign, L.relu, L.square, L.floor, L.round])
            await expectExact(fn(await gpu(i)), fn(i));
        for (const fn of [L.neg, L.square, L.abs, L.logicalNot, L.isFinite])
            await expectExact(fn(await gpu(b)), fn(b));
        for (const fn of [L.exp, L.sqrt, L.tanh])
            await expectGpuClose(fn(await gpu(L.abs(i))), fn(L.cast(L.abs(i), 'f64')), TRANS);
    });
});
const BINARY = [
    ['add', L.add, -3, 3, ARITH],
    ['sub', L.sub, -3, 3, ARITH],
    ['mul', L.mul, -3, 3, ARITH],
    ['div', L.div, 0.5, 3, ARITH],
    ['pow', L.pow, 0.1, 3, TRANS],
    ['maximum', L.maximum, -3, 3, ARITH],
    ['minimum', L.minimum, -3, 3, ARITH],
    ['atan2', L.atan2, -3, 3, TRANS],
];
const COMPARE = [
    ['eq', L.eq],
    ['ne', L.ne],
    ['lt', L.lt],
    ['le', L.le],
    ['gt', L.gt],
    ['ge', L.ge],
    ['logicalAnd', L.logicalAnd],
    ['logicalOr', L.logicalOr],
];
/** Shape pairs: equal, trailing broadcast, both-sided broadcast, scalar, size 0, higher rank. */
const PAIRS = [
    [
        [3, 4],
        [3, 4],
    ],
    [[3, 4], [4]],
    [
        [2, 1, 5],
        [3, 1],
    ],
    [[], [5]],
    [[6], []],
    [[0, 3], [3]],
    [[300], [1]],
    [
        [2, 3, 4, 5],
        [3, 1, 5],
    ],
    [
        [1, 4, 1, 3],
        [2, 1, 5, 1],
    ],
    [
        [513, 3],
        [513, 1],
    ],
];
describeGpu('webgpu elementwise: binary', () => {
    for (const [name, fn, lo, hi, tol] of BINARY) {
        it(`${name} (f32, broadcasting) equals the f64 CPU result`, async () => {
            for (const [pi, [sa, sb]] of PAIRS.entries()) {
                const a = f32(sa, 100 + pi, lo, hi);
                const b = f32(sb, 200 + pi, lo, hi);
                await expectGpuClose(fn(await gpu(a), await gpu(b)), fn(f64(a), f64(b)), { ...tol, what: `${name} ${JSON.stringify([sa, sb])}` });
            }
        });
    }
    for (const [name, fn] of COMPARE) {
        it(`${name} (broadcasting, ties, f32 and i32) equals the CPU result exactly`, async () => {
            for (const [pi, [sa, sb]] of PAIRS.entries()) {
                const a = L.round(f32(sa, 300 + pi, -2, 2));
                const b = L.round(f32(sb, 400 + pi, -2, 2));
                await expectExact(fn(await gpu(a), await gpu(b)), fn(a, b), `${name} f32 ${JSON.stringify([sa, sb])}`);
                const ai = L.cast(a, 'i32');
                const bi = L.cast(b, 'i32');
                await expectExact(fn(await gpu(ai), await gpu(bi)), fn(ai, bi), `${name} i32 ${JSON.stringify([sa, sb])}`);
            }
        });
    }
    it('pow: negative bases with integer exponents, 0^y, x^0 (as Math.pow)', async () => {
        const a = L.tensor([-2, -2, -1.5, 0, 0, 3, -3, 2], { dtype: 'f32' });
        const b = L.tensor([3, 2, 2, 2, 0, 0, -1, -2], { dtype: 'f32' });
        await expectGpuClose(L.pow(await gpu(a), await gpu(b)), L.pow(f64(a), f64(b)), TRANS);
    });
    it('maximum/minimum propagate NaN', async () => {
        const a = L.tensor([NaN, 1, 2], { dtype: 'f32' });
        const b = L.tensor([1, NaN, 3], { dtype: 'f32' });
        await expectGpuClose(L.maximum(await gpu(a), await gpu(b)), L.maximum(a, b));
        await expectGpuClose(L.minimum(await gpu(a), await gpu(b)), L.minimum(a, b));
    });
    it('integer arithmetic in i32, bool promotes to i32, mixed i32/f32 to f32, weak scalars', async () => {
        const a = L.tensor(new Int32Array([-7, 3, 0, 12, 5, -1]), { shape: [2, 3] });
        const b = L.tensor(new Int32Array([2, -4, 9]));
        const bb = L.tensor([true, false, true]);
        for (const fn of [L.add, L.sub, L.mul, L.maximum, L.minimum]) {
            await expectExact(fn(await gpu(a), await gpu(b)), fn(a, b));
            await expectExact(fn(await gpu(a), await gpu(bb)), fn(a, bb));
            await expectExact(fn(await gpu(a), 3), fn(a, 3));
        }
        await expectGpuClose(L.div(await gpu(a), await gpu(b)), L.div(L.cast(a, 'f64'), L.cast(b, 'f64')), ARITH);
        const x = f32([2, 3], 5);
        await expectGpuClose(L.add(await gpu(a), await gpu(x)), L.add(L.cast(a, 'f64'), f64(x)), ARITH);
        await expectGpuClose(L.mul(await gpu(x), 2.5), L.mul(f64(x), 2.5), ARITH);
    });
    it('more than 65535 workgroups (2-D grid)', async () => {
        const n = 70000 * 256 + 3;
        const data = new Float32Array(n);
        for (let i = 0; i < n; i++)
            data[i] = (i % 1000) - 500;
        const y = await L.add(L.mul(L.tensor(data, { device: 'webgpu' }), 2), 1).data();
        expect(y.length).toBe(n);
        let bad = -1;
        for (let i = 0; i < n; i++) {
            if (y[i] !== 2 * data[i] + 1) {
                bad = i;
                break;
            }
        }
        expect(bad).toBe(-1);
    });
    it('rank above 8 after collapsing: a clear error', async () => {
        const a = L.zeros([2, 2, 2, 2, 2, 2, 2, 2, 2], { device: 'webgpu' });
        const b = L.zeros([2, 1, 2, 1, 2, 1, 2, 1, 2], { device: 'webgpu' });
        expect(() => L.add(a, b)).toThrow('rank up to 8');
        // Collapsible high ranks are fine.
        const c = L.ones([1, 2, 1, 2, 1, 2, 1, 2, 1, 2], { device: 'webgpu' });
        expect(Array.from(await L.add(c, L.ones([2], { device: 'webgpu' })).data())).toEqual(new Array(32).fill(2));
    });
});
describeGpu('webgpu elementwise: where and cast', () => {
    it('where broadcasts condition and branches (f32, i32, bool branches; f32 and bool conditions)', async () => {
        for (const [pi, [sa, sb]] of PAIRS.entries()) {
            const c = L.gt(f32(sa, 500 + pi), 0);
            const a = f32(sb, 600 + pi);
            const b = f32([], 700 + pi);
            await expectExact(L.where(await gpu(c), await gpu(a), await gpu(b)), L.where(c, a, b), `where ${JSON.stringify([sa, sb])}`);
        }
        const cf = L.tensor([0, 2, -1, NaN], { dtype: 'f32' });
        const ai = L.tensor(new Int32Array([1, 2, 3, 4]));
        const bi = L.tensor(new Int32Array([-1, -2, -3, -4]));
        await expectExact(L.where(await gpu(cf), await gpu(ai), await gpu(bi)), L.where(cf, ai, bi));
        const ab = L.tensor([true, true, false, false]);
        const bb = L.tensor([false, true, false, true]);
        await expectExact(L.where(await gpu(cf), await gpu(ab), await gpu(bb)), L.where(cf, ab, bb));
    });
    it('cast between f32, i32 and bool (floats truncate toward zero; NaN is false)', async () => {
        const x = L.tensor([-2.7, -0.5, 0, 0.5, 3.9, 1e6, NaN], { dtype: 'f32' });
        const xf = L.tensor([-2.7, -0.5, 0, 0.5, 3.9, 1e6], { dtype: 'f32' });
        await expectExact(L.cast(await gpu(xf), 'i32'), L.cast(xf, 'i32'));
        await expectExact(L.cast(await gpu(x), 'bool'), L.cast(x, 'bool'));
        const i = L.tensor(new Int32Array([-3, 0, 5, 16777217]));
        await expectExact(L.cast(await gpu(i), 'f32'), L.cast(i, 'f32'));
        await expectExact(L.cast(await gpu(i), 'bool'), L.cast(i, 'bool'));
        const b = L.tensor([true, false, true]);
        await expectExact(L.cast(await gpu(b), 'f32'), L.cast(b, 'f32'));
        await expectExact(L.cast(await gpu(b), 'i32'), L.cast(b, 'i32'));
        await expectExact(L.cast(await gpu(L.zeros([0, 2])), 'i32'), L.cast(L.zeros([0, 2]), 'i32'));
    });
});
describeGpu('webgpu elementwise: gradients equal the CPU gradients', () => {
    it('grad of sum(tanh(x)·y), sum(exp(x)/(1+x²)) with broadcasting, gelu, softplus, clip, where', async () => {
        const x = f32([3, 4], 900, -2, 2);
        const y = f32([4], 901, -2, 2);
        const fs = [
            ['tanh·y', (a, b) => L.sum(L.mul(L.tanh(a), b))],
            ['exp/(1+x²)', (a, b) => L.sum(L.div(L.exp(a), L.add(L.square(L.add(a, b)), 1)))],
            ['gelu', (a, b) => L.sum(L.mul(L.gelu(a), b))],
            ['gelu tanh', (a, b) => L.sum(L.mul(L.gelu(a, true), b))],
            ['softplus', (a, b) => L.sum(L.mul(L.softplus(a), L.sigmoid(b)))],
            ['clip·max', (a, b) => L.sum(L.mul(L.clip(a, -1, 1), L.maximum(a, b)))],
            ['where·pow·atan2', (a, b) => L.sum(L.where(L.gt(a, 0), L.pow(L.abs(a), b), L.atan2(a, b)))],
        ];
        for (const [what, f] of fs) {
            const g = L.grad(f, { argnums: [0, 1] });
            const [gx, gy] = g(await gpu(x), await gpu(y));
            const [cx, cy] = g(f64(x), f64(y));
            await expectGpuClose(gx, cx, { ...TRANS, what: `${what} d/dx` });
            await expectGpuClose(gy, cy, { ...TRANS, what: `${what} d/dy` });
        }
    });
});
//# sourceMappingURL=elementwise.test.js.map