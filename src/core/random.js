import { getDefaultDevice } from './backend.js';
import { getConfig } from './config.js';
import { fromTypedArray } from './creation.js';
import { typedArrayFor } from './dtype.js';
import { recordNode } from './op.js';
import { broadcastShapes, checkShape, fmt, normAxis, sizeOf, stridesOf } from './shape.js';
import { isTensor } from './tensor.js';
import { haarFromGaussian } from './random/haar.js';
import { ndtr, ndtri } from './random/normal-cdf.js';
import { bits32, blocks, threefry2x32 } from './random/threefry.js';
import { f32AtLeast, f32AtMost, f32Below, f64Below } from './random/float-bounds.js';
function target(opts) {
    return opts?.device ?? getDefaultDevice();
}
const TWO32 = 4294967296;
const TWO_M23 = 2 ** -23;
const TWO_M32 = 2 ** -32;
const TWO_M52 = 2 ** -52;
function describe(x) {
    if (isTensor(x))
        return `a ${x.dtype} tensor of shape ${fmt(x.shape)}`;
    return Array.isArray(x) ? 'an array' : typeof x;
}
/** The key's two words as unsigned numbers, after checking it is a key. */
function keyWords(op, k) {
    if (!isTensor(k) || k.dtype !== 'i32' || k.shape.length !== 1 || k.shape[0] !== 2) {
        throw new Error(`random.${op}: key must be an i32 tensor of shape [2] (from random.key, split or foldIn), got ${describe(k)}`);
    }
    if (k.device !== 'cpu') {
        throw new Error(`random.${op}: keys must live on the CPU (sampling runs on the host and uploads the result to the target device); got a key on '${k.device}': use random.key(seed) without a device, or await key.to('cpu')`);
    }
    const d = k.dataSync();
    return [d[0] >>> 0, d[1] >>> 0];
}
function makeKey(w0, w1, device) {
    const a = new Int32Array(2);
    a[0] = w0 | 0;
    a[1] = w1 | 0;
    return fromTypedArray(a, [2], 'i32', device ?? 'cpu');
}
/** (hi32, lo32) of a safe integer in 64-bit two's complement. */
function words64(op, name, x) {
    if (!Number.isSafeInteger(x))
        throw new Error(`random.${op}: ${name} must be a safe integer (|x| < 2^53), got ${x}`);
    const hi = Math.floor(x / TWO32);
    return [hi >>> 0, (x - hi * TWO32) >>> 0];
}
function shapeArg(op, shape) {
    if (!Array.isArray(shape))
        throw new Error(`random.${op}: shape must be an array of non-negative integers, got ${describe(shape)}`);
    checkShape(`random.${op}`, shape);
    return [...shape];
}
function floatDtype(op, dtype) {
    const d = dtype ?? getConfig().defaultFloat;
    if (d !== 'f32' && d !== 'f64')
        throw new Error(`random.${op}: dtype must be 'f32' or 'f64', got ${JSON.stringify(d)}`);
    return d;
}
/** For every element of `outShape`, the flat offset of the broadcast element of an input with `inShape`/`inStrides`. */
function broadcastOffsets(outShape, inShape, inStrides) {
    const r = outShape.length;
    const lead = r - inShape.length;
    const st = new Array(r).fill(0);
    for (let i = 0; i < inShape.length; i++)
        st[i + lead] = inShape[i] === 1 ? 0 : inStrides[i];
    const n = sizeOf(outShape);
    const res = new Int32Array(n);
    const idx = new Array(r).fill(0);
    let cur = 0;
    for (let j = 0; j < n; j++) {
        res[j] = cur;
        for (let d = r - 1; d >= 0; d--) {
            idx[d]++;
            cur += st[d];
            if (idx[d] < outShape[d])
                break;
            cur -= st[d] * outShape[d];
            idx[d] = 0;
        }
    }
    return res;
}
/** A scalar parameter, or a tensor parameter materialised at the sample shape (float64). */
function paramArg(op, name, p, shape) {
    if (typeof p === 'number')
        return p;
    if (!isTensor(p))
        throw new Error(`random.${op}: ${name} must be a number or a tensor, got ${describe(p)}`);
    if (!broadcastsTo(p.shape, shape))
        throw new Error(`random.${op}: ${name} of shape ${fmt(p.shape)} does not broadcast to the sample shape ${fmt(shape)}`);
    const src = p.dataSync();
    const off = broadcastOffsets(shape, p.shape, stridesOf(p.shape));
    const out = new Float64Array(off.length);
    for (let i = 0; i < off.length; i++)
        out[i] = src[off[i]];
    return out;
}
/** Whether `from` broadcasts (numpy rules) to exactly `to`. */
function broadcastsTo(from, to) {
    const lead = to.length - from.length;
    return lead >= 0 && from.every((d, i) => d === 1 || d === to[i + lead]);
}
function paramShape(p) {
    return typeof p === 'number' ? [] : p.shape;
}
// ---------------------------------------------------------------------------------------------
// Keys
/**
 * A key from an integer seed: the words (hi32(seed), lo32(seed)) in 64-bit two's complement,
 * as `jax.random.key(seed)`.
 */
export function key(seed, device) {
    const [hi, lo] = words64('key', 'seed', seed);
    return makeKey(hi, lo, device);
}
/** `n` new independent keys (default 2). The input key must not be used again. */
export function split(k, n = 2) {
    const [k0, k1] = keyWords('split', k);
    if (!Number.isInteger(n) || n < 0)
        throw new Error(`random.split: n must be a non-negative integer, got ${n}`);
    const o = new Uint32Array(2);
    const out = [];
    for (let i = 0; i < n; i++) {
        threefry2x32(k0, k1, 0, i, o);
        out.push(makeKey(o[0], o[1], k.device));
    }
    return out;
}
/** A new key derived from `k` and an integer (a step, a layer index, a worker id...). */
export function foldIn(k, data) {
    const [k0, k1] = keyWords('foldIn', k);
    const [hi, lo] = words64('foldIn', 'data', data);
    const o = new Uint32Array(2);
    threefry2x32(k0, k1, hi, lo, o);
    return makeKey(o[0], o[1], k.device);
}
/** Raw random bits: an `i32` tensor whose elements are uniform 32-bit words (two's complement). */
export function bits(k, shape = [], opts = {}) {
    const [k0, k1] = keyWords('bits', k);
    const s = shapeArg('bits', shape);
    const b = bits32(k0, k1, sizeOf(s));
    return fromTypedArray(new Int32Array(b.buffer), s, 'i32', target(opts));
}
/** Uniform values in [minval, maxval). */
export function uniform(k, shape = [], opts = {}) {
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
        if (!(lo <= hi))
            throw new Error(`random.uniform: no f32 value lies in [${minval}, ${maxval}); widen the interval or use f64`);
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
/** Normal values N(mean, std²) by inversion of the CDF (see the file header). */
export function normal(k, shape = [], opts = {}) {
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
        for (let i = 0; i < n; i++)
            out[i] = mean + std * ndtri((b[i] + 0.5) * TWO_M32);
        return fromTypedArray(out, s, dtype, target(opts));
    }
    const { w0, w1 } = blocks(k0, k1, n);
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++)
        out[i] = mean + std * ndtri((w0[i] * 1048576 + (w1[i] >>> 12) + 0.5) * TWO_M52);
    return fromTypedArray(out, s, dtype, target(opts));
}
function truncation(a, b, at) {
    if (!(a < b))
        throw new Error(`random.truncatedNormal: need lower < upper, got lower ${a}, upper ${b}${at >= 0 ? ` at flat index ${at}` : ''}`);
    const flip = a > 0;
    const lo = flip ? -b : a;
    const hi = flip ? -a : b;
    const pl = ndtr(lo);
    const qh = ndtr(-hi);
    const mass = hi <= 0 ? ndtr(hi) - pl : 1 - pl - qh;
    if (!(mass > 0)) {
        throw new Error(`random.truncatedNormal: the interval [${a}, ${b}] has a probability that underflows float64 (bounds beyond about ±37 standard deviations)`);
    }
    return { flip, lo, hi, pl, qh, mass };
}
function truncSample(t, u) {
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
export function truncatedNormal(k, lower, upper, shape, opts = {}) {
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
            if (x < a)
                x = f32AtLeast(a);
            else if (x > b)
                x = f32AtMost(b);
        }
        out[i] = x;
    }
    return fromTypedArray(out, s, dtype, target(opts));
}
// ---------------------------------------------------------------------------------------------
// Discrete samplers
/** `true` with probability p (a number or a tensor broadcasting to `shape`; shape defaults to p's). */
export function bernoulli(k, p = 0.5, shape, opts = {}) {
    const [k0, k1] = keyWords('bernoulli', k);
    const s = shape === undefined ? [...paramShape(p)] : shapeArg('bernoulli', shape);
    const pv = paramArg('bernoulli', 'p', p, s);
    const n = sizeOf(s);
    const check = (x, i) => {
        if (!(x >= 0 && x <= 1))
            throw new Error(`random.bernoulli: p must lie in [0, 1], got ${x}${i >= 0 ? ` at flat index ${i}` : ''}`);
    };
    if (typeof pv === 'number')
        check(pv, -1);
    else
        for (let i = 0; i < n; i++)
            check(pv[i], i);
    const b = bits32(k0, k1, n);
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++)
        out[i] = b[i] < (typeof pv === 'number' ? pv : pv[i]) * TWO32 ? 1 : 0;
    return fromTypedArray(out, s, 'bool', target(opts));
}
/**
 * Category indices drawn with probabilities softmax(logits) along `axis` (Gumbel-max:
 * argmax_k logits_k + G_k with G_k = −log(−log U_k)). `logits: [..., K, ...]`; the result has
 * `shape`, default the logits' shape without `axis`, to which that batch shape must broadcast.
 * Logits of −Infinity are never drawn.
 */
export function categorical(k, logits, axis = -1, shape, opts = {}) {
    const [k0, k1] = keyWords('categorical', k);
    if (!isTensor(logits) || (logits.dtype !== 'f32' && logits.dtype !== 'f64')) {
        throw new Error(`random.categorical: logits must be an f32 or f64 tensor, got ${describe(logits)}`);
    }
    if (logits.rank === 0)
        throw new Error('random.categorical: logits must have at least one dimension (the categories)');
    const ax = normAxis('random.categorical', axis, logits.rank);
    const K = logits.shape[ax];
    if (K === 0)
        throw new Error(`random.categorical: axis ${axis} of logits ${fmt(logits.shape)} has no categories`);
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
export function randint(k, shape, minval, maxval, opts = {}) {
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
function shuffled(k0, k1, n) {
    const perm = new Int32Array(n);
    for (let i = 0; i < n; i++)
        perm[i] = i;
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
function takeSlices(x, axis, idx) {
    const len = x.shape[axis];
    const inner = sizeOf(x.shape.slice(axis + 1));
    const outer = sizeOf(x.shape.slice(0, axis));
    const src = x.dataSync();
    const out = typedArrayFor(x.dtype, x.size);
    for (let o = 0; o < outer; o++) {
        for (let i = 0; i < len; i++) {
            const from = (o * len + idx[i]) * inner;
            out.set(src.subarray(from, from + inner), (o * len + i) * inner);
        }
    }
    const res = fromTypedArray(out, x.shape, x.dtype, x.device);
    const inverse = new Int32Array(len);
    for (let i = 0; i < len; i++)
        inverse[idx[i]] = i;
    recordNode('permutation', [x], [res], ([g]) => [g ? takeSlices(g, axis, inverse) : null]);
    return res;
}
/**
 * `permutation(key, n)`: a random ordering of 0..n−1 (`i32`). `permutation(key, x, axis)`: `x`
 * with its slices along `axis` (default 0) shuffled; gradients flow back through the shuffle.
 */
export function permutation(k, x, axis = 0, opts = {}) {
    const [k0, k1] = keyWords('permutation', k);
    if (typeof x === 'number') {
        if (!Number.isInteger(x) || x < 0 || x > 2 ** 31 - 1)
            throw new Error(`random.permutation: n must be an integer in [0, 2^31), got ${x}`);
        return fromTypedArray(shuffled(k0, k1, x), [x], 'i32', target(opts));
    }
    if (!isTensor(x))
        throw new Error(`random.permutation: expected an integer or a tensor, got ${describe(x)}`);
    if (x.rank === 0)
        throw new Error('random.permutation: cannot permute a rank-0 tensor');
    const ax = normAxis('random.permutation', axis, x.rank);
    return takeSlices(x, ax, shuffled(k0, k1, x.shape[ax]));
}
/**
 * Indices in 0..n−1 (`i32`, shape `shape`): uniform or with probabilities `p`, with or without
 * replacement (without replacement only uniform, `sizeOf(shape) <= n`). Gather with them.
 */
export function choice(k, n, shape = [], opts = {}) {
    const s = shapeArg('choice', shape);
    if (!Number.isInteger(n) || n <= 0 || n > 2 ** 31 - 1)
        throw new Error(`random.choice: n must be a positive integer below 2^31, got ${n}`);
    const { replace = true, p } = opts;
    if (!replace) {
        if (p !== undefined)
            throw new Error('random.choice: sampling without replacement supports only uniform probabilities (omit p)');
        if (sizeOf(s) > n)
            throw new Error(`random.choice: cannot draw ${sizeOf(s)} distinct values from ${n} without replacement`);
        const [k0, k1] = keyWords('choice', k);
        const perm = shuffled(k0, k1, n);
        return fromTypedArray(Int32Array.from(perm.subarray(0, sizeOf(s))), s, 'i32', target(opts));
    }
    if (p === undefined)
        return randint(k, s, 0, n, opts);
    if (!isTensor(p) || p.rank !== 1 || p.shape[0] !== n)
        throw new Error(`random.choice: p must be a 1-D tensor of length ${n}, got ${describe(p)}`);
    const pd = p.dataSync();
    let total = 0;
    const logp = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        if (!(pd[i] >= 0))
            throw new Error(`random.choice: p must be non-negative, got ${pd[i]} at index ${i}`);
        total += pd[i];
        logp[i] = Math.log(pd[i]);
    }
    if (Math.abs(total - 1) > 1e-6 * n)
        throw new Error(`random.choice: p must sum to 1, sums to ${total}`);
    return categorical(k, fromTypedArray(logp, [n], 'f64', 'cpu'), -1, s, opts);
}
/**
 * Haar-distributed orthogonal matrices, shape `[...shape, n, n]`: the Q factor of a Gaussian
 * matrix with the sign fix diag(R) > 0 (computed in float64, rounded once to `dtype`).
 */
export function orthogonal(k, n, shape = [], opts = {}) {
    const [k0, k1] = keyWords('orthogonal', k);
    if (!Number.isInteger(n) || n < 0)
        throw new Error(`random.orthogonal: n must be a non-negative integer, got ${n}`);
    const s = shapeArg('orthogonal', shape);
    const dtype = floatDtype('orthogonal', opts.dtype);
    const count = sizeOf(s);
    const { w0, w1 } = blocks(k0, k1, count * n * n);
    const a = new Float64Array(count * n * n);
    for (let i = 0; i < a.length; i++)
        a[i] = ndtri((w0[i] * 1048576 + (w1[i] >>> 12) + 0.5) * TWO_M52);
    for (let m = 0; m < count; m++)
        haarFromGaussian(a, m * n * n, n);
    const out = dtype === 'f64' ? a : Float32Array.from(a);
    return fromTypedArray(out, [...s, n, n], dtype, target(opts));
}
//# sourceMappingURL=random.js.map