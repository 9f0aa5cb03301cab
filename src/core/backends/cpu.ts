/** The CPU backend: buffers are typed arrays, kernels are plain TypeScript loops (the float64 reference). */
import type { Backend, DeviceBuffer } from '../backend.js';
import { registerBackend } from '../backend.js';
import type { AnyTypedArray, DType } from '../dtype.js';
import { typedArrayFor } from '../dtype.js';

function asArray(b: DeviceBuffer): AnyTypedArray {
  return b as AnyTypedArray;
}

export const cpuBackend: Backend = {
  name: 'cpu',
  allocate(dtype: DType, size: number) {
    return typedArrayFor(dtype, size);
  },
  fromHost(data) {
    return data;
  },
  free() {
    // garbage-collected
  },
  read(buffer) {
    return Promise.resolve(asArray(buffer).slice());
  },
  readSync(buffer) {
    return asArray(buffer).slice();
  },
  run(_name, kernels, ins, inMeta, outs, outMeta, params) {
    kernels.cpu(ins as AnyTypedArray[], inMeta, outs as AnyTypedArray[], outMeta, params);
  },
};

registerBackend(cpuBackend);
