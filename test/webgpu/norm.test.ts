/**
 * The fused batch norm on WebGPU (norm-wgsl.ts: a workgroup per channel) against the CPU, f32
 * operands on both sides: y, μ, σ², the gradients in x, γ, β (the batchNorm2dGrad kernel) and a
 * gradient of a gradient (the backward op's VJP, composed of other ops), with and without γ, β. Sums over a channel in f32 on the GPU (a
 * workgroup tree) against float64 sums on the CPU: rtol 1e-5, atol 1e-5. (nn.convNet trains
 * through the op on WebGPU in test/webgpu/conv-train.test.ts.)
 */
import { expect, it } from 'vitest';
import type { Tensor } from '../../src/index.js';
import { batchNorm2d, grad, mul, square, sum, tanh } from '../../src/index.js';
import { rand } from '../util/check.js';
import { describeGpu, expectGpuClose } from '../util/gpu.js';

const TOL = { rtol: 1e-5, atol: 1e-5 };

/** Outputs, first-order gradients in (x, γ, β) and a second-order gradient in x. */
function all(x: Tensor, g: Tensor, b: Tensor, w: Tensor, withG: boolean, withB: boolean): Tensor[] {
  const norm = (a: Tensor, gg: Tensor, bb: Tensor) => batchNorm2d(a, { gamma: withG ? gg : undefined, beta: withB ? bb : undefined, eps: 1e-3 });
  const loss = (a: Tensor, gg: Tensor, bb: Tensor): Tensor => sum(mul(tanh(norm(a, gg, bb).y), w));
  const o = norm(x, g, b);
  const first = grad(loss, { argnums: [0, 1, 2] })(x, g, b);
  const second = grad((a: Tensor) => sum(square(grad(loss)(a, g, b))))(x);
  return [o.y, o.mean, o.var, ...first, second];
}

describeGpu('batch norm on WebGPU', () => {
  it.each([
    [true, true],
    [true, false],
    [false, true],
    [false, false],
  ] as const)('γ %s, β %s: values, gradients and a second-order gradient equal the CPU', async (withG, withB) => {
    // 300 elements per channel: more than one stride of the 256-wide workgroup
    const x = rand([4, 3, 5, 15], 1, -0.5, 1.5, 'f32');
    const g = rand([3], 2, 0.5, 1.5, 'f32');
    const b = rand([3], 3, -1, 1, 'f32');
    const w = rand(x.shape, 4, 0.5, 1.5, 'f32');
    const want = all(x, g, b, w, withG, withB);
    const [xg, gg, bg, wg] = await Promise.all([x, g, b, w].map((t) => t.to('webgpu')));
    const got = all(xg, gg, bg, wg, withG, withB);
    for (let i = 0; i < want.length; i++) {
      expect(got[i].device).toBe('webgpu');
      await expectGpuClose(got[i], want[i], { ...TOL, what: `output ${i}` });
    }
  });
});
