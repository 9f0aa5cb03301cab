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
/// <reference types="@webgpu/types" />
import type { Backend, DeviceBuffer, OpKernels, TensorMeta } from '../../backend.js';
import { registerBackend } from '../../backend.js';
import type { AnyTypedArray, DType } from '../../dtype.js';
import { GpuBuffer, GpuContext } from './context.js';
import { currentScope } from './scope.js';

function bytesPer(dtype: DType): number {
  if (dtype === 'f64') throw new Error("webgpu: f64 is not available on WebGPU (WGSL has no 64-bit floats); cast to 'f32' or keep the tensor on the CPU");
  return 4;
}

function asGpu(b: DeviceBuffer): GpuBuffer {
  if (!(b instanceof GpuBuffer)) throw new Error('webgpu: expected a WebGPU buffer (is a CPU tensor mixed with WebGPU tensors?)');
  return b;
}

export class WebGpuBackend implements Backend {
  readonly name = 'webgpu' as const;
  private readonly registry = new FinalizationRegistry<GpuBuffer>((b) => this.release(b));

  constructor(readonly ctx: GpuContext) {}

  allocate(dtype: DType, size: number): GpuBuffer {
    return this.ctx.allocate(size * bytesPer(dtype), dtype);
  }

  fromHost(data: AnyTypedArray): GpuBuffer {
    const dtype: DType = data instanceof Float32Array ? 'f32' : data instanceof Int32Array ? 'i32' : data instanceof Uint8Array ? 'bool' : 'f64';
    const b = this.allocate(dtype, data.length);
    if (data.length > 0) this.ctx.write(b, dtype === 'bool' ? Uint32Array.from(data) : data);
    return b;
  }

  free(buffer: DeviceBuffer): void {
    this.release(asGpu(buffer));
  }

  /** Drop one reference; the last one returns the buffer to the pool. */
  release(b: GpuBuffer): void {
    if (b.released) return;
    if (--b.refs <= 0) this.ctx.recycle(b);
  }

  track(tensor: object, buffer: DeviceBuffer): void {
    const b = asGpu(buffer);
    b.refs++;
    this.registry.register(tensor, b, tensor);
    currentScope()?.add(tensor, b);
  }

  /** Release a tensor now (used by scopes and `dispose`). */
  untrack(tensor: object, b: GpuBuffer): void {
    this.registry.unregister(tensor);
    this.release(b);
  }

  async read(buffer: DeviceBuffer, dtype: DType, size: number): Promise<AnyTypedArray> {
    const bytes = await this.ctx.read(asGpu(buffer), size * 4);
    switch (dtype) {
      case 'f32':
        return new Float32Array(bytes);
      case 'i32':
        return new Int32Array(bytes);
      case 'bool':
        return Uint8Array.from(new Uint32Array(bytes));
      case 'f64':
        throw new Error('webgpu: f64 tensors cannot live on WebGPU');
      default:
        return dtype satisfies never;
    }
  }

  readSync(): AnyTypedArray {
    throw new Error("dataSync(), item() and toArray() need a CPU tensor: on WebGPU use `await t.data()` or `await t.to('cpu')`");
  }

  run<P>(
    opName: string,
    kernels: OpKernels<P>,
    ins: readonly DeviceBuffer[],
    inMeta: readonly TensorMeta[],
    outs: DeviceBuffer[],
    outMeta: readonly TensorMeta[],
    params: P,
  ): void {
    const k = kernels.webgpu;
    if (k === undefined) throw new Error(`${opName}: no WebGPU kernel for this op yet; compute it on the CPU (await t.to('cpu'))`);
    for (const m of inMeta) bytesPer(m.dtype);
    for (const m of outMeta) bytesPer(m.dtype);
    k(this.ctx, ins, inMeta, outs, outMeta, params);
  }
}

let active: WebGpuBackend | null = null;
/**
 * Dawn's GPU object and adapter must stay reachable: in Node, garbage-collecting them destroys
 * the native instance under the live device (crashes in Dawn's threads at the next GC).
 */
const keepAlive: unknown[] = [];

export function webgpuBackend(): WebGpuBackend | null {
  return active;
}

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
export async function initWebGPU(options: InitWebGPUOptions = {}): Promise<WebGpuInfo> {
  if (active) return { adapter: active.ctx.adapterName };
  let gpu: GPU | undefined = (globalThis as { navigator?: { gpu?: GPU } }).navigator?.gpu;
  if (!gpu) {
    let mod: { create: (flags: string[]) => GPU; globals: Record<string, unknown> };
    try {
      mod = (await import('webgpu')) as unknown as typeof mod;
    } catch (e) {
      throw new Error(
        `initWebGPU: no navigator.gpu and the npm package 'webgpu' (Dawn for Node) could not be loaded: ${(e as Error).message}. Install it with: npm install webgpu`,
      );
    }
    Object.assign(globalThis, mod.globals);
    gpu = mod.create(options.dawnFlags ?? []);
  }
  const adapter = await gpu.requestAdapter({ powerPreference: options.powerPreference });
  keepAlive.push(gpu, adapter);
  if (!adapter) {
    throw new Error(
      "initWebGPU: no WebGPU adapter found. On Linux without a GPU, install a Vulkan driver (e.g. Debian's chromium package ships SwiftShader: " +
        'VK_ICD_FILENAMES=/usr/lib/chromium/vk_swiftshader_icd.json) and libvulkan1',
    );
  }
  const device = await adapter.requestDevice({
    requiredLimits: {
      maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize,
      maxBufferSize: adapter.limits.maxBufferSize,
      maxStorageBuffersPerShaderStage: adapter.limits.maxStorageBuffersPerShaderStage,
    },
  });
  const info = adapter.info as GPUAdapterInfo | undefined;
  const name = [info?.vendor, info?.architecture, info?.device, info?.description].filter((s) => s).join(' ') || 'WebGPU adapter';
  active = new WebGpuBackend(new GpuContext(device, name));
  registerBackend(active);
  return { adapter: name };
}

/** Live and dispatched counts of the WebGPU backend (for leak checks and profiling). */
export function webgpuStats(): { liveBuffers: number; dispatches: number } {
  if (!active) throw new Error('webgpuStats: WebGPU is not initialised (await initWebGPU())');
  return { liveBuffers: active.ctx.liveBuffers, dispatches: active.ctx.dispatches };
}
