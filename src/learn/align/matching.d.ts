import type { Key } from '../../core/random.js';
import { Tensor } from '../../core/tensor.js';
import type { AlignableParams } from './permute.js';
export interface ActivationMatchingOptions {
    /** The hidden layers to match (indices into the features); the others keep the identity. Default: all. */
    layers?: readonly number[];
}
/**
 * Activation matching (see the module notes). `apply(params, x)` returns the activations feeding
 * each next layer, one tensor per hidden layer (`learn.align.features` does this for nn.mlp and
 * nn.simpleCnn); `x` is one batch [N, …] or several (the sums over samples run over all). Returns
 * one permutation per hidden layer: unit i of A is matched with unit `perms[ℓ][i]` of B, so
 * `permute(paramsB, perms)` aligns B with A.
 */
export declare function activationMatching<P>(apply: (params: P, x: Tensor) => readonly Tensor[], paramsA: P, paramsB: P, x: Tensor | Iterable<Tensor>, options?: ActivationMatchingOptions): Int32Array[];
export interface WeightMatchingOptions {
    /** Most sweeps over the layers (default 100). */
    maxIter?: number;
    /** The order of the layers in each sweep is drawn from this key (default `random.key(0)`). */
    key?: Key;
    /** Starting permutations (default identity). */
    init?: readonly ArrayLike<number>[];
}
/** Permutations, the sweeps run and the final objective Σ_ℓ ⟨W_A,ℓ, π(W_B)_ℓ⟩. */
export interface WeightMatchingResult {
    perms: Int32Array[];
    sweeps: number;
    objective: number;
}
/**
 * Weight matching by coordinate descent (see the module notes), on nn.mlp or nn.simpleCnn
 * parameters of the same shape. Returns permutations for `permute(paramsB, perms)`.
 */
export declare function weightMatching(paramsA: AlignableParams, paramsB: AlignableParams, options?: WeightMatchingOptions): WeightMatchingResult;
