/** tasks.sinusoid and tasks.fewShot: ranges, shapes, determinism, the fixed class splits and rotations. */
import { describe, expect, it } from 'vitest';
import { random, tasks } from '../src/index.js';
describe('tasks.sinusoid', () => {
    it('draws y = A sin(x + p) with A, p and x in their ranges; a pure function of the key', () => {
        for (const amplitudes of tasks.SINUSOID_AMPLITUDES) {
            const [lo, hi] = tasks.SINUSOID_AMPLITUDE_RANGE[amplitudes];
            const ts = tasks.sinusoid(random.key(3), 50, { kSupport: 7, kQuery: 4, amplitudes, dtype: 'f64' });
            expect(ts).toHaveLength(50);
            for (const t of ts) {
                expect(t.amplitude).toBeGreaterThanOrEqual(lo);
                expect(t.amplitude).toBeLessThan(hi);
                expect(t.phase).toBeGreaterThanOrEqual(0);
                expect(t.phase).toBeLessThan(Math.PI);
                expect(t.support.x.shape).toEqual([7, 1]);
                expect(t.query.y.shape).toEqual([4, 1]);
                const x = t.support.x.dataSync();
                const y = t.support.y.dataSync();
                x.forEach((v, i) => {
                    expect(Math.abs(v)).toBeLessThanOrEqual(5);
                    expect(y[i]).toBeCloseTo(t.amplitude * Math.sin(v + t.phase), 12);
                });
            }
            const amps = ts.map((t) => t.amplitude);
            // The draws fill the interval (max − min over 50 draws covers most of it).
            expect(Math.max(...amps) - Math.min(...amps)).toBeGreaterThan(0.8 * (hi - lo));
        }
        const a = tasks.sinusoid(random.key(1), 2)[1].query.x.dataSync();
        const b = tasks.sinusoid(random.key(1), 2)[1].query.x.dataSync();
        expect(Array.from(a)).toEqual(Array.from(b));
        expect(() => tasks.sinusoid(random.key(0), 1, { kSupport: 0 })).toThrow(/kSupport must be an integer ≥ 1, got 0/);
        expect(() => tasks.sinusoid(random.key(0), 1, { amplitudes: 'big' })).toThrow(/amplitudes must be 'maml' or 'p9Code', got "big"/);
    });
});
describe('tasks.fewShot', () => {
    it('has the documented class splits: mixed 60 / 20, f2m 40 / 40, four rotations of each label, disjoint train and test', () => {
        const key = (c) => `${c.source}/${c.split}/${c.label}/${c.quarterTurns}`;
        const mixedTrain = tasks.fewShotClasses('mixed', 'train');
        const mixedTest = tasks.fewShotClasses('mixed', 'test');
        expect(mixedTrain).toHaveLength(60);
        expect(mixedTest).toHaveLength(20);
        expect(mixedTrain.filter((c) => c.source === 'fashion').map((c) => c.label)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((l) => [l, l, l, l]));
        expect(new Set(mixedTrain.filter((c) => c.source === 'mnist').map((c) => c.label))).toEqual(new Set([0, 1, 2, 3, 4]));
        expect(mixedTrain.every((c) => c.split === 'train')).toBe(true);
        expect(mixedTest.every((c) => c.source === 'mnist' && c.split === 'test' && c.label >= 5)).toBe(true);
        expect(new Set(mixedTest.map(key)).size).toBe(20);
        expect(tasks.fewShotClasses('f2m', 'train').every((c) => c.source === 'fashion')).toBe(true);
        const f2mTest = tasks.fewShotClasses('f2m', 'test');
        expect(f2mTest).toHaveLength(40);
        expect(new Set(f2mTest.map((c) => c.quarterTurns))).toEqual(new Set([0, 1, 2, 3]));
        expect(() => tasks.fewShotClasses('omniglot', 'train')).toThrow(/split must be 'mixed' or 'f2m', got "omniglot"/);
    });
    it('episodes: shapes, class-major labels, images of the drawn class rotated by its quarter turns, deterministic per key', () => {
        const s = tasks.fewShot('mixed', 'test', { nWay: 5, kShot: 2, nQuery: 3 });
        const ep = s.episode(random.key(4));
        expect(ep.support.x.shape).toEqual([10, 1, 28, 28]);
        expect(ep.query.x.shape).toEqual([15, 1, 28, 28]);
        expect(Array.from(ep.support.labels.dataSync())).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
        expect(ep.query.oneHot.shape).toEqual([15, 5]);
        expect(new Set(ep.classes.map((c) => `${c.label}/${c.quarterTurns}`)).size).toBe(5);
        // Each support image is an MNIST test image of the class's digit, rotated counter-clockwise by
        // its quarter turns: rotate it back and find it among the digit's images (episodes until every
        // rotation has been seen).
        const mnist = tasks.loadMnist('test');
        const seen = new Set();
        for (let e = 0; seen.size < 4 && e < 20; e++) {
            const epi = s.episode(random.key(100 + e));
            const px = epi.support.x.dataSync();
            epi.classes.forEach((c, k) => {
                if (seen.has(c.quarterTurns))
                    return;
                seen.add(c.quarterTurns);
                let back = Array.from(px.slice(2 * k * 784, (2 * k + 1) * 784));
                for (let q = 0; q < (4 - c.quarterTurns) % 4; q++) {
                    // one counter-clockwise quarter turn: out[i][j] = in[j][27 − i]
                    const src = back;
                    back = src.map((_, idx) => src[(idx % 28) * 28 + (27 - Math.floor(idx / 28))]);
                }
                let found = -1;
                for (let n = 0; n < mnist.labels.length && found < 0; n++) {
                    if (mnist.labels[n] !== c.label)
                        continue;
                    let same = true;
                    for (let i = 0; i < 784 && same; i++)
                        same = Math.abs(mnist.images.pixels[n * 784 + i] / 255 - back[i]) < 1e-6;
                    if (same)
                        found = n;
                }
                expect(found, `digit ${c.label} rotated ${c.quarterTurns}×90°`).toBeGreaterThanOrEqual(0);
            });
        }
        expect(seen).toEqual(new Set([0, 1, 2, 3]));
        expect(Array.from(s.episode(random.key(4)).query.x.dataSync().slice(0, 50))).toEqual(Array.from(ep.query.x.dataSync().slice(0, 50)));
        expect(() => tasks.fewShot('mixed', 'test', { nWay: 21 })).toThrow(/nWay must be ≤ 20/);
        expect(() => tasks.fewShot('mixed', 'test', { kShot: 0 })).toThrow(/kShot must be an integer ≥ 1, got 0/);
    });
});
//# sourceMappingURL=tasks-meta.test.js.map