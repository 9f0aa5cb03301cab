import type { OpDef } from '../op.js';
import type { Tensor } from '../tensor.js';
export declare const choleskyOp: OpDef<'cholesky'>;
/**
 * Lower Cholesky factor: L with L Lᵀ = A, for symmetric positive-definite A.
 *
 * a: [..., n, n] -> L: [..., n, n] (zero above the diagonal). As in JAX, the input is
 * symmetrised, (A + Aᵀ)/2, so the value and the (symmetric) gradient are exact for any
 * square input; pass a symmetric matrix. Throws, naming the batch index, when a matrix is
 * not positive definite.
 */
export declare function cholesky(a: Tensor): Tensor;
/** Options of `triangularSolve`. */
export interface TriangularSolveOptions {
    /** Read the lower triangle of `a` (default true) or the upper one. */
    lower?: boolean;
    /** Solve with op(A) = Aᵀ instead of A (default false). */
    transposeA?: boolean;
    /** Take the diagonal of `a` to be ones, without reading it (default false). */
    unitDiagonal?: boolean;
    /** Solve op(A) X = B (true, default) or X op(A) = B (false). */
    left?: boolean;
}
export type TriParams = Required<TriangularSolveOptions>;
export declare const triangularSolveOp: OpDef<'triangularSolve'>;
/**
 * Solve a triangular system: op(A) X = B (left) or X op(A) = B (right), op(A) = A or Aᵀ.
 *
 * a: [..., n, n] (only the triangle named by `lower` is read; its diagonal too unless
 * `unitDiagonal`); b: [..., n, k] (left) or [..., m, n] (right), or a vector [..., n]
 * (see `solve` for when b counts as a vector); batch axes broadcast. Returns X shaped like
 * b (with the broadcast batch). Throws on a zero diagonal entry.
 */
export declare function triangularSolve(a: Tensor, b: Tensor, options?: TriangularSolveOptions): Tensor;
export declare const solveOp: OpDef<'solve'>;
/**
 * Solve A X = B by LU factorisation with partial pivoting.
 *
 * a: [..., n, n]; b: [..., n, k], or a vector [..., n] — b counts as a vector when it has
 * rank 1, or rank(a) − 1 with b.shape = a.shape[:-1] (PyTorch's rule). Batch axes
 * broadcast. Returns X shaped like b. Throws, naming the batch index, when a matrix is
 * singular (an exactly zero pivot column, as LAPACK); near-singular matrices are not
 * detected. Gradient: B̄ = A⁻ᵀX̄, Ā = −B̄Xᵀ.
 */
export declare function solve(a: Tensor, b: Tensor): Tensor;
/** A⁻¹ for a: [..., n, n], computed as solve(A, I). Throws when a matrix is singular. */
export declare function inv(a: Tensor): Tensor;
export declare const slogdetOp: OpDef<'slogdet'>;
/**
 * Sign and log of the absolute value of the determinant: det A = sign · exp(logabsdet).
 *
 * a: [..., n, n] -> [sign, logabsdet], both [...] in a's dtype. A singular matrix gives
 * sign 0 and logabsdet −∞ (its gradient is then undefined). Gradient of logabsdet: A⁻ᵀ.
 */
export declare function slogdet(a: Tensor): [Tensor, Tensor];
/** Determinant, a: [..., n, n] -> [...], as sign · exp(logabsdet) (gradient det(A)·A⁻ᵀ; undefined at singular A). */
export declare function det(a: Tensor): Tensor;
export declare const qrOp: OpDef<'qr'>;
/**
 * Reduced QR decomposition by Householder reflections: A = Q R.
 *
 * a: [..., m, n] with m ≥ n -> [q: [..., m, n] with QᵀQ = I, r: [..., n, n] upper
 * triangular with a non-negative diagonal (the sign convention that makes the factorisation
 * unique for full-rank A). The gradient needs full column rank.
 */
export declare function qr(a: Tensor): [Tensor, Tensor];
export declare const eighOp: OpDef<'eigh'>;
/**
 * Eigen-decomposition of a symmetric matrix: A V = V diag(w).
 *
 * a: [..., n, n] -> [w: [..., n] ascending, v: [..., n, n] orthonormal eigenvectors as
 * columns, each with its largest-magnitude entry positive]. The input is symmetrised,
 * (A + Aᵀ)/2, as in JAX. Cyclic Jacobi in float64. Gradients through v are undefined for
 * repeated eigenvalues (unsupported); gradients through w alone are fine.
 */
export declare function eigh(a: Tensor): [Tensor, Tensor];
