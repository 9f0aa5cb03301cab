import type { Key } from '../core/random.js';
import type { Tensor } from '../core/tensor.js';
export type ContinualBenchmark = 'rotations' | 'permutations' | 'manyPermutations';
export declare const CONTINUAL_BENCHMARKS: readonly ContinualBenchmark[];
export type RotationInterpolation = 'nearest' | 'bilinear';
export declare const ROTATION_INTERPOLATIONS: readonly RotationInterpolation[];
export interface ContinualConfig {
    readonly benchmark: ContinualBenchmark;
    /** Tasks in the stream (GEM and La-MAML: 20; many permutations: 100). */
    readonly nTasks: number;
    /** Training images per task (La-MAML: 1000; many permutations: 200). */
    readonly trainPerTask: number;
    /** Test images per task (La-MAML evaluates on the whole test split, 10 000). */
    readonly testPerTask: number;
    /** rotations: the angle range in degrees, split into nTasks slices (default [0, 180)). */
    readonly minAngle: number;
    readonly maxAngle: number;
    /** rotations: 'nearest' (default) or 'bilinear'. */
    readonly interpolation: RotationInterpolation;
}
/** The La-MAML set-up of a benchmark (module notes). */
export declare function defaultContinualConfig(benchmark?: ContinualBenchmark): ContinualConfig;
/** x: [B, 784] in [0, 1]; labels: [B] i32; oneHot: [B, 10]. */
export interface ContinualBatch {
    readonly x: Tensor;
    readonly labels: Tensor;
    readonly oneHot: Tensor;
}
/** The images of one task's split, transformed, as plain arrays. */
export interface ContinualSplit {
    readonly size: number;
    /** [size · 784] row-major pixels in [0, 1]. */
    readonly pixels: Float32Array;
    /** [size] digits 0…9. */
    readonly labels: Int32Array;
    /** The rows at `indices` as tensors. */
    batch(indices: ArrayLike<number>): ContinualBatch;
    /** All rows. */
    all(): ContinualBatch;
}
export interface ContinualTask {
    readonly index: number;
    /** rotations: the task's angle in degrees; null otherwise. */
    readonly angle: number | null;
    /** permutations: output pixel p reads input pixel permutation[p]; null for rotations. */
    readonly permutation: Int32Array | null;
    /** The MNIST indices of the task's images (training and test split). */
    readonly trainIndices: Int32Array;
    readonly testIndices: Int32Array;
    readonly train: ContinualSplit;
    readonly test: ContinualSplit;
}
export interface ContinualStream {
    readonly config: ContinualConfig;
    readonly nTasks: number;
    /** Task t (0-based), a pure function of the key, the configuration and t. */
    task(t: number): ContinualTask;
}
/**
 * Rotate a square image counter-clockwise by `degrees` about its centre (module notes).
 *
 * @param src [side · side] row-major pixels
 * @returns [side · side]
 */
export declare function rotateImage(src: ArrayLike<number>, side: number, degrees: number, interpolation?: RotationInterpolation): Float32Array;
/**
 * A continual stream of MNIST tasks.
 *
 * @example const s = tasks.continual(random.key(0), { benchmark: 'permutations', nTasks: 5 }); const t0 = s.task(0)
 */
export declare function continual(key: Key, config?: Partial<ContinualConfig>): ContinualStream;
