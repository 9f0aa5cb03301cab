/**
 * WebGPU kernels of the small dense linear-algebra primitives (linalg.ts): one invocation per
 * matrix of the batch runs the same sequential algorithm as the CPU (linalg-kernels.ts), in
 * f32, on a scratch copy in a temporary storage buffer or in the output. Meant for small
 * matrices (n up to a few dozen); large batches parallelise across invocations.
 *
 * Errors the CPU raises cannot be thrown from a shader: a matrix that is not positive definite
 * (cholesky), singular (solve: zero pivot column; triangularSolve: zero or non-finite diagonal)
 * or non-finite (eigh) gives an all-NaN result for that batch element instead. slogdet of a
 * singular matrix gives sign 0 and logabsdet −∞, as on the CPU.
 */
import type { DeviceBuffer, TensorMeta } from '../backend.js';
import type { GpuContext } from '../backends/webgpu/context.js';
export declare function choleskyGpu(gpu: GpuContext, ins: readonly DeviceBuffer[], inMeta: readonly TensorMeta[], outs: DeviceBuffer[]): void;
export interface TriGpuParams {
    readonly lower: boolean;
    readonly transposeA: boolean;
    readonly unitDiagonal: boolean;
    readonly left: boolean;
}
export declare function triangularSolveGpu(gpu: GpuContext, ins: readonly DeviceBuffer[], inMeta: readonly TensorMeta[], outs: DeviceBuffer[], outMeta: readonly TensorMeta[], p: TriGpuParams): void;
export declare function solveGpu(gpu: GpuContext, ins: readonly DeviceBuffer[], inMeta: readonly TensorMeta[], outs: DeviceBuffer[], outMeta: readonly TensorMeta[]): void;
export declare function slogdetGpu(gpu: GpuContext, ins: readonly DeviceBuffer[], inMeta: readonly TensorMeta[], outs: DeviceBuffer[]): void;
export declare function qrGpu(gpu: GpuContext, ins: readonly DeviceBuffer[], inMeta: readonly TensorMeta[], outs: DeviceBuffer[]): void;
export declare function eighGpu(gpu: GpuContext, ins: readonly DeviceBuffer[], inMeta: readonly TensorMeta[], outs: DeviceBuffer[]): void;
