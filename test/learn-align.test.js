import { describe, expect, it } from 'vitest';
import { learn, nn, random, tensor, tree } from '../src/index.js';
const { linearAssignment, assignmentCost, permute, permuteStats, interpolate, activationMatching, weightMatching, barrier, temperedNll, features, recomputeBatchNormStats, } = learn.align;
/** A small deterministic generator for cost matrices. */
function lcg(seed) {
    let s = seed >>> 0;
    return () => {
        s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
        return s / 2 ** 32;
    };
}
/** The cheapest injective row -> column map by enumerating all of them. */
function bruteForce(c) {
    const n = c.length;
    const m = c[0].length;
    let best = Infinity;
    const used = new Array(m).fill(false);
    const go = (i, s) => {
        if (i === n) {
            best = Math.min(best, s);
            return;
        }
        for (let j = 0; j < m; j++) {
            if (used[j])
                continue;
            used[j] = true;
            go(i + 1, s + c[i][j]);
            used[j] = false;
        }
    };
    go(0, 0);
    return best;
}
function isInjective(col, m) {
    const seen = new Set();
    for (let i = 0; i < col.length; i++) {
        if (col[i] < 0 || col[i] >= m || seen.has(col[i]))
            return false;
        seen.add(col[i]);
    }
    return true;
}
const maxAbsDiff = (a, b) => {
    const x = a.dataSync();
    const y = b.dataSync();
    let d = 0;
    for (let i = 0; i < x.length; i++)
        d = Math.max(d, Math.abs(x[i] - y[i]));
    return d;
};
describe('learn.align.linearAssignment', () => {
    it('matches brute force on random square and rectangular matrices', () => {
        const rnd = lcg(7);
        for (let trial = 0; trial < 60; trial++) {
            const n = 1 + (trial % 6);
            const m = n + (trial % 3);
            const c = Array.from({ length: n }, () => Array.from({ length: m }, () => Math.round(rnd() * 2000 - 1000) / 10));
            const col = linearAssignment(c);
            expect(col).toHaveLength(n);
            expect(isInjective(col, m)).toBe(true);
            expect(assignmentCost(c, col)).toBeCloseTo(bruteForce(c), 9);
        }
    });
    it('is exact with ties (small integer costs, many optima) and accepts a tensor', () => {
        const rnd = lcg(3);
        for (let trial = 0; trial < 40; trial++) {
            const n = 2 + (trial % 5);
            const m = n + (trial % 2);
            const c = Array.from({ length: n }, () => Array.from({ length: m }, () => Math.floor(rnd() * 3)));
            const t = tensor(c, { dtype: 'f64' });
            const col = linearAssignment(t);
            // the solver reads the tensor's buffer in place and must leave it as it was
            expect(t.toArray()).toEqual(c);
            expect(isInjective(col, m)).toBe(true);
            expect(assignmentCost(c, col)).toBe(bruteForce(c));
        }
        // all-equal costs: any permutation is optimal, the result must still be one
        expect(isInjective(linearAssignment([
            [1, 1, 1],
            [1, 1, 1],
            [1, 1, 1],
        ]), 3)).toBe(true);
    });
    it('recovers a hidden permutation from a cost that is minimal exactly on it', () => {
        const n = 200;
        const p = random.permutation(random.key(4), n).dataSync();
        const rnd = lcg(11);
        const c = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (j === p[i] ? 0 : 0.01 + rnd())));
        expect(Array.from(linearAssignment(c))).toEqual(Array.from(p));
    });
    it('honours +Infinity as a forbidden pair and rejects bad input by name', () => {
        const col = linearAssignment([
            [Infinity, 1],
            [2, Infinity],
        ]);
        expect(Array.from(col)).toEqual([1, 0]);
        expect(() => linearAssignment([[1], [2]])).toThrow(/rows ≤ columns/);
        expect(() => linearAssignment([[NaN, 1]])).toThrow(/cost\[0, 0\] is NaN/);
        expect(() => linearAssignment([[1, 2], [3]])).toThrow(/row 1 has 1 entries/);
        expect(() => linearAssignment([[Infinity], [Infinity]].slice(0, 1))).toThrow(/no assignment of finite cost/);
        expect(() => linearAssignment(tensor([1, 2, 3]))).toThrow(/matrix \[n, m\]/);
    });
});
/** A trained-looking network: random weights (and batch-norm parameters) of both kinds. */
function mlp(key, bias = false) {
    return nn.mlp.init(random.key(key), { dIn: 12, hidden: [16, 10], dOut: 5, activation: 'relu', bias, init: 'he', distribution: 'normal', dtype: 'f64' });
}
function cnn(key) {
    const p = nn.simpleCnn.init(random.key(key), { cIn: 2, arch: '6-avg-5-7', nClasses: 4, batchNorm: true, bias: true, dtype: 'f64' });
    // non-trivial γ, β and biases, so that permuting them matters
    const [leaves, def] = tree.flatten(p);
    const keys = random.split(random.key(key + 100), leaves.length);
    return tree.unflatten(def, leaves.map((t, i) => t.add(random.normal(keys[i], t.shape, { dtype: 'f64' }).mul(0.3))));
}
describe('learn.align: permute, matching, barrier', () => {
    const x = random.normal(random.key(9), [64, 12], { dtype: 'f64' });
    const xImg = random.normal(random.key(10), [8, 2, 6, 6], { dtype: 'f64' });
    it('permute leaves the MLP function unchanged and changes the parameters', () => {
        const a = mlp(1, true);
        const perms = learn.align.randomPermutations(random.key(2), a);
        const b = permute(a, perms);
        expect(maxAbsDiff(nn.mlp.apply(b, x), nn.mlp.apply(a, x))).toBeLessThan(1e-12);
        expect(maxAbsDiff(b.layers[0].w, a.layers[0].w)).toBeGreaterThan(0.1);
    });
    it('MLP: activation and weight matching recover a random permutation exactly; the barrier is 0', () => {
        const a = mlp(1);
        const perms = learn.align.randomPermutations(random.key(3), a);
        const b = permute(a, perms);
        // B's unit perms[ℓ][i] is A's unit i, so matching returns the inverse permutation
        const inverse = perms.map((p) => {
            const q = new Int32Array(p.length);
            p.forEach((v, i) => (q[v] = i));
            return Array.from(q);
        });
        const act = activationMatching((p, xb) => features(p, xb), a, b, x);
        expect(act.map((p) => Array.from(p))).toEqual(inverse);
        const wm = weightMatching(a, b);
        expect(wm.perms.map((p) => Array.from(p))).toEqual(inverse);
        const aligned = permute(b, act);
        for (const [la, lb] of a.layers.map((l, i) => [l, aligned.layers[i]]))
            expect(maxAbsDiff(lb.w, la.w)).toBe(0);
        // the loss along the path is flat: every point is A itself
        const losses = [0, 0.25, 0.5, 0.75, 1].map((alpha) => nn.mlp
            .apply(interpolate(a, aligned, alpha), x)
            .square()
            .mean()
            .item());
        expect(barrier(losses)).toBeLessThan(1e-12);
        // without the permutation the midpoint is a different function
        const vanilla = [0, 0.5, 1].map((alpha) => nn.mlp
            .apply(interpolate(a, b, alpha), x)
            .square()
            .mean()
            .item());
        expect(Math.abs(vanilla[1] - vanilla[0])).toBeGreaterThan(1e-3);
    });
    it('conv net with batch norm and biases: permute keeps the function; matching recovers the permutation exactly', () => {
        const a = cnn(5);
        const stats = recomputeBatchNormStats(a, [xImg]);
        const perms = learn.align.randomPermutations(random.key(6), a);
        const b = permute(a, perms);
        const statsB = permuteStats(a, stats, perms);
        expect(maxAbsDiff(nn.simpleCnn.apply(b, xImg, { stats: statsB }), nn.simpleCnn.apply(a, xImg, { stats }))).toBeLessThan(1e-12);
        expect(maxAbsDiff(nn.simpleCnn.apply(b, xImg, { train: true }), nn.simpleCnn.apply(a, xImg, { train: true }))).toBeLessThan(1e-12);
        const inverse = perms.map((p) => {
            const q = new Int32Array(p.length);
            p.forEach((v, i) => (q[v] = i));
            return Array.from(q);
        });
        const act = activationMatching((p, xb) => features(p, xb), a, b, [xImg.slice([0, 4]), xImg.slice([4, 8])]);
        expect(act.map((p) => Array.from(p))).toEqual(inverse);
        expect(weightMatching(a, b).perms.map((p) => Array.from(p))).toEqual(inverse);
        const aligned = permute(b, act);
        expect(tree.leaves(aligned).every((t, i) => maxAbsDiff(t, tree.leaves(a)[i]) === 0)).toBe(true);
        // the recomputed statistics of every point of the path equal A's: barrier 0
        const outs = [0, 0.5, 1].map((alpha) => {
            const p = interpolate(a, aligned, alpha);
            return nn.simpleCnn
                .apply(p, xImg, { stats: recomputeBatchNormStats(p, [xImg]) })
                .square()
                .mean()
                .item();
        });
        expect(barrier(outs)).toBeLessThan(1e-12);
    });
    it('activationMatching honours options.layers; permute rejects perms that are not permutations', () => {
        const a = mlp(1);
        const perms = learn.align.randomPermutations(random.key(3), a);
        const b = permute(a, perms);
        const only1 = activationMatching((p, xb) => features(p, xb), a, b, x, { layers: [1] });
        expect(Array.from(only1[0])).toEqual(Array.from({ length: 16 }, (_, i) => i));
        expect(Array.from(only1[1])).not.toEqual(Array.from({ length: 10 }, (_, i) => i));
        expect(() => permute(a, [perms[0]])).toThrow(/one permutation per hidden layer \(2: widths 16, 10\)/);
        expect(() => permute(a, [perms[0], [0, 0, 1, 2, 3, 4, 5, 6, 7, 8]])).toThrow(/perms\[1\] must be a permutation of 0…9; entry 1 is 0 \(repeated\)/);
        expect(() => permute({ w: 1 }, perms)).toThrow(/nn.mlp parameters/);
    });
    it('recomputeBatchNormStats gives the exact moments of the union of the batches', () => {
        const a = cnn(5);
        const whole = recomputeBatchNormStats(a, [xImg]);
        const parts = recomputeBatchNormStats(a, [xImg.slice([0, 3]), xImg.slice([3, 8])]);
        whole.forEach((s, l) => {
            expect(maxAbsDiff(parts[l].mean, s.mean)).toBeLessThan(1e-12);
            expect(maxAbsDiff(parts[l].var, s.var)).toBeLessThan(1e-12);
        });
        // the first batch norm's input is the first convolution's output: check its moments directly
        const h = nn.conv2d.apply(a.convs[0].conv, xImg); // [8, 6, 6, 6]
        const mean0 = h.mean([0, 2, 3]);
        expect(maxAbsDiff(whole[0].mean, mean0)).toBeLessThan(1e-12);
        expect(maxAbsDiff(whole[0].var, h
            .sub(mean0.reshape([1, 6, 1, 1]))
            .square()
            .mean([0, 2, 3]))).toBeLessThan(1e-12);
    });
});
describe('learn.align: barrier and tempered NLL', () => {
    it('barrier is the largest rise above the chord', () => {
        expect(barrier([1, 3, 2])).toBe(1.5);
        expect(barrier([2, 1, 0])).toBe(0);
        expect(barrier([0, 1, 1, 0], [0, 0.1, 0.2, 1])).toBe(1);
        expect(() => barrier([1])).toThrow(/at least 2 values/);
        expect(() => barrier([1, NaN])).toThrow(/lossAlongPath\[1\] is NaN/);
    });
    it('temperedNll finds the temperature that minimises CE(T · logits)', () => {
        // two classes, logits (z, 0) with labels: CE(T) = mean log(1 + e^{−T z_y·s}); a dense grid agrees
        const z = [
            [2, 0],
            [1, 0],
            [0, 1.5],
            [0.5, 0],
        ];
        const y = [0, 1, 1, 0];
        const ce = (T) => z.reduce((s, r, i) => {
            const m = Math.max(T * r[0], T * r[1]);
            return s + m + Math.log(Math.exp(T * r[0] - m) + Math.exp(T * r[1] - m)) - T * r[y[i]];
        }, 0) / z.length;
        let best = Infinity;
        let bestT = 0;
        for (let T = 0.001; T < 20; T += 0.0005)
            if (ce(T) < best)
                [best, bestT] = [ce(T), T];
        const r = temperedNll(tensor(z, { dtype: 'f64' }), y);
        expect(r.nll).toBeLessThanOrEqual(best + 1e-12);
        expect(Math.abs(r.temperature - bestT)).toBeLessThan(1e-3);
        expect(r.nll).toBeLessThan(ce(1));
        expect(() => temperedNll(tensor(z), [0, 1, 2, 0])).toThrow(/labels\[2\] is 2/);
    });
});
describe('nn.simpleCnn', () => {
    it('follows its architecture string and refuses a bad one by name', () => {
        const p = nn.simpleCnn.init(random.key(1), { arch: '4-avg-6-5', batchNorm: true });
        expect(p.convs.map((l) => l.conv.w.shape)).toEqual([
            [4, 1, 3, 3],
            [6, 4, 3, 3],
            [5, 6, 3, 3],
        ]);
        expect(p.head.w.shape).toEqual([5, 10]);
        const x = random.normal(random.key(2), [3, 1, 8, 8]);
        const f = nn.simpleCnn.features(p, x, { train: true });
        expect(f.logits.shape).toEqual([3, 10]);
        expect(f.features.map((t) => t.shape)).toEqual([
            [3, 4, 4, 4],
            [3, 6, 4, 4],
            [3, 5],
        ]);
        expect(() => nn.simpleCnn.apply(p, x)).toThrow(/eval mode needs options.stats/);
        expect(() => nn.simpleCnn.init(random.key(1), { arch: '4-max-6' })).toThrow(/arch token 'max' of '4-max-6' is neither a positive channel count nor 'avg'/);
        expect(() => nn.simpleCnn.init(random.key(1), { arch: 'avg' })).toThrow(/has no convolution/);
    });
});
//# sourceMappingURL=learn-align.test.js.map