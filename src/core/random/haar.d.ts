/**
 * Haar-distributed orthogonal matrices from Gaussian ones (Mezzadri, "How to generate random
 * matrices from the classical compact groups", Notices AMS 54, 2007): if A has i.i.d. N(0,1)
 * entries and A = QR with the sign convention diag(R) > 0, then Q is Haar on O(n). Without
 * the sign fix the distribution depends on the QR algorithm's sign choices and is not Haar.
 *
 * A small in-place Householder QR in float64 (random.ts must not depend on the linalg ops).
 * Internal.
 */
/**
 * Overwrite the row-major n×n matrix `a` (at offset `off`) with the Q factor of its QR
 * decomposition, columns multiplied by sign(R_jj) so that R has a positive diagonal.
 */
export declare function haarFromGaussian(a: Float64Array, off: number, n: number): void;
