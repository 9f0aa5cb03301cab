import type { Key } from '../../core/random.js';
import type { Tensor } from '../../core/tensor.js';
export interface DropoutOptions {
    /** Probability of zeroing an element, in [0, 1]. */
    rate: number;
    /** Drop only when true (default false: the identity). */
    train?: boolean;
    /** The key of the mask; required when training with rate > 0. */
    key?: Key;
    /**
     * Axes along which one mask value is shared (the mask has size 1 there and broadcasts),
     * e.g. `[1]` for `x: [B, T, H]` drops the same features at every time step.
     */
    sharedAxes?: readonly number[];
}
/** The shape of the mask for `shape` with `sharedAxes` set to 1. */
export declare function dropoutMaskShape(shape: readonly number[], sharedAxes?: readonly number[]): number[];
/**
 * Inverted dropout: y = x ⊙ m / (1 − p) with m ~ Bernoulli(1 − p) (one m per element, or
 * shared along `sharedAxes`); y = x when not training or p = 0; y = 0 when p = 1.
 *
 * `x: [...]` -> same shape. With `sharedAxes: [1]` on `[B, T, H]` the mask is `[B, 1, H]`
 * (the P4 block's "mask shared over time"); drawing the mask for `[B, H]` from the same key
 * gives the same values, which is what `nn.seq.step` relies on.
 */
export declare function dropout(x: Tensor, options: DropoutOptions): Tensor;
