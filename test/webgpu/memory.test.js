/**
 * WebGPU memory: a training loop whose steps run in `scope(...)` holds a constant number of
 * live buffers, and a tensor dropped outside any scope is released by the FinalizationRegistry
 * once it is garbage-collected. This file runs in a forked process with `--expose-gc`
 * (vitest.config.ts) so that `global.gc` exists.
 */
import { expect, it } from 'vitest';
import * as L from '../../src/index.js';
import { describeGpu } from '../util/gpu.js';
/** Deterministic values in [-scale, scale) (a small LCG: the test must not depend on random kernels). */
function values(n, seed, scale) {
    let s = seed >>> 0;
    return Float32Array.from({ length: n }, () => {
        s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
        return (s / 2 ** 32 - 0.5) * 2 * scale;
    });
}
const gpu = (data, shape) => L.tensor(data, { shape, device: 'webgpu' });
/** loss = mean((tanh(x W1 + b1) W2 + b2 − y)²): only matmul, add, tanh, sub, square, mean. */
function loss(p, x, y) {
    const h = L.tanh(L.add(L.matmul(x, p.w1), p.b1)); // [B, Hd]
    const out = L.add(L.matmul(h, p.w2), p.b2); // [B, 1]
    return L.mean(L.square(L.sub(out, y)));
}
describeGpu('webgpu memory', () => {
    it('live buffers return to the baseline after 100 scoped training steps', async () => {
        const B = 32;
        const I = 4;
        const Hd = 16;
        const x = gpu(values(B * I, 1, 1), [B, I]);
        const y = gpu(values(B, 2, 0.5), [B, 1]);
        let params = {
            w1: gpu(values(I * Hd, 3, 0.5), [I, Hd]),
            b1: gpu(new Float32Array(Hd), [Hd]),
            w2: gpu(values(Hd, 4, 0.5), [Hd, 1]),
            b2: gpu(new Float32Array(1), [1]),
        };
        const opt = L.optim.sgd(0.1, { momentum: 0.9 });
        let state = opt.init(params);
        const vg = L.valueAndGrad(loss);
        const step = (p, s) => {
            const [value, grads] = vg(p, x, y);
            const [updates, s2] = opt.update(grads, s, p);
            return { params: L.optim.applyUpdates(p, updates), state: s2, value };
        };
        const baseline = L.webgpuStats().liveBuffers;
        const dispatches0 = L.webgpuStats().dispatches;
        const counts = [];
        let first = null;
        let last = null;
        for (let i = 0; i < 100; i++) {
            // scope.step releases the step's temporaries and the leaves of the previous params and
            // state that the step replaced.
            const next = L.scope.step({ params, state }, () => step(params, state));
            if (i === 0)
                first = next.value;
            else if (last !== null)
                L.dispose(last);
            last = i === 0 ? null : next.value;
            params = next.params;
            state = next.state;
            // + the loss values held (first and last)
            counts.push(L.webgpuStats().liveBuffers - (first ? 1 : 0) - (last ? 1 : 0));
        }
        expect(L.webgpuStats().dispatches).toBeGreaterThan(dispatches0 + 100);
        expect(new Set(counts)).toEqual(new Set([baseline]));
        // The loop really trained (the kept tensors are valid and the loss went down).
        const l0 = (await first.data())[0];
        const l1 = (await last.data())[0];
        expect(l1).toBeLessThan(l0);
        L.dispose(first);
        L.dispose(last);
        expect(L.webgpuStats().liveBuffers).toBe(baseline);
    });
    it('scope.step releases replaced state, keeps shared leaves, and leaves the state intact when the step throws', async () => {
        const baseline = L.webgpuStats().liveBuffers;
        const a = gpu(values(8, 5, 1), [8]);
        const b = gpu(values(8, 6, 1), [8]);
        const prev = { a, b };
        // The step replaces `a` and passes `b` through unchanged.
        const next = L.scope.step(prev, () => ({ a: L.mul(L.add(prev.a, 1), 2), b: prev.b }));
        expect(next.b).toBe(b);
        expect(L.webgpuStats().liveBuffers).toBe(baseline + 2);
        await expect(a.data()).rejects.toThrow();
        expect(Array.from(await next.b.data())).toEqual(Array.from(values(8, 6, 1)));
        // A failing step must not release what the caller still holds (checkpoint, resume).
        expect(() => L.scope.step(next, () => {
            L.mul(next.a, 3);
            throw new Error('step failed');
        })).toThrow('step failed');
        expect(L.webgpuStats().liveBuffers).toBe(baseline + 2);
        expect(Array.from(await next.a.data())).toEqual(Array.from(values(8, 5, 1), (v) => Math.fround(Math.fround(v + 1) * 2)));
        L.dispose(next.a);
        L.dispose(next.b);
        expect(L.webgpuStats().liveBuffers).toBe(baseline);
    });
    const gc = globalThis.gc;
    it.skipIf(typeof gc !== 'function')('a tensor garbage-collected outside any scope has its buffer released (needs --expose-gc)', async () => {
        // Watch the buffer itself (other unreachable tensors may be collected meanwhile).
        const holder = {};
        // Created in a function frame that keeps only its buffer: the tensor is unreachable afterwards.
        (() => {
            holder.buffer = gpu(new Float32Array(1024), [1024]).buffer;
        })();
        const watched = holder.buffer;
        expect(watched.released).toBe(false);
        // FinalizationRegistry callbacks run on a later turn of the event loop after collection.
        for (let i = 0; i < 100 && !watched.released; i++) {
            gc();
            await new Promise((r) => setTimeout(r, 10));
        }
        expect(watched.released).toBe(true);
    });
});
//# sourceMappingURL=memory.test.js.map