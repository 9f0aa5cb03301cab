/**
 * Cumulative ops along one axis: `cumsum` and `cumprod` (forward or reverse, inclusive or
 * exclusive), built on the internal time shift `shiftAxis` (movement.ts; moves entries along an axis, filling the
 * vacated ones) that cumprod's VJP uses together with `linearScan` (h_i = a_i·h_prev(i) + b_i,
 * scan.ts). Accumulation is in float64 whatever the dtype.
 *
 * cumprod's VJP never divides by x, so it is exact where x contains zeros. For the forward
 * inclusive product y_j = Π_{l≤j} x_l:
 *   ∂L/∂x_i = Σ_{j≥i} ḡ_j Π_{l≤j, l≠i} x_l = E_i · S_i,
 *   E_i = Π_{l<i} x_l (the exclusive product), S_i = ḡ_i + x_{i+1} S_{i+1} (a reverse linear
 *   recurrence),
 * and symmetric formulas for the reverse and exclusive variants. Every piece is a
 * differentiable primitive, so derivatives nest.
 *
 * WebGPU: one invocation per line, accumulating sequentially in f32 (i32 for integers).
 */
import type { CpuKernel, WebGpuKernel } from '../backend.js';
import { grid } from '../backends/webgpu/context.js';
import { bindings, gbuf, main1d, packUniforms, WG, wgslType } from '../backends/webgpu/wgsl.js';
import type { OpDef } from '../op.js';
import { runOp1 } from '../op.js';
import { normAxis } from '../shape.js';
import type { Tensor } from '../tensor.js';
import { mul } from './elementwise.js';
import { linearScan } from './scan.js';
import { shiftAxis } from './movement.js';
import { reshape } from './shape-ops.js';

/** [outer, n, inner] view of `shape` around `axis`: element (o, j, i) is at (o·n + j)·inner + i. */
function around(shape: readonly number[], axis: number): [number, number, number] {
  let outer = 1;
  let inner = 1;
  for (let d = 0; d < axis; d++) outer *= shape[d];
  for (let d = axis + 1; d < shape.length; d++) inner *= shape[d];
  return [outer, shape.length ? shape[axis] : 1, inner];
}

// ---------------------------------------------------------------------------------------------
// cumsum / cumprod

export interface CumParams {
  axis: number;
  reverse: boolean;
  exclusive: boolean;
}

type CumKind = 'sum' | 'prod';

function cumKernel(kind: CumKind): CpuKernel<CumParams> {
  return (ins, inMeta, outs, _om, { axis, reverse, exclusive }) => {
    const x = ins[0];
    const o = outs[0];
    const [outer, n, inner] = around(inMeta[0].shape, axis);
    // One line at a time with a scalar float64 accumulator; the branches on kind and
    // exclusivity sit outside the loop over the line.
    const stride = reverse ? -inner : inner;
    for (let p = 0; p < outer; p++) {
      for (let i = 0; i < inner; i++) {
        const first = p * n * inner + i + (reverse ? (n - 1) * inner : 0);
        let k = first;
        switch (kind) {
          case 'sum': {
            let acc = 0;
            if (exclusive)
              for (let t = 0; t < n; t++, k += stride) {
                o[k] = acc;
                acc += x[k];
              }
            else for (let t = 0; t < n; t++, k += stride) o[k] = acc += x[k];
            break;
          }
          case 'prod': {
            let acc = 1;
            if (exclusive)
              for (let t = 0; t < n; t++, k += stride) {
                o[k] = acc;
                acc *= x[k];
              }
            else for (let t = 0; t < n; t++, k += stride) o[k] = acc *= x[k];
            break;
          }
          default:
            kind satisfies never;
        }
      }
    }
  };
}

function cumGpu(kind: CumKind): WebGpuKernel<CumParams> {
  return (gpu, ins, inMeta, outs, outMeta, { axis, reverse, exclusive }) => {
    const [outer, n, inner] = around(inMeta[0].shape, axis);
    const lines = outer * inner;
    if (lines === 0 || n === 0) return;
    const ti = wgslType(inMeta[0].dtype);
    const t = wgslType(outMeta[0].dtype);
    const op = kind === 'sum' ? '+' : '*';
    const step = exclusive ? `out0[k] = acc; acc = acc ${op} ${t}(in0[k]);` : `acc = acc ${op} ${t}(in0[k]); out0[k] = acc;`;
    gpu.run({
      key: `cum${kind}:${ti}>${t}:${reverse ? 'r' : 'f'}${exclusive ? 'x' : 'i'}`,
      code: () =>
        `${bindings([ti], [t])}
` +
        main1d(`  if (gi >= uw(0u)) { return; }
  let n = uw(1u);
  let inner = uw(2u);
  let p = gi / inner;
  var k = p * n * inner + gi % inner${reverse ? ' + (n - 1u) * inner' : ''};
  var acc = ${t}(${kind === 'sum' ? 0 : 1});
  for (var j = 0u; j < n; j++) {
    ${step}
    ${reverse ? 'if (j + 1u < n) { k -= inner; }' : 'k += inner;'}
  }`),
      inputs: [gbuf(ins[0])],
      outputs: [gbuf(outs[0])],
      uniforms: packUniforms([lines, n, inner]),
      workgroups: grid(Math.ceil(lines / WG)),
    });
  };
}

const cumInfer: OpDef<'cumsum' | 'cumprod'>['infer'] = ([x]) => [{ shape: x.shape, dtype: x.dtype === 'bool' ? 'i32' : x.dtype }];

export const cumsumOp: OpDef<'cumsum'> = {
  name: 'cumsum',
  overwrites: true,
  infer: cumInfer,
  kernels: { cpu: cumKernel('sum'), webgpu: cumGpu('sum') },
  // The adjoint of a running sum is the running sum in the opposite direction (same exclusivity).
  vjp: ([g], { params }) => [g ? runOp1(cumsumOp, [g], { ...params, reverse: !params.reverse }) : null],
};

export const cumprodOp: OpDef<'cumprod'> = {
  name: 'cumprod',
  infer: cumInfer,
  kernels: { cpu: cumKernel('prod'), webgpu: cumGpu('prod') },
  vjp: ([g], { inputs, outputs, params }) => {
    if (!g) return [null];
    const { axis, reverse, exclusive } = params;
    const x = inputs[0];
    // s moves entries one step against the scan direction: xs_i = x_{next(i)}.
    const s = reverse ? 1 : -1;
    const xs = shiftAxis(x, axis, s, 0);
    if (exclusive) {
      // y_j = Π_{l<j} x_l: ∂L/∂x_i = y_i · T_i, T_i = ḡ_{i+1} + x_{i+1} T_{i+1}.
      return [mul(outputs[0], linearScan(xs, shiftAxis(g, axis, s, 0), { axis, reverse: !reverse }))];
    }
    // y_j = Π_{l≤j} x_l: ∂L/∂x_i = E_i · S_i, E = exclusive product, S_i = ḡ_i + x_{i+1} S_{i+1}.
    const e = runOp1(cumprodOp, [x], { axis, reverse, exclusive: true });
    return [mul(e, linearScan(xs, g, { axis, reverse: !reverse }))];
  },
};

// ---------------------------------------------------------------------------------------------
// public API

export interface CumulativeOptions {
  /** Accumulate from the end of the axis towards the start (default false). */
  reverse?: boolean;
  /** Leave out the current element: y_j covers l < j (l > j when reverse); default false. */
  exclusive?: boolean;
}

function cumulative(op: 'cumsum' | 'cumprod', x: Tensor, axis: number, options: CumulativeOptions): Tensor {
  if (typeof axis !== 'number') throw new Error(`${op}: axis must be a number, got ${typeof axis}`);
  const reverse = options.reverse ?? false;
  const exclusive = options.exclusive ?? false;
  if (typeof reverse !== 'boolean' || typeof exclusive !== 'boolean') {
    throw new Error(`${op}: options 'reverse' and 'exclusive' must be booleans`);
  }
  const a = normAxis(op, axis, x.rank);
  const def = op === 'cumsum' ? cumsumOp : cumprodOp;
  // A scalar is a line of length one.
  if (x.rank === 0) return reshape(runOp1(def, [reshape(x, [1])], { axis: 0, reverse, exclusive }), []);
  return runOp1(def, [x], { axis: a, reverse, exclusive });
}

/**
 * Running sum along `axis`: y_j = Σ_{l≤j} x_l (l ≥ j when reverse; strict when exclusive).
 * Accumulates in float64; bool sums to int32.
 *
 * @param x shape [..., n, ...]
 * @returns the same shape
 */
export function cumsum(x: Tensor, axis: number, options: CumulativeOptions = {}): Tensor {
  return cumulative('cumsum', x, axis, options);
}

/**
 * Running product along `axis`: y_j = Π_{l≤j} x_l (l ≥ j when reverse; strict when
 * exclusive, so the first entry is 1). The gradient is exact also where x has zeros.
 *
 * @param x shape [..., n, ...]
 * @returns the same shape
 */
export function cumprod(x: Tensor, axis: number, options: CumulativeOptions = {}): Tensor {
  return cumulative('cumprod', x, axis, options);
}
