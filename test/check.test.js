import { describe, expect, it } from 'vitest';
import { checkFinite, div, scalar, tensor } from '../src/index.js';
describe('checkFinite', () => {
    it('returns the tree itself when every float leaf is finite', () => {
        const t = {
            w: tensor([
                [1, 2],
                [3, 4],
            ]),
            b: [scalar(0, 'f64')],
            steps: tensor([1, 2], { dtype: 'i32' }),
            name: 'ok',
            lr: NaN,
        };
        expect(checkFinite(t, 'params')).toBe(t);
        expect(checkFinite([], 'empty')).toEqual([]);
        expect(checkFinite(tensor([]), 'empty tensor').shape).toEqual([0]);
    });
    it('names the label, the first bad leaf path, the count and the first index', () => {
        const t = {
            a: tensor([1, 2]),
            layers: [
                {
                    w: tensor([
                        [1, 2, 3],
                        [4, NaN, Infinity],
                    ], { dtype: 'f64' }),
                },
                { w: tensor([-Infinity]) },
            ],
        };
        expect(() => checkFinite(t, 'grads at step 3')).toThrow('checkFinite(grads at step 3): leaf .layers[0].w (f64[2, 3]) has 2 non-finite values; the first is NaN at flat index 4 (index [1, 1])');
        expect(() => checkFinite({ x: div(tensor([1, 0]), 0) }, 'ratio')).toThrow(/leaf \.x .*2 non-finite values; the first is Infinity at flat index 0/);
        expect(() => checkFinite(tensor([1, -Infinity]), 'root')).toThrow(/leaf <root> \(f32\[2\]\) has 1 non-finite value; the first is -Infinity at flat index 1$/);
    });
    it('rejects what is not a tree', () => {
        expect(() => checkFinite({ a: new Float32Array([NaN]) }, 'typed array')).toThrow(/unsupported node at \.a/);
    });
});
//# sourceMappingURL=check.test.js.map