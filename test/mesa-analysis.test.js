/**
 * P2's data and reference algorithms: sequences from random dynamical systems, constructed
 * tokens, least squares and one gradient step in context — checked against independent loops in
 * f64 and against the mesa-layer and linear-attention constructions that compute them exactly —
 * and the linear probes.
 */
import { describe, expect, it } from 'vitest';
import { analysis, nn, random, tasks, tensor } from '../src/index.js';
import { solveDense } from './util/check.js';
const { mesa } = analysis;
const at = (d, T, n, b, t) => Array.from({ length: n }, (_, i) => d[(b * T + t) * n + i]);
const maxAbsDiff = (a, b) => {
    expect(a.length).toBe(b.length);
    let m = 0;
    for (let i = 0; i < a.length; i++)
        m = Math.max(m, Math.abs(a[i] - b[i]));
    return m;
};
describe('tasks.linearDynamics', () => {
    it('fully observed: s_{t+1} = W* s_t + σε with W* orthogonal per sequence; a pure function of the key', () => {
        const task = tasks.linearDynamics({ nS: 4, nH: 4, T: 6, noise: 0 });
        const b = task.sample(random.key(3), 5, 'f64');
        expect(b.inputs.shape).toEqual([5, 6, 4]);
        expect(b.targets.shape).toEqual([5, 6, 4]);
        const s = b.inputs.dataSync();
        const y = b.targets.dataSync();
        const W = b.w.dataSync();
        for (let q = 0; q < 5; q++) {
            // WᵀW = I
            for (let i = 0; i < 4; i++)
                for (let j = 0; j < 4; j++) {
                    let g = 0;
                    for (let k = 0; k < 4; k++)
                        g += W[q * 16 + k * 4 + i] * W[q * 16 + k * 4 + j];
                    expect(g).toBeCloseTo(i === j ? 1 : 0, 12);
                }
            for (let t = 0; t < 6; t++) {
                const st = at(s, 6, 4, q, t);
                for (let i = 0; i < 4; i++)
                    expect(y[(q * 6 + t) * 4 + i]).toBeCloseTo(st.reduce((acc, v, k) => acc + W[q * 16 + i * 4 + k] * v, 0), 12);
                if (t > 0)
                    expect(at(s, 6, 4, q, t)).toEqual(at(y, 6, 4, q, t - 1));
            }
        }
        expect([...task.sample(random.key(3), 5, 'f64').inputs.dataSync()]).toEqual([...s]);
        expect([...task.sample(random.key(4), 5, 'f64').inputs.dataSync()]).not.toEqual([...s]);
        // the W* differ between sequences
        expect(maxAbsDiff(W.subarray(0, 16), W.subarray(16, 32))).toBeGreaterThan(0.1);
    });
    it("h₁ ~ U(−1, 1) (the authors' code) gives the first-position loss ½·n_s·⅓ of predicting 0", () => {
        const b = tasks.linearDynamics({ init: 'uniform' }).sample(random.key(0), 4000, 'f64');
        const h1 = b.inputs.slice(null, 0).dataSync();
        expect(Math.max(...h1.map(Math.abs))).toBeLessThanOrEqual(1);
        const s2 = b.targets.slice(null, 0).dataSync();
        let sq = 0;
        for (const v of s2)
            sq += v * v;
        // E ½‖W h₁ + σε‖² = ½ (n/3 + n σ²) = 1.6672; 4000 sequences: standard error ≈ 0.01
        expect(Math.abs((0.5 * sq) / 4000 - 1.6672)).toBeLessThan(0.04);
    });
    it('clips the states of linear dynamics to ±clip', () => {
        const b = tasks.linearDynamics({ initScale: 5, clip: 2, T: 4 }).sample(random.key(1), 50, 'f64');
        expect(Math.max(...b.targets.dataSync().map(Math.abs))).toBe(2);
        expect(Math.max(...b.inputs.slice(null, 0).dataSync().map(Math.abs))).toBeGreaterThan(2); // h₁ itself is not clipped
    });
    it('partially observed: s_t = C* h_t with C* of the given std', () => {
        const b = tasks.linearDynamics({ nS: 5, nH: 15, observed: 'partial', T: 5 }).sample(random.key(2), 40, 'f64');
        expect(b.inputs.shape).toEqual([40, 5, 5]);
        expect(b.c.shape).toEqual([40, 5, 15]);
        expect(b.states.shape).toEqual([40, 6, 15]);
        const C = b.c.dataSync();
        const h = b.states.dataSync();
        const s = b.inputs.dataSync();
        for (const [q, t] of [
            [0, 0],
            [7, 3],
            [39, 4],
        ])
            for (let i = 0; i < 5; i++) {
                let v = 0;
                for (let k = 0; k < 15; k++)
                    v += C[q * 75 + i * 15 + k] * h[(q * 6 + t) * 15 + k];
                expect(s[(q * 5 + t) * 5 + i]).toBeCloseTo(v, 12);
            }
        let sq = 0;
        for (const v of C)
            sq += v * v;
        expect(Math.sqrt(sq / C.length)).toBeGreaterThan(0.45);
        expect(Math.sqrt(sq / C.length)).toBeLessThan(0.55);
    });
    it('contracting: W* has real eigenvalues in [eigMin, eigMax], the largest equal to eigMax', () => {
        const b = tasks.linearDynamics({ nS: 5, nH: 5, contracting: true, T: 3 }).sample(random.key(5), 3, 'f64');
        const W = b.w.dataSync();
        for (let q = 0; q < 3; q++) {
            const rows = Array.from({ length: 5 }, (_, i) => Array.from({ length: 5 }, (_, j) => W[q * 25 + i * 5 + j]));
            const { values } = analysis.eigReal(rows);
            const re = values.map((z) => z.re).sort((a, c) => a - c);
            for (const z of values)
                expect(Math.abs(z.im)).toBeLessThan(1e-8);
            expect(re[0]).toBeGreaterThanOrEqual(0.3 - 1e-8);
            expect(re[4]).toBeCloseTo(0.9, 8);
        }
    });
    it('nonlinear: s_{t+1} = W* f(s_t)/‖f(s_t)‖, so every next state has unit norm without noise', () => {
        const b = tasks.linearDynamics({ nonlinear: true, noise: 0, T: 5 }).sample(random.key(6), 8, 'f64');
        const y = b.targets.dataSync();
        for (let r = 0; r < 40; r++)
            expect(Math.hypot(...y.subarray(r * 10, r * 10 + 10))).toBeCloseTo(1, 12);
        // the same MLP for every sequence and call: one sequence continued from another's state agrees
        const again = tasks.linearDynamics({ nonlinear: true, noise: 0, T: 5 }).sample(random.key(6), 8, 'f64');
        expect([...again.targets.dataSync()]).toEqual([...y]);
    });
    it('rejects bad configurations with the key and what is allowed', () => {
        expect(() => tasks.linearDynamics({ nS: 5 })).toThrow(/fully observed sequences need nS = nH, got nS = 5, nH = 10/);
        expect(() => tasks.linearDynamics({ observed: 'half' })).toThrow(/observed must be 'full' or 'partial', got "half"/);
        expect(() => tasks.linearDynamics({ init: 'gauss' })).toThrow(/init must be 'normal' \(the paper\) or 'uniform'/);
        expect(() => tasks.linearDynamics({ T: 0 })).toThrow(/T must be an integer ≥ 1, got 0/);
        expect(() => tasks.linearDynamics({ clip: 0 })).toThrow(/clip must be > 0/);
        expect(() => tasks.linearDynamics({ contracting: true, eigMin: 0.9, eigMax: 0.3 })).toThrow(/0 < eigMin ≤ eigMax/);
        expect(() => tasks.linearDynamics({ sigma: 1 })).toThrow(/unknown config key\(s\) 'sigma'; allowed: nS, nH, T, noise/);
        expect(() => tasks.linearDynamics().sample(random.key(0), 0)).toThrow(/batch must be an integer ≥ 1, got 0/);
    });
});
describe('constructed tokens and few-shot prompts', () => {
    it('e_t = [0, s_t, s_t, s_{t−1}] with s_0 = 0', () => {
        const s = tensor([
            [
                [1, 2],
                [3, 4],
                [5, 6],
            ],
        ], { dtype: 'f64' });
        expect(tasks.constructedTokens(s).toArray()).toEqual([
            [
                [0, 0, 1, 2, 1, 2, 0, 0],
                [0, 0, 3, 4, 3, 4, 1, 2],
                [0, 0, 5, 6, 5, 6, 3, 4],
            ],
        ]);
        expect(() => tasks.constructedTokens(tensor([1, 2]))).toThrow(/s must be a tensor \[B, T, n_s\], got \[2\]/);
    });
    it('regression prompts interleave x_i and y_i = W* x_i', () => {
        const p = tasks.regressionPrompts(random.key(1), { batch: 2, nShots: 3, n: 4, dtype: 'f64' });
        expect(p.tokens.shape).toEqual([2, 6, 4]);
        const tok = p.tokens.dataSync();
        const x = p.x.dataSync();
        const y = p.y.dataSync();
        const W = p.w.dataSync();
        for (let b = 0; b < 2; b++)
            for (let i = 0; i < 3; i++) {
                expect(at(tok, 6, 4, b, 2 * i)).toEqual(at(x, 3, 4, b, i));
                expect(at(tok, 6, 4, b, 2 * i + 1)).toEqual(at(y, 3, 4, b, i));
                const xi = at(x, 3, 4, b, i);
                for (let r = 0; r < 4; r++)
                    expect(y[(b * 3 + i) * 4 + r]).toBeCloseTo(xi.reduce((a, v, k) => a + W[b * 16 + r * 4 + k] * v, 0), 12);
            }
    });
});
describe('analysis.mesa: least squares and one GD step in context', () => {
    const n = 3;
    const T = 7;
    const B = 2;
    const s = random.normal(random.key(11), [B, T, n], { dtype: 'f64' });
    const sd = s.dataSync();
    it('lsqPredict equals the ridge solution computed position by position', () => {
        const lambda = 0.3;
        const pred = mesa.lsqPredict(s, lambda).dataSync();
        for (let b = 0; b < B; b++)
            for (let t = 0; t < T; t++) {
                // Φ̂ = (Σ s_{t'} s_{t'−1}ᵀ)(Σ s_{t'−1} s_{t'−1}ᵀ + λI)⁻¹;  Φ̂ s_t = V (K + λI)⁻¹ s_t
                const K = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? lambda : 0)));
                const V = Array.from({ length: n }, () => new Array(n).fill(0));
                for (let u = 1; u <= t; u++) {
                    const k = at(sd, T, n, b, u - 1);
                    const v = at(sd, T, n, b, u);
                    for (let i = 0; i < n; i++)
                        for (let j = 0; j < n; j++) {
                            K[i][j] += k[i] * k[j];
                            V[i][j] += v[i] * k[j];
                        }
                }
                const z = solveDense(K, at(sd, T, n, b, t));
                for (let i = 0; i < n; i++)
                    expect(pred[(b * T + t) * n + i]).toBeCloseTo(V[i].reduce((a, v, j) => a + v * z[j], 0), 12);
            }
    });
    it('one mesa-layer on constructed tokens with λ_h = 1/λ computes least squares exactly (f64)', () => {
        for (const lambda of [0.001, 0.5]) {
            const layer = mesa.lsqMesa(n, lambda);
            const tokens = tasks.constructedTokens(s);
            const want = mesa.lsqPredict(s, lambda).dataSync();
            for (const reference of [false, true]) {
                const out = nn.mesa.apply(layer, tokens, { reference });
                const got = out.slice(null, null, [0, n]).dataSync();
                expect(maxAbsDiff(got, want)).toBeLessThan(1e-9 * Math.max(1, ...want.map(Math.abs)));
                // the layer writes nothing outside the first slot
                expect(Math.max(...out
                    .slice(null, null, [n, 4 * n])
                    .dataSync()
                    .map(Math.abs))).toBe(0);
            }
        }
    });
    it('one linear-attention layer on constructed tokens computes one explicit GD step from Φ₀ (f64)', () => {
        const phi0 = random.normal(random.key(12), [n, n], { dtype: 'f64', std: 0.3 });
        const eta = 0.7;
        const got = nn.linearAttention
            .apply(mesa.gdStepLinearAttention(n, eta, phi0), tasks.constructedTokens(s))
            .slice(null, null, [0, n])
            .dataSync();
        const want = mesa.gdStepPredict(s, eta, phi0).dataSync();
        expect(maxAbsDiff(got, want)).toBeLessThan(1e-12);
        // and the explicit step written as a loop: ΔΦ = η Σ_{t'≤t} (s_{t'} − Φ₀ s_{t'−1}) s_{t'−1}ᵀ
        const P = phi0.dataSync();
        for (let b = 0; b < B; b++)
            for (let t = 0; t < T; t++) {
                const G = Array.from({ length: n }, () => new Array(n).fill(0));
                for (let u = 1; u <= t; u++) {
                    const k = at(sd, T, n, b, u - 1);
                    const v = at(sd, T, n, b, u);
                    for (let i = 0; i < n; i++) {
                        const r = v[i] - k.reduce((a, kv, j) => a + P[i * n + j] * kv, 0);
                        for (let j = 0; j < n; j++)
                            G[i][j] += eta * r * k[j];
                    }
                }
                const st = at(sd, T, n, b, t);
                for (let i = 0; i < n; i++)
                    expect(want[(b * T + t) * n + i]).toBeCloseTo(G[i].reduce((a, g, j) => a + g * st[j], 0), 12);
            }
    });
    it('the preconditioned input solves (Σ s_{t′−1}s_{t′−1}ᵀ + λI) u = s_t', () => {
        const u = mesa.preconditionedInput(s, 0.01).dataSync();
        for (const [b, t] of [
            [0, 0],
            [1, 4],
            [0, 6],
        ]) {
            const K = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0.01 : 0)));
            for (let q = 1; q <= t; q++) {
                const k = at(sd, T, n, b, q - 1);
                for (let i = 0; i < n; i++)
                    for (let j = 0; j < n; j++)
                        K[i][j] += k[i] * k[j];
            }
            const z = solveDense(K, at(sd, T, n, b, t));
            for (let i = 0; i < n; i++)
                expect(u[(b * T + t) * n + i]).toBeCloseTo(z[i], 10);
        }
    });
    it('losses per position and overall follow ½‖s_{t+1} − ŝ‖² summed over dimensions', () => {
        const pred = tensor([
            [
                [1, 0],
                [0, 0],
            ],
            [
                [0, 0],
                [2, 2],
            ],
        ], { dtype: 'f64' });
        const target = tensor([
            [
                [0, 0],
                [0, 1],
            ],
            [
                [0, 0],
                [0, 0],
            ],
        ], { dtype: 'f64' });
        expect(mesa.lossPerPosition(pred, target)).toEqual([0.25, 2.25]);
        expect(mesa.sequenceLoss(pred, target).item()).toBeCloseTo(1.25, 14);
    });
});
describe('analysis.mesa probes', () => {
    it('recover a planted linear target exactly and score R² = 1 on held-out rows', () => {
        const d = 6;
        const m = 3;
        const W = random.normal(random.key(20), [d, m], { dtype: 'f64' });
        const bias = tensor([0.5, -1, 2], { dtype: 'f64' });
        const xTrain = random.normal(random.key(21), [200, d], { dtype: 'f64' });
        const xTest = random.normal(random.key(22), [100, d], { dtype: 'f64' });
        const probe = mesa.ridgeProbe(xTrain, xTrain.matmul(W).add(bias), 0);
        expect(maxAbsDiff(probe.weights, W.dataSync())).toBeLessThan(1e-9);
        expect(maxAbsDiff(probe.bias, bias.dataSync())).toBeLessThan(1e-9);
        expect(mesa.r2(probe.predict(xTest), xTest.matmul(W).add(bias))).toBeCloseTo(1, 12);
        // a target the features cannot express scores near 0 on held-out rows
        const noise = random.normal(random.key(23), [100, m], { dtype: 'f64' });
        const p2 = mesa.ridgeProbe(xTrain, random.normal(random.key(24), [200, m], { dtype: 'f64' }), 0);
        expect(mesa.r2(p2.predict(xTest), noise)).toBeLessThan(0.1);
        // a constant prediction of the mean scores 0; the wrong shape is an error
        expect(mesa.r2(new Float64Array([1, 1]), tensor([[0], [2]], { dtype: 'f64' }))).toBe(0);
        expect(() => mesa.ridgeProbe(xTrain, xTest)).toThrow(/x has 200 rows and y 100/);
    });
    it('rank-deficient features (a duplicated column) still fit with a tiny ridge', () => {
        const a = random.normal(random.key(30), [50, 2], { dtype: 'f64' }).toArray();
        const x = tensor(a.map((r) => [r[0], r[1], r[0]]), { dtype: 'f64' });
        const y = tensor(a.map((r) => [2 * r[0] - r[1]]), { dtype: 'f64' });
        const probe = mesa.ridgeProbe(x, y, 0);
        expect(mesa.r2(probe.predict(x), y)).toBeCloseTo(1, 8);
    });
});
//# sourceMappingURL=mesa-analysis.test.js.map