/**
 * The WebGPU execution context: buffer pool, pipeline cache, and batched command recording.
 *
 * Dispatches are recorded into one command encoder and compute pass, and submitted when a
 * value is read, before any host upload (queue.writeBuffer runs ahead of unsubmitted work, so
 * pending commands must be submitted first), or when a batch fills. Small per-dispatch
 * parameters go into one uniform arena per batch, uploaded right before the batch is
 * submitted. Pipelines are cached by a key; WGSL source is only generated on a cache miss.
 */
/// <reference types="@webgpu/types" />
import type { DType } from '../../dtype.js';

/** A GPU storage buffer shared by the tensors that view it (reshape shares buffers). */
export class GpuBuffer {
  readonly __deviceBuffer = true as const;
  /** Tensors (and scopes) holding this buffer; at 0 it returns to the pool. */
  refs = 0;
  released = false;
  constructor(
    readonly buffer: GPUBuffer,
    /** Bytes usable (the allocation may be larger: size buckets). */
    readonly bytes: number,
    readonly dtype: DType,
  ) {}
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
export const MAX_WORKGROUPS = 65535;

/** Split `n` workgroups into an x × y grid (kernels compute id = gid.x + gid.y · nx · wgSize). */
export function grid(n: number): [number, number] {
  if (n <= MAX_WORKGROUPS) return [Math.max(n, 1), 1];
  const y = Math.ceil(n / MAX_WORKGROUPS);
  return [Math.ceil(n / y), y];
}

const BATCH_DISPATCHES = 256;
const UNIFORM_ALIGN = 256;
const ARENA_BYTES = BATCH_DISPATCHES * UNIFORM_ALIGN;

function bucketBytes(bytes: number): number {
  // Powers of two up to 1 MiB, then multiples of 1 MiB: reuse without wasting too much.
  const b = Math.max(bytes, 16);
  if (b <= 1 << 20) return 2 ** Math.ceil(Math.log2(b));
  return Math.ceil(b / (1 << 20)) * (1 << 20);
}

export class GpuContext {
  private readonly pipelines = new Map<string, GPUComputePipeline>();
  private readonly pool = new Map<number, GPUBuffer[]>();
  private encoder: GPUCommandEncoder | null = null;
  private pass: GPUComputePassEncoder | null = null;
  private pending = 0;
  private arena: GPUBuffer;
  private arenaHost = new Uint8Array(ARENA_BYTES);
  private arenaUsed = 0;
  /** Live (not pooled) buffers, for leak checks. */
  liveBuffers = 0;
  dispatches = 0;
  readonly debug: number;

  constructor(
    readonly device: GPUDevice,
    readonly adapterName: string,
  ) {
    this.arena = this.newArena();
    const env = typeof process !== 'undefined' ? process.env.LOOPLAB_DEBUG : undefined;
    this.debug = env === undefined ? 0 : Number(env) || 0;
  }

  private newArena(): GPUBuffer {
    return this.device.createBuffer({ size: ARENA_BYTES, usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST });
  }

  /** A storage buffer of at least `bytes` bytes from the pool. */
  allocate(bytes: number, dtype: DType): GpuBuffer {
    const size = bucketBytes(bytes);
    const free = this.pool.get(size);
    const buffer = free?.pop() ?? this.device.createBuffer({ size, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST });
    this.liveBuffers++;
    return new GpuBuffer(buffer, bytes, dtype);
  }

  /** Return a buffer to the pool (recorded commands that use it still run first: same queue). */
  recycle(b: GpuBuffer): void {
    if (b.released) return;
    b.released = true;
    this.liveBuffers--;
    const size = b.buffer.size;
    let list = this.pool.get(size);
    if (!list) this.pool.set(size, (list = []));
    list.push(b.buffer);
  }

  private pipeline(d: Dispatch): GPUComputePipeline {
    let p = this.pipelines.get(d.key);
    if (!p) {
      const code = d.code();
      if (this.debug >= 2) console.error(`[looplab webgpu] WGSL ${d.key}\n${code}`);
      p = this.device.createComputePipeline({ layout: 'auto', compute: { module: this.device.createShaderModule({ code }), entryPoint: 'main' } });
      this.pipelines.set(d.key, p);
    }
    return p;
  }

  /** Record one dispatch into the current batch. */
  run(d: Dispatch): void {
    for (const list of [d.inputs, d.outputs]) {
      for (const b of list) {
        if (b.released) throw new Error(`webgpu ${d.key}: a tensor used here was already released (by scope() or dispose())`);
      }
    }
    const pipeline = this.pipeline(d);
    if (this.debug >= 1) console.error(`[looplab webgpu] dispatch ${d.key} [${d.workgroups.join(', ')}]`);
    if (d.uniforms && this.arenaUsed + UNIFORM_ALIGN > ARENA_BYTES) this.flush();
    if (!this.encoder) {
      this.encoder = this.device.createCommandEncoder();
      this.pass = this.encoder.beginComputePass();
    }
    const entries: GPUBindGroupEntry[] = [];
    let binding = 0;
    for (const b of d.inputs) entries.push({ binding: binding++, resource: { buffer: b.buffer, size: Math.max(alignedSize(b.bytes), 4) } });
    for (const b of d.outputs) entries.push({ binding: binding++, resource: { buffer: b.buffer, size: Math.max(alignedSize(b.bytes), 4) } });
    if (d.uniforms) {
      const offset = this.arenaUsed;
      if (d.uniforms.byteLength > UNIFORM_ALIGN) throw new Error(`webgpu ${d.key}: more than ${UNIFORM_ALIGN} bytes of uniforms`);
      this.arenaHost.set(new Uint8Array(d.uniforms.buffer, d.uniforms.byteOffset, d.uniforms.byteLength), offset);
      this.arenaUsed += UNIFORM_ALIGN;
      entries.push({ binding: binding++, resource: { buffer: this.arena, offset, size: Math.max(16, Math.ceil(d.uniforms.byteLength / 16) * 16) } });
    }
    const pass = this.pass!;
    pass.setPipeline(pipeline);
    pass.setBindGroup(0, this.device.createBindGroup({ layout: pipeline.getBindGroupLayout(0), entries }));
    const [x, y = 1, z = 1] = d.workgroups;
    pass.dispatchWorkgroups(x, y, z);
    this.dispatches++;
    if (++this.pending >= BATCH_DISPATCHES) this.flush();
  }

  /** Submit everything recorded so far (the uniform arena is uploaded first). */
  flush(): void {
    if (!this.encoder) return;
    this.pass!.end();
    if (this.arenaUsed > 0) this.device.queue.writeBuffer(this.arena, 0, this.arenaHost, 0, this.arenaUsed);
    this.device.queue.submit([this.encoder.finish()]);
    this.encoder = null;
    this.pass = null;
    this.pending = 0;
    if (this.arenaUsed > 0) {
      // The submitted batch still reads this arena: the next batch writes a fresh one.
      this.retire(this.arena);
      this.arena = this.newArena();
      this.arenaHost = new Uint8Array(ARENA_BYTES);
      this.arenaUsed = 0;
    }
  }

  private retired: GPUBuffer[] = [];
  private retire(b: GPUBuffer): void {
    this.retired.push(b);
    // Destroy arenas once the queue has finished the work that used them.
    if (this.retired.length >= 8) {
      const old = this.retired.splice(0);
      void this.device.queue.onSubmittedWorkDone().then(() => old.forEach((o) => o.destroy()));
    }
  }

  /** Upload host bytes into `b` (after submitting pending work, so the upload cannot overtake it). */
  write(b: GpuBuffer, data: ArrayBufferView): void {
    this.flush();
    this.device.queue.writeBuffer(b.buffer, 0, data.buffer, data.byteOffset, alignedSize(data.byteLength));
  }

  /** Copy `bytes` bytes of `b` back to the host. */
  async read(b: GpuBuffer, bytes: number): Promise<ArrayBuffer> {
    if (b.released) throw new Error('webgpu: reading a tensor that was already released (by scope() or dispose())');
    const size = alignedSize(Math.max(bytes, 4));
    const staging = this.device.createBuffer({ size, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
    this.flush();
    const enc = this.device.createCommandEncoder();
    enc.copyBufferToBuffer(b.buffer, 0, staging, 0, size);
    this.device.queue.submit([enc.finish()]);
    await staging.mapAsync(GPUMapMode.READ);
    const out = staging.getMappedRange().slice(0, bytes);
    staging.unmap();
    staging.destroy();
    return out;
  }
}

/** Copies and bindings work in multiples of 4 bytes. */
export function alignedSize(bytes: number): number {
  return Math.ceil(bytes / 4) * 4;
}
