/**
 * optim: every optimizer against a hand-written Float64Array reference over several steps;
 * schedules at their boundaries; clipping above/below the threshold; chain order; parameter
 * groups; and an actual minimisation.
 */
import { describe, expect, it } from 'vitest';
import { matmul, mean, mul, optim, square, sub, sum, tensor, tree, valueAndGrad, withStrict } from '../src/index.js';
import { expectClose, rand } from './util/check.js';
const { schedules } = optim;
/** A small tree with a nested array. Leaves flatten as b, layers[0].a, w. */
function makeParams(seed = 1, dtype = 'f64') {
    return { w: rand([2, 3], seed, -1, 1, dtype), b: rand([3], seed + 1, -1, 1, dtype), layers: [{ a: rand([2], seed + 2, -1, 1, dtype) }] };
}
/** Gradients for step t: shaped like params, different at every step. */
function makeGrads(t, scaleBy = 1) {
    const p = makeParams(100 + 10 * t);
    return tree.map((x) => mul(x, scaleBy), p);
}
/** All leaves concatenated in flatten order. */
function flat(t) {
    const parts = tree.leaves(t).map((l) => Float64Array.from(l.dataSync()));
    const out = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
    let o = 0;
    for (const p of parts) {
        out.set(p, o);
        o += p.length;
    }
    return out;
}
function sgdRef(p0, grads, lr, mu, nesterov, damp, wd) {
    const p = Float64Array.from(p0);
    let b = null;
    grads.forEach((g0, t) => {
        const g = g0.map((gi, i) => gi + wd * p[i]);
        let d = g;
        if (mu !== 0) {
            const prev = b;
            b = prev === null ? Float64Array.from(g) : g.map((gi, i) => mu * prev[i] + (1 - damp) * gi);
            const bb = b;
            d = nesterov ? g.map((gi, i) => gi + mu * bb[i]) : bb;
        }
        for (let i = 0; i < p.length; i++)
            p[i] -= lr(t) * d[i];
    });
    return p;
}
/** Adam (wd = 0) and AdamW with decoupled decay p ← p − lr·(m̂/(√v̂+ε) + wd·p). */
function adamRef(p0, grads, lr, b1, b2, eps, wd) {
    const p = Float64Array.from(p0);
    const m = new Float64Array(p.length);
    const v = new Float64Array(p.length);
    grads.forEach((g, k) => {
        const t = k + 1;
        for (let i = 0; i < p.length; i++) {
            m[i] = b1 * m[i] + (1 - b1) * g[i];
            v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
            const mh = m[i] / (1 - b1 ** t);
            const vh = v[i] / (1 - b2 ** t);
            p[i] -= lr(k) * (mh / (Math.sqrt(vh) + eps) + wd * p[i]);
        }
    });
    return p;
}
function norm(x) {
    return Math.sqrt(x.reduce((s, v) => s + v * v, 0));
}
/** Run an optimizer for `steps` steps on makeParams/makeGrads; returns final params. */
function run(opt, steps, params = makeParams(), gradScale = 1) {
    let p = params;
    let state = opt.init(p);
    for (let t = 0; t < steps; t++) {
        const [u, s] = opt.update(makeGrads(t, gradScale), state, p);
        p = optim.applyUpdates(p, u);
        state = s;
    }
    return p;
}
const STEPS = 6;
const gradsFlat = (steps = STEPS, s = 1) => Array.from({ length: steps }, (_, t) => flat(makeGrads(t, s)));
const TOL = { rtol: 1e-12, atol: 1e-14 };
// ---------------------------------------------------------------------------------------------
describe('optimizers equal hand-written references (f64, several steps)', () => {
    const p0 = flat(makeParams());
    it('plain SGD', () => {
        expectClose(flat(run(optim.sgd(0.1), STEPS)), sgdRef(p0, gradsFlat(), () => 0.1, 0, false, 0, 0), TOL);
    });
    it('SGD with momentum, dampening and coupled weight decay (PyTorch semantics)', () => {
        expectClose(flat(run(optim.sgd(0.05, { momentum: 0.9 }), STEPS)), sgdRef(p0, gradsFlat(), () => 0.05, 0.9, false, 0, 0), TOL);
        expectClose(flat(run(optim.sgd(0.05, { momentum: 0.8, weightDecay: 0.3 }), STEPS)), sgdRef(p0, gradsFlat(), () => 0.05, 0.8, false, 0, 0.3), TOL);
        expectClose(flat(run(optim.sgd(0.05, { momentum: 0.8, dampening: 0.25 }), STEPS)), sgdRef(p0, gradsFlat(), () => 0.05, 0.8, false, 0.25, 0), TOL);
    });
    it('SGD with Nesterov momentum', () => {
        expectClose(flat(run(optim.sgd(0.05, { momentum: 0.9, nesterov: true, weightDecay: 0.01 }), STEPS)), sgdRef(p0, gradsFlat(), () => 0.05, 0.9, true, 0, 0.01), TOL);
        // and Nesterov really differs from heavy-ball momentum
        const heavy = sgdRef(p0, gradsFlat(), () => 0.05, 0.9, false, 0, 0.01);
        const nest = sgdRef(p0, gradsFlat(), () => 0.05, 0.9, true, 0, 0.01);
        expect(norm(heavy.map((x, i) => x - nest[i]))).toBeGreaterThan(1e-3);
    });
    it('Adam (bias-corrected), defaults and custom betas', () => {
        expectClose(flat(run(optim.adam(0.01), STEPS)), adamRef(p0, gradsFlat(), () => 0.01, 0.9, 0.999, 1e-8, 0), TOL);
        expectClose(flat(run(optim.adam(0.02, { b1: 0.5, b2: 0.9, eps: 1e-3 }), STEPS)), adamRef(p0, gradsFlat(), () => 0.02, 0.5, 0.9, 1e-3, 0), TOL);
    });
    it('AdamW: decoupled weight decay, default 1e-4 and explicit', () => {
        expectClose(flat(run(optim.adamw(0.01), STEPS)), adamRef(p0, gradsFlat(), () => 0.01, 0.9, 0.999, 1e-8, 1e-4), TOL);
        const got = flat(run(optim.adamw(0.01, { weightDecay: 0.5, b2: 0.99 }), STEPS));
        expectClose(got, adamRef(p0, gradsFlat(), () => 0.01, 0.9, 0.99, 1e-8, 0.5), TOL);
        // decoupled: differs from Adam on L2-regularised gradients (coupled decay)
        const coupled = flat(run(optim.chain(optim.addDecayedWeights(0.5), optim.adam(0.01, { b2: 0.99 })), STEPS));
        expect(norm(got.map((x, i) => x - coupled[i]))).toBeGreaterThan(1e-4);
    });
    it('a schedule is evaluated at the 0-based step count', () => {
        const sch = schedules.warmupCosine({ peak: 0.1, warmupSteps: 2, totalSteps: 5, init: 0.01, end: 0.001 });
        expectClose(flat(run(optim.adamw(sch, { weightDecay: 0.1 }), STEPS)), adamRef(p0, gradsFlat(), sch, 0.9, 0.999, 1e-8, 0.1), TOL);
        expectClose(flat(run(optim.sgd(sch, { momentum: 0.5 }), STEPS)), sgdRef(p0, gradsFlat(), sch, 0.5, false, 0, 0), TOL);
    });
    it('keeps static leaves, structure and dtype; f32 parameters stay f32 and track the f64 reference', () => {
        const p = run(optim.adam(0.01), STEPS, makeParams(1, 'f32'));
        expect(tree.structureEquals(p, makeParams())).toBe(true);
        for (const l of tree.leaves(p))
            expect(l.dtype).toBe('f32');
        const p0f = flat(makeParams(1, 'f32'));
        expectClose(flat(p), adamRef(p0f, gradsFlat(), () => 0.01, 0.9, 0.999, 1e-8, 0), { rtol: 1e-5, atol: 1e-6 });
    });
    it('passes static (non-tensor) nodes of the params through untouched', () => {
        // The runtime tree keeps numbers as static structure; the Tree type does not model them.
        const p = { ...makeParams(), meta: { frozen: 7 } };
        const opt = optim.sgd(0.1, { momentum: 0.9, weightDecay: 0.1 });
        const [u, s] = opt.update({ ...makeGrads(0), meta: { frozen: 7 } }, opt.init(p), p);
        const q = optim.applyUpdates(p, u);
        expect(q.meta.frozen).toBe(7);
        expect(s[2].count).toBe(1);
    });
    it('is pure: the same state gives the same update twice, and init state is unchanged', () => {
        const opt = optim.adamw(0.1, { weightDecay: 0.1 });
        const p = makeParams();
        const s0 = opt.init(p);
        const [u1, s1] = opt.update(makeGrads(0), s0, p);
        const [u2] = opt.update(makeGrads(0), s0, p);
        expectClose(flat(u1), flat(u2), { rtol: 0, atol: 0 });
        expect(s0[0].count).toBe(0);
        expect(s1[0].count).toBe(1);
        expect(Math.max(...flat(s0[0].mu).map(Math.abs))).toBe(0);
    });
});
describe('schedules', () => {
    it('constant', () => {
        const s = schedules.constant(0.3);
        expect([s(0), s(1000)]).toEqual([0.3, 0.3]);
    });
    it('warmupCosine (optax warmup_cosine_decay_schedule): warmup boundaries and end value', () => {
        const s = schedules.warmupCosine({ init: 0, peak: 1, warmupSteps: 10, totalSteps: 110, end: 0.1 });
        expect(s(0)).toBe(0);
        expect(s(5)).toBeCloseTo(0.5, 15);
        expect(s(9)).toBeCloseTo(0.9, 15);
        expect(s(10)).toBeCloseTo(1, 15); // peak exactly at the end of warmup
        expect(s(60)).toBeCloseTo(0.1 + 0.9 * 0.5, 15); // half-way through the cosine
        expect(s(35)).toBeCloseTo(0.1 + 0.9 * 0.5 * (1 + Math.cos(Math.PI / 4)), 15);
        expect(s(110)).toBeCloseTo(0.1, 15);
        expect(s(500)).toBeCloseTo(0.1, 15);
        const noWarm = schedules.warmupCosine({ peak: 2, warmupSteps: 0, totalSteps: 4 });
        expect([0, 1, 2, 4, 9].map(noWarm).map((v) => +v.toFixed(12))).toEqual([2, +(1 + Math.SQRT1_2).toFixed(12), 1, 0, 0]);
        expect(() => schedules.warmupCosine({ peak: 1, warmupSteps: 10, totalSteps: 10 })).toThrow(/warmupCosine: totalSteps \(10\) must be greater than warmupSteps/);
    });
    it('exponential, smooth and staircase, with begin and end bound', () => {
        const s = schedules.exponential({ init: 1, decayRate: 0.5, transitionSteps: 10 });
        expect(s(0)).toBe(1);
        expect(s(5)).toBeCloseTo(Math.SQRT1_2, 15);
        expect(s(20)).toBeCloseTo(0.25, 15);
        const st = schedules.exponential({ init: 1, decayRate: 0.5, transitionSteps: 10, staircase: true });
        expect([0, 9, 10, 19, 20].map(st)).toEqual([1, 1, 0.5, 0.5, 0.25]);
        const b = schedules.exponential({ init: 2, decayRate: 0.1, transitionSteps: 1, transitionBegin: 3, end: 0.05 });
        expect([0, 3, 4, 5, 6].map((t) => +b(t).toFixed(12))).toEqual([2, 2, 0.2, 0.05, 0.05]);
        expect(() => schedules.exponential({ init: 1, decayRate: 0, transitionSteps: 1 })).toThrow(/exponential: decayRate must be > 0/);
    });
    it('linear', () => {
        const s = schedules.linear({ init: 1, end: 0, transitionSteps: 4, transitionBegin: 2 });
        expect([0, 2, 3, 6, 100].map(s)).toEqual([1, 1, 0.75, 0, 0]);
    });
});
describe('clipping, chaining, building blocks', () => {
    it('globalNorm is √Σ x² over all leaves', () => {
        const g = makeGrads(0);
        expect(optim.globalNorm(g).item()).toBeCloseTo(norm(flat(g)), 14);
        expect(optim.globalNorm({}).item()).toBe(0);
    });
    it('clipByGlobalNorm rescales above the threshold and leaves updates alone below it', () => {
        const g = makeGrads(0);
        const n = norm(flat(g));
        const clip = optim.clipByGlobalNorm(n / 2);
        const [above] = clip.update(g, clip.init(g));
        expectClose(flat(above), flat(g).map((x) => (x * (n / 2)) / n), TOL);
        expect(norm(flat(above))).toBeCloseTo(n / 2, 13);
        const loose = optim.clipByGlobalNorm(n * 2);
        const [below] = loose.update(g, loose.init(g));
        expectClose(flat(below), flat(g), { rtol: 0, atol: 0 });
        expect(() => optim.clipByGlobalNorm(0)).toThrow(/clipByGlobalNorm: maxNorm must be a finite number in \(0, ∞\)/);
    });
    it('chain applies transformations left to right', () => {
        const g = makeGrads(1);
        const n = norm(flat(g));
        const clipThenScale = optim.chain(optim.clipByGlobalNorm(1), optim.scale(3));
        const scaleThenClip = optim.chain(optim.scale(3), optim.clipByGlobalNorm(1));
        const [a] = clipThenScale.update(g, clipThenScale.init(g));
        const [b] = scaleThenClip.update(g, scaleThenClip.init(g));
        expect(n).toBeGreaterThan(1);
        expectClose(flat(a), flat(g).map((x) => (3 * x) / n), TOL);
        expectClose(flat(b), flat(g).map((x) => x / n), TOL);
    });
    it('clipping before adamw equals the reference on clipped gradients', () => {
        const maxNorm = 0.5;
        const opt = optim.chain(optim.clipByGlobalNorm(maxNorm), optim.adamw(0.01, { weightDecay: 0.1 }));
        const clipped = gradsFlat().map((g) => g.map((x) => (x * maxNorm) / Math.max(norm(g), maxNorm)));
        expectClose(flat(run(opt, STEPS)), adamRef(flat(makeParams()), clipped, () => 0.01, 0.9, 0.999, 1e-8, 0.1), TOL);
    });
    it('works in strict promotion mode on a tree mixing f32 and f64 leaves', () => {
        const p = { a: rand([2, 3], 1, -1, 1, 'f32'), b: rand([3], 2) };
        const g = { a: rand([2, 3], 3, -1, 1, 'f32'), b: rand([3], 4) };
        const opt = optim.chain(optim.clipByGlobalNorm(0.1), optim.adamw(0.01), optim.sgd(1, { momentum: 0.9, nesterov: true, weightDecay: 0.1 }));
        const q = withStrict(() => {
            const [u] = opt.update(g, opt.init(p), p);
            return optim.applyUpdates(p, u);
        });
        expect([q.a.dtype, q.b.dtype]).toEqual(['f32', 'f64']);
        expect(optim.globalNorm(g).dtype).toBe('f64');
    });
    it('setToZero, identity and applyUpdates casting', () => {
        const g = makeGrads(0);
        const z = optim.setToZero();
        expect(Math.max(...flat(z.update(g, z.init(g))[0]).map(Math.abs))).toBe(0);
        const id = optim.identity();
        expect(id.update(g, id.init(g))[0]).toBe(g);
        const p32 = { x: tensor([1, 2], { dtype: 'f32' }) };
        const p = optim.applyUpdates(p32, { x: tensor([0.5, 0.25], { dtype: 'f64' }) });
        expect(p.x.dtype).toBe('f32');
        expect(Array.from(p.x.dataSync())).toEqual([1.5, 2.25]);
    });
    it('rejects bad hyperparameters and missing params with named errors', () => {
        expect(() => optim.sgd(-0.1)).toThrow(/sgd: learning rate -0.1; a learning rate must be a finite number ≥ 0/);
        expect(() => optim.sgd(0.1, { nesterov: true })).toThrow(/sgd: nesterov momentum needs momentum > 0/);
        expect(() => optim.adam(0.1, { b1: 1 })).toThrow(/adam: b1 must be a finite number in \[0, 1\), got 1/);
        expect(() => optim.adamw(0.1, { weightDecay: -1 })).toThrow(/adamw: weightDecay must be a finite number in \[0, ∞\)/);
        const opt = optim.adamw(0.1);
        const p = makeParams();
        expect(() => opt.update(makeGrads(0), opt.init(p))).toThrow(/adamw: update needs the current params/);
        const bad = optim.sgd((t) => (t === 0 ? 0.1 : NaN));
        let s = bad.init(p);
        s = bad.update(makeGrads(0), s, p)[1];
        expect(() => bad.update(makeGrads(1), s, p)).toThrow(/sgd: learning-rate schedule at step 1 returned NaN/);
    });
});
describe('multiTransform (parameter groups)', () => {
    // An LRU-like tree: recurrent parameters get Adam at a reduced rate, no decay; the rest AdamW.
    const makeModel = () => ({
        rnn: { nuLog: rand([3], 11), bRe: rand([3, 2], 12), d: rand([2], 13) },
        readout: { w: rand([2, 2], 14) },
    });
    const gradsAt = (t) => tree.map((x) => mul(x, 0.5), tree.map((x) => mul(x, 1 + t), makeModel()));
    const recurrent = /\.(nuLog|thetaLog|gammaLog|bRe|bIm)$/;
    function runGroups(labels) {
        const opt = optim.multiTransform({ recurrent: optim.adam(1e-3), rest: optim.adamw(1e-2, { weightDecay: 0.1 }) }, labels);
        let p = makeModel();
        let s = opt.init(p);
        for (let t = 0; t < STEPS; t++) {
            // fresh, step-dependent gradients
            const g = tree.map((x, y) => sub(mul(x, t + 1), mul(y, 0.3)), gradsAt(t), p);
            const [u, s2] = opt.update(g, s, p);
            p = optim.applyUpdates(p, u);
            s = s2;
        }
        return p;
    }
    // Reference: each leaf follows its own group's optimizer (all transforms are elementwise).
    function reference() {
        const m = makeModel();
        const leafRef = (x, path, group) => {
            const p = Float64Array.from(x.dataSync());
            const mm = new Float64Array(p.length);
            const vv = new Float64Array(p.length);
            const [lr, wd] = group === 'recurrent' ? [1e-3, 0] : [1e-2, 0.1];
            for (let t = 0; t < STEPS; t++) {
                const base = Float64Array.from(path(gradsAt(t)).dataSync());
                const g = base.map((b, i) => b * (t + 1) - 0.3 * p[i]);
                for (let i = 0; i < p.length; i++) {
                    mm[i] = 0.9 * mm[i] + 0.1 * g[i];
                    vv[i] = 0.999 * vv[i] + 0.001 * g[i] * g[i];
                    const u = mm[i] / (1 - 0.9 ** (t + 1)) / (Math.sqrt(vv[i] / (1 - 0.999 ** (t + 1))) + 1e-8);
                    p[i] -= lr * (u + wd * p[i]);
                }
            }
            return p;
        };
        return {
            nuLog: leafRef(m.rnn.nuLog, (o) => o.rnn.nuLog, 'recurrent'),
            bRe: leafRef(m.rnn.bRe, (o) => o.rnn.bRe, 'recurrent'),
            d: leafRef(m.rnn.d, (o) => o.rnn.d, 'rest'),
            w: leafRef(m.readout.w, (o) => o.readout.w, 'rest'),
        };
    }
    it('routes each group through its own optimizer (labels by path)', () => {
        const got = runGroups(optim.labelByPath((path) => (recurrent.test(path) ? 'recurrent' : 'rest')));
        const ref = reference();
        expectClose(got.rnn.nuLog, ref.nuLog, TOL);
        expectClose(got.rnn.bRe, ref.bRe, TOL);
        expectClose(got.rnn.d, ref.d, TOL);
        expectClose(got.readout.w, ref.w, TOL);
    });
    it('accepts a label tree, with a string labelling a whole subtree', () => {
        const byPath = runGroups(optim.labelByPath((path) => (recurrent.test(path) ? 'recurrent' : 'rest')));
        const byTree = runGroups({ rnn: { nuLog: 'recurrent', bRe: 'recurrent', d: 'rest' }, readout: 'rest' });
        expectClose(flat(byTree), flat(byPath), { rtol: 0, atol: 0 });
    });
    it('group statistics are per group (clipping uses the group norm)', () => {
        const p = { a: tensor([3, 4], { dtype: 'f64' }), b: tensor([30, 40], { dtype: 'f64' }) };
        const opt = optim.multiTransform({ clipped: optim.clipByGlobalNorm(1), free: optim.identity() }, { a: 'clipped', b: 'free' });
        const [u] = opt.update(p, opt.init(p), p);
        expectClose(flat(u), [0.6, 0.8, 30, 40], TOL);
        const both = optim.multiTransform({ clipped: optim.clipByGlobalNorm(1) }, 'clipped');
        const [v] = both.update(p, both.init(p), p);
        const n = Math.sqrt(9 + 16 + 900 + 1600);
        expectClose(flat(v), [3 / n, 4 / n, 30 / n, 40 / n], TOL);
    });
    it('names unknown and missing labels', () => {
        const p = makeModel();
        const ts = { recurrent: optim.adam(1e-3), rest: optim.adamw(1e-2) };
        expect(() => optim
            .multiTransform(ts, optim.labelByPath((path) => (path.includes('nu') ? 'recurent' : 'rest')))
            .init(p)).toThrow("multiTransform: the leaf at .rnn.nuLog has label 'recurent', which has no transformation; valid labels: 'recurrent', 'rest'");
        expect(() => optim.multiTransform(ts, { rnn: { nuLog: 'recurrent' }, readout: 'rest' }).init(p)).toThrow(/multiTransform: the leaf at \.rnn\.bRe has no label \(found nothing/);
    });
});
describe('minimisation', () => {
    it('adam drives a badly scaled quadratic down by many orders of magnitude', () => {
        const c = tensor([1, 10, 100, 0.1], { dtype: 'f64' });
        const target = tensor([1, -2, 0.5, 3], { dtype: 'f64' });
        const loss = (p) => sum(mul(c, square(sub(p.x, target))));
        const vg = valueAndGrad(loss);
        const opt = optim.adam(schedules.exponential({ init: 0.1, decayRate: 0.5, transitionSteps: 100 }));
        let p = { x: tensor([0, 0, 0, 0], { dtype: 'f64' }) };
        let s = opt.init(p);
        const first = loss(p).item();
        for (let t = 0; t < 1000; t++) {
            const [, g] = vg(p);
            const [u, s2] = opt.update(g, s, p);
            p = optim.applyUpdates(p, u);
            s = s2;
        }
        const last = loss(p).item();
        expect(first).toBeGreaterThan(10);
        expect(last / first).toBeLessThan(1e-8);
    });
});
describe('docs/optim.md', () => {
    it('the training-loop example runs and reduces the loss', () => {
        let params = {
            rnn: {
                nuLog: tensor([0.1, 0.2]),
                thetaLog: tensor([0.3, 0.4]),
                bRe: tensor([
                    [0.5, 0.1],
                    [0.2, 0.3],
                ]),
            },
            readout: {
                w: tensor([
                    [1, 0],
                    [0, 1],
                ]),
            },
        };
        const loss = (p, x, y) => {
            const h = matmul(matmul(x, p.rnn.bRe), p.readout.w).mul(p.rnn.nuLog.exp()).add(p.rnn.thetaLog);
            return mean(square(sub(h, y)));
        };
        const totalSteps = 200;
        const lr = schedules.warmupCosine({ peak: 3e-2, warmupSteps: 20, totalSteps });
        const isRecurrent = /\.(nuLog|thetaLog|gammaLog|bRe|bIm)$/;
        const opt = optim.chain(optim.clipByGlobalNorm(1), optim.multiTransform({ recurrent: optim.adam((step) => 0.5 * lr(step)), rest: optim.adamw(lr, { weightDecay: 0.05 }) }, optim.labelByPath((path) => (isRecurrent.test(path) ? 'recurrent' : 'rest'))));
        const x = tensor([
            [1, 2],
            [3, 4],
            [5, 6],
        ]);
        const y = tensor([
            [1, 0],
            [0, 1],
            [1, 1],
        ]);
        const lossAndGrad = valueAndGrad(loss);
        let state = opt.init(params);
        const first = loss(params, x, y).item();
        for (let step = 0; step < totalSteps; step++) {
            const [, grads] = lossAndGrad(params, x, y);
            const [updates, next] = opt.update(grads, state, params);
            params = optim.applyUpdates(params, updates);
            state = next;
        }
        const last = loss(params, x, y).item();
        expect(last).toBeLessThan(first / 10);
        expect(state[1].recurrent[1].count).toBe(totalSteps);
        expect(params.rnn.bRe.dtype).toBe('f32');
    });
});
//# sourceMappingURL=optim.test.js.map