/**
 * 2-D pooling, NCHW: x [B, C, H, W] -> [B, C, OH, OW], OH = ⌊(H + pT + pB − kH)/sH⌋ + 1.
 *
 *   maxPool2d:      y[b, c, p, q] = max_{i, j} x_pad[b, c, p·sH + i, q·sW + j]     (padding: −∞)
 *   avgPool2d:      y[b, c, p, q] = (1/(kH·kW)) Σ_{i, j} x_pad[b, c, p·sH + i, q·sW + j]   (padding: 0, counted)
 *   globalAvgPool:  y[b, c] = (1/(H·W)) Σ_{h, w} x[b, c, h, w]
 *
 * Gradients, each with differentiable ops so that they nest:
 * - maxPool2d also returns, per output, the flat index h·W + w of the maximum inside x[b, c]
 *   (the first in row-major window order on ties); ∂x = maxPool2dGrad(indices, ḡ), ḡ added at
 *   those indices, whose own VJP is a gather — the routing is piecewise constant in x, so it
 *   carries no gradient;
 * - avgPool2d is a depthwise convolution with the constant filter 1/(kH·kW): ∂x =
 *   conv2dInputGrad(ḡ, that filter) (conv.ts), which is also how its reference is written;
 * - globalAvgPool: ∂x = ḡ/(H·W) broadcast.
 */
import { zeros } from '../creation.js';
import { wasmMaxPool, wasmMaxPoolGrad } from '../backends/wasm/pooling.js';
import type { AnyTypedArray } from '../dtype.js';
import type { OpDef } from '../op.js';
import { runOp, runOp1, shapeError } from '../op.js';
import { fmt } from '../shape.js';
import { tensor } from '../creation.js';
import type { Tensor } from '../tensor.js';
import type { ConvPadding, Conv2dParams, Pair } from './conv.js';
import { constantFilter, conv2dInputGradOp, conv2dOp, convOutSize, pairOf, samePadding } from './conv.js';
import { gpuAvgPool, gpuGlobalAvgPool, gpuMaxPool, gpuMaxPoolGrad } from './conv-wgsl.js';
import { mul } from './elementwise.js';
import { scatterAddOp, takeAlongAxis } from './indexing.js';
import { pad, stack, stridedSlice } from './movement.js';
import { argmax, max, mean } from './reduce.js';
import { broadcastTo, reshape } from './shape-ops.js';

/** Window, stride and padding of a pooling (resolved to numbers). */
export interface Pool2dParams {
  readonly kernel: readonly [number, number];
  readonly stride: readonly [number, number];
  /** [top, bottom, left, right]. */
  readonly pad: readonly [number, number, number, number];
}

/** Geometry of a pooling: x [B, C, H, W] -> [B, C, OH, OW]. */
export interface PoolGeometry {
  readonly B: number;
  readonly C: number;
  readonly H: number;
  readonly W: number;
  readonly OH: number;
  readonly OW: number;
  readonly kH: number;
  readonly kW: number;
  readonly sH: number;
  readonly sW: number;
  readonly pT: number;
  readonly pL: number;
}

export function poolGeometry(op: string, shape: readonly number[], p: Pool2dParams): PoolGeometry {
  if (shape.length !== 4) throw shapeError(op, 'x must be [B, C, H, W] (rank 4)', shape);
  const [B, C, H, W] = shape;
  const [kH, kW] = p.kernel;
  const [pT, pB, pL, pR] = p.pad;
  const OH = convOutSize(H, kH, p.stride[0], 1, pT, pB);
  const OW = convOutSize(W, kW, p.stride[1], 1, pL, pR);
  if (OH < 1 || OW < 1) throw new Error(`${op}: the window ${kH}×${kW} does not fit the padded input ${H + pT + pB}×${W + pL + pR} (x ${fmt(shape)})`);
  return { B, C, H, W, OH, OW, kH, kW, sH: p.stride[0], sW: p.stride[1], pT, pL };
}

function floatInput(op: string, dtype: string, shape: readonly number[]): void {
  if (dtype !== 'f32' && dtype !== 'f64') throw new Error(`${op}: x must be f32 or f64, got ${dtype}${fmt(shape)}`);
}

/** Flat indices h·W + w of each window tap inside x[b, c] ([1, 1, kH·kW, OH, OW], −1 in the padding): the max-pool reference. */
function tapPositions(g: PoolGeometry, device: Tensor['device']): Tensor {
  const P = g.OH * g.OW;
  const pos = new Int32Array(g.kH * g.kW * P);
  for (let i = 0; i < g.kH; i++) {
    for (let j = 0; j < g.kW; j++) {
      for (let p = 0; p < g.OH; p++) {
        for (let q = 0; q < g.OW; q++) {
          const h = p * g.sH - g.pT + i;
          const w = q * g.sW - g.pL + j;
          pos[(i * g.kW + j) * P + p * g.OW + q] = h >= 0 && h < g.H && w >= 0 && w < g.W ? h * g.W + w : -1;
        }
      }
    }
  }
  return tensor(pos, { dtype: 'i32', shape: [1, 1, g.kH * g.kW, g.OH, g.OW], device });
}

/** The windows of x padded with `fill`: [B, C, kH·kW, OH, OW]. */
function windows(x: Tensor, g: PoolGeometry, p: Pool2dParams, fill: number): Tensor {
  const xp = pad(
    x,
    [
      [0, 0],
      [0, 0],
      [p.pad[0], p.pad[1]],
      [p.pad[2], p.pad[3]],
    ],
    fill,
  );
  const taps: Tensor[] = [];
  for (let i = 0; i < g.kH; i++) for (let j = 0; j < g.kW; j++) taps.push(stridedSlice(xp, [0, 0, i, j], [1, 1, g.sH, g.sW], [g.B, g.C, g.OH, g.OW]));
  return stack(taps, 2);
}

/** Max pooling and the flat index of each maximum, as a composition (max and argmax over the stacked windows). */
export function maxPool2dReference([x]: readonly Tensor[], p: Pool2dParams): Tensor[] {
  const g = poolGeometry('maxPool2d', x.shape, p);
  const win = windows(x, g, p, -Infinity);
  const k = argmax(win, 2, true); // [B, C, 1, OH, OW]
  const pos = broadcastTo(tapPositions(g, x.device), [g.B, g.C, g.kH * g.kW, g.OH, g.OW]);
  return [max(win, 2), reshape(takeAlongAxis(pos, k, 2), [g.B, g.C, g.OH, g.OW])];
}

/** Average pooling as a depthwise convolution with the constant filter 1/(kH·kW) (zeros of the padding counted). */
export function avgPool2dReference([x]: readonly Tensor[], p: Pool2dParams): Tensor[] {
  const g = poolGeometry('avgPool2d', x.shape, p);
  const y = runOp1(conv2dOp, [reshape(x, [g.B * g.C, 1, g.H, g.W]), constantFilter(x, g.kH, g.kW, 1 / (g.kH * g.kW))], asConv(p));
  return [reshape(y, [g.B, g.C, g.OH, g.OW])];
}

const asConv = (p: Pool2dParams): Conv2dParams => ({ stride: p.stride, dilation: [1, 1], pad: p.pad, groups: 1 });

/** Max pooling without padding: every window lies inside x, so the loops need no bounds. */
function maxPoolInside(
  x: AnyTypedArray,
  y: AnyTypedArray,
  idx: AnyTypedArray,
  planes: number,
  H: number,
  W: number,
  OH: number,
  OW: number,
  kH: number,
  kW: number,
  sH: number,
  sW: number,
): void {
  let o = 0;
  for (let bc = 0; bc < planes; bc++) {
    const base = bc * H * W;
    for (let oh = 0; oh < OH; oh++) {
      for (let ow = 0; ow < OW; ow++, o++) {
        let at = oh * sH * W + ow * sW;
        let best = x[base + at];
        for (let i = 0; i < kH; i++) {
          const row = (oh * sH + i) * W + ow * sW;
          for (let j = 0; j < kW; j++) {
            const v = x[base + row + j];
            if (v > best) {
              best = v;
              at = row + j;
            }
          }
        }
        y[o] = best;
        idx[o] = at;
      }
    }
  }
}

export const maxPool2dOp: OpDef<'maxPool2d'> = {
  name: 'maxPool2d',
  overwrites: true,
  infer: ([x], p) => {
    floatInput('maxPool2d', x.dtype, x.shape);
    const g = poolGeometry('maxPool2d', x.shape, p);
    const s = [g.B, g.C, g.OH, g.OW];
    return [
      { shape: s, dtype: x.dtype },
      { shape: s, dtype: 'i32' },
    ];
  },
  kernels: {
    cpu: (ins, inMeta, outs, _o, p) => {
      const { B, C, H, W, OH, OW, kH, kW, sH, sW, pT, pL } = poolGeometry('maxPool2d', inMeta[0].shape, p);
      const [x] = ins;
      const [y, idx] = outs;
      if (p.pad.every((v) => v === 0)) return maxPoolInside(x, y, idx, B * C, H, W, OH, OW, kH, kW, sH, sW);
      let o = 0;
      for (let bc = 0; bc < B * C; bc++) {
        const base = bc * H * W;
        for (let oh = 0; oh < OH; oh++) {
          const h0 = oh * sH - pT;
          for (let ow = 0; ow < OW; ow++, o++) {
            const w0 = ow * sW - pL;
            let best = -Infinity;
            let at = -1;
            for (let i = Math.max(0, -h0); i < kH && h0 + i < H; i++) {
              const row = base + (h0 + i) * W;
              for (let j = Math.max(0, -w0); j < kW && w0 + j < W; j++) {
                const v = x[row + w0 + j];
                if (v > best || at < 0) {
                  best = v;
                  at = (h0 + i) * W + w0 + j;
                }
              }
            }
            y[o] = best;
            idx[o] = at;
          }
        }
      }
    },
    // no padding: every window lies inside x (padded poolings run the TypeScript kernel)
    wasm: (ins, inMeta, outs, _o, p) => {
      if (!p.pad.every((v) => v === 0)) return false;
      return wasmMaxPool(ins[0], outs[0], outs[1], poolGeometry('maxPool2d', inMeta[0].shape, p));
    },
    webgpu: (gpu, ins, inMeta, outs, _o, p) => gpuMaxPool(gpu, ins[0], outs[0], outs[1], poolGeometry('maxPool2d', inMeta[0].shape, p)),
  },
  vjp: ([gy], { inputs: [x], outputs: [, idx], params: p }) => {
    if (!gy) return [null];
    return [runOp1(maxPool2dGradOp, [idx, gy], { ...p, inputSize: [x.shape[2], x.shape[3]] })];
  },
  reference: maxPool2dReference,
};

/** `maxPool2dGrad`: the pooling's parameters and the spatial size [H, W] of its input. */
export interface MaxPool2dGradParams extends Pool2dParams {
  readonly inputSize: readonly [number, number];
}

/** ∂x as a scatter-add of ḡ at the indices of the maxima (the reference of `maxPool2dGrad`). */
export function maxPool2dGradReference([idx, gy]: readonly Tensor[], p: MaxPool2dGradParams): Tensor[] {
  const [B, C] = gy.shape;
  const [H, W] = p.inputSize;
  const flat = (t: Tensor): Tensor => reshape(t, [B, C, -1]);
  const base = zeros([B, C, H * W], { dtype: gy.dtype, device: gy.device });
  return [reshape(runOp1(scatterAddOp, [base, flat(idx), flat(gy)], { axis: 2 }), [B, C, H, W])];
}

/**
 * The VJP of max pooling: ∂x[b, c, h, w] = Σ of ḡ over the windows whose maximum is x[b, c, h, w].
 * Inputs: the indices of the maxima (i32) and ḡ, both [B, C, OH, OW]. Linear in ḡ; its own VJP
 * gathers the cotangent at the same indices (so derivatives nest). A primitive rather than the
 * scatter-add of its reference because each ∂x element has at most ⌈kH/sH⌉·⌈kW/sW⌉ windows to
 * look at, where a general scatter-add on WebGPU scans every update of its row.
 */
export const maxPool2dGradOp: OpDef<'maxPool2dGrad'> = {
  name: 'maxPool2dGrad',
  infer: ([idx, gy], p) => {
    if (idx.dtype !== 'i32') throw new Error(`maxPool2dGrad: the indices must be i32, got ${idx.dtype}${fmt(idx.shape)}`);
    floatInput('maxPool2dGrad', gy.dtype, gy.shape);
    const [H, W] = p.inputSize;
    const g = poolGeometry('maxPool2dGrad', [gy.shape[0], gy.shape[1], H, W], p);
    const want = [g.B, g.C, g.OH, g.OW];
    if (idx.shape.length !== 4 || gy.shape.length !== 4 || idx.shape.some((d, i) => d !== want[i]) || gy.shape.some((d, i) => d !== want[i])) {
      throw shapeError('maxPool2dGrad', `indices and ḡ must be [B, C, OH, OW] = ${fmt(want)} for an input ${H}×${W}`, idx.shape, gy.shape);
    }
    return [{ shape: [g.B, g.C, H, W], dtype: gy.dtype }];
  },
  kernels: {
    cpu: (ins, inMeta, outs) => {
      const [idx, gy] = ins;
      const dx = outs[0];
      const [B, C, OH, OW] = inMeta[1].shape;
      const P = OH * OW;
      const HW = dx.length / (B * C);
      dx.fill(0);
      for (let bc = 0; bc < B * C; bc++) for (let o = bc * P; o < (bc + 1) * P; o++) dx[bc * HW + idx[o]] += gy[o];
    },
    wasm: (ins, inMeta, outs) => wasmMaxPoolGrad(ins[0], ins[1], outs[0], inMeta[1].shape[0] * inMeta[1].shape[1]),
    webgpu: (gpu, ins, inMeta, outs, _o, p) => {
      const [B, C] = inMeta[1].shape;
      gpuMaxPoolGrad(gpu, ins[0], ins[1], outs[0], poolGeometry('maxPool2dGrad', [B, C, p.inputSize[0], p.inputSize[1]], p));
    },
  },
  vjp: ([z], { inputs: [idx, gy] }) => {
    if (!z) return [null, null];
    const [B, C] = gy.shape;
    return [null, reshape(takeAlongAxis(reshape(z, [B, C, -1]), reshape(idx, [B, C, -1]), 2), gy.shape)];
  },
  reference: maxPool2dGradReference,
};

export const avgPool2dOp: OpDef<'avgPool2d'> = {
  name: 'avgPool2d',
  infer: ([x], p) => {
    floatInput('avgPool2d', x.dtype, x.shape);
    const g = poolGeometry('avgPool2d', x.shape, p);
    return [{ shape: [g.B, g.C, g.OH, g.OW], dtype: x.dtype }];
  },
  kernels: {
    cpu: (ins, inMeta, outs, _o, p) => {
      const { B, C, H, W, OH, OW, kH, kW, sH, sW, pT, pL } = poolGeometry('avgPool2d', inMeta[0].shape, p);
      const [x] = ins;
      const [y] = outs;
      const scale = 1 / (kH * kW);
      let o = 0;
      for (let bc = 0; bc < B * C; bc++) {
        const base = bc * H * W;
        for (let oh = 0; oh < OH; oh++) {
          const h0 = oh * sH - pT;
          for (let ow = 0; ow < OW; ow++, o++) {
            const w0 = ow * sW - pL;
            let s = 0;
            for (let i = Math.max(0, -h0); i < kH && h0 + i < H; i++) {
              const row = base + (h0 + i) * W;
              for (let j = Math.max(0, -w0); j < kW && w0 + j < W; j++) s += x[row + w0 + j];
            }
            y[o] = s * scale;
          }
        }
      }
    },
    webgpu: (gpu, ins, inMeta, outs, _o, p) => gpuAvgPool(gpu, ins[0], outs[0], poolGeometry('avgPool2d', inMeta[0].shape, p)),
  },
  vjp: ([gy], { inputs: [x], params: p }) => {
    if (!gy) return [null];
    const [B, C, H, W] = x.shape;
    const [kH, kW] = p.kernel;
    const g1 = reshape(gy, [B * C, 1, gy.shape[2], gy.shape[3]]);
    const dx = runOp1(conv2dInputGradOp, [g1, constantFilter(gy, kH, kW, 1 / (kH * kW))], { ...asConv(p), inputSize: [H, W] });
    return [reshape(dx, x.shape)];
  },
  reference: avgPool2dReference,
};

/** `globalAvgPool` takes no parameters. */
export type GlobalPoolParams = Record<string, never>;

export const globalAvgPoolOp: OpDef<'globalAvgPool'> = {
  name: 'globalAvgPool',
  infer: ([x]) => {
    floatInput('globalAvgPool', x.dtype, x.shape);
    if (x.shape.length !== 4) throw shapeError('globalAvgPool', 'x must be [B, C, H, W] (rank 4)', x.shape);
    if (x.shape[2] * x.shape[3] === 0) throw shapeError('globalAvgPool', 'x has an empty spatial plane', x.shape);
    return [{ shape: x.shape.slice(0, 2), dtype: x.dtype }];
  },
  kernels: {
    cpu: (ins, inMeta, outs) => {
      const [B, C, H, W] = inMeta[0].shape;
      const n = H * W;
      for (let bc = 0; bc < B * C; bc++) {
        let s = 0;
        for (let k = bc * n; k < (bc + 1) * n; k++) s += ins[0][k];
        outs[0][bc] = s / n;
      }
    },
    webgpu: (gpu, ins, inMeta, outs) => {
      const [B, C, H, W] = inMeta[0].shape;
      gpuGlobalAvgPool(gpu, ins[0], outs[0], B * C, H * W);
    },
  },
  vjp: ([gy], { inputs: [x] }) => {
    if (!gy) return [null];
    const [B, C, H, W] = x.shape;
    return [broadcastTo(reshape(mul(gy, 1 / (H * W)), [B, C, 1, 1]), x.shape)];
  },
  reference: ([x]) => [mean(x, [2, 3])],
};

// ---------------------------------------------------------------------------------------------
// public functions

export interface Pool2dOptions {
  /** The window [kH, kW] (or one number for both). */
  readonly kernel: Pair;
  /** Default: the window (non-overlapping windows). */
  readonly stride?: Pair;
  /**
   * Default 'valid' (0). A number or [h, w] pads both sides, at most half the window (so that every
   * window holds an element of x); 'same': OH = ⌈H / sH⌉ (see `conv2d`).
   */
  readonly padding?: ConvPadding;
}

/** Resolve pooling options for x [B, C, H, W]; errors name the op and the option. */
export function poolParams(op: string, x: Tensor, options: Pool2dOptions): Pool2dParams {
  if (x.rank !== 4) throw new Error(`${op}: x must be [B, C, H, W] (rank 4), got ${fmt(x.shape)}`);
  if (typeof options !== 'object' || options === null || options.kernel === undefined)
    throw new Error(`${op}: options.kernel (a number or [kH, kW]) is required`);
  const kernel = pairOf(op, 'kernel', options.kernel, 1);
  const stride = pairOf(op, 'stride', options.stride ?? kernel, 1);
  const padding = options.padding ?? 'valid';
  let pads: [number, number, number, number];
  if (padding === 'valid') pads = [0, 0, 0, 0];
  else if (padding === 'same') pads = [...samePadding(x.shape[2], kernel[0], stride[0], 1), ...samePadding(x.shape[3], kernel[1], stride[1], 1)];
  else if (typeof padding === 'string') throw new Error(`${op}: padding must be a number, [h, w], 'same' or 'valid', got '${String(padding)}'`);
  else {
    const [ph, pw] = pairOf(op, 'padding', padding, 0, 0);
    if (2 * ph > kernel[0] || 2 * pw > kernel[1]) {
      throw new Error(
        `${op}: padding [${ph}, ${pw}] must be at most half the window [${kernel[0]}, ${kernel[1]}] (so that every window holds an element of x)`,
      );
    }
    pads = [ph, ph, pw, pw];
  }
  return { kernel, stride, pad: pads };
}

/**
 * Max pooling, NCHW: y[b, c, p, q] = max over the window at (p·sH − pT, q·sW − pL) of x.
 * x: [B, C, H, W] -> [B, C, OH, OW], OH = ⌊(H + pT + pB − kH)/sH⌋ + 1. Differentiable to any
 * order (the gradient goes to the maximum of each window, the first on ties).
 */
export function maxPool2d(x: Tensor, options: Pool2dOptions): Tensor {
  return runOp(maxPool2dOp, [x], poolParams('maxPool2d', x, options))[0];
}

/**
 * Average pooling, NCHW: y[b, c, p, q] = mean of the window (padding zeros count, as PyTorch's
 * default `count_include_pad`). x: [B, C, H, W] -> [B, C, OH, OW].
 */
export function avgPool2d(x: Tensor, options: Pool2dOptions): Tensor {
  return runOp1(avgPool2dOp, [x], poolParams('avgPool2d', x, options));
}

/** Mean over the spatial axes: x [B, C, H, W] -> [B, C]. */
export function globalAvgPool(x: Tensor): Tensor {
  if (x.rank !== 4) throw new Error(`globalAvgPool: x must be [B, C, H, W] (rank 4), got ${fmt(x.shape)}`);
  return runOp1(globalAvgPoolOp, [x], {});
}
