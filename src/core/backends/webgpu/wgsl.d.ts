/**
 * Shared WGSL helpers for WebGPU kernels: storage type names per dtype, the standard
 * uniform block (64 words, read with `uw(i)`), the flat invocation index for 1-D grids of
 * 256-wide workgroups, dimension collapsing for strided/broadcast access, and a small math
 * prelude (NaN tests, log1p, expm1, tanh, erf, pow for negative bases).
 *
 * Conventions (see context.ts): inputs at @binding(0..n-1) as `var<storage, read>`, outputs
 * next as `var<storage, read_write>`, then the uniform; entry point `main`.
 */
import type { DeviceBuffer } from '../../backend.js';
import type { DType } from '../../dtype.js';
import { GpuBuffer } from './context.js';
/** WGSL scalar type that stores a dtype on the GPU (bool is a u32 holding 0/1). */
export type WgslType = 'f32' | 'i32' | 'u32';
export declare function wgslType(dtype: DType): WgslType;
/** The buffer handle of a WebGPU tensor (throws on a CPU array). */
export declare function gbuf(b: DeviceBuffer): GpuBuffer;
/** Threads per workgroup of the 1-D kernels here. */
export declare const WG = 256;
/** Largest (collapsed) rank the strided kernels accept. */
export declare const MAX_RANK = 8;
/** Words in the standard uniform block (256 bytes: one arena slot). */
export declare const UNIFORM_WORDS = 64;
/**
 * Binding declarations: `ins` read-only storage arrays `in0..`, `outs` read-write `out0..`,
 * then the uniform block `u` with accessor `uw(i) -> u32` (word i) when `uniform` is set.
 */
export declare function bindings(ins: readonly WgslType[], outs: readonly WgslType[], uniform?: boolean): string;
/** Entry-point header of a 1-D kernel; the body sees `gi` (flat invocation id) and `lid` (local index). */
export declare function main1d(body: string, wg?: number): string;
/** Pack uniform words: numbers are u32 (negative values as i32 bits); use `f32Bits` for floats. */
export declare function packUniforms(words: readonly number[]): Uint32Array;
/** The bit pattern of `v` as f32 (read in WGSL with `bitcast<f32>(uw(i))`). */
export declare function f32Bits(v: number): number;
/**
 * Drop size-1 axes and merge neighbours that every stride list walks contiguously
 * (s[d] = s[d+1]·shape[d+1]), so a strided kernel gets the smallest rank that describes it.
 */
export declare function collapseDims(shape: readonly number[], strides: readonly (readonly number[])[]): {
    shape: number[];
    strides: number[][];
};
/**
 * WGSL statements that decompose the flat index `idx` (u32) over a shape held in uniform words
 * `shapeAt..shapeAt+rank-1` and accumulate offsets `names[k] += coord·uw(strideAt[k] + d)`.
 * The offsets must be declared `var` u32 (strides are non-negative here).
 */
export declare function decompose(idx: string, rank: number, shapeAt: number, names: readonly string[], strideAt: readonly number[]): string;
/** Rank check with a clear error for the strided kernels. */
export declare function checkRank(op: string, rank: number): void;
/**
 * Math prelude: `isnan_f32/i32/u32`, `isfinite_f32`, `inf_f32()`, `nan_f32()` (runtime values:
 * WGSL rejects non-finite constants), and f32 functions missing from WGSL or
 * inaccurate there (`log1p_f32`, `expm1_f32`, `tanh_f32`, `erf_f32`, `pow_f32` with negative
 * bases and integer exponents as Math.pow, `round_f32` half up as Math.round).
 */
export declare const MATH_PRELUDE = "\nfn inf_f32() -> f32 { var b = 0x7f800000u; return bitcast<f32>(b); }\nfn nan_f32() -> f32 { var b = 0x7fc00000u; return bitcast<f32>(b); }\nfn isnan_f32(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u; }\nfn isnan_i32(x: i32) -> bool { return false; }\nfn isnan_u32(x: u32) -> bool { return false; }\nfn isfinite_f32(x: f32) -> bool { return (bitcast<u32>(x) & 0x7f800000u) != 0x7f800000u; }\nfn log1p_f32(x: f32) -> f32 {\n  // Near 0 the built-in log is only accurate in absolute terms: use the series there.\n  if (abs(x) < 0.05) { return x * (1.0 + x * (-0.5 + x * (0.33333334 + x * (-0.25 + x * (0.2 - x * 0.16666667))))); }\n  let v = 1.0 + x;\n  if (v == 1.0) { return x; }\n  if (!isfinite_f32(v) || v <= 0.0) { return log(v); }\n  return log(v) * x / (v - 1.0);\n}\nfn expm1_f32(x: f32) -> f32 {\n  if (abs(x) < 0.05) { return x * (1.0 + x * (0.5 + x * (0.16666667 + x * (0.041666668 + x * (0.008333334 + x * 0.0013888889))))); }\n  let v = exp(x);\n  if (!isfinite_f32(v) || x < -20.0) { return v - 1.0; }\n  return (v - 1.0) * x / log(v);\n}\nfn tanh_f32(x: f32) -> f32 {\n  if (isnan_f32(x)) { return x; }\n  let a = min(abs(x), 15.0);\n  let e = expm1_f32(2.0 * a);\n  return sign(x) * (e / (e + 2.0));\n}\nfn erf_f32(x: f32) -> f32 {\n  let a = abs(x);\n  var r: f32;\n  if (a < 0.5) {\n    let a2 = a * a;\n    r = 1.1283791670955126 * a * (1.0 + a2 * (-0.3333333333 + a2 * (0.1 + a2 * (-0.0238095238 + a2 * (0.0046296296 - a2 * 0.000757575758)))));\n  } else {\n    let t = 1.0 / (1.0 + 0.3275911 * a);\n    let p = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));\n    r = 1.0 - p * exp(-a * a);\n  }\n  return select(r, -r, x < 0.0);\n}\nfn pow_f32(x: f32, y: f32) -> f32 {\n  if (y == 0.0) { return 1.0; }\n  if (isnan_f32(x) || isnan_f32(y)) { return nan_f32(); }\n  if (x == 1.0) { return 1.0; }\n  let r = exp2(y * log2(abs(x)));\n  if (x < 0.0) {\n    if (floor(y) != y) { return nan_f32(); }\n    if (floor(y * 0.5) != y * 0.5) { return -r; }\n  }\n  return r;\n}\nfn round_f32(x: f32) -> f32 {\n  let f = floor(x);\n  return select(f, f + 1.0, x - f >= 0.5);\n}\n";
