import { describe, expect, it } from 'vitest';
import { customVjp, exp, matmul, mul, sin } from '../src/index.js';
import { checkGrad, rand } from './util/check.js';
describe('gradient checker', () => {
    it('accepts a correct gradient', () => {
        checkGrad((a, b) => mul(sin(a), exp(b)), [rand([3, 4], 1), rand([4], 2)]);
        checkGrad((a, b) => matmul(a, b), [rand([2, 3, 4], 3), rand([4, 5], 4)]);
    });
    it('rejects a gradient that is wrong by 0.1%', () => {
        // sin with a backward rule scaled by 1.001: the checker must notice
        const badSin = customVjp((x) => sin(x), (x) => [sin(x), x], (x, g) => [mul(mul(g, x.cos()), 1.001)]);
        expect(() => checkGrad((a) => badSin(a), [rand([5], 5)])).toThrow('finite differences');
    });
});
//# sourceMappingURL=smoke.test.js.map