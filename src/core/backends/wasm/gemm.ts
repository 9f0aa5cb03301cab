/**
 * Matrix products on the Wasm kernels (assembly/gemm.ts): operands are copied into linear
 * memory, the batch × row-chunk tasks are split across threads, the result is copied back.
 * Operands are read through element strides, so transposed views cost nothing extra.
 */
import type { AnyTypedArray } from '../../dtype.js';
import { maxParts, parallelFor } from './pool.js';
import { arenaAlloc, arenaBegin, arenaPut, arenaTake, bytesOf, floatKind, wasm } from './runtime.js';

/** Below this many multiply-adds the TypeScript kernel is as fast (call and copy overheads). */
const MIN_WORK = 4096;
/** Below this many multiply-adds one thread is faster than splitting (`npm run bench:threads`: threads pay from ~128³). */
const MIN_PARALLEL_WORK = 1 << 21;

/** A matrix operand: its data and, per batch item, the element offset of its [rows, cols] block. */
export interface GemmOperand {
  readonly data: AnyTypedArray;
  /** Element offset of each batch item's block. */
  readonly offsets: ArrayLike<number>;
  /** Element strides of rows and columns inside a block (row-major: [cols, 1]; transposed: [1, rows]). */
  readonly rowStride: number;
  readonly colStride: number;
}

/**
 * C[t] = A[t] · B[t] for every batch item t, C contiguous [nb, M, N]. Returns false (and does
 * nothing) when the Wasm kernels are off, the dtypes are not one float type, or the work is too
 * small to gain.
 */
export function wasmGemm(a: GemmOperand, b: GemmOperand, c: AnyTypedArray, M: number, K: number, N: number): boolean {
  const rt = wasm();
  if (!rt) return false;
  const kind = floatKind(c, a.data, b.data);
  if (kind === null) return false;
  let nb = a.offsets.length;
  if (nb === 0 || M * N * K * nb < MIN_WORK) return false;
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
  const parts = Mt * N * K * nb >= MIN_PARALLEL_WORK ? maxParts(rt) : 1;
  const scratchBytes = ((rt.exports.gemmScratchElements() * sz + 63) & ~63) + 64;
  arenaBegin(bytesOf(a.data, b.data, c) + nb * 12 + parts * scratchBytes);
  const pa = arenaPut(rt, a.data);
  const pb = b.data === a.data ? pa : arenaPut(rt, b.data);
  const pc = arenaAlloc(rt, c.byteLength);
  const table = arenaAlloc(rt, nb * 12);
  const scratch = arenaAlloc(rt, parts * scratchBytes);
  const t = new Uint32Array(rt.memory.buffer, table, nb * 3);
  for (let i = 0; i < nb; i++) {
    t[3 * i] = pa + aOffs[i] * sz;
    t[3 * i + 1] = pb + bOffs[i] * sz;
    t[3 * i + 2] = pc + i * Mt * N * sz;
  }
  // enough tasks for every thread, each a multiple of MR rows
  const want = Math.max(1, Math.ceil((2 * parts) / nb));
  const MR = rt.exports.gemmTileRows(); // rows per task: a multiple of the register tile's
  const rowChunk = Math.max(MR, Math.ceil(Math.ceil(Mt / want) / MR) * MR);
  const nChunks = Math.ceil(Mt / rowChunk);
  const args = [table, nChunks, rowChunk, a.rowStride, a.colStride, b.rowStride, b.colStride, N, Mt, N, K, 0, 0, scratch];
  const fn = `gemmTasks${kind}`;
  parallelFor(rt, fn, args, 11, 12, nb * nChunks, { arg: 13, bytes: scratchBytes }, parts === 1 ? Infinity : 1);
  arenaTake(rt, c, pc);
  return true;
}

function allEqual(xs: ArrayLike<number>): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i] !== xs[0]) return false;
  return true;
}

function contiguous(xs: ArrayLike<number>, step: number): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i] !== xs[0] + i * step) return false;
  return true;
}
