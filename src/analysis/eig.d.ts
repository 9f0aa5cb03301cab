/**
 * Eigendecomposition of a small real non-symmetric matrix, A = V diag(λ) V⁻¹ with complex λ
 * and V, in plain float64 JavaScript (the tensor library has only the symmetric `eigh`). Used
 * to build the teacher of P1's teacher–student task, A = V diag(λ') V⁻¹ with remapped
 * eigenvalue moduli. Meant for n up to a few dozen:
 *
 *   eigenvalues:  Durand–Kerner iteration on p(z) = det(zI − A), each p(z) by complex LU;
 *   eigenvectors: inverse iteration (A − λ̃I) v ← v with λ̃ a hair off λ, then normalised.
 *
 * Non-real eigenvalues come in conjugate pairs; they are paired exactly (the second one is
 * the conjugate of the first, and so is its eigenvector) so that V diag(f(λ)) V⁻¹ is real
 * for any f with f(conj z) = conj f(z).
 */
import type { ComplexScalar } from './complex-scalar.js';
/** Eigenvalues and eigenvectors of a real square matrix. */
export interface Eigendecomposition {
    /** λ_k, conjugate pairs adjacent (positive imaginary part first), then real ones. */
    readonly values: readonly ComplexScalar[];
    /** vectors[k] is the unit-norm eigenvector of values[k]. */
    readonly vectors: readonly (readonly ComplexScalar[])[];
}
/**
 * A = V diag(λ) V⁻¹ for a real n×n matrix with distinct eigenvalues (a random Gaussian matrix
 * has them with probability 1). Throws if the iteration does not converge.
 */
export declare function eigReal(a: readonly (readonly number[])[]): Eigendecomposition;
/**
 * Re(V diag(values) V⁻¹): the real matrix with the eigenvectors of `eig` and new eigenvalues
 * (which must respect its conjugate pairing for the result to be real). Returns the matrix and
 * the largest imaginary part that was dropped (a check: ~1e-15 for a consistent input).
 */
export declare function fromEigen(eig: Eigendecomposition, values: readonly ComplexScalar[]): {
    matrix: number[][];
    maxImag: number;
};
