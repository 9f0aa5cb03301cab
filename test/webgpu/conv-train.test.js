/**
 * The ConvNet of test/util/mnist-convnet.ts trained a few SGD steps on MNIST on WebGPU lowers its
 * loss as on the CPU. f32 on both, direct sums on the GPU against im2col products on the CPU: the
 * first two losses (the initial forward pass, and after one step) agree to 1e-5 relative; later
 * the rounding differences are amplified by the training itself (a max-pool or ReLU that flips
 * between two nearly equal values routes a gradient elsewhere): measured 4e-5 relative at step 5
 * and 1.5e-3 at step 6, checked at 1e-2 while the loss falls by 80%.
 */
import { expect, it } from 'vitest';
import { MNIST_CONVNET, mnistConvNetLosses } from '../util/mnist-convnet.js';
import { describeGpu } from '../util/gpu.js';
describeGpu('ConvNet training on WebGPU', () => {
    it(`${MNIST_CONVNET.steps} SGD steps on MNIST lower the loss as on the CPU`, async () => {
        const gpu = await mnistConvNetLosses('webgpu');
        const cpu = await mnistConvNetLosses('cpu');
        expect(gpu[gpu.length - 1]).toBeLessThan(0.6 * gpu[0]);
        for (let t = 0; t < gpu.length; t++) {
            expect(Math.abs(gpu[t] - cpu[t]), `step ${t}: webgpu ${gpu[t]}, cpu ${cpu[t]}`).toBeLessThan((t < 2 ? 1e-5 : 1e-2) * cpu[t]);
        }
    });
});
//# sourceMappingURL=conv-train.test.js.map