/**
 * The backend interface: the only thing a device has to provide. Everything with meaning —
 * shapes, broadcasting, dtype rules, gradients — lives above it, once (see `op.ts`).
 *
 * A backend stores flat, contiguous buffers and runs one kernel per op. Reads are async so
 * that a GPU backend (WebGPU: `mapAsync`) fits the same API; the CPU backend also reads
 * synchronously.
 */
import type { AnyTypedArray, DType } from './dtype.js';
import type { Shape } from './shape.js';
import type { GpuContext } from './backends/webgpu/context.js';

export type DeviceName = 'cpu' | 'webgpu';

/** Shape and dtype of one operand as a kernel sees it. */
export interface TensorMeta {
  readonly shape: Shape;
  readonly dtype: DType;
}

/** A device buffer. On the CPU it is the typed array itself; other backends use opaque handles. */
export type DeviceBuffer = AnyTypedArray | { readonly __deviceBuffer: true };

/** The CPU kernel of an op: reads `ins`, writes the freshly allocated `outs`. */
export type CpuKernel<P> = (
  ins: readonly AnyTypedArray[],
  inMeta: readonly TensorMeta[],
  outs: AnyTypedArray[],
  outMeta: readonly TensorMeta[],
  params: P,
) => void;

/**
 * The WebAssembly kernel of an op on the CPU backend (backends/wasm/): as the CPU kernel, but it
 * may decline — small sizes where the call costs more than it saves, layouts or mixed dtypes it
 * does not take, Wasm unavailable — by returning false before writing anything; the CPU kernel
 * then runs. Returns true when it wrote the outputs.
 */
export type WasmKernel<P> = (
  ins: readonly AnyTypedArray[],
  inMeta: readonly TensorMeta[],
  outs: AnyTypedArray[],
  outMeta: readonly TensorMeta[],
  params: P,
) => boolean;

/**
 * The WebGPU kernel of an op: records one or more compute dispatches through `gpu.run` (see
 * backends/webgpu/context.ts). Buffers are opaque handles; shapes and params come as for the
 * CPU kernel.
 */
export type WebGpuKernel<P> = (
  gpu: GpuContext,
  ins: readonly DeviceBuffer[],
  inMeta: readonly TensorMeta[],
  outs: DeviceBuffer[],
  outMeta: readonly TensorMeta[],
  params: P,
) => void;

/**
 * Kernels of one op, one per backend. On the CPU, `wasm` (when the op has one) is tried first
 * while the Wasm kernels are selected (`setCpuKernels`), and `cpu` — plain TypeScript, the
 * reference — runs when it declines or they are not.
 */
export interface OpKernels<P> {
  readonly cpu: CpuKernel<P>;
  readonly wasm?: WasmKernel<P>;
  readonly webgpu?: WebGpuKernel<P>;
}

export interface Backend {
  readonly name: DeviceName;
  /**
   * A buffer for `size` elements. Zeroed, unless `overwritten`: the op's kernels write every
   * element (`OpDefBase.overwrites`), so a reused block may be handed out as it is.
   */
  allocate(dtype: DType, size: number, overwritten?: boolean): DeviceBuffer;
  /** Upload host data into a new buffer (the array is copied or adopted, never aliased by the caller afterwards). */
  fromHost(data: AnyTypedArray): DeviceBuffer;
  free(buffer: DeviceBuffer): void;
  read(buffer: DeviceBuffer, dtype: DType, size: number): Promise<AnyTypedArray>;
  /** Synchronous read; backends that cannot (WebGPU) throw with a message pointing to `await t.data()`. */
  readSync(buffer: DeviceBuffer, dtype: DType, size: number): AnyTypedArray;
  /** Called for every new tensor on this device (lifetime tracking: scopes, finalization). */
  track?(tensor: object, buffer: DeviceBuffer): void;
  /** Release a tracked tensor now (scopes and `dispose`); a second call for the same tensor does nothing. */
  untrack?(tensor: object, buffer: DeviceBuffer): void;
  run<P>(
    opName: string,
    kernels: OpKernels<P>,
    ins: readonly DeviceBuffer[],
    inMeta: readonly TensorMeta[],
    outs: DeviceBuffer[],
    outMeta: readonly TensorMeta[],
    params: P,
  ): void;
}

const backends = new Map<DeviceName, Backend>();
let defaultDevice: DeviceName = 'cpu';

export function registerBackend(backend: Backend): void {
  backends.set(backend.name, backend);
}

export function getBackend(name: DeviceName): Backend {
  const b = backends.get(name);
  if (!b) {
    throw new Error(`device '${name}' is not available` + (name === 'webgpu' ? ' (initialise it first with `await initWebGPU()`)' : ''));
  }
  return b;
}

export function getDefaultDevice(): DeviceName {
  return defaultDevice;
}

export function setDefaultDevice(name: DeviceName): void {
  getBackend(name);
  defaultDevice = name;
}
