import type { Key } from '../../core/random.js';
import type { Tensor } from '../../core/tensor.js';
import type { MlpParams } from '../../nn/blocks/ffn.js';
import type { SimpleCnnParams, SimpleCnnStats } from '../../nn/blocks/simple-cnn.js';
/** The networks whose hidden units `learn.align` permutes. */
export type AlignableParams = MlpParams | SimpleCnnParams;
/** One permutation per hidden layer; `perms[ℓ][i]` is the original unit placed at position i. */
export type Permutations = readonly ArrayLike<number>[];
/** Throws unless `params` is an `nn.mlp` or `nn.simpleCnn` parameter tree. */
export declare function checkAlignable(where: string, params: unknown): asserts params is AlignableParams;
/** The width of every permutable hidden layer, in order. */
export declare function hiddenSizes(params: AlignableParams): number[];
/**
 * Where each weight tensor's axes meet the hidden layers: the tensor, and for its output and input
 * axis the hidden layer whose permutation acts on it (null: an input or output layer). Biases and
 * batch-norm parameters have only an output axis (0).
 */
export interface PermutedAxes {
    readonly get: (p: AlignableParams) => Tensor | undefined;
    readonly out: {
        readonly perm: number;
        readonly axis: number;
    } | null;
    readonly in: {
        readonly perm: number;
        readonly axis: number;
    } | null;
}
/** The permuted axes of every parameter of `params` (see {@link PermutedAxes}). */
export declare function permutedAxes(params: AlignableParams): PermutedAxes[];
/** Throws unless `p` is a permutation of 0…n−1. */
export declare function checkPermutation(where: string, p: ArrayLike<number>, n: number): void;
/**
 * The network with its hidden units reordered by `perms` (see the module notes): the same
 * function, with unit i of hidden layer ℓ taken from unit `perms[ℓ][i]` of `params`. Weights,
 * biases and batch-norm γ, β are permuted; running statistics with {@link permuteStats}.
 */
export declare function permute<P extends AlignableParams>(params: P, perms: Permutations): P;
/** The batch-norm running statistics of `params`' network with its channels reordered by `perms`. */
export declare function permuteStats(params: AlignableParams, stats: SimpleCnnStats, perms: Permutations): SimpleCnnStats;
/** Random permutations of every hidden layer (uniform, from `key`). */
export declare function randomPermutations(key: Key, params: AlignableParams): Int32Array[];
/** The identity permutation of every hidden layer. */
export declare function identityPermutations(params: AlignableParams): Int32Array[];
/**
 * Linear interpolation of two parameter trees of the same structure:
 * θ(α) = (1 − α) a + α b (α = 0 gives a, α = 1 gives b); static fields from a.
 */
export declare function interpolate<T>(a: T, b: T, alpha: number): T;
