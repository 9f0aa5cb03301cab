/**
 * The WebGPU execution context: buffer pool, pipeline cache, and batched command recording.
 *
 * Dispatches are recorded into one command encoder and compute pass, and submitted when a
 * value is read, before any host upload (queue.writeBuffer runs ahead of unsubmitted work, so
 * pending commands must be submitted first), or when a batch fills. Small per-dispatch
 * parameters go into one uniform arena per batch, uploaded right before the batch is
 * submitted. Pipelines are cached by a key; WGSL source is only generated on a cache miss.
 */
import type { DType } from '../../dtype.js';
/** A GPU storage buffer shared by the tensors that view it (reshape shares buffers). */
export declare class GpuBuffer {
    readonly buffer: GPUBuffer;
    /** Bytes usable (the allocation may be larger: size buckets). */
    readonly bytes: number;
    readonly dtype: DType;
    readonly __deviceBuffer: true;
    /** Tensors (and scopes) holding this buffer; at 0 it returns to the pool. */
    refs: number;
    released: boolean;
    constructor(buffer: GPUBuffer, 
    /** Bytes usable (the allocation may be larger: size buckets). */
    bytes: number, dtype: DType);
}
/** One dispatch: the program (cached by key), its buffers, parameters and grid. */
export interface Dispatch {
    /** Pipeline cache key: must determine the WGSL source completely. */
    key: string;
    /** WGSL source, built only when `key` is not cached yet. Entry point `main`. */
    code: () => string;
    /** Read-only storage inputs, bound at @binding(0..n-1) of @group(0). */
    inputs: readonly GpuBuffer[];
    /** Read-write storage outputs, bound after the inputs. */
    outputs: readonly GpuBuffer[];
    /** 32-bit words (u32/i32/f32 bit patterns) bound as a uniform struct after the outputs. */
    uniforms?: Uint32Array;
    workgroups: readonly [number, number?, number?];
}
/** Largest number of workgroups per dimension WebGPU guarantees. */
export declare const MAX_WORKGROUPS = 65535;
/** Split `n` workgroups into an x × y grid (kernels compute id = gid.x + gid.y · nx · wgSize). */
export declare function grid(n: number): [number, number];
export declare class GpuContext {
    readonly device: GPUDevice;
    readonly adapterName: string;
    private readonly pipelines;
    private readonly pool;
    private encoder;
    private pass;
    private pending;
    private arena;
    private arenaHost;
    private arenaUsed;
    /** Live (not pooled) buffers, for leak checks. */
    liveBuffers: number;
    dispatches: number;
    readonly debug: number;
    constructor(device: GPUDevice, adapterName: string);
    private newArena;
    /** A storage buffer of at least `bytes` bytes from the pool. */
    allocate(bytes: number, dtype: DType): GpuBuffer;
    /** Return a buffer to the pool (recorded commands that use it still run first: same queue). */
    recycle(b: GpuBuffer): void;
    private pipeline;
    /** Record one dispatch into the current batch. */
    run(d: Dispatch): void;
    /** Submit everything recorded so far (the uniform arena is uploaded first). */
    flush(): void;
    private retired;
    private retire;
    /** Upload host bytes into `b` (after submitting pending work, so the upload cannot overtake it). */
    write(b: GpuBuffer, data: ArrayBufferView): void;
    /** Copy `bytes` bytes of `b` back to the host. */
    read(b: GpuBuffer, bytes: number): Promise<ArrayBuffer>;
}
/** Copies and bindings work in multiples of 4 bytes. */
export declare function alignedSize(bytes: number): number;
