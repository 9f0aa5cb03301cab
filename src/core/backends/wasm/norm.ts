/**
 * The fused batch norm and its backward on the Wasm kernels (assembly/norm.ts), channels split
 * across threads; the same results as the TypeScript kernels of src/core/ops/norm.ts, bit for bit
 * (the same float64 sums in the same order).
 */
import type { AnyTypedArray } from '../../dtype.js';
import { writeBatchNormBlock, writeBatchNormGradBlock } from './kernels.generated.js';
import { parallelFor } from './pool.js';
import { arenaBegin, arenaOut, arenaPut, arenaTake, bytesOf, floatKind, heapWords, kernelId, PARAM_BLOCK, wasm } from './runtime.js';

const BATCH_NORM = { F32: kernelId('batchNormF32'), F64: kernelId('batchNormF64') };
const BATCH_NORM_GRAD = { F32: kernelId('batchNormGradF32'), F64: kernelId('batchNormGradF64') };
/** Below this many elements of x the TypeScript loops are as fast as the call. */
const MIN_ELEMENTS = 1 << 13;
/** Elements per thread below which one thread does all channels. */
const MIN_PARALLEL_ELEMENTS = 1 << 15;

/** x [B, C, HW] viewed as channels of B runs of HW. */
interface Planes {
  readonly B: number;
  readonly C: number;
  readonly HW: number;
}

const present = (...xs: readonly (AnyTypedArray | null)[]): AnyTypedArray[] => xs.filter((a): a is AnyTypedArray => a !== null);
const minChannels = ({ B, HW }: Planes): number => Math.max(1, Math.ceil(MIN_PARALLEL_ELEMENTS / (B * HW)));

/** y, mean, variance of x (γ, β: null when absent); false when it declines. */
export function wasmBatchNorm(
  x: AnyTypedArray,
  gamma: AnyTypedArray | null,
  beta: AnyTypedArray | null,
  y: AnyTypedArray,
  mean: AnyTypedArray,
  variance: AnyTypedArray,
  pl: Planes,
  eps: number,
): boolean {
  if (x.length < MIN_ELEMENTS) return false;
  const rt = wasm();
  if (rt === null) return false;
  const kind = floatKind(x, y, mean, variance, ...present(gamma, beta));
  if (kind === null) return false;
  const e = Float64Array.of(eps);
  arenaBegin(bytesOf(x, y, mean, variance, e, ...present(gamma, beta)));
  const px = arenaPut(rt, x);
  const pg = gamma === null ? 0 : arenaPut(rt, gamma);
  const pb = beta === null ? 0 : arenaPut(rt, beta);
  const pe = arenaPut(rt, e);
  const py = arenaOut(rt, y);
  const pm = arenaOut(rt, mean);
  const pv = arenaOut(rt, variance);
  writeBatchNormBlock(heapWords(), PARAM_BLOCK, {
    x: px,
    gamma: pg,
    beta: pb,
    y: py,
    mean: pm,
    variance: pv,
    eps: pe,
    B: pl.B,
    C: pl.C,
    HW: pl.HW,
    withGamma: gamma !== null,
    withBeta: beta !== null,
  });
  parallelFor(rt, BATCH_NORM[kind], PARAM_BLOCK, pl.C, minChannels(pl));
  arenaTake(rt, y, py);
  arenaTake(rt, mean, pm);
  arenaTake(rt, variance, pv);
  return true;
}

/** dx, dgamma (Σȳx̂), dbeta (Σȳ) of x, mean, variance, γ (null when absent), ȳ; false when it declines. */
export function wasmBatchNormGrad(
  x: AnyTypedArray,
  mean: AnyTypedArray,
  variance: AnyTypedArray,
  gamma: AnyTypedArray | null,
  gy: AnyTypedArray,
  dx: AnyTypedArray,
  dgamma: AnyTypedArray,
  dbeta: AnyTypedArray,
  pl: Planes,
  eps: number,
): boolean {
  if (x.length < MIN_ELEMENTS) return false;
  const rt = wasm();
  if (rt === null) return false;
  const kind = floatKind(x, mean, variance, gy, dx, dgamma, dbeta, ...present(gamma));
  if (kind === null) return false;
  const e = Float64Array.of(eps);
  arenaBegin(bytesOf(x, mean, variance, gy, dx, dgamma, dbeta, e, ...present(gamma)));
  const px = arenaPut(rt, x);
  const pm = arenaPut(rt, mean);
  const pv = arenaPut(rt, variance);
  const pg = gamma === null ? 0 : arenaPut(rt, gamma);
  const pgy = arenaPut(rt, gy);
  const pe = arenaPut(rt, e);
  const pdx = arenaOut(rt, dx);
  const pdg = arenaOut(rt, dgamma);
  const pdb = arenaOut(rt, dbeta);
  writeBatchNormGradBlock(heapWords(), PARAM_BLOCK, {
    x: px,
    mean: pm,
    variance: pv,
    gamma: pg,
    gy: pgy,
    dx: pdx,
    dgamma: pdg,
    dbeta: pdb,
    eps: pe,
    B: pl.B,
    C: pl.C,
    HW: pl.HW,
    withGamma: gamma !== null,
  });
  parallelFor(rt, BATCH_NORM_GRAD[kind], PARAM_BLOCK, pl.C, minChannels(pl));
  arenaTake(rt, dx, pdx);
  arenaTake(rt, dgamma, pdg);
  arenaTake(rt, dbeta, pdb);
  return true;
}
