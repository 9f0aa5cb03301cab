import { GpuBuffer } from './context.js';
export function wgslType(dtype) {
    switch (dtype) {
        case 'f32':
            return 'f32';
        case 'i32':
            return 'i32';
        case 'bool':
            return 'u32';
        case 'f64':
            throw new Error("webgpu: f64 is not available on WebGPU; cast to 'f32'");
        default:
            return dtype;
    }
}
/** The buffer handle of a WebGPU tensor (throws on a CPU array). */
export function gbuf(b) {
    if (!(b instanceof GpuBuffer))
        throw new Error('webgpu: expected a WebGPU buffer');
    return b;
}
/** Threads per workgroup of the 1-D kernels here. */
export const WG = 256;
/** Largest (collapsed) rank the strided kernels accept. */
export const MAX_RANK = 8;
/** Words in the standard uniform block (256 bytes: one arena slot). */
export const UNIFORM_WORDS = 64;
/**
 * Binding declarations: `ins` read-only storage arrays `in0..`, `outs` read-write `out0..`,
 * then the uniform block `u` with accessor `uw(i) -> u32` (word i) when `uniform` is set.
 */
export function bindings(ins, outs, uniform = true) {
    const lines = [];
    let b = 0;
    ins.forEach((t, k) => lines.push(`@group(0) @binding(${b++}) var<storage, read> in${k}: array<${t}>;`));
    outs.forEach((t, k) => lines.push(`@group(0) @binding(${b++}) var<storage, read_write> out${k}: array<${t}>;`));
    if (uniform) {
        lines.push(`struct U { w: array<vec4<u32>, ${UNIFORM_WORDS / 4}> }`);
        lines.push(`@group(0) @binding(${b}) var<uniform> u: U;`);
        lines.push('fn uw(i: u32) -> u32 { return u.w[i >> 2u][i & 3u]; }');
    }
    return lines.join('\n');
}
/** Entry-point header of a 1-D kernel; the body sees `gi` (flat invocation id) and `lid` (local index). */
export function main1d(body, wg = WG) {
    return `@compute @workgroup_size(${wg})
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lid: u32, @builtin(workgroup_id) wid: vec3<u32>) {
  let gi = gid.x + gid.y * nwg.x * ${wg}u;
  let group = wid.x + wid.y * nwg.x;
${body}
}`;
}
/** Pack uniform words: numbers are u32 (negative values as i32 bits); use `f32Bits` for floats. */
export function packUniforms(words) {
    if (words.length > UNIFORM_WORDS)
        throw new Error(`webgpu: ${words.length} uniform words (at most ${UNIFORM_WORDS})`);
    const u = new Uint32Array(UNIFORM_WORDS);
    for (let i = 0; i < words.length; i++)
        u[i] = words[i] >>> 0;
    return u;
}
const f32buf = new Float32Array(1);
const u32view = new Uint32Array(f32buf.buffer);
/** The bit pattern of `v` as f32 (read in WGSL with `bitcast<f32>(uw(i))`). */
export function f32Bits(v) {
    f32buf[0] = v;
    return u32view[0];
}
/**
 * Drop size-1 axes and merge neighbours that every stride list walks contiguously
 * (s[d] = s[d+1]·shape[d+1]), so a strided kernel gets the smallest rank that describes it.
 */
export function collapseDims(shape, strides) {
    const sh = [];
    const st = strides.map(() => []);
    for (let d = 0; d < shape.length; d++) {
        if (shape[d] === 1)
            continue;
        const last = sh.length - 1;
        if (last >= 0 && strides.every((s, k) => st[k][last] === s[d] * shape[d])) {
            sh[last] *= shape[d];
            strides.forEach((s, k) => (st[k][last] = s[d]));
        }
        else {
            sh.push(shape[d]);
            strides.forEach((s, k) => st[k].push(s[d]));
        }
    }
    return { shape: sh, strides: st };
}
/**
 * WGSL statements that decompose the flat index `idx` (u32) over a shape held in uniform words
 * `shapeAt..shapeAt+rank-1` and accumulate offsets `names[k] += coord·uw(strideAt[k] + d)`.
 * The offsets must be declared `var` u32 (strides are non-negative here).
 */
export function decompose(idx, rank, shapeAt, names, strideAt) {
    const lines = [`{ var rem = ${idx};`];
    for (let d = rank - 1; d >= 0; d--) {
        lines.push(`  { let s = uw(${shapeAt + d}u); let c = rem % s; rem = rem / s;`);
        names.forEach((nm, k) => lines.push(`    ${nm} += c * uw(${strideAt[k] + d}u);`));
        lines.push('  }');
    }
    lines.push('}');
    return lines.join('\n');
}
/** Rank check with a clear error for the strided kernels. */
export function checkRank(op, rank) {
    if (rank > MAX_RANK)
        throw new Error(`${op}: WebGPU kernels support (collapsed) rank up to ${MAX_RANK}, got ${rank}; reshape or compute on the CPU`);
}
/**
 * Math prelude: `isnan_f32/i32/u32`, `isfinite_f32`, `inf_f32()`, `nan_f32()` (runtime values:
 * WGSL rejects non-finite constants), and f32 functions missing from WGSL or
 * inaccurate there (`log1p_f32`, `expm1_f32`, `tanh_f32`, `erf_f32`, `pow_f32` with negative
 * bases and integer exponents as Math.pow, `round_f32` half up as Math.round).
 */
export const MATH_PRELUDE = `
fn inf_f32() -> f32 { var b = 0x7f800000u; return bitcast<f32>(b); }
fn nan_f32() -> f32 { var b = 0x7fc00000u; return bitcast<f32>(b); }
fn isnan_f32(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u; }
fn isnan_i32(x: i32) -> bool { return false; }
fn isnan_u32(x: u32) -> bool { return false; }
fn isfinite_f32(x: f32) -> bool { return (bitcast<u32>(x) & 0x7f800000u) != 0x7f800000u; }
fn log1p_f32(x: f32) -> f32 {
  // Near 0 the built-in log is only accurate in absolute terms: use the series there.
  if (abs(x) < 0.05) { return x * (1.0 + x * (-0.5 + x * (0.33333334 + x * (-0.25 + x * (0.2 - x * 0.16666667))))); }
  let v = 1.0 + x;
  if (v == 1.0) { return x; }
  if (!isfinite_f32(v) || v <= 0.0) { return log(v); }
  return log(v) * x / (v - 1.0);
}
fn expm1_f32(x: f32) -> f32 {
  if (abs(x) < 0.05) { return x * (1.0 + x * (0.5 + x * (0.16666667 + x * (0.041666668 + x * (0.008333334 + x * 0.0013888889))))); }
  let v = exp(x);
  if (!isfinite_f32(v) || x < -20.0) { return v - 1.0; }
  return (v - 1.0) * x / log(v);
}
fn tanh_f32(x: f32) -> f32 {
  if (isnan_f32(x)) { return x; }
  let a = min(abs(x), 15.0);
  let e = expm1_f32(2.0 * a);
  return sign(x) * (e / (e + 2.0));
}
fn erf_f32(x: f32) -> f32 {
  let a = abs(x);
  var r: f32;
  if (a < 0.5) {
    let a2 = a * a;
    r = 1.1283791670955126 * a * (1.0 + a2 * (-0.3333333333 + a2 * (0.1 + a2 * (-0.0238095238 + a2 * (0.0046296296 - a2 * 0.000757575758)))));
  } else {
    let t = 1.0 / (1.0 + 0.3275911 * a);
    let p = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
    r = 1.0 - p * exp(-a * a);
  }
  return select(r, -r, x < 0.0);
}
fn pow_f32(x: f32, y: f32) -> f32 {
  if (y == 0.0) { return 1.0; }
  if (isnan_f32(x) || isnan_f32(y)) { return nan_f32(); }
  if (x == 1.0) { return 1.0; }
  let r = exp2(y * log2(abs(x)));
  if (x < 0.0) {
    if (floor(y) != y) { return nan_f32(); }
    if (floor(y * 0.5) != y * 0.5) { return -r; }
  }
  return r;
}
fn round_f32(x: f32) -> f32 {
  let f = floor(x);
  return select(f, f + 1.0, x - f >= 0.5);
}
`;
//# sourceMappingURL=wgsl.js.map