/**
 * The online loop shared by `learn.sequenceGradients` and `learn.layerGradients`, on its own: a
 * diagonal linear recurrence h_t = a ⊙ h_{t−1} + b ⊙ x_t with a = tanh(α) and exact RTRL traces
 * e^a_t = a ⊙ e^a_{t−1} + h_{t−1}, e^b_t = a ⊙ e^b_{t−1} + x_t must give the BPTT gradient of
 * the counted steps' losses with respect to (α, b) — through the resolve/pullback, the state
 * carried out of each differentiated step, the skipped steps and the tallies.
 */
import { describe, expect, it } from 'vitest';
import { add, customVjp, detach, isTensor, mul, square, sub, sum, tanh, valueAndGrad, zeros } from '../src/index.js';
import { onlineLoop } from '../src/learn/online-loop.js';
import { expectClose, rand } from './util/check.js';
const [B, N, T] = [3, 4, 7];
const xs = Array.from({ length: T }, (_, t) => rand([B, N], 10 + t));
const ys = Array.from({ length: T }, (_, t) => rand([B, N], 30 + t));
const counted = (t) => t % 3 !== 1;
const stepLoss = (h, t) => mul(sum(square(sub(h, ys[t]))), 0.5 + t);
const resolve = (p) => ({ a: tanh(p.alpha), b: p.b });
const params = { alpha: rand([N], 1, -1.5, 1.5), b: rand([N], 2) };
/** One RTRL step: h_t as a node whose backward pass is Σ_b ḡ ⊙ e^a_t, Σ_b ḡ ⊙ e^b_t. */
function rtrlStep(r, s, t) {
    const [a, b] = [detach(r.a), detach(r.b)];
    const x = xs[t];
    const ea = add(mul(a, s.ea), s.h);
    const eb = add(mul(a, s.eb), x);
    const value = add(mul(a, s.h), mul(b, x));
    const h = customVjp((_a, _b) => value, () => [value, null], (_res, g) => [sum(mul(g, ea), 0), sum(mul(g, eb), 0)])(r.a, r.b);
    return [{ h: detach(h), ea, eb }, h];
}
describe('onlineLoop', () => {
    it('with exact traces equals BPTT over the counted steps; state and reports leave through hasAux', () => {
        const seen = [];
        const { grads, tallies } = onlineLoop(params, resolve, () => {
            const zero = zeros([B, N], { dtype: 'f64' });
            return {
                length: T,
                initial: { h: zero, ea: zero, eb: zero },
                step: (rr, s, t) => {
                    seen.push(s);
                    return rtrlStep(rr, s, t);
                },
                counted,
                loss: (y, t) => [stepLoss(y, t), t],
                tallies: { loss: null, steps: [] },
                tally: (m, value, t) => ({ loss: m.loss === null ? value : add(m.loss, value), steps: [...m.steps, t] }),
            };
        });
        const [loss, exact] = valueAndGrad((p) => {
            const { a, b } = resolve(p);
            let h = zeros([B, N], { dtype: 'f64' });
            let total = null;
            for (let t = 0; t < T; t++) {
                h = add(mul(a, h), mul(b, xs[t]));
                if (counted(t))
                    total = total === null ? stepLoss(h, t) : add(total, stepLoss(h, t));
            }
            if (total === null)
                throw new Error('no counted step');
            return total;
        })(params);
        expectClose(grads.alpha, exact.alpha, { rtol: 1e-13, atol: 1e-13, what: 'dα' });
        expectClose(grads.b, exact.b, { rtol: 1e-13, atol: 1e-13, what: 'db' });
        expect(tallies.steps).toEqual([0, 2, 3, 5, 6]);
        if (tallies.loss === null)
            throw new Error('no loss tallied');
        expectClose(tallies.loss, loss, { rtol: 1e-14, atol: 0, what: 'Σ L_t' });
        // every step (skipped ones too) saw the state the previous one returned: h_{t−1} of the recurrence
        expect(seen).toHaveLength(T);
        let h = zeros([B, N], { dtype: 'f64' });
        seen.forEach((s, t) => {
            expect(isTensor(s.h)).toBe(true);
            expectClose(s.h, h, { rtol: 1e-14, atol: 1e-14, what: `h_${t - 1}` });
            h = add(mul(tanh(params.alpha), h), mul(params.b, xs[t]));
        });
    });
});
//# sourceMappingURL=learn-online-loop.test.js.map