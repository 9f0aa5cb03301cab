/** Creating tensors from JS data and by pattern (zeros, ones, arange, eye ...). */
import type { DeviceName } from './backend.js';
import type { AnyTypedArray, DType } from './dtype.js';
import type { NestedArray } from './tensor.js';
import { Tensor } from './tensor.js';
export type TensorData = AnyTypedArray | NestedArray | readonly NestedArray[];
export interface CreateOptions {
    dtype?: DType;
    shape?: readonly number[];
    device?: DeviceName;
}
/** Wrap a typed array (adopted, not copied) as a tensor on `device`. Internal. */
export declare function fromTypedArray(data: AnyTypedArray, shape: readonly number[], dtype: DType, device?: DeviceName): Tensor;
/**
 * Create a tensor from a number, a boolean, nested arrays or a typed array.
 * dtype defaults to the typed array's type, `bool` for booleans, else `f32`
 * (see `setDefaultFloat`). `shape` reshapes flat data (sizes must agree).
 *
 * @example tensor([[1, 2], [3, 4]], { dtype: 'f64' })
 */
export declare function tensor(data: TensorData, options?: CreateOptions): Tensor;
/** A rank-0 tensor. */
export declare function scalar(value: number, dtype?: DType, device?: DeviceName): Tensor;
export declare function full(shape: readonly number[], value: number, options?: Omit<CreateOptions, 'shape'>): Tensor;
export declare function zeros(shape: readonly number[], options?: Omit<CreateOptions, 'shape'>): Tensor;
export declare function ones(shape: readonly number[], options?: Omit<CreateOptions, 'shape'>): Tensor;
export declare function zerosLike(t: Tensor, options?: Omit<CreateOptions, 'shape'>): Tensor;
export declare function onesLike(t: Tensor, options?: Omit<CreateOptions, 'shape'>): Tensor;
export declare function fullLike(t: Tensor, value: number, options?: Omit<CreateOptions, 'shape'>): Tensor;
/**
 * `arange(stop)`, `arange(start, stop, step?)`: values start, start+step, ... < stop.
 * dtype defaults to `i32` when all arguments are integers, else the default float.
 */
export declare function arange(start: number, stop?: number, step?: number, options?: Omit<CreateOptions, 'shape'>): Tensor;
/** `num` evenly spaced values from start to stop inclusive. */
export declare function linspace(start: number, stop: number, num: number, options?: Omit<CreateOptions, 'shape'>): Tensor;
/**
 * Identity matrix [n, m]: ones on the main diagonal. `m` defaults to n, so `eye(n, { dtype })`
 * and `eye(n, m, { dtype })` both work (numpy's `eye(N, M, dtype=…)`).
 */
export declare function eye(n: number, options?: Omit<CreateOptions, 'shape'>): Tensor;
export declare function eye(n: number, m?: number, options?: Omit<CreateOptions, 'shape'>): Tensor;
