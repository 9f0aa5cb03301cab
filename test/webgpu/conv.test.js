/**
 * The convolution and pooling kernels on WebGPU against the CPU (f32 operands on both sides), for
 * every combination of stride, padding, dilation and groups: the forward value, both gradients
 * (the conv2dInputGrad and conv2dFilterGrad kernels) and a gradient of a gradient (the kernels
 * calling each other). Direct f32 sums on the GPU against im2col products on the CPU: rtol 1e-5,
 * atol 1e-5 (sums of ≤ 100 products of magnitude ≤ 1, rounded in another order).
 */
import { expect, it } from 'vitest';
import { add, avgPool2d, conv2d, globalAvgPool, grad, maxPool2d, mul, square, sum, tanh } from '../../src/index.js';
import { rand } from '../util/check.js';
import { describeGpu, expectGpuClose } from '../util/gpu.js';
const TOL = { rtol: 1e-5, atol: 1e-5 };
const OPTIONS = [1, 2, [2, 1]].flatMap((stride) => ['valid', 1, [2, 1], 'same'].flatMap((padding) => [1, [2, 1]].flatMap((dilation) => [1, 2].map((groups) => ({ stride, padding, dilation, groups })))));
/** Value and gradients in x and w of Σ c ⊙ conv(x, w)² (both gradient kernels run). */
function convAndGrads(x, w, c, opts) {
    const f = (a, b) => sum(mul(square(conv2d(a, b, opts)), c));
    return [conv2d(x, w, opts), ...grad(f, { argnums: [0, 1] })(x, w)];
}
describeGpu('convolutions and poolings on WebGPU', () => {
    it.each(OPTIONS.map((o) => [JSON.stringify(o), o]))('conv2d and its gradients equal the CPU: %s', async (_, opts) => {
        const x = rand([2, 4, 7, 9], 1, -1, 1, 'f32');
        const w = rand([6, 4 / (opts.groups ?? 1), 3, 2], 2, -1, 1, 'f32');
        const c = rand(conv2d(x, w, opts).shape, 3, 0.5, 1.5, 'f32');
        const want = convAndGrads(x, w, c, opts);
        const [xg, wg, cg] = await Promise.all([x, w, c].map((t) => t.to('webgpu')));
        const got = convAndGrads(xg, wg, cg, opts);
        for (let i = 0; i < want.length; i++) {
            expect(got[i].device).toBe('webgpu');
            await expectGpuClose(got[i], want[i], { ...TOL, what: `output ${i}` });
        }
    });
    it('a gradient of a gradient through conv2d equals the CPU', async () => {
        const opts = { stride: 2, padding: 'same', dilation: [1, 2], groups: 2 };
        const x = rand([2, 4, 7, 9], 4, -1, 1, 'f32');
        const w = rand([6, 2, 3, 3], 5, -1, 1, 'f32');
        const f = (a, b) => {
            const [gx, gw] = grad((u, v) => sum(tanh(conv2d(u, v, opts))), { argnums: [0, 1] })(a, b);
            return add(sum(square(gx)), sum(square(gw)));
        };
        const want = grad(f, { argnums: [0, 1] })(x, w);
        const got = grad(f, { argnums: [0, 1] })(await x.to('webgpu'), await w.to('webgpu'));
        for (let i = 0; i < 2; i++)
            await expectGpuClose(got[i], want[i], { rtol: 1e-4, atol: 1e-5, what: `second-order gradient ${i}` });
    });
    const POOLS = [{ kernel: 2 }, { kernel: 3, stride: 2, padding: 1 }, { kernel: [3, 2], stride: [1, 2], padding: 'same' }];
    it.each(POOLS.map((o) => [JSON.stringify(o), o]))('maxPool2d, avgPool2d, globalAvgPool and their gradients equal the CPU: %s', async (_, opts) => {
        const x = rand([2, 3, 7, 9], 6, -1, 1, 'f32');
        const run = (a) => {
            const f = (u) => add(add(sum(square(maxPool2d(u, opts))), sum(square(avgPool2d(u, opts)))), sum(square(globalAvgPool(u))));
            return [maxPool2d(a, opts), avgPool2d(a, opts), globalAvgPool(a), grad(f)(a)];
        };
        const want = run(x);
        const got = run(await x.to('webgpu'));
        for (let i = 0; i < want.length; i++)
            await expectGpuClose(got[i], want[i], { ...TOL, what: `output ${i}` });
    });
});
//# sourceMappingURL=conv.test.js.map