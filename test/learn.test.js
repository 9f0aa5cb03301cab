import { describe, expect, it } from 'vitest';
import { cast, concat, cumsum, eye, learn, logsumexp, mean, mul, nn, optim, random, sliceAxis, square, sub, sum, tensor, tree, withStrict, } from '../src/index.js';
import { lruStateGrads, lruStateGradsReference, lruStateUpdate, lruStateUpdateReference, lruTraceAdvance, lruTraceAdvanceReference, lruTraceGradsReference, } from '../src/learn/traces.js';
import { expectClose, rand, toF64 } from './util/check.js';
const f64 = { dtype: 'f64' };
/** max |a − b| / max |b| over one pair of tensors. */
function relErr(a, b) {
    const u = toF64(a);
    const v = toF64(b);
    let e = 0;
    let m = 0;
    for (let i = 0; i < u.length; i++) {
        e = Math.max(e, Math.abs(u[i] - v[i]));
        m = Math.max(m, Math.abs(v[i]));
    }
    return m === 0 ? e : e / m;
}
/** Relative error per parameter path. */
function relErrors(est, exact) {
    const paths = tree.paths(exact);
    const a = tree.leaves(est);
    const b = tree.leaves(exact);
    return Object.fromEntries(paths.map((p, i) => [p, relErr(a[i], b[i])]));
}
// ---------------------------------------------------------------------------------------------
describe('fused trace ops', () => {
    const [B, N, H] = [3, 4, 5];
    const c = (shape, seed) => ({ re: rand(shape, seed), im: rand(shape, seed + 100) });
    const prev = { lambda: c([B, N], 1), gamma: c([B, N], 2), b: c([B, N, H], 3) };
    const p = { lambda: c([N], 4), gamma: rand([N], 5, 0.1, 1), bRe: rand([N, H], 6), bIm: rand([N, H], 7) };
    it('lruStateUpdate, lruTraceAdvance, lruStateGrads equal their compositions and the all-at-once products', () => {
        const h = c([B, N], 8);
        const u = rand([B, H], 9);
        const g = c([B, N], 10);
        const small = { lambda: prev.lambda, gamma: prev.gamma };
        const st = lruStateUpdate(p, h, u, small);
        const stRef = lruStateUpdateReference(p, h, u, small);
        const adv = lruTraceAdvance(p, prev.b, u, g);
        const advRef = lruTraceAdvanceReference(p, prev.b, u, g);
        const advOnly = lruTraceAdvance(p, prev.b, u, null);
        const prods = lruTraceGradsReference({ ...small, b: adv.b }, g); // all products at once, from the advanced E^B
        const sg = lruStateGrads(small, g);
        const sgRef = lruStateGradsReference(small, g);
        const sgFull = lruTraceGradsReference(prev, g);
        const pairs = [
            [st.lambda.re, stRef.lambda.re, 'e^λ re'],
            [st.lambda.im, stRef.lambda.im, 'e^λ im'],
            [st.gamma.re, stRef.gamma.re, 'e^γ re'],
            [st.gamma.im, stRef.gamma.im, 'e^γ im'],
            [st.h.re, stRef.h.re, 'h re'],
            [st.h.im, stRef.h.im, 'h im'],
            [adv.b.re, advRef.b.re, 'E^B re'],
            [adv.b.im, advRef.b.im, 'E^B im'],
            [advOnly.b.re, adv.b.re, 'E^B re (without products)'],
            [advOnly.b.im, adv.b.im, 'E^B im (without products)'],
        ];
        if (adv.grad === null || advRef.grad === null)
            throw new Error('no products');
        pairs.push([adv.grad.re, advRef.grad.re, 'G_B re'], [adv.grad.im, advRef.grad.im, 'G_B im'], [adv.grad.re, prods.bRe, 'G_B re (all at once)'], [adv.grad.im, prods.bIm, 'G_B im (all at once)']);
        pairs.push([sg.lambda.re, sgRef.lambda.re, 'G_λ re'], [sg.lambda.im, sgRef.lambda.im, 'G_λ im'], [sg.gamma, sgRef.gamma, 'G_γ'], [sg.lambda.re, sgFull.lambda.re, 'G_λ re (full)'], [sg.gamma, sgFull.gamma, 'G_γ (full)']);
        for (const [a, b2, what] of pairs)
            expectClose(a, b2, { rtol: 1e-14, atol: 1e-14, what });
        expect(advOnly.grad).toBeNull();
    });
});
// ---------------------------------------------------------------------------------------------
describe('one LRU layer: online == BPTT', () => {
    it("reproduces PAPERS.md P4's worked check through the online path", () => {
        const t = (v) => tensor(v, f64);
        const m = (v) => tensor([[v]], f64);
        // λ = 0.5, B = 2 + 2i, C = 2 + i, γ = 1 (γlog = 0), D = 0, x = (1, 2, 3), targets 1
        const p = {
            kind: 'lru',
            parametrization: 'reim',
            gammaNorm: true,
            lambdaRe: t([0.5]),
            lambdaIm: t([0]),
            gammaLog: t([0]),
            bRe: m(2),
            bIm: m(2),
            cRe: m(2),
            cIm: m(1),
            d: t([0]),
        };
        const x = tensor([[[1], [2], [3]]], f64);
        const r = learn.layerGradients(nn.lru, p, x, (y) => mul(sum(square(sub(y, 1))), 0.5), { mode: 'online' });
        expect(r.loss).toBeCloseTo(36.625, 12);
        // γ = exp(γlog) = 1, so ∂L/∂γlog = γ ∂L/∂γ = ∂L/∂γ
        const want = { lambdaRe: 53, lambdaIm: -159, gammaLog: 85.75, bRe: 85.75, bIm: -42.875 };
        const g = r.grads;
        for (const [k, v] of Object.entries(want))
            expect(g[k].item(), k).toBeCloseTo(v, 11);
    });
    for (const parametrization of ['exp', 'polar', 'reim']) {
        for (const gammaNorm of [true, false]) {
            it(`every parameter, λ '${parametrization}', gammaNorm ${gammaNorm}`, () => {
                const p = nn.lru.init(random.key(3), { dModel: 3, dHidden: 4, parametrization, gammaNorm, rMin: 0.4, dtype: 'f64' });
                const x = rand([2, 7, 3], 11);
                const target = rand([2, 7, 3], 12);
                const at = (t) => target.slice([], [t, t + 1]).reshape([2, 3]);
                // a loss on some steps only (steps 0 and 3 have none)
                const stepLoss = (y, t) => (t === 0 || t === 3 ? null : mean(square(sub(y, at(t)))));
                const exact = learn.layerGradients(nn.lru, p, x, stepLoss, { mode: 'bptt' });
                const online = learn.layerGradients(nn.lru, p, x, stepLoss, { mode: 'online' });
                expect(online.loss).toBeCloseTo(exact.loss, 12);
                for (const [k, e] of Object.entries(relErrors(online.grads, exact.grads))) {
                    expect(e, k).toBeLessThan(1e-10);
                }
            });
        }
    }
});
// ---------------------------------------------------------------------------------------------
// nn.seq models
const seqInit = (over, seed = 1) => nn.seq.init(random.key(seed), { dInput: 3, dModel: 5, dOutput: 4, nLayers: 1, mixer: nn.lru, mixerConfig: { dHidden: 6, rMin: 0.5 }, dtype: 'f64', ...over });
/** Parameters at and above the recurrent layer of a one-block model (exact online). */
const ABOVE = /^\.blocks\[0\]\.(mixer|glu)\.|^\.decoder\./;
describe('nn.seq, one block: online == BPTT above the recurrent layer', () => {
    const B = 3;
    const T = 8;
    const x = rand([B, T, 3], 21);
    const cases = [
        {
            name: "per-step 'mse' with a mask",
            over: { pooling: 'none' },
            batch: () => ({
                x,
                targets: rand([B, T, 4], 22),
                mask: tensor(Array.from({ length: B * T }, (_, i) => (i % 3 === 0 ? 0 : 1)), { dtype: 'f64', shape: [B, T] }),
            }),
            loss: 'mse',
        },
        {
            name: "per-step 'bce' with dropout (same masks as apply)",
            over: { pooling: 'none', dropout: 0.3 },
            batch: () => ({ x, targets: cast(random.bernoulli(random.key(4), 0.5, [B, T, 4]), 'f64') }),
            loss: 'bce',
            key: true,
        },
        {
            name: "per-step 'xent' with an embedding encoder",
            over: { pooling: 'none', encoder: 'embedding', dInput: 6 },
            batch: () => ({
                x: tensor(Array.from({ length: B * T }, (_, i) => (i * 5) % 6), { dtype: 'i32', shape: [B, T] }),
                targets: tensor(Array.from({ length: B * T }, (_, i) => (i * 3) % 4), { dtype: 'i32', shape: [B, T] }),
            }),
            loss: 'xent',
        },
        {
            name: "'xent' with pooling 'last'",
            over: { pooling: 'last' },
            batch: () => ({ x, targets: tensor([0, 3, 1], { dtype: 'i32' }) }),
            loss: 'xent',
        },
    ];
    for (const c of cases) {
        it(c.name, () => {
            const p = seqInit(c.over);
            const batch = c.batch();
            const key = c.key === true ? random.key(7) : undefined;
            const exact = learn.sequenceGradients(nn.seq, p, batch, { mode: 'bptt', loss: c.loss, key });
            const online = learn.sequenceGradients(nn.seq, p, batch, { mode: 'online', loss: c.loss, key, alignment: true });
            expect(online.loss).toBeCloseTo(exact.loss, 12);
            expect(online.metrics.accuracy).toBe(exact.metrics.accuracy);
            expect(online.grads.spec).toEqual(p.spec);
            const errs = relErrors(online.grads, exact.grads);
            const above = Object.entries(errs).filter(([k]) => ABOVE.test(k));
            expect(above.length).toBeGreaterThanOrEqual(10);
            for (const [k, e] of above) {
                expect(e, k).toBeLessThan(1e-10);
            }
            // below the recurrent layer (encoder, pre-norm) online learning backpropagates through the
            // current step only: a documented approximation, not the BPTT gradient
            expect(Math.max(...Object.entries(errs)
                .filter(([k]) => k.startsWith('.encoder'))
                .map(([, e]) => e))).toBeGreaterThan(1e-3);
            expect(online.alignment?.cosine[0]).toBeCloseTo(1, 12);
            expect(online.alignment?.normRatio[0]).toBeCloseTo(1, 12);
        });
    }
    it("the 'bptt' loss is the mean over counted entries", () => {
        const p = seqInit({ pooling: 'none' });
        const targets = tensor(Array.from({ length: B * T }, (_, i) => (i * 7) % 4), { dtype: 'i32', shape: [B, T] });
        const maskData = Array.from({ length: B * T }, (_, i) => (i % 4 === 1 ? 0 : 1));
        const mask = tensor(maskData, { dtype: 'f64', shape: [B, T] });
        const r = learn.sequenceGradients(nn.seq, p, { x, targets, mask }, { mode: 'bptt', loss: 'xent' });
        const y = nn.seq.apply(p, x); // [B, T, 4]
        const lse = toF64(logsumexp(y, -1));
        const yv = toF64(y);
        const tv = toF64(targets);
        let s = 0;
        let n = 0;
        let hit = 0;
        for (let i = 0; i < B * T; i++) {
            if (maskData[i] === 0)
                continue;
            const row = Array.from(yv.slice(4 * i, 4 * i + 4));
            s += lse[i] - row[tv[i]];
            hit += row.indexOf(Math.max(...row)) === tv[i] ? 1 : 0;
            n++;
        }
        expect(r.loss).toBeCloseTo(s / n, 12);
        expect(r.metrics.accuracy).toBeCloseTo(hit / n, 12);
    });
});
// ---------------------------------------------------------------------------------------------
describe('several blocks: alignment with BPTT (Fig. 2)', () => {
    it('online aligns better than truncated1 and spatial in every block; the top block is exact', () => {
        const p = seqInit({ nLayers: 3, dModel: 6, dOutput: 2, mixerConfig: { dHidden: 8, rMin: 0.5 }, pooling: 'none' }, 3);
        const batch = { x: rand([3, 12, 3], 31), targets: rand([3, 12, 2], 32) };
        const run = (mode) => {
            const r = learn.sequenceGradients(nn.seq, p, batch, { mode, loss: 'mse', alignment: true });
            if (r.alignment === undefined)
                throw new Error('no alignment');
            return r.alignment;
        };
        const online = run('online');
        const truncated = run('truncated1');
        const spatial = run('spatial');
        expect(online.cosine[2]).toBeCloseTo(1, 10);
        expect(online.normRatio[2]).toBeCloseTo(1, 10);
        for (let l = 0; l < 3; l++) {
            expect(online.cosine[l], `block ${l}`).toBeGreaterThan(truncated.cosine[l]);
            expect(online.cosine[l], `block ${l}`).toBeGreaterThan(spatial.cosine[l]);
            expect(online.cosine[l], `block ${l}`).toBeGreaterThan(0.9);
        }
        // gradientAlignment of a gradient with itself
        const g = learn.sequenceGradients(nn.seq, p, batch, { mode: 'bptt', loss: 'mse' }).grads;
        const self = learn.gradientAlignment(g, g);
        self.cosine.forEach((c) => expect(c).toBeCloseTo(1, 12));
    });
    it("'spatial' gives λ no gradient; 'truncated1' equals BPTT at T = 1", () => {
        const p = seqInit({ nLayers: 2, pooling: 'none' });
        const batch = { x: rand([2, 1, 3], 41), targets: rand([2, 1, 4], 42) };
        const spatial = learn.sequenceGradients(nn.seq, p, batch, { mode: 'spatial', loss: 'mse' });
        const mixer = spatial.grads.blocks[1].mixer;
        expect(Math.max(...toF64(mixer.nuLog).map(Math.abs), ...toF64(mixer.thetaLog).map(Math.abs))).toBe(0);
        const exact = learn.sequenceGradients(nn.seq, p, batch, { mode: 'bptt', loss: 'mse' });
        const trunc = learn.sequenceGradients(nn.seq, p, batch, { mode: 'truncated1', loss: 'mse' });
        for (const [k, e] of Object.entries(relErrors(trunc.grads, exact.grads)))
            expect(e, k).toBeLessThan(1e-12);
    });
});
// ---------------------------------------------------------------------------------------------
describe('SnAp-1 (nn.linearRnn, nn.gru)', () => {
    const I = eye(4, 4, f64);
    const gruP = nn.seq.init(random.key(5), { dInput: 3, dModel: 4, dOutput: 2, nLayers: 1, mixer: nn.gru, mixerConfig: { dIn: 4, dHidden: 4 }, dtype: 'f64' });
    const linP = nn.seq.init(random.key(6), {
        dInput: 3,
        dModel: 4,
        dOutput: 2,
        nLayers: 1,
        mixer: nn.linearRnn,
        mixerConfig: { dIn: 4, dHidden: 4, dOut: 4 },
        dtype: 'f64',
    });
    /** The same model with a diagonal recurrence (U blocks / A diagonal): SnAp-1 is then exact RTRL. */
    const diagonal = (p) => {
        const m = p.blocks[0].mixer;
        const mixer = 'u' in m ? { ...m, u: mul(m.u, concat([I, I, I], 0)) } : { ...m, a: mul(m.a, I) };
        return { ...p, blocks: [{ ...p.blocks[0], mixer }] };
    };
    const batch = (T) => ({ x: rand([2, T, 3], 51 + T), targets: rand([2, T, 2], 61 + T) });
    const mixerErrors = (p, T, options = {}) => {
        const exact = learn.sequenceGradients(nn.seq, p, batch(T), { mode: 'bptt', loss: 'mse', ...options });
        const snap = learn.sequenceGradients(nn.seq, p, batch(T), { mode: 'snap1', loss: 'mse', alignment: true, ...options });
        const errs = Object.entries(relErrors(snap.grads, exact.grads)).filter(([k]) => k.includes('.mixer.'));
        return [Math.max(...errs.map(([, e]) => e)), snap.alignment?.cosine[0] ?? NaN];
    };
    for (const [name, p] of [
        ['gru', gruP],
        ['linearRnn', linP],
    ]) {
        it(`${name}: exact at T = 1 and with a diagonal recurrence; a different, aligned estimate otherwise`, () => {
            expect(mixerErrors(p, 1)[0]).toBeLessThan(1e-10);
            expect(mixerErrors(diagonal(p), 8)[0]).toBeLessThan(1e-10);
            const [err, cos] = mixerErrors(p, 8);
            expect(err).toBeGreaterThan(1e-3);
            expect(cos).toBeGreaterThan(0.5);
            expect(cos).toBeLessThan(1 - 1e-6);
        });
    }
    it('linearRnn with ρ = tanh (static params.nonlinearity) and a diagonal A: exact', () => {
        const tanhP = nn.seq.init(random.key(6), {
            dInput: 3,
            dModel: 4,
            dOutput: 2,
            nLayers: 1,
            mixer: nn.linearRnn,
            mixerConfig: { dIn: 4, dHidden: 4, dOut: 4, nonlinearity: 'tanh' },
            dtype: 'f64',
        });
        expect(tanhP.blocks[0].mixer.nonlinearity).toBe('tanh');
        expect(mixerErrors(diagonal(tanhP), 6)[0]).toBeLessThan(1e-10);
    });
    it("'snap1' on an LRU equals 'online'", () => {
        const p = seqInit({ nLayers: 2 });
        const b = { x: rand([2, 5, 3], 71), targets: rand([2, 5, 4], 72) };
        const a = learn.sequenceGradients(nn.seq, p, b, { mode: 'online', loss: 'mse' });
        const s = learn.sequenceGradients(nn.seq, p, b, { mode: 'snap1', loss: 'mse' });
        for (const [k, e] of Object.entries(relErrors(s.grads, a.grads)))
            expect(e, k).toBe(0);
    });
});
// ---------------------------------------------------------------------------------------------
describe('errors and other mixers', () => {
    const b = () => ({ x: rand([2, 4, 3], 81), targets: rand([2, 4, 4], 82) });
    it('online modes refuse sequence-wide pooling, saying why and what is allowed', () => {
        for (const pooling of ['mean', 'cummean']) {
            const p = seqInit({ pooling });
            const batch = pooling === 'mean' ? { x: b().x, targets: rand([2, 4], 83) } : b();
            expect(() => learn.sequenceGradients(nn.seq, p, batch, { mode: 'online', loss: 'mse' })).toThrow(new RegExp(`pooling '${pooling}'.*allow pooling 'none' \\(per-step outputs\\) or 'last'`));
            expect(() => learn.sequenceGradients(nn.seq, p, batch, { mode: 'bptt', loss: 'mse' })).not.toThrow();
        }
    });
    it('unsupported mode/mixer combinations name the modes that work', () => {
        const gruP = nn.seq.init(random.key(1), { dInput: 3, dModel: 4, dOutput: 4, nLayers: 1, mixer: nn.gru, mixerConfig: { dIn: 4, dHidden: 4 }, dtype: 'f64' });
        expect(() => learn.sequenceGradients(nn.seq, gruP, b(), { mode: 'online', loss: 'mse' })).toThrow(/mode 'online' is not available for mixer 'gru'.*use 'snap1'.*modes for this mixer: bptt, truncated1, snap1/);
        expect(() => learn.sequenceGradients(nn.seq, gruP, b(), { mode: 'spatial', loss: 'mse' })).toThrow(/defined for nn.lru only/);
        const lstmP = nn.seq.init(random.key(1), {
            dInput: 3,
            dModel: 4,
            dOutput: 4,
            nLayers: 1,
            mixer: nn.lstm,
            mixerConfig: { dIn: 4, dHidden: 4 },
            dtype: 'f64',
        });
        expect(() => learn.sequenceGradients(nn.seq, lstmP, b(), { mode: 'snap1', loss: 'mse' })).toThrow(/SnAp-1 is implemented for nn.linearRnn and nn.gru.*modes for this mixer: bptt, truncated1/);
    });
    it("'truncated1' works for any mixer with step (LSTM: equals BPTT at T = 1)", () => {
        const p = nn.seq.init(random.key(2), { dInput: 3, dModel: 4, dOutput: 4, nLayers: 2, mixer: nn.lstm, mixerConfig: { dIn: 4, dHidden: 4 }, dtype: 'f64' });
        const one = { x: rand([2, 1, 3], 84), targets: rand([2, 1, 4], 85) };
        const exact = learn.sequenceGradients(nn.seq, p, one, { mode: 'bptt', loss: 'mse' });
        const trunc = learn.sequenceGradients(nn.seq, p, one, { mode: 'truncated1', loss: 'mse' });
        for (const [k, e] of Object.entries(relErrors(trunc.grads, exact.grads)))
            expect(e, k).toBeLessThan(1e-12);
        expect(learn.sequenceGradients(nn.seq, p, b(), { mode: 'truncated1', loss: 'mse' }).loss).toBeCloseTo(learn.sequenceGradients(nn.seq, p, b(), { mode: 'bptt', loss: 'mse' }).loss, 12);
    });
    it('bad batches raise clear errors', () => {
        const p = seqInit({ pooling: 'last' });
        expect(() => learn.sequenceGradients(nn.seq, p, { ...b(), mask: rand([2, 4], 1) }, { mode: 'bptt', loss: 'mse' })).toThrow(/batch.mask needs per-step outputs/);
        expect(() => learn.sequenceGradients(nn.seq, p, b(), { mode: 'bptt', loss: 'mse' })).toThrow(/learn.sequenceGradients: batch.targets must be \[B, dOutput\] = \[2, 4\] \(loss 'mse', one output per sequence \(pooling 'last'\)\), got \[2, 4, 4\]/);
        expect(() => learn.sequenceGradients(nn.seq, p, { x: b().x, targets: rand([2], 1) }, { mode: 'bptt', loss: 'xent' })).toThrow(/i32 class ids/);
        expect(() => learn.sequenceGradients(nn.seq, p, { x: rand([2, 3], 1), targets: rand([2, 4], 1) }, { mode: 'online', loss: 'mse' })).toThrow(/batch.x must be \[B, T, dInput\]/);
    });
    it('wrong batch shapes are named at the entry point with the expected shape, before any step runs', () => {
        const p = seqInit({ pooling: 'none' }); // dInput 3, dOutput 4
        const x = rand([2, 5, 3], 83);
        const cases = [
            // fewer target steps than input steps: an online mode used to fail inside a time step ("squeeze: axis 1 of [2, 0, 4]")
            [
                { x, targets: rand([2, 3, 4], 84) },
                'mse',
                /learn.sequenceGradients: batch.targets must be \[B, T, dOutput\] = \[2, 5, 4\] \(loss 'mse', per-step outputs \(pooling 'none'\)\), got \[2, 3, 4\]/,
            ],
            [{ x, targets: rand([2, 5, 2], 84) }, 'bce', /batch.targets must be \[B, T, dOutput\] = \[2, 5, 4\] \(loss 'bce'.*got \[2, 5, 2\]/],
            [
                {
                    x,
                    targets: tensor([
                        [0, 1, 0],
                        [1, 0, 1],
                    ], { dtype: 'i32' }),
                },
                'xent',
                /batch.targets must be \[B, T\] = \[2, 5\] \(i32 class ids: loss 'xent'.*got \[2, 3\]/,
            ],
            [
                { x: rand([2, 5, 7], 85), targets: rand([2, 5, 4], 84) },
                'mse',
                /batch.x must be \[B, T, dInput\] = \[B, T, 3\] \(dInput from the encoder\), got \[2, 5, 7\]/,
            ],
            [{ x, targets: rand([2, 5, 4], 84), mask: rand([2, 4], 86) }, 'mse', /batch.mask must be \[B, T\] = \[2, 5\], got \[2, 4\]/],
            [{ x, targets: undefined }, 'mse', /batch.targets must be a Tensor, got nothing/],
        ];
        for (const [batch, loss, message] of cases) {
            for (const mode of ['bptt', 'online']) {
                expect(() => learn.sequenceGradients(nn.seq, p, batch, { mode, loss })).toThrow(message);
                expect(() => learn.sequenceGradients(nn.seq, p, batch, { mode, loss, alignment: true })).toThrow(message);
            }
        }
        expect(() => learn.sequenceGradients(nn.seq, { ...p, spec: undefined }, { x, targets: rand([2, 5, 4], 84) }, { mode: 'bptt', loss: 'mse' })).toThrow(/learn.sequenceGradients: params must be nn.seq parameters/);
    });
    it('sequenceGradientsAsync checks its batch the same way', async () => {
        const p = seqInit({ pooling: 'none' });
        await expect(learn.sequenceGradientsAsync(nn.seq, p, { x: rand([2, 5, 3], 83), targets: rand([2, 3, 4], 84) }, { mode: 'online', loss: 'mse' })).rejects.toThrow(/learn.sequenceGradients: batch.targets must be \[B, T, dOutput\] = \[2, 5, 4\]/);
    });
    it('layerGradients names a wrong x, a missing loss and a non-scalar step loss', () => {
        const p = nn.lru.init(random.key(3), { dModel: 3, dHidden: 4, dtype: 'f64' });
        const x = rand([2, 4, 3], 87);
        const ok = (y) => sum(square(y));
        for (const mode of ['bptt', 'online']) {
            expect(() => learn.layerGradients(nn.lru, p, rand([4, 3], 87), ok, { mode })).toThrow(/learn.layerGradients: x must be \[B, T, dIn\] = \[B, T, 3\] .*got \[4, 3\]/);
            expect(() => learn.layerGradients(nn.lru, p, rand([2, 4, 5], 87), ok, { mode })).toThrow(/x must be \[B, T, dIn\] = \[B, T, 3\] \(dIn from the parameters\), got \[2, 4, 5\]/);
            expect(() => learn.layerGradients(nn.lru, p, x, undefined, { mode })).toThrow(/learn.layerGradients: stepLoss must be a function \(y_t: \[B, dOut\], t\) => scalar tensor \| null/);
            expect(() => learn.layerGradients(nn.lru, p, x, (y) => square(y), { mode })).toThrow(/learn.layerGradients: stepLoss must return a scalar tensor \(or null\), got shape \[2, 3\] at step 0/);
        }
    });
    it('gradientAlignment names mismatched gradients', () => {
        const p = seqInit({ nLayers: 2, pooling: 'none' });
        const q = seqInit({ nLayers: 1, pooling: 'none' });
        const wide = seqInit({ nLayers: 2, pooling: 'none', mixerConfig: { dHidden: 7, rMin: 0.5 } });
        expect(() => learn.gradientAlignment(p, q)).toThrow(/learn.gradientAlignment: estimate has 2 blocks, exact 1; both must be gradients of the same nn.seq model/);
        expect(() => learn.gradientAlignment(p, wide)).toThrow(/learn.gradientAlignment: block 0's mixer: the estimate's recurrent parameter 0 has shape \[6, 5\], the exact one \[7, 5\]; both must be gradients of the same nn.seq model/);
        expect(() => learn.gradientAlignment(p, undefined)).toThrow(/learn.gradientAlignment: exact must be nn.seq parameters or gradients/);
    });
    it('runs in strict mode', () => {
        const p = seqInit({ nLayers: 2, pooling: 'none' });
        const gruP = nn.seq.init(random.key(1), { dInput: 3, dModel: 4, dOutput: 4, nLayers: 2, mixer: nn.gru, mixerConfig: { dIn: 4, dHidden: 4 }, dtype: 'f64' });
        const linP = nn.seq.init(random.key(1), {
            dInput: 3,
            dModel: 4,
            dOutput: 4,
            nLayers: 2,
            mixer: nn.linearRnn,
            mixerConfig: { dIn: 4, dHidden: 4, dOut: 4 },
            dtype: 'f64',
        });
        withStrict(() => {
            for (const mode of ['bptt', 'online', 'spatial', 'truncated1', 'snap1'])
                expect(Number.isFinite(learn.sequenceGradients(nn.seq, p, b(), { mode, loss: 'mse' }).loss)).toBe(true);
            for (const q of [gruP, linP])
                expect(Number.isFinite(learn.sequenceGradients(nn.seq, q, b(), { mode: 'snap1', loss: 'mse' }).loss)).toBe(true);
        });
    });
    it('docs/learn.md: the training loop runs and reduces the loss', () => {
        let params = nn.seq.init(random.key(0), {
            dInput: 2,
            dModel: 16,
            dOutput: 1,
            nLayers: 2,
            mixer: nn.lru,
            mixerConfig: { dHidden: 16 },
            pooling: 'none',
        });
        const x = random.normal(random.key(1), [8, 30, 2]);
        const targets = cumsum(sliceAxis(x, 2, 0, 1), 1).mul(0.2);
        const opt = optim.adam(1e-2);
        let state = opt.init(params);
        const losses = [];
        for (let step = 0; step < 10; step++) {
            const { loss, grads } = learn.sequenceGradients(nn.seq, params, { x, targets }, { mode: 'online', loss: 'mse' });
            const [updates, next] = opt.update(grads, state, params);
            params = optim.applyUpdates(params, updates);
            state = next;
            losses.push(loss);
        }
        expect(losses[9]).toBeLessThan(losses[0] / 2);
    });
});
//# sourceMappingURL=learn.test.js.map