/**
 * The fused mesa-layer ops on WebGPU (f32, one invocation per sequence) against the CPU
 * kernels (f64 arithmetic on the same f32 inputs). Keys are scaled by 1/√d so that R stays well
 * conditioned; tolerances rtol 2e-3, atol 2e-4 for outputs and gradients (f32 accumulation
 * over T steps of O(d²) sums versus f64).
 */
import { expect, it } from 'vitest';
import * as L from '../../src/index.js';
import { runOp } from '../../src/core/op.js';
import { mesaForwardOp } from '../../src/core/ops/mesa.js';
import { rand } from '../util/check.js';
import { describeGpu, expectGpuClose } from '../util/gpu.js';
const TOL = { rtol: 2e-3, atol: 2e-4 };
function inputs(N, T, d, e, forget, seed) {
    const s = 1 / Math.sqrt(d);
    const xs = [
        rand([N, T, d], seed, -s, s, 'f32'),
        rand([N, T, d], seed + 1, -s, s, 'f32'),
        rand([N, T, e], seed + 2, -1, 1, 'f32'),
        rand([N], seed + 3, 0.5, 2, 'f32'),
    ];
    if (forget)
        xs.push(rand([N, T], seed + 4, 0.8, 1, 'f32'));
    return xs;
}
const gpuAll = (xs) => Promise.all(xs.map((x) => x.to('webgpu')));
describeGpu('mesa-layer fused ops on WebGPU', () => {
    for (const [N, T, d, e, forget, every] of [
        [3, 12, 4, 3, false, 4],
        [2, 17, 8, 5, true, 5],
        [2, 9, 32, 6, true, 100],
        [1, 6, 32, 32, false, 2],
    ]) {
        it(`forward and backward: N=${N} T=${T} d=${d} e=${e} forget=${forget} every=${every}`, async () => {
            const xs = inputs(N, T, d, e, forget, N * 100 + T + d);
            const p = { forget, every };
            const want = runOp(mesaForwardOp, xs, p);
            const xg = await gpuAll(xs);
            const got = runOp(mesaForwardOp, xg, p);
            expect(got[0].device).toBe('webgpu');
            for (let i = 0; i < 3; i++)
                await expectGpuClose(got[i], want[i], { ...TOL, what: `output ${i}` });
            const wy = rand([N, T, e], 7, -1, 1, 'f32');
            const loss = (...a) => L.sum(L.mul(runOp(mesaForwardOp, a.slice(0, -1), p)[0], a[a.length - 1]));
            const argnums = xs.map((_, i) => i);
            const gWant = L.grad(loss, { argnums })(...xs, wy);
            const gGot = L.grad(loss, { argnums })(...xg, await wy.to('webgpu'));
            for (let i = 0; i < xs.length; i++)
                await expectGpuClose(gGot[i], gWant[i], { ...TOL, what: `gradient ${i}` });
        });
    }
});
//# sourceMappingURL=mesa.test.js.map