/**
 * Counter-based random numbers with explicit keys, JAX style: no global state, every sampler
 * is a pure function of (key, shape, parameters), and a key must be used once — split it
 * (`split`, `foldIn`) to get more. A key is an `i32` tensor of shape [2] (the raw 64-bit key
 * of JAX's threefry keys), so keys live in parameter trees and on devices like any tensor.
 *
 * Algorithm (see random/threefry.ts): Threefry-2x32 with 20 rounds, rotation constants
 * R = [13, 15, 26, 6, 17, 29, 16, 24], key-schedule parity 0x1BD11BDA, key injection every 4
 * rounds. Element i of any draw is the block threefry(key, counter = (hi32(i), lo32(i)))
 * (JAX's "threefry_partitionable" layout, independent of shape and threading); `split(k, n)`
 * returns the blocks for counters 0..n−1 as keys, `foldIn(k, d)` the block for counter d,
 * `key(seed)` is (hi32(seed), lo32(seed)). (So foldIn(k, i) equals split(k, n)[i], as in JAX;
 * and a key that was split must not also be sampled from.)
 *
 * Floats from bits:
 * - uniform f32: the top 23 bits of the 32-bit word w0 ^ w1, u = (b >>> 9)·2⁻²³ in [0, 1);
 *   uniform f64: 52 bits, the 32 of w0 and the top 20 of w1, u = m·2⁻⁵² in [0, 1). Then
 *   minval + u·(maxval − minval), clamped so that rounding never returns maxval.
 * - normal: inversion, x = Φ⁻¹(p) by Wichura's AS241 (accurate to ~1e-16 relative, also in
 *   the tails) on a grid symmetric about ½ that excludes 0 and 1: p = (b + ½)·2⁻³² for f32
 *   (tails to ±6.2σ), p = (m + ½)·2⁻⁵² for f64 (tails to ±8.2σ). Inversion was chosen over
 *   Box–Muller because it uses one uniform per value (a pure function of the element index)
 *   and maps tail probabilities exactly.
 * - truncated normal: inversion between Φ(lower) and Φ(upper), working on the side of zero
 *   where the CDF is small (random/normal-cdf.ts), so one-sided truncations far in a tail stay
 *   accurate; valid while the interval's mass does not underflow (|bounds| ≲ 37).
 * - bernoulli: b < p·2³² (probability exactly ⌈p·2³²⌉/2³²); categorical: Gumbel-max over one
 *   32-bit uniform per (sample, category); randint/permutation: ⌊u·span⌋ with the 52-bit u
 *   (each value's probability within 2⁻⁵² of exact); orthogonal: QR of a Gaussian matrix with
 *   diag(R) > 0 (random/haar.ts).
 * All arithmetic after the integer hash is float64 on the host; f32 results are rounded once.
 *
 * Devices: generation runs on the host (keys are read with `dataSync`, so keys live on the
 * CPU: `key(seed)` makes a CPU key unless a device is named), and the result is uploaded to
 * the *default device* (`setDefaultDevice`) or to an explicit `{ device }` option. The values
 * are therefore bit-identical on every backend. Tensor parameters (bernoulli's p, the
 * truncation bounds, categorical's logits, permutation's x) must be CPU tensors.
 */
import type { DeviceName } from './backend.js';
import { getDefaultDevice } from './backend.js';
import { getConfig } from './config.js';
import { fromTypedArray } from './creation.js';
import type { AnyTypedArray, DType, FloatDType } from './dtype.js';
import { typedArrayFor } from './dtype.js';
import { recordNode } from './op.js';
import { broadcastShapes, checkShape, fmt, normAxis, sizeOf, stridesOf } from './shape.js';
import type { Tensor } from './tensor.js';
import { isTensor } from './tensor.js';
import { haarFromGaussian } from './random/haar.js';
import { ndtr, ndtri } from './random/normal-cdf.js';
import { bits32, blocks, threefry2x32 } from './random/threefry.js';
import { f32AtLeast, f32AtMost, f32Below, f64Below } from './random/float-bounds.js';

/** A PRNG key: an `i32` tensor of shape [2] holding the two 32-bit words of a Threefry key. */
export type Key = Tensor;

/** Where a sampler places its result (default: the default device). */
export interface DeviceOptions {
  /** Target device; default `getDefaultDevice()`. Generation runs on the host either way. */
  device?: DeviceName;
}

function target(opts: DeviceOptions | undefined): DeviceName {
  return opts?.device ?? getDefaultDevice();
}

/** Options of the floating samplers. */
export interface FloatOptions extends DeviceOptions {
  /** 'f32' or 'f64'; default: the default float (see `setDefaultFloat`). */
  dtype?: DType;
}

const TWO32 = 4294967296;
const TWO_M23 = 2 ** -23;
const TWO_M32 = 2 ** -32;
const TWO_M52 = 2 ** -52;

function describe(x: unknown): string {
  if (isTensor(x)) return `a ${x.dtype} tensor of shape ${fmt(x.shape)}`;
  return Array.isArray(x) ? 'an array' : typeof x;
}

/** The key's two words as unsigned numbers, after checking it is a key. */
function keyWords(op: string, k: Key): [number, number] {
  if (!isTensor(k) || k.dtype !== 'i32' || k.shape.length !== 1 || k.shape[0] !== 2) {
    throw new Error(`random.${op}: key must be an i32 tensor of shape [2] (from random.key, split or foldIn), got ${describe(k)}`);
  }
  if (k.device !== 'cpu') {
    throw new Error(
      `random.${op}: keys must live on the CPU (sampling runs on the host and uploads the result to the target device); got a key on '${k.device}': use random.key(seed) without a device, or await key.to('cpu')`,
    );
  }
  const d = k.dataSync();
  return [d[0] >>> 0, d[1] >>> 0];
}

function makeKey(w0: number, w1: number, device: DeviceName | undefined): Key {
  const a = new Int32Array(2);
  a[0] = w0 | 0;
  a[1] = w1 | 0;
  return fromTypedArray(a, [2], 'i32', device ?? 'cpu');
}

/** (hi32, lo32) of a safe integer in 64-bit two's complement. */
function words64(op: string, name: string, x: number): [number, number] {
  if (!Number.isSafeInteger(x)) throw new Error(`random.${op}: ${name} must be a safe integer (|x| < 2^53), got ${x}`);
  const hi = Math.floor(x / TWO32);
  return [hi >>> 0, (x - hi * TWO32) >>> 0];
}

function shapeArg(op: string, shape: unknown): number[] {
  if (!Array.isArray(shape)) throw new Error(`random.${op}: shape must be an array of non-negative integers, got ${describe(shape)}`);
  checkShape(`random.${op}`, shape as number[]);
  return [...(shape as number[])];
}

function floatDtype(op: string, dtype: DType | undefined): FloatDType {
  const d = dtype ?? getConfig().defaultFloat;
  if (d !== 'f32' && d !== 'f64') throw new Error(`random.${op}: dtype must be 'f32' or 'f64', got ${JSON.stringify(d)}`);
  return d;
}

/** For every element of `outShape`, the flat offset of the broadcast element of an input with `inShape`/`inStrides`. */
function broadcastOffsets(outShape: readonly number[], inShape: readonly number[], inStrides: readonly number[]): Int32Array {
  const r = outShape.length;
  const lead = r - inShape.length;
  const st = new Array<number>(r).fill(0);
  for (let i = 0; i < inShape.length; i++) st[i + lead] = inShape[i] === 1 ? 0 : inStrides[i];
  const n = sizeOf(outShape);
  const res = new Int32Array(n);
  const idx = new Array<number>(r).fill(0);
  let cur = 0;
  for (let j = 0; j < n; j++) {
    res[j] = cur;
    for (let d = r - 1; d >= 0; d--) {
      idx[d]++;
      cur += st[d];
      if (idx[d] < outShape[d]) break;
      cur -= st[d] * outShape[d];
      idx[d] = 0;
    }
  }
  return res;
}

/** A scalar parameter, or a tensor parameter materialised at the sample shape (float64). */
function paramArg(op: string, name: string, p: number | Tensor, shape: readonly number[]): number | Float64Array {
  if (typeof p === 'number') return p;
  if (!isTensor(p)) throw new Error(`random.${op}: ${name} must be a number or a tensor, got ${describe(p)}`);
  if (!broadcastsTo(p.shape, shape)) throw new Error(`random.${op}: ${name} of shape ${fmt(p.shape)} does not broadcast to the sample shape ${fmt(shape)}`);
  const src = p.dataSync();
  const off = broadcastOffsets(shape, p.shape, stridesOf(p.shape));
  const out = new Float64Array(off.length);
  for (let i = 0; i < off.length; i++) out[i] = src[off[i]];
  return out;
}

/** Whether `from` broadcasts (numpy rules) to exactly `to`. */
function broadcastsTo(from: readonly number[], to: readonly number[]): boolean {
  const lead = to.length - from.length;
  return lead >= 0 && from.every((d, i) => d === 1 || d === to[i + lead]);
}

function paramShape(p: number | Tensor): readonly number[] {
  return typeof p === 'number' ? [] : p.shape;
}

// ---------------------------------------------------------------------------------------------
// Keys

/**
 * A key from an integer seed: the words (hi32(seed), lo32(seed)) in 64-bit two's complement,
 * as `jax.random.key(seed)`.
 */
export function key(seed: number, device?: DeviceName): Key {
  const [hi, lo] = words64('key', 'seed', seed);
  return makeKey(hi, lo, device);
}

/** `n` new independent keys (default 2). The input key must not be used again. */
export function split(k: Key, n = 2): Key[] {
  const [k0, k1] = keyWords('split', k);
  if (!Number.isInteger(n) || n < 0) throw new Error(`random.split: n must be a non-negative integer, got ${n}`);
  const o = new Uint32Array(2);
  const out: Key[] = [];
  for (let i = 0; i < n; i++) {
    threefry2x32(k0, k1, 0, i, o);
    out.push(makeKey(o[0], o[1], k.device));
  }
  return out;
}

/** A new key derived from `k` and an integer (a step, a layer index, a worker id...). */
export function foldIn(k: Key, data: number): Key {
  const [k0, k1] = keyWords('foldIn', k);
  const [hi, lo] = words64('foldIn', 'data', data);
  const o = new Uint32Array(2);
  threefry2x32(k0, k1, hi, lo, o);
  return makeKey(o[0], o[1], k.device);
}

/** Raw random bits: an `i32` tensor whose elements are uniform 32-bit words (two's complement). */
export function bits(k: Key, shape: readonly number[] = [], opts: DeviceOptions = {}): Tensor {
  const [k0, k1] = keyWords('bits', k);
  const s = shapeArg('bits', shape);
  const b = bits32(k0, k1, sizeOf(s));
  return fromTypedArray(new Int32Array(b.buffer), s, 'i32', target(opts));
}

// ---------------------------------------------------------------------------------------------
// Continuous samplers

export interface UniformOptions extends FloatOptions {
  /** Inclusive lower bound (default 0). */
  minval?: number;
  /** Exclusive upper bound (default 1). */
  maxval?: number;
}

/** Uniform values in [minval, maxval). */
export function uniform(k: Key, shape: readonly number[] = [], opts: UniformOptions = {}): Tensor {
  const [k0, k1] = keyWords('uniform', k);
  const s = shapeArg('uniform', shape);
  const dtype = floatDtype('uniform', opts.dtype);
  const { minval = 0, maxval = 1 } = opts;
  if (!Number.isFinite(minval) || !Number.isFinite(maxval) || !(minval < maxval) || !Number.isFinite(maxval - minval)) {
    throw new Error(`random.uniform: need finite minval < maxval with a finite width, got minval ${minval}, maxval ${maxval}`);
  }
  const n = sizeOf(s);
  const width = maxval - minval;
  if (dtype === 'f32') {
    const lo = f32AtLeast(minval);
    const hi = f32Below(maxval);
    if (!(lo <= hi)) throw new Error(`random.uniform: no f32 value lies in [${minval}, ${maxval}); widen the interval or use f64`);
    const b = bits32(k0, k1, n);
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      const v = Math.fround(minval + (b[i] >>> 9) * TWO_M23 * width);
      out[i] = v < lo ? lo : v > hi ? hi : v;
    }
    return fromTypedArray(out, s, dtype, target(opts));
  }
  const hi = f64Below(maxval);
  const { w0, w1 } = blocks(k0, k1, n);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = minval + (w0[i] * 1048576 + (w1[i] >>> 12)) * TWO_M52 * width;
    out[i] = v > hi ? hi : v;
  }
  return fromTypedArray(out, s, dtype, target(opts));
}

export interface NormalOptions extends FloatOptions {
  /** Mean (default 0). */
  mean?: number;
  /** Standard deviation (default 1). */
  std?: number;
}

/** Normal values N(mean, std²) by inversion of the CDF (see the file header). */
export function normal(k: Key, shape: readonly number[] = [], opts: NormalOptions = {}): Tensor {
  const [k0, k1] = keyWords('normal', k);
  const s = shapeArg('normal', shape);
  const dtype = floatDtype('normal', opts.dtype);
  const { mean = 0, std = 1 } = opts;
  if (!Number.isFinite(mean) || !Number.isFinite(std) || std < 0) {
    throw new Error(`random.normal: need a finite mean and a finite std >= 0, got mean ${mean}, std ${std}`);
  }
  const n = sizeOf(s);
  if (dtype === 'f32') {
    const b = bits32(k0, k1, n);
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++) out[i] = mean + std * ndtri((b[i] + 0.5) * TWO_M32);
    return fromTypedArray(out, s, dtype, target(opts));
  }
  const { w0, w1 } = blocks(k0, k1, n);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = mean + std * ndtri((w0[i] * 1048576 + (w1[i] >>> 12) + 0.5) * TWO_M52);
  return fromTypedArray(out, s, dtype, target(opts));
}

/** Inversion set-up for one truncation interval [a, b], mirrored to the side where Φ is small. */
interface Truncation {
  flip: boolean;
  lo: number;
  hi: number;
  /** Φ(lo), Q(hi) = 1 − Φ(hi), and the mass Φ(hi) − Φ(lo), each computed without cancellation. */
  pl: number;
  qh: number;
  mass: number;
}

function truncation(a: number, b: number, at: number): Truncation {
  if (!(a < b)) throw new Error(`random.truncatedNormal: need lower < upper, got lower ${a}, upper ${b}${at >= 0 ? ` at flat index ${at}` : ''}`);
  const flip = a > 0;
  const lo = flip ? -b : a;
  const hi = flip ? -a : b;
  const pl = ndtr(lo);
  const qh = ndtr(-hi);
  const mass = hi <= 0 ? ndtr(hi) - pl : 1 - pl - qh;
  if (!(mass > 0)) {
    throw new Error(
      `random.truncatedNormal: the interval [${a}, ${b}] has a probability that underflows float64 (bounds beyond about ±37 standard deviations)`,
    );
  }
  return { flip, lo, hi, pl, qh, mass };
}

function truncSample(t: Truncation, u: number): number {
  const p = t.pl + u * t.mass;
  // Above the median invert the upper tail, 1 − p = Q(hi) + (1 − u)·mass, to keep its precision.
  let x = p <= 0.5 ? ndtri(p) : -ndtri(t.qh + (1 - u) * t.mass);
  x = x < t.lo ? t.lo : x > t.hi ? t.hi : x;
  return t.flip ? -x : x;
}

/**
 * Standard normal values conditioned on lower ≤ x ≤ upper (bounds may be ±Infinity, numbers
 * or tensors broadcasting to `shape`; `shape` defaults to their broadcast shape).
 */
export function truncatedNormal(k: Key, lower: number | Tensor, upper: number | Tensor, shape?: readonly number[], opts: FloatOptions = {}): Tensor {
  const [k0, k1] = keyWords('truncatedNormal', k);
  const s = shape === undefined ? broadcastShapes('random.truncatedNormal', paramShape(lower), paramShape(upper)) : shapeArg('truncatedNormal', shape);
  const dtype = floatDtype('truncatedNormal', opts.dtype);
  const av = paramArg('truncatedNormal', 'lower', lower, s);
  const bv = paramArg('truncatedNormal', 'upper', upper, s);
  const n = sizeOf(s);
  const fixed = typeof av === 'number' && typeof bv === 'number' ? truncation(av, bv, -1) : null;
  const { w0, w1 } = blocks(k0, k1, n);
  const out = typedArrayFor(dtype, n);
  for (let i = 0; i < n; i++) {
    const a = typeof av === 'number' ? av : av[i];
    const b = typeof bv === 'number' ? bv : bv[i];
    const t = fixed ?? truncation(a, b, i);
    let x = truncSample(t, (w0[i] * 1048576 + (w1[i] >>> 12) + 0.5) * TWO_M52);
    if (dtype === 'f32') {
      // Rounding to f32 must not leave [a, b] when a bound is not an f32 number.
      x = Math.fround(x);
      if (x < a) x = f32AtLeast(a);
      else if (x > b) x = f32AtMost(b);
    }
    out[i] = x;
  }
  return fromTypedArray(out, s, dtype, target(opts));
}

// ---------------------------------------------------------------------------------------------
// Discrete samplers

/** `true` with probability p (a number or a tensor broadcasting to `shape`; shape defaults to p's). */
export function bernoulli(k: Key, p: number | Tensor = 0.5, shape?: readonly number[], opts: DeviceOptions = {}): Tensor {
  const [k0, k1] = keyWords('bernoulli', k);
  const s = shape === undefined ? [...paramShape(p)] : shapeArg('bernoulli', shape);
  const pv = paramArg('bernoulli', 'p', p, s);
  const n = sizeOf(s);
  const check = (x: number, i: number): void => {
    if (!(x >= 0 && x <= 1)) throw new Error(`random.bernoulli: p must lie in [0, 1], got ${x}${i >= 0 ? ` at flat index ${i}` : ''}`);
  };
  if (typeof pv === 'number') check(pv, -1);
  else for (let i = 0; i < n; i++) check(pv[i], i);
  const b = bits32(k0, k1, n);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = b[i] < (typeof pv === 'number' ? pv : pv[i]) * TWO32 ? 1 : 0;
  return fromTypedArray(out, s, 'bool', target(opts));
}

/**
 * Category indices drawn with probabilities softmax(logits) along `axis` (Gumbel-max:
 * argmax_k logits_k + G_k with G_k = −log(−log U_k)). `logits: [..., K, ...]`; the result has
 * `shape`, default the logits' shape without `axis`, to which that batch shape must broadcast.
 * Logits of −Infinity are never drawn.
 */
export function categorical(k: Key, logits: Tensor, axis = -1, shape?: readonly number[], opts: DeviceOptions = {}): Tensor {
  const [k0, k1] = keyWords('categorical', k);
  if (!isTensor(logits) || (logits.dtype !== 'f32' && logits.dtype !== 'f64')) {
    throw new Error(`random.categorical: logits must be an f32 or f64 tensor, got ${describe(logits)}`);
  }
  if (logits.rank === 0) throw new Error('random.categorical: logits must have at least one dimension (the categories)');
  const ax = normAxis('random.categorical', axis, logits.rank);
  const K = logits.shape[ax];
  if (K === 0) throw new Error(`random.categorical: axis ${axis} of logits ${fmt(logits.shape)} has no categories`);
  const strides = stridesOf(logits.shape);
  const batch = logits.shape.filter((_, i) => i !== ax);
  const batchStrides = strides.filter((_, i) => i !== ax);
  const s = shape === undefined ? batch : shapeArg('categorical', shape);
  if (!broadcastsTo(batch, s)) {
    throw new Error(`random.categorical: the batch shape ${fmt(batch)} of logits ${fmt(logits.shape)} does not broadcast to shape ${fmt(s)}`);
  }
  const n = sizeOf(s);
  const off = broadcastOffsets(s, batch, batchStrides);
  const lg = logits.dataSync();
  const step = strides[ax];
  const b = bits32(k0, k1, n * K);
  const out = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    let best = -Infinity;
    let arg = 0;
    for (let c = 0; c < K; c++) {
      const u = (b[j * K + c] + 0.5) * TWO_M32;
      const v = lg[off[j] + c * step] - Math.log(-Math.log(u));
      if (v > best) {
        best = v;
        arg = c;
      }
    }
    out[j] = arg;
  }
  return fromTypedArray(out, s, 'i32', target(opts));
}

/** Uniform integers in [minval, maxval) as `i32` (bounds within the int32 range). */
export function randint(k: Key, shape: readonly number[], minval: number, maxval: number, opts: DeviceOptions = {}): Tensor {
  const [k0, k1] = keyWords('randint', k);
  const s = shapeArg('randint', shape);
  if (!Number.isInteger(minval) || !Number.isInteger(maxval) || !(minval < maxval) || minval < -(2 ** 31) || maxval > 2 ** 31) {
    throw new Error(`random.randint: need integers -2^31 <= minval < maxval <= 2^31, got minval ${minval}, maxval ${maxval}`);
  }
  const span = maxval - minval;
  const n = sizeOf(s);
  const { w0, w1 } = blocks(k0, k1, n);
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const u = (w0[i] * 1048576 + (w1[i] >>> 12)) * TWO_M52;
    out[i] = minval + Math.min(span - 1, Math.floor(u * span));
  }
  return fromTypedArray(out, s, 'i32', target(opts));
}

/** A uniformly random permutation of 0..n−1 (Fisher–Yates driven by element-indexed draws). */
function shuffled(k0: number, k1: number, n: number): Int32Array {
  const perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  const { w0, w1 } = blocks(k0, k1, n);
  for (let i = n - 1; i > 0; i--) {
    const u = (w0[i] * 1048576 + (w1[i] >>> 12)) * TWO_M52;
    const j = Math.min(i, Math.floor(u * (i + 1)));
    const t = perm[i];
    perm[i] = perm[j];
    perm[j] = t;
  }
  return perm;
}

/** Slices of `x` along `axis` in the order `idx` (differentiable: the VJP applies the inverse order). */
function takeSlices(x: Tensor, axis: number, idx: Int32Array): Tensor {
  const len = x.shape[axis];
  const inner = sizeOf(x.shape.slice(axis + 1));
  const outer = sizeOf(x.shape.slice(0, axis));
  const src = x.dataSync();
  const out: AnyTypedArray = typedArrayFor(x.dtype, x.size);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < len; i++) {
      const from = (o * len + idx[i]) * inner;
      out.set(src.subarray(from, from + inner), (o * len + i) * inner);
    }
  }
  const res = fromTypedArray(out, x.shape, x.dtype, x.device);
  const inverse = new Int32Array(len);
  for (let i = 0; i < len; i++) inverse[idx[i]] = i;
  recordNode('permutation', [x], [res], ([g]) => [g ? takeSlices(g, axis, inverse) : null]);
  return res;
}

/**
 * `permutation(key, n)`: a random ordering of 0..n−1 (`i32`). `permutation(key, x, axis)`: `x`
 * with its slices along `axis` (default 0) shuffled; gradients flow back through the shuffle.
 */
export function permutation(k: Key, x: number | Tensor, axis = 0, opts: DeviceOptions = {}): Tensor {
  const [k0, k1] = keyWords('permutation', k);
  if (typeof x === 'number') {
    if (!Number.isInteger(x) || x < 0 || x > 2 ** 31 - 1) throw new Error(`random.permutation: n must be an integer in [0, 2^31), got ${x}`);
    return fromTypedArray(shuffled(k0, k1, x), [x], 'i32', target(opts));
  }
  if (!isTensor(x)) throw new Error(`random.permutation: expected an integer or a tensor, got ${describe(x)}`);
  if (x.rank === 0) throw new Error('random.permutation: cannot permute a rank-0 tensor');
  const ax = normAxis('random.permutation', axis, x.rank);
  return takeSlices(x, ax, shuffled(k0, k1, x.shape[ax]));
}

export interface ChoiceOptions extends DeviceOptions {
  /** Draw with replacement (default true). */
  replace?: boolean;
  /** Probabilities of 0..n−1 (a 1-D tensor of length n summing to 1); default uniform. */
  p?: Tensor;
}

/**
 * Indices in 0..n−1 (`i32`, shape `shape`): uniform or with probabilities `p`, with or without
 * replacement (without replacement only uniform, `sizeOf(shape) <= n`). Gather with them.
 */
export function choice(k: Key, n: number, shape: readonly number[] = [], opts: ChoiceOptions = {}): Tensor {
  const s = shapeArg('choice', shape);
  if (!Number.isInteger(n) || n <= 0 || n > 2 ** 31 - 1) throw new Error(`random.choice: n must be a positive integer below 2^31, got ${n}`);
  const { replace = true, p } = opts;
  if (!replace) {
    if (p !== undefined) throw new Error('random.choice: sampling without replacement supports only uniform probabilities (omit p)');
    if (sizeOf(s) > n) throw new Error(`random.choice: cannot draw ${sizeOf(s)} distinct values from ${n} without replacement`);
    const [k0, k1] = keyWords('choice', k);
    const perm = shuffled(k0, k1, n);
    return fromTypedArray(Int32Array.from(perm.subarray(0, sizeOf(s))), s, 'i32', target(opts));
  }
  if (p === undefined) return randint(k, s, 0, n, opts);
  if (!isTensor(p) || p.rank !== 1 || p.shape[0] !== n) throw new Error(`random.choice: p must be a 1-D tensor of length ${n}, got ${describe(p)}`);
  const pd = p.dataSync();
  let total = 0;
  const logp = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (!(pd[i] >= 0)) throw new Error(`random.choice: p must be non-negative, got ${pd[i]} at index ${i}`);
    total += pd[i];
    logp[i] = Math.log(pd[i]);
  }
  if (Math.abs(total - 1) > 1e-6 * n) throw new Error(`random.choice: p must sum to 1, sums to ${total}`);
  return categorical(k, fromTypedArray(logp, [n], 'f64', 'cpu'), -1, s, opts);
}

/**
 * Haar-distributed orthogonal matrices, shape `[...shape, n, n]`: the Q factor of a Gaussian
 * matrix with the sign fix diag(R) > 0 (computed in float64, rounded once to `dtype`).
 */
export function orthogonal(k: Key, n: number, shape: readonly number[] = [], opts: FloatOptions = {}): Tensor {
  const [k0, k1] = keyWords('orthogonal', k);
  if (!Number.isInteger(n) || n < 0) throw new Error(`random.orthogonal: n must be a non-negative integer, got ${n}`);
  const s = shapeArg('orthogonal', shape);
  const dtype = floatDtype('orthogonal', opts.dtype);
  const count = sizeOf(s);
  const { w0, w1 } = blocks(k0, k1, count * n * n);
  const a = new Float64Array(count * n * n);
  for (let i = 0; i < a.length; i++) a[i] = ndtri((w0[i] * 1048576 + (w1[i] >>> 12) + 0.5) * TWO_M52);
  for (let m = 0; m < count; m++) haarFromGaussian(a, m * n * n, n);
  const out = dtype === 'f64' ? a : Float32Array.from(a);
  return fromTypedArray(out, [...s, n, n], dtype, target(opts));
}
