/**
 * Elementwise ops: unary maths, broadcasting binary arithmetic and comparisons, `where`, `cast`.
 * Each op: a JS expression (the CPU kernel, see cpu-loops.ts), a WGSL expression next to it
 * (the WebGPU kernel, see `runElementwiseGpu`), a dtype rule and a VJP.
 * Broadcasting follows numpy; JS numbers are "weak" and take the other operand's dtype.
 */
import type { DeviceBuffer, TensorMeta } from '../backend.js';
import type { GpuContext } from '../backends/webgpu/context.js';
import type { WgslType } from '../backends/webgpu/wgsl.js';
import type { DType } from '../dtype.js';
import type { OpDef } from '../op.js';
import { Tensor } from '../tensor.js';
export type TensorLike = Tensor | number;
/** Sum `g` down to `shape` (the VJP of broadcasting `shape` up to g.shape). */
export declare function sumToShape(g: Tensor, shape: readonly number[]): Tensor;
/**
 * Record an elementwise dispatch: `body(vals)` returns WGSL statements that write `out0[gi]`
 * from the operand loads `vals[k]` (expressions of the operands' storage types).
 */
export declare function runElementwiseGpu(gpu: GpuContext, key: string, ins: readonly DeviceBuffer[], inMeta: readonly TensorMeta[], out: DeviceBuffer, outMeta: TensorMeta, outType: WgslType, body: (vals: readonly string[]) => string, prelude?: string): void;
/** The unary elementwise ops (entries of `unaryOps`). */
export type UnaryName = 'neg' | 'exp' | 'log' | 'log1p' | 'expm1' | 'sqrt' | 'rsqrt' | 'abs' | 'sign' | 'sin' | 'cos' | 'tanh' | 'sigmoid' | 'relu' | 'square' | 'erf' | 'floor' | 'round' | 'logicalNot' | 'isFinite';
/** The broadcasting n-ary elementwise ops (entries of `binaryOps`, `where` included). */
export type NaryName = 'add' | 'sub' | 'mul' | 'div' | 'pow' | 'maximum' | 'minimum' | 'atan2' | 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge' | 'logicalAnd' | 'logicalOr' | 'where';
export declare const unaryOps: {
    readonly neg: OpDef<"neg">;
    readonly exp: OpDef<"exp">;
    readonly log: OpDef<"log">;
    readonly log1p: OpDef<"log1p">;
    readonly expm1: OpDef<"expm1">;
    readonly sqrt: OpDef<"sqrt">;
    readonly rsqrt: OpDef<"rsqrt">;
    readonly abs: OpDef<"abs">;
    readonly sign: OpDef<"sign">;
    readonly sin: OpDef<"sin">;
    readonly cos: OpDef<"cos">;
    readonly tanh: OpDef<"tanh">;
    readonly sigmoid: OpDef<"sigmoid">;
    readonly relu: OpDef<"relu">;
    readonly square: OpDef<"square">;
    readonly erf: OpDef<"erf">;
    readonly floor: OpDef<"floor">;
    readonly round: OpDef<"round">;
    readonly logicalNot: OpDef<"logicalNot">;
    readonly isFinite: OpDef<"isFinite">;
};
/** −x */
export declare const neg: (x: TensorLike) => Tensor;
/** eˣ */
export declare const exp: (x: TensorLike) => Tensor;
/** natural logarithm */
export declare const log: (x: TensorLike) => Tensor;
/** log(1 + x), accurate near 0 */
export declare const log1p: (x: TensorLike) => Tensor;
/** eˣ − 1, accurate near 0 */
export declare const expm1: (x: TensorLike) => Tensor;
export declare const sqrt: (x: TensorLike) => Tensor;
/** 1/√x */
export declare const rsqrt: (x: TensorLike) => Tensor;
export declare const abs: (x: TensorLike) => Tensor;
/** −1, 0 or 1 (gradient zero) */
export declare const sign: (x: TensorLike) => Tensor;
export declare const sin: (x: TensorLike) => Tensor;
export declare const cos: (x: TensorLike) => Tensor;
export declare const tanh: (x: TensorLike) => Tensor;
/** 1/(1+e⁻ˣ), evaluated without overflow */
export declare const sigmoid: (x: TensorLike) => Tensor;
/** max(x, 0); gradient 0 at 0 */
export declare const relu: (x: TensorLike) => Tensor;
export declare const square: (x: TensorLike) => Tensor;
/** the error function (exact to ~1e-15) */
export declare const erf: (x: TensorLike) => Tensor;
export declare const floor: (x: TensorLike) => Tensor;
export declare const round: (x: TensorLike) => Tensor;
export declare const logicalNot: (x: TensorLike) => Tensor;
export declare const isFiniteT: (x: TensorLike) => Tensor;
export declare const binaryOps: {
    readonly add: OpDef<"add">;
    readonly sub: OpDef<"sub">;
    readonly mul: OpDef<"mul">;
    readonly div: OpDef<"div">;
    readonly pow: OpDef<"pow">;
    readonly maximum: OpDef<"maximum">;
    readonly minimum: OpDef<"minimum">;
    readonly atan2: OpDef<"atan2">;
    readonly eq: OpDef<"eq">;
    readonly ne: OpDef<"ne">;
    readonly lt: OpDef<"lt">;
    readonly le: OpDef<"le">;
    readonly gt: OpDef<"gt">;
    readonly ge: OpDef<"ge">;
    readonly logicalAnd: OpDef<"logicalAnd">;
    readonly logicalOr: OpDef<"logicalOr">;
    readonly where: OpDef<"where">;
};
/** Bring JS numbers to tensors next to the given tensor operands (weak typing). */
export declare function operands(op: string, xs: readonly TensorLike[]): Tensor[];
export declare const add: (a: TensorLike, b: TensorLike) => Tensor;
export declare const sub: (a: TensorLike, b: TensorLike) => Tensor;
export declare const mul: (a: TensorLike, b: TensorLike) => Tensor;
/** True division (integers divide to floats). */
export declare const div: (a: TensorLike, b: TensorLike) => Tensor;
/** aᵇ */
export declare const pow: (a: TensorLike, b: TensorLike) => Tensor;
export declare const maximum: (a: TensorLike, b: TensorLike) => Tensor;
export declare const minimum: (a: TensorLike, b: TensorLike) => Tensor;
export declare const atan2: (a: TensorLike, b: TensorLike) => Tensor;
export declare const eq: (a: TensorLike, b: TensorLike) => Tensor;
export declare const ne: (a: TensorLike, b: TensorLike) => Tensor;
export declare const lt: (a: TensorLike, b: TensorLike) => Tensor;
export declare const le: (a: TensorLike, b: TensorLike) => Tensor;
export declare const gt: (a: TensorLike, b: TensorLike) => Tensor;
export declare const ge: (a: TensorLike, b: TensorLike) => Tensor;
export declare const logicalAnd: (a: TensorLike, b: TensorLike) => Tensor;
export declare const logicalOr: (a: TensorLike, b: TensorLike) => Tensor;
/** Elementwise select: `cond ? a : b`, all three broadcast together. */
export declare function where(cond: TensorLike, a: TensorLike, b: TensorLike): Tensor;
/** Clamp into [lo, hi]. */
export declare function clip(x: Tensor, lo: TensorLike, hi: TensorLike): Tensor;
export interface CastParams {
    readonly dtype: DType;
}
export declare const castOp: OpDef<'cast'>;
/** Convert to `dtype` (floats to i32 truncate toward zero; non-zero to bool is true). */
export declare function cast(x: Tensor, dtype: DType): Tensor;
/** GELU: exact x·Φ(x) by default, or the tanh approximation. */
export declare function gelu(x: Tensor, approximate?: boolean): Tensor;
/** log(1 + eˣ), computed stably as max(x, 0) + log1p(e^{−|x|}). */
export declare function softplus(x: Tensor): Tensor;
