/**
 * Counter-based random numbers with explicit keys, JAX style: no global state, every sampler
 * is a pure function of (key, shape, parameters), and a key must be used once — split it
 * (`split`, `foldIn`) to get more. A key is an `i32` tensor of shape [2] (the raw 64-bit key
 * of JAX's threefry keys), so keys live in parameter trees and on devices like any tensor.
 *
 * Algorithm (see random/threefry.ts): Threefry-2x32 with 20 rounds, rotation constants
 * R = [13, 15, 26, 6, 17, 29, 16, 24], key-schedule parity 0x1BD11BDA, key injection every 4
 * rounds. Element i of any draw is the block threefry(key, counter = (hi32(i), lo32(i)))
 * (JAX's "threefry_partitionable" layout, independent of shape and threading); `split(k, n)`
 * returns the blocks for counters 0..n−1 as keys, `foldIn(k, d)` the block for counter d,
 * `key(seed)` is (hi32(seed), lo32(seed)). (So foldIn(k, i) equals split(k, n)[i], as in JAX;
 * and a key that was split must not also be sampled from.)
 *
 * Floats from bits:
 * - uniform f32: the top 23 bits of the 32-bit word w0 ^ w1, u = (b >>> 9)·2⁻²³ in [0, 1);
 *   uniform f64: 52 bits, the 32 of w0 and the top 20 of w1, u = m·2⁻⁵² in [0, 1). Then
 *   minval + u·(maxval − minval), clamped so that rounding never returns maxval.
 * - normal: inversion, x = Φ⁻¹(p) by Wichura's AS241 (accurate to ~1e-16 relative, also in
 *   the tails) on a grid symmetric about ½ that excludes 0 and 1: p = (b + ½)·2⁻³² for f32
 *   (tails to ±6.2σ), p = (m + ½)·2⁻⁵² for f64 (tails to ±8.2σ). Inversion was chosen over
 *   Box–Muller because it uses one uniform per value (a pure function of the element index)
 *   and maps tail probabilities exactly.
 * - truncated normal: inversion between Φ(lower) and Φ(upper), working on the side of zero
 *   where the CDF is small (random/normal-cdf.ts), so one-sided truncations far in a tail stay
 *   accurate; valid while the interval's mass does not underflow (|bounds| ≲ 37).
 * - bernoulli: b < p·2³² (probability exactly ⌈p·2³²⌉/2³²); categorical: Gumbel-max over one
 *   32-bit uniform per (sample, category); randint/permutation: ⌊u·span⌋ with the 52-bit u
 *   (each value's probability within 2⁻⁵² of exact); orthogonal: QR of a Gaussian matrix with
 *   diag(R) > 0 (random/haar.ts).
 * All arithmetic after the integer hash is float64 on the host; f32 results are rounded once.
 *
 * Devices: generation runs on the host (keys are read with `dataSync`, so keys live on the
 * CPU: `key(seed)` makes a CPU key unless a device is named), and the result is uploaded to
 * the *default device* (`setDefaultDevice`) or to an explicit `{ device }` option. The values
 * are therefore bit-identical on every backend. Tensor parameters (bernoulli's p, the
 * truncation bounds, categorical's logits, permutation's x) must be CPU tensors.
 */
import type { DeviceName } from './backend.js';
import type { DType } from './dtype.js';
import type { Tensor } from './tensor.js';
/** A PRNG key: an `i32` tensor of shape [2] holding the two 32-bit words of a Threefry key. */
export type Key = Tensor;
/** Where a sampler places its result (default: the default device). */
export interface DeviceOptions {
    /** Target device; default `getDefaultDevice()`. Generation runs on the host either way. */
    device?: DeviceName;
}
/** Options of the floating samplers. */
export interface FloatOptions extends DeviceOptions {
    /** 'f32' or 'f64'; default: the default float (see `setDefaultFloat`). */
    dtype?: DType;
}
/**
 * A key from an integer seed: the words (hi32(seed), lo32(seed)) in 64-bit two's complement,
 * as `jax.random.key(seed)`.
 */
export declare function key(seed: number, device?: DeviceName): Key;
/** `n` new independent keys (default 2). The input key must not be used again. */
export declare function split(k: Key, n?: number): Key[];
/** A new key derived from `k` and an integer (a step, a layer index, a worker id...). */
export declare function foldIn(k: Key, data: number): Key;
/** Raw random bits: an `i32` tensor whose elements are uniform 32-bit words (two's complement). */
export declare function bits(k: Key, shape?: readonly number[], opts?: DeviceOptions): Tensor;
export interface UniformOptions extends FloatOptions {
    /** Inclusive lower bound (default 0). */
    minval?: number;
    /** Exclusive upper bound (default 1). */
    maxval?: number;
}
/** Uniform values in [minval, maxval). */
export declare function uniform(k: Key, shape?: readonly number[], opts?: UniformOptions): Tensor;
export interface NormalOptions extends FloatOptions {
    /** Mean (default 0). */
    mean?: number;
    /** Standard deviation (default 1). */
    std?: number;
}
/** Normal values N(mean, std²) by inversion of the CDF (see the file header). */
export declare function normal(k: Key, shape?: readonly number[], opts?: NormalOptions): Tensor;
/**
 * Standard normal values conditioned on lower ≤ x ≤ upper (bounds may be ±Infinity, numbers
 * or tensors broadcasting to `shape`; `shape` defaults to their broadcast shape).
 */
export declare function truncatedNormal(k: Key, lower: number | Tensor, upper: number | Tensor, shape?: readonly number[], opts?: FloatOptions): Tensor;
/** `true` with probability p (a number or a tensor broadcasting to `shape`; shape defaults to p's). */
export declare function bernoulli(k: Key, p?: number | Tensor, shape?: readonly number[], opts?: DeviceOptions): Tensor;
/**
 * Category indices drawn with probabilities softmax(logits) along `axis` (Gumbel-max:
 * argmax_k logits_k + G_k with G_k = −log(−log U_k)). `logits: [..., K, ...]`; the result has
 * `shape`, default the logits' shape without `axis`, to which that batch shape must broadcast.
 * Logits of −Infinity are never drawn.
 */
export declare function categorical(k: Key, logits: Tensor, axis?: number, shape?: readonly number[], opts?: DeviceOptions): Tensor;
/** Uniform integers in [minval, maxval) as `i32` (bounds within the int32 range). */
export declare function randint(k: Key, shape: readonly number[], minval: number, maxval: number, opts?: DeviceOptions): Tensor;
/**
 * `permutation(key, n)`: a random ordering of 0..n−1 (`i32`). `permutation(key, x, axis)`: `x`
 * with its slices along `axis` (default 0) shuffled; gradients flow back through the shuffle.
 */
export declare function permutation(k: Key, x: number | Tensor, axis?: number, opts?: DeviceOptions): Tensor;
export interface ChoiceOptions extends DeviceOptions {
    /** Draw with replacement (default true). */
    replace?: boolean;
    /** Probabilities of 0..n−1 (a 1-D tensor of length n summing to 1); default uniform. */
    p?: Tensor;
}
/**
 * Indices in 0..n−1 (`i32`, shape `shape`): uniform or with probabilities `p`, with or without
 * replacement (without replacement only uniform, `sizeOf(shape) <= n`). Gather with them.
 */
export declare function choice(k: Key, n: number, shape?: readonly number[], opts?: ChoiceOptions): Tensor;
/**
 * Haar-distributed orthogonal matrices, shape `[...shape, n, n]`: the Q factor of a Gaussian
 * matrix with the sign fix diag(R) > 0 (computed in float64, rounded once to `dtype`).
 */
export declare function orthogonal(k: Key, n: number, shape?: readonly number[], opts?: FloatOptions): Tensor;
