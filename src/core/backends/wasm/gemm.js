import { writeGemmBlock } from './kernels.generated.js';
import { maxParts, parallelFor } from './pool.js';
import { arenaAlloc, arenaOut, arenaBegin, arenaPut, arenaTake, bytesOf, floatKind, heapWords, kernelId, PARAM_BLOCK, wasm } from './runtime.js';
const GEMM = { F32: kernelId('gemmTasksF32'), F64: kernelId('gemmTasksF64') };
/** Below this many multiply-adds the TypeScript kernel is as fast (call and copy overheads). */
const MIN_WORK = 4096;
/** Below this many multiply-adds one thread is faster than splitting (`npm run bench:threads`: threads pay from ~128³). */
const MIN_PARALLEL_WORK = 1 << 21;
/**
 * The runtime when the Wasm gemm takes a product C = A·B of `work` multiply-adds (all batch items
 * together); null when it declines: the Wasm kernels are off, the dtypes are not one float type,
 * or the work is too small to gain. Cheap, so that small products decline before their layout
 * is worked out.
 */
export function gemmRuntime(a, b, c, work) {
    const rt = wasm();
    if (!rt)
        return null;
    if (floatKind(c, a, b) === null)
        return null;
    if (work < MIN_WORK)
        return null;
    return rt;
}
/** C[t] = A[t] · B[t] for every batch item t, C contiguous [nb, M, N] (after `gemmRuntime` accepted it). */
export function wasmGemm(rt, a, b, c, M, K, N) {
    const kind = c instanceof Float32Array ? 'F32' : 'F64'; // one float type: gemmRuntime checked
    let nb = a.offsets.length;
    const sz = kind === 'F32' ? 4 : 8;
    // one big product when B is shared by all batch items and the A blocks are contiguous rows
    let Mt = M;
    let aOffs = a.offsets;
    let bOffs = b.offsets;
    if (nb > 1 && a.colStride === 1 && a.rowStride === K && allEqual(b.offsets) && contiguous(a.offsets, M * K)) {
        Mt = M * nb;
        nb = 1;
        aOffs = [a.offsets[0]];
        bOffs = [b.offsets[0]];
    }
    arenaBegin(bytesOf(a.data, b.data, c) + nb * 12 + gemmScratchBytes(rt, Mt * N * K * nb));
    const pa = arenaPut(rt, a.data);
    const pb = b.data === a.data ? pa : arenaPut(rt, b.data);
    const pc = arenaOut(rt, c);
    const aPtrs = Array.from(aOffs, (o) => pa + o * sz);
    const bPtrs = Array.from(bOffs, (o) => pb + o * sz);
    const cPtrs = Array.from({ length: nb }, (_, i) => pc + i * Mt * N * sz);
    gemmAt(rt, kind, aPtrs, a.rowStride, a.colStride, bPtrs, b.rowStride, b.colStride, cPtrs, Mt, K, N);
    arenaTake(rt, c, pc);
}
/** Arena bytes `gemmAt` allocates (its task table aside) for a product of `work` multiply-adds: the threads' scratch. */
export function gemmScratchBytes(rt, work) {
    const parts = work >= MIN_PARALLEL_WORK ? maxParts(rt) : 1;
    const sz = 8;
    return parts * (((rt.queries.gemmScratchElements() * sz + 63) & ~63) + 64) + 64;
}
/**
 * C_t = A_t · B_t on operands already in linear memory (inside a call begun with `arenaBegin`,
 * reserving `gemmScratchBytes` + 12 bytes per batch item): per batch item t the byte addresses
 * of A_t, B_t and C_t, A and B read through element strides, C_t contiguous [M, N].
 */
export function gemmAt(rt, kind, aPtrs, rsa, csa, bPtrs, rsb, csb, cPtrs, M, K, N) {
    const nb = aPtrs.length;
    const sz = kind === 'F32' ? 4 : 8;
    const parts = M * N * K * nb >= MIN_PARALLEL_WORK ? maxParts(rt) : 1;
    const scratchBytes = ((rt.queries.gemmScratchElements() * sz + 63) & ~63) + 64;
    const table = arenaAlloc(rt, nb * 12);
    const scratch = arenaAlloc(rt, parts * scratchBytes);
    const t = new Uint32Array(rt.memory.buffer, table, nb * 3);
    for (let i = 0; i < nb; i++) {
        t[3 * i] = aPtrs[i];
        t[3 * i + 1] = bPtrs[i];
        t[3 * i + 2] = cPtrs[i];
    }
    // enough tasks for every thread, each a multiple of MR rows
    const want = Math.max(1, Math.ceil((2 * parts) / nb));
    const MR = rt.queries.gemmTileRows(); // rows per task: a multiple of the register tile's
    const rowChunk = Math.max(MR, Math.ceil(Math.ceil(M / want) / MR) * MR);
    const nChunks = Math.ceil(M / rowChunk);
    writeGemmBlock(heapWords(), PARAM_BLOCK, { table, nChunks, rowChunk, rsa, csa, rsb, csb, ldc: N, M, N, K });
    parallelFor(rt, GEMM[kind], PARAM_BLOCK, nb * nChunks, parts === 1 ? Infinity : 1, { base: scratch, bytes: scratchBytes });
}
function allEqual(xs) {
    for (let i = 1; i < xs.length; i++)
        if (xs[i] !== xs[0])
            return false;
    return true;
}
function contiguous(xs, step) {
    for (let i = 1; i < xs.length; i++)
        if (xs[i] !== xs[0] + i * step)
            return false;
    return true;
}
//# sourceMappingURL=gemm.js.map