import type { AnyTypedArray } from '../dtype.js';
import type { OpDef } from '../op.js';
import type { Tensor } from '../tensor.js';
/**
 * The gemm kernel specialised per (A, B, C) array types: each copy is compiled separately so
 * its element loads stay monomorphic (one shared function seeing f32 and f64 arrays runs ~2×
 * slower).
 */
export declare function gemmBlock(a: AnyTypedArray, aOff: number, b: AnyTypedArray, bOff: number, c: AnyTypedArray, cOff: number, M: number, K: number, N: number): void;
/**
 * C = op(A) · op(B) with op(X) = Xᵀ (last two axes) where the flag is set: the operands of the
 * gradients (G·Bᵀ, Aᵀ·G) are read transposed in place instead of being copied.
 */
export interface MatmulParams {
    readonly transA: boolean;
    readonly transB: boolean;
}
export declare const matmulOp: OpDef<'matmul'>;
/** op(a) · op(b) on operands of rank ≥ 2 (op = transpose of the last two axes where the flag is set). */
export declare function matmulT(a: Tensor, b: Tensor, transA: boolean, transB: boolean): Tensor;
/**
 * Matrix product `a @ b`: a [..., M, K], b [..., K, N] -> [..., M, N], batch axes broadcast.
 * Vectors: [K] @ [K, N] -> [N]; [M, K] @ [K] -> [M]; [K] @ [K] -> [].
 */
export declare function matmul(a: Tensor, b: Tensor): Tensor;
/** Inner product of two vectors (or batched over leading axes), reduced over the last axis. */
export declare function dot(a: Tensor, b: Tensor): Tensor;
