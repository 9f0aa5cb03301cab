/**
 * The Tensor: an immutable n-dimensional array living on a device. Ops never modify a tensor;
 * they return new ones. Element access is through `await t.data()` (any device) or
 * `t.dataSync()` (CPU). Methods such as `t.add(u)` are attached in `methods.ts`.
 */
import type { DeviceBuffer, DeviceName } from './backend.js';
import type { AnyTypedArray, DType } from './dtype.js';
import type { Shape } from './shape.js';
import type { GraphNode } from './graph.js';
/** Nested JS arrays as returned by `toArray()`. */
export type NestedArray = number | boolean | NestedArray[];
export declare class Tensor {
    readonly id: number;
    readonly shape: readonly number[];
    readonly dtype: DType;
    readonly device: DeviceName;
    /** The device buffer (contiguous, row-major). Internal: do not mutate. */
    readonly buffer: DeviceBuffer;
    /** Autodiff: the graph node that produced this tensor while some gradient trace was recording. */
    node: GraphNode | undefined;
    /** Which output of `node` this tensor is. */
    outIndex: number;
    constructor(shape: Shape, dtype: DType, device: DeviceName, buffer: DeviceBuffer, node?: GraphNode, outIndex?: number);
    /** Number of elements. */
    get size(): number;
    get rank(): number;
    /** A copy of the elements in row-major order (works on every device). */
    data(): Promise<AnyTypedArray>;
    /** A copy of the elements in row-major order; CPU tensors only (use `await data()` elsewhere). */
    dataSync(): AnyTypedArray;
    /** The single element of a size-1 tensor as a JS number (bools as 0/1). */
    item(): number;
    /** Nested JS arrays (numbers; booleans for `bool`). CPU tensors only. */
    toArray(): NestedArray;
    toString(): string;
}
export declare function isTensor(x: unknown): x is Tensor;
/** Minimal CPU view used by kernels and tests: the underlying typed array (never mutate). */
export declare function cpuData(t: Tensor): AnyTypedArray;
/** The same values without autodiff history (shares the buffer). */
export declare function detach(t: Tensor): Tensor;
