/**
 * analysis.icl (PAPERS.md GD-ICL anchor): the constructed LSA stack equals K GD steps exactly
 * in float64 for any η and W₀; the line search is the exact minimiser; the closed form of the
 * one-step loss agrees with an independent Monte Carlo; sensitivities, cosines, distances and
 * the interpolation behave as defined. Strict mode on.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analysis, matmul, mT, mul, neg, nn, random, setStrict, squeeze, sub, tasks, unsqueeze } from '../src/index.js';
import { expectClose, rand, toF64 } from './util/check.js';
const { icl } = analysis;
beforeEach(() => setStrict(true));
afterEach(() => setStrict(false));
/** One GD step computed in plain JS, per task: W' = W − (η/N) Σ (W x_i − y_i) x_iᵀ; returns W' x_q. */
function jsGd(b, etas, w0) {
    const [B, N, dX] = b.x.shape;
    const dY = b.y.shape[2];
    const [x, y, xq] = [b.x, b.y, b.xq].map(toF64);
    const out = new Float64Array(B * dY);
    for (let t = 0; t < B; t++) {
        let w = w0 ? Float64Array.from(w0) : new Float64Array(dY * dX);
        for (const eta of etas) {
            const g = new Float64Array(dY * dX);
            for (let i = 0; i < N; i++) {
                for (let o = 0; o < dY; o++) {
                    let r = -y[(t * N + i) * dY + o];
                    for (let k = 0; k < dX; k++)
                        r += w[o * dX + k] * x[(t * N + i) * dX + k];
                    for (let k = 0; k < dX; k++)
                        g[o * dX + k] += r * x[(t * N + i) * dX + k];
                }
            }
            w = w.map((v, j) => v - (eta / N) * g[j]);
        }
        for (let o = 0; o < dY; o++)
            for (let k = 0; k < dX; k++)
                out[t * dY + o] += w[o * dX + k] * xq[t * dX + k];
    }
    return out;
}
describe('analysis.icl: GD and the construction', () => {
    const task = tasks.linearRegressionIcl({ nContext: 7, dX: 4, dY: 2 });
    it('gdPredict equals a plain-JS GD on every task (1 and 3 steps, W₀ = 0 and random)', () => {
        const b = task.sample(random.key(1), 6, 'f64');
        const w0 = rand([2, 4], 3);
        for (const etas of [[2.5], [1.3, -0.7, 4.1]]) {
            expectClose(icl.gdPredict(b, etas), jsGd(b, etas, undefined), { rtol: 1e-12, atol: 1e-14 });
            expectClose(icl.gdPredict(b, etas, w0), jsGd(b, etas, [...toF64(w0)]), { rtol: 1e-12, atol: 1e-14 });
        }
    });
    it('the constructed LSA layer equals one GD step exactly (f64) for any η and W₀, on random tasks', () => {
        for (let trial = 0; trial < 5; trial++) {
            const key = random.key(10 + trial);
            const [kt, ke] = random.split(key, 2);
            const b = task.sample(kt, 8, 'f64');
            const eta = random.uniform(ke, [], { minval: -20, maxval: 20, dtype: 'f64' }).item();
            const w0 = trial === 0 ? undefined : rand([2, 4], trial, -2, 2);
            const layers = icl.gdConstructedLayers([eta], 7, 4, 2, w0, 'f64');
            expectClose(icl.lsaPredict(layers, b, w0), icl.gdPredict(b, [eta], w0), { rtol: 1e-12, atol: 1e-13, what: `trial ${trial}` });
        }
    });
    it('K stacked constructed layers equal K GD steps (W₀ ≠ 0, different η per step)', () => {
        const b = task.sample(random.key(20), 5, 'f64');
        const w0 = rand([2, 4], 21);
        const etas = [3.2, -1.1, 0.6, 7];
        expectClose(icl.lsaPredict(icl.gdConstructedLayers(etas, 7, 4, 2, w0, 'f64'), b, w0), icl.gdPredict(b, etas, w0), { rtol: 1e-11, atol: 1e-12 });
    });
    it('the line search gives the exact minimiser of the training loss (each greedy step)', () => {
        const b = tasks.linearRegressionIcl().sample(random.key(2), 512, 'f64');
        const { etas, losses } = icl.gdLineSearch(b, 2);
        const loss = (e) => icl.iclLoss(icl.gdPredict(b, e), b.yq).item();
        expect(losses[0]).toBeCloseTo(loss([etas[0]]), 12);
        for (const d of [1e-3, 0.1, 1]) {
            expect(loss([etas[0] + d])).toBeGreaterThan(losses[0]);
            expect(loss([etas[0] - d])).toBeGreaterThan(losses[0]);
            expect(loss([etas[0], etas[1] + d])).toBeGreaterThan(losses[1]);
            expect(loss([etas[0], etas[1] - d])).toBeGreaterThan(losses[1]);
        }
        // The loss is a parabola in η: its slope at the minimiser vanishes (central difference).
        const h = 1e-4;
        expect(Math.abs(loss([etas[0] + h]) - loss([etas[0] - h])) / (2 * h)).toBeLessThan(1e-9);
        expect(losses[1]).toBeLessThan(losses[0]);
    });
});
describe('analysis.icl: closed form of the one-step GD loss', () => {
    it('gives the GD-ICL numbers: zero predictor 5/12, η* = 6.0606, loss 0.2062 (paper, Monte Carlo: 0.422, ≈ 6.3, 0.205)', () => {
        const c = tasks.linearRegressionIcl().config;
        const best = icl.gdBestClosedForm(c);
        expect(best.lossZero).toBeCloseTo(5 / 12, 14);
        // T₂ = (10/80 + 90/144)/10 + 0.9·10/144 = 0.1375, η* = (10/12)/T₂
        expect(best.eta).toBeCloseTo(10 / 12 / 0.1375, 12);
        expect(best.loss).toBeCloseTo(0.5 * (1 / 12) * (10 - (10 / 12) ** 2 / 0.1375), 12);
        expect(Math.abs(best.loss - 0.205)).toBeLessThan(0.002);
        expect(Math.abs(best.lossZero - 0.422)).toBeLessThan(0.006);
    });
    for (const [name, cfg] of [
        ['GD-ICL defaults', {}],
        ['normal x, d_y = 2, N = 5', { nContext: 5, dX: 3, dY: 2, xDist: { kind: 'normal', mean: 0, std: 0.7 }, wDist: { kind: 'uniform', low: -1, high: 1 } }],
    ]) {
        it(`agrees with an independent Monte Carlo within 4 standard errors (${name})`, () => {
            const task = tasks.linearRegressionIcl(cfg);
            const b = task.sample(random.key(99), 40000, 'f64');
            for (const eta of [0, 3, icl.gdBestClosedForm(task.config).eta, 10]) {
                // Per-task losses of W' x_q with W' = (η/N) Σ y_i x_iᵀ, computed independently of gdPredict.
                const N = task.config.nContext;
                const w1 = mul(matmul(mT(b.y), b.x), eta / N); // [B, d_y, d_x]
                const pred = squeeze(matmul(w1, unsqueeze(b.xq, -1)), -1);
                const d = toF64(sub(pred, b.yq));
                const dY = task.config.dY;
                const per = new Float64Array(d.length / dY).map((_, t) => 0.5 * d.slice(t * dY, (t + 1) * dY).reduce((a, v) => a + v * v, 0));
                const m = per.reduce((a, v) => a + v, 0) / per.length;
                const se = Math.sqrt(per.reduce((a, v) => a + (v - m) ** 2, 0) / per.length / per.length);
                const exact = icl.gdLossClosedForm(task.config, eta);
                expect(Math.abs(m - exact), `η = ${eta}: Monte Carlo ${m} ± ${se}, closed form ${exact}`).toBeLessThan(4 * se);
            }
        });
    }
    it('the line search on many tasks lands near the closed-form η*', () => {
        const task = tasks.linearRegressionIcl();
        const { etas, losses } = icl.gdLineSearch(task.sample(random.key(5), 20000, 'f64'));
        const best = icl.gdBestClosedForm(task.config);
        expect(Math.abs(etas[0] - best.eta)).toBeLessThan(0.4);
        expect(Math.abs(losses[0] - best.loss)).toBeLessThan(0.01);
    });
    it('refuses distributions with a non-zero mean', () => {
        const c = tasks.linearRegressionIcl({ xDist: { kind: 'uniform', low: 0, high: 1 } }).config;
        expect(() => icl.gdLossClosedForm(c, 1)).toThrow(/needs zero-mean x and W.*got means 0.5 and 0/);
    });
});
describe('analysis.icl: comparison metrics', () => {
    const task = tasks.linearRegressionIcl({ nContext: 6, dX: 3, dY: 2 });
    const b = task.sample(random.key(7), 5, 'f64');
    it('sensitivity of GD is its learned weights W₁ (autodiff against the closed form)', () => {
        const s = icl.sensitivity((xq) => icl.gdPredict(b, [1.7], undefined, xq), b.xq);
        expect(s.shape).toEqual([5, 2, 3]);
        expectClose(s, icl.gdWeights(b, [1.7]), { rtol: 1e-12, atol: 1e-14 });
        // and of the constructed layer: the same
        const layers = icl.gdConstructedLayers([1.7], 6, 3, 2, undefined, 'f64');
        expectClose(icl.sensitivity((xq) => icl.lsaPredict(layers, b, undefined, xq), b.xq), s, { rtol: 1e-12, atol: 1e-14 });
    });
    it('cosine is 1 for identical sensitivities, −1 for opposite ones, and averages over tasks', () => {
        const s = icl.sensitivity((xq) => icl.gdPredict(b, [1.7], undefined, xq), b.xq);
        expect(icl.sensitivityCosine(s, s)).toBeCloseTo(1, 14);
        expect(icl.sensitivityCosine(s, neg(s))).toBeCloseTo(-1, 14);
        expect(icl.sensitivityCosine(s, mul(s, 3))).toBeCloseTo(1, 14);
        expect(() => icl.sensitivityCosine(s, s.slice(null, 0))).toThrow(/must both be \[B, d_y, d_x\]/);
    });
    it('prediction distance is the mean squared difference per task', () => {
        const a = icl.gdPredict(b, [1]);
        const c = icl.gdPredict(b, [2]);
        const [av, cv] = [a, c].map(toF64);
        const want = av.reduce((s, v, i) => s + (v - cv[i]) ** 2, 0) / 5;
        expect(icl.predictionDistance(a, c)).toBeCloseTo(want, 14);
        expect(icl.predictionDistance(a, a)).toBe(0);
    });
    it('lsaFromProducts is the same function as the layer it came from; interpolation ends at both models', () => {
        const p = nn.linearAttention.init(random.key(3), { dModel: 5, nHeads: 1, dKey: 2, dValue: 4, causal: false, dtype: 'f64' });
        const same = icl.lsaFromProducts(icl.lsaProducts(p));
        expectClose(icl.lsaPredict([same], b), icl.lsaPredict([p], b), { rtol: 1e-12, atol: 1e-14 });
        const con = icl.gdConstructedLayers([2], 6, 3, 2, undefined, 'f64');
        const losses = icl.interpolationLosses([p], con, b, [0, 0.5, 1]);
        expect(losses[0]).toBeCloseTo(icl.iclLoss(icl.gdPredict(b, [2]), b.yq).item(), 12);
        expect(losses[2]).toBeCloseTo(icl.iclLoss(icl.lsaPredict([p], b), b.yq).item(), 12);
        // A rescaled, sign-flipped copy of the construction is the same function: the curve is flat.
        const m = icl.lsaProducts(con[0]);
        const flipped = icl.lsaFromProducts({ kq: mul(m.kq, -0.3), pv: mul(m.pv, -1 / 0.3) });
        const flat = icl.interpolationLosses([flipped], con, b, [0, 0.25, 0.5, 0.75, 1]);
        for (const l of flat)
            expect(l).toBeCloseTo(flat[0], 12);
        const two = nn.linearAttention.init(random.key(3), { dModel: 5, nHeads: 2, dKey: 2, dValue: 2, causal: false, dtype: 'f64' });
        expect(() => icl.lsaProducts(two)).toThrow(/needs one head/);
    });
    it('rejects bad arguments, naming what is allowed', () => {
        expect(() => icl.gdPredict(b, [Number.NaN])).toThrow(/etas must be an array of finite step sizes/);
        expect(() => icl.gdPredict(b, [1], rand([3, 2], 1))).toThrow(/w0 must be a \[d_y, d_x\] = \[2, 3\] tensor, got \[3, 2\]/);
        expect(() => icl.gdLineSearch(b, 0)).toThrow(/steps must be an integer ≥ 1/);
        expect(() => icl.iclLoss(b.xq, b.yq)).toThrow(/pred and yq must both be \[B, d_y\]/);
    });
});
//# sourceMappingURL=analysis-icl.test.js.map