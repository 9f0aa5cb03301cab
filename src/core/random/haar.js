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
export function haarFromGaussian(a, off, n) {
    const vs = [];
    const signs = new Float64Array(n);
    for (let k = 0; k < n; k++) {
        // Householder vector for column k below the diagonal: H = I − 2 v vᵀ/(vᵀv) sends
        // x = A[k:, k] to α e₁ with α = −sign(x₀)‖x‖ (the sign that avoids cancellation).
        let norm2 = 0;
        for (let i = k; i < n; i++)
            norm2 += a[off + i * n + k] ** 2;
        const norm = Math.sqrt(norm2);
        const x0 = a[off + k * n + k];
        const alpha = x0 >= 0 ? -norm : norm;
        const vk = new Float64Array(n - k);
        vk[0] = x0 - alpha;
        for (let i = k + 1; i < n; i++)
            vk[i - k] = a[off + i * n + k];
        let vv = 0;
        for (let i = 0; i < n - k; i++)
            vv += vk[i] * vk[i];
        // R_kk = α; a zero column (probability 0) leaves H = I and R_kk = 0, counted as positive.
        signs[k] = alpha < 0 ? -1 : 1;
        if (vv === 0) {
            vs.push(new Float64Array(0));
            continue;
        }
        const scale = 2 / vv;
        for (let j = k; j < n; j++) {
            let dot = 0;
            for (let i = k; i < n; i++)
                dot += vk[i - k] * a[off + i * n + j];
            dot *= scale;
            for (let i = k; i < n; i++)
                a[off + i * n + j] -= dot * vk[i - k];
        }
        for (let i = 0; i < n - k; i++)
            vk[i] *= Math.sqrt(scale);
        vs.push(vk); // now H_k = I − vk vkᵀ
    }
    // Q = H₀ H₁ ⋯ H_{n−1}: apply the reflections to I from the last one backwards.
    for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++)
            a[off + i * n + j] = i === j ? 1 : 0;
    for (let k = n - 1; k >= 0; k--) {
        const vk = vs[k];
        if (vk.length === 0)
            continue;
        for (let j = 0; j < n; j++) {
            let dot = 0;
            for (let i = k; i < n; i++)
                dot += vk[i - k] * a[off + i * n + j];
            for (let i = k; i < n; i++)
                a[off + i * n + j] -= dot * vk[i - k];
        }
    }
    for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++)
            a[off + i * n + j] *= signs[j];
}
//# sourceMappingURL=haar.js.map