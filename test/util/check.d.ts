import type { DType, Tensor } from '../../src/index.js';
/** mulberry32: a tiny seeded generator for test data (the library's own RNG is under test elsewhere). */
export declare function rng(seed: number): () => number;
/** Uniform values in [lo, hi) with a given shape (f64 by default). */
export declare function rand(shape: readonly number[], seed: number, lo?: number, hi?: number, dtype?: DType): Tensor;
export declare function toF64(t: Tensor): Float64Array;
/** Assert two tensors (or arrays) agree elementwise: |a − b| ≤ atol + rtol·|b|. */
export declare function expectClose(actual: Tensor | ArrayLike<number>, expected: Tensor | ArrayLike<number>, { rtol, atol, what }?: {
    rtol?: number;
    atol?: number;
    what?: string;
}): void;
export interface GradCheckOptions {
    eps?: number;
    rtol?: number;
    atol?: number;
    /** Indices of the inputs to check (default: all floating inputs). */
    argnums?: number[];
    seed?: number;
    /** Names the case in a failure message. */
    what?: string;
}
/**
 * Central finite-difference check of `grad` for L(xs) = Σ f(xs) ⊙ w with a fixed random w.
 * Inputs must be f64. Fails when |autodiff − FD| > atol + rtol·|FD| anywhere; returns the largest
 * relative error where |FD| > 1e-8, for callers that also bound it.
 */
export declare function checkGrad(f: (...xs: Tensor[]) => Tensor, inputs: Tensor[], opts?: GradCheckOptions): number;
/** Central finite differences (step eps) of a scalar function f at the f64 vector (or any-shape tensor) v. */
export declare function fdGrad(f: (v: Tensor) => number, v: Tensor, eps?: number): Float64Array;
/**
 * Largest absolute difference over all leaves of two trees of tensors, relative to the largest
 * magnitude in `b` (the reference).
 */
export declare function treeRelErr(a: unknown, b: unknown): number;
/** Solve A x = b for a small dense system by Gaussian elimination with partial pivoting (plain JS, independent of the core). */
export declare function solveDense(A: readonly (readonly number[])[], b: readonly number[]): number[];
