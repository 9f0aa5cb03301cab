import { gemmBlock } from './matmul.js';
/**
 * C_t = A_t · B_t for every batch item t, operands read through strides (copied contiguous
 * first: gemmBlock reads row-major), C_t contiguous [M, N] at t·M·N.
 */
function gemm(a, b, c, M, K, N) {
    for (let t = 0; t < a.offsets.length; t++) {
        const [ax, ao] = contiguousBlock(a.data, a.offsets[t], a.rowStride, a.colStride, M, K);
        const [bx, bo] = contiguousBlock(b.data, b.offsets[t], b.rowStride, b.colStride, K, N);
        c.fill(0, t * M * N, (t + 1) * M * N);
        gemmBlock(ax, ao, bx, bo, c, t * M * N, M, K, N);
    }
}
function contiguousBlock(x, off, rs, cs, rows, cols) {
    if (cs === 1 && rs === cols)
        return [x, off];
    const C = x.constructor;
    const out = new C(rows * cols);
    for (let i = 0; i < rows; i++)
        for (let j = 0; j < cols; j++)
            out[i * cols + j] = x[off + i * rs + j * cs];
    return [out, 0];
}
/** An array of the same element type as `like`. */
function alloc(like, n) {
    const C = like.constructor;
    return new C(n);
}
/** The unfolded patches X̂ [C·kH·kW, N] (= [G, K, N]) of x [B, C, H, W]. */
export function im2col(x, g, out) {
    const { B, C, H, W, kH, kW, OH, OW, sH, sW, dH, dW, pT, pL } = g;
    const P = OH * OW;
    const N = B * P;
    for (let c = 0; c < C; c++) {
        for (let i = 0; i < kH; i++) {
            for (let j = 0; j < kW; j++) {
                const row = ((c * kH + i) * kW + j) * N;
                // the output columns whose input column lies inside x: ow in [owLo, owHi)
                const shift = j * dW - pL;
                const owLo = Math.min(OW, Math.max(0, Math.ceil(-shift / sW)));
                const owHi = Math.max(owLo, Math.min(OW, Math.floor((W - 1 - shift) / sW) + 1));
                for (let b = 0; b < B; b++) {
                    const xb = (b * C + c) * H;
                    for (let oh = 0; oh < OH; oh++) {
                        const dst = row + b * P + oh * OW;
                        const ih = oh * sH - pT + i * dH;
                        if (ih < 0 || ih >= H) {
                            out.fill(0, dst, dst + OW);
                            continue;
                        }
                        const src = (xb + ih) * W + shift;
                        for (let ow = 0; ow < owLo; ow++)
                            out[dst + ow] = 0;
                        if (sW === 1)
                            for (let ow = owLo; ow < owHi; ow++)
                                out[dst + ow] = x[src + ow];
                        else
                            for (let ow = owLo; ow < owHi; ow++)
                                out[dst + ow] = x[src + ow * sW];
                        for (let ow = owHi; ow < OW; ow++)
                            out[dst + ow] = 0;
                    }
                }
            }
        }
    }
}
/** The adjoint of `im2col`: dx [B, C, H, W] = Σ of the patch cotangents over the positions they came from. */
export function col2im(cols, g, dx) {
    const { B, C, H, W, kH, kW, OH, OW, sH, sW, dH, dW, pT, pL } = g;
    const P = OH * OW;
    const N = B * P;
    dx.fill(0);
    for (let c = 0; c < C; c++) {
        for (let i = 0; i < kH; i++) {
            for (let j = 0; j < kW; j++) {
                const row = ((c * kH + i) * kW + j) * N;
                const shift = j * dW - pL;
                const owLo = Math.min(OW, Math.max(0, Math.ceil(-shift / sW)));
                const owHi = Math.max(owLo, Math.min(OW, Math.floor((W - 1 - shift) / sW) + 1));
                for (let b = 0; b < B; b++) {
                    const xb = (b * C + c) * H;
                    for (let oh = 0; oh < OH; oh++) {
                        const ih = oh * sH - pT + i * dH;
                        if (ih < 0 || ih >= H)
                            continue;
                        const src = row + b * P + oh * OW;
                        const dst = (xb + ih) * W + shift;
                        for (let ow = owLo; ow < owHi; ow++)
                            dx[dst + ow * sW] += cols[src + ow];
                    }
                }
            }
        }
    }
}
/** [B, O, P] -> [O, B, P]. */
function swapBatchChannels(src, dst, B, O, P) {
    for (let b = 0; b < B; b++) {
        for (let o = 0; o < O; o++)
            dst.set(src.subarray((b * O + o) * P, (b * O + o + 1) * P), (o * B + b) * P);
    }
}
/** Offsets g·step for g < G. */
const groupOffsets = (G, step) => Array.from({ length: G }, (_, k) => k * step);
/** y [B, O, OH, OW] = conv(x, w). */
export function convForward(x, w, y, g) {
    const { B, C, O, kH, kW, OH, OW, G } = g;
    const K = (C / G) * kH * kW;
    const P = OH * OW;
    const N = B * P;
    const Og = O / G;
    const cols = alloc(y, G * K * N);
    im2col(x, g, cols);
    // Y_gᵀ [N, O/G] = X̂_gᵀ W_gᵀ: the long axis N as rows, which the gemm splits across threads
    const yN = alloc(y, G * N * Og);
    const a = { data: cols, offsets: groupOffsets(G, K * N), rowStride: 1, colStride: N };
    const b = { data: w, offsets: groupOffsets(G, Og * K), rowStride: 1, colStride: K };
    gemm(a, b, yN, N, K, Og);
    // y[b, g·Og + o, p] = yN[g, b·P + p, o]
    for (let gi = 0; gi < G; gi++) {
        for (let bi = 0; bi < B; bi++) {
            const src = (gi * N + bi * P) * Og;
            for (let o = 0; o < Og; o++) {
                const dst = (bi * O + gi * Og + o) * P;
                for (let p = 0; p < P; p++)
                    y[dst + p] = yN[src + p * Og + o];
            }
        }
    }
}
/** dx [B, C, H, W] from the cotangent gy [B, O, OH, OW] and w. */
export function convInputGrad(gy, w, dx, g) {
    const { B, C, O, kH, kW, OH, OW, G } = g;
    const K = (C / G) * kH * kW;
    const N = B * OH * OW;
    const Og = O / G;
    const gT = alloc(dx, O * N);
    swapBatchChannels(gy, gT, B, O, OH * OW);
    const dcols = alloc(dx, G * K * N);
    // W_gᵀ: W_g [Og, K] read with row stride 1 and column stride K
    const a = { data: w, offsets: groupOffsets(G, Og * K), rowStride: 1, colStride: K };
    const b = { data: gT, offsets: groupOffsets(G, Og * N), rowStride: N, colStride: 1 };
    gemm(a, b, dcols, K, Og, N);
    col2im(dcols, g, dx);
}
/** dw [O, C/G, kH, kW] from x and the cotangent gy [B, O, OH, OW]. */
export function convFilterGrad(x, gy, dw, g) {
    const { B, C, O, kH, kW, OH, OW, G } = g;
    const K = (C / G) * kH * kW;
    const N = B * OH * OW;
    const Og = O / G;
    const cols = alloc(dw, G * K * N);
    im2col(x, g, cols);
    const gT = alloc(dw, O * N);
    swapBatchChannels(gy, gT, B, O, OH * OW);
    // ∂W_gᵀ [K, O/G] = X̂_g Ḡ_gᵀ (K rows split across threads), then transposed into dw
    const dwT = alloc(dw, G * K * Og);
    const a = { data: cols, offsets: groupOffsets(G, K * N), rowStride: N, colStride: 1 };
    const b = { data: gT, offsets: groupOffsets(G, Og * N), rowStride: 1, colStride: N };
    gemm(a, b, dwT, K, N, Og);
    for (let gi = 0; gi < G; gi++) {
        for (let k = 0; k < K; k++)
            for (let o = 0; o < Og; o++)
                dw[(gi * Og + o) * K + k] = dwT[(gi * K + k) * Og + o];
    }
}
//# sourceMappingURL=conv-kernels.js.map