/**
 * nn.transformer: the block equations against a direct composition, gradient checks in float64
 * for every attention kind (with norms and the MLP), the GD-ICL construction inside it,
 * causality, labels and errors. Strict mode on.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { add, analysis, nn, random, setStrict, tasks, tensor, tree } from '../src/index.js';
import { checkGrad, expectClose, rand, toF64 } from './util/check.js';
beforeEach(() => setStrict(true));
afterEach(() => setStrict(false));
const tiny = { dModel: 4, nLayers: 2, nHeads: 2, dKey: 3, dValue: 2, mlpRatio: 2, dtype: 'f64' };
function checkParamsGrad(p, x, options) {
    const [leaves, def] = tree.flatten(p);
    return checkGrad((...xs) => nn.transformer.apply(tree.unflatten(def, xs.slice(0, -1)), xs[xs.length - 1], options), [...leaves, x]);
}
describe('nn.transformer', () => {
    it('is the pre-LN block composition h += Attn(N₁ h); h += MLP(N₂ h); y = N_f(h)', () => {
        const p = nn.transformer.init(random.key(1), { ...tiny, attention: 'softmax' });
        const x = rand([2, 5, 4], 2);
        let h = x;
        for (const b of p.blocks) {
            h = add(h, nn.attention.apply(b.attention, nn.layerNorm.apply(b.norm1, h)));
            h = add(h, nn.mlp.apply(b.mlp, nn.layerNorm.apply(b.norm2, h)));
        }
        const want = nn.layerNorm.apply(p.finalNorm, h);
        expectClose(nn.transformer.apply(p, x), want, { rtol: 1e-13, atol: 1e-14 });
        expectClose(nn.transformer.apply(p, x.slice(1)), want.slice(1), { rtol: 1e-13, atol: 1e-14, what: 'unbatched' });
    });
    for (const [attention, causal, norm] of [
        ['linear', false, 'layer'],
        ['linear', true, 'rms'],
        ['softmax', true, 'layer'],
        ['softmax', false, 'none'],
        ['mesa', true, 'layer'],
    ]) {
        it(`gradient check in float64: ${attention} attention, causal ${causal}, norm '${norm}', MLP, 2 layers, 2 heads`, () => {
            const p = nn.transformer.init(random.key(3), { ...tiny, attention, causal, norm, initScale: 0.8 });
            const x = rand([2, 4, 4], 4);
            const mask = causal ? undefined : { mask: nn.gdIclMask(3) };
            checkParamsGrad(p, x, mask); // fails on any entry off by more than 1e-8 + 1e-6 |FD|
        });
    }
    it('causal blocks: the outputs up to step t do not depend on later tokens', () => {
        for (const attention of ['linear', 'softmax', 'mesa']) {
            const p = nn.transformer.init(random.key(5), { ...tiny, attention, causal: true });
            const xv = toF64(rand([1, 6, 4], 6));
            const changed = xv.map((v, i) => (i >= 16 ? v + (i % 4) * 0.5 : v)); // only the last two tokens change (not by a constant: the norms remove those)
            const y = toF64(nn.transformer.apply(p, tensor(xv, { dtype: 'f64', shape: [1, 6, 4] })));
            const y2 = toF64(nn.transformer.apply(p, tensor(changed, { dtype: 'f64', shape: [1, 6, 4] })));
            for (let i = 0; i < 16; i++)
                expect(Math.abs(y2[i] - y[i]), `${attention} at ${i}`).toBeLessThan(1e-13);
            expect(Math.abs(y2[23] - y[23])).toBeGreaterThan(1e-6);
        }
    });
    it('one linear block without norm or MLP, holding the GD construction, is one GD step (GD-ICL)', () => {
        const task = tasks.linearRegressionIcl({ nContext: 6, dX: 3, dY: 1 });
        const b = task.sample(random.key(8), 4, 'f64');
        const p = nn.transformer.init(random.key(9), {
            dModel: 4,
            nLayers: 1,
            attention: 'linear',
            nHeads: 1,
            dKey: 4,
            dValue: 4,
            causal: false,
            mlp: false,
            norm: 'none',
            finalNorm: false,
            dtype: 'f64',
        });
        const con = analysis.icl.gdConstructedLayers([4.5], 6, 3, 1, undefined, 'f64')[0];
        const withGd = { ...p, blocks: [{ ...p.blocks[0], attention: con }] };
        const out = nn.transformer.apply(withGd, tasks.iclTokens(b), { mask: nn.gdIclMask(6) });
        const pred = out.slice(null, 6, [3, 4]).neg();
        expectClose(pred, analysis.icl.gdPredict(b, [4.5]), { rtol: 1e-12, atol: 1e-14 });
    });
    it('labels: norms, attention weights, MLP weights and biases; the mesa λ is recurrent', () => {
        const p = nn.transformer.init(random.key(1), { ...tiny, attention: 'mesa' });
        const l = nn.transformer.labels(p);
        expect(l.kind).toBeNull();
        expect(l.blocks[0].attention).toMatchObject({ wQ: 'weight', lambdaLog: 'recurrent' });
        expect(l.blocks[1].norm1).toMatchObject({ gamma: 'norm', beta: 'norm' });
        expect(l.blocks[0].mlp?.layers[0]).toMatchObject({ w: 'weight', b: 'bias' });
        expect(nn.countParams(p)).toBeGreaterThan(0);
        const noMlp = nn.transformer.init(random.key(1), { ...tiny, mlp: false, norm: 'none', finalNorm: false });
        expect(noMlp.blocks[0].mlp).toBeNull();
        expect(noMlp.blocks[0].norm1).toBeNull();
        expect(noMlp.finalNorm).toBeNull();
    });
    it('rejects bad configurations and inputs, saying how to fix them', () => {
        expect(() => nn.transformer.init(random.key(0), { attention: 'mesa', causal: false })).toThrow(/'mesa' is causal only; set causal: true/);
        // @ts-expect-error an unknown attention kind
        expect(() => nn.transformer.init(random.key(0), { attention: 'sparse' })).toThrow(/config.attention must be one of 'linear', 'softmax', 'mesa', got 'sparse'/);
        expect(() => nn.transformer.init(random.key(0), { nLayers: -1 })).toThrow(/nLayers must be an integer >= 0/);
        expect(() => nn.transformer.init(random.key(0), { dKey: 0 })).toThrow(/config.dKey must be a positive integer/);
        const p = nn.transformer.init(random.key(0), { ...tiny, attention: 'mesa' });
        expect(() => nn.transformer.apply(p, rand([1, 3, 4], 1), { mask: nn.gdIclMask(2) })).toThrow(/block 0 is a mesa-layer, which takes no mask/);
        expect(() => nn.transformer.apply(p, rand([4], 1))).toThrow(/x must be \[B, T, dModel\] or \[T, dModel\], got \[4\]/);
        expect(() => nn.transformer.apply({ ...p, kind: 'seq' }, rand([1, 3, 4], 1))).toThrow(/params.kind must be 'transformer'/);
    });
});
//# sourceMappingURL=nn-transformer.test.js.map