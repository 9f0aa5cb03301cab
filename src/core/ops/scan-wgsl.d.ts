/**
 * WebGPU kernels of the diagonal linear scan (scan.ts): one invocation per channel (every
 * index of b except the time axis) loops over time, exactly the CPU kernel's recurrence in f32.
 * a is read through its broadcast strides, decoded from the channel index in the shader (rank
 * ≤ 8), so no offset tables are uploaded. T up to any length (sequential; O(T) per channel).
 *
 * Long T with few channels (channels < CHUNK_MAX_CHANNELS, T ≥ CHUNK_MIN_T): a chunked scan in
 * three dispatches, the time axis (in processing order) split into C chunks of L ≈ √T steps:
 *   1. one invocation per (channel, chunk) scans its chunk from h = 0 and writes the chunk's
 *      summary (its final h and the product of its multipliers) to a scratch buffer;
 *   2. one invocation per channel runs over the C summaries in order, replacing each with the
 *      chunk's incoming state (carry_{j+1} = P_j · carry_j + h_j, carry_0 = 0);
 *   3. one invocation per (channel, chunk) re-scans its chunk from its incoming state, the very
 *      recurrence of the sequential kernel (so the result equals it up to f32 rounding of the
 *      carries). The step at global index 0 is h = b, as in the sequential kernel (a is not read
 *      there: with \`shifted\` its index would be out of range).
 */
import type { DeviceBuffer, TensorMeta } from '../backend.js';
import type { GpuContext } from '../backends/webgpu/context.js';
export interface ScanGpuParams {
    readonly axis: number;
    readonly reverse: boolean;
    readonly shifted: boolean;
}
/** Use the chunked scan when channels < this … */
export declare const CHUNK_MAX_CHANNELS = 4096;
/** … and T ≥ this. */
export declare const CHUNK_MIN_T = 256;
/** Chunk length and count for the chunked path, or null for the sequential kernel. */
export declare function chunkPlan(channels: number, T: number): {
    L: number;
    C: number;
} | null;
export declare function realScanGpu(gpu: GpuContext, ins: readonly DeviceBuffer[], inMeta: readonly TensorMeta[], outs: DeviceBuffer[], outMeta: readonly TensorMeta[], p: ScanGpuParams): void;
export declare function complexScanGpu(gpu: GpuContext, ins: readonly DeviceBuffer[], inMeta: readonly TensorMeta[], outs: DeviceBuffer[], outMeta: readonly TensorMeta[], p: ScanGpuParams): void;
