/**
 * Random samplers place their results on the default device (or `{ device }`), with values
 * bit-identical to the CPU: generation runs on the host and the result is uploaded.
 */
import { afterEach, expect, it } from 'vitest';
import * as L from '../../src/index.js';
import { describeGpu } from '../util/gpu.js';
const { random } = L;
async function same(gpu, cpu) {
    expect(gpu.device).toBe('webgpu');
    expect(cpu.device).toBe('cpu');
    expect(gpu.dtype).toBe(cpu.dtype);
    expect(gpu.shape).toEqual(cpu.shape);
    expect(Array.from(await gpu.data())).toEqual(Array.from(cpu.dataSync()));
}
describeGpu('random on WebGPU', () => {
    afterEach(() => L.setDefaultDevice('cpu'));
    it('every sampler: explicit device equals the CPU bit for bit', async () => {
        const k = random.key(42);
        const dev = { device: 'webgpu' };
        await same(random.bits(k, [5, 3], dev), random.bits(k, [5, 3]));
        await same(random.uniform(k, [7, 4], { ...dev, minval: -2, maxval: 3 }), random.uniform(k, [7, 4], { minval: -2, maxval: 3 }));
        await same(random.normal(k, [33], { ...dev, mean: 1, std: 2 }), random.normal(k, [33], { mean: 1, std: 2 }));
        await same(random.truncatedNormal(k, -1, 2, [20], dev), random.truncatedNormal(k, -1, 2, [20]));
        await same(random.bernoulli(k, 0.3, [40], dev), random.bernoulli(k, 0.3, [40]));
        const logits = L.tensor([
            [0.1, 2, -1],
            [0, 0, 0],
        ]);
        await same(random.categorical(k, logits, -1, [5, 2], dev), random.categorical(k, logits, -1, [5, 2]));
        await same(random.randint(k, [12], -5, 9, dev), random.randint(k, [12], -5, 9));
        await same(random.permutation(k, 17, 0, dev), random.permutation(k, 17));
        await same(random.choice(k, 10, [4], { ...dev, replace: false }), random.choice(k, 10, [4], { replace: false }));
        await same(random.choice(k, 10, [6], { ...dev, p: L.tensor([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]) }), random.choice(k, 10, [6], { p: L.tensor([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]) }));
        await same(random.orthogonal(k, 4, [2], { ...dev, dtype: 'f32' }), random.orthogonal(k, 4, [2], { dtype: 'f32' }));
    });
    it('the default device receives the samples; keys stay on the CPU', async () => {
        const cpuU = random.uniform(random.key(7), [64], { dtype: 'f32' });
        const cpuN = random.normal(random.split(random.key(7), 3)[2], [9, 2], { dtype: 'f32' });
        L.setDefaultDevice('webgpu');
        const k = random.key(7);
        expect(k.device).toBe('cpu');
        await same(random.uniform(k, [64], { dtype: 'f32' }), cpuU);
        await same(random.normal(random.split(k, 3)[2], [9, 2], { dtype: 'f32' }), cpuN);
        await same(random.bits(k, [3]), random.bits(k, [3], { device: 'cpu' }));
    });
    it('a key on the GPU is refused with a clear message', async () => {
        const k = await random.key(1).to('webgpu');
        expect(() => random.uniform(k, [2])).toThrow('keys must live on the CPU');
    });
});
//# sourceMappingURL=random.test.js.map