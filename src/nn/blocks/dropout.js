/**
 * Dropout with an explicit key (no global RNG): inverted dropout, so the expected output
 * equals the input and evaluation is the identity.
 */
import { cast } from '../../core/ops/elementwise.js';
import { mul } from '../../core/ops/elementwise.js';
import { zerosLike } from '../../core/creation.js';
import * as random from '../../core/random.js';
import { normAxis } from '../../core/shape.js';
/** The shape of the mask for `shape` with `sharedAxes` set to 1. */
export function dropoutMaskShape(shape, sharedAxes = []) {
    const out = [...shape];
    for (const a of sharedAxes)
        out[normAxis('dropout', a, shape.length)] = 1;
    return out;
}
/**
 * Inverted dropout: y = x ⊙ m / (1 − p) with m ~ Bernoulli(1 − p) (one m per element, or
 * shared along `sharedAxes`); y = x when not training or p = 0; y = 0 when p = 1.
 *
 * `x: [...]` -> same shape. With `sharedAxes: [1]` on `[B, T, H]` the mask is `[B, 1, H]`
 * (the P4 block's "mask shared over time"); drawing the mask for `[B, H]` from the same key
 * gives the same values, which is what `nn.seq.step` relies on.
 */
export function dropout(x, options) {
    const { rate, train = false, key, sharedAxes = [] } = options;
    if (!(rate >= 0 && rate <= 1))
        throw new Error(`dropout: rate must lie in [0, 1], got ${rate}`);
    if (!train || rate === 0)
        return x;
    if (x.dtype !== 'f32' && x.dtype !== 'f64')
        throw new Error(`dropout: x must be floating, got ${x.dtype}`);
    if (rate === 1)
        return zerosLike(x);
    if (key === undefined)
        throw new Error(`dropout: training with rate ${rate} needs options.key`);
    const keep = random.bernoulli(key, 1 - rate, dropoutMaskShape(x.shape, sharedAxes), { device: x.device }); // bool, mask shape, on x's device
    return mul(x, mul(cast(keep, x.dtype), 1 / (1 - rate)));
}
//# sourceMappingURL=dropout.js.map