/**
 * Elementwise ops: unary maths, broadcasting binary arithmetic and comparisons, `where`, `cast`.
 * Each op: a JS expression (the CPU kernel, see cpu-loops.ts), a dtype rule and a VJP.
 * Broadcasting follows numpy; JS numbers are "weak" and take the other operand's dtype.
 */
import type { TensorMeta } from '../backend.js';
import { NaryKernel, unaryLoop } from '../backends/cpu-loops.js';
import { getConfig } from '../config.js';
import type { DType } from '../dtype.js';
import { floatTypeOf, isFloat, promoteTypes } from '../dtype.js';
import { scalar, zerosLike } from '../creation.js';
import type { OpDef } from '../op.js';
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
// unary

type Empty = Record<string, never>;
const NONE: Empty = {};

interface UnarySpec {
  name: string;
  expr: string;
  /** Output dtype from input dtype; default: floating type of the input. */
  dtype?: (d: DType) => DType;
  vjp?: (g: Tensor, x: Tensor, y: Tensor) => Tensor | null;
}

function unaryDef(spec: UnarySpec): OpDef<Empty> {
  const loops = new Map<string, ReturnType<typeof unaryLoop>>();
  const loop = unaryLoop(spec.expr);
  loops.set('', loop);
  const dt = spec.dtype ?? floatTypeOf;
  const vjp = spec.vjp;
  return {
    name: spec.name,
    infer: ([x]) => [{ shape: x.shape, dtype: dt(x.dtype) }],
    kernels: { cpu: (ins, _im, outs) => loop(ins[0], outs[0], outs[0].length) },
    vjp: vjp ? (cts, { inputs, outputs }) => [cts[0] ? vjp(cts[0], inputs[0], outputs[0]) : null] : undefined,
  };
}

const SQRT_2_OVER_PI = 2 / Math.sqrt(Math.PI);
// Abramowitz–Stegun 7.1.26 is too coarse for float64 gradient checks; use a series/continued
// fraction pair accurate to ~1e-15 (erf itself is a primitive so its gradient is exact).
const ERF_JS = `(function erf(v){ const a = Math.abs(v); let r;
  if (a < 2.5) { let s = a, t = a, k = 0; const a2 = a * a; while (Math.abs(t) > 1e-17 * Math.abs(s)) { k++; t *= -a2 / k; s += t / (2 * k + 1); } r = ${SQRT_2_OVER_PI} * s; }
  else { let f = 0; for (let k = 60; k >= 1; k--) f = (k / 2) / (a + f); r = 1 - Math.exp(-a * a) / (a + f) / Math.sqrt(Math.PI); }
  return v < 0 ? -r : r; })(x)`;

export const unaryOps = {
  neg: unaryDef({ name: 'neg', expr: '-x', dtype: (d) => (d === 'bool' ? 'i32' : d), vjp: (g) => neg(g) }),
  exp: unaryDef({ name: 'exp', expr: 'Math.exp(x)', vjp: (g, _x, y) => mul(g, y) }),
  log: unaryDef({ name: 'log', expr: 'Math.log(x)', vjp: (g, x) => div(g, x) }),
  log1p: unaryDef({ name: 'log1p', expr: 'Math.log1p(x)', vjp: (g, x) => div(g, add(x, 1)) }),
  expm1: unaryDef({ name: 'expm1', expr: 'Math.expm1(x)', vjp: (g, _x, y) => mul(g, add(y, 1)) }),
  sqrt: unaryDef({ name: 'sqrt', expr: 'Math.sqrt(x)', vjp: (g, _x, y) => div(g, mul(y, 2)) }),
  rsqrt: unaryDef({ name: 'rsqrt', expr: '1 / Math.sqrt(x)', vjp: (g, x, y) => mul(g, mul(div(y, x), -0.5)) }),
  abs: unaryDef({ name: 'abs', expr: 'Math.abs(x)', dtype: (d) => d, vjp: (g, x) => mul(g, sign(x)) }),
  sign: unaryDef({ name: 'sign', expr: '(x > 0 ? 1 : x < 0 ? -1 : x)', dtype: (d) => d, vjp: (g) => zerosLike(g) }),
  sin: unaryDef({ name: 'sin', expr: 'Math.sin(x)', vjp: (g, x) => mul(g, cos(x)) }),
  cos: unaryDef({ name: 'cos', expr: 'Math.cos(x)', vjp: (g, x) => neg(mul(g, sin(x))) }),
  tanh: unaryDef({ name: 'tanh', expr: 'Math.tanh(x)', vjp: (g, _x, y) => mul(g, sub(1, square(y))) }),
  sigmoid: unaryDef({
    name: 'sigmoid',
    expr: '(x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)))',
    vjp: (g, _x, y) => mul(g, mul(y, sub(1, y))),
  }),
  relu: unaryDef({ name: 'relu', expr: '(x > 0 ? x : 0)', dtype: (d) => d, vjp: (g, x) => mul(g, cast(gt(x, 0), g.dtype)) }),
  square: unaryDef({ name: 'square', expr: 'x * x', dtype: (d) => (d === 'bool' ? 'i32' : d), vjp: (g, x) => mul(g, mul(x, 2)) }),
  erf: unaryDef({ name: 'erf', expr: ERF_JS, vjp: (g, x) => mul(g, mul(exp(neg(square(x))), SQRT_2_OVER_PI)) }),
  floor: unaryDef({ name: 'floor', expr: 'Math.floor(x)', dtype: (d) => d, vjp: (g) => zerosLike(g) }),
  round: unaryDef({ name: 'round', expr: 'Math.round(x)', dtype: (d) => d, vjp: (g) => zerosLike(g) }),
  logicalNot: unaryDef({ name: 'logicalNot', expr: '(x ? 0 : 1)', dtype: () => 'bool' }),
  isFinite: unaryDef({ name: 'isFinite', expr: '(Number.isFinite(x) ? 1 : 0)', dtype: () => 'bool' }),
} as const;

type UnaryName = keyof typeof unaryOps;

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

interface NarySpec {
  name: string;
  arity: number;
  expr: string;
  dtype: (ds: readonly DType[]) => DType;
  vjp?: (g: Tensor, ins: readonly Tensor[], out: Tensor, needs: readonly boolean[]) => readonly (Tensor | null)[];
}

function naryDef(spec: NarySpec): OpDef<Empty> {
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
        if (contiguous) kernel.contiguous(mask)(ins, outs[0], shape, []);
        else kernel.run(ins, outs[0], shape, inMeta.map((m) => broadcastStrides(m.shape, shape)));
      },
    },
    vjp: vjp
      ? (cts, { inputs, outputs, needsGrad }) => {
          const g = cts[0];
          if (!g) return inputs.map(() => null);
          return vjp(g, inputs, outputs[0], needsGrad).map((c, i) => (c === null || !needsGrad[i] ? null : sumToShape(c, inputs[i].shape)));
        }
      : undefined,
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

export const binaryOps = {
  add: naryDef({ name: 'add', arity: 2, expr: 'x + y', dtype: arith, vjp: (g) => [g, g] }),
  sub: naryDef({ name: 'sub', arity: 2, expr: 'x - y', dtype: arith, vjp: (g) => [g, neg(g)] }),
  mul: naryDef({ name: 'mul', arity: 2, expr: 'x * y', dtype: arith, vjp: (g, [a, b], _y, n) => [n[0] ? mul(g, b) : null, n[1] ? mul(g, a) : null] }),
  div: naryDef({ name: 'div', arity: 2, expr: 'x / y', dtype: floaty, vjp: (g, [, b], y, n) => [n[0] ? div(g, b) : null, n[1] ? neg(div(mul(g, y), b)) : null] }),
  pow: naryDef({
    name: 'pow',
    arity: 2,
    expr: 'Math.pow(x, y)',
    dtype: floaty,
    vjp: (g, [a, b], y, n) => [
      n[0] ? mul(g, mul(b, pow(a, sub(b, 1)))) : null,
      // d/db aᵇ = aᵇ log a; defined as 0 where a = 0 (as JAX), so 0ᵇ stays differentiable in a.
      n[1] ? mul(g, where(eq(a, 0), 0, mul(y, log(where(eq(a, 0), 1, a))))) : null,
    ],
  }),
  maximum: naryDef({ name: 'maximum', arity: 2, expr: '(x > y || x !== x ? x : y)', dtype: arith, vjp: (g, [a, b]) => [winnerWeight(a, b, g, true), winnerWeight(b, a, g, true)] }),
  minimum: naryDef({ name: 'minimum', arity: 2, expr: '(x < y || x !== x ? x : y)', dtype: arith, vjp: (g, [a, b]) => [winnerWeight(a, b, g, false), winnerWeight(b, a, g, false)] }),
  atan2: naryDef({
    name: 'atan2',
    arity: 2,
    expr: 'Math.atan2(x, y)',
    dtype: floaty,
    vjp: (g, [a, b]) => {
      const r2 = add(square(a), square(b));
      return [mul(g, div(b, r2)), neg(mul(g, div(a, r2)))];
    },
  }),
  eq: naryDef({ name: 'eq', arity: 2, expr: '(x === y ? 1 : 0)', dtype: boolOut }),
  ne: naryDef({ name: 'ne', arity: 2, expr: '(x !== y ? 1 : 0)', dtype: boolOut }),
  lt: naryDef({ name: 'lt', arity: 2, expr: '(x < y ? 1 : 0)', dtype: boolOut }),
  le: naryDef({ name: 'le', arity: 2, expr: '(x <= y ? 1 : 0)', dtype: boolOut }),
  gt: naryDef({ name: 'gt', arity: 2, expr: '(x > y ? 1 : 0)', dtype: boolOut }),
  ge: naryDef({ name: 'ge', arity: 2, expr: '(x >= y ? 1 : 0)', dtype: boolOut }),
  logicalAnd: naryDef({ name: 'logicalAnd', arity: 2, expr: '(x && y ? 1 : 0)', dtype: boolOut }),
  logicalOr: naryDef({ name: 'logicalOr', arity: 2, expr: '(x || y ? 1 : 0)', dtype: boolOut }),
  where: naryDef({
    name: 'where',
    arity: 3,
    expr: '(x ? y : z)',
    dtype: (ds) => promoteTypes(ds[1], ds[2]),
    vjp: (g, [c]) => {
      const z = zerosLike(g);
      return [null, where(c, g, z), where(c, z, g)];
    },
  }),
} as const;

type BinaryName = Exclude<keyof typeof binaryOps, 'where'>;

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
        throw new Error(`${op}: implicit dtype promotion between ${ref.dtype}[${ref.shape.join(', ')}] and ${x.dtype}[${x.shape.join(', ')}] is disabled (strict mode); cast explicitly`);
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

export const castOp: OpDef<{ dtype: DType }> = {
  name: 'cast',
  infer: ([x], { dtype }) => [{ shape: x.shape, dtype }],
  kernels: {
    cpu: (ins, inMeta, outs, _om, { dtype }) => {
      const loop = dtype === 'bool' ? castToBool : dtype === 'i32' && isFloat(inMeta[0].dtype) ? castToInt : castLoop;
      loop(ins[0], outs[0], outs[0].length);
    },
  },
  vjp: ([g], { inputs }) => [g && isFloat(inputs[0].dtype) ? cast(g, inputs[0].dtype) : null],
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

/** Number of elements as a JS number helper for composites. */
export function numel(shape: readonly number[]): number {
  return sizeOf(shape);
}
