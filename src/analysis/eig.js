import { c, cabs, cabs2, cconj, cdiv, cmul, cscale, csub } from './complex-scalar.js';
/** LU with partial pivoting of a complex matrix; returns its determinant, or solves M x = b. */
function luSolve(m, b) {
    const n = m.length;
    const a = m.map((row) => row.slice());
    const rhs = b?.slice();
    let det = c(1);
    for (let k = 0; k < n; k++) {
        let p = k;
        for (let i = k + 1; i < n; i++)
            if (cabs2(a[i][k]) > cabs2(a[p][k]))
                p = i;
        if (p !== k) {
            [a[p], a[k]] = [a[k], a[p]];
            if (rhs)
                [rhs[p], rhs[k]] = [rhs[k], rhs[p]];
            det = cscale(det, -1);
        }
        // A singular pivot: nudge it (inverse iteration only needs a large, finite solution).
        if (cabs2(a[k][k]) === 0)
            a[k][k] = c(1e-300);
        det = cmul(det, a[k][k]);
        for (let i = k + 1; i < n; i++) {
            const f = cdiv(a[i][k], a[k][k]);
            if (f.re === 0 && f.im === 0)
                continue;
            for (let j = k; j < n; j++)
                a[i][j] = csub(a[i][j], cmul(f, a[k][j]));
            if (rhs)
                rhs[i] = csub(rhs[i], cmul(f, rhs[k]));
        }
    }
    if (!rhs)
        return { det };
    const x = new Array(n);
    for (let i = n - 1; i >= 0; i--) {
        let s = rhs[i];
        for (let j = i + 1; j < n; j++)
            s = csub(s, cmul(a[i][j], x[j]));
        x[i] = cdiv(s, a[i][i]);
    }
    return { det, x };
}
function shifted(a, z, sign) {
    // sign 1: zI − A;  sign −1: A − zI.
    return a.map((row, i) => row.map((v, j) => (i === j ? c(sign * (z.re - v), sign * z.im) : c(-sign * v))));
}
/**
 * A = V diag(λ) V⁻¹ for a real n×n matrix with distinct eigenvalues (a random Gaussian matrix
 * has them with probability 1). Throws if the iteration does not converge.
 */
export function eigReal(a) {
    const n = a.length;
    if (n === 0 || a.some((row) => row.length !== n))
        throw new Error(`eigReal: need a square, non-empty matrix, got ${n} rows of lengths ${a.map((r) => r.length).join(', ')}`);
    if (a.some((row) => row.some((v) => !Number.isFinite(v))))
        throw new Error('eigReal: the matrix has non-finite entries');
    const scale = Math.max(1e-300, Math.sqrt(a.reduce((s, row) => s + row.reduce((t, v) => t + v * v, 0), 0)));
    // Durand–Kerner on the monic p(z) = det(zI − A), roots started on a skewed circle.
    let z = Array.from({ length: n }, (_, k) => {
        const ang = (2 * Math.PI * k) / n + 0.4;
        return c(scale * 0.9 * Math.cos(ang), scale * 0.9 * Math.sin(ang));
    });
    let converged = false;
    for (let it = 0; it < 2000 && !converged; it++) {
        let moved = 0;
        const next = z.map((zk, k) => {
            let denom = c(1);
            for (let j = 0; j < n; j++)
                if (j !== k)
                    denom = cmul(denom, csub(zk, z[j]));
            const step = cdiv(luSolve(shifted(a, zk, 1)).det, denom);
            moved = Math.max(moved, cabs(step));
            return csub(zk, step);
        });
        z = next;
        converged = moved <= 1e-14 * scale;
    }
    if (!converged)
        throw new Error('eigReal: the eigenvalue iteration did not converge (repeated eigenvalues?)');
    // Pair conjugates exactly; snap near-real roots to the real axis.
    const tol = 1e-9 * scale;
    const pending = z.slice();
    const values = [];
    const reals = [];
    while (pending.length > 0) {
        const zk = pending.shift();
        if (Math.abs(zk.im) <= tol) {
            reals.push(c(zk.re));
            continue;
        }
        let best = -1;
        for (let j = 0; j < pending.length; j++)
            if (best < 0 || cabs(csub(pending[j], cconj(zk))) < cabs(csub(pending[best], cconj(zk))))
                best = j;
        if (best < 0)
            throw new Error('eigReal: a complex eigenvalue without its conjugate');
        const partner = pending.splice(best, 1)[0];
        const mean = c((zk.re + partner.re) / 2, (Math.abs(zk.im) + Math.abs(partner.im)) / 2);
        values.push(mean, cconj(mean));
    }
    values.push(...reals.sort((p, q) => q.re - p.re));
    // Inverse iteration for each eigenvector (the conjugate's is the conjugate vector).
    const vectors = [];
    for (let k = 0; k < values.length; k++) {
        if (k > 0 && values[k].im < 0 && values[k - 1].im > 0) {
            vectors.push(vectors[k - 1].map(cconj));
            continue;
        }
        const lam = values[k];
        const off = c(lam.re + 1e-10 * scale, lam.im + (lam.im === 0 ? 0 : 1e-10 * scale));
        let v = Array.from({ length: n }, (_, i) => c(1 / Math.sqrt(n) + 0.01 * i));
        const m = shifted(a, off, -1);
        for (let it = 0; it < 3; it++) {
            const x = luSolve(m, v).x;
            const norm = Math.sqrt(x.reduce((s, e) => s + cabs2(e), 0));
            v = x.map((e) => cscale(e, 1 / norm));
        }
        // Fix the phase: largest component real and positive (conjugate pairs stay conjugate).
        let big = 0;
        for (let i = 1; i < n; i++)
            if (cabs2(v[i]) > cabs2(v[big]))
                big = i;
        const ph = cdiv(cconj(v[big]), c(cabs(v[big])));
        vectors.push(v.map((e) => cmul(e, ph)));
    }
    return { values, vectors };
}
/** Inverse of a complex matrix (Gauss–Jordan via LU solves, one column at a time). */
function cinv(m) {
    const n = m.length;
    const cols = Array.from({ length: n }, (_, j) => luSolve(m, Array.from({ length: n }, (_, i) => c(i === j ? 1 : 0))).x);
    return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => cols[j][i]));
}
/**
 * Re(V diag(values) V⁻¹): the real matrix with the eigenvectors of `eig` and new eigenvalues
 * (which must respect its conjugate pairing for the result to be real). Returns the matrix and
 * the largest imaginary part that was dropped (a check: ~1e-15 for a consistent input).
 */
export function fromEigen(eig, values) {
    const n = eig.values.length;
    if (values.length !== n)
        throw new Error(`fromEigen: need ${n} eigenvalues, got ${values.length}`);
    const vMat = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, k) => eig.vectors[k][i]));
    const vInv = cinv(vMat);
    let maxImag = 0;
    const matrix = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => {
        let s = c(0);
        for (let k = 0; k < n; k++) {
            const t = cmul(cmul(vMat[i][k], values[k]), vInv[k][j]);
            s = { re: s.re + t.re, im: s.im + t.im };
        }
        maxImag = Math.max(maxImag, Math.abs(s.im));
        return s.re;
    }));
    return { matrix, maxImag };
}
//# sourceMappingURL=eig.js.map