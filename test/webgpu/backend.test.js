import { expect, it } from 'vitest';
import * as L from '../../src/index.js';
import { describeGpu } from '../util/gpu.js';
describeGpu('webgpu backend', () => {
    it('uploads and reads back f32, i32 and bool', async () => {
        const f = L.tensor([1.5, -2, 3], { device: 'webgpu' });
        expect(f.device).toBe('webgpu');
        expect(Array.from(await f.data())).toEqual([1.5, -2, 3]);
        const i = L.tensor(new Int32Array([7, -8]), { device: 'webgpu' });
        expect(Array.from(await i.data())).toEqual([7, -8]);
        const b = L.tensor([true, false, true], { device: 'webgpu' });
        expect(Array.from(await b.data())).toEqual([1, 0, 1]);
        expect((await b.to('cpu')).toArray()).toEqual([true, false, true]);
    });
    it('refuses f64 and synchronous reads with clear messages', async () => {
        expect(() => L.tensor([1], { dtype: 'f64', device: 'webgpu' })).toThrow('f64 is not available on WebGPU');
        const t = L.tensor([1], { device: 'webgpu' });
        expect(() => t.item()).toThrow('await t.data()');
        expect((await t.to('cpu')).item()).toBe(1);
    });
    it('scope releases everything created inside except what it returns', async () => {
        const before = L.webgpuStats().liveBuffers;
        const kept = L.scope(() => {
            L.tensor([1, 2], { device: 'webgpu' });
            return L.tensor([3, 4], { device: 'webgpu' });
        });
        expect(L.webgpuStats().liveBuffers).toBe(before + 1);
        expect(Array.from(await kept.data())).toEqual([3, 4]);
        L.dispose(kept);
        expect(L.webgpuStats().liveBuffers).toBe(before);
        await expect(kept.data()).rejects.toThrow('released');
    });
});
//# sourceMappingURL=backend.test.js.map