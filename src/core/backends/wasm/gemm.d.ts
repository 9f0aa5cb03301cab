/**
 * Matrix products on the Wasm kernels (assembly/gemm.ts): operands are copied into linear
 * memory, the batch × row-chunk tasks are split across threads, the result is copied back.
 * Operands are read through element strides, so transposed views cost nothing extra.
 */
import type { AnyTypedArray } from '../../dtype.js';
import type { WasmRuntime } from './runtime.js';
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
 * The runtime when the Wasm gemm takes a product C = A·B of `work` multiply-adds (all batch items
 * together); null when it declines: the Wasm kernels are off, the dtypes are not one float type,
 * or the work is too small to gain. Cheap, so that small products decline before their layout
 * is worked out.
 */
export declare function gemmRuntime(a: AnyTypedArray, b: AnyTypedArray, c: AnyTypedArray, work: number): WasmRuntime | null;
/** C[t] = A[t] · B[t] for every batch item t, C contiguous [nb, M, N] (after `gemmRuntime` accepted it). */
export declare function wasmGemm(rt: WasmRuntime, a: GemmOperand, b: GemmOperand, c: AnyTypedArray, M: number, K: number, N: number): void;
/** Arena bytes `gemmAt` allocates (its task table aside) for a product of `work` multiply-adds: the threads' scratch. */
export declare function gemmScratchBytes(rt: WasmRuntime, work: number): number;
/**
 * C_t = A_t · B_t on operands already in linear memory (inside a call begun with `arenaBegin`,
 * reserving `gemmScratchBytes` + 12 bytes per batch item): per batch item t the byte addresses
 * of A_t, B_t and C_t, A and B read through element strides, C_t contiguous [M, N].
 */
export declare function gemmAt(rt: WasmRuntime, kind: 'F32' | 'F64', aPtrs: readonly number[], rsa: number, csa: number, bPtrs: readonly number[], rsb: number, csb: number, cPtrs: readonly number[], M: number, K: number, N: number): void;
