/**
 * Movement ops: strided slicing and its adjoint (placing a tensor inside a filled one), and
 * concatenation. Everything else here is a composition of those three primitives:
 * numpy-style `slice`, `sliceAxis`, `flip` (negative steps), `pad` (placement with a fill
 * value), `stack` and `split`.
 *
 *   stridedSlice:  y[i] = x[start + i·step]              (per axis)
 *   stridedEmbed:  y = fill;  y[start + i·step] = x[i]    (its adjoint when fill = 0)
 *
 * Each VJP is the other primitive, so derivatives of any order stay inside this file.
 */
import { gpuConcat, gpuEmbed, gpuStridedCopy } from '../backends/webgpu/wgsl-movement.js';
import type { AnyTypedArray, DType } from '../dtype.js';
import { promoteTypes } from '../dtype.js';
import { getConfig } from '../config.js';
import { grid } from '../backends/webgpu/context.js';
import { bindings, f32Bits, gbuf, main1d, packUniforms, WG, wgslType } from '../backends/webgpu/wgsl.js';
import type { OpDef } from '../op.js';
import { runOp, runOp1 } from '../op.js';
import { zeros } from '../creation.js';
import { fmt, normAxes, normAxis, shapeEq, sizeOf, stridesOf } from '../shape.js';
import type { Tensor } from '../tensor.js';
import { cast } from './elementwise.js';
import { reshape, unsqueeze } from './shape-ops.js';

// ---------------------------------------------------------------------------------------------
// strided copy (the CPU loop shared by every movement kernel)

/**
 * dst[dOff + Σ i_d·dStr_d] = src[sOff + Σ i_d·sStr_d] for every multi-index i of `shape`.
 * Strides may be negative (flips); the innermost axis runs in a tight loop.
 */
function stridedCopy(
  src: AnyTypedArray,
  sOff: number,
  sStr: readonly number[],
  dst: AnyTypedArray,
  dOff: number,
  dStr: readonly number[],
  shape: readonly number[],
): void {
  const n = sizeOf(shape);
  if (n === 0) return;
  const rank = shape.length;
  if (rank === 0) {
    dst[dOff] = src[sOff];
    return;
  }
  const inner = shape[rank - 1];
  const si = sStr[rank - 1];
  const di = dStr[rank - 1];
  const outer = n / inner;
  const idx = new Array<number>(rank).fill(0);
  let ps = sOff;
  let pd = dOff;
  for (let r = 0; r < outer; r++) {
    if (si === 1 && di === 1) {
      for (let j = 0; j < inner; j++) dst[pd + j] = src[ps + j];
    } else {
      for (let j = 0; j < inner; j++) dst[pd + j * di] = src[ps + j * si];
    }
    for (let d = rank - 2; d >= 0; d--) {
      idx[d]++;
      ps += sStr[d];
      pd += dStr[d];
      if (idx[d] < shape[d]) break;
      ps -= sStr[d] * shape[d];
      pd -= dStr[d] * shape[d];
      idx[d] = 0;
    }
  }
}

function offsetOf(starts: readonly number[], strides: readonly number[]): number {
  let o = 0;
  for (let d = 0; d < starts.length; d++) o += starts[d] * strides[d];
  return o;
}

/** Check that the strided region {start + i·step : 0 ≤ i < count} lies inside [0, n) on every axis. */
function checkRegion(op: string, big: readonly number[], small: readonly number[], starts: readonly number[], steps: readonly number[]): void {
  if (big.length !== small.length || starts.length !== big.length || steps.length !== big.length) {
    throw new Error(`${op}: internal: rank mismatch between ${fmt(big)}, ${fmt(small)}, starts ${fmt(starts)} and steps ${fmt(steps)}`);
  }
  if (sizeOf(small) === 0) return;
  for (let d = 0; d < big.length; d++) {
    const last = starts[d] + (small[d] - 1) * steps[d];
    if (!Number.isInteger(steps[d]) || steps[d] === 0 || starts[d] < 0 || starts[d] >= big[d] || last < 0 || last >= big[d]) {
      throw new Error(`${op}: internal: region start ${starts[d]}, step ${steps[d]}, count ${small[d]} leaves axis ${d} of ${fmt(big)}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// primitives

export interface StridedParams {
  readonly starts: readonly number[];
  readonly steps: readonly number[];
  /** stridedSlice: the output shape. stridedEmbed: the output (enclosing) shape. */
  readonly shape: readonly number[];
}

export interface EmbedParams extends StridedParams {
  readonly value: number;
}

export const stridedSliceOp: OpDef<'slice'> = {
  name: 'slice',
  overwrites: true,
  infer: ([x], { starts, steps, shape }) => {
    checkRegion('slice', x.shape, shape, starts, steps);
    return [{ shape, dtype: x.dtype }];
  },
  kernels: {
    cpu: (ins, inMeta, outs, outMeta, { starts, steps }) => {
      const st = stridesOf(inMeta[0].shape);
      const os = outMeta[0].shape;
      stridedCopy(
        ins[0],
        offsetOf(starts, st),
        st.map((s, d) => s * steps[d]),
        outs[0],
        0,
        stridesOf(os),
        os,
      );
    },
    webgpu: (gpu, ins, inMeta, outs, outMeta, { starts, steps }) => {
      const st = stridesOf(inMeta[0].shape);
      gpuStridedCopy(
        gpu,
        ins[0],
        outs[0],
        outMeta[0].shape,
        offsetOf(starts, st),
        st.map((s, d) => s * steps[d]),
      );
    },
  },
  vjp: ([g], { inputs, params }) => [g ? stridedEmbed(g, inputs[0].shape, params.starts, params.steps, 0) : null],
};

export const stridedEmbedOp: OpDef<'embed'> = {
  name: 'embed',
  infer: ([x], { starts, steps, shape }) => {
    checkRegion('embed', shape, x.shape, starts, steps);
    return [{ shape, dtype: x.dtype }];
  },
  kernels: {
    cpu: (ins, inMeta, outs, outMeta, { starts, steps, value }) => {
      const out = outs[0];
      if (value !== 0) out.fill(value);
      const st = stridesOf(outMeta[0].shape);
      const xs = inMeta[0].shape;
      stridedCopy(
        ins[0],
        0,
        stridesOf(xs),
        out,
        offsetOf(starts, st),
        st.map((s, d) => s * steps[d]),
        xs,
      );
    },
    // One pass: every output element is either the fill value or its preimage in x.
    webgpu: (gpu, ins, inMeta, outs, outMeta, { starts, steps, value }) =>
      gpuEmbed(gpu, ins[0], outs[0], outMeta[0].dtype, inMeta[0].shape, outMeta[0].shape, starts, steps, value),
  },
  vjp: ([g], { inputs, params }) => [g ? stridedSlice(g, params.starts, params.steps, inputs[0].shape) : null],
};

/** y[i] = x[starts + i·steps] with y of shape `shape` (internal; bounds already resolved). */
export function stridedSlice(x: Tensor, starts: readonly number[], steps: readonly number[], shape: readonly number[]): Tensor {
  if (shapeEq(shape, x.shape) && steps.every((s) => s === 1) && starts.every((s) => s === 0)) return x;
  return runOp1(stridedSliceOp, [x], { starts: [...starts], steps: [...steps], shape: [...shape] });
}

/** A tensor of shape `shape` filled with `value`, with x placed at starts + i·steps (internal). */
export function stridedEmbed(x: Tensor, shape: readonly number[], starts: readonly number[], steps: readonly number[], value: number): Tensor {
  if (shapeEq(shape, x.shape) && steps.every((s) => s === 1) && starts.every((s) => s === 0)) return x;
  return runOp1(stridedEmbedOp, [x], { starts: [...starts], steps: [...steps], shape: [...shape], value });
}

export interface ConcatParams {
  readonly axis: number;
}

export const concatOp: OpDef<'concat'> = {
  name: 'concat',
  overwrites: true,
  infer: (xs, { axis }) => {
    const first = xs[0];
    const shape = [...first.shape];
    shape[axis] = 0;
    for (const x of xs) {
      if (x.dtype !== first.dtype) throw new Error(`concat: internal: dtypes ${first.dtype} and ${x.dtype} were not promoted`);
      shape[axis] += x.shape[axis];
    }
    return [{ shape, dtype: first.dtype }];
  },
  kernels: {
    cpu: (ins, inMeta, outs, outMeta, { axis }) => {
      // View each operand as [outer, rows·inner]: each outer slab is one contiguous run.
      const shape = outMeta[0].shape;
      const out = outs[0];
      const outer = sizeOf(shape.slice(0, axis));
      const inner = sizeOf(shape.slice(axis + 1));
      const rowOut = shape[axis] * inner;
      let col = 0;
      ins.forEach((src, k) => {
        const n = inMeta[k].shape[axis] * inner;
        if (n === 0) return;
        for (let o = 0; o < outer; o++) {
          const so = o * n;
          const dOff = o * rowOut + col;
          if (n >= 64) out.set(src.subarray(so, so + n), dOff);
          else for (let j = 0; j < n; j++) out[dOff + j] = src[so + j];
        }
        col += n;
      });
    },
    webgpu: (gpu, ins, inMeta, outs, outMeta, { axis }) =>
      gpuConcat(
        gpu,
        ins,
        inMeta.map((m) => m.shape),
        outs[0],
        outMeta[0].shape,
        axis,
      ),
  },
  vjp: ([g], { inputs, params }) => {
    if (!g) return inputs.map(() => null);
    let at = 0;
    return inputs.map((x) => {
      const starts = x.shape.map((_, d) => (d === params.axis ? at : 0));
      at += x.shape[params.axis];
      return stridedSlice(
        g,
        starts,
        starts.map(() => 1),
        x.shape,
      );
    });
  },
};

// ---------------------------------------------------------------------------------------------
// slicing

/**
 * One axis of a `slice`: `null` keeps the whole axis; a number selects one index and removes
 * the axis (negative counts from the end); `[start, stop, step]` is Python's `start:stop:step`
 * (each part may be omitted or null).
 */
export type SliceSpec = number | null | readonly [start?: number | null, stop?: number | null, step?: number | null];

/**
 * Python's `slice.indices(n)`: resolve start/stop/step against an axis of size n, clamping
 * out-of-range bounds. Returns [first index, step, count].
 */
function resolveRange(
  op: string,
  n: number,
  start: number | null | undefined,
  stop: number | null | undefined,
  step: number | null | undefined,
): [number, number, number] {
  const s = step ?? 1;
  for (const [nm, v] of [
    ['start', start],
    ['stop', stop],
    ['step', step],
  ] as const) {
    if (v !== null && v !== undefined && !Number.isInteger(v)) throw new Error(`${op}: slice ${nm} must be an integer or null, got ${v}`);
  }
  if (s === 0) throw new Error(`${op}: slice step must be non-zero`);
  const clampBound = (v: number | null | undefined, dflt: number): number => {
    if (v === null || v === undefined) return dflt;
    let b = v < 0 ? v + n : v;
    if (b < 0) b = s < 0 ? -1 : 0;
    else if (b >= n) b = s < 0 ? n - 1 : n;
    return b;
  };
  const a = clampBound(start, s < 0 ? n - 1 : 0);
  const b = clampBound(stop, s < 0 ? -1 : n);
  let count = 0;
  if (s > 0 && a < b) count = Math.floor((b - a - 1) / s) + 1;
  else if (s < 0 && b < a) count = Math.floor((a - b - 1) / -s) + 1;
  return [count === 0 ? 0 : a, s, count];
}

/**
 * numpy basic indexing over the leading axes: `slice(x, 0, [1, null, 2])` is `x[0, 1::2]`.
 * Axes beyond the specs are kept whole. A number spec selects one index (negative from the
 * end, must be in range) and drops the axis; `[start?, stop?, step?]` follows Python (negative
 * bounds count from the end, out-of-range bounds clamp, negative steps walk backwards).
 * VJP: the cotangent placed into zeros of x's shape at the selected positions.
 *
 * x: [d0, d1, ...] -> one axis per range spec and per unspecified trailing axis.
 */
export function slice(x: Tensor, ...specs: readonly SliceSpec[]): Tensor {
  if (specs.length > x.rank) {
    throw new Error(`slice: ${specs.length} index specs for a tensor of rank ${x.rank} (shape ${fmt(x.shape)}); at most one per axis`);
  }
  const starts: number[] = [];
  const steps: number[] = [];
  const shape: number[] = [];
  const kept: number[] = [];
  x.shape.forEach((n, d) => {
    const spec = d < specs.length ? specs[d] : null;
    if (spec === null || spec === undefined) {
      starts.push(0);
      steps.push(1);
      shape.push(n);
      kept.push(n);
    } else if (typeof spec === 'number') {
      if (!Number.isInteger(spec) || spec < -n || spec >= n) {
        throw new Error(`slice: index ${spec} is out of bounds for axis ${d} of size ${n} (shape ${fmt(x.shape)}; allowed ${-n}..${n - 1})`);
      }
      starts.push(spec < 0 ? spec + n : spec);
      steps.push(1);
      shape.push(1);
    } else if (Array.isArray(spec)) {
      if (spec.length > 3) throw new Error(`slice: a range spec is [start?, stop?, step?], got ${JSON.stringify(spec)} for axis ${d}`);
      const [a, s, c] = resolveRange('slice', n, spec[0], spec[1], spec[2]);
      starts.push(a);
      steps.push(s);
      shape.push(c);
      kept.push(c);
    } else {
      throw new Error(`slice: spec for axis ${d} must be null, an integer or [start?, stop?, step?], got ${JSON.stringify(spec)}`);
    }
  });
  const y = stridedSlice(x, starts, steps, shape);
  return kept.length === shape.length ? y : reshape(y, kept);
}

/**
 * `x[..., start:stop:step, ...]` on one axis (Python slice semantics, see `slice`); the axis is
 * kept even when the range has one element.
 */
export function sliceAxis(x: Tensor, axis: number, start: number | null, stop?: number | null, step?: number | null): Tensor {
  if (x.rank === 0) throw new Error(`sliceAxis: cannot slice a rank-0 tensor`);
  const a = normAxis('sliceAxis', axis, x.rank);
  const [s0, st, c] = resolveRange('sliceAxis', x.shape[a], start, stop, step);
  const starts = x.shape.map((_, d) => (d === a ? s0 : 0));
  const steps = x.shape.map((_, d) => (d === a ? st : 1));
  const shape = x.shape.map((n, d) => (d === a ? c : n));
  return stridedSlice(x, starts, steps, shape);
}

/** Reverse the order of elements along `axes` (default: all axes). y[i] = x[n − 1 − i]. */
export function flip(x: Tensor, axes?: number | readonly number[]): Tensor {
  const as = normAxes('flip', axes, x.rank);
  const starts = x.shape.map((n, d) => (as.includes(d) ? Math.max(n - 1, 0) : 0));
  const steps = x.shape.map((_, d) => (as.includes(d) ? -1 : 1));
  if (as.every((d) => x.shape[d] <= 1)) return x;
  return stridedSlice(x, starts, steps, x.shape);
}

/**
 * Pad with a constant: `widths[d] = [before, after]` elements of `value` around axis d (one
 * pair per axis, non-negative integers). VJP: the cotangent's interior slice.
 *
 * x: [d0, d1, ...] -> [d0 + b0 + a0, d1 + b1 + a1, ...]
 */
export function pad(x: Tensor, widths: readonly (readonly [number, number])[], value = 0): Tensor {
  if (widths.length !== x.rank) {
    throw new Error(`pad: needs one [before, after] pair per axis: ${widths.length} pairs for shape ${fmt(x.shape)}`);
  }
  for (const w of widths) {
    if (!Array.isArray(w) || w.length !== 2 || !w.every((v) => Number.isInteger(v) && v >= 0)) {
      throw new Error(`pad: widths must be [before, after] pairs of non-negative integers, got ${JSON.stringify(widths)}`);
    }
  }
  if (typeof value !== 'number') throw new Error(`pad: value must be a number, got ${typeof value}`);
  const shape = x.shape.map((n, d) => n + widths[d][0] + widths[d][1]);
  const starts = widths.map((w) => w[0]);
  return stridedEmbed(
    x,
    shape,
    starts,
    starts.map(() => 1),
    value,
  );
}

// ---------------------------------------------------------------------------------------------
// joining and splitting

/** Array check that does not narrow (Array.isArray narrows readonly arrays to any[]). */
function isList(v: unknown): boolean {
  return Array.isArray(v);
}

function promoted(op: string, xs: readonly Tensor[]): Tensor[] {
  let dt: DType = xs[0].dtype;
  for (const x of xs) {
    if (x.dtype !== dt && getConfig().strictDtype) {
      throw new Error(
        `${op}: implicit dtype promotion between ${xs[0].dtype}${fmt(xs[0].shape)} and ${x.dtype}${fmt(x.shape)} is disabled (strict mode); cast explicitly`,
      );
    }
    dt = promoteTypes(dt, x.dtype);
  }
  return xs.map((x) => cast(x, dt));
}

/**
 * Join tensors along an existing axis. All shapes must agree except along `axis`; dtypes are
 * promoted as in arithmetic. VJP: the matching slices of the cotangent.
 *
 * xs: [..., n_k, ...] -> [..., Σ n_k, ...]
 */
export function concat(xs: readonly Tensor[], axis = 0): Tensor {
  if (!isList(xs) || xs.length === 0) throw new Error('concat: needs a non-empty array of tensors');
  const r = xs[0].rank;
  if (r === 0) throw new Error('concat: cannot concatenate rank-0 tensors (use stack)');
  const a = normAxis('concat', axis, r);
  for (const x of xs) {
    if (x.rank !== r || x.shape.some((n, d) => d !== a && n !== xs[0].shape[d])) {
      throw new Error(`concat: shapes must agree except on axis ${a} (got ${fmt(xs[0].shape)} and ${fmt(x.shape)})`);
    }
  }
  if (xs.length === 1) return xs[0];
  return runOp1(concatOp, promoted('concat', xs), { axis: a });
}

/**
 * Join same-shaped tensors along a new axis `axis` (in the output's numbering).
 *
 * xs: k tensors [d0, ..., dn] -> [d0, ..., k, ..., dn]
 */
export function stack(xs: readonly Tensor[], axis = 0): Tensor {
  if (!isList(xs) || xs.length === 0) throw new Error('stack: needs a non-empty array of tensors');
  const a = normAxis('stack', axis, xs[0].rank + 1);
  for (const x of xs) {
    if (!shapeEq(x.shape, xs[0].shape)) throw new Error(`stack: all tensors must have the same shape (got ${fmt(xs[0].shape)} and ${fmt(x.shape)})`);
  }
  const parts = promoted('stack', xs).map((x) => unsqueeze(x, a));
  return parts.length === 1 ? parts[0] : runOp1(concatOp, parts, { axis: a });
}

/**
 * numpy `split`: a number k cuts `axis` into k equal parts (it must divide the axis); an array
 * of indices [i0, i1, ...] gives the parts [:i0], [i0:i1], ..., [ik:] (Python slice bounds:
 * negative from the end, out of range clamps, so parts may be empty).
 */
export function split(x: Tensor, sectionsOrIndices: number | readonly number[], axis = 0): Tensor[] {
  if (x.rank === 0) throw new Error('split: cannot split a rank-0 tensor');
  const a = normAxis('split', axis, x.rank);
  const n = x.shape[a];
  let points: number[];
  if (typeof sectionsOrIndices === 'number') {
    const k = sectionsOrIndices;
    if (!Number.isInteger(k) || k <= 0) throw new Error(`split: number of sections must be a positive integer, got ${k}`);
    if (n % k !== 0) throw new Error(`split: axis ${a} of size ${n} (shape ${fmt(x.shape)}) does not divide into ${k} equal sections`);
    points = Array.from({ length: k + 1 }, (_, i) => (i * n) / k);
  } else if (isList(sectionsOrIndices)) {
    for (const i of sectionsOrIndices)
      if (!Number.isInteger(i)) throw new Error(`split: split indices must be integers, got ${JSON.stringify(sectionsOrIndices)}`);
    points = [0, ...sectionsOrIndices, n];
  } else {
    throw new Error(`split: expected a number of sections or an array of indices, got ${typeof sectionsOrIndices}`);
  }
  // numpy (Python slice) semantics: negative indices count from the end, out-of-range ones clamp
  const clamp = (i: number): number => Math.min(n, Math.max(0, i < 0 ? i + n : i));
  const bounds = points.slice(1).map((stop, i) => {
    const start = clamp(points[i]);
    return [start, Math.max(start, clamp(stop))];
  });
  const tiles = bounds.every(([start], i) => start === (i === 0 ? 0 : bounds[i - 1][1])) && bounds[bounds.length - 1][1] === n;
  if (!tiles) return bounds.map(([start, stop]) => sliceAxis(x, a, start, stop)); // overlapping or gapped sections
  if (bounds.length === 1) return [x];
  return runOp(splitOp, [x], { axis: a, points: [0, ...bounds.map(([, stop]) => stop)] });
}

export interface SplitParams {
  readonly axis: number;
  /** Section boundaries along `axis`: 0 = p_0 ≤ p_1 ≤ … ≤ p_k = its size. */
  readonly points: readonly number[];
}

/**
 * All sections at once, so the gradient is one concat of the sections' cotangents (zeros where a
 * section gets none): slicing sections one by one would embed each cotangent in a full-size
 * zero tensor, O(n²) for the per-time-step loops of recurrent layers.
 */
export const splitOp: OpDef<'split'> = {
  name: 'split',
  overwrites: true,
  infer: ([x], { axis, points }) => points.slice(1).map((p, i) => ({ shape: x.shape.map((d, k) => (k === axis ? p - points[i] : d)), dtype: x.dtype })),
  kernels: {
    cpu: (ins, inMeta, outs, _om, { axis, points }) => {
      const shape = inMeta[0].shape;
      const outer = sizeOf(shape.slice(0, axis));
      const inner = sizeOf(shape.slice(axis + 1));
      const row = shape[axis] * inner;
      outs.forEach((o, k) => {
        const n = (points[k + 1] - points[k]) * inner;
        if (n === 0) return;
        for (let p = 0; p < outer; p++) {
          const from = p * row + points[k] * inner;
          o.set(ins[0].subarray(from, from + n), p * n);
        }
      });
    },
    webgpu: (gpu, ins, inMeta, outs, outMeta, { axis, points }) => {
      const st = stridesOf(inMeta[0].shape);
      outs.forEach((o, k) => {
        if (sizeOf(outMeta[k].shape) === 0) return;
        gpuStridedCopy(gpu, ins[0], o, outMeta[k].shape, points[k] * st[axis], st);
      });
    },
  },
  vjp: (cts, { outputs, params }) => {
    const parts = cts.map((g, k) => g ?? zeros(outputs[k].shape, { dtype: outputs[k].dtype, device: outputs[k].device }));
    return [concat(parts, params.axis)];
  },
};

// ---------------------------------------------------------------------------------------------
// shift along an axis: out_i = x_{i−k} where 0 ≤ i−k < n, else fill

export interface ShiftParams {
  axis: number;
  k: number;
  fill: number;
}

export const shiftOp: OpDef<'shiftAxis'> = {
  name: 'shiftAxis',
  overwrites: true,
  infer: ([x]) => [{ shape: x.shape, dtype: x.dtype }],
  kernels: {
    cpu: (ins, inMeta, outs, _om, { axis, k, fill }) => {
      const x = ins[0];
      const o = outs[0];
      const shape = inMeta[0].shape;
      const n = shape[axis];
      const outer = sizeOf(shape.slice(0, axis));
      const inner = sizeOf(shape.slice(axis + 1));
      // rows [lo, hi) of each block come from rows [lo − k, hi − k): one copy per block
      const lo = Math.min(n, Math.max(0, k));
      const hi = Math.max(lo, Math.min(n, n + k));
      for (let p = 0; p < outer; p++) {
        const base = p * n;
        if (lo > 0) o.fill(fill, base * inner, (base + lo) * inner);
        if (hi > lo) o.set(x.subarray((base + lo - k) * inner, (base + hi - k) * inner), (base + lo) * inner);
        if (hi < n) o.fill(fill, (base + hi) * inner, (base + n) * inner);
      }
    },
    webgpu: (gpu, ins, inMeta, outs, _om, { axis, k, fill }) => {
      const shape = inMeta[0].shape;
      const total = sizeOf(shape);
      if (total === 0) return;
      const dt = inMeta[0].dtype;
      const t = wgslType(dt);
      const fillBits = dt === 'f32' ? f32Bits(fill) : dt === 'i32' ? fill | 0 : fill ? 1 : 0;
      gpu.run({
        key: `shiftAxis:${t}`,
        code: () =>
          `${bindings([t], [t])}\n` +
          main1d(`  if (gi >= uw(0u)) { return; }
  let n = uw(1u);
  let inner = uw(2u);
  let j = (gi / inner) % n;
  let src = i32(j) - bitcast<i32>(uw(3u));
  if (src < 0 || src >= i32(n)) { out0[gi] = bitcast<${t}>(uw(4u)); return; }
  out0[gi] = in0[gi + u32(src) * inner - j * inner];`),
        inputs: [gbuf(ins[0])],
        outputs: [gbuf(outs[0])],
        uniforms: packUniforms([total, shape[axis], sizeOf(shape.slice(axis + 1)), k | 0, fillBits]),
        workgroups: grid(Math.ceil(total / WG)),
      });
    },
  },
  // Σ_i ḡ_i x_{i−k} = Σ_m ḡ_{m+k} x_m: the adjoint shifts back by −k, filling zeros.
  vjp: ([g], { params }) => [g ? shiftAxis(g, params.axis, -params.k, 0) : null],
};

/**
 * out_i = x_{i−k} along `axis` (moved k places towards the end), vacated entries = fill.
 * Internal: the time shift used by the VJPs of linearScan and cumprod.
 */
export function shiftAxis(x: Tensor, axis: number, k: number, fill: number): Tensor {
  return runOp1(shiftOp, [x], { axis, k, fill });
}
