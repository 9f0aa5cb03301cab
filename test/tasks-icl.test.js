/**
 * tasks.linearRegressionIcl: shapes and defaults, y = W x exactly, the sampling distributions
 * (moments within a few standard errors), determinism from the key, both layouts, errors.
 */
import { describe, expect, it } from 'vitest';
import { random, tasks, tensor } from '../src/index.js';
import { toF64 } from './util/check.js';
const task = tasks.linearRegressionIcl();
describe('tasks.linearRegressionIcl', () => {
    it('defaults to the GD-ICL set-up: N = 10, d_x = 10, d_y = 1, x ~ U(−0.5, 0.5), W ~ N(0, I)', () => {
        expect(task.config).toEqual({
            nContext: 10,
            dX: 10,
            dY: 1,
            xDist: { kind: 'uniform', low: -0.5, high: 0.5 },
            wDist: { kind: 'normal', mean: 0, std: 1 },
        });
        expect(task.dToken).toBe(11);
    });
    it('samples y = W x exactly, with the declared shapes', () => {
        const t = tasks.linearRegressionIcl({ nContext: 4, dX: 3, dY: 2 });
        const b = t.sample(random.key(1), 5, 'f64');
        expect(b.x.shape).toEqual([5, 4, 3]);
        expect(b.y.shape).toEqual([5, 4, 2]);
        expect(b.xq.shape).toEqual([5, 3]);
        expect(b.yq.shape).toEqual([5, 2]);
        expect(b.w.shape).toEqual([5, 2, 3]);
        const [x, y, xq, yq, w] = [b.x, b.y, b.xq, b.yq, b.w].map(toF64);
        for (let n = 0; n < 5; n++) {
            for (let i = 0; i < 2; i++) {
                const row = (v, off) => w[n * 6 + i * 3] * v[off] + w[n * 6 + i * 3 + 1] * v[off + 1] + w[n * 6 + i * 3 + 2] * v[off + 2];
                for (let j = 0; j < 4; j++)
                    expect(Math.abs(y[(n * 4 + j) * 2 + i] - row(x, (n * 4 + j) * 3))).toBeLessThan(1e-15);
                expect(Math.abs(yq[n * 2 + i] - row(xq, n * 3))).toBeLessThan(1e-15);
            }
        }
    });
    it('is a pure function of the key; other keys give other tasks', () => {
        const a = task.sample(random.key(3), 4);
        const b = task.sample(random.key(3), 4);
        const c = task.sample(random.key(4), 4);
        expect(toF64(a.x)).toEqual(toF64(b.x));
        expect(toF64(a.w)).toEqual(toF64(b.w));
        expect(toF64(a.x)).not.toEqual(toF64(c.x));
    });
    it('draws x from U(−0.5, 0.5) and W from N(0, 1): moments within 4 standard errors', () => {
        const b = task.sample(random.key(7), 4000, 'f64');
        const x = toF64(b.x);
        const w = toF64(b.w);
        expect(Math.min(...x)).toBeGreaterThanOrEqual(-0.5);
        expect(Math.max(...x)).toBeLessThan(0.5);
        const moment = (v, f) => {
            let s = 0;
            let s2 = 0;
            for (const a of v) {
                const u = f(a);
                s += u;
                s2 += u * u;
            }
            const m = s / v.length;
            return [m, Math.sqrt((s2 / v.length - m * m) / v.length)];
        };
        const [mx, sx] = moment(x, (a) => a);
        const [vx, svx] = moment(x, (a) => a * a);
        const [mw, sw] = moment(w, (a) => a);
        const [vw, svw] = moment(w, (a) => a * a);
        expect(Math.abs(mx)).toBeLessThan(4 * sx);
        expect(Math.abs(vx - 1 / 12)).toBeLessThan(4 * svx);
        expect(Math.abs(mw)).toBeLessThan(4 * sw);
        expect(Math.abs(vw - 1)).toBeLessThan(4 * svw);
    });
    it('normal inputs: x ~ N(mean, std²)', () => {
        const t = tasks.linearRegressionIcl({ xDist: { kind: 'normal', mean: 2, std: 3 } });
        const x = toF64(t.sample(random.key(2), 2000, 'f64').x);
        const m = x.reduce((a, b) => a + b, 0) / x.length;
        const v = x.reduce((a, b) => a + (b - m) ** 2, 0) / x.length;
        expect(Math.abs(m - 2)).toBeLessThan(4 * Math.sqrt(9 / x.length));
        expect(Math.abs(v - 9)).toBeLessThan(4 * 9 * Math.sqrt(2 / x.length));
    });
    it('lays out GD-ICL tokens [x_j; y_j] with the query [x_q; 0] (or [x_q; −W₀ x_q]) last', () => {
        const t = tasks.linearRegressionIcl({ nContext: 3, dX: 2, dY: 1 });
        const b = t.sample(random.key(5), 2, 'f64');
        const e = tasks.iclTokens(b);
        expect(e.shape).toEqual([2, 4, 3]);
        const [x, y, xq] = [b.x, b.y, b.xq].map(toF64);
        const ev = toF64(e);
        for (let n = 0; n < 2; n++) {
            for (let j = 0; j < 3; j++)
                expect([...ev.subarray((n * 4 + j) * 3, (n * 4 + j + 1) * 3)]).toEqual([x[(n * 3 + j) * 2], x[(n * 3 + j) * 2 + 1], y[n * 3 + j]]);
            expect([...ev.subarray((n * 4 + 3) * 3, (n * 4 + 4) * 3)]).toEqual([xq[n * 2], xq[n * 2 + 1], 0]);
        }
        const w0 = tensor([[0.5, -2]], { dtype: 'f64' });
        const e0 = toF64(tasks.iclTokens(b, w0));
        for (let n = 0; n < 2; n++)
            expect(e0[(n * 4 + 3) * 3 + 2]).toBeCloseTo(-(0.5 * xq[n * 2] - 2 * xq[n * 2 + 1]), 15);
    });
    it('lays out causal sequences: pairs (= the tokens) and interleaved x_1, y_1, …, x_N, y_N, x_q', () => {
        const t = tasks.linearRegressionIcl({ nContext: 3, dX: 2, dY: 1 });
        const b = t.sample(random.key(6), 2, 'f64');
        const pairs = tasks.iclSequence(b, 'pairs');
        expect(pairs.queryStep).toBe(3);
        expect(toF64(pairs.x)).toEqual(toF64(tasks.iclTokens(b)));
        const s = tasks.iclSequence(b, 'interleaved');
        expect(s.x.shape).toEqual([2, 7, 3]);
        expect(s.queryStep).toBe(6);
        const [x, y, xq] = [b.x, b.y, b.xq].map(toF64);
        const v = toF64(s.x);
        const tok = (n, k) => [...v.subarray((n * 7 + k) * 3, (n * 7 + k + 1) * 3)];
        for (let n = 0; n < 2; n++) {
            for (let j = 0; j < 3; j++) {
                expect(tok(n, 2 * j)).toEqual([x[(n * 3 + j) * 2], x[(n * 3 + j) * 2 + 1], 0]);
                expect(tok(n, 2 * j + 1)).toEqual([0, 0, y[n * 3 + j]]);
            }
            expect(tok(n, 6)).toEqual([xq[n * 2], xq[n * 2 + 1], 0]);
        }
    });
    it('rejects bad sizes, distributions, layouts and batches, naming what is allowed', () => {
        expect(() => tasks.linearRegressionIcl({ nContext: 0 })).toThrow(/nContext must be an integer ≥ 1, got 0/);
        expect(() => tasks.linearRegressionIcl({ dX: 2.5 })).toThrow(/dX must be an integer ≥ 1/);
        expect(() => tasks.linearRegressionIcl({ xDist: { kind: 'uniform', low: 1, high: 0 } })).toThrow(/xDist \(uniform\) needs finite low < high/);
        expect(() => tasks.linearRegressionIcl({ wDist: { kind: 'normal', mean: 0, std: -1 } })).toThrow(/wDist \(normal\) needs a finite mean and a finite std ≥ 0/);
        expect(() => task.sample(random.key(0), -1)).toThrow(/batchSize must be an integer ≥ 0/);
        const b = task.sample(random.key(0), 2);
        // @ts-expect-error an unknown layout
        expect(() => tasks.iclSequence(b, 'zigzag')).toThrow(/layout must be one of pairs, interleaved, got 'zigzag'/);
        expect(() => tasks.iclTokens({ ...b, xq: b.x })).toThrow(/expected a batch with x \[B, N, d_x\]/);
        expect(() => tasks.iclTokens(b, tensor([[1, 2]]))).toThrow(/w0 must be a \[d_y, d_x\] = \[1, 10\] tensor, got \[1, 2\]/);
    });
});
//# sourceMappingURL=tasks-icl.test.js.map