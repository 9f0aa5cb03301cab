/**
 * Batch normalisation of images in train mode as one fused op, NCHW. For x [B, C, H, W], per
 * channel c over its N = B·H·W elements:
 *
 *   μ_c = (1/N) Σ_{b,h,w} x[b, c, h, w],    σ²_c = (1/N) Σ_{b,h,w} (x[b, c, h, w] − μ_c)²   (biased)
 *   r_c = 1/√(σ²_c + ε),    x̂ = (x − μ_c)·r_c,    y = x̂·γ_c + β_c      (γ = 1, β = 0 when absent)
 *
 * `batchNorm2d(x, γ?, β?) = [y, μ, σ²]`: μ and σ² are outputs so that running statistics are
 * updated without a second pass (nn.batchNorm2d.applyWithStats). Gradients, with the batch
 * statistics depending on x (train mode), for cotangents ȳ, μ̄, σ̄²:
 *
 *   ∂γ_c = Σ ȳ·x̂,    ∂β_c = Σ ȳ
 *   ∂x   = (γ_c r_c / N)·(N·ȳ − Σ ȳ − x̂·Σ ȳ·x̂)  +  μ̄_c/N  +  2 σ̄²_c (x − μ_c)/N
 *
 * (sums per channel over (b, h, w)). The first line and the first term are the primitive
 * `batchNorm2dGrad(x, μ, σ², γ?, ȳ) = [∂x, Σ ȳ·x̂, Σ ȳ]`, one fused kernel; the μ̄ and σ̄² terms
 * (zero where the statistics only feed running averages, as in nn.batchNorm2d) are composed.
 * `batchNorm2dGrad` reads its operands as independent inputs — μ and σ² are the forward op's
 * outputs, so the graph routes their share of a second derivative back through the forward VJP —
 * and its own VJP differentiates its reference composition (the formula above written with
 * differentiable ops), so gradients nest to any order (second-order MAML through a ConvNet).
 *
 * Kernels: TypeScript loops (per channel a pass for μ, one for σ², one writing y; sums in
 * float64 for both dtypes), Wasm (assembly/norm.ts: the same loops, channels split across
 * threads, bit-identical to the TypeScript kernels) and WGSL (norm-wgsl.ts: a workgroup per
 * channel, f32). Each op's reference is the composition nn.batchNorm2d used before this op
 * (reshape, sums, rsqrt, per-channel products), which backends without a kernel run.
 */
import type { TensorMeta } from '../backend.js';
import { vjp } from '../autodiff.js';
import { zerosLike } from '../creation.js';
import type { AnyTypedArray } from '../dtype.js';
import { promoteTypes } from '../dtype.js';
import type { OpDef } from '../op.js';
import { runOp, shapeError } from '../op.js';
import { fmt } from '../shape.js';
import { Tensor } from '../tensor.js';
import { wasmBatchNorm, wasmBatchNormGrad } from '../backends/wasm/norm.js';
import { add, cast, div, mul, operands, rsqrt, square, sub } from './elementwise.js';
import { gpuBatchNorm, gpuBatchNormGrad } from './norm-wgsl.js';
import { sum } from './reduce.js';
import { broadcastTo, reshape } from './shape-ops.js';

/** `batchNorm2d`: ε and which of the optional operands γ, β follow x (in that order). */
export interface BatchNorm2dParams {
  readonly eps: number;
  readonly gamma: boolean;
  readonly beta: boolean;
}

/** `batchNorm2dGrad`: ε and whether γ is an operand (inputs x, μ, σ², γ?, ȳ). */
export interface BatchNorm2dGradParams {
  readonly eps: number;
  readonly gamma: boolean;
}

// ---------------------------------------------------------------------------------------------
// per-channel helpers (also nn's convolution bias)

/**
 * A per-channel vector v [C] as a column [B·C, 1] against x viewed as [B·C, H·W]: a per-row
 * operand, the broadcast the elementwise Wasm kernels take (a [1, C, 1, 1] operand against
 * [B, C, H, W] is not).
 */
export function perChannelRows(v: Tensor, B: number): Tensor {
  const C = v.shape[0];
  return reshape(broadcastTo(reshape(v, [1, C]), [B, C]), [B * C, 1]);
}

/** Σ over (B, H·W) of z [B·C, H·W] -> [C]. */
function channelSum(z: Tensor, B: number, C: number): Tensor {
  return sum(reshape(sum(z, 1), [B, C]), 0);
}

// ---------------------------------------------------------------------------------------------
// shape rules

function checkVector(op: string, name: string, m: TensorMeta, x: TensorMeta): void {
  const C = x.shape[1];
  if (m.shape.length !== 1 || m.shape[0] !== C) throw shapeError(op, `${name} must be [C] = [${C}] for x [B, C, H, W]`, x.shape, m.shape);
  if (m.dtype !== x.dtype) throw new Error(`${op}: ${name} must have x's dtype ${x.dtype}, got ${m.dtype}${fmt(m.shape)}`);
}

function checkImage(op: string, name: string, m: TensorMeta): void {
  if (m.dtype !== 'f32' && m.dtype !== 'f64') throw new Error(`${op}: ${name} must be f32 or f64, got ${m.dtype}${fmt(m.shape)}`);
  if (m.shape.length !== 4) throw shapeError(op, `${name} must be [B, C, H, W] (rank 4)`, m.shape);
  const [B, , H, W] = m.shape;
  if (B * H * W === 0) throw shapeError(op, `batch statistics need at least one element per channel (B·H·W ≥ 1)`, m.shape);
}

/** The operand indices of γ and β among [x, γ?, β?]. */
function affineAt(p: BatchNorm2dParams): { g: number; b: number } {
  return { g: p.gamma ? 1 : -1, b: p.beta ? (p.gamma ? 2 : 1) : -1 };
}

function inferForward(ins: readonly TensorMeta[], p: BatchNorm2dParams): TensorMeta[] {
  const want = 1 + (p.gamma ? 1 : 0) + (p.beta ? 1 : 0);
  if (ins.length !== want) throw new Error(`batchNorm2d: expected ${want} operands (x${p.gamma ? ', γ' : ''}${p.beta ? ', β' : ''}), got ${ins.length}`);
  const [x] = ins;
  checkImage('batchNorm2d', 'x', x);
  const at = affineAt(p);
  if (at.g > 0) checkVector('batchNorm2d', 'γ', ins[at.g], x);
  if (at.b > 0) checkVector('batchNorm2d', 'β', ins[at.b], x);
  const c = { shape: [x.shape[1]], dtype: x.dtype };
  return [{ shape: x.shape, dtype: x.dtype }, c, c];
}

function inferBackward(ins: readonly TensorMeta[], p: BatchNorm2dGradParams): TensorMeta[] {
  const want = p.gamma ? 5 : 4;
  if (ins.length !== want) throw new Error(`batchNorm2dGrad: expected ${want} operands (x, μ, σ²${p.gamma ? ', γ' : ''}, ȳ), got ${ins.length}`);
  const x = ins[0];
  const gy = ins[want - 1];
  checkImage('batchNorm2dGrad', 'x', x);
  checkVector('batchNorm2dGrad', 'μ', ins[1], x);
  checkVector('batchNorm2dGrad', 'σ²', ins[2], x);
  if (p.gamma) checkVector('batchNorm2dGrad', 'γ', ins[3], x);
  if (gy.dtype !== x.dtype || gy.shape.length !== 4 || gy.shape.some((d, i) => d !== x.shape[i])) {
    throw shapeError('batchNorm2dGrad', `ȳ must have x's shape and dtype ${x.dtype}`, x.shape, gy.shape);
  }
  const c = { shape: [x.shape[1]], dtype: x.dtype };
  return [{ shape: x.shape, dtype: x.dtype }, c, c];
}

// ---------------------------------------------------------------------------------------------
// TypeScript kernels

/** The loops' geometry: channel c's elements are B runs of HW at (b·C + c)·HW. */
interface Planes {
  readonly B: number;
  readonly C: number;
  readonly HW: number;
}

const planes = (shape: readonly number[]): Planes => ({ B: shape[0], C: shape[1], HW: shape[2] * shape[3] });

/*
 * Summation order, shared with the Wasm kernels (assembly/norm.ts) so that both give the same
 * bits: each run of HW elements is read in quads (x[i], x[i+1], x[i+2], x[i+3]) from its start,
 * four float64 partial sums s0…s3 take the quads' elements (two SIMD lanes pairs in Wasm) and a
 * fifth, r, the run's last HW mod 4 elements; the total is ((s0 + s2) + (s1 + s3)) + r. Four
 * independent chains instead of one also keep the loop from waiting on each addition's latency.
 */

/** y, μ, σ² per channel: Σ x, then Σ (x − μ)² about the stored μ, then y; sums in float64. */
export function batchNormKernel(
  x: AnyTypedArray,
  gamma: AnyTypedArray | null,
  beta: AnyTypedArray | null,
  y: AnyTypedArray,
  mean: AnyTypedArray,
  variance: AnyTypedArray,
  { B, C, HW }: Planes,
  eps: number,
): void {
  const N = B * HW;
  for (let c = 0; c < C; c++) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let r = 0;
    for (let b = 0; b < B; b++) {
      let i = (b * C + c) * HW;
      const e = i + HW;
      for (; i + 4 <= e; i += 4) {
        s0 += x[i];
        s1 += x[i + 1];
        s2 += x[i + 2];
        s3 += x[i + 3];
      }
      for (; i < e; i++) r += x[i];
    }
    mean[c] = (s0 + s2 + (s1 + s3) + r) / N;
    const m = mean[c]; // as stored (rounded to f32 for f32): y and σ² centre on the same μ
    s0 = s1 = s2 = s3 = r = 0;
    for (let b = 0; b < B; b++) {
      let i = (b * C + c) * HW;
      const e = i + HW;
      for (; i + 4 <= e; i += 4) {
        const d0 = x[i] - m;
        const d1 = x[i + 1] - m;
        const d2 = x[i + 2] - m;
        const d3 = x[i + 3] - m;
        s0 += d0 * d0;
        s1 += d1 * d1;
        s2 += d2 * d2;
        s3 += d3 * d3;
      }
      for (; i < e; i++) {
        const d = x[i] - m;
        r += d * d;
      }
    }
    variance[c] = (s0 + s2 + (s1 + s3) + r) / N;
    const rstd = 1 / Math.sqrt(variance[c] + eps);
    const a = gamma === null ? rstd : gamma[c] * rstd;
    const t = beta === null ? 0 : beta[c];
    for (let b = 0; b < B; b++) for (let i = (b * C + c) * HW, e = i + HW; i < e; i++) y[i] = (x[i] - m) * a + t;
  }
}

/** ∂x, Σ ȳ·x̂, Σ ȳ per channel: one pass for both sums, one writing ∂x; sums in float64. */
export function batchNormGradKernel(
  x: AnyTypedArray,
  mean: AnyTypedArray,
  variance: AnyTypedArray,
  gamma: AnyTypedArray | null,
  gy: AnyTypedArray,
  dx: AnyTypedArray,
  dgamma: AnyTypedArray,
  dbeta: AnyTypedArray,
  { B, C, HW }: Planes,
  eps: number,
): void {
  const N = B * HW;
  for (let c = 0; c < C; c++) {
    const m = mean[c];
    const rstd = 1 / Math.sqrt(variance[c] + eps);
    // Σ ȳ in g0…g3, rg; Σ ȳ (x − μ) in d0…d3, rd
    let g0 = 0;
    let g1 = 0;
    let g2 = 0;
    let g3 = 0;
    let rg = 0;
    let d0 = 0;
    let d1 = 0;
    let d2 = 0;
    let d3 = 0;
    let rd = 0;
    for (let b = 0; b < B; b++) {
      let i = (b * C + c) * HW;
      const e = i + HW;
      for (; i + 4 <= e; i += 4) {
        g0 += gy[i];
        g1 += gy[i + 1];
        g2 += gy[i + 2];
        g3 += gy[i + 3];
        d0 += gy[i] * (x[i] - m);
        d1 += gy[i + 1] * (x[i + 1] - m);
        d2 += gy[i + 2] * (x[i + 2] - m);
        d3 += gy[i + 3] * (x[i + 3] - m);
      }
      for (; i < e; i++) {
        rg += gy[i];
        rd += gy[i] * (x[i] - m);
      }
    }
    const sg = g0 + g2 + (g1 + g3) + rg;
    const sgx = (d0 + d2 + (d1 + d3) + rd) * rstd; // Σ ȳ x̂
    dgamma[c] = sgx;
    dbeta[c] = sg;
    // ∂x = γ r (ȳ − Σȳ/N − (x − μ) r Σȳx̂/N)
    const k = gamma === null ? rstd : gamma[c] * rstd;
    const a1 = sg / N;
    const a2 = (sgx * rstd) / N;
    for (let b = 0; b < B; b++) for (let i = (b * C + c) * HW, e = i + HW; i < e; i++) dx[i] = k * (gy[i] - a1 - (x[i] - m) * a2);
  }
}

// ---------------------------------------------------------------------------------------------
// reference compositions

/** y, μ, σ² composed of differentiable ops on x viewed as [B·C, H·W] (what runs without a kernel). */
export function batchNorm2dReference(ins: readonly Tensor[], p: BatchNorm2dParams): Tensor[] {
  const [x] = ins;
  const at = affineAt(p);
  const [B, C, H, W] = x.shape;
  const n = B * H * W;
  const x2 = reshape(x, [B * C, H * W]);
  const mu = div(channelSum(x2, B, C), n);
  const centred = sub(x2, perChannelRows(mu, B));
  const v = div(channelSum(square(centred), B, C), n);
  // y = (x − μ) · (γ / √(σ² + ε)) + β, the per-channel factors folded first
  let a = rsqrt(add(v, p.eps));
  if (at.g > 0) a = mul(a, ins[at.g]);
  let y = mul(centred, perChannelRows(a, B));
  if (at.b > 0) y = add(y, perChannelRows(ins[at.b], B));
  return [reshape(y, x.shape), mu, v];
}

/** [∂x, Σ ȳ·x̂, Σ ȳ] of x, μ, σ², γ?, ȳ taken as independent operands, composed of differentiable ops. */
export function batchNorm2dGradReference(ins: readonly Tensor[], p: BatchNorm2dGradParams): Tensor[] {
  const [x, mu, v] = ins;
  const gy = ins[ins.length - 1];
  const [B, C, H, W] = x.shape;
  const n = B * H * W;
  const r = rsqrt(add(v, p.eps)); // [C]
  const xhat = mul(sub(reshape(x, [B * C, H * W]), perChannelRows(mu, B)), perChannelRows(r, B));
  const g2 = reshape(gy, [B * C, H * W]);
  const sg = channelSum(g2, B, C);
  const sgx = channelSum(mul(g2, xhat), B, C);
  const k = p.gamma ? mul(ins[3], r) : r;
  const inner = sub(sub(g2, perChannelRows(div(sg, n), B)), mul(xhat, perChannelRows(div(sgx, n), B)));
  return [reshape(mul(inner, perChannelRows(k, B)), x.shape), sgx, sg];
}

// ---------------------------------------------------------------------------------------------
// the ops

export const batchNorm2dOp: OpDef<'batchNorm2d'> = {
  name: 'batchNorm2d',
  overwrites: true,
  infer: inferForward,
  kernels: {
    cpu: (ins, inMeta, outs, _o, p) => {
      const at = affineAt(p);
      batchNormKernel(ins[0], at.g > 0 ? ins[at.g] : null, at.b > 0 ? ins[at.b] : null, outs[0], outs[1], outs[2], planes(inMeta[0].shape), p.eps);
    },
    wasm: (ins, inMeta, outs, _o, p) => {
      const at = affineAt(p);
      return wasmBatchNorm(ins[0], at.g > 0 ? ins[at.g] : null, at.b > 0 ? ins[at.b] : null, outs[0], outs[1], outs[2], planes(inMeta[0].shape), p.eps);
    },
    webgpu: (gpu, ins, inMeta, outs, _o, p) => {
      const at = affineAt(p);
      gpuBatchNorm(gpu, ins[0], at.g > 0 ? ins[at.g] : null, at.b > 0 ? ins[at.b] : null, outs, planes(inMeta[0].shape), p.eps);
    },
  },
  vjp: ([gy, gmu, gv], { inputs, outputs: [, mu, v], params: p }) => {
    const [x] = inputs;
    const at = affineAt(p);
    let dx: Tensor | null = null;
    let dgamma: Tensor | null = null;
    let dbeta: Tensor | null = null;
    if (gy) {
      const gradIns = at.g > 0 ? [x, mu, v, inputs[at.g], gy] : [x, mu, v, gy];
      [dx, dgamma, dbeta] = runOp(batchNorm2dGradOp, gradIns, { eps: p.eps, gamma: p.gamma });
    }
    if (gmu || gv) {
      // the statistics' own cotangents: ∂μ/∂x = 1/N, ∂σ²/∂x = 2(x − μ)/N
      const [B, C, H, W] = x.shape;
      const n = B * H * W;
      let t: Tensor | null = null;
      if (gv) t = mul(sub(reshape(x, [B * C, H * W]), perChannelRows(mu, B)), perChannelRows(mul(gv, 2 / n), B));
      if (gmu) {
        const m = perChannelRows(div(gmu, n), B);
        t = t === null ? broadcastTo(m, [B * C, H * W]) : add(t, m);
      }
      if (t !== null) dx = dx === null ? reshape(t, x.shape) : add(dx, reshape(t, x.shape));
    }
    const cts: (Tensor | null)[] = [dx];
    if (at.g > 0) cts.push(dgamma);
    if (at.b > 0) cts.push(dbeta);
    return cts;
  },
  reference: batchNorm2dReference,
};

/**
 * The fused backward of `batchNorm2d`: inputs x, μ, σ², γ? (params.gamma), ȳ; outputs
 * ∂x = (γ r/N)(N ȳ − Σ ȳ − x̂ Σ ȳ x̂) [B, C, H, W], Σ ȳ·x̂ [C] (= ∂γ) and Σ ȳ [C] (= ∂β), with
 * x̂ = (x − μ) r, r = 1/√(σ² + ε). Its VJP is the VJP of its reference composition, so
 * derivatives of any order stay exact (and cost the composition's ops, not a fused kernel).
 */
export const batchNorm2dGradOp: OpDef<'batchNorm2dGrad'> = {
  name: 'batchNorm2dGrad',
  overwrites: true,
  infer: inferBackward,
  kernels: {
    cpu: (ins, inMeta, outs, _o, p) => {
      const gy = ins[ins.length - 1];
      batchNormGradKernel(ins[0], ins[1], ins[2], p.gamma ? ins[3] : null, gy, outs[0], outs[1], outs[2], planes(inMeta[0].shape), p.eps);
    },
    wasm: (ins, inMeta, outs, _o, p) => {
      const gy = ins[ins.length - 1];
      return wasmBatchNormGrad(ins[0], ins[1], ins[2], p.gamma ? ins[3] : null, gy, outs[0], outs[1], outs[2], planes(inMeta[0].shape), p.eps);
    },
    webgpu: (gpu, ins, inMeta, outs, _o, p) => {
      gpuBatchNormGrad(gpu, ins[0], ins[1], ins[2], p.gamma ? ins[3] : null, ins[ins.length - 1], outs, planes(inMeta[0].shape), p.eps);
    },
  },
  vjp: (cts, { inputs, outputs, params: p }) => {
    const [, pullback] = vjp((...xs: Tensor[]) => batchNorm2dGradReference(xs, p), ...inputs);
    return pullback(cts.map((c, i) => c ?? zerosLike(outputs[i])));
  },
  reference: batchNorm2dGradReference,
};

// ---------------------------------------------------------------------------------------------
// public function

export interface BatchNorm2dOptions {
  /** Scale γ [C] (default: none, γ = 1). */
  readonly gamma?: Tensor;
  /** Shift β [C] (default: none, β = 0). */
  readonly beta?: Tensor;
  /** ε added to σ² (default 1e-5). */
  readonly eps?: number;
}

/**
 * Batch normalisation with the batch's statistics (train mode), per channel over (B, H, W):
 *   y = (x − μ_c)/√(σ²_c + ε) · γ_c + β_c,   μ_c, σ²_c the mean and biased variance of x[:, c].
 * x: [B, C, H, W], γ, β: [C] -> { y [B, C, H, W], mean μ [C], var σ² [C] }. f32 or f64 (mixed
 * operands are promoted). Differentiable to any order in x, γ, β, through all three outputs.
 */
export function batchNorm2d(x: Tensor, options: BatchNorm2dOptions = {}): { y: Tensor; mean: Tensor; var: Tensor } {
  const { gamma, beta, eps = 1e-5 } = options;
  const given = [x, gamma, beta].filter((t): t is Tensor => t !== undefined);
  for (const t of given) if (!(t instanceof Tensor)) throw new Error(`batchNorm2d: x, gamma and beta must be Tensors, got ${typeof t}`);
  if (typeof eps !== 'number' || !(eps >= 0)) throw new Error(`batchNorm2d: eps must be a number ≥ 0, got ${String(eps)}`);
  if (x.rank !== 4) throw new Error(`batchNorm2d: x must be [B, C, H, W] (rank 4), got ${fmt(x.shape)}`);
  const ts = operands('batchNorm2d', given);
  const dt = ts.reduce((d, t) => promoteTypes(d, t.dtype), ts[0].dtype);
  const [y, mean, v] = runOp(
    batchNorm2dOp,
    ts.map((t) => cast(t, dt)),
    { eps, gamma: gamma !== undefined, beta: beta !== undefined },
  );
  return { y, mean, var: v };
}
