/**
 * Tests of the counter-based RNG. Statistical checks use a fixed key (so they are
 * deterministic) and accept deviations up to 5 standard errors of the statistic at the stated
 * sample size: a correct sampler passes with probability ~1 − 6e-7 per check for every key,
 * while a wrong mean/variance/frequency of the size tested would fail.
 */
import { describe, expect, it } from 'vitest';
import { random, sum, mul, tensor, matmul, mT, eye } from '../src/index.js';
import { ndtr, ndtri } from '../src/core/random/normal-cdf.js';
import { threefry2x32 } from '../src/core/random/threefry.js';
import { checkGrad, expectClose, rand } from './util/check.js';
const N = 100_000;
function moments(x) {
    let s = 0;
    for (let i = 0; i < x.length; i++)
        s += x[i];
    const mean = s / x.length;
    let v = 0;
    for (let i = 0; i < x.length; i++)
        v += (x[i] - mean) ** 2;
    return { mean, variance: v / (x.length - 1) };
}
/** |value − expected| ≤ 5 standard errors. */
function expectWithin(value, expected, se, what) {
    expect(Math.abs(value - expected), `${what}: ${value} vs ${expected} (5 SE = ${5 * se})`).toBeLessThanOrEqual(5 * se);
}
/** Pearson's chi-square statistic of observed counts against expected probabilities. */
function chiSquare(counts, probs, total) {
    let c = 0;
    probs.forEach((p, i) => {
        if (p > 0)
            c += (counts[i] - total * p) ** 2 / (total * p);
    });
    return c;
}
/** Upper bound for a chi-square statistic with `df` degrees of freedom: mean + 5 sd. */
const chiBound = (df) => df + 5 * Math.sqrt(2 * df);
const words = (k) => [...k.dataSync()].map((x) => x >>> 0);
describe('Threefry-2x32 (20 rounds)', () => {
    const block = (k0, k1, c0, c1) => {
        const o = new Uint32Array(2);
        threefry2x32(k0, k1, c0, c1, o);
        return [...o];
    };
    it('matches the Random123 known-answer vectors', () => {
        expect(block(0, 0, 0, 0)).toEqual([0x6b200159, 0x99ba4efe]);
        expect(block(0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff)).toEqual([0x1cb996fc, 0xbb002be7]);
        expect(block(0x13198a2e, 0x03707344, 0x243f6a88, 0x85a308d3)).toEqual([0xc4923a9c, 0x483df7a0]);
    });
    it("matches JAX's (non-partitionable) split(PRNGKey(0)) = [[4146024105, 967050713], [2718843009, 1272950319]]", () => {
        // that layout hashes counters x0 = [0, 1], x1 = [2, 3] and interleaves the outputs
        const a = block(0, 0, 0, 2);
        const b = block(0, 0, 1, 3);
        expect([a[0], b[0], a[1], b[1]]).toEqual([4146024105, 967050713, 2718843009, 1272950319]);
    });
});
describe('keys', () => {
    it('builds keys from seeds as (hi32, lo32)', () => {
        expect(words(random.key(0))).toEqual([0, 0]);
        expect(words(random.key(42))).toEqual([0, 42]);
        expect(words(random.key(2 ** 32 + 5))).toEqual([1, 5]);
        expect(words(random.key(-1))).toEqual([0xffffffff, 0xffffffff]);
        const k = random.key(3);
        expect(k.dtype).toBe('i32');
        expect(k.shape).toEqual([2]);
        expect(() => random.key(1.5)).toThrow(/random\.key: seed must be a safe integer/);
        expect(() => random.key(2 ** 60)).toThrow(/safe integer/);
    });
    it('is reproducible and splits into distinct streams', () => {
        const k = random.key(7);
        expect(random.uniform(k, [50]).toArray()).toEqual(random.uniform(random.key(7), [50]).toArray());
        const ks = random.split(k, 4);
        expect(ks.length).toBe(4);
        const firsts = new Set(ks.map((s) => Array.from(random.uniform(s, [4]).dataSync()).join(',')));
        expect(firsts.size).toBe(4);
        expect(words(ks[0])).not.toEqual(words(k));
        expect(random.split(k).length).toBe(2);
        expect(random.split(k, 0)).toEqual([]);
        expect(() => random.split(k, -1)).toThrow(/random\.split: n must be a non-negative integer/);
        // split keys are the blocks of counters 0..n−1, the same as foldIn with those counters
        ks.forEach((s, i) => expect(words(s)).toEqual(words(random.foldIn(k, i))));
        expect(words(random.split(k, 9)[2])).toEqual(words(ks[2]));
    });
    it('foldIn differs by data and is deterministic', () => {
        const k = random.key(1);
        const seen = new Set();
        for (let d = 0; d < 100; d++)
            seen.add(words(random.foldIn(k, d)).join(','));
        expect(seen.size).toBe(100);
        expect(words(random.foldIn(k, 5))).toEqual(words(random.foldIn(random.key(1), 5)));
        expect(words(random.foldIn(k, 5))).not.toEqual(words(random.foldIn(random.key(2), 5)));
    });
    it('draws element i from counter i, independently of the shape', () => {
        const k = random.key(11);
        expect(random.uniform(k, [2, 3]).dataSync()).toEqual(random.uniform(k, [6]).dataSync());
        expect(random.uniform(k, [6]).dataSync().subarray(0, 4)).toEqual(random.uniform(k, [4]).dataSync());
        const o = new Uint32Array(2);
        const [k0, k1] = words(k);
        threefry2x32(k0, k1, 0, 3, o);
        expect(random.bits(k, [5]).dataSync()[3] >>> 0).toBe((o[0] ^ o[1]) >>> 0);
    });
    it('validates keys, shapes and dtypes', () => {
        expect(() => random.uniform(tensor([1, 2]), [2])).toThrow(/random\.uniform: key must be an i32 tensor of shape \[2\].*f32/);
        expect(() => random.normal(tensor([1, 2, 3], { dtype: 'i32' }), [2])).toThrow(/shape \[3\]/);
        expect(() => random.uniform(random.key(0), [-1])).toThrow(/random\.uniform: invalid shape/);
        expect(() => random.uniform(random.key(0), [2.5])).toThrow(/invalid shape/);
        expect(() => random.normal(random.key(0), [2], { dtype: 'i32' })).toThrow(/random\.normal: dtype must be 'f32' or 'f64'/);
        expect(() => random.uniform(random.key(0), [2], { minval: 1, maxval: 1 })).toThrow(/minval < maxval/);
        expect(() => random.normal(random.key(0), [2], { std: -1 })).toThrow(/std >= 0/);
        expect(random.uniform(random.key(0), [0, 3]).shape).toEqual([0, 3]);
        expect(random.normal(random.key(0)).shape).toEqual([]);
    });
});
describe('normal CDF and its inverse (float64, tails)', () => {
    it('Φ matches reference values to 1e-13 relative (scipy.special.ndtr)', () => {
        const ref = [
            [-0.3, 0.3820885778110474],
            [-1, 0.15865525393145707],
            [-2, 0.022750131948179195],
            [-2.9, 0.0018658133003840375],
            [-4, 3.167124183311986e-5],
            [-5, 2.866515718791933e-7],
            [-8, 6.22096057427174e-16],
            [-10, 7.61985302416047e-24],
            [-20, 2.7536241186061556e-89],
            [-37, 5.7255712225239266e-300],
        ];
        for (const [x, p] of ref)
            expect(Math.abs(ndtr(x) / p - 1), `Φ(${x})`).toBeLessThan(1e-13);
        expect(ndtr(0)).toBe(0.5);
        expect(Math.abs(ndtr(2) - (1 - 0.022750131948179195))).toBeLessThanOrEqual(2 ** -52);
    });
    it('Φ⁻¹ matches reference values to 1e-14 relative (scipy.special.ndtri)', () => {
        const ref = [
            [1e-300, -37.0470962993612],
            [1e-20, -9.262340089798409],
            [2 ** -53, -8.209536151601387],
            [1e-10, -6.361340902404056],
            [0.01, -2.3263478740408408],
            [0.2, -0.8416212335729142],
            [0.7, 0.5244005127080407],
            [0.975, 1.959963984540054],
            [1 - 2 ** -52, 8.125890664701908],
        ];
        for (const [p, x] of ref)
            expect(Math.abs(ndtri(p) / x - 1), `Φ⁻¹(${p})`).toBeLessThan(1e-14);
        expect(ndtri(0.5)).toBe(0);
        expect(ndtri(0)).toBe(-Infinity);
        expect(Number.isNaN(ndtri(1.5))).toBe(true);
    });
});
describe('uniform', () => {
    for (const dtype of ['f32', 'f64']) {
        it(`has the moments and histogram of U[0, 1) (${dtype}, n = 1e5)`, () => {
            const x = random.uniform(random.key(123), [N], { dtype });
            expect(x.dtype).toBe(dtype);
            const d = x.dataSync();
            const { mean, variance } = moments(d);
            expectWithin(mean, 0.5, Math.sqrt(1 / 12 / N), 'mean');
            // Var((U − ½)²) = 1/80 − 1/144
            expectWithin(variance, 1 / 12, Math.sqrt((1 / 80 - 1 / 144) / N), 'variance');
            const counts = new Array(20).fill(0);
            let outside = 0;
            for (const v of d) {
                if (!(v >= 0 && v < 1))
                    outside++;
                else
                    counts[Math.floor(v * 20)]++;
            }
            expect(outside).toBe(0);
            expect(chiSquare(counts, new Array(20).fill(1 / 20), N)).toBeLessThan(chiBound(19));
        });
    }
    it('respects [minval, maxval) also when rounding would reach maxval', () => {
        const x = random.uniform(random.key(5), [N], { minval: -3, maxval: 5, dtype: 'f64' }).dataSync();
        const { mean, variance } = moments(x);
        expectWithin(mean, 1, Math.sqrt(64 / 12 / N), 'mean');
        expectWithin(variance, 64 / 12, 64 * Math.sqrt((1 / 80 - 1 / 144) / N), 'variance');
        // an interval a few f32 ulps wide: minval + u·width rounds up to maxval for many u
        const maxval = 1 + 2 ** -21;
        const y = random.uniform(random.key(6), [1000], { minval: 1, maxval, dtype: 'f32' }).dataSync();
        expect(y.every((v) => v >= 1 && v < maxval)).toBe(true);
        expect(new Set(y).size).toBe(4);
        expect(() => random.uniform(random.key(6), [2], { minval: 1 + 1e-10, maxval: 1 + 2e-10, dtype: 'f32' })).toThrow(/no f32 value/);
    });
});
describe('normal', () => {
    for (const dtype of ['f32', 'f64']) {
        it(`has the moments and tail mass of N(0, 1) (${dtype}, n = 1e5)`, () => {
            const d = random.normal(random.key(99), [N], { dtype }).dataSync();
            const { mean, variance } = moments(d);
            expectWithin(mean, 0, 1 / Math.sqrt(N), 'mean');
            expectWithin(variance, 1, Math.sqrt(2 / N), 'variance');
            let m4 = 0;
            let tail = 0;
            for (const v of d) {
                m4 += v ** 4;
                if (Math.abs(v) > 2.5)
                    tail++;
            }
            expectWithin(m4 / N, 3, Math.sqrt(96 / N), 'fourth moment');
            const pTail = 2 * ndtr(-2.5);
            expectWithin(tail / N, pTail, Math.sqrt((pTail * (1 - pTail)) / N), 'P(|x| > 2.5)');
        });
    }
    it('scales by mean and std', () => {
        const d = random.normal(random.key(4), [N], { mean: 3, std: 2, dtype: 'f64' }).dataSync();
        const { mean, variance } = moments(d);
        expectWithin(mean, 3, 2 / Math.sqrt(N), 'mean');
        expectWithin(variance, 4, 4 * Math.sqrt(2 / N), 'variance');
    });
});
describe('truncatedNormal', () => {
    // Means and variances from the closed form: for X ~ N(0,1) | a ≤ X ≤ b, with φ, Φ the
    // standard normal pdf/cdf and Z = Φ(b) − Φ(a): E X = (φ(a) − φ(b))/Z,
    // Var X = 1 + (aφ(a) − bφ(b))/Z − (E X)² (values evaluated with scipy.stats.truncnorm).
    const cases = [
        [1, Infinity, 1.525135276160981, 0.19909766557034903],
        [-Infinity, -2, -2.37321553282284, 0.11427910041408329],
        [3, Infinity, 3.28309865493044, 0.07055918678525586],
        [-0.5, 2, 0.4457437782725149, 0.37659383613683584],
    ];
    for (const [a, b, m, v] of cases) {
        for (const dtype of ['f32', 'f64']) {
            it(`stays in [${a}, ${b}] with the closed-form mean and variance (${dtype}, n = 1e5)`, () => {
                const d = random.truncatedNormal(random.key(17), a, b, [N], { dtype }).dataSync();
                expect(d.every((x) => x >= a && x <= b)).toBe(true);
                const { mean, variance } = moments(d);
                expectWithin(mean, m, Math.sqrt(v / N), 'mean');
                // SE of the sample variance, sqrt((μ₄ − σ⁴)/n), with μ₄ estimated from the sample itself
                let m4 = 0;
                for (const x of d)
                    m4 += (x - mean) ** 4;
                expectWithin(variance, v, Math.sqrt((m4 / N - variance ** 2) / N), 'variance');
            });
        }
    }
    it('is accurate far in a one-sided tail (lower = 8: mean ≈ 8.1186)', () => {
        // E X = φ(8)/Q(8), Q(8) = Φ(−8)
        const phi8 = Math.exp(-32) / Math.sqrt(2 * Math.PI);
        const m = phi8 / 6.22096057427174e-16;
        const v = 1 + 8 * m - m * m;
        const d = random.truncatedNormal(random.key(3), 8, Infinity, [N], { dtype: 'f64' }).dataSync();
        expect(d.every((x) => x >= 8)).toBe(true);
        expectWithin(moments(d).mean, m, Math.sqrt(v / N), 'mean');
    });
    it('broadcasts tensor bounds and defaults the shape to theirs', () => {
        const lower = tensor([-1, 0, 2], { dtype: 'f64' });
        const x = random.truncatedNormal(random.key(8), lower, Infinity, [1000, 3], { dtype: 'f64' });
        expect(x.shape).toEqual([1000, 3]);
        const d = x.dataSync();
        expect(d.every((x, i) => x >= [-1, 0, 2][i % 3])).toBe(true);
        expect(random.truncatedNormal(random.key(8), lower, 5).shape).toEqual([3]);
        expect(() => random.truncatedNormal(random.key(8), 1, 1, [2])).toThrow(/lower < upper/);
        expect(() => random.truncatedNormal(random.key(8), tensor([0, 3]), 2)).toThrow(/lower < upper.*flat index 1/);
        expect(() => random.truncatedNormal(random.key(8), 40, 41, [2])).toThrow(/underflows/);
        expect(() => random.truncatedNormal(random.key(8), lower, 5, [4])).toThrow(/does not broadcast/);
    });
});
describe('bernoulli', () => {
    it('has frequency p (n = 1e5) and exact extremes', () => {
        const x = random.bernoulli(random.key(2), 0.3, [N]);
        expect(x.dtype).toBe('bool');
        const d = x.dataSync();
        let f = 0;
        for (const v of d)
            f += v / N;
        expectWithin(f, 0.3, Math.sqrt((0.3 * 0.7) / N), 'frequency');
        expect(random
            .bernoulli(random.key(2), 0, [1000])
            .dataSync()
            .every((v) => v === 0)).toBe(true);
        expect(random
            .bernoulli(random.key(2), 1, [1000])
            .dataSync()
            .every((v) => v === 1)).toBe(true);
    });
    it('broadcasts a tensor p and validates it', () => {
        const p = [0.1, 0.5, 0.9];
        const d = random.bernoulli(random.key(9), tensor(p), [N, 3]).dataSync();
        p.forEach((pi, j) => {
            let c = 0;
            for (let i = j; i < d.length; i += 3)
                c += d[i];
            expectWithin(c / N, pi, Math.sqrt((pi * (1 - pi)) / N), `frequency of column ${j}`);
        });
        expect(random.bernoulli(random.key(9), tensor(p)).shape).toEqual([3]);
        expect(random.bernoulli(random.key(9)).shape).toEqual([]);
        expect(() => random.bernoulli(random.key(9), 1.5, [2])).toThrow(/random\.bernoulli: p must lie in \[0, 1\]/);
        expect(() => random.bernoulli(random.key(9), tensor([0.5, NaN]))).toThrow(/flat index 1/);
    });
});
describe('categorical', () => {
    const softmax = (l) => {
        const m = Math.max(...l);
        const e = l.map((v) => Math.exp(v - m));
        const s = e.reduce((a, b) => a + b, 0);
        return e.map((v) => v / s);
    };
    it('draws with frequencies softmax(logits) (chi-square, n = 1e5), never a −∞ logit', () => {
        const logits = [1, 0, -1, 2, -Infinity];
        const x = random.categorical(random.key(21), tensor(logits, { dtype: 'f64' }), -1, [N]);
        expect(x.dtype).toBe('i32');
        const counts = new Array(5).fill(0);
        for (const v of x.dataSync())
            counts[v]++;
        expect(counts[4]).toBe(0);
        expect(chiSquare(counts, softmax(logits), N)).toBeLessThan(chiBound(3));
    });
    it('handles batches along any axis', () => {
        // logits [K = 3, batch = 2] sampled along axis 0
        const l = [
            [0, 3],
            [1, 0],
            [2, 0],
        ];
        const x = random.categorical(random.key(22), tensor(l), 0, [N / 2, 2]);
        expect(x.shape).toEqual([N / 2, 2]);
        const d = x.dataSync();
        for (let b = 0; b < 2; b++) {
            const counts = [0, 0, 0];
            for (let i = b; i < d.length; i += 2)
                counts[d[i]]++;
            expect(chiSquare(counts, softmax(l.map((r) => r[b])), N / 2)).toBeLessThan(chiBound(2));
        }
        expect(random.categorical(random.key(22), tensor(l), 0).shape).toEqual([2]);
        expect(() => random.categorical(random.key(22), tensor(l), 0, [3])).toThrow(/batch shape \[2\].*does not broadcast to shape \[3\]/);
        expect(() => random.categorical(random.key(22), tensor([1, 2], { dtype: 'i32' }))).toThrow(/f32 or f64/);
    });
});
describe('randint', () => {
    it('is uniform on [minval, maxval) (chi-square, n = 1e5)', () => {
        const x = random.randint(random.key(31), [N], -3, 4);
        expect(x.dtype).toBe('i32');
        const counts = new Array(7).fill(0);
        const d = x.dataSync();
        expect(d.every((v) => v >= -3 && v < 4)).toBe(true);
        for (const v of d)
            counts[v + 3]++;
        expect(chiSquare(counts, new Array(7).fill(1 / 7), N)).toBeLessThan(chiBound(6));
    });
    it('covers the full int32 range and validates bounds', () => {
        const d = random.randint(random.key(32), [N], -(2 ** 31), 2 ** 31).dataSync();
        const { mean } = moments(d);
        expectWithin(mean, -0.5, 2 ** 32 / Math.sqrt(12 * N), 'mean');
        expect(() => random.randint(random.key(0), [2], 3, 3)).toThrow(/random\.randint: need integers/);
        expect(() => random.randint(random.key(0), [2], 0, 2 ** 31 + 1)).toThrow(/2\^31/);
        expect(() => random.randint(random.key(0), [2], 0.5, 3)).toThrow(/integers/);
    });
});
describe('permutation', () => {
    it('returns a permutation, all 24 orders of 4 equally often (chi-square, 24000 keys)', () => {
        const p = random.permutation(random.key(41), 1000).dataSync();
        expect([...p].sort((a, b) => a - b)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
        const counts = new Map();
        const base = random.key(42);
        const M = 24_000;
        for (let i = 0; i < M; i++) {
            const s = Array.from(random.permutation(random.foldIn(base, i), 4).dataSync()).join('');
            counts.set(s, (counts.get(s) ?? 0) + 1);
        }
        expect(counts.size).toBe(24);
        expect(chiSquare([...counts.values()], new Array(24).fill(1 / 24), M)).toBeLessThan(chiBound(23));
        expect(random.permutation(random.key(0), 0).shape).toEqual([0]);
    });
    it('shuffles slices of a tensor along an axis, with gradients', () => {
        const x = tensor([
            [1, 2, 3, 4],
            [5, 6, 7, 8],
        ]);
        const y = random.permutation(random.key(43), x, 1).toArray();
        expect([...y[0]].sort()).toEqual([1, 2, 3, 4]);
        expect(y[1]).toEqual(y[0].map((v) => v + 4));
        const k = random.key(44);
        checkGrad((a) => random.permutation(k, a, 1), [rand([3, 5], 1)]);
        checkGrad((a) => mul(random.permutation(k, a), a), [rand([6, 2], 2)]);
        expect(() => random.permutation(k, tensor(1))).toThrow(/rank-0/);
        expect(() => random.permutation(k, -1)).toThrow(/random\.permutation: n must be/);
    });
});
describe('choice', () => {
    it('draws distinct values without replacement and frequencies p with it', () => {
        const d = random.choice(random.key(51), 10, [10], { replace: false }).dataSync();
        expect(new Set(d).size).toBe(10);
        const p = [0.5, 0.2, 0.3];
        const x = random.choice(random.key(52), 3, [N], { p: tensor(p) }).dataSync();
        const counts = [0, 0, 0];
        for (const v of x)
            counts[v]++;
        expect(chiSquare(counts, p, N)).toBeLessThan(chiBound(2));
        expect(() => random.choice(random.key(0), 3, [4], { replace: false })).toThrow(/distinct/);
        expect(() => random.choice(random.key(0), 3, [4], { p: tensor([0.5, 0.6, 0.1]) })).toThrow(/sum to 1/);
    });
});
describe('orthogonal', () => {
    it('gives QᵀQ = I to 1e-12 in float64', () => {
        const q = random.orthogonal(random.key(61), 6, [3], { dtype: 'f64' });
        expect(q.shape).toEqual([3, 6, 6]);
        expectClose(matmul(mT(q), q), eye(6, 6, { dtype: 'f64' }).reshape([1, 6, 6]).broadcastTo([3, 6, 6]), { atol: 1e-12, rtol: 0 });
        const q32 = random.orthogonal(random.key(61), 4);
        expect(q32.dtype).toBe('f32');
        expectClose(matmul(mT(q32), q32), eye(4), { atol: 1e-6, rtol: 0 });
    });
    it('is Haar: det = ±1 equally often and E Q₀₀ = 0, E Q₀₀² = 1/n (4000 matrices)', () => {
        const M = 4000;
        const n = 3;
        const d = random.orthogonal(random.key(62), n, [M], { dtype: 'f64' }).dataSync();
        let pos = 0;
        let s1 = 0;
        let s2 = 0;
        let worst = 0;
        for (let m = 0; m < M; m++) {
            const a = d.subarray(m * 9, m * 9 + 9);
            const det = a[0] * (a[4] * a[8] - a[5] * a[7]) - a[1] * (a[3] * a[8] - a[5] * a[6]) + a[2] * (a[3] * a[7] - a[4] * a[6]);
            worst = Math.max(worst, Math.abs(Math.abs(det) - 1));
            if (det > 0)
                pos++;
            s1 += a[0];
            s2 += a[0] * a[0];
        }
        expect(worst).toBeLessThan(1e-12);
        expectWithin(pos / M, 0.5, Math.sqrt(0.25 / M), 'P(det = +1)');
        // Q₀₀ is a coordinate of a uniform point on the sphere S²: mean 0, E q² = 1/3, Var q² = 4/45
        // (without the sign fix diag(R) > 0, Householder QR makes Q₀₀ < 0 always)
        expectWithin(s1 / M, 0, Math.sqrt(1 / n / M), 'E Q00');
        expectWithin(s2 / M, 1 / n, Math.sqrt(4 / 45 / M), 'E Q00²');
    });
    it('validates n', () => {
        expect(() => random.orthogonal(random.key(0), -2)).toThrow(/random\.orthogonal: n must be/);
        expect(random.orthogonal(random.key(0), 0).shape).toEqual([0, 0]);
    });
});
it('sum of a sample is a tensor op like any other (keys and samples are plain tensors)', () => {
    const x = random.normal(random.key(0), [10], { dtype: 'f64' });
    expect(sum(x).dtype).toBe('f64');
});
//# sourceMappingURL=random.test.js.map