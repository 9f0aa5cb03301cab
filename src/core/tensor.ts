/**
 * The Tensor: an immutable n-dimensional array living on a device. Ops never modify a tensor;
 * they return new ones. Element access is through `await t.data()` (any device) or
 * `t.dataSync()` (CPU). Methods such as `t.add(u)` are attached in `methods.ts`.
 */
import type { DeviceBuffer, DeviceName } from './backend.js';
import { getBackend } from './backend.js';
import type { AnyTypedArray, DType } from './dtype.js';
import type { Shape } from './shape.js';
import { sizeOf } from './shape.js';
import type { GraphNode } from './graph.js';

/** Nested JS arrays as returned by `toArray()`. */
export type NestedArray = number | boolean | NestedArray[];

let nextTensorId = 0;

/** The id the next tensor will get: tensors with an id at or above a watermark taken earlier were created since (internal). */
export function tensorIdWatermark(): number {
  return nextTensorId;
}

export class Tensor {
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

  constructor(shape: Shape, dtype: DType, device: DeviceName, buffer: DeviceBuffer, node?: GraphNode, outIndex = 0) {
    this.id = nextTensorId++;
    // Shapes are shared between tensors (ops pass their inputs' shapes through), so they are
    // frozen once; an already frozen array is reused without copying.
    this.shape = Object.isFrozen(shape) ? shape : Object.freeze([...shape]);
    this.dtype = dtype;
    this.device = device;
    this.buffer = buffer;
    this.node = node;
    this.outIndex = outIndex;
    getBackend(device).track?.(this, buffer);
  }

  /** Number of elements. */
  get size(): number {
    return sizeOf(this.shape);
  }

  get rank(): number {
    return this.shape.length;
  }

  /** A copy of the elements in row-major order (works on every device). */
  data(): Promise<AnyTypedArray> {
    return getBackend(this.device).read(this.buffer, this.dtype, this.size);
  }

  /** A copy of the elements in row-major order; CPU tensors only (use `await data()` elsewhere). */
  dataSync(): AnyTypedArray {
    return getBackend(this.device).readSync(this.buffer, this.dtype, this.size);
  }

  /** The single element of a size-1 tensor as a JS number (bools as 0/1). */
  item(): number {
    if (this.size !== 1) throw new Error(`item: tensor of shape [${this.shape.join(', ')}] has ${this.size} elements, expected 1`);
    return this.dataSync()[0];
  }

  /** Nested JS arrays (numbers; booleans for `bool`). CPU tensors only. */
  toArray(): NestedArray {
    const d = this.dataSync();
    const isBool = this.dtype === 'bool';
    const shape = this.shape;
    let pos = 0;
    const build = (dim: number): NestedArray => {
      if (dim === shape.length) {
        const v = d[pos++];
        return isBool ? v !== 0 : v;
      }
      const res: NestedArray[] = [];
      for (let i = 0; i < shape[dim]; i++) res.push(build(dim + 1));
      return res;
    };
    return build(0);
  }

  toString(): string {
    const body = this.device === 'cpu' && this.size <= 64 ? JSON.stringify(this.toArray()) : '…';
    return `Tensor(${this.dtype}[${this.shape.join(', ')}], ${body})`;
  }
}

export function isTensor(x: unknown): x is Tensor {
  return x instanceof Tensor;
}

/** Minimal CPU view used by kernels and tests: the underlying typed array (never mutate). */
export function cpuData(t: Tensor): AnyTypedArray {
  if (t.device !== 'cpu') throw new Error(`expected a CPU tensor, got one on '${t.device}'`);
  return t.buffer as AnyTypedArray;
}

/** The same values without autodiff history (shares the buffer). */
export function detach(t: Tensor): Tensor {
  return t.node === undefined ? t : new Tensor(t.shape, t.dtype, t.device, t.buffer);
}
