/**
 * The diagonal linear recurrence h_t = a_t ⊙ h_{t−1} + b_t (h before the first step = 0), fused:
 * one pass over the data per scan, real or complex (the complex multiply inside the loop), the
 * scanned axis addressed by strides so [B, T, N] with axis 1 needs no transposes. This is the
 * workhorse of the LRU (PAPERS.md P4) and of the gated RNN of P3.
 *
 * Gradient (real-valued loss, complex cotangents ḡ = ∂L/∂Re h + i ∂L/∂Im h, which propagate
 * through z = w·u as ∂L/∂u = conj(w)·ḡ):
 *   λ_t   = ḡ_t + conj(a_{t+1}) ⊙ λ_{t+1}     (a linear scan in the opposite direction)
 *   ∂L/∂b_t = λ_t,   ∂L/∂a_t = λ_t ⊙ conj(h_{t−1})   (summed to a's broadcast shape).
 * The backward scan multiplies by a at the index it comes *from* (a_{t+1}), not the one it
 * goes to; the primitive therefore carries a `shifted` flag. Its VJP flips both the direction
 * and the flag, so the family is closed under differentiation and grad-of-grad works: every
 * VJP here is written with differentiable ops (this scan, `shiftAxis`, mul/add, sumToShape).
 *
 * `linearScanReference` is the unfused composition (one mul + add per time step): the ops'
 * `reference`, which the tests compare against.
 *
 * WebGPU (scan-wgsl.ts): one invocation per channel loops over time in f32, same recurrence;
 * long T with few channels (channels < 4096, T ≥ 256) takes a chunked parallel scan instead.
 */
import type { AnyTypedArray } from '../dtype.js';
import type { Complex } from '../complex.js';
import { cadd, cmul, isComplex } from '../complex.js';
import { zerosLike } from '../creation.js';
import type { OpDef } from '../op.js';
import { runOp, runOp1 } from '../op.js';
import { broadcastStrides, fmt, normAxis, sizeOf } from '../shape.js';
import { Tensor } from '../tensor.js';
import { add, mul, neg, sub, sumToShape } from './elementwise.js';
import { shiftAxis, split, stack } from './movement.js';
import { reshape } from './shape-ops.js';
import { complexScanGpu, realScanGpu } from './scan-wgsl.js';
import { scanRuntime, wasmScan } from '../backends/wasm/scan.js';
import { floatOf } from './operand-checks.js';

/** Options of `linearScan`. */
export interface LinearScanOptions {
  /** The time axis of `b` (negative counts from the end). */
  axis: number;
  /** Run from the last index to the first: h_t = a_t ⊙ h_{t+1} + b_t. */
  reverse?: boolean;
}

export interface ScanParams {
  /** Normalised axis of b (and of the output). */
  readonly axis: number;
  readonly reverse: boolean;
  /** Multiply by a at the previously processed index instead of the current one (used by VJPs). */
  readonly shifted: boolean;
}

// ---------------------------------------------------------------------------------------------
// layout: out/b are contiguous [outer, T, inner]; a is read through broadcast strides

interface Layout {
  outer: number;
  T: number;
  inner: number;
  /** Offset of a for each outer index. */
  aOuter: Int32Array;
  /** Offset of a for each inner index. */
  aInner: Int32Array;
  /** Stride of a along time (0 when a is constant in time). */
  aT: number;
}

/** Offsets Σ idx_d·stride_d of all multi-indices of `shape`, in row-major order. */
function offsets(shape: readonly number[], strides: readonly number[]): Int32Array {
  const n = sizeOf(shape);
  const res = new Int32Array(n);
  const r = shape.length;
  const idx = new Array<number>(r).fill(0);
  let off = 0;
  for (let p = 0; p < n; p++) {
    res[p] = off;
    for (let d = r - 1; d >= 0; d--) {
      idx[d]++;
      off += strides[d];
      if (idx[d] < shape[d]) break;
      off -= strides[d] * shape[d];
      idx[d] = 0;
    }
  }
  return res;
}

function layoutOf(aShape: readonly number[], outShape: readonly number[], axis: number): Layout {
  const st = broadcastStrides(aShape, outShape);
  return {
    outer: sizeOf(outShape.slice(0, axis)),
    T: outShape[axis],
    inner: sizeOf(outShape.slice(axis + 1)),
    aOuter: offsets(outShape.slice(0, axis), st.slice(0, axis)),
    aInner: offsets(outShape.slice(axis + 1), st.slice(axis + 1)),
    aT: st[axis],
  };
}

// ---------------------------------------------------------------------------------------------
// CPU kernels

function realScanKernel(a: AnyTypedArray, b: AnyTypedArray, h: AnyTypedArray, L: Layout, reverse: boolean, shifted: boolean): void {
  const { outer, T, inner, aOuter, aInner, aT } = L;
  if (T === 0 || inner === 0) return;
  const step = reverse ? -1 : 1;
  const t0 = reverse ? T - 1 : 0;
  // shifted: the multiplier of step t is a at the previously processed index t − step
  const aLag = shifted ? -step : 0;
  for (let o = 0; o < outer; o++) {
    let cur = (o * T + t0) * inner;
    for (let i = 0; i < inner; i++) h[cur + i] = b[cur + i];
    let t = t0;
    for (let k = 1; k < T; k++) {
      const prev = cur;
      t += step;
      cur += step * inner;
      const ab = aOuter[o] + (t + aLag) * aT;
      for (let i = 0; i < inner; i++) h[cur + i] = a[ab + aInner[i]] * h[prev + i] + b[cur + i];
    }
  }
}

function complexScanKernel(
  ar: AnyTypedArray,
  ai: AnyTypedArray,
  br: AnyTypedArray,
  bi: AnyTypedArray,
  hr: AnyTypedArray,
  hi: AnyTypedArray,
  L: Layout,
  reverse: boolean,
  shifted: boolean,
): void {
  const { outer, T, inner, aOuter, aInner, aT } = L;
  if (T === 0 || inner === 0) return;
  const step = reverse ? -1 : 1;
  const t0 = reverse ? T - 1 : 0;
  const aLag = shifted ? -step : 0;
  for (let o = 0; o < outer; o++) {
    let cur = (o * T + t0) * inner;
    for (let i = 0; i < inner; i++) {
      hr[cur + i] = br[cur + i];
      hi[cur + i] = bi[cur + i];
    }
    let t = t0;
    for (let k = 1; k < T; k++) {
      const prev = cur;
      t += step;
      cur += step * inner;
      const ab = aOuter[o] + (t + aLag) * aT;
      for (let i = 0; i < inner; i++) {
        const j = ab + aInner[i];
        const xr = ar[j];
        const xi = ai[j];
        const pr = hr[prev + i];
        const pi = hi[prev + i];
        hr[cur + i] = xr * pr - xi * pi + br[cur + i];
        hi[cur + i] = xr * pi + xi * pr + bi[cur + i];
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// shape rule

/**
 * a must broadcast *to* b's shape (right-aligned, each dimension equal or 1): b sets the output
 * shape. This broadcast is part of the op's contract, so strict-rank mode does not apply.
 */
function checkScanShapes(op: string, a: readonly number[], b: readonly number[], axis: number): void {
  if (b.length === 0) throw new Error(`${op}: b must have at least one axis (the time axis), got a scalar`);
  if (axis < 0 || axis >= b.length) throw new Error(`${op}: axis ${axis} is out of range for b of shape ${fmt(b)}`);
  const off = b.length - a.length;
  const ok = off >= 0 && a.every((d, i) => d === b[i + off] || d === 1);
  if (!ok) {
    throw new Error(
      `${op}: a of shape ${fmt(a)} does not broadcast to the shape of b ${fmt(b)} (a's dimensions, right-aligned, must equal b's or be 1; b sets the output shape)`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// ops

/** Real scan: inputs [a, b], output h (b's shape). */
export const realScanOp: OpDef<'linearScan'> = {
  name: 'linearScan',
  overwrites: true,
  infer: ([a, b], { axis }) => {
    const dtype = floatOf('linearScan', [a, b]);
    checkScanShapes('linearScan', a.shape, b.shape, axis);
    return [{ shape: b.shape, dtype }];
  },
  kernels: {
    cpu: ([a, b], [am], [h], [hm], { axis, reverse, shifted }) => realScanKernel(a, b, h, layoutOf(am.shape, hm.shape, axis), reverse, shifted),
    wasm: ([a, b], [am], [h], [hm], { axis, reverse, shifted }) => {
      const rt = scanRuntime(h.length, [h, a, b]);
      return rt !== null && wasmScan(rt, [a], [b], [h], layoutOf(am.shape, hm.shape, axis), reverse, shifted);
    },
    webgpu: realScanGpu,
  },
  vjp: ([g], { inputs: [a], outputs: [h], params }) => {
    if (!g) return [null, null];
    const { axis, reverse, shifted } = params;
    // λ_t = ḡ_t + a_{next} λ_{next}: the opposite direction, multiplier at the index it comes from.
    const lam = runOp1(realScanOp, [a, g], { axis, reverse: !reverse, shifted: !shifted });
    const dir = reverse ? -1 : 1;
    // unshifted: ∂L/∂a_t = λ_t h_{prev(t)};  shifted: a_t multiplied h_t into step next(t).
    const ga = shifted ? mul(shiftAxis(lam, axis, dir === 1 ? -1 : 1, 0), h) : mul(lam, shiftAxis(h, axis, dir, 0));
    return [sumToShape(ga, a.shape), lam];
  },
  reference: (ins, params) => [realScanReference(ins[0], ins[1], params)],
};

/** Complex scan: inputs [aRe, aIm, bRe, bIm], outputs [hRe, hIm]. */
export const complexScanOp: OpDef<'linearScanComplex'> = {
  name: 'linearScanComplex',
  overwrites: true,
  infer: ([ar, ai, br, bi], { axis }) => {
    const dtype = floatOf('linearScan', [ar, ai, br, bi]);
    if (ar.shape.length !== ai.shape.length || ar.shape.some((d, i) => d !== ai.shape[i])) {
      throw new Error(`linearScan: the real and imaginary parts of a differ in shape (${fmt(ar.shape)} and ${fmt(ai.shape)})`);
    }
    if (br.shape.length !== bi.shape.length || br.shape.some((d, i) => d !== bi.shape[i])) {
      throw new Error(`linearScan: the real and imaginary parts of b differ in shape (${fmt(br.shape)} and ${fmt(bi.shape)})`);
    }
    checkScanShapes('linearScan', ar.shape, br.shape, axis);
    return [
      { shape: br.shape, dtype },
      { shape: br.shape, dtype },
    ];
  },
  kernels: {
    cpu: ([ar, ai, br, bi], [am], [hr, hi], [hm], { axis, reverse, shifted }) =>
      complexScanKernel(ar, ai, br, bi, hr, hi, layoutOf(am.shape, hm.shape, axis), reverse, shifted),
    wasm: ([ar, ai, br, bi], [am], [hr, hi], [hm], { axis, reverse, shifted }) => {
      const rt = scanRuntime(hr.length, [hr, hi, ar, ai, br, bi]);
      return rt !== null && wasmScan(rt, [ar, ai], [br, bi], [hr, hi], layoutOf(am.shape, hm.shape, axis), reverse, shifted);
    },
    webgpu: complexScanGpu,
  },
  vjp: ([gr, gi], { inputs: [ar, ai], outputs: [hr, hi], params }) => {
    if (!gr && !gi) return [null, null, null, null];
    const { axis, reverse, shifted } = params;
    const cr = gr ?? zerosLike(hr);
    const ci = gi ?? zerosLike(hi);
    // λ_t = ḡ_t + conj(a_next) λ_next
    const [lr, li] = runOp(complexScanOp, [ar, neg(ai), cr, ci], { axis, reverse: !reverse, shifted: !shifted });
    const dir = reverse ? -1 : 1;
    const back = dir === 1 ? -1 : 1;
    // ∂L/∂a = p ⊙ conj(q) with (p, q) = (λ_t, h_prev(t)) or, shifted, (λ_next(t), h_t)
    const [pr, pi, qr, qi] = shifted
      ? [shiftAxis(lr, axis, back, 0), shiftAxis(li, axis, back, 0), hr, hi]
      : [lr, li, shiftAxis(hr, axis, dir, 0), shiftAxis(hi, axis, dir, 0)];
    const gaRe = add(mul(pr, qr), mul(pi, qi));
    const gaIm = sub(mul(pi, qr), mul(pr, qi));
    return [sumToShape(gaRe, ar.shape), sumToShape(gaIm, ai.shape), lr, li];
  },
  reference: ([ar, ai, br, bi], params) => {
    const h = complexScanReference({ re: ar, im: ai }, { re: br, im: bi }, params);
    return [h.re, h.im];
  },
};

// ---------------------------------------------------------------------------------------------
// public API

function checkOperand(op: string, name: string, x: unknown): void {
  if (!(x instanceof Tensor) && !isComplex(x)) throw new Error(`${op}: ${name} must be a Tensor or a Complex { re, im } pair of tensors`);
}

function scanParams(op: string, a: Tensor | Complex, b: Tensor | Complex, options: LinearScanOptions | undefined): ScanParams {
  checkOperand(op, 'a', a);
  checkOperand(op, 'b', b);
  if (typeof options !== 'object' || options === null || typeof options.axis !== 'number') {
    throw new Error(`${op}: options { axis } is required (the time axis of b), got ${JSON.stringify(options)}`);
  }
  const bShape = b instanceof Tensor ? b.shape : b.re.shape;
  if (bShape.length === 0) throw new Error(`${op}: b must have at least one axis (the time axis), got a scalar`);
  return { axis: normAxis(op, options.axis, bShape.length), reverse: options.reverse === true, shifted: false };
}

/**
 * Diagonal linear recurrence along `axis`:
 *   h_t = a_t ⊙ h_{t−1} + b_t,  h_{−1} = 0     (reverse: h_t = a_t ⊙ h_{t+1} + b_t, from the end)
 * b: [..., T, ...] sets the output shape; a broadcasts to it (per-channel a: [N] against
 * b: [B, T, N] with axis 1; or full [B, T, N]). Real when a and b are real; complex
 * (`{ re, im }` pairs) when either is complex. One fused pass; its VJP is a reverse scan with
 * conj(a), so gradients of any order are available.
 *
 * @example h = linearScan(lambda, cscale(u, gamma), { axis: 1 })  // LRU: lambda {re,im}: [N], u: [B, T, N]
 */
export function linearScan(a: Tensor, b: Tensor, options: LinearScanOptions): Tensor;
export function linearScan(a: Complex, b: Tensor | Complex, options: LinearScanOptions): Complex;
export function linearScan(a: Tensor | Complex, b: Complex, options: LinearScanOptions): Complex;
export function linearScan(a: Tensor | Complex, b: Tensor | Complex, options: LinearScanOptions): Tensor | Complex;
export function linearScan(a: Tensor | Complex, b: Tensor | Complex, options: LinearScanOptions): Tensor | Complex {
  const p = scanParams('linearScan', a, b, options);
  if (a instanceof Tensor && b instanceof Tensor) return runOp1(realScanOp, [a, b], p);
  if (a instanceof Tensor) {
    // A real multiplier does not mix the parts: two independent real scans.
    const bc = b as Complex;
    return { re: runOp1(realScanOp, [a, bc.re], p), im: runOp1(realScanOp, [a, bc.im], p) };
  }
  const bc: Complex = b instanceof Tensor ? { re: b, im: zerosLike(b) } : b;
  const [re, im] = runOp(complexScanOp, [a.re, a.im, bc.re, bc.im], p);
  return { re, im };
}

// ---------------------------------------------------------------------------------------------
// unfused reference: one mul + add per time step, the steps split and re-assembled by the public
// `split` and `stack` (so it runs, and differentiates, on every device)

/** The T slices of x along `axis`, the axis removed. */
function unstack(x: Tensor, axis: number): Tensor[] {
  const shape = x.shape.filter((_, i) => i !== axis);
  return split(x, x.shape[axis], axis).map((part) => reshape(part, shape));
}

/** Slices of `x` (rank-aligned to rank r) along `axis`, or one broadcast slice when x is constant in time. */
function stepsOf(x: Tensor, r: number, axis: number, T: number): (t: number) => Tensor {
  const aligned = reshape(x, [...new Array<number>(r - x.rank).fill(1), ...x.shape]);
  if (aligned.shape[axis] === T && T !== 1) {
    const parts = unstack(aligned, axis);
    return (t) => parts[t];
  }
  const one = reshape(
    aligned,
    aligned.shape.filter((_, i) => i !== axis),
  );
  return () => one;
}

/**
 * Visit the time indices in scan order: `first(t)` at the first, `next(t, m)` after it, where
 * m is the index of the multiplier (t itself, or with `shifted` the previously visited index).
 */
function scanOrder(T: number, { reverse, shifted }: ScanParams, first: (t: number) => void, next: (t: number, m: number) => void): void {
  const step = reverse ? -1 : 1;
  const t0 = reverse ? T - 1 : 0;
  first(t0);
  for (let k = 1; k < T; k++) {
    const t = t0 + k * step;
    next(t, shifted ? t - step : t);
  }
}

/** The composition the real scan fuses: h_t = a_t ⊙ h_prev + b_t, step by step. a broadcasts to b: [..., T, ...]. */
function realScanReference(a: Tensor, b: Tensor, p: ScanParams): Tensor {
  const T = b.shape[p.axis];
  if (T === 0) return mul(b, 1);
  const aAt = stepsOf(a, b.rank, p.axis, T);
  const bs = unstack(b, p.axis);
  const hs = new Array<Tensor>(T);
  scanOrder(
    T,
    p,
    (t) => (hs[t] = bs[t]),
    (t, m) => (hs[t] = add(mul(aAt(m), hs[t - (p.reverse ? -1 : 1)]), bs[t])),
  );
  return stack(hs, p.axis);
}

/** The composition the complex scan fuses (a real or complex, b complex). */
function complexScanReference(a: Tensor | Complex, b: Complex, p: ScanParams): Complex {
  const { axis } = p;
  const T = b.re.shape[axis];
  if (T === 0) return { re: mul(b.re, 1), im: mul(b.im, 1) };
  const r = b.re.rank;
  const aAt: (t: number) => Tensor | Complex =
    a instanceof Tensor
      ? stepsOf(a, r, axis, T)
      : ((re, im) => (t: number) => ({ re: re(t), im: im(t) }))(stepsOf(a.re, r, axis, T), stepsOf(a.im, r, axis, T));
  const bre = unstack(b.re, axis);
  const bim = unstack(b.im, axis);
  const hs = new Array<Complex>(T);
  const bAt = (t: number): Complex => ({ re: bre[t], im: bim[t] });
  scanOrder(
    T,
    p,
    (t) => (hs[t] = bAt(t)),
    (t, m) => (hs[t] = cadd(cmul(aAt(m), hs[t - (p.reverse ? -1 : 1)]), bAt(t))),
  );
  return {
    re: stack(
      hs.map((z) => z.re),
      axis,
    ),
    im: stack(
      hs.map((z) => z.im),
      axis,
    ),
  };
}

/**
 * The unfused composition of `linearScan` (same signature and semantics): a loop over time of
 * elementwise mul/add (complex: `cmul`/`cadd`), the reference of the fused ops (`reference` of
 * both scan ops) and of their tests. O(T) ops; runs on every device.
 */
export function linearScanReference(a: Tensor, b: Tensor, options: LinearScanOptions): Tensor;
export function linearScanReference(a: Complex, b: Tensor | Complex, options: LinearScanOptions): Complex;
export function linearScanReference(a: Tensor | Complex, b: Complex, options: LinearScanOptions): Complex;
export function linearScanReference(a: Tensor | Complex, b: Tensor | Complex, options: LinearScanOptions): Tensor | Complex;
export function linearScanReference(a: Tensor | Complex, b: Tensor | Complex, options: LinearScanOptions): Tensor | Complex {
  const p = scanParams('linearScanReference', a, b, options);
  const bShape = b instanceof Tensor ? b.shape : b.re.shape;
  const aShape = a instanceof Tensor ? a.shape : a.re.shape;
  checkScanShapes('linearScanReference', aShape, bShape, p.axis);
  if (a instanceof Tensor && b instanceof Tensor) return realScanReference(a, b, p);
  return complexScanReference(a, b instanceof Tensor ? { re: b, im: zerosLike(b) } : b, p);
}
