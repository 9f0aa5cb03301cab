import { gemmAt, gemmScratchBytes } from './gemm.js';
import { writeCopy2dBlock, writeIm2colBlock } from './kernels.generated.js';
import { parallelFor } from './pool.js';
import { arenaAlloc, arenaOut, arenaBegin, arenaPut, arenaTake, bytesOf, floatKind, heapWords, kernelId, PARAM_BLOCK, wasm } from './runtime.js';
const IM2COL = { F32: kernelId('im2colF32'), F64: kernelId('im2colF64') };
const COL2IM = { F32: kernelId('col2imF32'), F64: kernelId('col2imF64') };
const COPY2D = { F32: kernelId('copy2dF32'), F64: kernelId('copy2dF64') };
/** Below this many multiply-adds the TypeScript kernels are as fast (the product is tiny). */
const MIN_WORK = 4096;
/** Elements moved per thread below which the data-movement kernels run on one thread. */
const MIN_PARALLEL_ELEMENTS = 1 << 16;
/** The runtime and float kind when the Wasm path takes a convolution of `work` multiply-adds; else null. */
function accept(work, ...xs) {
    if (work < MIN_WORK)
        return null;
    const rt = wasm();
    if (!rt)
        return null;
    const kind = floatKind(...xs);
    return kind === null ? null : [rt, kind];
}
function geometryBlock(g, x, cols) {
    const { B, C, H, W, kH, kW, OH, OW, sH, sW, dH, dW, pT, pL } = g;
    return { x, cols, B, C, H, W, kH, kW, OH, OW, sH, sW, dH, dW, pT, pL };
}
/** Tasks whose size (elements moved) makes `n` of them worth splitting across threads: the `minTasks` of parallelFor. */
const minTasks = (elementsPerTask) => Math.max(1, Math.ceil(MIN_PARALLEL_ELEMENTS / Math.max(1, elementsPerTask)));
function im2colAt(rt, kind, g, px, pcols) {
    writeIm2colBlock(heapWords(), PARAM_BLOCK, geometryBlock(g, px, pcols));
    const rows = g.C * g.kH * g.kW;
    parallelFor(rt, IM2COL[kind], PARAM_BLOCK, rows, minTasks(g.B * g.OH * g.OW));
}
function copy2dAt(rt, kind, n1, b) {
    writeCopy2dBlock(heapWords(), PARAM_BLOCK, b);
    parallelFor(rt, COPY2D[kind], PARAM_BLOCK, n1 * b.n2, minTasks(b.rows * b.cols));
}
const sizeOf = (kind) => (kind === 'F32' ? 4 : 8);
const range = (n, base, step) => Array.from({ length: n }, (_, k) => base + k * step);
/** y [B, O, OH, OW] = conv(x, w) (conv-kernels.ts `convForward`); false when it declines. */
export function wasmConvForward(x, w, y, g) {
    const { B, C, O, kH, kW, OH, OW, G } = g;
    const K = (C / G) * kH * kW;
    const P = OH * OW;
    const N = B * P;
    const Og = O / G;
    const ok = accept(N * K * O, x, w, y);
    if (ok === null)
        return false;
    const [rt, kind] = ok;
    const sz = sizeOf(kind);
    arenaBegin(bytesOf(x, w, y) + 2 * (G * K * N + N * O) * sz + 256 + G * 12 + gemmScratchBytes(rt, N * K * O));
    const px = arenaPut(rt, x);
    const pw = arenaPut(rt, w);
    const pcols = arenaAlloc(rt, G * K * N * sz);
    im2colAt(rt, kind, g, px, pcols);
    // Y_gᵀ [N, O/G] = X̂_gᵀ W_gᵀ
    const pyN = arenaAlloc(rt, G * N * Og * sz);
    gemmAt(rt, kind, range(G, pcols, K * N * sz), 1, N, range(G, pw, Og * K * sz), 1, K, range(G, pyN, N * Og * sz), N, K, Og);
    // y[b, g·Og + o, p] = yN[g, b·P + p, o]: tasks (g, b), rows o, columns p
    const py = arenaOut(rt, y);
    copy2dAt(rt, kind, G, { src: pyN, dst: py, n2: B, sO1: N * Og, sO2: P * Og, dO1: Og * P, dO2: O * P, rows: Og, cols: P, sR: 1, sC: Og, dR: P, dC: 1 });
    arenaTake(rt, y, py);
    return true;
}
/** dx [B, C, H, W] from the cotangent gy [B, O, OH, OW] and w (conv-kernels.ts `convInputGrad`); false when it declines. */
export function wasmConvInputGrad(gy, w, dx, g) {
    const { B, C, O, kH, kW, OH, OW, G } = g;
    const K = (C / G) * kH * kW;
    const P = OH * OW;
    const N = B * P;
    const Og = O / G;
    const ok = accept(N * K * O, gy, w, dx);
    if (ok === null)
        return false;
    const [rt, kind] = ok;
    const sz = sizeOf(kind);
    arenaBegin(bytesOf(gy, w, dx) + (O * N + G * K * N) * sz + 256 + G * 12 + gemmScratchBytes(rt, N * K * O));
    const pgy = arenaPut(rt, gy);
    const pw = arenaPut(rt, w);
    // Ḡ [O, N]: [B, O, P] -> [O, B, P], tasks (b, o), one row of P each
    const pgT = arenaAlloc(rt, O * N * sz);
    copy2dAt(rt, kind, B, { src: pgy, dst: pgT, n2: O, sO1: O * P, sO2: P, dO1: P, dO2: N, rows: 1, cols: P, sR: P, sC: 1, dR: P, dC: 1 });
    // ∂X̂_g [K, N] = W_gᵀ Ḡ_g
    const pdcols = arenaAlloc(rt, G * K * N * sz);
    gemmAt(rt, kind, range(G, pw, Og * K * sz), 1, K, range(G, pgT, Og * N * sz), N, 1, range(G, pdcols, K * N * sz), K, Og, N);
    const pdx = arenaOut(rt, dx);
    writeIm2colBlock(heapWords(), PARAM_BLOCK, geometryBlock(g, pdx, pdcols));
    parallelFor(rt, COL2IM[kind], PARAM_BLOCK, C, minTasks(B * g.H * g.W * kH * kW));
    arenaTake(rt, dx, pdx);
    return true;
}
/** dw [O, C/G, kH, kW] from x and the cotangent gy [B, O, OH, OW] (conv-kernels.ts `convFilterGrad`); false when it declines. */
export function wasmConvFilterGrad(x, gy, dw, g) {
    const { B, C, O, kH, kW, OH, OW, G } = g;
    const K = (C / G) * kH * kW;
    const P = OH * OW;
    const N = B * P;
    const Og = O / G;
    const ok = accept(N * K * O, x, gy, dw);
    if (ok === null)
        return false;
    const [rt, kind] = ok;
    const sz = sizeOf(kind);
    arenaBegin(bytesOf(x, gy, dw) + (G * K * N + O * N + G * K * Og) * sz + 256 + G * 12 + gemmScratchBytes(rt, N * K * O));
    const px = arenaPut(rt, x);
    const pgy = arenaPut(rt, gy);
    const pcols = arenaAlloc(rt, G * K * N * sz);
    im2colAt(rt, kind, g, px, pcols);
    const pgT = arenaAlloc(rt, O * N * sz);
    copy2dAt(rt, kind, B, { src: pgy, dst: pgT, n2: O, sO1: O * P, sO2: P, dO1: P, dO2: N, rows: 1, cols: P, sR: P, sC: 1, dR: P, dC: 1 });
    // ∂W_gᵀ [K, O/G] = X̂_g Ḡ_gᵀ, then dw[g·Og + o, k] = ∂W_gᵀ[k, o]
    const pdwT = arenaAlloc(rt, G * K * Og * sz);
    gemmAt(rt, kind, range(G, pcols, K * N * sz), N, 1, range(G, pgT, Og * N * sz), 1, N, range(G, pdwT, K * Og * sz), K, N, Og);
    const pdw = arenaOut(rt, dw);
    copy2dAt(rt, kind, G, { src: pdwT, dst: pdw, n2: 1, sO1: K * Og, sO2: 0, dO1: Og * K, dO2: 0, rows: Og, cols: K, sR: 1, sC: Og, dR: K, dC: 1 });
    arenaTake(rt, dw, pdw);
    return true;
}
//# sourceMappingURL=conv.js.map