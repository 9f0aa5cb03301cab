/**
 * WebGPU matmul equals the CPU kernel. Tolerance: f32 inputs in [−1, 1] summed over K terms in
 * f32 on the GPU (the CPU accumulates in f64 and rounds once), so |error| ≤ ~K·2⁻²⁴; with
 * K ≤ 200 we use rtol 1e-5, atol 2e-5. Integer products are exact.
 */
import { expect, it } from 'vitest';
import * as L from '../../src/index.js';
import { rand } from '../util/check.js';
import { describeGpu, expectGpuClose } from '../util/gpu.js';
const TOL = { rtol: 1e-5, atol: 2e-5 };
const f32 = (shape, seed) => rand(shape, seed, -1, 1, 'f32');
const ints = (shape, seed) => rand(shape, seed, -5, 5, 'f32').cast('i32');
describeGpu('webgpu matmul', () => {
    it('equals the CPU for sizes that are not multiples of the 64×64×16 tile', async () => {
        const sizes = [
            [1, 1, 1],
            [3, 5, 7],
            [64, 16, 64],
            [65, 17, 70],
            [130, 33, 1],
            [1, 200, 97],
            [7, 129, 3],
        ];
        for (const [i, [M, K, N]] of sizes.entries()) {
            const a = f32([M, K], 10 + i);
            const b = f32([K, N], 20 + i);
            await expectGpuClose(L.matmul(await a.to('webgpu'), await b.to('webgpu')), L.matmul(a, b), { ...TOL, what: `${M}x${K}x${N}` });
        }
    });
    it('broadcasts batch axes and promotes vectors', async () => {
        const cases = [
            [
                [2, 1, 5, 6],
                [3, 6, 4],
            ],
            [
                [4, 5, 6],
                [6, 3],
            ],
            [
                [5, 6],
                [2, 6, 70],
            ],
            [
                [3, 1, 2, 9],
                [1, 4, 9, 2],
            ],
            [[6], [6, 4]],
            [[5, 6], [6]],
            [[6], [6]],
            [[2, 3, 6], [6]],
        ];
        for (const [i, [sa, sb]] of cases.entries()) {
            const a = f32(sa, 30 + i);
            const b = f32(sb, 40 + i);
            const g = L.matmul(await a.to('webgpu'), await b.to('webgpu'));
            await expectGpuClose(g, L.matmul(a, b), { ...TOL, what: `${JSON.stringify(sa)}@${JSON.stringify(sb)}` });
        }
    });
    it('multiplies i32 exactly', async () => {
        const a = ints([2, 9, 31], 1);
        const b = ints([31, 66], 2);
        const g = L.matmul(await a.to('webgpu'), await b.to('webgpu'));
        expect(g.dtype).toBe('i32');
        expect(Array.from(await g.data())).toEqual(Array.from(L.matmul(a, b).dataSync()));
        // mixed operands are converted to the promoted type inside the kernel
        const c = f32([31, 5], 3);
        const m = L.matmul(await a.to('webgpu'), await c.to('webgpu'));
        expect(m.dtype).toBe('f32');
        await expectGpuClose(m, L.matmul(a, c), TOL);
    });
    it('handles empty operands (K = 0 gives zeros)', async () => {
        for (const [sa, sb] of [
            [
                [0, 3],
                [3, 4],
            ],
            [
                [3, 0],
                [0, 4],
            ],
            [
                [2, 0, 5, 3],
                [3, 4],
            ],
            [
                [3, 5],
                [5, 0],
            ],
        ]) {
            const a = f32(sa, 5);
            const b = f32(sb, 6);
            await expectGpuClose(L.matmul(await a.to('webgpu'), await b.to('webgpu')), L.matmul(a, b), TOL);
        }
    });
    it('gradients through matmul equal the CPU', async () => {
        const a = f32([3, 7, 5], 7);
        const b = f32([3, 5, 9], 8);
        const ct = f32([3, 7, 9], 9);
        const f = (x, y) => L.matmul(x, y);
        const [, backCpu] = L.vjp(f, a, b);
        const [ga, gb] = backCpu(ct);
        const [, backGpu] = L.vjp(f, await a.to('webgpu'), await b.to('webgpu'));
        const [gaG, gbG] = backGpu(await ct.to('webgpu'));
        expect(gaG.device).toBe('webgpu');
        await expectGpuClose(gaG, ga, TOL);
        await expectGpuClose(gbG, gb, TOL);
    });
    it('gradients with broadcast batch axes equal the CPU (needs the GPU sum)', async () => {
        const a = f32([2, 1, 4, 5], 11);
        const b = f32([3, 5, 6], 12);
        const ct = f32([2, 3, 4, 6], 13);
        const f = (x, y) => L.matmul(x, y);
        const [ga, gb] = L.vjp(f, a, b)[1](ct);
        const [gaG, gbG] = L.vjp(f, await a.to('webgpu'), await b.to('webgpu'))[1](await ct.to('webgpu'));
        await expectGpuClose(gaG, ga, TOL);
        await expectGpuClose(gbG, gb, TOL);
    });
});
//# sourceMappingURL=matmul.test.js.map