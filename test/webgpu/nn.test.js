/**
 * Every nn layer with its parameters on WebGPU while the default device stays 'cpu': `apply`
 * (and `step` for the sequence layers) must create every tensor it needs on the device of its
 * inputs, and equal the CPU result. f32 on both sides; rtol 1e-4, atol 1e-5 as the other f32
 * device comparisons, except: the mesa-layer's fused op accumulates in f64 on the CPU and f32 on
 * the GPU over T steps (the tolerance of test/webgpu/mesa.test.ts), and an LRU whose λ goes
 * through cos/sin ('exp', 'polar') inherits WGSL's accuracy for them, 2^-11 absolute (~5e-4).
 */
import { expect, it } from 'vitest';
import { getDefaultDevice, nn, random, tensor, tree } from '../../src/index.js';
import { rand } from '../util/check.js';
import { describeGpu, expectGpuClose } from '../util/gpu.js';
const TOL = { rtol: 1e-4, atol: 1e-5 };
const MESA_TOL = { rtol: 2e-3, atol: 2e-4 };
const TRIG_TOL = { rtol: 2e-3, atol: 1e-3 };
const key = random.key(0);
const [B, T, H] = [2, 5, 4];
/** The tree with every tensor leaf copied to WebGPU (static fields kept). */
async function toGpu(p) {
    const [leaves, def] = tree.flatten(p);
    const moved = await Promise.all(leaves.map((l) => l.to('webgpu')));
    return tree.unflatten(def, moved);
}
/** Compare every tensor leaf of a GPU result with the CPU result. */
async function expectTreeClose(got, want, tol, what) {
    const a = tree.leaves(got);
    const b = tree.leaves(want);
    expect(a.length, what).toBe(b.length);
    for (let i = 0; i < a.length; i++) {
        expect(a[i].device, `${what}: leaf ${i}`).toBe('webgpu');
        await expectGpuClose(a[i], b[i], { ...tol, what: `${what}: leaf ${i}` });
    }
}
/** apply on CPU params/input vs the same on WebGPU, the default device left at 'cpu'. */
async function checkApply(c) {
    expect(getDefaultDevice()).toBe('cpu');
    const want = c.layer.apply(c.params, c.x, c.options);
    const got = c.layer.apply(await toGpu(c.params), await c.x.to('webgpu'), c.gpuOptions ?? c.options);
    expect(got.device, c.name).toBe('webgpu');
    await expectGpuClose(got, want, { ...(c.tol ?? TOL), what: `${c.name} apply` });
}
/** initialState + T steps on CPU vs WebGPU: outputs and final states. */
async function checkSteps(name, layer, params, x, tol = TOL, options) {
    const run = (p, xx) => {
        let h = layer.initialState(p, [B]);
        const ys = [];
        for (let t = 0; t < xx.shape[1]; t++) {
            let y;
            [h, y] = layer.step(p, h, xx.sliceAxis(1, t, t + 1).squeeze(1), options);
            ys.push(y);
        }
        return [h, ys];
    };
    const [hWant, yWant] = run(params, x);
    const [hGot, yGot] = run(await toGpu(params), await x.to('webgpu'));
    await expectTreeClose(yGot, yWant, tol, `${name} step outputs`);
    await expectTreeClose(hGot, hWant, tol, `${name} step state`);
}
const f32 = { dtype: 'f32' };
const x = rand([B, T, H], 1, -1, 1, 'f32');
describeGpu('nn layers with parameters on WebGPU (default device left at cpu)', () => {
    const recurrent = [
        ['lru (exp)', nn.lru, { dModel: H, dHidden: 3, rMin: 0.5 }],
        ['lru (polar, no γ)', nn.lru, { dModel: H, dHidden: 3, rMin: 0.5, parametrization: 'polar', gammaNorm: false }],
        ['lru (reim)', nn.lru, { dModel: H, dHidden: 3, rMin: 0.5, parametrization: 'reim' }],
        ['gatedRnn (sigmoid)', nn.gatedRnn, { dIn: H, dHidden: 3, dGate: 3, dOut: 2, lambdaMin: 0.2, lambdaMax: 0.9 }],
        ['gatedRnn (exp)', nn.gatedRnn, { dIn: H, dHidden: 3, dGate: 3, dOut: 2, lambdaMin: 0.2, lambdaMax: 0.9, lambdaParametrization: 'exp' }],
        ['linearRnn', nn.linearRnn, { dIn: H, dHidden: 3, dOut: 2 }],
        ['linearRnn (tanh)', nn.linearRnn, { dIn: H, dHidden: 3, dOut: 2, nonlinearity: 'tanh', aGain: 1.5 }],
        ['rnn', nn.rnn, { dIn: H, dHidden: 3 }],
        ['lstm', nn.lstm, { dIn: H, dHidden: 3 }],
        ['gru', nn.gru, { dIn: H, dHidden: 3, chronoTMax: 10 }],
        ['linearAttention', nn.linearAttention, { dModel: H, nHeads: 2, dKey: 2, dValue: 3 }],
        ['mesa', nn.mesa, { dModel: H, nHeads: 2, dKey: 2, dValue: 3 }],
    ];
    for (const [name, layer, config] of recurrent) {
        it(`${name}: apply and step`, async () => {
            const params = layer.init(key, { ...config, ...f32 });
            const tol = name === 'mesa' ? MESA_TOL : name === 'lru (exp)' || name === 'lru (polar, no γ)' ? TRIG_TOL : TOL;
            await checkApply({ name, layer, params, x, tol });
            await checkApply({ name: `${name} (unbatched)`, layer, params, x: x.sliceAxis(0, 0, 1).squeeze(0), tol });
            await checkSteps(name, layer, params, x, tol);
        });
    }
    it('softmax and non-causal linear attention, with a mask', async () => {
        const mask = tensor(Array.from({ length: T * T }, (_, i) => i % 3 !== 1), { shape: [T, T], dtype: 'bool' });
        const gpuOptions = { mask: await mask.to('webgpu') };
        const att = nn.attention.init(key, { dModel: H, nHeads: 2, dKey: 2, dValue: 3, ...f32 });
        await checkApply({ name: 'attention', layer: nn.attention, params: att, x });
        await checkApply({ name: 'attention (mask)', layer: nn.attention, params: { ...att, causal: false }, x, options: { mask }, gpuOptions });
        const lin = nn.linearAttention.init(key, { dModel: H, nHeads: 2, dKey: 2, dValue: 3, causal: false, ...f32 });
        await checkApply({ name: 'linearAttention (non-causal)', layer: nn.linearAttention, params: lin, x });
        const w0 = rand([1, 3], 4, -1, 1, 'f32');
        const tokens = nn.gdIclTokens(rand([B, 4, 3], 5, -1, 1, 'f32'), rand([B, 4, 1], 6, -1, 1, 'f32'), rand([B, 3], 7, -1, 1, 'f32'), w0);
        const gd = nn.gdConstruction({ eta: 0.1, w0 });
        const gdMask = nn.gdIclMask(4);
        await checkApply({
            name: 'gdConstruction',
            layer: nn.linearAttention,
            params: gd,
            x: tokens,
            options: { mask: gdMask },
            gpuOptions: { mask: await gdMask.to('webgpu') },
        });
    });
    it('building blocks: dense, embedding, norms, GLUs, MLP, residual (apply and step), dropout', async () => {
        const blocks = [
            { name: 'dense', layer: nn.dense, params: nn.dense.init(key, { dIn: H, dOut: 3, ...f32 }), x },
            { name: 'dense (no bias)', layer: nn.dense, params: nn.dense.init(key, { dIn: H, dOut: 3, bias: false, ...f32 }), x },
            {
                name: 'embedding',
                layer: nn.embedding,
                params: nn.embedding.init(key, { vocabSize: 6, dim: 3, ...f32 }),
                x: tensor([
                    [0, 5, 2],
                    [3, 3, 1],
                ], { dtype: 'i32' }),
            },
            { name: 'layerNorm', layer: nn.layerNorm, params: nn.layerNorm.init(key, { dim: H, ...f32 }), x },
            { name: 'rmsNorm', layer: nn.rmsNorm, params: nn.rmsNorm.init(key, { dim: H, ...f32 }), x },
            { name: 'batchNorm (train)', layer: nn.batchNorm, params: nn.batchNorm.init(key, { dim: H, ...f32 }), x, options: { train: true } },
            { name: 'glu', layer: nn.glu, params: nn.glu.init(key, { dIn: H, dOut: 3, ...f32 }), x },
            { name: 'geglu', layer: nn.geglu, params: nn.geglu.init(key, { dIn: H, dOut: 3, ...f32 }), x },
            { name: 'swiglu', layer: nn.swiglu, params: nn.swiglu.init(key, { dIn: H, dOut: 3, ...f32 }), x },
            { name: 'mlp', layer: nn.mlp, params: nn.mlp.init(key, { dIn: H, hidden: [5], dOut: 3, activation: 'silu', ...f32 }), x },
        ];
        for (const c of blocks)
            await checkApply(c);
        // batch norm in eval mode: running statistics made on the parameters' device
        const bn = nn.batchNorm.init(key, { dim: H, ...f32 });
        const [, stats] = nn.batchNorm.applyWithStats(bn, nn.batchNorm.initStats(bn), x, { train: true });
        const bnGpu = await toGpu(bn);
        const statsGpu = nn.batchNorm.initStats(bnGpu);
        expect(statsGpu.mean.device).toBe('webgpu');
        const [, stats2] = nn.batchNorm.applyWithStats(bnGpu, statsGpu, await x.to('webgpu'), { train: true });
        await expectTreeClose(stats2, stats, TOL, 'batchNorm statistics');
        await checkApply({ name: 'batchNorm (eval)', layer: nn.batchNorm, params: bn, x, options: { stats }, gpuOptions: { stats: stats2 } });
        // residual around a sequence layer
        const res = nn.residual(nn.lru);
        const rp = res.init(key, { dim: H, norm: 'rms', ...f32, layer: { dModel: H, dHidden: 3, ...f32 } });
        await checkApply({ name: 'residual(lru)', layer: res, params: rp, x, tol: TRIG_TOL });
        await checkSteps('residual(lru)', res, rp, x, TRIG_TOL);
        // dropout: the mask is drawn on the input's device
        const k = random.key(3);
        const want = nn.dropout(x, { rate: 0.4, train: true, key: k, sharedAxes: [1] });
        const got = nn.dropout(await x.to('webgpu'), { rate: 0.4, train: true, key: k, sharedAxes: [1] });
        expect(got.device).toBe('webgpu');
        await expectGpuClose(got, want, TOL);
    });
    it('nn.seq: LRU blocks (apply, step with dropout), transformer blocks, batch norm and an embedding encoder', async () => {
        const seqCases = [
            ['lru, cummean, dropout', { mixer: nn.lru, mixerConfig: { dHidden: 3, rMin: 0.5 }, pooling: 'cummean', dropout: 0.3 }],
            ['gru, mean, post-norm rms', { mixer: nn.gru, mixerConfig: { dIn: H, dHidden: H }, pooling: 'mean', prenorm: false, norm: 'rms' }],
            [
                'linearAttention, transformer, final norm',
                { mixer: nn.linearAttention, mixerConfig: { nHeads: 2, dKey: 2, dValue: 2 }, block: 'transformer', finalNorm: true, mlpRatio: 2, pooling: 'last' },
            ],
            ['mesa, transformer', { mixer: nn.mesa, mixerConfig: { nHeads: 2, dKey: 2, dValue: 2 }, block: 'transformer', pooling: 'none' }],
        ];
        const opts = { train: true, key: random.key(4) };
        for (const [name, over] of seqCases) {
            const p = nn.seq.init(key, { dInput: 3, dModel: H, dOutput: 2, nLayers: 2, dtype: 'f32', ...over });
            const xs = rand([B, T, 3], 8, -1, 1, 'f32');
            const tol = name.startsWith('mesa') ? MESA_TOL : name.startsWith('lru') ? TRIG_TOL : TOL;
            await checkApply({ name: `seq ${name}`, layer: nn.seq, params: p, x: xs, options: opts, tol });
            await checkSteps(`seq ${name}`, nn.seq, p, xs, tol, opts);
        }
        const att = nn.seq.init(key, {
            dInput: 3,
            dModel: H,
            dOutput: 2,
            nLayers: 1,
            mixer: nn.attention,
            mixerConfig: { nHeads: 2, dKey: 2, dValue: 2 },
            block: 'transformer',
            dtype: 'f32',
        });
        await checkApply({ name: 'seq attention', layer: nn.seq, params: att, x: rand([B, T, 3], 9, -1, 1, 'f32') });
        // batch norm: eval mode with running statistics, in apply and step
        const bn = nn.seq.init(key, {
            dInput: 3,
            dModel: H,
            dOutput: 2,
            nLayers: 2,
            mixer: nn.lru,
            mixerConfig: { dHidden: 3 },
            norm: 'batch',
            pooling: 'cummean',
            dtype: 'f32',
        });
        const xs = rand([B, T, 3], 10, -1, 1, 'f32');
        const [, stats] = nn.seq.applyWithStats(bn, xs, { train: true, stats: nn.seq.initStats(bn) });
        const bnGpu = await toGpu(bn);
        const [, statsGpu] = nn.seq.applyWithStats(bnGpu, await xs.to('webgpu'), { train: true, stats: nn.seq.initStats(bnGpu) });
        await expectTreeClose(statsGpu, stats, TRIG_TOL, 'seq batch-norm statistics');
        await checkApply({ name: 'seq batch norm (eval)', layer: nn.seq, params: bn, x: xs, options: { stats }, gpuOptions: { stats: statsGpu }, tol: TRIG_TOL });
        // an embedding encoder
        const emb = nn.seq.init(key, {
            dInput: 6,
            encoder: 'embedding',
            dModel: H,
            dOutput: 2,
            nLayers: 1,
            mixer: nn.lru,
            mixerConfig: { dHidden: 3 },
            dtype: 'f32',
        });
        const ids = tensor([
            [0, 5, 2, 2, 1],
            [3, 3, 4, 0, 5],
        ], { dtype: 'i32' });
        await checkApply({ name: 'seq embedding', layer: nn.seq, params: emb, x: ids, tol: TRIG_TOL });
        await checkSteps('seq embedding', nn.seq, emb, ids, TRIG_TOL);
    });
});
//# sourceMappingURL=nn.test.js.map