import { describe, it } from 'vitest';
import { exp, matmul, sin, mul } from '../src/index.js';
import { checkGrad, rand } from './util/check.js';

describe('gradient checker', () => {
  it('accepts a correct gradient', () => {
    checkGrad((a, b) => mul(sin(a), exp(b)), [rand([3, 4], 1), rand([4], 2)]);
    checkGrad((a, b) => matmul(a, b), [rand([2, 3, 4], 3), rand([4, 5], 4)]);
  });
});
