import { sizeOf, stridesOf } from '../../shape.js';
import { grid } from './context.js';
import { collapseDims, gbuf, wgslType } from './wgsl.js';
/** Invocations per workgroup of the one-dimensional kernels. */
export const WG = 64;
/** Words in the uniform block (256 bytes, the context's limit). */
const UNIFORM_WORDS = 64;
/** Pack integers (negative ones as two's complement) into the 64-word uniform block. */
export function packWords(op, words) {
    if (words.length > UNIFORM_WORDS)
        throw new Error(`${op}: too many dimensions for the WebGPU kernel (${words.length} parameter words > ${UNIFORM_WORDS}); reshape to fewer axes`);
    const u = new Uint32Array(UNIFORM_WORDS);
    const v = new Int32Array(u.buffer);
    words.forEach((w, i) => (v[i] = w | 0));
    return u;
}
/** Declaration of the uniform block at `binding` and its word accessors. */
export function uniformDecl(binding) {
    return `struct U { w: array<vec4<u32>, ${UNIFORM_WORDS / 4}> }
@group(0) @binding(${binding}) var<uniform> u: U;
fn uw(i: u32) -> u32 { return u.w[i >> 2u][i & 3u]; }
fn ui(i: u32) -> i32 { return bitcast<i32>(uw(i)); }
`;
}
/** Entry point of a one-dimensional kernel: `p` is the flat output position, `total` in word 0. */
const MAIN_1D = `@compute @workgroup_size(${WG})
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let p = gid.x + gid.y * nwg.x * ${WG}u;
  if (p >= uw(0u)) { return; }`;
/** Dispatch a one-dimensional kernel over `total` elements (nothing for 0). Word 0 must be `total`. */
function run1d(gpu, key, code, inputs, output, words) {
    const total = words[0];
    if (total === 0)
        return;
    gpu.run({ key, code, inputs: inputs.map(gbuf), outputs: [gbuf(output)], uniforms: packWords(key, words), workgroups: grid(Math.ceil(total / WG)) });
}
// ---------------------------------------------------------------------------------------------
// strided copy: out[p] = x[offset + Σ_d i_d · strides_d], i the multi-index of p in `shape`
const GATHER_COPY = `@group(0) @binding(0) var<storage, read> x: array<u32>;
@group(0) @binding(1) var<storage, read_write> out: array<u32>;
${uniformDecl(2)}
// words: total, rank, offset, shape[rank], strides[rank]
${MAIN_1D}
  let r = uw(1u);
  var rem = p;
  var src = ui(2u);
  for (var d = i32(r) - 1; d >= 0; d--) {
    let n = uw(3u + u32(d));
    let i = rem % n;
    rem = rem / n;
    src += i32(i) * ui(3u + r + u32(d));
  }
  out[p] = x[u32(src)];
}`;
/**
 * out (contiguous, `shape`) [p] = x[offset + Σ i_d · strides_d]; strides may be 0 (broadcast)
 * or negative (flips). Serves slice, broadcastTo and transpose.
 */
export function gpuStridedCopy(gpu, x, out, shape, offset, strides) {
    // Merged axes keep the rank (and the per-element index arithmetic) small.
    const c = collapseDims(shape, [strides]);
    run1d(gpu, 'movement.stridedCopy', () => GATHER_COPY, [x], out, [sizeOf(shape), c.shape.length, offset, ...c.shape, ...c.strides[0]]);
}
// ---------------------------------------------------------------------------------------------
// strided placement: out = fill; out[start + i·step] = x[i]
const EMBED = `@group(0) @binding(0) var<storage, read> x: array<u32>;
@group(0) @binding(1) var<storage, read_write> out: array<u32>;
${uniformDecl(2)}
// words: total, rank, fill bits, outShape[r], starts[r], steps[r], xShape[r]
${MAIN_1D}
  let r = uw(1u);
  var rem = p;
  var src = 0u;
  var xStride = 1u;
  var inside = true;
  for (var d = i32(r) - 1; d >= 0; d--) {
    let ud = u32(d);
    let n = uw(3u + ud);
    let i = i32(rem % n);
    rem = rem / n;
    let rel = i - ui(3u + r + ud);
    let step = ui(3u + 2u * r + ud);
    let q = rel / step;
    let count = uw(3u + 3u * r + ud);
    if (rel % step != 0 || q < 0 || u32(q) >= count) {
      inside = false;
    } else {
      src += u32(q) * xStride;
    }
    xStride *= count;
  }
  if (inside) {
    out[p] = x[src];
  } else {
    out[p] = uw(2u);
  }
}`;
/** The bit pattern of `value` stored in an element of `dtype` (bool: value ≠ 0). */
function fillBits(value, dtype) {
    switch (dtype) {
        case 'f32':
            return new Int32Array(new Float32Array([value]).buffer)[0];
        case 'i32':
            return Math.trunc(value) | 0;
        case 'bool':
            return value !== 0 ? 1 : 0;
        case 'f64':
            throw new Error('webgpu: f64 is not available on WebGPU');
        default:
            return dtype;
    }
}
/** out (`outShape`) = value everywhere except out[starts + i·steps] = x[i] (x of shape `xShape`). */
export function gpuEmbed(gpu, x, out, dtype, xShape, outShape, starts, steps, value) {
    run1d(gpu, 'movement.embed', () => EMBED, [x], out, [sizeOf(outShape), outShape.length, fillBits(value, dtype), ...outShape, ...starts, ...steps, ...xShape]);
}
// ---------------------------------------------------------------------------------------------
// concat: each operand, seen as [outer, n], is copied to columns [col, col + n) of [outer, rowOut]
const CONCAT_PART = `@group(0) @binding(0) var<storage, read> x: array<u32>;
@group(0) @binding(1) var<storage, read_write> out: array<u32>;
${uniformDecl(2)}
// words: total, n, rowOut, col
${MAIN_1D}
  let n = uw(1u);
  out[(p / n) * uw(2u) + uw(3u) + p % n] = x[p];
}`;
/** Concatenate along `axis` of the output shape: one dispatch per non-empty operand. */
export function gpuConcat(gpu, ins, inShapes, out, outShape, axis) {
    const outer = sizeOf(outShape.slice(0, axis));
    const inner = sizeOf(outShape.slice(axis + 1));
    const rowOut = outShape[axis] * inner;
    let col = 0;
    ins.forEach((x, k) => {
        const n = inShapes[k][axis] * inner;
        run1d(gpu, 'movement.concatPart', () => CONCAT_PART, [x], out, [outer * n, n, rowOut, col]);
        col += n;
    });
}
// ---------------------------------------------------------------------------------------------
// gather along an axis
const GATHER_AXIS = `@group(0) @binding(0) var<storage, read> x: array<u32>;
@group(0) @binding(1) var<storage, read> idx: array<i32>;
@group(0) @binding(2) var<storage, read_write> out: array<u32>;
${uniformDecl(3)}
// words: total, rank, n, axisStride, shape[r], sx[r], si[r]
${MAIN_1D}
  let r = uw(1u);
  let n = i32(uw(2u));
  var rem = p;
  var a = 0u;
  var b = 0u;
  for (var d = i32(r) - 1; d >= 0; d--) {
    let ud = u32(d);
    let m = uw(4u + ud);
    let i = rem % m;
    rem = rem / m;
    a += i * uw(4u + r + ud);
    b += i * uw(4u + 2u * r + ud);
  }
  if (n == 0) {
    out[p] = 0u;
    return;
  }
  var k = idx[b];
  if (k < 0) { k += n; }
  // Out-of-range indices cannot throw on the GPU: they are clamped into [0, n).
  k = clamp(k, 0, n - 1);
  out[p] = x[a + u32(k) * uw(3u)];
}`;
/**
 * out[p] = x[a(p) + k(p) · axisStride] with k = idx[b(p)] (negative wraps, out of range clamps),
 * a and b strided offsets over the output's multi-index (`sx` 0 on the axis and broadcast axes).
 */
export function gpuGather(gpu, x, idx, out, shape, sx, si, n, axisStride) {
    run1d(gpu, 'indexing.gather', () => GATHER_AXIS, [x, idx], out, [sizeOf(shape), shape.length, n, axisStride, ...shape, ...sx, ...si]);
}
// ---------------------------------------------------------------------------------------------
// scatter-add, deterministic: one invocation per output element scans the indices that could
// name it (the updates' axis at the same non-axis position), adding in the CPU's order
function scatterAddCode(t) {
    return `@group(0) @binding(0) var<storage, read> x: array<${t}>;
@group(0) @binding(1) var<storage, read> idx: array<i32>;
@group(0) @binding(2) var<storage, read> upd: array<${t}>;
@group(0) @binding(3) var<storage, read_write> out: array<${t}>;
${uniformDecl(4)}
// words: total, rank, axis, n, m, xShape[r], uShape[r], si[r]
${MAIN_1D}
  let r = uw(1u);
  let axis = uw(2u);
  let n = i32(uw(3u));
  let m = uw(4u);
  var rem = p;
  var bi = 0u;
  var bu = 0u;
  var uStride = 1u;
  var want = 0u;
  var siAxis = 0u;
  var uAxis = 0u;
  var inRegion = true;
  for (var d = i32(r) - 1; d >= 0; d--) {
    let ud = u32(d);
    let xn = uw(5u + ud);
    let i = rem % xn;
    rem = rem / xn;
    let si = uw(5u + 2u * r + ud);
    if (ud == axis) {
      want = i;
      siAxis = si;
      uAxis = uStride;
    } else {
      if (i >= uw(5u + r + ud)) { inRegion = false; }
      bi += i * si;
      bu += i * uStride;
    }
    uStride *= uw(5u + r + ud);
  }
  var acc = x[p];
  if (inRegion) {
    for (var t = 0u; t < m; t++) {
      var k = idx[bi + t * siAxis];
      if (k < 0) { k += n; }
      // Out-of-range indices name no element: their updates are dropped.
      if (k >= 0 && u32(k) == want) { acc += upd[bu + t * uAxis]; }
    }
  }
  out[p] = acc;
}`;
}
/**
 * out = x; out[j with j_axis = idx[u-position]] += u over the updates' index range (torch
 * semantics), summed in the CPU kernel's order (deterministic, equal to the CPU in f32).
 */
export function gpuScatterAdd(gpu, x, idx, upd, out, dtype, xShape, uShape, si, axis) {
    const t = wgslType(dtype);
    if (t === 'u32')
        throw new Error('scatterAdd: cannot add bool tensors');
    run1d(gpu, `indexing.scatterAdd.${t}`, () => scatterAddCode(t), [x, idx, upd], out, [
        sizeOf(xShape),
        xShape.length,
        axis,
        xShape[axis],
        uShape[axis],
        ...xShape,
        ...uShape,
        ...si,
    ]);
}
/** Read strides of `inner` broadcast to `outer` (0 where inner has 1 and outer does not). */
export function broadcastReadStrides(inner, outer) {
    const st = stridesOf(inner);
    return outer.map((m, d) => (inner[d] === 1 && m !== 1 ? 0 : st[d]));
}
// ---------------------------------------------------------------------------------------------
// argsort: the rank of each element in its line under a total order (value, then position) is
// its place in the stable sort; one invocation per element counts the elements before it.
function sortKeyCode(dtype) {
    switch (dtype) {
        case 'f32':
            // IEEE bits -> an unsigned key with the float order (−0 folded onto +0: they compare equal).
            return `fn isNan(b: u32) -> bool { return (b & 0x7fffffffu) > 0x7f800000u; }
fn sortKey(b0: u32) -> u32 {
  var b = b0;
  if (b == 0x80000000u) { b = 0u; }
  return select(b ^ 0x80000000u, ~b, (b & 0x80000000u) != 0u);
}`;
        case 'i32':
            return `fn isNan(b: u32) -> bool { return false; }
fn sortKey(b: u32) -> u32 { return b ^ 0x80000000u; }`;
        case 'bool':
            return `fn isNan(b: u32) -> bool { return false; }
fn sortKey(b: u32) -> u32 { return b; }`;
        case 'f64':
            throw new Error('webgpu: f64 is not available on WebGPU');
        default:
            return dtype;
    }
}
function argsortCode(dtype, descending) {
    return `@group(0) @binding(0) var<storage, read> x: array<u32>;
@group(0) @binding(1) var<storage, read_write> out: array<i32>;
${uniformDecl(2)}
${sortKeyCode(dtype)}
// Does element q (bits bq) come before element j (bits bj) in the sorted line? NaN last, ties by position.
fn before(bq: u32, q: u32, bj: u32, j: u32) -> bool {
  let nq = isNan(bq);
  let nj = isNan(bj);
  if (nq != nj) { return nj; }
  if (nq) { return q < j; }
  let kq = sortKey(bq);
  let kj = sortKey(bj);
  if (kq == kj) { return q < j; }
  return ${descending ? 'kq > kj' : 'kq < kj'};
}
// words: total (= outer·n·inner), n, inner, k
${MAIN_1D}
  let n = uw(1u);
  let inner = uw(2u);
  let k = uw(3u);
  let i = p % inner;
  let line = p / inner;
  let j = line % n;
  let o = line / n;
  let base = o * n * inner + i;
  let bj = x[base + j * inner];
  var rank = 0u;
  for (var q = 0u; q < n; q++) {
    if (before(x[base + q * inner], q, bj, j)) { rank++; }
  }
  if (rank < k) { out[(o * k + rank) * inner + i] = i32(j); }
}`;
}
/**
 * The first k entries of the stable sorting permutation of every line of x ([outer, n, inner]
 * around the axis) into out ([outer, k, inner]). O(n²) comparisons per line, all in parallel;
 * equal to the CPU's order (NaN last, ties by position) because the order is total.
 */
export function gpuArgsort(gpu, x, out, dtype, outer, n, inner, k, descending) {
    if (outer * k * inner === 0)
        return;
    run1d(gpu, `sort.argsort.${dtype}.${descending ? 'desc' : 'asc'}`, () => argsortCode(dtype, descending), [x], out, [outer * n * inner, n, inner, k]);
}
//# sourceMappingURL=wgsl-movement.js.map