/**
 * Float64 numerical routines behind the linear-algebra ops (see linalg.ts): Cholesky,
 * triangular substitution, LU with partial pivoting, Householder QR and cyclic Jacobi for
 * symmetric eigenproblems. Each works on one row-major matrix held in a Float64Array; the op
 * kernels copy every batch element in (f32 inputs are widened exactly), call these and
 * write the results back in the output dtype. Internal to the core.
 */
/** Thrown by a routine on a numerically impossible input; the op kernel adds the op name and batch index. */
export declare class LinalgFailure extends Error {
}
/**
 * Lower Cholesky factor L of the n×n matrix S = (A + Aᵀ)/2 (A read at `off` in `a`), written
 * densely into `l` (upper triangle zero). Throws LinalgFailure when a pivot is not positive.
 */
export declare function choleskyInto(a: ArrayLike<number>, off: number, n: number, l: Float64Array): void;
/**
 * In place, solve M Y = C for Y (C: n×k at `c`, overwritten), where M is the triangular
 * matrix whose (i, j) entry is t(i, j). `lowerM` says which triangle of M is populated; only
 * that triangle (and the diagonal, unless `unit`) is read.
 */
export declare function substituteInPlace(t: (i: number, j: number) => number, n: number, lowerM: boolean, unit: boolean, c: Float64Array, k: number): void;
/**
 * LU factorisation with partial pivoting, P A = L U, of the n×n matrix in `lu` (overwritten
 * with U on and above the diagonal and the multipliers of L below it). `perm[i]` is the
 * original row now at row i. Returns the permutation's sign (±1), or 0 when some pivot is
 * exactly zero (the factorisation then stops: A is singular).
 */
export declare function luInPlace(lu: Float64Array, n: number, perm: Int32Array): number;
/** Solve A X = B given `luInPlace`'s output; B (n×k, row-major) is read from `b` at `bOff`, X written to `x`. */
export declare function luSolveInto(lu: Float64Array, perm: Int32Array, n: number, b: ArrayLike<number>, bOff: number, k: number, x: Float64Array): void;
/**
 * Reduced Householder QR of the m×n matrix (m ≥ n) in `a` (overwritten): writes Q (m×n,
 * orthonormal columns) and R (n×n, upper). Signs are normalised so that diag(R) ≥ 0, which
 * makes the factorisation unique for full-rank A and smooth in A (what the VJP assumes).
 */
export declare function householderQr(a: Float64Array, m: number, n: number, q: Float64Array, r: Float64Array): void;
/**
 * Eigen-decomposition of the symmetric n×n matrix S = (A + Aᵀ)/2 (A read at `off`) by
 * cyclic Jacobi rotations (accurate to a few ulps of ‖S‖, simple, fine for small n). Writes
 * ascending eigenvalues to `w` and the eigenvectors as the columns of `v` (n×n), each with
 * its entry of largest magnitude positive (the first such entry on ties).
 */
export declare function jacobiEigh(a: ArrayLike<number>, off: number, n: number, w: Float64Array, v: Float64Array): void;
