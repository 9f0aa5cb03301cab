/**
 * Moving tensors between devices and releasing device memory: `t.to(device)`, `scope(fn)`,
 * `dispose(t)`. On the CPU memory is garbage-collected and these are no-ops.
 */
import type { DeviceName } from './backend.js';
import type { Tensor } from './tensor.js';
/** A copy of `t` on `device` (the same tensor when it is already there). */
export declare function toDevice(t: Tensor, device: DeviceName): Promise<Tensor>;
export declare const scope: (<T>(fn: () => T) => T) & {
    step: <T>(prev: unknown, fn: () => T) => T;
};
/**
 * Release a tensor's memory now; using it afterwards raises. WebGPU tensors, and CPU tensors in
 * the tensor heap (16 KiB and more); smaller CPU tensors are left to the garbage collector.
 */
export declare function dispose(t: Tensor): void;
