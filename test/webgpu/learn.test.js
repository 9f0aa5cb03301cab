/**
 * The online-learning step of an LRU layer on WebGPU (the trace update and trace products run
 * as compositions of ordinary ops there) equals the fused CPU kernels: traces, state and the
 * per-step gradients over three steps, and `learn.sequenceGradientsAsync` on a whole model.
 * f32 on both sides; tolerances as the other f32 device comparisons (rtol 1e-4, atol 1e-5) for
 * one layer, normwise 2e-3 for the whole model (see MODEL_RTOL).
 */
import { expect, it } from 'vitest';
import { getDefaultDevice, learn, mean, nn, random, setDefaultDevice, square, sub, tree, valueAndGrad } from '../../src/index.js';
import { initialLruOnlineState, lruConsts, lruStepOnline } from '../../src/learn/online-lru.js';
import { lruStateGrads, lruStateUpdate, lruTraceAdvance } from '../../src/learn/traces.js';
import { rand } from '../util/check.js';
import { describeGpu, expectGpuClose } from '../util/gpu.js';
const TOL = { rtol: 1e-4, atol: 1e-5 };
/**
 * A whole model (norms, GELU, GLU, two recurrent layers, six steps): compared normwise per
 * parameter, max |gpu − cpu| / max |cpu| < 2e-3 (BPTT on WebGPU under SwiftShader differs from
 * the CPU by up to ~6e-4 in the same sense, online by the same amount).
 */
const MODEL_RTOL = 2e-3;
/** max |a − b| / max |b| per leaf, below `rtol`. */
async function expectTreeNormClose(got, want, rtol) {
    const a = tree.leaves(got);
    const b = tree.leaves(want);
    const paths = tree.paths(want);
    expect(a.length).toBe(b.length);
    for (let i = 0; i < a.length; i++) {
        expect(a[i].device, paths[i]).toBe('webgpu');
        const x = (await a[i].to('cpu')).dataSync();
        const y = b[i].dataSync();
        let e = 0;
        let m = 0;
        for (let k = 0; k < y.length; k++) {
            e = Math.max(e, Math.abs(x[k] - y[k]));
            m = Math.max(m, Math.abs(y[k]));
        }
        expect(e / m, paths[i]).toBeLessThan(rtol);
    }
}
const f32 = (shape, seed, lo = -1, hi = 1) => rand(shape, seed, lo, hi, 'f32');
const [B, N, H] = [3, 5, 4];
/** The same tree of tensors on WebGPU. */
async function toGpu(t) {
    const [leaves, def] = tree.flatten(t);
    return tree.unflatten(def, await Promise.all(leaves.map((l) => l.to('webgpu'))));
}
async function expectTreeClose(got, want, what) {
    const a = tree.leaves(got);
    const b = tree.leaves(want);
    expect(a.length).toBe(b.length);
    for (let i = 0; i < a.length; i++) {
        expect(a[i].device, what).toBe('webgpu');
        await expectGpuClose(a[i], b[i], { ...TOL, what: `${what} leaf ${i}` });
    }
}
describeGpu('online LRU step on WebGPU', () => {
    const c = (shape, seed) => ({ re: f32(shape, seed), im: f32(shape, seed + 100) });
    const resolved = () => ({
        lamRe: f32([N], 1, -0.6, 0.6),
        lamIm: f32([N], 2, -0.6, 0.6),
        gamma: f32([N], 3, 0.2, 1),
        bRe: f32([N, H], 4),
        bIm: f32([N, H], 5),
        cReT: f32([N, H], 6),
        cImT: f32([N, H], 7),
        d: f32([H], 8),
    });
    it('trace updates and trace products equal the fused CPU kernels', async () => {
        const r = resolved();
        const consts = lruConsts(r);
        const prev = { lambda: c([B, N], 11), gamma: c([B, N], 12), b: c([B, N, H], 13) };
        const h = c([B, N], 14);
        const u = f32([B, H], 15);
        const g = c([B, N], 16);
        const small = { lambda: prev.lambda, gamma: prev.gamma };
        await expectTreeClose(lruStateUpdate(await toGpu(consts), await toGpu(h), await u.to('webgpu'), await toGpu(small)), lruStateUpdate(consts, h, u, small), 'lruStateUpdate');
        await expectTreeClose(lruStateGrads(await toGpu(small), await toGpu(g)), lruStateGrads(small, g), 'lruStateGrads');
        await expectTreeClose(lruTraceAdvance(await toGpu(consts), await toGpu(prev.b), await u.to('webgpu'), await toGpu(g)), lruTraceAdvance(consts, prev.b, u, g), 'lruTraceAdvance');
    });
    it('three online steps: outputs, traces and per-step gradients', async () => {
        const r = resolved();
        const xs = [0, 1, 2].map((t) => f32([B, H], 20 + t));
        const ys = [0, 1, 2].map((t) => f32([B, H], 30 + t));
        const run = async (onGpu) => {
            const move = async (v) => (onGpu ? toGpu(v) : v);
            const p = await move(r);
            let s = initialLruOnlineState(p, B);
            const out = [];
            for (let t = 0; t < 3; t++) {
                const x = await move(xs[t]);
                const y = await move(ys[t]);
                const [, g] = valueAndGrad((q) => {
                    const [next, yT] = lruStepOnline(q, s, x);
                    s = next;
                    return mean(square(sub(yT, y)));
                })(p);
                out.push(g, s.traces, s.h, s.b.get(s.consts));
            }
            return out;
        };
        const want = await run(false);
        const got = await run(true);
        for (let i = 0; i < want.length; i++)
            await expectTreeClose(got[i], want[i], `step ${Math.floor(i / 4)} item ${i % 4}`);
    });
});
describeGpu('learn.sequenceGradientsAsync on WebGPU', () => {
    it("'online' on a two-block LRU model equals the CPU result", async () => {
        const params = nn.seq.init(random.key(0), {
            dInput: 3,
            dModel: 4,
            dOutput: 2,
            nLayers: 2,
            mixer: nn.lru,
            mixerConfig: { dHidden: 5, rMin: 0.5 },
            pooling: 'none',
        });
        const batch = { x: f32([2, 6, 3], 40), targets: f32([2, 6, 2], 41) };
        const options = { mode: 'online', loss: 'mse', alignment: true };
        const want = learn.sequenceGradients(nn.seq, params, batch, options);
        const before = getDefaultDevice();
        setDefaultDevice('webgpu');
        try {
            const got = await learn.sequenceGradientsAsync(nn.seq, await toGpu(params), await toGpu(batch), options);
            expect(Math.abs(got.loss - want.loss)).toBeLessThan(MODEL_RTOL * want.loss);
            expect(Math.abs(got.metrics.mse - want.metrics.mse)).toBeLessThan(MODEL_RTOL * want.metrics.mse);
            expect(got.alignment?.cosine).toHaveLength(2);
            got.alignment?.cosine.forEach((c, l) => expect(Math.abs(c - (want.alignment?.cosine[l] ?? NaN))).toBeLessThan(MODEL_RTOL));
            await expectTreeNormClose(got.grads, want.grads, MODEL_RTOL);
        }
        finally {
            setDefaultDevice(before);
        }
    });
});
//# sourceMappingURL=learn.test.js.map