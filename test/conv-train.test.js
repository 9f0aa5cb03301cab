/**
 * A ConvNet trained a few SGD steps on MNIST (test/util/mnist-convnet.ts) lowers its loss, and
 * the Wasm and TypeScript CPU kernels give the same curve (f32: the same maths in another
 * summation order, so measured within 1e-7 relative per step, checked at 1e-5). WebGPU: test/webgpu/conv-train.test.ts.
 */
import { afterAll, expect, it } from 'vitest';
import { getCpuKernels, setCpuKernels } from '../src/index.js';
import { MNIST_CONVNET, mnistConvNetLosses } from './util/mnist-convnet.js';
const initial = getCpuKernels();
afterAll(() => setCpuKernels(initial));
it(`a ConvNet trained ${MNIST_CONVNET.steps} SGD steps on MNIST lowers its loss the same with the Wasm and the TypeScript kernels`, async () => {
    setCpuKernels('wasm');
    const wasm = await mnistConvNetLosses('cpu');
    setCpuKernels('ts');
    const ts = await mnistConvNetLosses('cpu');
    // from ~ln 10 at init; six steps of SGD at lr 0.1 on 16 images bring it well below
    expect(wasm[0]).toBeGreaterThan(2);
    expect(wasm[wasm.length - 1]).toBeLessThan(0.6 * wasm[0]);
    for (let t = 0; t < wasm.length; t++)
        expect(Math.abs(wasm[t] - ts[t]), `step ${t}: wasm ${wasm[t]}, ts ${ts[t]}`).toBeLessThan(1e-5 * ts[t]);
});
//# sourceMappingURL=conv-train.test.js.map