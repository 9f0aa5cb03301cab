/**
 * nn.gatedRnnStack (P3 stacks) and analysis.gatedAttention: the stack equals its layers composed
 * (and nn.gatedRnn for one layer), step == apply, a float64 gradient check; the readouts give 1
 * on the exact attention construction and less on networks without its structure.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { add, analysis, nn, random, setStrict, stack, tensor, tree } from '../src/index.js';
import { checkGrad, expectClose, rand } from './util/check.js';
const { gatedAttention } = analysis;
beforeEach(() => setStrict(true));
afterEach(() => setStrict(false));
describe('nn.gatedRnnStack', () => {
    const cfg = { dIn: 3, dModel: 4, dOut: 2, dHidden: 5, dGate: 3, dtype: 'f64' };
    it('composes its layers (residual where the widths agree); one layer is nn.gatedRnn', () => {
        const p = nn.gatedRnnStack.init(random.key(1), { ...cfg, nLayers: 3, residual: true });
        const x = rand([2, 6, 3], 2);
        const [l0, l1, l2] = p.layers;
        const h1 = nn.gatedRnn.apply(l0, x); // 3 -> 4: no residual
        const h2 = add(h1, nn.gatedRnn.apply(l1, h1)); // 4 -> 4: residual
        expectClose(nn.gatedRnnStack.apply(p, x), nn.gatedRnn.apply(l2, h2), { rtol: 1e-13, atol: 1e-14 });
        const one = nn.gatedRnnStack.init(random.key(1), { ...cfg, nLayers: 1 });
        expectClose(nn.gatedRnnStack.apply(one, x), nn.gatedRnn.apply(one.layers[0], x), { rtol: 0, atol: 0 });
    });
    it('step by step equals apply', () => {
        const p = nn.gatedRnnStack.init(random.key(3), { ...cfg, nLayers: 2 });
        const x = rand([2, 5, 3], 4);
        let h = nn.gatedRnnStack.initialState(p, [2]);
        const ys = [];
        for (let t = 0; t < 5; t++) {
            let y;
            [h, y] = nn.gatedRnnStack.step(p, h, x.slice(null, t));
            ys.push(y);
        }
        expectClose(stack(ys, 1), nn.gatedRnnStack.apply(p, x), { rtol: 1e-12, atol: 1e-13 });
    });
    it('gradient check in float64 (2 layers, residual)', () => {
        const p = nn.gatedRnnStack.init(random.key(5), {
            dIn: 3,
            dModel: 3,
            dOut: 3,
            dHidden: 4,
            dGate: 3,
            nLayers: 2,
            residual: true,
            lambdaMin: 0.2,
            lambdaMax: 0.9,
            dtype: 'f64',
        });
        const [leaves, def] = tree.flatten(p);
        checkGrad((...xs) => nn.gatedRnnStack.apply(tree.unflatten(def, xs.slice(0, -1)), xs[xs.length - 1]), [...leaves, rand([2, 4, 3], 6)]);
    });
    it('labels and errors', () => {
        const p = nn.gatedRnnStack.init(random.key(1), { ...cfg, nLayers: 2 });
        expect(nn.gatedRnnStack.labels(p).layers[1]).toMatchObject({ wa: 'recurrent', wc: 'weight', d: 'weight', lambdaLogit: 'recurrent' });
        expect(() => nn.gatedRnnStack.init(random.key(0), { nLayers: 0 })).toThrow(/config.nLayers must be a positive integer, got 0/);
        expect(() => nn.gatedRnnStack.step(p, [], rand([2, 3], 1))).toThrow(/one tensor per layer \(2\)/);
    });
});
describe('analysis.gatedAttention', () => {
    const H = 3;
    const dk = 2;
    const dv = 2;
    const construction = () => nn.gatedRnn.constructFromAttention({ wq: rand([dk, H], 1), wk: rand([dk, H], 2), wv: rand([dv, H], 3) }, { dtype: 'f64' });
    it('the exact construction: every neuron carries output, all λ binary, block score 1', () => {
        const p = construction();
        const n = gatedAttention.gatedNeurons(p);
        expect(n.carriesOutput.every(Boolean)).toBe(true);
        expect(n.lambda.slice(0, dv * dk).every((l) => l === 1)).toBe(true);
        expect(n.lambda.slice(dv * dk).every((l) => l === 0)).toBe(true);
        expect(gatedAttention.lambdaNearBinary(p)).toBe(1);
        expect(gatedAttention.gateBlockScore(p)).toBeCloseTo(1, 14);
        expect(gatedAttention.queryInputScore(p)).toBe(1);
        const h = gatedAttention.lambdaHistogram(p, 10);
        expect(h.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
        expect(h.weights[0] + h.weights[9]).toBeCloseTo(1, 14);
    });
    it('a neuron cut off from the output carries none; its λ does not count', () => {
        const p = construction();
        const N = dv * dk + dk;
        // an extra neuron with λ = 0.5 that no gate reads: appended with zero output weights
        const ext = {
            ...p,
            lambdaParametrization: 'sigmoid',
            lambdaLogit: tensor([...Array.from(p.lambdaLogit.dataSync()), 0], { dtype: 'f64' }),
            wa: tensor([...Array.from(p.wa.dataSync()), ...new Array(H + 1).fill(1)], { dtype: 'f64', shape: [N + 1, H + 1] }),
            wb: tensor([...Array.from(p.wb.dataSync()), ...new Array(H + 1).fill(1)], { dtype: 'f64', shape: [N + 1, H + 1] }),
            wc: addColumn(p.wc, 0),
            wd: addColumn(p.wd, 0),
        };
        const n = gatedAttention.gatedNeurons(ext);
        expect(n.carriesOutput[N]).toBe(false);
        expect(n.lambda[N]).toBeCloseTo(0.5, 14);
        expect(gatedAttention.lambdaNearBinary(ext)).toBe(1);
        // once a gate reads it, it carries output and λ = 0.5 is not binary
        const read = { ...ext, wc: addColumn(p.wc, 1) };
        const carrying = gatedAttention.gatedNeurons(read).carriesOutput;
        const c = carrying.filter(Boolean).length;
        expect(carrying[N]).toBe(true);
        expect(c).toBeGreaterThan(1);
        expect(gatedAttention.lambdaNearBinary(read)).toBeCloseTo((c - 1) / c, 14);
        expect(gatedAttention.gateBlockScore(read)).toBeLessThan(1);
    });
    it('a random gated RNN is far from the construction', () => {
        const p = nn.gatedRnn.init(random.key(4), { dIn: 3, dHidden: 12, dGate: 8, dOut: 2, dtype: 'f64' });
        expect(gatedAttention.lambdaNearBinary(p)).toBeLessThan(0.5);
        expect(gatedAttention.gateBlockScore(p)).toBeLessThan(0.2);
        expect(gatedAttention.queryInputScore(p)).toBeLessThan(0.5);
        expect(() => gatedAttention.lambdaNearBinary(p, { tol: 0.7 })).toThrow(/tol must lie in \[0, 0.5\)/);
    });
});
/** w [M, N] -> [M, N + 1] with a last column of `v`. */
function addColumn(w, v) {
    const [M, N] = w.shape;
    const src = w.dataSync();
    const out = new Float64Array(M * (N + 1));
    for (let m = 0; m < M; m++) {
        for (let n = 0; n < N; n++)
            out[m * (N + 1) + n] = src[m * N + n];
        out[m * (N + 1) + N] = v;
    }
    return tensor(out, { dtype: 'f64', shape: [M, N + 1] });
}
//# sourceMappingURL=gated-attention.test.js.map