import { describe, expect, it } from 'vitest';
import { add, linearScan, mul, nn, random, reshape, sigmoid, stack, tensor, tree, withStrict, zeros } from '../src/index.js';
import { checkGrad, expectClose, rand, toF64 } from './util/check.js';
/** `v: [H]` as `[1, …, 1, H]` with `rank` axes (strict mode: no implicit rank promotion). */
const along = (v, rank) => reshape(v, [...new Array(rank - 1).fill(1), v.shape[0]]);
const diag = {
    defaultConfig: () => ({ dModel: 1, dtype: 'f32' }),
    init(key, config) {
        const c = nn.resolveConfig('diag', diag.defaultConfig(), config);
        const [k1, k2, k3] = random.split(key, 3);
        const H = c.dModel;
        return {
            kind: 'diag',
            aLogit: random.normal(k1, [H], { dtype: c.dtype }),
            w: random.normal(k2, [H, H], { std: 1 / Math.sqrt(H), dtype: c.dtype }),
            c: random.normal(k3, [H], { dtype: c.dtype }),
        };
    },
    apply(p, x) {
        const b = nn.dense.apply({ w: p.w }, x); // [..., T, H]
        const h = linearScan(along(sigmoid(p.aLogit), x.rank), b, { axis: -2 });
        return mul(h, along(p.c, x.rank));
    },
    initialState: (p, batchShape) => zeros([...batchShape, p.c.shape[0]], { dtype: p.c.dtype }),
    step(p, h, xT) {
        const h2 = add(mul(h, along(sigmoid(p.aLogit), xT.rank)), nn.dense.apply({ w: p.w }, xT));
        return [h2, mul(h2, along(p.c, xT.rank))];
    },
    labels: (p) => nn.labelFields('diag', p, (k) => (k === 'c' ? 'weight' : 'recurrent')),
};
/** nn.seq with the test mixer in its table (found by the static kind 'diag' of its parameters). */
const seq = nn.seq.withMixers({ diag });
const B = 2;
const T = 5;
const base = {
    dInput: 3,
    dModel: 4,
    dOutput: 2,
    nLayers: 2,
    mixer: diag,
    dtype: 'f64',
};
const init = (over = {}, seed = 1) => seq.init(random.key(seed), { ...base, ...over });
/** Run `step` over x [B, T, d] (or ids [B, T]) and stack the outputs on axis 1. */
function stepLoop(params, x, options) {
    let state = seq.initialState(params, [x.shape[0]]);
    const ys = [];
    for (let t = 0; t < x.shape[1]; t++) {
        const [s2, y] = seq.step(params, state, x.sliceAxis(1, t, t + 1).squeeze(1), options);
        state = s2;
        ys.push(y);
    }
    return ys;
}
/** Parameters' tensor leaves as checkGrad arguments and the function rebuilding the tree. */
function asArgs(params) {
    const [leaves, def] = tree.flatten(params);
    return [leaves, (ls) => tree.unflatten(def, ls)];
}
describe('nn.seq: structure and values', () => {
    it('creates encoder, blocks and decoder with the spec as static fields', () => {
        const p = init();
        expect(p.encoder.w.shape).toEqual([3, 4]);
        expect(p.decoder.w.shape).toEqual([4, 2]);
        expect(p.blocks.length).toBe(2);
        expect(p.blocks[0].mixer.kind).toBe('diag');
        expect(p.spec).toEqual({
            encoder: 'dense',
            block: 'lru',
            norm: 'layer',
            prenorm: true,
            glu: true,
            dropout: 0,
            dropoutSharedOverTime: true,
            pooling: 'none',
            finalNorm: false,
        });
        // dModel and dtype are filled into the mixer config
        expect(p.blocks[0].mixer.w.shape).toEqual([4, 4]);
        expect(p.blocks[0].mixer.w.dtype).toBe('f64');
        // per block: LayerNorm 2H + mixer (H + H² + H) + GLU 2(H² + H)
        expect(nn.countParams(p)).toBe(3 * 4 + 4 + 2 * (8 + 24 + 40) + 4 * 2 + 2);
        const q = init({ glu: false, norm: 'none' });
        expect(q.blocks[0].glu).toBe(null);
        expect(q.blocks[0].norm).toBe(null);
    });
    it('equals the block equations written out by hand (pre-norm and post-norm)', () => {
        withStrict(() => {
            const x = rand([B, T, 3], 2);
            for (const prenorm of [true, false]) {
                const p = init({ prenorm, pooling: 'cummean' });
                let h = nn.dense.apply(p.encoder, x);
                for (const b of p.blocks) {
                    const ln = (v) => nn.layerNorm.apply(b.norm, v);
                    const f = (v) => nn.glu.apply(b.glu, nn.gelu(diag.apply(b.mixer, v)));
                    h = prenorm ? h.add(f(ln(h))) : ln(h.add(f(h)));
                }
                const hs = toF64(h);
                const cm = new Float64Array(hs.length); // running mean over t, by hand
                for (let bb = 0; bb < B; bb++) {
                    for (let j = 0; j < 4; j++) {
                        let s = 0;
                        for (let t = 0; t < T; t++) {
                            s += hs[(bb * T + t) * 4 + j];
                            cm[(bb * T + t) * 4 + j] = s / (t + 1);
                        }
                    }
                }
                const want = nn.dense.apply(p.decoder, tensor(cm, { dtype: 'f64', shape: [B, T, 4] }));
                expectClose(seq.apply(p, x), want, { what: `prenorm ${prenorm}` });
            }
        });
    });
    it("'transformer' blocks (GPT-2, P2) with a final norm equal their equations written out", () => {
        withStrict(() => {
            const x = rand([B, T, 3], 8);
            for (const prenorm of [true, false]) {
                const p = init({ block: 'transformer', prenorm, finalNorm: true, mlpRatio: 2 });
                expect(p.blocks[0].glu).toBe(null);
                expect(p.blocks[0].mlp.layers.map((l) => l.w.shape)).toEqual([
                    [4, 8],
                    [8, 4],
                ]);
                let h = nn.dense.apply(p.encoder, x);
                for (const b of p.blocks) {
                    const n1 = (v) => nn.layerNorm.apply(b.norm, v);
                    const n2 = (v) => nn.layerNorm.apply(b.norm2, v);
                    const m = (v) => diag.apply(b.mixer, v);
                    const f = (v) => nn.mlp.apply(b.mlp, v);
                    if (prenorm) {
                        h = h.add(m(n1(h)));
                        h = h.add(f(n2(h)));
                    }
                    else {
                        h = n1(h.add(m(h)));
                        h = n2(h.add(f(h)));
                    }
                }
                h = nn.layerNorm.apply(p.finalNorm, h);
                expectClose(seq.apply(p, x), nn.dense.apply(p.decoder, h), { what: `prenorm ${prenorm}` });
            }
        });
    });
    it('pools by mean and last step; unbatched input equals a batch of one', () => {
        withStrict(() => {
            const x = rand([B, T, 3], 3);
            const none = seq.apply(init(), x); // [B, T, dOut] — the decoder is affine, so pooling commutes with it
            expect(none.shape).toEqual([B, T, 2]);
            expectClose(seq.apply(init({ pooling: 'mean' }), x), none.mean(1), { rtol: 1e-12 });
            expectClose(seq.apply(init({ pooling: 'last' }), x), none.sliceAxis(1, T - 1, T).squeeze(1));
            const p = init({ pooling: 'cummean' });
            const y1 = seq.apply(p, x.sliceAxis(0, 1, 2).squeeze(0));
            expect(y1.shape).toEqual([T, 2]);
            expectClose(y1, seq.apply(p, x).sliceAxis(0, 1, 2).squeeze(0));
        });
    });
});
describe('nn.seq: step loop == apply', () => {
    const x = rand([B, T, 3], 4);
    const key = random.key(9);
    const cases = [
        ['pre-norm, GLU, layer norm', {}],
        ['post-norm, no GLU, RMS norm', { prenorm: false, glu: false, norm: 'rms' }],
        ['no norm', { norm: 'none' }],
        ['transformer block, final norm', { block: 'transformer', finalNorm: true, mlpRatio: 2 }],
    ];
    for (const [name, over] of cases) {
        for (const pooling of nn.POOLINGS) {
            it(`${name}, pooling '${pooling}', training with dropout shared over time`, () => {
                withStrict(() => {
                    const p = init({ ...over, pooling, dropout: 0.3 });
                    const opts = { train: true, key };
                    const full = seq.apply(p, x, opts);
                    const ys = stepLoop(p, x, opts);
                    if (pooling === 'none' || pooling === 'cummean')
                        expectClose(stack(ys, 1), full, { rtol: 1e-12, atol: 1e-13 });
                    else
                        expectClose(ys[T - 1], full, { rtol: 1e-12, atol: 1e-13 }); // 'last'/'mean': the final step
                    if (pooling === 'last')
                        expectClose(stack(ys, 1), seq.apply(init({ ...over, pooling: 'none', dropout: 0.3 }), x, opts), { rtol: 1e-12, atol: 1e-13 });
                    // dropout is active: training differs from evaluation
                    expect(Math.max(...toF64(full.sub(seq.apply(p, x))).map(Math.abs))).toBeGreaterThan(1e-3);
                });
            });
        }
    }
    it('with batch norm in eval mode (running statistics) and with an embedding encoder', () => {
        withStrict(() => {
            for (const over of [{}, { block: 'transformer', finalNorm: true, mlpRatio: 1 }]) {
                const p = init({ ...over, norm: 'batch', pooling: 'cummean' });
                const [, stats] = seq.applyWithStats(p, x, { train: true, stats: seq.initStats(p) });
                expect(stats.length).toBe(over.block === 'transformer' ? 5 : 2);
                expectClose(stack(stepLoop(p, x, { stats }), 1), seq.apply(p, x, { stats }), { rtol: 1e-12, atol: 1e-13 });
            }
            const q = init({ encoder: 'embedding', dInput: 6 });
            const ids = tensor([
                [0, 5, 2, 2, 1],
                [3, 3, 4, 0, 5],
            ], { dtype: 'i32' });
            expectClose(stack(stepLoop(q, ids), 1), seq.apply(q, ids), { rtol: 1e-12, atol: 1e-13 });
            expect(seq.apply(q, ids).shape).toEqual([B, T, 2]);
        });
    });
});
describe('nn.seq.step with options.mixerStep', () => {
    it("runs in place of every block mixer's step, without looking up the mixers' kinds", () => {
        withStrict(() => {
            const p = init();
            const x = rand([B, T, 3], 14);
            const want = stack(stepLoop(p, x), 1);
            // each mixer's parameters wrapped in a tree without a kind: only the mixerStep can read them
            const wrapped = { ...p, blocks: p.blocks.map((b) => ({ ...b, mixer: { inner: b.mixer } })) };
            const x0 = x.sliceAxis(1, 0, 1).squeeze(1);
            expect(() => seq.step(wrapped, seq.initialState(p, [B]), x0)).toThrow(/nn.seq: block 0's mixer parameters have kind nothing/);
            const seen = [];
            const mixerStep = (q, h, u) => {
                seen.push(q);
                return diag.step(q.inner, h, u);
            };
            let state = seq.initialState(p, [B]);
            const ys = [];
            for (let t = 0; t < T; t++) {
                let y;
                [state, y] = seq.step(wrapped, state, x.sliceAxis(1, t, t + 1).squeeze(1), { mixerStep });
                ys.push(y);
            }
            expectClose(stack(ys, 1), want, { rtol: 0, atol: 0 });
            expect(seen.length).toBe(T * p.blocks.length);
            expect(seen[1]).toBe(wrapped.blocks[1].mixer);
            // a mixerStep that changes the width is caught like a mixer that does
            expect(() => seq.step(p, seq.initialState(p, [B]), x0, { mixerStep: (_q, h, u) => [h, u.sliceAxis(-1, 0, 1)] })).toThrow(/nn.seq: options.mixerStep must map \[..., H\] to the same shape, got \[2, 4\] -> \[2, 1\]/);
        });
    });
});
describe('nn.seq: batch norm statistics', () => {
    it('updates running statistics in train mode and uses them in eval mode', () => {
        withStrict(() => {
            const p = init({ norm: 'batch', nLayers: 1 });
            const x = rand([B, T, 3], 5);
            const s0 = seq.initStats(p);
            const [y, s1] = seq.applyWithStats(p, x, { train: true, stats: s0 });
            // block 0's norm sees the encoder output (pre-norm): its batch mean over B and T
            const h = toF64(nn.dense.apply(p.encoder, x));
            const mu = [0, 1, 2, 3].map((j) => h.filter((_, i) => i % 4 === j).reduce((a, b) => a + b, 0) / (B * T));
            expectClose(s1[0].mean, mu.map((m) => 0.1 * m), { rtol: 1e-12 });
            expectClose(y, seq.apply(p, x, { train: true }));
            const [ye, s2] = seq.applyWithStats(p, x, { stats: s1 });
            expect(s2[0]).toBe(s1[0]);
            expect(Math.max(...toF64(ye.sub(y)).map(Math.abs))).toBeGreaterThan(1e-6);
            expect(() => seq.apply(p, x)).toThrow(/nn.seq: norm 'batch' in eval mode \(and in step\) needs options.stats/);
            expect(() => seq.step(p, seq.initialState(p, [B]), x.sliceAxis(1, 0, 1).squeeze(1), { train: true, stats: s1 })).toThrow(/seq.step: norm 'batch' cannot use batch statistics one step at a time/);
        });
    });
});
describe('nn.seq: gradients', () => {
    const x = rand([B, 4, 3], 6);
    const configs = [
        ['pre-norm, layer norm, GLU, cummean, dropout', { pooling: 'cummean', dropout: 0.25 }],
        ['post-norm, RMS norm, no GLU, last', { prenorm: false, norm: 'rms', glu: false, pooling: 'last' }],
        ['batch norm (train), mean', { norm: 'batch', pooling: 'mean', nLayers: 1 }],
        ['transformer block, post-norm, final norm, dropout', { block: 'transformer', prenorm: false, finalNorm: true, mlpRatio: 1, nLayers: 1, dropout: 0.25 }],
    ];
    for (const [name, over] of configs) {
        it(`w.r.t. every parameter and the input: ${name}`, () => {
            withStrict(() => {
                const p = init(over);
                const opts = { train: true, key: random.key(3) };
                const [args, rebuild] = asArgs(p);
                checkGrad((...xs) => seq.apply(rebuild(xs.slice(0, -1)), xs[xs.length - 1], opts), [...args, x]);
            });
        });
    }
    it('through the step loop (online use) w.r.t. every parameter', () => {
        withStrict(() => {
            const p = init({ pooling: 'cummean', nLayers: 1 });
            const [args, rebuild] = asArgs(p);
            checkGrad((...xs) => stack(stepLoop(rebuild(xs), x), 1), args);
        });
    });
});
describe('nn.seq: errors', () => {
    it('names the problem', () => {
        const p = init();
        expect(() => seq.init(random.key(0), { dInput: 2 })).toThrow(/nn.seq: config.mixer must be a SequenceLayer/);
        // the table of nn.seq has the library's mixers only; its own layers go through withMixers
        expect(() => nn.seq.init(random.key(0), base)).toThrow(/nn.seq: the mixer's parameters have kind 'diag', which this nn.seq does not know \(known: lru, .*\); use nn.seq.withMixers\(\{ diag: layer \}\)/);
        expect(() => nn.seq.apply(p, rand([2, 3, 3], 1))).toThrow(/nn.seq: block 0's mixer parameters have kind "diag", which this nn.seq does not know/);
        const noKind = { ...diag, init: (k, c) => ({ ...diag.init(k, c), kind: undefined }) };
        expect(() => nn.seq.withMixers({ noKind }).init(random.key(0), { ...base, mixer: noKind })).toThrow(/nn.seq: the mixer's parameters carry no static 'kind'/);
        expect(() => nn.seq.withMixers({ lru: diag })).toThrow(/nn.seq.withMixers: the kind 'lru' is taken by another layer/);
        expect(() => nn.seq.withMixers({ bad: {} })).toThrow(/nn.seq.withMixers: 'bad' must be a Layer or SequenceLayer/);
        expect(() => init({ pooling: 'max' })).toThrow(/nn.seq: config.pooling must be one of 'mean', 'last', 'none', 'cummean', got 'max'/);
        expect(() => init({ norm: 'group' })).toThrow(/nn.seq: config.norm must be one of/);
        expect(() => init({ block: 'mamba' })).toThrow(/nn.seq: config.block must be one of 'lru', 'transformer'/);
        expect(() => init({ dropout: 2 })).toThrow(/nn.seq: config.dropout must lie in \[0, 1\]/);
        expect(() => init({ nLayers: -1 })).toThrow(/nn.seq: config.nLayers must be an integer >= 0/);
        expect(() => seq.init(random.key(0), { ...base, depth: 3 })).toThrow(/nn.seq: unknown config key 'depth'/);
        expect(() => seq.apply(p, rand([2, 3, 4, 3], 1))).toThrow(/nn.seq.apply: x must be \[B, T, dInput\] or \[T, dInput\] with dInput = 3 \(from the encoder\), got \[2, 3, 4, 3\]/);
        // the width is checked against the model, not inside its encoder
        expect(() => seq.apply(p, rand([2, 3, 5], 1))).toThrow(/nn.seq.apply: x must be \[B, T, dInput\] or \[T, dInput\] with dInput = 3 \(from the encoder\), got \[2, 3, 5\]/);
        expect(() => seq.apply(init({ encoder: 'embedding', dInput: 6 }), rand([2, 3], 1))).toThrow(/nn.seq.apply: x must be \[B, T\] or \[T\] i32 token ids \(encoder 'embedding'\), got f(32|64)\[2, 3\]/);
        // step: x_t against the state's batch shape and the encoder's width
        const s2 = seq.initialState(p, [2]);
        expect(() => seq.step(p, s2, rand([2, 5], 1))).toThrow(/nn.seq.step: x_t must be \[B, dInput\] = \[2, 3\] \(one time step; batch shape from the state, dInput from the encoder\), got \[2, 5\]/);
        expect(() => seq.step(p, s2, rand([2, 4, 3], 1))).toThrow(/nn.seq.step: x_t must be \[B, dInput\] = \[2, 3\] .*got \[2, 4, 3\]/);
        expect(() => seq.step(p, s2, rand([4, 3], 1))).toThrow(/nn.seq.step: x_t must be \[B, dInput\] = \[2, 3\] .*got \[4, 3\]/);
        expect(() => seq.step(p, seq.initialState(p, []), rand([2, 3], 1))).toThrow(/nn.seq.step: x_t must be \[dInput\] = \[3\] .*got \[2, 3\]/);
        const nope = { ...p, blocks: p.blocks.map((b) => ({ ...b, mixer: { ...b.mixer, kind: 'nope' } })) };
        expect(() => seq.apply(nope, rand([2, 3, 3], 1))).toThrow(/nn.seq: block 0's mixer parameters have kind "nope", which this nn.seq does not know \(known: lru, .*, diag\); for a mixer of your own, give its parameters a static kind and use nn.seq.withMixers\(\{ nope: layer \}\)/);
        const q = init({ dropout: 0.5 });
        expect(() => seq.apply(q, rand([2, 3, 3], 1), { train: true })).toThrow(/nn.seq: training with dropout 0.5 needs options.key/);
        expect(() => seq.step(p, { ...seq.initialState(p, [2]), mixers: [] }, rand([2, 3], 1))).toThrow(/seq.step: state has 0 mixer states for 2 blocks/);
        // a mixer that changes the width
        const widen = {
            defaultConfig: () => ({ dModel: 1 }),
            init: () => ({ kind: 'widen' }),
            apply: (_p, u) => u.sliceAxis(-1, 0, 1),
            initialState: () => null,
            step: (_p, h, u) => [h, u.sliceAxis(-1, 0, 1)],
            labels: () => ({ kind: null }),
        };
        const wide = seq.withMixers({ widen });
        const w = wide.init(random.key(0), { ...base, mixer: widen });
        expect(() => wide.apply(w, rand([2, 3, 3], 1))).toThrow(/nn.seq: mixer 'widen' must map \[..., H\] to the same shape, got \[2, 3, 4\] -> \[2, 3, 1\]/);
        expect(() => wide.step(w, wide.initialState(w, [2]), rand([2, 3], 1))).toThrow(/nn.seq: mixer 'widen' must map \[..., H\] to the same shape, got \[2, 4\] -> \[2, 1\]/);
        expect(() => seq.withMixers({ diag: widen })).toThrow(/nn.seq.withMixers: the kind 'diag' is taken by another layer/);
    });
});
// P4's copy-task model: LRU H = 128, N = 64, 4 layers, 8 inputs, 7 outputs (≈ 270k parameters).
// Per block: LRU 3N (ν, θ, γ) + 2NH (B) + 2HN (C) + H (D) = 33 088; LayerNorm 2H = 256;
// GLU 2(H² + H) = 33 024. Encoder 8·128 + 128 = 1 152; decoder 128·7 + 7 = 903.
describe('nn.seq with the LRU (P4)', () => {
    const lru = nn.lru;
    it('has the parameter count of the copy-task configuration', () => {
        const p = nn.seq.init(random.key(0), { dInput: 8, dModel: 128, dOutput: 7, nLayers: 4, mixer: lru, mixerConfig: { dHidden: 64 } });
        expect(nn.countParams(p)).toBe(4 * (33088 + 256 + 33024) + 1152 + 903);
        expect(nn.countParams(p)).toBe(267527);
        expect(p.blocks.map((b) => b.mixer.kind)).toEqual(['lru', 'lru', 'lru', 'lru']);
    });
    it("every library mixer is in nn.seq's table under its export name, the kind of its parameters", () => {
        const H = 4;
        const named = [
            ['lru', nn.lru, { dHidden: 3 }],
            ['gatedRnn', nn.gatedRnn, { dIn: H, dHidden: 3, dGate: 3, dOut: H }],
            ['linearRnn', nn.linearRnn, { dIn: H, dHidden: 3, dOut: H }],
            ['rnn', nn.rnn, { dIn: H, dHidden: H }],
            ['lstm', nn.lstm, { dIn: H, dHidden: H }],
            ['gru', nn.gru, { dIn: H, dHidden: H }],
            ['attention', nn.attention, { nHeads: 2, dKey: 2, dValue: 2 }],
            ['linearAttention', nn.linearAttention, { nHeads: 2, dKey: 2, dValue: 2 }],
            ['mesa', nn.mesa, { nHeads: 2, dKey: 2, dValue: 2 }],
        ];
        expect(Object.keys(nn.SEQ_MIXERS).sort()).toEqual(named.map(([n]) => n).sort());
        expect(nn.seq.mixers).toBe(nn.SEQ_MIXERS);
        const x = rand([B, T, 3], 13);
        for (const [name, layer, mixerConfig] of named) {
            expect(nn.SEQ_MIXERS[name]).toBe(layer);
            const p = nn.seq.init(random.key(2), { dInput: 3, dModel: H, dOutput: 2, nLayers: 2, mixer: layer, mixerConfig, dtype: 'f64' });
            expect(p.blocks.map((b) => b.mixer.kind)).toEqual([name, name]);
            expect(nn.seq.apply(p, x).shape).toEqual([B, T, 2]);
            expect(nn.seq.labels(p).blocks[1].mixer).toEqual(layer.labels(p.blocks[1].mixer));
        }
    });
    it('step loop == apply with a small LRU model, and exact gradients', () => {
        withStrict(() => {
            const p = nn.seq.init(random.key(1), {
                dInput: 3,
                dModel: 4,
                dOutput: 2,
                nLayers: 2,
                mixer: lru,
                mixerConfig: { dHidden: 3 },
                dtype: 'f64',
                pooling: 'cummean',
                dropout: 0.2,
            });
            const x = rand([B, T, 3], 7);
            const opts = { train: true, key: random.key(5) };
            expectClose(stack(stepLoop(p, x, opts), 1), nn.seq.apply(p, x, opts), { rtol: 1e-10, atol: 1e-12 });
            const [args, rebuild] = asArgs(p);
            checkGrad((...xs) => nn.seq.apply(rebuild(xs.slice(0, -1)), xs[xs.length - 1], opts), [...args, x.sliceAxis(1, 0, 3)]);
        });
    });
});
// GPT-2 style models (P2) with the attention layers.
describe('nn.seq with attention mixers (P2)', () => {
    const layers = { attention: nn.attention, linearAttention: nn.linearAttention };
    const cfg = { dInput: 3, dModel: 4, dOutput: 2, nLayers: 2, block: 'transformer', finalNorm: true, dtype: 'f64' };
    const mixerConfig = { nHeads: 2, dKey: 2, dValue: 2 };
    const x = rand([B, T, 3], 12);
    it('linear attention (a SequenceLayer): step loop == apply', () => {
        withStrict(() => {
            const p = nn.seq.init(random.key(2), { ...cfg, mixer: layers.linearAttention, mixerConfig });
            expect(p.blocks[0].mixer.kind).toBe('linearAttention');
            expectClose(stack(stepLoop(p, x), 1), nn.seq.apply(p, x), { rtol: 1e-10, atol: 1e-12 });
        });
    });
    it('softmax attention (a whole-sequence Layer): apply is causal, step raises', () => {
        withStrict(() => {
            const p = nn.seq.init(random.key(2), { ...cfg, mixer: layers.attention, mixerConfig });
            const y = nn.seq.apply(p, x);
            expect(y.shape).toEqual([B, T, 2]);
            // causal by default: the first 3 outputs do not depend on the last 2 inputs
            const y3 = nn.seq.apply(p, x.sliceAxis(1, 0, 3));
            expectClose(y3, y.sliceAxis(1, 0, 3), { rtol: 1e-12, atol: 1e-13 });
            expect(p.blocks[0].mixer.kind).toBe('attention');
            expect(() => nn.seq.initialState(p, [B])).toThrow(/nn.seq.initialState: mixer 'attention' is a Layer without initialState\/step/);
        });
    });
});
//# sourceMappingURL=nn-seq.test.js.map