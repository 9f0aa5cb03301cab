/**
 * linearScan on WebGPU equals the CPU kernel (real and complex; forward, reverse, shifted via
 * the VJP; broadcast a; T up to 4096) and gradients through it agree between devices.
 * Tolerances (f32, both sides computed in f32 from identical inputs; the recurrences here are
 * contractive, |a| < 1): rtol 1e-4, atol 1e-5 — the only differences are FMA contraction and
 * operation order inside the GPU's multiply-add.
 * Long T with few channels takes the chunked parallel scan (scan-wgsl.ts, chunkPlan): the same
 * tolerances apply (it is the same recurrence, re-started per chunk from carries that were
 * computed in f32 in another order).
 */
import { expect, it } from 'vitest';
import * as L from '../../src/index.js';
import { rand } from '../util/check.js';
import { describeGpu, expectGpuClose } from '../util/gpu.js';
import { chunkPlan } from '../../src/core/ops/scan-wgsl.js';
const TOL = { rtol: 1e-4, atol: 1e-5 };
const f32 = (shape, seed, lo = -1, hi = 1) => rand(shape, seed, lo, hi, 'f32');
const gpu = (t) => t.to('webgpu');
describeGpu('linearScan on WebGPU', () => {
    it('real: per-channel a, full a, reverse, other axes', async () => {
        const cases = [
            { a: [5], b: [3, 17, 5], axis: 1 },
            { a: [3, 17, 5], b: [3, 17, 5], axis: 1, reverse: true },
            { a: [17, 1], b: [2, 17, 4], axis: 1 },
            { a: [4, 1, 6], b: [4, 9, 6], axis: 1, reverse: true },
            { a: [9], b: [9], axis: 0 },
            { a: [2, 1, 1], b: [2, 11, 3], axis: -2 },
            { a: [7, 3], b: [7, 3], axis: 0, reverse: true },
        ];
        for (const [n, c] of cases.entries()) {
            const a = f32(c.a, 10 + n, -0.95, 0.95);
            const b = f32(c.b, 50 + n);
            const opts = { axis: c.axis, reverse: c.reverse };
            const want = L.linearScan(a, b, opts);
            const got = L.linearScan(await gpu(a), await gpu(b), opts);
            expect(got.device).toBe('webgpu');
            await expectGpuClose(got, want, { ...TOL, what: `case ${n}` });
        }
    });
    it('complex: forward and reverse, complex or real b', async () => {
        for (const reverse of [false, true]) {
            const ar = f32([6], 1, -0.7, 0.7);
            const ai = f32([6], 2, -0.7, 0.7);
            const br = f32([2, 33, 6], 3);
            const bi = f32([2, 33, 6], 4);
            const want = L.linearScan({ re: ar, im: ai }, { re: br, im: bi }, { axis: 1, reverse });
            const got = L.linearScan({ re: await gpu(ar), im: await gpu(ai) }, { re: await gpu(br), im: await gpu(bi) }, { axis: 1, reverse });
            await expectGpuClose(got.re, want.re, TOL);
            await expectGpuClose(got.im, want.im, TOL);
            const want2 = L.linearScan({ re: ar, im: ai }, br, { axis: 1, reverse });
            const got2 = L.linearScan({ re: await gpu(ar), im: await gpu(ai) }, await gpu(br), { axis: 1, reverse });
            await expectGpuClose(got2.re, want2.re, TOL);
            await expectGpuClose(got2.im, want2.im, TOL);
        }
    });
    it('long sequences: T = 4096, real and complex', async () => {
        const T = 4096;
        // Kept at 8192 elements: SwiftShader under this sandbox intermittently crashes on buffers of
        // a few hundred KiB (a driver/sandbox problem, also without any kernel: upload + read back).
        const a = f32([2], 7, -0.99, 0.99);
        const b = f32([1, T, 2], 8);
        await expectGpuClose(L.linearScan(await gpu(a), await gpu(b), { axis: 1 }), L.linearScan(a, b, { axis: 1 }), TOL);
        await expectGpuClose(L.linearScan(await gpu(a), await gpu(b), { axis: 1, reverse: true }), L.linearScan(a, b, { axis: 1, reverse: true }), TOL);
        const ar = f32([2], 9, -0.7, 0.7);
        const ai = f32([2], 10, -0.7, 0.7);
        const want = L.linearScan({ re: ar, im: ai }, { re: b, im: b }, { axis: 1 });
        const got = L.linearScan({ re: await gpu(ar), im: await gpu(ai) }, { re: await gpu(b), im: await gpu(b) }, { axis: 1 });
        await expectGpuClose(got.re, want.re, TOL);
        await expectGpuClose(got.im, want.im, TOL);
    });
    it('empty time axis and empty channels dispatch nothing and give empty tensors', async () => {
        const got = L.linearScan(await gpu(f32([3], 1)), await gpu(f32([2, 0, 3], 2)), { axis: 1 });
        expect(got.shape).toEqual([2, 0, 3]);
        expect((await got.data()).length).toBe(0);
    });
    it('gradients through the real scan: GPU equals CPU (the VJP runs the shifted reverse scan)', async () => {
        const a = f32([2, 1, 5], 21, -0.9, 0.9);
        const b = f32([2, 40, 5], 22);
        const w = f32([2, 40, 5], 23);
        for (const reverse of [false, true]) {
            const loss = (x, y, ww) => L.sum(L.mul(L.linearScan(x, y, { axis: 1, reverse }), ww));
            const g = L.grad(loss, { argnums: [0, 1] });
            const [ga, gb] = g(a, b, w);
            const [ga2, gb2] = g(await gpu(a), await gpu(b), await gpu(w));
            await expectGpuClose(ga2, ga, { rtol: 1e-4, atol: 1e-4 });
            await expectGpuClose(gb2, gb, TOL);
        }
    });
    it('gradients through the complex scan: GPU equals CPU', async () => {
        const ar = f32([5], 31, -0.7, 0.7);
        const ai = f32([5], 32, -0.7, 0.7);
        const br = f32([3, 25, 5], 33);
        const bi = f32([3, 25, 5], 34);
        const loss = (xr, xi, yr, yi) => {
            const h = L.linearScan({ re: xr, im: xi }, { re: yr, im: yi }, { axis: 1 });
            return L.add(L.sum(L.mul(h.re, h.re)), L.sum(L.mul(h.im, yr)));
        };
        const g = L.grad(loss, { argnums: [0, 1, 2, 3] });
        const want = g(ar, ai, br, bi);
        const got = g(await gpu(ar), await gpu(ai), await gpu(br), await gpu(bi));
        for (let i = 0; i < 4; i++)
            await expectGpuClose(got[i], want[i], { rtol: 1e-4, atol: 1e-4, what: `input ${i}` });
    });
    it('chunked path: chosen only for long T with few channels', () => {
        expect(chunkPlan(2, 4096)).toEqual({ L: 64, C: 64 });
        expect(chunkPlan(6, 3000)).toEqual({ L: 55, C: 55 });
        expect(chunkPlan(1, 256)).toEqual({ L: 16, C: 16 });
        expect(chunkPlan(4, 255)).toBeNull();
        expect(chunkPlan(4096, 4096)).toBeNull();
    });
    it('chunked path, real: per-channel, full, time-only and broadcast a; forward and reverse', async () => {
        const cases = [
            { a: [2], b: [1, 4096, 2], axis: 1 },
            { a: [2, 3000, 3], b: [2, 3000, 3], axis: 1 },
            { a: [3000, 1], b: [2, 3000, 3], axis: 1 },
            { a: [2, 1, 3], b: [2, 3000, 3], axis: 1 },
            { a: [257], b: [257], axis: 0 },
            { a: [1, 1], b: [300, 5], axis: 0 },
        ];
        for (const [n, c] of cases.entries()) {
            expect(chunkPlan(c.b.reduce((x, y) => x * y, 1) / c.b[c.axis], c.b[c.axis])).not.toBeNull();
            const a = f32(c.a, 110 + n, -0.99, 0.99);
            const b = f32(c.b, 150 + n);
            for (const reverse of [false, true]) {
                const opts = { axis: c.axis, reverse };
                const want = L.linearScan(a, b, opts);
                const got = L.linearScan(await gpu(a), await gpu(b), opts);
                await expectGpuClose(got, want, { ...TOL, what: `case ${n} reverse ${reverse}` });
            }
        }
    });
    it('chunked path, complex: forward and reverse, per-channel and full a', async () => {
        const cases = [
            { a: [2], b: [1, 4096, 2] },
            { a: [2, 3000, 3], b: [2, 3000, 3] },
            { a: [3], b: [2, 3000, 3] },
        ];
        for (const [n, c] of cases.entries()) {
            const ar = f32(c.a, 210 + n, -0.7, 0.7);
            const ai = f32(c.a, 220 + n, -0.7, 0.7);
            const br = f32(c.b, 230 + n);
            const bi = f32(c.b, 240 + n);
            for (const reverse of [false, true]) {
                const want = L.linearScan({ re: ar, im: ai }, { re: br, im: bi }, { axis: 1, reverse });
                const got = L.linearScan({ re: await gpu(ar), im: await gpu(ai) }, { re: await gpu(br), im: await gpu(bi) }, { axis: 1, reverse });
                await expectGpuClose(got.re, want.re, { ...TOL, what: `case ${n} reverse ${reverse} re` });
                await expectGpuClose(got.im, want.im, { ...TOL, what: `case ${n} reverse ${reverse} im` });
            }
        }
    });
    it('chunked path, gradients (shifted reverse scans): real and complex, GPU equals CPU', async () => {
        const b = f32([2, 3000, 3], 322);
        const w = f32([2, 3000, 3], 323);
        // broadcast a, and a full in time (the shifted scans then read a at t ± 1 inside every chunk)
        for (const [a, reverse] of [
            [f32([2, 1, 3], 321, -0.95, 0.95), false],
            [f32([2, 1, 3], 321, -0.95, 0.95), true],
            [f32([2, 3000, 3], 324, -0.95, 0.95), false],
            [f32([2, 3000, 3], 324, -0.95, 0.95), true],
        ]) {
            const loss = (x, y, ww) => L.sum(L.mul(L.linearScan(x, y, { axis: 1, reverse }), ww));
            const g = L.grad(loss, { argnums: [0, 1] });
            const [ga, gb] = g(a, b, w);
            const [ga2, gb2] = g(await gpu(a), await gpu(b), await gpu(w));
            await expectGpuClose(ga2, ga, { rtol: 1e-4, atol: 1e-3, what: `real da reverse ${reverse}` });
            await expectGpuClose(gb2, gb, { ...TOL, what: `real db reverse ${reverse}` });
        }
        const ar = f32([2], 331, -0.7, 0.7);
        const ai = f32([2], 332, -0.7, 0.7);
        const br = f32([1, 4096, 2], 333);
        const bi = f32([1, 4096, 2], 334);
        for (const reverse of [false, true]) {
            const loss = (xr, xi, yr, yi) => {
                const h = L.linearScan({ re: xr, im: xi }, { re: yr, im: yi }, { axis: 1, reverse });
                return L.add(L.sum(L.mul(h.re, h.re)), L.sum(L.mul(h.im, yr)));
            };
            const g = L.grad(loss, { argnums: [0, 1, 2, 3] });
            const want = g(ar, ai, br, bi);
            const got = g(await gpu(ar), await gpu(ai), await gpu(br), await gpu(bi));
            for (let i = 0; i < 4; i++)
                await expectGpuClose(got[i], want[i], { rtol: 1e-4, atol: 1e-3, what: `complex input ${i} reverse ${reverse}` });
        }
    });
});
//# sourceMappingURL=scan.test.js.map