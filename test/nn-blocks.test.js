import { describe, expect, it } from 'vitest';
import { nn, random, tensor, tree, withStrict, zeros } from '../src/index.js';
import { checkGrad, expectClose, rand, toF64 } from './util/check.js';
/** Leaves of a parameter tree as checkGrad arguments, and the function rebuilding the tree. */
function asArgs(params) {
    const [leaves, def] = tree.flatten(params);
    return [leaves, (ls) => tree.unflatten(def, ls)];
}
/** Plain-JS x W + b over the last axis. */
function refDense(x, w, b, dIn, dOut) {
    const n = x.length / dIn;
    const y = new Float64Array(n * dOut);
    for (let r = 0; r < n; r++) {
        for (let j = 0; j < dOut; j++) {
            let s = b ? b[j] : 0;
            for (let i = 0; i < dIn; i++)
                s += x[r * dIn + i] * w[i * dOut + j];
            y[r * dOut + j] = s;
        }
    }
    return y;
}
const key = random.key(0);
describe('dense', () => {
    it('computes x W + b for any leading shape, with and without bias', () => {
        withStrict(() => {
            const p = nn.dense.init(key, { dIn: 3, dOut: 4, dtype: 'f64' });
            const pb = { w: p.w, b: rand([4], 1) };
            for (const shape of [[3], [5, 3], [2, 5, 3]]) {
                const x = rand(shape, 2);
                const y = nn.dense.apply(pb, x);
                expect(y.shape).toEqual([...shape.slice(0, -1), 4]);
                expectClose(y, refDense(toF64(x), toF64(p.w), toF64(pb.b), 3, 4));
            }
            const q = nn.dense.init(key, { dIn: 3, dOut: 4, bias: false, dtype: 'f64' });
            expect(Object.keys(q)).toEqual(['w']);
            const x = rand([5, 3], 3);
            expectClose(nn.dense.apply(q, x), refDense(toF64(x), toF64(q.w), null, 3, 4));
            expectClose(p.b, [0, 0, 0, 0]);
        });
    });
    it('initialises with the variance of each scheme and distribution', () => {
        const [fanIn, fanOut] = [300, 200];
        const target = { lecun: 1 / fanIn, glorot: 2 / (fanIn + fanOut), he: 2 / fanIn };
        for (const init of nn.DENSE_INITS) {
            for (const distribution of nn.DENSE_DISTRIBUTIONS) {
                const { w } = nn.dense.init(random.key(3), { dIn: fanIn, dOut: fanOut, init, distribution, dtype: 'f64' });
                const v = toF64(w);
                let s2 = 0;
                let s = 0;
                let maxAbs = 0;
                for (const e of v) {
                    s += e;
                    s2 += e * e;
                    maxAbs = Math.max(maxAbs, Math.abs(e));
                }
                const variance = s2 / v.length;
                // 60 000 samples: the sample variance is within ~1% (a few standard errors) of the target.
                expect(Math.abs(variance / target[init] - 1), `${init}/${distribution} variance`).toBeLessThan(0.03);
                expect(Math.abs(s / v.length), `${init}/${distribution} mean`).toBeLessThan(4 * Math.sqrt(target[init] / v.length));
                const std = Math.sqrt(target[init]);
                if (distribution === 'uniform')
                    expect(maxAbs).toBeLessThanOrEqual(Math.sqrt(3) * std);
                if (distribution === 'truncatedNormal')
                    expect(maxAbs).toBeLessThanOrEqual((2 * std) / 0.8796256610342398 + 1e-15);
                if (distribution === 'normal')
                    expect(maxAbs).toBeGreaterThan((2 * std) / 0.8796256610342398);
            }
        }
        const scaled = nn.dense.init(random.key(3), { dIn: fanIn, dOut: fanOut, init: 'lecun', distribution: 'normal', scale: 0.5, dtype: 'f64' });
        const plain = nn.dense.init(random.key(3), { dIn: fanIn, dOut: fanOut, init: 'lecun', distribution: 'normal', dtype: 'f64' });
        expectClose(scaled.w, plain.w.mul(0.5));
    });
    it('has exact gradients in parameters and inputs', () => {
        withStrict(() => {
            const p = { w: rand([3, 4], 4), b: rand([4], 5) };
            checkGrad((w, b, x) => nn.dense.apply({ w, b }, x), [p.w, p.b, rand([2, 5, 3], 6)]);
        });
    });
    it('rejects bad configs and inputs', () => {
        expect(() => nn.dense.init(key, { dIn: 0, dOut: 2 })).toThrow(/dense: config.dIn must be a positive integer/);
        expect(() => nn.dense.init(key, { dIn: 2, dOut: 2, init: 'xavier' })).toThrow(/dense: config.init must be one of 'lecun', 'glorot', 'he'/);
        expect(() => nn.dense.init(key, { dIn: 2, dOut: 2, distribution: 'cauchy' })).toThrow(/config.distribution/);
        expect(() => nn.dense.init(key, { dIn: 2, dOut: 2, dtype: 'i32' })).toThrow(/dense: config.dtype must be 'f32' or 'f64'/);
        expect(() => nn.dense.init(key, { dIn: 2, dOut: 2, widht: 3 })).toThrow(/dense: unknown config key 'widht'/);
        const p = nn.dense.init(key, { dIn: 2, dOut: 2 });
        expect(() => nn.dense.apply(p, tensor([[1, 2, 3]]))).toThrow(/dense.apply: x must be \[..., dIn\] with dIn = 2 \(from the parameters\), got \[1, 3\]/);
    });
});
describe('embedding', () => {
    it('looks up rows and scatters gradients into them', () => {
        withStrict(() => {
            const p = nn.embedding.init(key, { vocabSize: 5, dim: 3, dtype: 'f64' });
            expect(p.w.shape).toEqual([5, 3]);
            const ids = tensor([
                [0, 4, 2],
                [2, 2, 1],
            ], { dtype: 'i32' });
            const y = nn.embedding.apply(p, ids);
            expect(y.shape).toEqual([2, 3, 3]);
            const w = toF64(p.w);
            const flat = [0, 4, 2, 2, 2, 1].flatMap((i) => [w[3 * i], w[3 * i + 1], w[3 * i + 2]]);
            expectClose(y, flat);
            checkGrad((table) => nn.embedding.apply({ w: table }, ids), [p.w]);
        });
    });
    it('rejects float ids and ids out of range', () => {
        const p = nn.embedding.init(key, { vocabSize: 5, dim: 3 });
        expect(() => nn.embedding.apply(p, tensor([1, 2]))).toThrow(/embedding.apply: ids must be an i32 tensor \[...\] of token ids, got f32/);
        expect(() => nn.embedding.apply(p, tensor([1, 5], { dtype: 'i32' }))).toThrow(/out of range/);
        expect(() => nn.embedding.init(key, { vocabSize: 0, dim: 3 })).toThrow(/embedding: config.vocabSize/);
    });
});
/** Plain-JS (x − μ)/√(σ² + ε) per row of width H, optional mean removal (false: RMS norm). */
function refNorm(x, H, eps, center, gamma, beta) {
    const y = new Float64Array(x.length);
    for (let r = 0; r < x.length / H; r++) {
        const row = x.subarray(r * H, (r + 1) * H);
        const mu = center ? row.reduce((a, b) => a + b, 0) / H : 0;
        const v = row.reduce((a, b) => a + (b - mu) ** 2, 0) / H;
        for (let j = 0; j < H; j++)
            y[r * H + j] = ((row[j] - mu) / Math.sqrt(v + eps)) * (gamma ? gamma[j] : 1) + (beta ? beta[j] : 0);
    }
    return y;
}
describe('layerNorm and rmsNorm', () => {
    it('normalise over the last axis', () => {
        withStrict(() => {
            const x = rand([2, 3, 4], 10, -2, 3);
            const gamma = rand([4], 11);
            const beta = rand([4], 12);
            expectClose(nn.layerNorm.apply({ gamma, beta, eps: 1e-5 }, x), refNorm(toF64(x), 4, 1e-5, true, toF64(gamma), toF64(beta)));
            expectClose(nn.rmsNorm.apply({ gamma, eps: 1e-6 }, x), refNorm(toF64(x), 4, 1e-6, false, toF64(gamma), null));
            const plain = nn.layerNorm.init(key, { dim: 4, scale: false, bias: false, dtype: 'f64' });
            expect(Object.keys(plain)).toEqual(['eps']);
            expectClose(nn.layerNorm.apply(plain, x), refNorm(toF64(x), 4, 1e-5, true, null, null));
            const init = nn.layerNorm.init(key, { dim: 4, eps: 1e-3, dtype: 'f64' });
            expectClose(init.gamma, [1, 1, 1, 1]);
            expectClose(init.beta, [0, 0, 0, 0]);
            expect(init.eps).toBe(1e-3);
        });
    });
    it('have exact gradients', () => {
        withStrict(() => {
            const x = rand([2, 3, 4], 13);
            checkGrad((gamma, beta, xx) => nn.layerNorm.apply({ gamma, beta, eps: 1e-5 }, xx), [rand([4], 14), rand([4], 15), x]);
            checkGrad((gamma, xx) => nn.rmsNorm.apply({ gamma, eps: 1e-6 }, xx), [rand([4], 16), x]);
        });
    });
    it('reject bad widths and configs', () => {
        const p = nn.layerNorm.init(key, { dim: 4 });
        expect(() => nn.layerNorm.apply(p, tensor([[1, 2, 3]]))).toThrow(/layerNorm.apply: x must be \[..., dim\] with dim = 4 \(from the parameters\), got \[1, 3\]/);
        expect(() => nn.rmsNorm.init(key, { dim: 4, eps: -1 })).toThrow(/rmsNorm: config.eps must be a finite number >= 0/);
    });
});
describe('batchNorm', () => {
    it('normalises with batch statistics in train mode and updates running statistics', () => {
        withStrict(() => {
            const p = { ...nn.batchNorm.init(key, { dim: 3, momentum: 0.8, dtype: 'f64' }), gamma: rand([3], 20), beta: rand([3], 21) };
            const x = rand([4, 5, 3], 22, -1, 2); // statistics over the 20 rows
            const xs = toF64(x);
            const mu = [0, 1, 2].map((j) => xs.filter((_, i) => i % 3 === j).reduce((a, b) => a + b, 0) / 20);
            const v = [0, 1, 2].map((j) => xs.filter((_, i) => i % 3 === j).reduce((a, b) => a + (b - mu[j]) ** 2, 0) / 20);
            const g = toF64(p.gamma);
            const b = toF64(p.beta);
            const want = xs.map((e, i) => ((e - mu[i % 3]) / Math.sqrt(v[i % 3] + 1e-5)) * g[i % 3] + b[i % 3]);
            const stats0 = nn.batchNorm.initStats(p);
            const [y, stats] = nn.batchNorm.applyWithStats(p, stats0, x, { train: true });
            expectClose(y, want);
            expectClose(nn.batchNorm.apply(p, x, { train: true }), want);
            expectClose(stats.mean, mu.map((m) => 0.2 * m));
            expectClose(stats.var, v.map((s) => 0.8 + 0.2 * s));
            // eval mode: the running statistics, elementwise
            const [ye, same] = nn.batchNorm.applyWithStats(p, stats, x);
            expect(same).toBe(stats);
            const rm = toF64(stats.mean);
            const rv = toF64(stats.var);
            expectClose(ye, xs.map((e, i) => ((e - rm[i % 3]) / Math.sqrt(rv[i % 3] + 1e-5)) * g[i % 3] + b[i % 3]));
        });
    });
    it('has exact gradients in both modes', () => {
        withStrict(() => {
            const x = rand([3, 2, 3], 23);
            const stats = { mean: rand([3], 24), var: rand([3], 25, 0.5, 2) };
            checkGrad((gamma, beta, xx) => nn.batchNorm.apply({ gamma, beta, eps: 1e-5, momentum: 0.9 }, xx, { train: true }), [rand([3], 26), rand([3], 27), x]);
            checkGrad((gamma, beta, xx) => nn.batchNorm.apply({ gamma, beta, eps: 1e-5, momentum: 0.9 }, xx, { stats }), [rand([3], 26), rand([3], 27), x]);
        });
    });
    it('needs running statistics in eval mode', () => {
        const p = nn.batchNorm.init(key, { dim: 3 });
        expect(() => nn.batchNorm.apply(p, rand([2, 3], 1, -1, 1, 'f32'))).toThrow(/batchNorm: eval mode needs options.stats/);
        expect(() => nn.batchNorm.init(key, { dim: 3, momentum: 2 })).toThrow(/momentum must lie in \[0, 1\]/);
    });
});
describe('dropout', () => {
    it('is the identity when not training or at rate 0, and zero at rate 1', () => {
        const x = rand([2, 3, 4], 30);
        expect(nn.dropout(x, { rate: 0.5 })).toBe(x);
        expect(nn.dropout(x, { rate: 0, train: true })).toBe(x);
        expectClose(nn.dropout(x, { rate: 1, train: true, key }), new Float64Array(24));
    });
    it('keeps elements with probability 1 − p, scaled by 1/(1 − p); the mask can be shared over time', () => {
        withStrict(() => {
            const x = rand([4, 50, 50], 31, 1, 2);
            const y = nn.dropout(x, { rate: 0.3, train: true, key });
            const xs = toF64(x);
            const ys = toF64(y);
            let kept = 0;
            let worst = 0;
            ys.forEach((e, i) => {
                if (e !== 0) {
                    kept++;
                    worst = Math.max(worst, Math.abs(e - xs[i] / 0.7));
                }
            });
            expect(worst).toBeLessThan(1e-12);
            expect(Math.abs(kept / ys.length - 0.7)).toBeLessThan(0.02); // 10 000 draws: 4.5 standard errors
            const shared = toF64(nn.dropout(x, { rate: 0.3, train: true, key, sharedAxes: [1] }));
            const maskAt = (b, t, h) => shared[(b * 50 + t) * 50 + h] !== 0;
            let differ = 0;
            for (let b = 0; b < 4; b++)
                for (let h = 0; h < 50; h++)
                    for (let t = 1; t < 50; t++)
                        if (maskAt(b, t, h) !== maskAt(b, 0, h))
                            differ++;
            expect(differ).toBe(0);
            expect(nn.dropoutMaskShape([4, 50, 50], [1])).toEqual([4, 1, 50]);
            // one step's mask from the same key equals the shared mask (what nn.seq.step relies on)
            const step = toF64(nn.dropout(rand([4, 50], 32, 1, 2), { rate: 0.3, train: true, key }));
            let stepDiffer = 0;
            for (let b = 0; b < 4; b++)
                for (let h = 0; h < 50; h++)
                    if ((step[b * 50 + h] !== 0) !== maskAt(b, 0, h))
                        stepDiffer++;
            expect(stepDiffer).toBe(0);
        });
    });
    it('has exact gradients for a fixed key and rejects bad options', () => {
        checkGrad((x) => nn.dropout(x, { rate: 0.4, train: true, key, sharedAxes: [0] }), [rand([3, 5], 33)]);
        expect(() => nn.dropout(rand([2], 1), { rate: 1.5, train: true, key })).toThrow(/dropout: rate must lie in \[0, 1\], got 1.5/);
        expect(() => nn.dropout(rand([2], 1), { rate: 0.5, train: true })).toThrow(/dropout: training with rate 0.5 needs options.key/);
    });
});
describe('activations, GLUs and the MLP', () => {
    it('GELU: exact and tanh forms against reference values', () => {
        // x·Φ(x) from tabulated Φ(1) = 0.8413447460685429, Φ(2) = 0.9772498680518208, Φ(−0.5) = 0.3085375387259869
        const x = tensor([1, 2, -0.5, 0], { dtype: 'f64' });
        expectClose(nn.gelu(x), [0.8413447460685429, 2 * 0.9772498680518208, -0.5 * 0.3085375387259869, 0], { rtol: 1e-14 });
        const tanhForm = [1, 2, -0.5, 0].map((v) => 0.5 * v * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (v + 0.044715 * v ** 3))));
        expectClose(nn.gelu(x, true), tanhForm, { rtol: 1e-14 });
        expectClose(nn.activation('geluTanh', x), tanhForm, { rtol: 1e-14 });
        expectClose(nn.silu(x), [1, 2, -0.5, 0].map((v) => v / (1 + Math.exp(-v))), { rtol: 1e-14 });
        checkGrad((xx) => nn.gelu(xx), [rand([5], 34, -3, 3)]);
        checkGrad((xx) => nn.gelu(xx, true), [rand([5], 35, -3, 3)]);
    });
    it('GLU / GEGLU / SwiGLU: Dense₁(z) ⊙ gate(Dense₂(z))', () => {
        withStrict(() => {
            const gates = [
                ['sigmoid', nn.glu],
                ['gelu', nn.geglu],
                ['silu', nn.swiglu],
            ];
            const z = rand([2, 3, 4], 40);
            for (const [gate, layer] of gates) {
                const p = layer.init(random.key(1), { dIn: 4, dOut: 5, dtype: 'f64' });
                const p2 = { dense1: { w: p.dense1.w, b: rand([5], 41) }, dense2: { w: p.dense2.w, b: rand([5], 42) } };
                const a = refDense(toF64(z), toF64(p2.dense1.w), toF64(p2.dense1.b), 4, 5);
                const gIn = tensor(refDense(toF64(z), toF64(p2.dense2.w), toF64(p2.dense2.b), 4, 5), { dtype: 'f64' });
                const g = toF64(nn.activation(gate, gIn));
                expectClose(layer.apply(p2, z), a.map((e, i) => e * g[i]), { what: gate });
                const [args, rebuild] = asArgs(p2);
                checkGrad((...xs) => layer.apply(rebuild(xs.slice(0, -1)), xs[xs.length - 1]), [...args, z]);
            }
        });
    });
    it('MLP: dense -> φ -> … -> dense, with exact gradients', () => {
        withStrict(() => {
            const p = nn.mlp.init(key, { dIn: 3, hidden: [6, 5], dOut: 2, activation: 'tanh', dtype: 'f64' });
            expect(p.layers.map((l) => l.w.shape)).toEqual([
                [3, 6],
                [6, 5],
                [5, 2],
            ]);
            expect(nn.countParams(p)).toBe(3 * 6 + 6 + 6 * 5 + 5 + 5 * 2 + 2);
            const x = rand([4, 3], 43);
            let h = toF64(x);
            p.layers.forEach((l, i) => {
                h = refDense(h, toF64(l.w), toF64(l.b), l.w.shape[0], l.w.shape[1]);
                if (i < 2)
                    h = h.map(Math.tanh);
            });
            expectClose(nn.mlp.apply(p, x), h);
            const [args, rebuild] = asArgs(p);
            checkGrad((...xs) => nn.mlp.apply(rebuild(xs.slice(0, -1)), xs[xs.length - 1]), [...args, x]);
            expect(() => nn.mlp.init(key, { dIn: 3, hidden: [0], dOut: 2 })).toThrow(/mlp: config.hidden\[0\] must be a positive integer/);
            expect(() => nn.mlp.init(key, { dIn: 3, hidden: 4, dOut: 2 })).toThrow(/mlp: config key 'hidden' must be an array, got number/);
            expect(() => nn.mlp.init(key, { activation: 'swish' })).toThrow(/mlp: config.activation must be one of/);
            expect(() => nn.glu.init(key, { dtype: 'i32' })).toThrow(/glu: config.dtype must be 'f32' or 'f64'/);
            expect(() => nn.swiglu.init(key, { init: 'xavier' })).toThrow(/swiglu: config.init must be one of 'lecun', 'glorot', 'he'/);
        });
    });
});
describe('residual', () => {
    const inner = nn.mlp;
    const block = nn.residual(inner);
    it('pre-norm x + f(N(x)) and post-norm N(x + f(x))', () => {
        withStrict(() => {
            const x = rand([2, 3, 4], 50);
            const cfg = { dim: 4, dtype: 'f64', layer: { dIn: 4, hidden: [8], dOut: 4, dtype: 'f64' } };
            const pre = block.init(key, cfg);
            const ln = (v) => nn.layerNorm.apply(pre.norm, v);
            expectClose(block.apply(pre, x), x.add(inner.apply(pre.layer, ln(x))));
            const post = block.init(key, { ...cfg, prenorm: false, norm: 'rms' });
            const rms = (v) => nn.rmsNorm.apply(post.norm, v);
            expectClose(block.apply(post, x), rms(x.add(inner.apply(post.layer, x))));
            const none = block.init(key, { ...cfg, norm: 'none' });
            expect(none.norm).toBe(null);
            expectClose(block.apply(none, x), x.add(inner.apply(none.layer, x)));
            const [args, rebuild] = asArgs(pre);
            checkGrad((...xs) => block.apply(rebuild(xs.slice(0, -1)), xs[xs.length - 1]), [...args, x]);
        });
    });
    it('wraps sequence layers step by step and rejects shape-changing layers', () => {
        withStrict(() => {
            // a running-sum "mixer": h_t = h_{t−1} + x_t, y_t = h_t
            const cumulative = {
                defaultConfig: () => ({ dim: 1 }),
                init: () => ({}),
                apply: (_p, x) => x.cumsum(-2),
                initialState: (_p, batch) => zeros([...batch, 4], { dtype: 'f64' }),
                step: (_p, h, xT) => {
                    const h2 = h.add(xT);
                    return [h2, h2];
                },
                labels: () => ({}),
            };
            const r = nn.residual(cumulative);
            const p = r.init(key, { dim: 4, dtype: 'f64' });
            const x = rand([2, 3, 4], 51);
            const full = toF64(r.apply(p, x));
            let h = r.initialState(p, [2]);
            for (let t = 0; t < 3; t++) {
                const [h2, y] = r.step(p, h, x.slice(null, t));
                h = h2;
                const yt = toF64(y);
                for (let b = 0; b < 2; b++)
                    for (let j = 0; j < 4; j++)
                        expect(Math.abs(yt[b * 4 + j] - full[(b * 3 + t) * 4 + j])).toBeLessThan(1e-12);
            }
            const p2 = block.init(key, { dim: 4, layer: { dIn: 4, dOut: 3 } });
            expect(() => block.apply(p2, rand([2, 4], 1, -1, 1, 'f32'))).toThrow(/residual: the wrapped layer must keep the shape of its input, got \[2, 4\] -> \[2, 3\]/);
            expect(() => block.init(key, { norm: 'batch' })).toThrow(/residual: config.norm must be one of 'layer', 'rms', 'none'/);
        });
    });
});
//# sourceMappingURL=nn-blocks.test.js.map