/**
 * Shape ops: reshape (a view: the buffer is shared), broadcastTo, transpose, swapAxes, mT,
 * unsqueeze (alias expandDims), squeeze. Tensors are always contiguous and row-major; permutations copy.
 */
import { NaryKernel } from '../backends/cpu-loops.js';
import { wasmStridedCopy } from '../backends/wasm/copy.js';
import { gpuStridedCopy } from '../backends/webgpu/wgsl-movement.js';
import type { OpDef } from '../op.js';
import { recordNode, runOp1 } from '../op.js';
import { broadcastShapes, broadcastStrides, checkShape, fmt, normAxis, normAxes, shapeEq, sizeOf, stridesOf } from '../shape.js';
import { Tensor } from '../tensor.js';
import { sumToShape } from './elementwise.js';

const copyKernel = new NaryKernel(1, 'x');

/**
 * Reshape to `shape` (one entry may be −1). Shares the buffer: no copy.
 */
export function reshape(x: Tensor, shape: readonly number[]): Tensor {
  const target = [...shape];
  const inferAt = target.indexOf(-1);
  if (inferAt >= 0) {
    if (target.indexOf(-1, inferAt + 1) >= 0) throw new Error(`reshape: only one dimension may be -1 (got ${fmt(shape)})`);
    const known = target.reduce((p, d, i) => (i === inferAt ? p : p * d), 1);
    if (known === 0 || x.size % known !== 0) throw new Error(`reshape: cannot reshape ${fmt(x.shape)} (${x.size} elements) into ${fmt(shape)}`);
    target[inferAt] = x.size / known;
  }
  checkShape('reshape', target);
  if (sizeOf(target) !== x.size) throw new Error(`reshape: cannot reshape ${fmt(x.shape)} (${x.size} elements) into ${fmt(shape)}`);
  if (shapeEq(target, x.shape)) return x;
  const out = new Tensor(target, x.dtype, x.device, x.buffer);
  recordNode('reshape', [x], [out], ([g]) => [g ? reshape(g, x.shape) : null]);
  return out;
}

/** Flatten to one dimension. */
export function ravel(x: Tensor): Tensor {
  return reshape(x, [x.size]);
}

export interface BroadcastParams {
  readonly shape: readonly number[];
}

export const broadcastOp: OpDef<'broadcastTo'> = {
  name: 'broadcastTo',
  overwrites: true,
  infer: ([x], { shape }) => {
    const b = broadcastShapes('broadcastTo', x.shape, shape);
    if (!shapeEq(b, shape)) throw new Error(`broadcastTo: cannot broadcast ${fmt(x.shape)} to ${fmt(shape)}`);
    return [{ shape, dtype: x.dtype }];
  },
  kernels: {
    cpu: (ins, inMeta, outs, outMeta) => {
      // a broadcast scalar is a fill; rows repeated over leading axes are block copies
      if (ins[0].length === 1) {
        outs[0].fill(ins[0][0]);
        return;
      }
      const st = broadcastStrides(inMeta[0].shape, outMeta[0].shape);
      const inner = ins[0].length;
      const os = outMeta[0].shape;
      let lead = os.length;
      while (lead > 0 && st[lead - 1] !== 0) lead--;
      if (sizeOf(os.slice(lead)) === inner) {
        for (let p = 0; p < outs[0].length; p += inner) outs[0].set(ins[0], p);
        return;
      }
      copyKernel.run(ins, outs[0], os, [st]);
    },
    wasm: (ins, inMeta, outs, outMeta) =>
      ins[0].length > 1 && wasmStridedCopy(ins[0], outs[0], outMeta[0].shape, broadcastStrides(inMeta[0].shape, outMeta[0].shape)),
    webgpu: (gpu, ins, inMeta, outs, outMeta) => gpuStridedCopy(gpu, ins[0], outs[0], outMeta[0].shape, 0, broadcastStrides(inMeta[0].shape, outMeta[0].shape)),
  },
  vjp: ([g], { inputs }) => [g ? sumToShape(g, inputs[0].shape) : null],
};

/** Broadcast (numpy rules) to `shape`, materialising the copy. Rank promotion here is explicit. */
export function broadcastTo(x: Tensor, shape: readonly number[]): Tensor {
  checkShape('broadcastTo', shape);
  if (shapeEq(x.shape, shape)) return x;
  if (x.size === sizeOf(shape)) return reshape(x, shape);
  return runOp1(broadcastOp, [x], { shape: [...shape] });
}

export interface TransposeParams {
  readonly perm: readonly number[];
}

export const permuteOp: OpDef<'transpose'> = {
  name: 'transpose',
  overwrites: true,
  infer: ([x], { perm }) => [{ shape: perm.map((p) => x.shape[p]), dtype: x.dtype }],
  kernels: {
    cpu: (ins, inMeta, outs, outMeta, { perm }) => {
      const st = stridesOf(inMeta[0].shape);
      copyKernel.run(ins, outs[0], outMeta[0].shape, [perm.map((p) => st[p])]);
    },
    wasm: (ins, inMeta, outs, outMeta, { perm }) => {
      const st = stridesOf(inMeta[0].shape);
      return wasmStridedCopy(
        ins[0],
        outs[0],
        outMeta[0].shape,
        perm.map((p) => st[p]),
      );
    },
    webgpu: (gpu, ins, inMeta, outs, outMeta, { perm }) => {
      const st = stridesOf(inMeta[0].shape);
      gpuStridedCopy(
        gpu,
        ins[0],
        outs[0],
        outMeta[0].shape,
        0,
        perm.map((p) => st[p]),
      );
    },
  },
  vjp: ([g], { params }) => {
    if (!g) return [null];
    const inv = new Array<number>(params.perm.length);
    params.perm.forEach((p, i) => (inv[p] = i));
    return [transpose(g, inv)];
  },
};

/**
 * Permute axes (default: reverse them, as numpy's `transpose`).
 */
export function transpose(x: Tensor, perm?: readonly number[]): Tensor {
  const r = x.rank;
  const p = perm === undefined ? Array.from({ length: r }, (_, i) => r - 1 - i) : perm.map((a) => normAxis('transpose', a, r));
  if (p.length !== r || new Set(p).size !== r) {
    throw new Error(`transpose: perm ${JSON.stringify(perm)} is not a permutation of the ${r} axes of ${fmt(x.shape)}`);
  }
  if (p.every((a, i) => a === i)) return x;
  // Moving only size-1 axes does not change the memory order: a reshape suffices.
  const nonUnit = p.filter((a) => x.shape[a] !== 1);
  if (nonUnit.every((a, i) => i === 0 || a > nonUnit[i - 1]))
    return reshape(
      x,
      p.map((a) => x.shape[a]),
    );
  return runOp1(permuteOp, [x], { perm: p });
}

/** Swap two axes. */
export function swapAxes(x: Tensor, a: number, b: number): Tensor {
  const p = Array.from({ length: x.rank }, (_, i) => i);
  const i = normAxis('swapAxes', a, x.rank);
  const j = normAxis('swapAxes', b, x.rank);
  [p[i], p[j]] = [p[j], p[i]];
  return transpose(x, p);
}

/** Transpose of the last two axes (matrix transpose, batched). */
export function mT(x: Tensor): Tensor {
  if (x.rank < 2) throw new Error(`mT: needs rank >= 2, got ${fmt(x.shape)}`);
  return swapAxes(x, -1, -2);
}

/**
 * Insert a size-1 axis at `axis` (in the output's numbering): x: [2, 3], axis 1 -> [2, 1, 3].
 * PyTorch's name; numpy and JAX call it `expand_dims` (exported as the alias `expandDims`).
 */
export function unsqueeze(x: Tensor, axis: number): Tensor {
  const a = normAxis('unsqueeze', axis, x.rank + 1);
  const s = [...x.shape];
  s.splice(a, 0, 1);
  return reshape(x, s);
}

/** Alias of `unsqueeze` under its numpy/JAX name (`expand_dims`, one axis). */
export const expandDims = unsqueeze;

/** Remove size-1 axes (all of them, or those named). */
export function squeeze(x: Tensor, axis?: number | readonly number[]): Tensor {
  const axes = axis === undefined ? x.shape.map((d, i) => (d === 1 ? i : -1)).filter((i) => i >= 0) : normAxes('squeeze', axis, x.rank);
  for (const a of axes) if (x.shape[a] !== 1) throw new Error(`squeeze: axis ${a} of ${fmt(x.shape)} has size ${x.shape[a]}, not 1`);
  return reshape(
    x,
    x.shape.filter((_, i) => !axes.includes(i)),
  );
}
