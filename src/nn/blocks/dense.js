/**
 * Affine maps and lookup tables: `dense` (y = x W + b) with variance-scaling initialisers, and
 * `embedding` (integer ids -> rows of a table).
 */
import { zeros } from '../../core/creation.js';
import { add } from '../../core/ops/elementwise.js';
import { take } from '../../core/ops/indexing.js';
import { matmul } from '../../core/ops/matmul.js';
import { reshape } from '../../core/ops/shape-ops.js';
import * as random from '../../core/random.js';
import { Tensor } from '../../core/tensor.js';
import { resolveConfig } from '../types.js';
import { labelFields } from '../labels.js';
import { checkFloatDType, checkLast, checkOneOf, checkPositiveInt } from './util.js';
export const DENSE_INITS = ['lecun', 'glorot', 'he'];
export const DENSE_DISTRIBUTIONS = ['normal', 'uniform', 'truncatedNormal'];
/** Standard deviation of N(0, 1) truncated to [−2, 2]. */
const TRUNC2_STD = 0.8796256610342398;
/** Draw a `[fanIn, fanOut]` weight matrix with Var = scale² · s / n (see `DenseInit`). */
export function varianceScaling(key, fanIn, fanOut, init, distribution, dtype, scale = 1) {
    let variance;
    switch (init) {
        case 'lecun':
            variance = 1 / fanIn;
            break;
        case 'glorot':
            variance = 2 / (fanIn + fanOut);
            break;
        case 'he':
            variance = 2 / fanIn;
            break;
        default:
            return init;
    }
    const std = scale * Math.sqrt(variance);
    const shape = [fanIn, fanOut];
    switch (distribution) {
        case 'normal':
            return random.normal(key, shape, { std, dtype });
        case 'uniform': {
            const limit = Math.sqrt(3) * std;
            return random.uniform(key, shape, { minval: -limit, maxval: limit, dtype });
        }
        case 'truncatedNormal':
            return random.truncatedNormal(key, -2, 2, shape, { dtype }).mul(std / TRUNC2_STD);
        default:
            return distribution;
    }
}
/**
 * Dense (affine) layer: y = x W + b.
 *
 * `x: [..., dIn]` -> `[..., dOut]`; `w: [dIn, dOut]`, `b: [dOut]`. Leading axes are flattened
 * for one matmul, so any batch/time layout works and strict mode holds.
 */
export const dense = {
    defaultConfig: () => ({ dIn: 1, dOut: 1, bias: true, init: 'lecun', distribution: 'truncatedNormal', scale: 1, dtype: 'f32' }),
    init(key, config) {
        const c = resolveConfig('dense', dense.defaultConfig(), config);
        checkPositiveInt('dense', 'dIn', c.dIn);
        checkPositiveInt('dense', 'dOut', c.dOut);
        checkOneOf('dense', 'init', c.init, DENSE_INITS);
        checkOneOf('dense', 'distribution', c.distribution, DENSE_DISTRIBUTIONS);
        checkFloatDType('dense', c.dtype);
        if (!(c.scale >= 0) || !Number.isFinite(c.scale))
            throw new Error(`dense: config.scale must be a finite number >= 0, got ${c.scale}`);
        const w = varianceScaling(key, c.dIn, c.dOut, c.init, c.distribution, c.dtype, c.scale);
        return c.bias ? { w, b: zeros([c.dOut], { dtype: c.dtype }) } : { w };
    },
    apply(params, x) {
        const [dIn, dOut] = params.w.shape;
        checkLast('dense.apply', x, dIn, 'dIn');
        const lead = x.shape.slice(0, -1);
        const x2 = reshape(x, [-1, dIn]); // [N, dIn]
        let y = matmul(x2, params.w); // [N, dOut]
        if (params.b !== undefined)
            y = add(y, reshape(params.b, [1, dOut]));
        return reshape(y, [...lead, dOut]);
    },
    /** w: 'weight', b: 'bias'. */
    labels: (params) => labelFields('dense', params, (k) => (k === 'b' ? 'bias' : 'weight')),
};
/**
 * Embedding: y[..., :] = W[ids[...], :].
 *
 * `ids: [...]` (i32, values in [0, vocabSize); `take` rejects others, negative ids count from the
 * end as in numpy) -> `[..., dim]`. The gradient scatters into the
 * rows that were looked up.
 */
export const embedding = {
    defaultConfig: () => ({ vocabSize: 1, dim: 1, std: 1, dtype: 'f32' }),
    init(key, config) {
        const c = resolveConfig('embedding', embedding.defaultConfig(), config);
        checkPositiveInt('embedding', 'vocabSize', c.vocabSize);
        checkPositiveInt('embedding', 'dim', c.dim);
        checkFloatDType('embedding', c.dtype);
        return { w: random.normal(key, [c.vocabSize, c.dim], { std: c.std, dtype: c.dtype }) };
    },
    apply(params, ids) {
        if (!(ids instanceof Tensor) || ids.dtype !== 'i32')
            throw new Error(`embedding.apply: ids must be an i32 tensor [...] of token ids, got ${ids instanceof Tensor ? `${ids.dtype} of shape [${ids.shape.join(', ')}]` : typeof ids}`);
        return take(params.w, ids, 0); // [..., dim]; ids out of range raise in take
    },
    /** The table is an 'embedding'. */
    labels: (params) => labelFields('embedding', params, () => 'embedding'),
};
//# sourceMappingURL=dense.js.map