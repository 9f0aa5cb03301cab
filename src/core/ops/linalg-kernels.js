/**
 * Float64 numerical routines behind the linear-algebra ops (see linalg.ts): Cholesky,
 * triangular substitution, LU with partial pivoting, Householder QR and cyclic Jacobi for
 * symmetric eigenproblems. Each works on one row-major matrix held in a Float64Array; the op
 * kernels copy every batch element in (f32 inputs are widened exactly), call these and
 * write the results back in the output dtype. Internal to the core.
 */
/** Thrown by a routine on a numerically impossible input; the op kernel adds the op name and batch index. */
export class LinalgFailure extends Error {
}
/**
 * Lower Cholesky factor L of the n×n matrix S = (A + Aᵀ)/2 (A read at `off` in `a`), written
 * densely into `l` (upper triangle zero). Throws LinalgFailure when a pivot is not positive.
 */
export function choleskyInto(a, off, n, l) {
    l.fill(0);
    for (let j = 0; j < n; j++) {
        let s = a[off + j * n + j];
        for (let k = 0; k < j; k++)
            s -= l[j * n + k] * l[j * n + k];
        // `!(s > 0)` also catches NaN, which would otherwise propagate silently.
        if (!(s > 0))
            throw new LinalgFailure(`the matrix is not positive definite (pivot ${j} is ${s})`);
        const d = Math.sqrt(s);
        l[j * n + j] = d;
        for (let i = j + 1; i < n; i++) {
            let t = 0.5 * (a[off + i * n + j] + a[off + j * n + i]);
            for (let k = 0; k < j; k++)
                t -= l[i * n + k] * l[j * n + k];
            l[i * n + j] = t / d;
        }
    }
}
/**
 * In place, solve M Y = C for Y (C: n×k at `c`, overwritten), where M is the triangular
 * matrix whose (i, j) entry is t(i, j). `lowerM` says which triangle of M is populated; only
 * that triangle (and the diagonal, unless `unit`) is read.
 */
export function substituteInPlace(t, n, lowerM, unit, c, k) {
    if (!unit) {
        for (let i = 0; i < n; i++) {
            const d = t(i, i);
            if (d === 0 || !Number.isFinite(d))
                throw new LinalgFailure(`the triangular matrix is singular (diagonal entry ${i} is ${d})`);
        }
    }
    for (let s = 0; s < n; s++) {
        // Forward substitution for lower M, backward for upper.
        const i = lowerM ? s : n - 1 - s;
        const jFrom = lowerM ? 0 : i + 1;
        const jTo = lowerM ? i : n;
        for (let j = jFrom; j < jTo; j++) {
            const m = t(i, j);
            if (m === 0)
                continue;
            for (let col = 0; col < k; col++)
                c[i * k + col] -= m * c[j * k + col];
        }
        if (!unit) {
            const d = t(i, i);
            for (let col = 0; col < k; col++)
                c[i * k + col] /= d;
        }
    }
}
/**
 * LU factorisation with partial pivoting, P A = L U, of the n×n matrix in `lu` (overwritten
 * with U on and above the diagonal and the multipliers of L below it). `perm[i]` is the
 * original row now at row i. Returns the permutation's sign (±1), or 0 when some pivot is
 * exactly zero (the factorisation then stops: A is singular).
 */
export function luInPlace(lu, n, perm) {
    for (let i = 0; i < n; i++)
        perm[i] = i;
    let sign = 1;
    for (let k = 0; k < n; k++) {
        let p = k;
        let best = Math.abs(lu[k * n + k]);
        for (let i = k + 1; i < n; i++) {
            const v = Math.abs(lu[i * n + k]);
            if (v > best) {
                best = v;
                p = i;
            }
        }
        if (best === 0 || !Number.isFinite(best))
            return 0;
        if (p !== k) {
            for (let j = 0; j < n; j++) {
                const tmp = lu[k * n + j];
                lu[k * n + j] = lu[p * n + j];
                lu[p * n + j] = tmp;
            }
            const tp = perm[k];
            perm[k] = perm[p];
            perm[p] = tp;
            sign = -sign;
        }
        const piv = lu[k * n + k];
        for (let i = k + 1; i < n; i++) {
            const f = (lu[i * n + k] /= piv);
            if (f === 0)
                continue;
            for (let j = k + 1; j < n; j++)
                lu[i * n + j] -= f * lu[k * n + j];
        }
    }
    return sign;
}
/** Solve A X = B given `luInPlace`'s output; B (n×k, row-major) is read from `b` at `bOff`, X written to `x`. */
export function luSolveInto(lu, perm, n, b, bOff, k, x) {
    for (let i = 0; i < n; i++)
        for (let c = 0; c < k; c++)
            x[i * k + c] = b[bOff + perm[i] * k + c];
    substituteInPlace((i, j) => (i === j ? 1 : lu[i * n + j]), n, true, true, x, k);
    substituteInPlace((i, j) => lu[i * n + j], n, false, false, x, k);
}
/**
 * Reduced Householder QR of the m×n matrix (m ≥ n) in `a` (overwritten): writes Q (m×n,
 * orthonormal columns) and R (n×n, upper). Signs are normalised so that diag(R) ≥ 0, which
 * makes the factorisation unique for full-rank A and smooth in A (what the VJP assumes).
 */
export function householderQr(a, m, n, q, r) {
    const vs = new Float64Array(m * n); // reflector k stored in column k, rows k..m-1 (unit norm or zero)
    for (let k = 0; k < n; k++) {
        let norm2 = 0;
        for (let i = k; i < m; i++)
            norm2 += a[i * n + k] * a[i * n + k];
        const norm = Math.sqrt(norm2);
        if (norm === 0)
            continue; // zero column: nothing to reflect (rank deficient)
        const x0 = a[k * n + k];
        // alpha has the sign opposite to x0 so that v = x − alpha·e1 does not cancel.
        const alpha = x0 >= 0 ? -norm : norm;
        let vnorm2 = 0;
        for (let i = k; i < m; i++) {
            const v = i === k ? x0 - alpha : a[i * n + k];
            vs[i * n + k] = v;
            vnorm2 += v * v;
        }
        const vnorm = Math.sqrt(vnorm2);
        for (let i = k; i < m; i++)
            vs[i * n + k] /= vnorm;
        // A[k:, k:] -= 2 v (vᵀ A[k:, k:])
        for (let j = k; j < n; j++) {
            let dot = 0;
            for (let i = k; i < m; i++)
                dot += vs[i * n + k] * a[i * n + j];
            dot *= 2;
            for (let i = k; i < m; i++)
                a[i * n + j] -= dot * vs[i * n + k];
        }
    }
    // Q = H_0 H_1 … H_{n−1} applied to the first n columns of the identity (right to left).
    q.fill(0);
    for (let i = 0; i < n; i++)
        q[i * n + i] = 1;
    for (let k = n - 1; k >= 0; k--) {
        for (let j = 0; j < n; j++) {
            let dot = 0;
            for (let i = k; i < m; i++)
                dot += vs[i * n + k] * q[i * n + j];
            if (dot === 0)
                continue;
            dot *= 2;
            for (let i = k; i < m; i++)
                q[i * n + j] -= dot * vs[i * n + k];
        }
    }
    r.fill(0);
    for (let i = 0; i < n; i++) {
        const s = a[i * n + i] < 0 ? -1 : 1;
        for (let j = i; j < n; j++)
            r[i * n + j] = s * a[i * n + j];
        if (s < 0)
            for (let row = 0; row < m; row++)
                q[row * n + i] = -q[row * n + i];
    }
}
/**
 * Eigen-decomposition of the symmetric n×n matrix S = (A + Aᵀ)/2 (A read at `off`) by
 * cyclic Jacobi rotations (accurate to a few ulps of ‖S‖, simple, fine for small n). Writes
 * ascending eigenvalues to `w` and the eigenvectors as the columns of `v` (n×n), each with
 * its entry of largest magnitude positive (the first such entry on ties).
 */
export function jacobiEigh(a, off, n, w, v) {
    const s = new Float64Array(n * n);
    let frob2 = 0;
    for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
            const x = 0.5 * (a[off + i * n + j] + a[off + j * n + i]);
            s[i * n + j] = x;
            frob2 += x * x;
        }
    }
    if (!Number.isFinite(frob2))
        throw new LinalgFailure('the matrix has non-finite entries');
    const vv = new Float64Array(n * n);
    for (let i = 0; i < n; i++)
        vv[i * n + i] = 1;
    // Jacobi converges quadratically once off(S) is small; 2⁻¹⁰⁶‖S‖² on off(S)² means the
    // off-diagonal mass is below ε²‖S‖, i.e. invisible in the eigenvalues.
    const tol = frob2 * 2 ** -106;
    for (let sweep = 0; sweep < 100; sweep++) {
        let off2 = 0;
        for (let p = 0; p < n; p++)
            for (let q = p + 1; q < n; q++)
                off2 += s[p * n + q] * s[p * n + q];
        if (off2 <= tol)
            break;
        for (let p = 0; p < n; p++) {
            for (let q = p + 1; q < n; q++) {
                const apq = s[p * n + q];
                if (apq === 0)
                    continue;
                // Golub & Van Loan, Alg. 8.5.1 (sym.schur2): rotation J with (JᵀSJ)_pq = 0.
                const tau = (s[q * n + q] - s[p * n + p]) / (2 * apq);
                const t = (tau >= 0 ? 1 : -1) / (Math.abs(tau) + Math.sqrt(1 + tau * tau));
                const c = 1 / Math.sqrt(1 + t * t);
                const sn = t * c;
                for (let k = 0; k < n; k++) {
                    const skp = s[k * n + p];
                    const skq = s[k * n + q];
                    s[k * n + p] = c * skp - sn * skq;
                    s[k * n + q] = sn * skp + c * skq;
                }
                for (let k = 0; k < n; k++) {
                    const spk = s[p * n + k];
                    const sqk = s[q * n + k];
                    s[p * n + k] = c * spk - sn * sqk;
                    s[q * n + k] = sn * spk + c * sqk;
                }
                s[p * n + q] = 0;
                s[q * n + p] = 0;
                for (let k = 0; k < n; k++) {
                    const vkp = vv[k * n + p];
                    const vkq = vv[k * n + q];
                    vv[k * n + p] = c * vkp - sn * vkq;
                    vv[k * n + q] = sn * vkp + c * vkq;
                }
            }
        }
    }
    const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => s[i * n + i] - s[j * n + j] || i - j);
    for (let c = 0; c < n; c++) {
        const src = order[c];
        w[c] = s[src * n + src];
        let big = 0;
        let sgn = 1;
        for (let i = 0; i < n; i++) {
            const x = vv[i * n + src];
            if (Math.abs(x) > big) {
                big = Math.abs(x);
                sgn = x < 0 ? -1 : 1;
            }
        }
        for (let i = 0; i < n; i++)
            v[i * n + c] = sgn * vv[i * n + src];
    }
}
//# sourceMappingURL=linalg-kernels.js.map