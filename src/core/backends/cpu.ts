/**
 * The CPU backend: buffers are typed arrays; an op runs its WebAssembly kernel (`kernels.wasm`,
 * SIMD and threads, see backends/wasm/) when it has one, the Wasm kernels are selected and it
 * takes the call, else its plain TypeScript kernel (the float64 reference).
 */
import type { Backend, DeviceBuffer } from '../backend.js';
import { registerBackend } from '../backend.js';
import type { AnyTypedArray, DType } from '../dtype.js';
import { typedArrayFor } from '../dtype.js';
import { currentScope } from './webgpu/scope.js';
import { copyOut, heapAllocate, heapRelease, heapRetain, isReleased, releasedError } from './wasm/heap.js';
import { env, wasmSelected } from './wasm/runtime.js';

function asArray(b: DeviceBuffer): AnyTypedArray {
  return b as AnyTypedArray;
}

/*
 * Small buffers are carved out of 256 KiB slabs with a bump pointer: creating a typed-array
 * view on an existing ArrayBuffer costs ~40 ns, a fresh allocation of a few KiB ~2 µs (the
 * engine allocates and tracks an external backing store). Slabs are never reused, so every
 * view starts zeroed, and a slab is freed by the garbage collector once no view into it is
 * alive. The price: a long-lived small tensor keeps its whole slab alive (at most 256 KiB).
 */
const SLAB_BYTES = 256 * 1024;
const SMALL_BYTES = 8 * 1024;
let slab = new ArrayBuffer(SLAB_BYTES);
let slabOffset = 0;

function allocate(dtype: DType, size: number, overwritten = false): AnyTypedArray {
  const a = zeroedOrNot(dtype, size, overwritten);
  if (overwritten && poison) a.fill(dtype === 'bool' || dtype === 'i32' ? -1 : NaN);
  return a;
}

/**
 * LOOPLAB_CPU_POISON=1 (tests): outputs of ops declared `overwrites` start as NaN (−1 for integer
 * and bool buffers) instead of zero, so a kernel that reads an output before writing it, or
 * leaves an element unwritten, shows up in every result it touches.
 */
let poison = env('LOOPLAB_CPU_POISON') === '1';

/** Turn the poisoning of `overwrites` outputs on or off (tests). */
export function setCpuPoison(on: boolean): void {
  poison = on;
}

function zeroedOrNot(dtype: DType, size: number, overwritten: boolean): AnyTypedArray {
  const bpe = dtype === 'f64' ? 8 : dtype === 'bool' ? 1 : 4;
  const bytes = size * bpe;
  if (bytes > SMALL_BYTES || bytes === 0) return (wasmSelected() ? heapAllocate(dtype, size, overwritten) : null) ?? typedArrayFor(dtype, size);
  let off = (slabOffset + 7) & ~7;
  if (off + bytes > SLAB_BYTES) {
    slab = new ArrayBuffer(SLAB_BYTES);
    off = 0;
  }
  slabOffset = off + bytes;
  switch (dtype) {
    case 'f32':
      return new Float32Array(slab, off, size);
    case 'f64':
      return new Float64Array(slab, off, size);
    case 'i32':
      return new Int32Array(slab, off, size);
    case 'bool':
      return new Uint8Array(slab, off, size);
    default:
      return dtype satisfies never;
  }
}

export const cpuBackend: Backend = {
  name: 'cpu',
  allocate,
  fromHost(data) {
    return data;
  },
  free() {
    // garbage-collected
  },
  read(buffer) {
    if (isReleased(buffer)) throw releasedError('a CPU tensor');
    return Promise.resolve(copyOut(asArray(buffer)));
  },
  readSync(buffer) {
    if (isReleased(buffer)) throw releasedError('a CPU tensor');
    return copyOut(asArray(buffer));
  },
  // large buffers live in the tensor heap (wasm/heap.ts): scopes and dispose release them
  track(tensor, buffer) {
    if (heapRetain(tensor, buffer)) currentScope()?.add(tensor, buffer);
  },
  untrack(tensor, buffer) {
    heapRelease(tensor, buffer);
  },
  run(_name, kernels, ins, inMeta, outs, outMeta, params) {
    const w = kernels.wasm;
    if (w !== undefined && wasmSelected() && w(ins as AnyTypedArray[], inMeta, outs as AnyTypedArray[], outMeta, params)) return;
    kernels.cpu(ins as AnyTypedArray[], inMeta, outs as AnyTypedArray[], outMeta, params);
  },
};

registerBackend(cpuBackend);
