/**
 * WGSL kernels of the data-movement ops: strided copies (slice, broadcastTo, transpose), the
 * strided placement (`embed`, slice's adjoint), concat, gather (`takeAlongAxis`), scatter-add
 * and argsort. The op files call these from their `webgpu` kernels.
 *
 * Conventions. Every dtype that lives on the GPU is a 4-byte word (f32, i32, bool as u32 0/1),
 * so pure copies move `u32` words and need no per-dtype pipeline. Shapes, strides and offsets
 * travel as a 64-word uniform block (`uw(i)` / `ui(i)` read word i as u32 / i32), so one
 * pipeline serves every rank and shape and the cache key names only what the code depends on.
 * One invocation per output element, `WG` invocations per workgroup, the workgroups laid out
 * by `grid` (id = gid.x + gid.y · nx · WG) so that more than 65535 groups fit. Every kernel
 * writes every element of its output (pool buffers are not zeroed) and nothing is dispatched
 * for an empty output.
 */
import type { DeviceBuffer } from '../../backend.js';
import type { DType } from '../../dtype.js';
import type { GpuContext } from './context.js';
/** Invocations per workgroup of the one-dimensional kernels. */
export declare const WG = 64;
/** Pack integers (negative ones as two's complement) into the 64-word uniform block. */
export declare function packWords(op: string, words: readonly number[]): Uint32Array;
/** Declaration of the uniform block at `binding` and its word accessors. */
export declare function uniformDecl(binding: number): string;
/**
 * out (contiguous, `shape`) [p] = x[offset + Σ i_d · strides_d]; strides may be 0 (broadcast)
 * or negative (flips). Serves slice, broadcastTo and transpose.
 */
export declare function gpuStridedCopy(gpu: GpuContext, x: DeviceBuffer, out: DeviceBuffer, shape: readonly number[], offset: number, strides: readonly number[]): void;
/** out (`outShape`) = value everywhere except out[starts + i·steps] = x[i] (x of shape `xShape`). */
export declare function gpuEmbed(gpu: GpuContext, x: DeviceBuffer, out: DeviceBuffer, dtype: DType, xShape: readonly number[], outShape: readonly number[], starts: readonly number[], steps: readonly number[], value: number): void;
/** Concatenate along `axis` of the output shape: one dispatch per non-empty operand. */
export declare function gpuConcat(gpu: GpuContext, ins: readonly DeviceBuffer[], inShapes: readonly (readonly number[])[], out: DeviceBuffer, outShape: readonly number[], axis: number): void;
/**
 * out[p] = x[a(p) + k(p) · axisStride] with k = idx[b(p)] (negative wraps, out of range clamps),
 * a and b strided offsets over the output's multi-index (`sx` 0 on the axis and broadcast axes).
 */
export declare function gpuGather(gpu: GpuContext, x: DeviceBuffer, idx: DeviceBuffer, out: DeviceBuffer, shape: readonly number[], sx: readonly number[], si: readonly number[], n: number, axisStride: number): void;
/**
 * out = x; out[j with j_axis = idx[u-position]] += u over the updates' index range (torch
 * semantics), summed in the CPU kernel's order (deterministic, equal to the CPU in f32).
 */
export declare function gpuScatterAdd(gpu: GpuContext, x: DeviceBuffer, idx: DeviceBuffer, upd: DeviceBuffer, out: DeviceBuffer, dtype: DType, xShape: readonly number[], uShape: readonly number[], si: readonly number[], axis: number): void;
/** Read strides of `inner` broadcast to `outer` (0 where inner has 1 and outer does not). */
export declare function broadcastReadStrides(inner: readonly number[], outer: readonly number[]): number[];
/**
 * The first k entries of the stable sorting permutation of every line of x ([outer, n, inner]
 * around the axis) into out ([outer, k, inner]). O(n²) comparisons per line, all in parallel;
 * equal to the CPU's order (NaN last, ties by position) because the order is total.
 */
export declare function gpuArgsort(gpu: GpuContext, x: DeviceBuffer, out: DeviceBuffer, dtype: DType, outer: number, n: number, inner: number, k: number, descending: boolean): void;
