/**
 * Reductions over axes (sum, max, min, prod; argmax/argmin over one axis) and the
 * compositions built from them (mean, var, logsumexp). Sums accumulate in float64.
 */
import type { AnyTypedArray } from '../dtype.js';
import { isFloat } from '../dtype.js';
import type { OpDef } from '../op.js';
import { runOp1 } from '../op.js';
import { fmt, normAxes, normAxis, sizeOf, stridesOf } from '../shape.js';
import type { Tensor } from '../tensor.js';
import { detach } from '../tensor.js';
import { add, cast, div, eq, exp, log, mul, square, sub, where } from './elementwise.js';
import { broadcastTo, reshape, transpose } from './shape-ops.js';

export type Axis = number | readonly number[] | undefined | null;

interface ReduceParams {
  axes: readonly number[];
  keepdims: boolean;
}

type Combine = 'sum' | 'max' | 'min' | 'prod';

function reducedShape(shape: readonly number[], axes: readonly number[], keepdims: boolean): number[] {
  const out: number[] = [];
  shape.forEach((d, i) => {
    if (axes.includes(i)) {
      if (keepdims) out.push(1);
    } else out.push(d);
  });
  return out;
}

/** Reduce `x` (shape `shape`) over `axes` into `o`, combining with `kind`. */
function reduceKernel(kind: Combine, x: AnyTypedArray, shape: readonly number[], axes: readonly number[], o: AnyTypedArray): void {
  const outSize = o.length;
  const init = kind === 'sum' ? 0 : kind === 'prod' ? 1 : kind === 'max' ? -Infinity : Infinity;
  const acc = new Float64Array(outSize).fill(init);
  const rank = shape.length;
  const n = x.length;
  if (n > 0) {
    // output strides per input axis (0 on reduced axes)
    const keptShape = shape.map((d, i) => (axes.includes(i) ? 1 : d));
    const ks = stridesOf(keptShape);
    const os = shape.map((_, i) => (axes.includes(i) ? 0 : ks[i]));
    const inner = rank ? shape[rank - 1] : 1;
    const oi = rank ? os[rank - 1] : 0;
    const outer = n / inner;
    const idx = new Array<number>(rank).fill(0);
    let pi = 0;
    let po = 0;
    for (let r = 0; r < outer; r++) {
      if (oi === 0) {
        let s = acc[po];
        switch (kind) {
          case 'sum':
            for (let j = 0; j < inner; j++) s += x[pi + j];
            break;
          case 'prod':
            for (let j = 0; j < inner; j++) s *= x[pi + j];
            break;
          case 'max':
            for (let j = 0; j < inner; j++) {
              const v = x[pi + j];
              if (v > s || v !== v) s = v;
            }
            break;
          case 'min':
            for (let j = 0; j < inner; j++) {
              const v = x[pi + j];
              if (v < s || v !== v) s = v;
            }
            break;
          default:
            kind satisfies never;
        }
        acc[po] = s;
      } else {
        switch (kind) {
          case 'sum':
            for (let j = 0; j < inner; j++) acc[po + j] += x[pi + j];
            break;
          case 'prod':
            for (let j = 0; j < inner; j++) acc[po + j] *= x[pi + j];
            break;
          case 'max':
            for (let j = 0; j < inner; j++) {
              const v = x[pi + j];
              if (v > acc[po + j] || v !== v) acc[po + j] = v;
            }
            break;
          case 'min':
            for (let j = 0; j < inner; j++) {
              const v = x[pi + j];
              if (v < acc[po + j] || v !== v) acc[po + j] = v;
            }
            break;
          default:
            kind satisfies never;
        }
      }
      pi += inner;
      for (let d = rank - 2; d >= 0; d--) {
        idx[d]++;
        po += os[d];
        if (idx[d] < shape[d]) break;
        po -= os[d] * shape[d];
        idx[d] = 0;
      }
    }
  }
  o.set(acc);
}

function reduceDef(kind: Combine, vjp: OpDef<ReduceParams>['vjp']): OpDef<ReduceParams> {
  return {
    name: kind,
    infer: ([x], { axes, keepdims }) => {
      if ((kind === 'max' || kind === 'min') && axes.some((a) => x.shape[a] === 0)) {
        throw new Error(`${kind}: cannot reduce over an empty axis of ${fmt(x.shape)} (no identity)`);
      }
      const dtype = kind === 'sum' || kind === 'prod' ? (x.dtype === 'bool' ? 'i32' : x.dtype) : x.dtype;
      return [{ shape: reducedShape(x.shape, axes, keepdims), dtype }];
    },
    kernels: { cpu: (ins, inMeta, outs, _om, { axes }) => reduceKernel(kind, ins[0], inMeta[0].shape, axes, outs[0]) },
    vjp,
  };
}

/** Broadcast a reduced cotangent back to the input shape. */
function expandBack(g: Tensor, inShape: readonly number[], axes: readonly number[]): Tensor {
  return broadcastTo(reshape(g, reducedShape(inShape, axes, true)), inShape);
}

function extremumVjp(g: Tensor, x: Tensor, y: Tensor, axes: readonly number[]): Tensor {
  // The gradient is shared equally among ties (as JAX does).
  const yb = expandBack(detach(y), x.shape, axes);
  const mask = cast(eq(x, yb), g.dtype);
  const count = expandBack(sumOp(mask, axes, true), x.shape, axes);
  return div(mul(expandBack(g, x.shape, axes), mask), count);
}

export const reduceOps = {
  sum: reduceDef('sum', ([g], { inputs, params }) => [g ? expandBack(g, inputs[0].shape, params.axes) : null]),
  max: reduceDef('max', ([g], { inputs, outputs, params }) => [g ? extremumVjp(g, inputs[0], outputs[0], params.axes) : null]),
  min: reduceDef('min', ([g], { inputs, outputs, params }) => [g ? extremumVjp(g, inputs[0], outputs[0], params.axes) : null]),
  // d/dx_i Π x = Π / x_i (undefined at exact zeros; documented).
  prod: reduceDef('prod', ([g], { inputs, outputs, params }) => [
    g ? div(mul(expandBack(g, inputs[0].shape, params.axes), expandBack(outputs[0], inputs[0].shape, params.axes)), inputs[0]) : null,
  ]),
} as const;

function sumOp(x: Tensor, axes: readonly number[], keepdims: boolean): Tensor {
  return runOp1(reduceOps.sum, [x], { axes, keepdims });
}

function reduce(kind: Combine, x: Tensor, axis: Axis, keepdims: boolean): Tensor {
  const axes = normAxes(kind, axis, x.rank);
  if (axes.length === 0 && !(kind === 'sum' && x.dtype === 'bool')) return x;
  return runOp1(reduceOps[kind], [x], { axes, keepdims });
}

/** Sum over `axis` (all axes when omitted). */
export function sum(x: Tensor, axis?: Axis, keepdims = false): Tensor {
  return reduce('sum', x, axis, keepdims);
}
export function max(x: Tensor, axis?: Axis, keepdims = false): Tensor {
  return reduce('max', x, axis, keepdims);
}
export function min(x: Tensor, axis?: Axis, keepdims = false): Tensor {
  return reduce('min', x, axis, keepdims);
}
export function prod(x: Tensor, axis?: Axis, keepdims = false): Tensor {
  return reduce('prod', x, axis, keepdims);
}

/** Arithmetic mean over `axis` (integers average to floats). */
export function mean(x: Tensor, axis?: Axis, keepdims = false): Tensor {
  const axes = normAxes('mean', axis, x.rank);
  const count = axes.reduce((p, a) => p * x.shape[a], 1);
  const xf = isFloat(x.dtype) ? x : cast(x, 'f32');
  return div(sum(xf, axes, keepdims), count);
}

/** Variance over `axis` with `ddof` delta degrees of freedom (0: population variance). */
export function variance(x: Tensor, axis?: Axis, keepdims = false, ddof = 0): Tensor {
  const axes = normAxes('var', axis, x.rank);
  const count = axes.reduce((p, a) => p * x.shape[a], 1);
  const xf = isFloat(x.dtype) ? x : cast(x, 'f32');
  const centred = sub(xf, mean(xf, axes, true));
  return div(sum(square(centred), axes, keepdims), count - ddof);
}

/** log Σ exp(x) over `axis`, stabilised by the (gradient-free) maximum. */
export function logsumexp(x: Tensor, axis?: Axis, keepdims = false): Tensor {
  const axes = normAxes('logsumexp', axis, x.rank);
  const m = detach(max(x, axes, true));
  const mSafe = where(eq(m, -Infinity), 0, m); // all −∞ rows stay −∞ without NaN
  const s = add(log(sum(exp(sub(x, mSafe)), axes, true)), mSafe);
  return keepdims ? s : reshape(s, reducedShape(x.shape, axes, false));
}

// ---------------------------------------------------------------------------------------------
// argmax / argmin over one axis (the first index on ties); no gradient

interface ArgParams {
  kind: 'max' | 'min';
}

const argOp: OpDef<ArgParams> = {
  name: 'argmax',
  infer: ([x]) => {
    if (x.shape[x.shape.length - 1] === 0) throw new Error(`argmax/argmin: empty axis in ${fmt(x.shape)}`);
    return [{ shape: x.shape.slice(0, -1), dtype: 'i32' }];
  },
  kernels: {
    cpu: (ins, inMeta, outs, _om, { kind }) => {
      const x = ins[0];
      const shape = inMeta[0].shape;
      const n = shape.length ? shape[shape.length - 1] : 1;
      const rows = sizeOf(shape) / n;
      const o = outs[0];
      for (let r = 0; r < rows; r++) {
        let best = x[r * n];
        let bi = 0;
        for (let j = 1; j < n; j++) {
          const v = x[r * n + j];
          if (best !== best) break;
          if (kind === 'max' ? v > best || v !== v : v < best || v !== v) {
            best = v;
            bi = j;
          }
        }
        o[r] = bi;
      }
    },
  },
};

function argReduce(kind: 'max' | 'min', x: Tensor, axis: number | undefined, keepdims: boolean): Tensor {
  if (axis === undefined) {
    const r = runOp1(argOp, [reshape(x, [x.size])], { kind });
    return keepdims ? reshape(r, x.shape.map(() => 1)) : r;
  }
  const a = normAxis(`arg${kind}`, axis, x.rank);
  const perm = [...Array.from({ length: x.rank }, (_, i) => i).filter((i) => i !== a), a];
  const r = runOp1(argOp, [transpose(x, perm)], { kind });
  return keepdims ? reshape(r, reducedShape(x.shape, [a], true)) : r;
}

/** Index of the maximum along `axis` (flattened when omitted); int32. */
export function argmax(x: Tensor, axis?: number, keepdims = false): Tensor {
  return argReduce('max', x, axis, keepdims);
}

/** Index of the minimum along `axis` (flattened when omitted); int32. */
export function argmin(x: Tensor, axis?: number, keepdims = false): Tensor {
  return argReduce('min', x, axis, keepdims);
}
