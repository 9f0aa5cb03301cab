/**
 * Elementwise ops: unary maths, broadcasting binary arithmetic and comparisons, `where`, `cast`.
 * Each op: a JS expression (the CPU kernel, see cpu-loops.ts), a WGSL expression next to it
 * (the WebGPU kernel, see `runElementwiseGpu`), a dtype rule and a VJP.
 * Broadcasting follows numpy; JS numbers are "weak" and take the other operand's dtype.
 */
import type { DeviceBuffer, TensorMeta, WebGpuKernel } from '../backend.js';
import { NaryKernel, unaryLoop } from '../backends/cpu-loops.js';
import { wasmBinary, wasmUnary } from '../backends/wasm/elementwise.js';
import type { GpuContext } from '../backends/webgpu/context.js';
import { grid } from '../backends/webgpu/context.js';
import type { WgslType } from '../backends/webgpu/wgsl.js';
import { bindings, checkRank, collapseDims, decompose, gbuf, main1d, MATH_PRELUDE, packUniforms, WG, wgslType } from '../backends/webgpu/wgsl.js';
import { getConfig } from '../config.js';
import type { DType } from '../dtype.js';
import { floatTypeOf, isFloat, promoteTypes } from '../dtype.js';
import { scalar, zerosLike } from '../creation.js';
import type { OpDef, OpName } from '../op.js';
import { runOp1 } from '../op.js';
import { broadcastShapes, broadcastStrides, shapeEq, sizeOf } from '../shape.js';
import { Tensor } from '../tensor.js';
import { reshape } from './shape-ops.js';
import { sum } from './reduce.js';

export type TensorLike = Tensor | number;

// ---------------------------------------------------------------------------------------------
// unbroadcast: the adjoint of broadcasting (sum over broadcast axes)

/** Sum `g` down to `shape` (the VJP of broadcasting `shape` up to g.shape). */
export function sumToShape(g: Tensor, shape: readonly number[]): Tensor {
  if (shapeEq(g.shape, shape)) return g;
  const lead = g.rank - shape.length;
  const axes: number[] = [];
  for (let i = 0; i < g.rank; i++) {
    if (i < lead || (shape[i - lead] === 1 && g.shape[i] !== 1)) axes.push(i);
  }
  const s = axes.length ? sum(g, axes, true) : g;
  return reshape(s, shape);
}

// ---------------------------------------------------------------------------------------------
// WebGPU: one generated kernel per (op, dtypes, layout)
//
// WGSL expressions see the operands `x`, `y`, `z` converted to the op's compute type, spelled
// `$T` inside the expression: f32 for float results (arithmetic is f32 on the GPU), i32 for
// integer arithmetic, and for comparisons the promoted operand type (bool: u32). Predicates
// (bool results) are WGSL `bool` expressions; results are stored as f32 / i32 / u32 0-1.
// Layouts: contiguous (every operand full-size or a single element) or strided broadcasting
// through per-operand strides in the uniform (collapsed rank up to 8).

/**
 * Record an elementwise dispatch: `body(vals)` returns WGSL statements that write `out0[gi]`
 * from the operand loads `vals[k]` (expressions of the operands' storage types).
 */
export function runElementwiseGpu(
  gpu: GpuContext,
  key: string,
  ins: readonly DeviceBuffer[],
  inMeta: readonly TensorMeta[],
  out: DeviceBuffer,
  outMeta: TensorMeta,
  outType: WgslType,
  body: (vals: readonly string[]) => string,
  prelude = '',
): void {
  const shape = outMeta.shape;
  const n = sizeOf(shape);
  if (n === 0) return;
  const inTypes = inMeta.map((m) => wgslType(m.dtype));
  const lens = inMeta.map((m) => sizeOf(m.shape));
  const groups = Math.ceil(n / WG);
  const head = `${bindings(inTypes, [outType])}\n${MATH_PRELUDE}\n${prelude}\n`;
  if (lens.every((l) => l === n || l === 1)) {
    const idx = lens.map((l) => (l === n ? 'gi' : '0u'));
    gpu.run({
      key: `ew:${key}:${inTypes.join(',')}>${outType}:c${idx.map((i) => (i === 'gi' ? 'n' : '1')).join('')}`,
      code: () => head + main1d(`  if (gi >= uw(0u)) { return; }\n  ${body(idx.map((i, k) => `in${k}[${i}]`))}`),
      inputs: ins.map(gbuf),
      outputs: [gbuf(out)],
      uniforms: packUniforms([n]),
      workgroups: grid(groups),
    });
    return;
  }
  const c = collapseDims(
    shape,
    inMeta.map((m) => broadcastStrides(m.shape, shape)),
  );
  const rank = c.shape.length;
  checkRank(key.split(':')[0], rank);
  const words = [n, ...c.shape, ...c.strides.flat()];
  const names = inMeta.map((_, k) => `o${k}`);
  const strideAt = names.map((_, k) => 1 + rank * (k + 1));
  gpu.run({
    key: `ew:${key}:${inTypes.join(',')}>${outType}:s${rank}`,
    code: () =>
      head +
      main1d(`  if (gi >= uw(0u)) { return; }
  ${names.map((nm) => `var ${nm} = 0u;`).join(' ')}
${decompose('gi', rank, 1, names, strideAt)}
  ${body(names.map((nm, k) => `in${k}[${nm}]`))}`),
    inputs: ins.map(gbuf),
    outputs: [gbuf(out)],
    uniforms: packUniforms(words),
    workgroups: grid(groups),
  });
}

/** Substitute the compute type for `$T` in a WGSL expression. */
function instantiate(expr: string | ((t: WgslType) => string), t: WgslType): string {
  return typeof expr === 'function' ? expr(t) : expr.split('$T').join(t);
}

/** Store a compute-type (or WGSL bool, for predicates) value `r` into an output of `out` dtype. */
function storeAs(out: DType, t: WgslType, predicate: boolean): string {
  if (predicate) return 'select(0u, 1u, r)';
  if (out === 'bool') return `select(0u, 1u, r != ${t}(0))`;
  return `${wgslType(out)}(r)`;
}

// ---------------------------------------------------------------------------------------------
// unary

type Empty = Record<string, never>;
const NONE: Empty = {};

/** The unary elementwise ops (entries of `unaryOps`). */
// prettier-ignore
export type UnaryName =
  | 'neg' | 'exp' | 'log' | 'log1p' | 'expm1' | 'sqrt' | 'rsqrt' | 'abs' | 'sign' | 'sin' | 'cos' | 'tanh'
  | 'sigmoid' | 'relu' | 'square' | 'erf' | 'floor' | 'round' | 'logicalNot' | 'isFinite';
/** The broadcasting n-ary elementwise ops (entries of `binaryOps`, `where` included). */
// prettier-ignore
export type NaryName =
  | 'add' | 'sub' | 'mul' | 'div' | 'pow' | 'maximum' | 'minimum' | 'atan2'
  | 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge' | 'logicalAnd' | 'logicalOr' | 'where';

interface UnarySpec<K extends OpName> {
  name: K;
  expr: string;
  /** WGSL expression in `x` (of compute type `$T`: f32, or i32 for integer-preserving ops). */
  wgsl: string | ((t: WgslType) => string);
  /** Output dtype from input dtype; default: floating type of the input. */
  dtype?: (d: DType) => DType;
  vjp?: (g: Tensor, x: Tensor, y: Tensor) => Tensor | null;
}

function unaryDef<K extends UnaryName>(spec: UnarySpec<K>): OpDef<K> {
  const loops = new Map<string, ReturnType<typeof unaryLoop>>();
  const loop = unaryLoop(spec.expr);
  loops.set('', loop);
  const dt = spec.dtype ?? floatTypeOf;
  const vjp = spec.vjp;
  return {
    name: spec.name,
    infer: ([x]) => [{ shape: x.shape, dtype: dt(x.dtype) }],
    kernels: {
      cpu: (ins, _im, outs) => loop(ins[0], outs[0], outs[0].length),
      wasm: wasmUnary(spec.name),
      webgpu: unaryGpu(spec.name, spec.wgsl, dt('f32') === 'bool'),
    },
    vjp: vjp ? (cts, { inputs, outputs }) => [cts[0] ? vjp(cts[0], inputs[0], outputs[0]) : null] : undefined,
    overwrites: true,
  };
}

function unaryGpu(name: string, wgsl: UnarySpec<UnaryName>['wgsl'], predicate: boolean): WebGpuKernel<Empty> {
  return (gpu, ins, inMeta, outs, outMeta) => {
    const od = outMeta[0].dtype;
    // Predicates and bool-preserving ops (abs of bool...) compute in f32.
    const t: WgslType = predicate || od === 'bool' ? 'f32' : wgslType(od);
    const e = instantiate(wgsl, t);
    const store = storeAs(od, t, predicate);
    runElementwiseGpu(gpu, `${name}`, ins, inMeta, outs[0], outMeta[0], wgslType(od), ([v]) => `let x = ${t}(${v}); let r = ${e}; out0[gi] = ${store};`);
  };
}

const SQRT_2_OVER_PI = 2 / Math.sqrt(Math.PI);
// Abramowitz–Stegun 7.1.26 is too coarse for float64 gradient checks; use a series/continued
// fraction pair accurate to ~1e-15 (erf itself is a primitive so its gradient is exact).
const ERF_JS = `(function erf(v){ const a = Math.abs(v); let r;
  if (a < 2.5) { let s = a, t = a, k = 0; const a2 = a * a; while (Math.abs(t) > 1e-17 * Math.abs(s)) { k++; t *= -a2 / k; s += t / (2 * k + 1); } r = ${SQRT_2_OVER_PI} * s; }
  else { let f = 0; for (let k = 60; k >= 1; k--) f = (k / 2) / (a + f); r = 1 - Math.exp(-a * a) / (a + f) / Math.sqrt(Math.PI); }
  return v < 0 ? -r : r; })(x)`;

// prettier-ignore
export const unaryOps = {
  neg: unaryDef({ name: 'neg', expr: '-x', wgsl: '-x', dtype: (d) => (d === 'bool' ? 'i32' : d), vjp: (g) => neg(g) }),
  exp: unaryDef({ name: 'exp', expr: 'Math.exp(x)', wgsl: 'exp(x)', vjp: (g, _x, y) => mul(g, y) }),
  log: unaryDef({ name: 'log', expr: 'Math.log(x)', wgsl: 'log(x)', vjp: (g, x) => div(g, x) }),
  log1p: unaryDef({ name: 'log1p', expr: 'Math.log1p(x)', wgsl: 'log1p_f32(x)', vjp: (g, x) => div(g, add(x, 1)) }),
  expm1: unaryDef({ name: 'expm1', expr: 'Math.expm1(x)', wgsl: 'expm1_f32(x)', vjp: (g, _x, y) => mul(g, add(y, 1)) }),
  sqrt: unaryDef({ name: 'sqrt', expr: 'Math.sqrt(x)', wgsl: 'sqrt(x)', vjp: (g, _x, y) => div(g, mul(y, 2)) }),
  rsqrt: unaryDef({ name: 'rsqrt', expr: '1 / Math.sqrt(x)', wgsl: '1.0 / sqrt(x)', vjp: (g, x, y) => mul(g, mul(div(y, x), -0.5)) }),
  abs: unaryDef({ name: 'abs', expr: 'Math.abs(x)', wgsl: 'abs(x)', dtype: (d) => d, vjp: (g, x) => mul(g, sign(x)) }),
  sign: unaryDef({ name: 'sign', expr: '(x > 0 ? 1 : x < 0 ? -1 : x)', wgsl: 'select(select(x, $T(-1), x < $T(0)), $T(1), x > $T(0))', dtype: (d) => d, vjp: (g) => zerosLike(g) }),
  sin: unaryDef({ name: 'sin', expr: 'Math.sin(x)', wgsl: 'sin(x)', vjp: (g, x) => mul(g, cos(x)) }),
  cos: unaryDef({ name: 'cos', expr: 'Math.cos(x)', wgsl: 'cos(x)', vjp: (g, x) => neg(mul(g, sin(x))) }),
  tanh: unaryDef({ name: 'tanh', expr: 'Math.tanh(x)', wgsl: 'tanh_f32(x)', vjp: (g, _x, y) => mul(g, sub(1, square(y))) }),
  sigmoid: unaryDef({
    name: 'sigmoid',
    expr: '(x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)))',
    wgsl: 'select(exp(x) / (1.0 + exp(x)), 1.0 / (1.0 + exp(-x)), x >= 0.0)',
    vjp: (g, _x, y) => mul(g, mul(y, sub(1, y))),
  }),
  relu: unaryDef({ name: 'relu', expr: '(x > 0 ? x : 0)', wgsl: 'select($T(0), x, x > $T(0))', dtype: (d) => d, vjp: (g, _x, y) => mul(g, sign(y)) }), // y > 0 exactly where x > 0 (relu(NaN) = 0): two Wasm kernels, no bool mask
  square: unaryDef({ name: 'square', expr: 'x * x', wgsl: 'x * x', dtype: (d) => (d === 'bool' ? 'i32' : d), vjp: (g, x) => mul(g, mul(x, 2)) }),
  erf: unaryDef({ name: 'erf', expr: ERF_JS, wgsl: 'erf_f32(x)', vjp: (g, x) => mul(g, mul(exp(neg(square(x))), SQRT_2_OVER_PI)) }),
  floor: unaryDef({ name: 'floor', expr: 'Math.floor(x)', wgsl: (t) => (t === 'f32' ? 'floor(x)' : 'x'), dtype: (d) => d, vjp: (g) => zerosLike(g) }),
  round: unaryDef({ name: 'round', expr: 'Math.round(x)', wgsl: (t) => (t === 'f32' ? 'round_f32(x)' : 'x'), dtype: (d) => d, vjp: (g) => zerosLike(g) }),
  logicalNot: unaryDef({ name: 'logicalNot', expr: '(x ? 0 : 1)', wgsl: 'x == 0.0 || isnan_f32(x)', dtype: () => 'bool' }),
  isFinite: unaryDef({ name: 'isFinite', expr: '(Number.isFinite(x) ? 1 : 0)', wgsl: 'isfinite_f32(x)', dtype: () => 'bool' }),
} as const satisfies { readonly [K in UnaryName]: OpDef<K> };

function runUnary(name: UnaryName, x: TensorLike): Tensor {
  const t = typeof x === 'number' ? scalar(x) : x;
  const def = unaryOps[name];
  return runOp1(def, [t], NONE);
}

/** −x */
export const neg = (x: TensorLike): Tensor => runUnary('neg', x);
/** eˣ */
export const exp = (x: TensorLike): Tensor => runUnary('exp', x);
/** natural logarithm */
export const log = (x: TensorLike): Tensor => runUnary('log', x);
/** log(1 + x), accurate near 0 */
export const log1p = (x: TensorLike): Tensor => runUnary('log1p', x);
/** eˣ − 1, accurate near 0 */
export const expm1 = (x: TensorLike): Tensor => runUnary('expm1', x);
export const sqrt = (x: TensorLike): Tensor => runUnary('sqrt', x);
/** 1/√x */
export const rsqrt = (x: TensorLike): Tensor => runUnary('rsqrt', x);
export const abs = (x: TensorLike): Tensor => runUnary('abs', x);
/** −1, 0 or 1 (gradient zero) */
export const sign = (x: TensorLike): Tensor => runUnary('sign', x);
export const sin = (x: TensorLike): Tensor => runUnary('sin', x);
export const cos = (x: TensorLike): Tensor => runUnary('cos', x);
export const tanh = (x: TensorLike): Tensor => runUnary('tanh', x);
/** 1/(1+e⁻ˣ), evaluated without overflow */
export const sigmoid = (x: TensorLike): Tensor => runUnary('sigmoid', x);
/** max(x, 0); gradient 0 at 0 */
export const relu = (x: TensorLike): Tensor => runUnary('relu', x);
export const square = (x: TensorLike): Tensor => runUnary('square', x);
/** the error function (exact to ~1e-15) */
export const erf = (x: TensorLike): Tensor => runUnary('erf', x);
export const floor = (x: TensorLike): Tensor => runUnary('floor', x);
export const round = (x: TensorLike): Tensor => runUnary('round', x);
export const logicalNot = (x: TensorLike): Tensor => runUnary('logicalNot', x);
export const isFiniteT = (x: TensorLike): Tensor => runUnary('isFinite', x);

// ---------------------------------------------------------------------------------------------
// n-ary broadcasting ops

interface NarySpec<K extends OpName> {
  name: K;
  arity: number;
  expr: string;
  /**
   * WGSL expression in `x`, `y`, `z` of compute type `$T` (the result type; for predicates the
   * promoted operand type). With `cond`, `x` is instead a WGSL bool (operand ≠ 0).
   */
  wgsl: string;
  cond?: boolean;
  dtype: (ds: readonly DType[]) => DType;
  vjp?: (g: Tensor, ins: readonly Tensor[], out: Tensor, needs: readonly boolean[]) => readonly (Tensor | null)[];
}

function naryDef<K extends NaryName>(spec: NarySpec<K>): OpDef<K> {
  const kernel = new NaryKernel(spec.arity, spec.expr);
  const vjp = spec.vjp;
  return {
    name: spec.name,
    infer: (ins) => {
      let shape: readonly number[] = ins[0].shape;
      for (let i = 1; i < ins.length; i++) shape = broadcastShapes(spec.name, shape, ins[i].shape);
      return [{ shape, dtype: spec.dtype(ins.map((m: TensorMeta) => m.dtype)) }];
    },
    kernels: {
      cpu: (ins, inMeta, outs, outMeta) => {
        const n = outs[0].length;
        let mask = 0;
        let contiguous = true;
        for (let k = 0; k < ins.length; k++) {
          const len = ins[k].length;
          if (len === n) continue;
          if (len === 1) mask |= 1 << k;
          else contiguous = false;
        }
        const shape = outMeta[0].shape;
        if (contiguous) {
          kernel.contiguous(mask)(ins, outs[0], shape, []);
        } else {
          const strides = inMeta.map((m) => broadcastStrides(m.shape, shape));
          kernel.run(ins, outs[0], shape, strides);
        }
      },
      wasm: spec.arity === 2 ? wasmBinary(spec.name) : undefined,
      webgpu: naryGpu(spec),
    },
    vjp: vjp
      ? (cts, { inputs, outputs, needsGrad }) => {
          const g = cts[0];
          if (!g) return inputs.map(() => null);
          return vjp(g, inputs, outputs[0], needsGrad).map((c, i) => (c === null || !needsGrad[i] ? null : sumToShape(c, inputs[i].shape)));
        }
      : undefined,
    overwrites: true,
  };
}

function naryGpu(spec: NarySpec<NaryName>): WebGpuKernel<Empty> {
  const predicate = spec.dtype(['f32', 'f32']) === 'bool' && spec.dtype(['i32', 'i32']) === 'bool';
  return (gpu, ins, inMeta, outs, outMeta) => {
    const od = outMeta[0].dtype;
    const vals = spec.cond ? inMeta.slice(1) : inMeta;
    const t: WgslType = predicate ? wgslType(vals.map((m) => m.dtype).reduce(promoteTypes)) : wgslType(od);
    const e = instantiate(spec.wgsl, t);
    const store = storeAs(od, t, predicate);
    const names = ['x', 'y', 'z'];
    runElementwiseGpu(gpu, spec.name, ins, inMeta, outs[0], outMeta[0], wgslType(od), (v) => {
      const lets = v.map((val, k) => {
        if (spec.cond && k === 0) {
          const ct = wgslType(inMeta[0].dtype);
          return `let x = ${val} != ${ct}(0) && !isnan_${ct}(${val});`;
        }
        return `let ${names[k]} = ${t}(${val});`;
      });
      return `${lets.join(' ')} let r = ${e}; out0[gi] = ${store};`;
    });
  };
}

const arith = (ds: readonly DType[]): DType => {
  const d = promoteTypes(ds[0], ds[1]);
  return d === 'bool' ? 'i32' : d;
};
const floaty = (ds: readonly DType[]): DType => floatTypeOf(promoteTypes(ds[0], ds[1]));
const boolOut = (): DType => 'bool';

/** Gradient weights of max/min: 1 where this operand wins, ½ on ties (as JAX). */
function winnerWeight(a: Tensor, b: Tensor, g: Tensor, larger: boolean): Tensor {
  const win = cast(larger ? gt(a, b) : lt(a, b), g.dtype);
  const tie = cast(eq(a, b), g.dtype);
  return mul(g, add(win, mul(tie, 0.5)));
}

// prettier-ignore
export const binaryOps = {
  add: naryDef({ name: 'add', arity: 2, expr: 'x + y', wgsl: 'x + y', dtype: arith, vjp: (g) => [g, g] }),
  sub: naryDef({ name: 'sub', arity: 2, expr: 'x - y', wgsl: 'x - y', dtype: arith, vjp: (g) => [g, neg(g)] }),
  mul: naryDef({ name: 'mul', arity: 2, expr: 'x * y', wgsl: 'x * y', dtype: arith, vjp: (g, [a, b], _y, n) => [n[0] ? mul(g, b) : null, n[1] ? mul(g, a) : null] }),
  div: naryDef({ name: 'div', arity: 2, expr: 'x / y', wgsl: 'x / y', dtype: floaty, vjp: (g, [, b], y, n) => [n[0] ? div(g, b) : null, n[1] ? neg(div(mul(g, y), b)) : null] }),
  pow: naryDef({
    name: 'pow',
    arity: 2,
    expr: 'Math.pow(x, y)',
    wgsl: 'pow_f32(x, y)',
    dtype: floaty,
    vjp: (g, [a, b], y, n) => [
      n[0] ? mul(g, mul(b, pow(a, sub(b, 1)))) : null,
      // d/db aᵇ = aᵇ log a; defined as 0 where a = 0 (as JAX), so 0ᵇ stays differentiable in a.
      n[1] ? mul(g, where(eq(a, 0), 0, mul(y, log(where(eq(a, 0), 1, a))))) : null,
    ],
  }),
  maximum: naryDef({ name: 'maximum', arity: 2, expr: '(x > y || x !== x ? x : y)', wgsl: 'select(y, x, x > y || isnan_$T(x))', dtype: arith, vjp: (g, [a, b]) => [winnerWeight(a, b, g, true), winnerWeight(b, a, g, true)] }),
  minimum: naryDef({ name: 'minimum', arity: 2, expr: '(x < y || x !== x ? x : y)', wgsl: 'select(y, x, x < y || isnan_$T(x))', dtype: arith, vjp: (g, [a, b]) => [winnerWeight(a, b, g, false), winnerWeight(b, a, g, false)] }),
  atan2: naryDef({
    name: 'atan2',
    arity: 2,
    expr: 'Math.atan2(x, y)',
    wgsl: 'atan2(x, y)',
    dtype: floaty,
    vjp: (g, [a, b]) => {
      const r2 = add(square(a), square(b));
      return [mul(g, div(b, r2)), neg(mul(g, div(a, r2)))];
    },
  }),
  eq: naryDef({ name: 'eq', arity: 2, expr: '(x === y ? 1 : 0)', wgsl: 'x == y', dtype: boolOut }),
  ne: naryDef({ name: 'ne', arity: 2, expr: '(x !== y ? 1 : 0)', wgsl: 'x != y', dtype: boolOut }),
  lt: naryDef({ name: 'lt', arity: 2, expr: '(x < y ? 1 : 0)', wgsl: 'x < y', dtype: boolOut }),
  le: naryDef({ name: 'le', arity: 2, expr: '(x <= y ? 1 : 0)', wgsl: 'x <= y', dtype: boolOut }),
  gt: naryDef({ name: 'gt', arity: 2, expr: '(x > y ? 1 : 0)', wgsl: 'x > y', dtype: boolOut }),
  ge: naryDef({ name: 'ge', arity: 2, expr: '(x >= y ? 1 : 0)', wgsl: 'x >= y', dtype: boolOut }),
  logicalAnd: naryDef({ name: 'logicalAnd', arity: 2, expr: '(x && y ? 1 : 0)', wgsl: '(x != $T(0) && !isnan_$T(x)) && (y != $T(0) && !isnan_$T(y))', dtype: boolOut }),
  logicalOr: naryDef({ name: 'logicalOr', arity: 2, expr: '(x || y ? 1 : 0)', wgsl: '(x != $T(0) && !isnan_$T(x)) || (y != $T(0) && !isnan_$T(y))', dtype: boolOut }),
  where: naryDef({
    name: 'where',
    arity: 3,
    expr: '(x ? y : z)',
    wgsl: 'select(z, y, x)',
    cond: true,
    dtype: (ds) => promoteTypes(ds[1], ds[2]),
    vjp: (g, [c]) => {
      const z = zerosLike(g);
      return [null, where(c, g, z), where(c, z, g)];
    },
  }),
} as const satisfies { readonly [K in NaryName]: OpDef<K> };

type BinaryName = Exclude<NaryName, 'where'>;

/** The dtype a weak JS number takes next to a tensor of dtype `other`. */
function weakDtype(value: number, other: DType): DType {
  if (isFloat(other)) return other;
  if (Number.isInteger(value)) return other === 'bool' ? 'i32' : other;
  return getConfig().defaultFloat;
}

/** Bring JS numbers to tensors next to the given tensor operands (weak typing). */
export function operands(op: string, xs: readonly TensorLike[]): Tensor[] {
  let ref: Tensor | undefined;
  for (const x of xs) if (x instanceof Tensor) ref ??= x;
  if (getConfig().strictDtype) {
    for (const x of xs) {
      if (x instanceof Tensor && ref && x.dtype !== ref.dtype && x.dtype !== 'bool' && ref.dtype !== 'bool') {
        throw new Error(
          `${op}: implicit dtype promotion between ${ref.dtype}[${ref.shape.join(', ')}] and ${x.dtype}[${x.shape.join(', ')}] is disabled (strict mode); cast explicitly`,
        );
      }
    }
  }
  return xs.map((x) => {
    if (x instanceof Tensor) return x;
    if (typeof x !== 'number') throw new Error(`${op}: expected a Tensor or a number, got ${typeof x}`);
    return ref ? scalar(x, weakDtype(x, ref.dtype), ref.device) : scalar(x);
  });
}

function runBinary(name: BinaryName, a: TensorLike, b: TensorLike): Tensor {
  return runOp1(binaryOps[name], operands(name, [a, b]), NONE);
}

export const add = (a: TensorLike, b: TensorLike): Tensor => runBinary('add', a, b);
export const sub = (a: TensorLike, b: TensorLike): Tensor => runBinary('sub', a, b);
export const mul = (a: TensorLike, b: TensorLike): Tensor => runBinary('mul', a, b);
/** True division (integers divide to floats). */
export const div = (a: TensorLike, b: TensorLike): Tensor => runBinary('div', a, b);
/** aᵇ */
export const pow = (a: TensorLike, b: TensorLike): Tensor => runBinary('pow', a, b);
export const maximum = (a: TensorLike, b: TensorLike): Tensor => runBinary('maximum', a, b);
export const minimum = (a: TensorLike, b: TensorLike): Tensor => runBinary('minimum', a, b);
export const atan2 = (a: TensorLike, b: TensorLike): Tensor => runBinary('atan2', a, b);
export const eq = (a: TensorLike, b: TensorLike): Tensor => runBinary('eq', a, b);
export const ne = (a: TensorLike, b: TensorLike): Tensor => runBinary('ne', a, b);
export const lt = (a: TensorLike, b: TensorLike): Tensor => runBinary('lt', a, b);
export const le = (a: TensorLike, b: TensorLike): Tensor => runBinary('le', a, b);
export const gt = (a: TensorLike, b: TensorLike): Tensor => runBinary('gt', a, b);
export const ge = (a: TensorLike, b: TensorLike): Tensor => runBinary('ge', a, b);
export const logicalAnd = (a: TensorLike, b: TensorLike): Tensor => runBinary('logicalAnd', a, b);
export const logicalOr = (a: TensorLike, b: TensorLike): Tensor => runBinary('logicalOr', a, b);

/** Elementwise select: `cond ? a : b`, all three broadcast together. */
export function where(cond: TensorLike, a: TensorLike, b: TensorLike): Tensor {
  const [c] = operands('where', [cond]);
  const [x, y] = operands('where', [a, b]);
  return runOp1(binaryOps.where, [c, x, y], NONE);
}

/** Clamp into [lo, hi]. */
export function clip(x: Tensor, lo: TensorLike, hi: TensorLike): Tensor {
  return minimum(maximum(x, lo), hi);
}

// ---------------------------------------------------------------------------------------------
// cast

const castLoop = unaryLoop('x');
const castToBool = unaryLoop('(x ? 1 : 0)');
const castToInt = unaryLoop('Math.trunc(x)');

export interface CastParams {
  readonly dtype: DType;
}

export const castOp: OpDef<'cast'> = {
  name: 'cast',
  infer: ([x], { dtype }) => [{ shape: x.shape, dtype }],
  kernels: {
    cpu: (ins, inMeta, outs, _om, { dtype }) => {
      const loop = dtype === 'bool' ? castToBool : dtype === 'i32' && isFloat(inMeta[0].dtype) ? castToInt : castLoop;
      loop(ins[0], outs[0], outs[0].length);
    },
    webgpu: (gpu, ins, inMeta, outs, outMeta, { dtype }) => {
      const ti = wgslType(inMeta[0].dtype);
      const to = wgslType(dtype);
      // Floats to i32 truncate toward zero (WGSL's conversion); non-zero, non-NaN to bool is true.
      const conv = (v: string): string => (dtype === 'bool' ? `select(0u, 1u, ${v} != ${ti}(0) && !isnan_${ti}(${v}))` : `${to}(${v})`);
      runElementwiseGpu(gpu, 'cast', ins, inMeta, outs[0], outMeta[0], to, ([v]) => `out0[gi] = ${conv(v)};`);
    },
  },
  vjp: ([g], { inputs }) => [g && isFloat(inputs[0].dtype) ? cast(g, inputs[0].dtype) : null],
  overwrites: true,
};

/** Convert to `dtype` (floats to i32 truncate toward zero; non-zero to bool is true). */
export function cast(x: Tensor, dtype: DType): Tensor {
  if (x.dtype === dtype) return x;
  return runOp1(castOp, [x], { dtype });
}

// ---------------------------------------------------------------------------------------------
// compositions

/** GELU: exact x·Φ(x) by default, or the tanh approximation. */
export function gelu(x: Tensor, approximate = false): Tensor {
  if (approximate) {
    const c = Math.sqrt(2 / Math.PI);
    const inner = mul(add(x, mul(pow(x, 3), 0.044715)), c);
    return mul(mul(x, 0.5), add(tanh(inner), 1));
  }
  return mul(mul(x, 0.5), add(erf(mul(x, Math.SQRT1_2)), 1));
}

/** log(1 + eˣ), computed stably as max(x, 0) + log1p(e^{−|x|}). */
export function softplus(x: Tensor): Tensor {
  return add(relu(x), log1p(exp(neg(abs(x)))));
}
