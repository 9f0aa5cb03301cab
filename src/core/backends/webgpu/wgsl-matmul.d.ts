/**
 * Tiled matrix multiplication on WebGPU: C[b] = A[b_a] · B[b_b] for every batch index b, the
 * operands' batch offsets from broadcast batch strides.
 *
 * Each 16×16 workgroup computes a 64×64 tile of C; each invocation a 4×4 block of it (rows
 * ty + 16i, columns tx + 16j, so neighbouring invocations touch neighbouring columns). K runs
 * in 16-deep slices: the workgroup stages a 64×16 slice of A and a 16×64 slice of B in shared
 * memory (zero-padded past the matrix edges), then every invocation does 4·4·16 multiply-adds
 * from it. Accumulation is in the output's type (f32, i32; bool as a u32 count, written ≠ 0).
 */
import type { DeviceBuffer } from '../../backend.js';
import type { DType } from '../../dtype.js';
import type { GpuContext } from './context.js';
/**
 * c [nb, M, N] = a · b with batch offsets from `batchShape` and the operands' batch strides
 * (`sa`, `sb`: 0 on broadcast axes, in units of whole matrices).
 */
export declare function gpuMatmul(gpu: GpuContext, a: DeviceBuffer, b: DeviceBuffer, c: DeviceBuffer, dtypes: readonly [DType, DType, DType], M: number, K: number, N: number, batchShape: readonly number[], sa: readonly number[], sb: readonly number[], transA?: boolean, transB?: boolean): void;
