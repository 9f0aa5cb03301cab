/**
 * The static part of layer parameters and `labels(params)`: every layer labels each of its tensor
 * leaves (null at static fields); nn.seq composes its parts' labels; optimizer groups built from
 * the labels keep weight decay off every recurrent leaf in every LRU parametrisation; and the
 * static fields survive gradients, tree.map, optimizers and checkpoints.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { grad, nn, optim, random, sum, tree, zerosLike } from '../src/index.js';
import { configHash, loadCheckpoint, saveCheckpoint } from '../src/experiments/runner/checkpoint.js';
import { rand } from './util/check.js';
const key = random.key(0);
const f64 = { dtype: 'f64' };
/** Labels must have the params' keys: a label at every tensor field, null at every static one. */
function expectFlatLabels(params, labels, want) {
    const expected = {};
    for (const [k, v] of Object.entries(params))
        expected[k] = typeof v === 'object' && v !== null ? want[k] : null;
    expect(labels).toEqual(expected);
    expect(Object.keys(want).sort()).toEqual(Object.entries(params)
        .filter(([, v]) => typeof v === 'object' && v !== null)
        .map(([k]) => k)
        .sort());
}
describe('labels of every layer', () => {
    it.each([
        ['exp', true, ['nuLog', 'thetaLog']],
        ['polar', true, ['nu', 'theta']],
        ['reim', false, ['lambdaRe', 'lambdaIm']],
    ])("nn.lru ('%s', gammaNorm %s): λ's parameters, γ and B are 'recurrent', C and D 'weight'", (parametrization, gammaNorm, lambdaKeys) => {
        const p = nn.lru.init(key, { dModel: 3, dHidden: 2, parametrization, gammaNorm, ...f64 });
        const recurrent = [...lambdaKeys, 'bRe', 'bIm', ...(gammaNorm ? ['gammaLog'] : [])];
        expectFlatLabels(p, nn.lru.labels(p), { ...Object.fromEntries(recurrent.map((k) => [k, 'recurrent'])), cRe: 'weight', cIm: 'weight', d: 'weight' });
    });
    it('the other recurrent and attention layers', () => {
        const rec = 'recurrent';
        const w = 'weight';
        const gated = nn.gatedRnn.init(key, { dIn: 2, dHidden: 3, dGate: 2, dOut: 2, lambdaParametrization: 'exp', ...f64 });
        expectFlatLabels(gated, nn.gatedRnn.labels(gated), { nuLog: rec, wa: rec, wb: rec, wc: w, wd: w, d: w });
        const lin = nn.linearRnn.init(key, { dIn: 2, dHidden: 3, dOut: 2, ...f64 });
        expectFlatLabels(lin, nn.linearRnn.labels(lin), { a: rec, b: rec, c: w, d: w });
        for (const layer of [nn.rnn, nn.lstm, nn.gru]) {
            const p = layer.init(key, { dIn: 2, dHidden: 3, ...f64 });
            expectFlatLabels(p, layer.labels(p), Object.fromEntries(['w', 'u', 'b'].map((k) => [k, rec])));
        }
        const att = { dModel: 4, nHeads: 2, dKey: 2, dValue: 2, ...f64 };
        const proj = { wQ: w, wK: w, wV: w, wO: w };
        const a = nn.attention.init(key, att);
        expectFlatLabels(a, nn.attention.labels(a), proj);
        const la = nn.linearAttention.init(key, att);
        expectFlatLabels(la, nn.linearAttention.labels(la), proj);
        const m = nn.mesa.init(key, att);
        expectFlatLabels(m, nn.mesa.labels(m), { ...proj, lambdaLog: rec });
    });
    it('building blocks: dense, embedding, norms, GLU, MLP, residual', () => {
        const d = nn.dense.init(key, { dIn: 2, dOut: 3 });
        expect(nn.dense.labels(d)).toEqual({ w: 'weight', b: 'bias' });
        expect(nn.dense.labels(nn.dense.init(key, { dIn: 2, dOut: 3, bias: false }))).toEqual({ w: 'weight' });
        expect(nn.embedding.labels(nn.embedding.init(key, { vocabSize: 5, dim: 2 }))).toEqual({ w: 'embedding' });
        expect(nn.layerNorm.labels(nn.layerNorm.init(key, { dim: 3 }))).toEqual({ gamma: 'norm', beta: 'norm', eps: null });
        expect(nn.rmsNorm.labels(nn.rmsNorm.init(key, { dim: 3 }))).toEqual({ gamma: 'norm', eps: null });
        expect(nn.batchNorm.labels(nn.batchNorm.init(key, { dim: 3 }))).toEqual({ gamma: 'norm', beta: 'norm', eps: null, momentum: null });
        const dl = { w: 'weight', b: 'bias' };
        expect(nn.glu.labels(nn.glu.init(key, { dIn: 2, dOut: 3 }))).toEqual({ dense1: dl, dense2: dl });
        expect(nn.mlp.labels(nn.mlp.init(key, { dIn: 2, hidden: [4], dOut: 3 }))).toEqual({ layers: [dl, dl], activation: null });
        const res = nn.residual(nn.linearRnn);
        const rp = res.init(key, { dim: 2, layer: { dIn: 2, dHidden: 3, dOut: 2 } });
        expect(res.labels(rp)).toEqual({ norm: { gamma: 'norm', beta: 'norm', eps: null }, layer: nn.linearRnn.labels(rp.layer), normKind: null, prenorm: null });
    });
    it('labels reject parameters of another layer', () => {
        const p = nn.gru.init(key, { dIn: 2, dHidden: 3 });
        expect(() => nn.lstm.labels(p)).toThrow(/lstm: params.kind must be 'lstm', got "gru"/);
    });
});
describe('nn.seq.labels', () => {
    it('composes the labels of its parts; one label per leaf, in tree order', () => {
        const p = nn.seq.init(key, {
            dInput: 3,
            dModel: 4,
            dOutput: 2,
            nLayers: 2,
            mixer: nn.lru,
            mixerConfig: { dHidden: 3 },
            block: 'transformer',
            finalNorm: true,
            mlpRatio: 1,
        });
        const l = nn.seq.labels(p);
        expect(l.encoder).toEqual({ w: 'weight', b: 'bias' });
        expect(l.decoder).toEqual({ w: 'weight', b: 'bias' });
        expect(l.finalNorm).toEqual({ gamma: 'norm', beta: 'norm', eps: null });
        expect(l.blocks[1].mixer).toEqual(nn.lru.labels(p.blocks[1].mixer));
        expect(l.blocks[0].glu).toBe(null);
        expect(Object.values(l.spec).every((v) => v === null)).toBe(true);
        const flat = nn.leafLabels(p, l);
        expect(flat.length).toBe(tree.leaves(p).length);
        const byPath = Object.fromEntries(tree.paths(p).map((q, i) => [q, flat[i]]));
        expect(byPath['.blocks[1].mixer.nuLog']).toBe('recurrent');
        expect(byPath['.blocks[0].mlp.layers[1].b']).toBe('bias');
        expect(byPath['.blocks[0].norm2.gamma']).toBe('norm');
        const e = nn.seq.init(key, { dInput: 5, encoder: 'embedding', dModel: 4, dOutput: 2, nLayers: 0, mixer: nn.lru });
        expect(nn.seq.labels(e).encoder).toEqual({ w: 'embedding' });
    });
    it.each(['exp', 'polar', 'reim'])("groups from the labels: no recurrent leaf of an LRU ('%s') gets weight decay", (parametrization) => {
        const p0 = nn.seq.init(key, { dInput: 3, dModel: 4, dOutput: 2, nLayers: 2, mixer: nn.lru, mixerConfig: { dHidden: 3, parametrization }, ...f64 });
        const p = tree.map((t) => t.add(0.5), p0); // no zero leaf, so weight decay shows wherever it acts
        const adamw = optim.adamw(0.1, { weightDecay: 0.5 });
        const opt = optim.multiTransform({ recurrent: optim.adam(0.1), weight: adamw, bias: adamw, norm: adamw, embedding: adamw }, (q) => nn.seq.labels(q));
        // zero gradients: Adam's update is 0, AdamW's −lr·wd·θ
        const [updates] = opt.update(tree.map((t) => zerosLike(t), p), opt.init(p), p);
        const labels = nn.leafLabels(p, nn.seq.labels(p));
        const paths = tree.paths(p);
        const lambdaKeys = { exp: ['nuLog', 'thetaLog'], polar: ['nu', 'theta'], reim: ['lambdaRe', 'lambdaIm'] }[parametrization];
        for (const k of [...lambdaKeys, 'gammaLog', 'bRe', 'bIm'])
            expect(labels[paths.indexOf(`.blocks[1].mixer.${k}`)]).toBe('recurrent');
        tree.leaves(updates).forEach((u, i) => {
            expect(u.abs().max().item() > 0, paths[i]).toBe(labels[i] !== 'recurrent');
        });
    });
});
describe('the static part of the parameters survives the machinery', () => {
    const dirs = [];
    afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
    const p = nn.seq.init(key, {
        dInput: 3,
        dModel: 4,
        dOutput: 2,
        nLayers: 1,
        mixer: nn.lru,
        mixerConfig: { dHidden: 3, parametrization: 'polar', gammaNorm: false },
        norm: 'batch',
        ...f64,
    });
    const x = rand([2, 3, 3], 1);
    it('gradients, tree.map, optimizers (state, updates, applyUpdates) keep every static field', () => {
        const g = grad((q) => sum(nn.seq.apply(q, x, { train: true })))(p);
        expect(tree.structureEquals(g, p)).toBe(true);
        const mixer = g.blocks[0].mixer;
        expect([mixer.kind, mixer.parametrization, mixer.gammaNorm]).toEqual(['lru', 'polar', false]);
        expect(g.spec).toEqual(p.spec);
        expect(nn.seq.labels(g)).toEqual(nn.seq.labels(p));
        const opts = [
            optim.sgd(0.1, { momentum: 0.9 }),
            optim.adam(0.1),
            optim.adamw(0.1, { weightDecay: 0.1 }),
            optim.chain(optim.clipByGlobalNorm(1), optim.adam(0.1)),
        ];
        for (const opt of opts) {
            const s = opt.init(p);
            const [u, s2] = opt.update(g, s, p);
            expect(tree.structureEquals(u, p)).toBe(true);
            const next = optim.applyUpdates(p, u);
            expect(tree.structureEquals(next, p)).toBe(true);
            expect(tree.leaves(s2).length).toBe(tree.leaves(s).length);
            expect(nn.seq.apply(next, x, { train: true }).shape).toEqual([2, 3, 2]);
        }
    });
    it('a checkpoint round trip keeps them, and the loaded parameters apply', async () => {
        const dir = mkdtempSync(path.join(os.tmpdir(), 'looplab-labels-'));
        dirs.push(dir);
        const owner = { experiment: 'nn-static', seed: 0, configHash: configHash({}) };
        await saveCheckpoint(dir, owner, 1, 0, { params: p });
        const loaded = loadCheckpoint(dir, owner).state.params;
        expect(tree.structureEquals(loaded, p)).toBe(true);
        const stats = nn.seq.initStats(p);
        expect(nn.seq.apply(loaded, x, { stats }).dataSync()).toEqual(nn.seq.apply(p, x, { stats }).dataSync());
    });
});
//# sourceMappingURL=nn-labels.test.js.map