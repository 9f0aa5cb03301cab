/**
 * Integer indexing: gather along an axis (`takeAlongAxis`, and `take` built on it), its
 * adjoint `scatterAdd`, and `oneHot`.
 *
 *   takeAlongAxis:  y[..i..] = x[..i.., with i_axis replaced by idx[..i..]]   (non-axis dims broadcast)
 *   scatterAdd:     y = x;  y[..j.., with j_axis replaced by idx[..j..]] += u[..j..]
 *
 * The VJP of the gather is a scatter-add into zeros, the VJP of the scatter-add (in `updates`)
 * is a gather: both are differentiable ops, so derivatives of any order work. Indices are i32;
 * negative indices count from the end of the axis; anything else out of range throws on the
 * CPU. A GPU kernel cannot throw: on WebGPU an out-of-range gather index is clamped into
 * 0..n−1, and an out-of-range scatter-add index drops its update.
 *
 * The WebGPU scatter-add is deterministic (WGSL has no float atomics): one invocation per
 * output element scans the indices that can name it and adds their updates in the CPU's
 * order, so results equal the CPU's bit for bit in f32. Cost O(|x| · m), m the updates'
 * length along the axis.
 */
import { gpuGather, gpuScatterAdd } from '../backends/webgpu/wgsl-movement.js';
import type { DeviceName } from '../backend.js';
import type { AnyTypedArray, DType } from '../dtype.js';
import { isDType } from '../dtype.js';
import { arange, tensor, zeros } from '../creation.js';
import type { OpDef } from '../op.js';
import { runOp1 } from '../op.js';
import { fmt, normAxis, shapeEq, sizeOf, stridesOf } from '../shape.js';
import { Tensor } from '../tensor.js';
import { cast, eq, sumToShape } from './elementwise.js';
import { stridedSlice } from './movement.js';
import { ravel, reshape } from './shape-ops.js';

/** Indices as accepted by `take` and `oneHot`: an i32 tensor, a JS integer or an array of them. */
export type IndexLike = Tensor | number | readonly number[];

/** Indices as an i32 tensor; numbers and arrays are placed on `device` (the indexed tensor's). */
function indexTensor(op: string, indices: IndexLike, device?: DeviceName): Tensor {
  if (indices instanceof Tensor) {
    if (indices.dtype !== 'i32') throw new Error(`${op}: indices must be an i32 tensor, got ${indices.dtype}${fmt(indices.shape)} (cast with .cast('i32'))`);
    return indices;
  }
  if (typeof indices === 'number' || Array.isArray(indices)) {
    const flat = typeof indices === 'number' ? [indices] : indices;
    for (const v of flat) if (!Number.isInteger(v)) throw new Error(`${op}: indices must be integers, got ${JSON.stringify(indices)}`);
    return tensor(indices as number | number[], { dtype: 'i32', device });
  }
  throw new Error(`${op}: indices must be an i32 Tensor, an integer or an array of integers`);
}

function rangeError(op: string, v: number, axis: number, n: number): Error {
  return new Error(`${op}: index ${v} is out of range for axis ${axis} of size ${n} (allowed ${-n}..${n - 1})`);
}

/**
 * The loop shared by gather and scatter-add. Walks the multi-indices of `shape` (row-major;
 * p is the flat position) with two strided offsets: `a` into the data tensor (0 stride on
 * the indexed axis and on broadcast axes) and `b` into the index tensor (0 on broadcast
 * axes). For each element the index k = idx[b] (negative wraps) selects data[a + k·axisStride]:
 * gather copies it to out[p]; scatter adds src[p] into it. Written out (no per-element
 * callback) because embedding lookups run it over every token every step.
 */
function indexedLoop(
  mode: 'gather' | 'scatter',
  api: string,
  shape: readonly number[],
  sa: readonly number[],
  sb: readonly number[],
  idx: AnyTypedArray,
  axis: number,
  n: number,
  axisStride: number,
  data: AnyTypedArray,
  other: AnyTypedArray,
): void {
  const total = sizeOf(shape);
  if (total === 0) return;
  const r = shape.length;
  const inner = shape[r - 1];
  const ai = sa[r - 1];
  const bi = sb[r - 1];
  const ctr = new Array<number>(r).fill(0);
  let a = 0;
  let b = 0;
  for (let p = 0; p < total; p += inner) {
    if (bi === 0 && mode === 'gather') {
      // One index for the whole innermost run (take over a non-last axis): a strided copy.
      const raw = idx[b];
      const k = raw < 0 ? raw + n : raw;
      if (k < 0 || k >= n) throw rangeError(api, raw, axis, n);
      const base = a + k * axisStride;
      for (let j = 0; j < inner; j++) other[p + j] = data[base + j * ai];
    } else {
      for (let j = 0; j < inner; j++) {
        const raw = idx[b + j * bi];
        const k = raw < 0 ? raw + n : raw;
        if (k < 0 || k >= n) throw rangeError(api, raw, axis, n);
        if (mode === 'gather') other[p + j] = data[a + j * ai + k * axisStride];
        else data[a + j * ai + k * axisStride] += other[p + j];
      }
    }
    for (let d = r - 2; d >= 0; d--) {
      ctr[d]++;
      a += sa[d];
      b += sb[d];
      if (ctr[d] < shape[d]) break;
      a -= sa[d] * shape[d];
      b -= sb[d] * shape[d];
      ctr[d] = 0;
    }
  }
}

/** Strides of `inner` read as if broadcast to `outer` (0 where inner has 1 and outer does not), 0 on `zeroAxis`. */
function readStrides(inner: readonly number[], outer: readonly number[], zeroAxis = -1): number[] {
  const st = stridesOf(inner);
  return outer.map((m, d) => (d === zeroAxis || (inner[d] === 1 && m !== 1) ? 0 : st[d]));
}

// ---------------------------------------------------------------------------------------------
// primitives

export interface GatherParams {
  readonly axis: number;
  /** The public function named in errors ('take' or 'takeAlongAxis'). */
  readonly api: string;
}

export const gatherOp: OpDef<'takeAlongAxis'> = {
  name: 'takeAlongAxis',
  overwrites: true,
  infer: ([x, idx], { axis, api }) => {
    if (idx.dtype !== 'i32') throw new Error(`${api}: indices must be i32, got ${idx.dtype}`);
    if (x.shape.length !== idx.shape.length) {
      throw new Error(`${api}: indices must have the same rank as x (got ${fmt(x.shape)} and ${fmt(idx.shape)})`);
    }
    const shape = x.shape.map((n, d) => {
      const m = idx.shape[d];
      if (d === axis) return m;
      if (n !== m && n !== 1 && m !== 1) {
        throw new Error(`${api}: x and indices cannot be broadcast on axis ${d} (got ${fmt(x.shape)} and ${fmt(idx.shape)})`);
      }
      return n === 1 ? m : n;
    });
    return [{ shape, dtype: x.dtype }];
  },
  kernels: {
    cpu: (ins, inMeta, outs, outMeta, { axis, api }) => {
      const xs = inMeta[0].shape;
      const os = outMeta[0].shape;
      const sx = readStrides(xs, os, axis);
      const si = readStrides(inMeta[1].shape, os);
      indexedLoop('gather', api, os, sx, si, ins[1], axis, xs[axis], stridesOf(xs)[axis], ins[0], outs[0]);
    },
    // Out-of-range indices are clamped (a GPU kernel cannot throw).
    webgpu: (gpu, ins, inMeta, outs, outMeta, { axis }) => {
      const xs = inMeta[0].shape;
      const os = outMeta[0].shape;
      gpuGather(gpu, ins[0], ins[1], outs[0], os, readStrides(xs, os, axis), readStrides(inMeta[1].shape, os), xs[axis], stridesOf(xs)[axis]);
    },
  },
  vjp: ([g], { inputs, params }) => {
    if (!g) return [null, null];
    const [x, idx] = inputs;
    // Scatter into x broadcast to the output's non-axis dims, then sum the broadcast away.
    // (The internal scatter broadcasts idx itself, so no index tensor of g's size is built.)
    const bx = g.shape.map((m, d) => (d === params.axis ? x.shape[d] : m));
    const base = zeros(bx, { dtype: g.dtype, device: g.device });
    const gx = runOp1(scatterAddOp, [base, idx, g], { axis: params.axis });
    return [sumToShape(gx, x.shape), null];
  },
};

/**
 * Internally the indices may broadcast against the updates on non-axis dims (size 1); the
 * public `scatterAdd` insists on equal shapes, as torch does.
 */
export interface ScatterAddParams {
  readonly axis: number;
}

export const scatterAddOp: OpDef<'scatterAdd'> = {
  name: 'scatterAdd',
  infer: ([x, idx, u], { axis }) => {
    if (idx.dtype !== 'i32') throw new Error(`scatterAdd: indices must be i32, got ${idx.dtype}`);
    if (x.dtype !== u.dtype)
      throw new Error(`scatterAdd: x and updates must have the same dtype (got ${x.dtype}${fmt(x.shape)} and ${u.dtype}${fmt(u.shape)})`);
    if (x.dtype === 'bool') throw new Error(`scatterAdd: cannot add bool tensors (cast to i32 or a float type)`);
    const r = x.shape.length;
    if (idx.shape.length !== r || u.shape.length !== r || idx.shape.some((m, d) => m !== u.shape[d] && !(d !== axis && m === 1))) {
      throw new Error(`scatterAdd: indices and updates must have the same shape (got ${fmt(idx.shape)} and ${fmt(u.shape)})`);
    }
    if (x.shape.some((n, d) => d !== axis && u.shape[d] > n)) {
      throw new Error(`scatterAdd: indices must have x's rank and be no larger than x on axes other than ${axis} (got ${fmt(x.shape)} and ${fmt(u.shape)})`);
    }
    return [{ shape: x.shape, dtype: x.dtype }];
  },
  kernels: {
    cpu: (ins, inMeta, outs, _outMeta, { axis }) => {
      const out = outs[0];
      out.set(ins[0]);
      const xs = inMeta[0].shape;
      const us = inMeta[2].shape;
      // x is addressed with its own strides over the updates' index range (torch semantics).
      const xst = stridesOf(xs);
      const sx = us.map((_, d) => (d === axis ? 0 : xst[d]));
      const si = readStrides(inMeta[1].shape, us);
      indexedLoop('scatter', 'scatterAdd', us, sx, si, ins[1], axis, xs[axis], xst[axis], out, ins[2]);
    },
    // Deterministic, no atomics; out-of-range indices drop their update (see the file comment).
    webgpu: (gpu, ins, inMeta, outs, outMeta, { axis }) => {
      const us = inMeta[2].shape;
      gpuScatterAdd(gpu, ins[0], ins[1], ins[2], outs[0], outMeta[0].dtype, inMeta[0].shape, us, readStrides(inMeta[1].shape, us), axis);
    },
  },
  vjp: ([g], { inputs, params }) => {
    if (!g) return [null, null, null];
    const [x, idx, u] = inputs;
    // Updates only touch the leading u.shape[d] positions of each non-axis dim (torch semantics).
    const region = x.shape.map((n, d) => (d === params.axis ? n : u.shape[d]));
    const gRegion = stridedSlice(
      g,
      region.map(() => 0),
      region.map(() => 1),
      region,
    );
    return [g, null, runOp1(gatherOp, [gRegion, idx], { axis: params.axis, api: 'scatterAdd' })];
  },
};

// ---------------------------------------------------------------------------------------------
// public functions

/**
 * numpy `take_along_axis`: pick, for every position of `indices`, the element of x along
 * `axis`. x and indices have the same rank; their other axes broadcast.
 *
 * x: [..., n, ...], indices (i32): [..., m, ...] -> [..., m, ...]
 * y[..i..] = x[i_0, ..., idx[..i..], ...]
 * Out-of-range indices throw on the CPU; on WebGPU they are clamped into 0..n−1.
 */
export function takeAlongAxis(x: Tensor, indices: Tensor, axis: number): Tensor {
  const idx = indexTensor('takeAlongAxis', indices);
  if (x.rank === 0) throw new Error('takeAlongAxis: x must have rank >= 1');
  const a = normAxis('takeAlongAxis', axis, x.rank);
  return runOp1(gatherOp, [x, idx], { axis: a, api: 'takeAlongAxis' });
}

/**
 * numpy `take`: elements of x at `indices` along `axis` (default: of the flattened x). The
 * indexed axis is replaced by the shape of `indices` (a JS number removes it).
 *
 * x: [pre..., n, post...], indices: [i...] -> [pre..., i..., post...]
 * VJP: scatter-add of the cotangent into zeros. Out-of-range indices throw on the CPU; on
 * WebGPU they are clamped into 0..n−1.
 */
export function take(x: Tensor, indices: IndexLike, axis?: number): Tensor {
  const idx = indexTensor('take', indices, x.device);
  let src = x;
  let a = 0;
  if (axis === undefined || axis === null) src = ravel(x);
  else {
    if (x.rank === 0) throw new Error('take: x has rank 0; omit axis to index the flattened tensor');
    a = normAxis('take', axis, x.rank);
  }
  const pre = src.shape.slice(0, a);
  const post = src.shape.slice(a + 1);
  const P = sizeOf(pre);
  const Q = sizeOf(post);
  const x3 = reshape(src, [P, src.shape[a], Q]);
  const i3 = reshape(idx, [1, idx.size, 1]);
  const y = runOp1(gatherOp, [x3, i3], { axis: 1, api: 'take' });
  return reshape(y, [...pre, ...idx.shape, ...post]);
}

/**
 * torch `scatter_add`: a copy of x with `updates` added at the positions named by `indices`
 * along `axis` (repeated indices accumulate). indices and updates have the same shape, x's
 * rank, and are no larger than x on the other axes. The adjoint of `takeAlongAxis`;
 * differentiable in x and updates. Negative indices count from the end.
 *
 * x: [..., n, ...], indices (i32) and updates: [..., m, ...] -> [..., n, ...]
 * y[..j.., idx[..j..] on axis] += u[..j..]
 * Out-of-range indices throw on the CPU; on WebGPU their updates are dropped. The WebGPU
 * kernel is deterministic and sums in the CPU's order.
 */
export function scatterAdd(x: Tensor, indices: Tensor, updates: Tensor, axis: number): Tensor {
  const idx = indexTensor('scatterAdd', indices);
  if (x.rank === 0) throw new Error('scatterAdd: x must have rank >= 1');
  const a = normAxis('scatterAdd', axis, x.rank);
  if (!shapeEq(idx.shape, updates.shape)) {
    throw new Error(`scatterAdd: indices and updates must have the same shape (got ${fmt(idx.shape)} and ${fmt(updates.shape)})`);
  }
  return runOp1(scatterAddOp, [x, idx, updates], { axis: a });
}

/**
 * One-hot encoding: y[..., k] = 1 if indices[...] = k else 0, for k < n. As in JAX, indices
 * outside 0..n−1 (e.g. −1 for padding) give an all-zero row.
 *
 * indices (i32): [...] -> [..., n]
 */
export function oneHot(indices: IndexLike, n: number, dtype: DType = 'f32'): Tensor {
  const idx = indexTensor('oneHot', indices);
  if (!Number.isInteger(n) || n < 0) throw new Error(`oneHot: n must be a non-negative integer, got ${n}`);
  if (!isDType(dtype)) throw new Error(`oneHot: unknown dtype ${JSON.stringify(dtype)} (allowed: 'f32', 'f64', 'i32', 'bool')`);
  // Same-rank operands so that strict rank mode does not object to the broadcast.
  const classes = reshape(arange(0, n, 1, { dtype: 'i32', device: idx.device }), [...idx.shape.map(() => 1), n]);
  return cast(eq(reshape(idx, [...idx.shape, 1]), classes), dtype);
}
