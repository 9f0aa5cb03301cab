/**
 * 2-D convolution, NCHW: x [B, C, H, W], w [O, C/G, kH, kW] -> y [B, O, OH, OW] with
 *
 *   y[b, o, p, q] = Σ_{c, i, j} w[o, c, i, j] · x_pad[b, g(o)·C/G + c, p·sH + i·dH, q·sW + j·dW]
 *
 * (G groups, g(o) = ⌊o / (O/G)⌋, x_pad: x with zeros around it), OH = ⌊(H + pT + pB − dH(kH − 1)
 * − 1)/sH⌋ + 1 and likewise OW.
 *
 * Three primitives, each bilinear in its two operands, so that the VJP of each is written with
 * the other two and derivatives of any order (MAML's second-order terms) stay inside this file:
 *
 *   conv2d(x, w) = y
 *   conv2dInputGrad(ḡ, w) = ∂⟨ḡ, conv2d(x, w)⟩/∂x              [B, C, H, W]
 *   conv2dFilterGrad(x, ḡ) = ∂⟨ḡ, conv2d(x, w)⟩/∂w             [O, C/G, kH, kW]
 *
 * From ⟨ḡ, conv2d(x, w)⟩ = ⟨conv2dInputGrad(ḡ, w), x⟩ = ⟨conv2dFilterGrad(x, ḡ), w⟩:
 *   VJP of conv2dInputGrad(ḡ, w) with cotangent z̄ [B, C, H, W]:  ḡ ← conv2d(z̄, w),  w ← conv2dFilterGrad(z̄, ḡ)
 *   VJP of conv2dFilterGrad(x, ḡ) with cotangent z̄ [O, C/G, kH, kW]:  x ← conv2dInputGrad(ḡ, z̄),  ḡ ← conv2d(x, z̄)
 *
 * Kernels: TypeScript (im2col + gemmBlock, conv-kernels.ts), Wasm (the same unfolding into the
 * SIMD gemm) and WGSL (conv-wgsl.ts); each op carries its reference composition (pad, strided
 * slices, matmul), which backends without a kernel run.
 */
import type { TensorMeta } from '../backend.js';
import { full } from '../creation.js';
import type { OpDef } from '../op.js';
import { runOp1, shapeError } from '../op.js';
import { fmt } from '../shape.js';
import type { Tensor } from '../tensor.js';
import { gpuConv, gpuConvFilterGrad, gpuConvInputGrad } from './conv-wgsl.js';
import type { ConvGeometry } from './conv-kernels.js';
import { convFilterGrad, convForward, convInputGrad } from './conv-kernels.js';
import { wasmConvFilterGrad, wasmConvForward, wasmConvInputGrad } from '../backends/wasm/conv.js';
import { add, cast, operands } from './elementwise.js';
import { matmul } from './matmul.js';
import { pad, stack, stridedEmbed, stridedSlice } from './movement.js';
import { promoteTypes } from '../dtype.js';
import { sum } from './reduce.js';
import { mT, reshape } from './shape-ops.js';

/** Strides, dilations, zero padding and groups of a convolution (all resolved to numbers). */
export interface Conv2dParams {
  /** [sH, sW] ≥ 1. */
  readonly stride: readonly [number, number];
  /** [dH, dW] ≥ 1: the taps of the kernel are dH rows and dW columns apart. */
  readonly dilation: readonly [number, number];
  /** Zeros added [top, bottom, left, right]. */
  readonly pad: readonly [number, number, number, number];
  /** Channel groups G: C and O are multiples of G; group g maps channels g·C/G… to outputs g·O/G…. */
  readonly groups: number;
}

/** `conv2dInputGrad`: also the spatial size [H, W] of x (the output size alone does not fix it). */
export interface Conv2dInputGradParams extends Conv2dParams {
  readonly inputSize: readonly [number, number];
}

/** `conv2dFilterGrad`: also the kernel size [kH, kW]. */
export interface Conv2dFilterGradParams extends Conv2dParams {
  readonly kernelSize: readonly [number, number];
}

/** OH (or OW): ⌊(H + pads − d(k − 1) − 1)/s⌋ + 1; ≤ 0 when the dilated kernel does not fit. */
export function convOutSize(n: number, k: number, s: number, d: number, padBefore: number, padAfter: number): number {
  return Math.floor((n + padBefore + padAfter - d * (k - 1) - 1) / s) + 1;
}

/** Check a geometry and return it: sizes, divisibility by the groups, a kernel that fits. */
function geometry(op: string, x: readonly number[], w: readonly number[], p: Conv2dParams): ConvGeometry {
  const [B, C, H, W] = x;
  const [O, Cg, kH, kW] = w;
  const G = p.groups;
  if (C !== Cg * G) {
    throw new Error(`${op}: x has ${C} channels but w [O, C/groups, kH, kW] takes ${Cg} per group × ${G} groups = ${Cg * G} (x ${fmt(x)}, w ${fmt(w)})`);
  }
  if (O % G !== 0) throw new Error(`${op}: the ${O} output channels of w ${fmt(w)} are not a multiple of groups = ${G}`);
  const [pT, pB, pL, pR] = p.pad;
  const OH = convOutSize(H, kH, p.stride[0], p.dilation[0], pT, pB);
  const OW = convOutSize(W, kW, p.stride[1], p.dilation[1], pL, pR);
  if (OH < 1 || OW < 1) {
    const eff = [p.dilation[0] * (kH - 1) + 1, p.dilation[1] * (kW - 1) + 1];
    throw new Error(
      `${op}: the kernel ${kH}×${kW} (dilated: ${eff[0]}×${eff[1]}) does not fit the padded input ${H + pT + pB}×${W + pL + pR} (x ${fmt(x)}, w ${fmt(w)}); pad more or use a smaller kernel`,
    );
  }
  return { B, C, H, W, O, kH, kW, OH, OW, sH: p.stride[0], sW: p.stride[1], dH: p.dilation[0], dW: p.dilation[1], pT, pL, G };
}

function checkOperands(op: string, names: readonly [string, string], a: TensorMeta, b: TensorMeta): void {
  for (const [m, n] of [
    [a, names[0]],
    [b, names[1]],
  ] as const) {
    if (m.shape.length !== 4) throw shapeError(op, `${n} must have rank 4`, a.shape, b.shape);
    if (m.dtype !== 'f32' && m.dtype !== 'f64') throw new Error(`${op}: ${n} must be f32 or f64, got ${m.dtype}${fmt(m.shape)}`);
  }
  if (a.dtype !== b.dtype)
    throw new Error(`${op}: ${names[0]} and ${names[1]} must have one dtype (got ${a.dtype}${fmt(a.shape)} and ${b.dtype}${fmt(b.shape)})`);
}

/** The padded input's patches for kernel tap (i, j), stacked: [B, C, kH·kW, OH, OW] (the reference compositions). */
function patches(x: Tensor, g: ConvGeometry, p: Conv2dParams): Tensor {
  const [pT, pB, pL, pR] = p.pad;
  const xp = pad(x, [
    [0, 0],
    [0, 0],
    [pT, pB],
    [pL, pR],
  ]);
  const taps: Tensor[] = [];
  for (let i = 0; i < g.kH; i++) {
    for (let j = 0; j < g.kW; j++) taps.push(stridedSlice(xp, [0, 0, i * g.dH, j * g.dW], [1, 1, g.sH, g.sW], [g.B, g.C, g.OH, g.OW]));
  }
  return stack(taps, 2);
}

/** X̂ [B, G, K, P] of the reference compositions (K = C/G·kH·kW, P = OH·OW). */
function unfolded(x: Tensor, g: ConvGeometry, p: Conv2dParams): Tensor {
  return reshape(patches(x, g, p), [g.B, g.G, (g.C / g.G) * g.kH * g.kW, g.OH * g.OW]);
}

/** y = W_g X̂_g per group, as a composition of differentiable ops. */
export function conv2dReference([x, w]: readonly Tensor[], p: Conv2dParams): Tensor[] {
  const g = geometry('conv2d', x.shape, w.shape, p);
  const wg = reshape(w, [g.G, g.O / g.G, -1]); // [G, O/G, K]
  return [reshape(matmul(wg, unfolded(x, g, p)), [g.B, g.O, g.OH, g.OW])];
}

/** ∂x = col2im(W_gᵀ Ḡ_g): each tap's cotangent placed back where its patch came from, summed. */
export function conv2dInputGradReference([gy, w]: readonly Tensor[], p: Conv2dInputGradParams): Tensor[] {
  const [B, O] = gy.shape;
  const [H, W] = p.inputSize;
  const g = geometry('conv2dInputGrad', [B, w.shape[1] * p.groups, H, W], w.shape, p);
  const wg = reshape(w, [g.G, g.O / g.G, -1]);
  const dcols = reshape(matmul(mT(wg), reshape(gy, [B, g.G, O / g.G, -1])), [B, g.C, g.kH * g.kW, g.OH, g.OW]);
  const Hp = H + p.pad[0] + p.pad[1];
  const Wp = W + p.pad[2] + p.pad[3];
  let acc: Tensor | null = null;
  for (let i = 0; i < g.kH; i++) {
    for (let j = 0; j < g.kW; j++) {
      const tap = reshape(stridedSlice(dcols, [0, 0, i * g.kW + j, 0, 0], [1, 1, 1, 1, 1], [B, g.C, 1, g.OH, g.OW]), [B, g.C, g.OH, g.OW]);
      const placed = stridedEmbed(tap, [B, g.C, Hp, Wp], [0, 0, i * g.dH, j * g.dW], [1, 1, g.sH, g.sW], 0);
      acc = acc === null ? placed : add(acc, placed);
    }
  }
  if (acc === null) throw new Error('conv2dInputGrad: empty kernel');
  return [stridedSlice(acc, [0, 0, g.pT, g.pL], [1, 1, 1, 1], [B, g.C, H, W])];
}

/** ∂W_g = Σ_b Ḡ_{b,g} X̂_{b,g}ᵀ. */
export function conv2dFilterGradReference([x, gy]: readonly Tensor[], p: Conv2dFilterGradParams): Tensor[] {
  const [B, O] = gy.shape;
  const [kH, kW] = p.kernelSize;
  const wShape = [O, x.shape[1] / p.groups, kH, kW];
  const g = geometry('conv2dFilterGrad', x.shape, wShape, p);
  const dw = sum(matmul(reshape(gy, [B, g.G, O / g.G, -1]), mT(unfolded(x, g, p))), 0); // [G, O/G, K]
  return [reshape(dw, wShape)];
}

function filterGradGeometry(op: string, x: TensorMeta, gy: TensorMeta, p: Conv2dFilterGradParams): ConvGeometry {
  checkOperands(op, ['x', 'ḡ'], x, gy);
  const [kH, kW] = p.kernelSize;
  const g = geometry(op, x.shape, [gy.shape[1], x.shape[1] / p.groups, kH, kW], p);
  if (gy.shape[0] !== g.B || gy.shape[2] !== g.OH || gy.shape[3] !== g.OW) {
    throw shapeError(op, `ḡ must be [B, O, OH, OW] = [${g.B}, ${g.O}, ${g.OH}, ${g.OW}] for x and a ${kH}×${kW} kernel`, x.shape, gy.shape);
  }
  return g;
}

function inputGradGeometry(op: string, gy: TensorMeta, w: TensorMeta, p: Conv2dInputGradParams): ConvGeometry {
  checkOperands(op, ['ḡ', 'w'], gy, w);
  const [H, W] = p.inputSize;
  const g = geometry(op, [gy.shape[0], w.shape[1] * p.groups, H, W], w.shape, p);
  if (gy.shape[1] !== g.O || gy.shape[2] !== g.OH || gy.shape[3] !== g.OW) {
    throw shapeError(op, `ḡ must be [B, O, OH, OW] = [${g.B}, ${g.O}, ${g.OH}, ${g.OW}] for an input ${H}×${W} and w`, gy.shape, w.shape);
  }
  return g;
}

const ij = (s: readonly number[]): [number, number] => [s[2], s[3]];
const filterParams = (p: Conv2dParams, w: Tensor): Conv2dFilterGradParams => ({ ...pick(p), kernelSize: ij(w.shape) });
const inputParams = (p: Conv2dParams, x: Tensor): Conv2dInputGradParams => ({ ...pick(p), inputSize: ij(x.shape) });
const pick = (p: Conv2dParams): Conv2dParams => ({ stride: p.stride, dilation: p.dilation, pad: p.pad, groups: p.groups });

export const conv2dOp: OpDef<'conv2d'> = {
  name: 'conv2d',
  overwrites: true,
  infer: ([x, w], p) => {
    checkOperands('conv2d', ['x', 'w'], x, w);
    const g = geometry('conv2d', x.shape, w.shape, p);
    return [{ shape: [g.B, g.O, g.OH, g.OW], dtype: x.dtype }];
  },
  kernels: {
    cpu: (ins, inMeta, outs, _o, p) => convForward(ins[0], ins[1], outs[0], geometry('conv2d', inMeta[0].shape, inMeta[1].shape, p)),
    // the same unfolding, products and layout changes as Wasm kernels in linear memory (declines small products)
    wasm: (ins, inMeta, outs, _o, p) => wasmConvForward(ins[0], ins[1], outs[0], geometry('conv2d', inMeta[0].shape, inMeta[1].shape, p)),
    webgpu: (gpu, ins, inMeta, outs, _o, p) => gpuConv(gpu, ins[0], ins[1], outs[0], geometry('conv2d', inMeta[0].shape, inMeta[1].shape, p)),
  },
  vjp: ([gy], { inputs: [x, w], params: p, needsGrad }) => {
    if (!gy) return [null, null];
    return [
      needsGrad[0] ? runOp1(conv2dInputGradOp, [gy, w], inputParams(p, x)) : null,
      needsGrad[1] ? runOp1(conv2dFilterGradOp, [x, gy], filterParams(p, w)) : null,
    ];
  },
  reference: conv2dReference,
};

export const conv2dInputGradOp: OpDef<'conv2dInputGrad'> = {
  name: 'conv2dInputGrad',
  overwrites: true,
  infer: ([gy, w], p) => {
    const g = inputGradGeometry('conv2dInputGrad', gy, w, p);
    return [{ shape: [g.B, g.C, g.H, g.W], dtype: gy.dtype }];
  },
  kernels: {
    cpu: (ins, inMeta, outs, _o, p) => convInputGrad(ins[0], ins[1], outs[0], inputGradGeometry('conv2dInputGrad', inMeta[0], inMeta[1], p)),
    wasm: (ins, inMeta, outs, _o, p) => wasmConvInputGrad(ins[0], ins[1], outs[0], inputGradGeometry('conv2dInputGrad', inMeta[0], inMeta[1], p)),
    webgpu: (gpu, ins, inMeta, outs, _o, p) => gpuConvInputGrad(gpu, ins[0], ins[1], outs[0], inputGradGeometry('conv2dInputGrad', inMeta[0], inMeta[1], p)),
  },
  vjp: ([z], { inputs: [gy, w], params: p, needsGrad }) => {
    if (!z) return [null, null];
    return [needsGrad[0] ? runOp1(conv2dOp, [z, w], pick(p)) : null, needsGrad[1] ? runOp1(conv2dFilterGradOp, [z, gy], filterParams(p, w)) : null];
  },
  reference: conv2dInputGradReference,
};

export const conv2dFilterGradOp: OpDef<'conv2dFilterGrad'> = {
  name: 'conv2dFilterGrad',
  overwrites: true,
  infer: ([x, gy], p) => {
    const g = filterGradGeometry('conv2dFilterGrad', x, gy, p);
    return [{ shape: [g.O, g.C / g.G, g.kH, g.kW], dtype: x.dtype }];
  },
  kernels: {
    cpu: (ins, inMeta, outs, _o, p) => convFilterGrad(ins[0], ins[1], outs[0], filterGradGeometry('conv2dFilterGrad', inMeta[0], inMeta[1], p)),
    wasm: (ins, inMeta, outs, _o, p) => wasmConvFilterGrad(ins[0], ins[1], outs[0], filterGradGeometry('conv2dFilterGrad', inMeta[0], inMeta[1], p)),
    webgpu: (gpu, ins, inMeta, outs, _o, p) => gpuConvFilterGrad(gpu, ins[0], ins[1], outs[0], filterGradGeometry('conv2dFilterGrad', inMeta[0], inMeta[1], p)),
  },
  vjp: ([z], { inputs: [x, gy], params: p, needsGrad }) => {
    if (!z) return [null, null];
    return [needsGrad[0] ? runOp1(conv2dInputGradOp, [gy, z], inputParams(p, x)) : null, needsGrad[1] ? runOp1(conv2dOp, [x, z], pick(p)) : null];
  },
  reference: conv2dFilterGradReference,
};

// ---------------------------------------------------------------------------------------------
// public function

/** A size per spatial axis: one number for both, or [h, w]. */
export type Pair = number | readonly [number, number];

/** Zero padding: a number (all sides), [h, w] (top = bottom = h, left = right = w), 'valid' (none) or 'same'. */
export type ConvPadding = Pair | 'same' | 'valid';

export interface Conv2dOptions {
  /** Default 1. */
  readonly stride?: Pair;
  /**
   * Default 'valid' (0). 'same': OH = ⌈H / sH⌉ (= H at stride 1), the total padding
   * max((OH − 1)·sH + dH(kH − 1) + 1 − H, 0) split with the extra row, if odd, at the bottom
   * (and the extra column at the right), as TensorFlow does.
   */
  readonly padding?: ConvPadding;
  /** Default 1. */
  readonly dilation?: Pair;
  /** Default 1. */
  readonly groups?: number;
}

/** [a, b] of positive (or, with `min` 0, non-negative) integers from a number or pair; errors name the op and the option. */
export function pairOf(op: string, name: string, v: Pair | undefined, dflt: number, min = 1): [number, number] {
  const pr: readonly unknown[] = v === undefined ? [dflt, dflt] : typeof v === 'number' ? [v, v] : v;
  if (!Array.isArray(pr) || pr.length !== 2 || !pr.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= min)) {
    throw new Error(`${op}: ${name} must be an integer ≥ ${min} or a pair [h, w] of them, got ${JSON.stringify(v)}`);
  }
  return [pr[0] as number, pr[1] as number];
}

/** 'same' padding of one axis: [before, after]. */
export function samePadding(n: number, k: number, s: number, d: number): [number, number] {
  const out = Math.ceil(n / s);
  const total = Math.max((out - 1) * s + d * (k - 1) + 1 - n, 0);
  return [Math.floor(total / 2), total - Math.floor(total / 2)];
}

/** Resolve the options of `conv2d` for x [B, C, H, W] and a kH × kW kernel. */
export function convParams(op: string, opts: Conv2dOptions, H: number, W: number, kH: number, kW: number): Conv2dParams {
  const stride = pairOf(op, 'stride', opts.stride, 1);
  const dilation = pairOf(op, 'dilation', opts.dilation, 1);
  const groups = opts.groups ?? 1;
  if (!Number.isInteger(groups) || groups < 1) throw new Error(`${op}: groups must be a positive integer, got ${String(groups)}`);
  const padding = opts.padding ?? 'valid';
  let pads: [number, number, number, number];
  if (padding === 'valid') pads = [0, 0, 0, 0];
  else if (padding === 'same') pads = [...samePadding(H, kH, stride[0], dilation[0]), ...samePadding(W, kW, stride[1], dilation[1])];
  else if (typeof padding === 'string') throw new Error(`${op}: padding must be a number, [h, w], 'same' or 'valid', got '${String(padding)}'`);
  else {
    const [ph, pw] = pairOf(op, 'padding', padding, 0, 0);
    pads = [ph, ph, pw, pw];
  }
  return { stride, dilation, pad: pads, groups };
}

/**
 * 2-D cross-correlation (the "convolution" of deep learning), NCHW:
 *
 *   y[b, o, p, q] = Σ_{c, i, j} w[o, c, i, j] · x_pad[b, g·C/G + c, p·sH + i·dH, q·sW + j·dW]
 *
 * x: [B, C, H, W], w: [O, C/groups, kH, kW] -> [B, O, OH, OW], OH = ⌊(H + pT + pB − dH(kH−1) − 1)/sH⌋ + 1.
 * f32 or f64 (mixed operands are promoted). Differentiable to any order in x and w.
 */
export function conv2d(x: Tensor, w: Tensor, options: Conv2dOptions = {}): Tensor {
  [x, w] = operands('conv2d', [x, w]);
  if (x.rank !== 4 || w.rank !== 4) {
    throw new Error(`conv2d: x must be [B, C, H, W] and w [O, C/groups, kH, kW] (rank 4), got ${fmt(x.shape)} and ${fmt(w.shape)}`);
  }
  const dt = promoteTypes(x.dtype, w.dtype);
  const p = convParams('conv2d', options, x.shape[2], x.shape[3], w.shape[2], w.shape[3]);
  return runOp1(conv2dOp, [cast(x, dt), cast(w, dt)], p);
}

/** A constant [1, 1, kH, kW] filter of `value` on x's device and dtype (average pooling as a convolution). */
export function constantFilter(like: Tensor, kH: number, kW: number, value: number): Tensor {
  return full([1, 1, kH, kW], value, { dtype: like.dtype, device: like.device });
}
