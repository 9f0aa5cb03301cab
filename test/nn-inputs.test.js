/**
 * Every nn layer checks its input at `apply` (and `step`) against its parameters and names the
 * function, the argument and the expected shape with the config's symbol for the width, rather
 * than failing inside a matmul or a scan.
 */
import { describe, expect, it } from 'vitest';
import { nn, random, tensor, zeros } from '../src/index.js';
const k = random.key(0);
const f64 = { dtype: 'f64' };
function sequenceCase(name, layer, config, symbol, width) {
    const p = layer.init(k, { ...config, dtype: 'f64' });
    const h = layer.initialState(p, [2]);
    return { name, apply: (x) => layer.apply(p, x), step: (xT) => layer.step(p, h, xT), symbol, width, input: 'sequence' };
}
const cases = [
    sequenceCase('lru', nn.lru, { dModel: 3, dHidden: 4 }, 'dModel', 3),
    sequenceCase('gatedRnn', nn.gatedRnn, { dIn: 3, dHidden: 4, dGate: 4, dOut: 3 }, 'dIn', 3),
    sequenceCase('linearRnn', nn.linearRnn, { dIn: 3, dHidden: 4, dOut: 2 }, 'dIn', 3),
    sequenceCase('rnn', nn.rnn, { dIn: 3, dHidden: 4 }, 'dIn', 3),
    sequenceCase('lstm', nn.lstm, { dIn: 3, dHidden: 4 }, 'dIn', 3),
    sequenceCase('gru', nn.gru, { dIn: 3, dHidden: 4 }, 'dIn', 3),
    sequenceCase('linearAttention', nn.linearAttention, { dModel: 4, nHeads: 2, dKey: 2, dValue: 2 }, 'dModel', 4),
    sequenceCase('mesa', nn.mesa, { dModel: 4, nHeads: 2, dKey: 2, dValue: 2 }, 'dModel', 4),
    (() => {
        const p = nn.attention.init(k, { dModel: 4, nHeads: 2, dKey: 2, dValue: 2, dtype: 'f64' });
        return { name: 'attention', apply: (x) => nn.attention.apply(p, x), symbol: 'dModel', width: 4, input: 'sequence' };
    })(),
    ...[
        ['dense', nn.dense, { dIn: 3, dOut: 2 }, 'dIn'],
        ['glu', nn.glu, { dIn: 3, dOut: 2 }, 'dIn'],
        ['mlp', nn.mlp, { dIn: 3, hidden: [4], dOut: 2 }, 'dIn'],
        ['layerNorm', nn.layerNorm, { dim: 3 }, 'dim'],
        ['rmsNorm', nn.rmsNorm, { dim: 3 }, 'dim'],
        ['batchNorm', nn.batchNorm, { dim: 3 }, 'dim'],
    ].map(([name, layer, config, symbol]) => {
        const any = layer;
        const p = any.init(k, { ...config, dtype: 'f64' });
        return { name, apply: (x) => any.apply(p, x, name === 'batchNorm' ? { train: true } : undefined), symbol, width: 3, input: 'last' };
    }),
];
describe('nn layers name a wrong input at apply and step', () => {
    for (const c of cases) {
        it(c.name, () => {
            const w = c.width;
            const s = c.symbol;
            const esc = (t) => t.replace(/[[\]().]/g, (m) => `\\${m}`);
            const want = c.input === 'sequence'
                ? `${c.name}.apply: x must be [B, T, ${s}] or [T, ${s}] with ${s} = ${w} (from the parameters), got `
                : `${c.name}.apply: ${c.name === 'glu' ? 'z' : 'x'} must be [..., ${s}] with ${s} = ${w} (from the parameters), got `;
            // the right input runs
            expect(() => c.apply(zeros(c.input === 'sequence' ? [2, 5, w] : [2, w], f64))).not.toThrow();
            for (const shape of [[2, 5, w + 1], [w + 2], ...(c.input === 'sequence' ? [[w], [1, 2, 5, w]] : [])]) {
                expect(() => c.apply(zeros(shape, f64)), `${c.name} ${JSON.stringify(shape)}`).toThrow(new RegExp(`^${esc(want)}\\[${shape.join(', ')}\\]`));
            }
            if (c.step !== undefined) {
                expect(() => c.step?.(zeros([2, w], f64))).not.toThrow();
                const stepWant = `${c.name}.step: x_t must be [..., ${s}] with ${s} = ${w} (one time step; from the parameters), got [2, ${w + 1}]`;
                expect(() => c.step?.(zeros([2, w + 1], f64))).toThrow(new RegExp(`^${esc(stepWant)}`));
            }
        });
    }
    it('embedding names non-integer ids', () => {
        const p = nn.embedding.init(k, { vocabSize: 5, dim: 2 });
        expect(() => nn.embedding.apply(p, tensor([[1, 2]]))).toThrow(/^embedding\.apply: ids must be an i32 tensor \[\.\.\.\] of token ids, got f32 of shape \[1, 2\]/);
    });
});
//# sourceMappingURL=nn-inputs.test.js.map