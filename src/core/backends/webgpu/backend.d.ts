/**
 * The WebGPU backend: one code path for browsers (`navigator.gpu`) and Node (the npm package
 * `webgpu`, Dawn). f32, i32 and bool (stored as u32) live on the GPU; f64 does not exist in
 * WGSL, so f64 tensors stay on the CPU. Reads are asynchronous (`await t.data()`).
 *
 * Lifetime: every GPU tensor holds a reference on its buffer. `scope(fn)` releases the
 * tensors created inside it except those it returns; a FinalizationRegistry releases the
 * buffers of tensors that were garbage-collected outside any scope (a safety net: it only
 * runs when the event loop gets a turn, so long synchronous loops should use scopes).
 */
import type { Backend, DeviceBuffer, OpKernels, TensorMeta } from '../../backend.js';
import type { AnyTypedArray, DType } from '../../dtype.js';
import { GpuBuffer, GpuContext } from './context.js';
export declare class WebGpuBackend implements Backend {
    readonly ctx: GpuContext;
    readonly name: "webgpu";
    private readonly registry;
    constructor(ctx: GpuContext);
    allocate(dtype: DType, size: number): GpuBuffer;
    fromHost(data: AnyTypedArray): GpuBuffer;
    free(buffer: DeviceBuffer): void;
    /** Drop one reference; the last one returns the buffer to the pool. */
    release(b: GpuBuffer): void;
    track(tensor: object, buffer: DeviceBuffer): void;
    /** Release a tensor now (used by scopes and `dispose`). */
    untrack(tensor: object, b: GpuBuffer): void;
    read(buffer: DeviceBuffer, dtype: DType, size: number): Promise<AnyTypedArray>;
    readSync(): AnyTypedArray;
    run<P>(opName: string, kernels: OpKernels<P>, ins: readonly DeviceBuffer[], inMeta: readonly TensorMeta[], outs: DeviceBuffer[], outMeta: readonly TensorMeta[], params: P): void;
}
export declare function webgpuBackend(): WebGpuBackend | null;
export interface InitWebGPUOptions {
    powerPreference?: 'low-power' | 'high-performance';
    /** Options passed to Dawn's `create` in Node (e.g. `['backend=vulkan']`). */
    dawnFlags?: string[];
}
export interface WebGpuInfo {
    adapter: string;
}
/**
 * Initialise the WebGPU backend (idempotent): uses `navigator.gpu` in browsers, the npm
 * package `webgpu` (Dawn) in Node. Throws with a clear message when no adapter is found.
 */
export declare function initWebGPU(options?: InitWebGPUOptions): Promise<WebGpuInfo>;
/** Live and dispatched counts of the WebGPU backend (for leak checks and profiling). */
export declare function webgpuStats(): {
    liveBuffers: number;
    dispatches: number;
};
