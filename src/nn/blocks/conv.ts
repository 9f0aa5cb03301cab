/**
 * Convolutional building blocks, NCHW: `conv2d` (a convolution layer with variance-scaling
 * init), `batchNorm2d` (batch normalisation over (B, H, W) per channel) and `convNet`, the
 * standard few-shot network of MAML (Finn et al. 2017) and its successors:
 *
 *   4 × [conv 3×3 (64 channels, 'same'), batch norm, ReLU, max-pool 2×2] -> flatten -> dense
 */
import { zeros } from '../../core/creation.js';
import { add, mul, relu, rsqrt, sub } from '../../core/ops/elementwise.js';
import type { ConvPadding } from '../../core/ops/conv.js';
import { conv2d as conv2dOp } from '../../core/ops/conv.js';
import { batchNorm2d as batchNorm2dTrain, perChannelRows } from '../../core/ops/norm.js';
import { maxPool2d } from '../../core/ops/pool.js';
import { reshape, transpose } from '../../core/ops/shape-ops.js';
import { stopGradient } from '../../core/autodiff.js';
import * as random from '../../core/random.js';
import type { Key } from '../../core/random.js';
import { Tensor } from '../../core/tensor.js';
import type { Layer } from '../types.js';
import { resolveConfig } from '../types.js';
import type { Labels } from '../labels.js';
import { labelFields } from '../labels.js';
import type { BatchNormConfig, BatchNormParams, BatchNormStats } from './norm.js';
import { batchNorm } from './norm.js';
import type { DenseDistribution, DenseInit, DenseParams } from './dense.js';
import { DENSE_DISTRIBUTIONS, DENSE_INITS, dense, varianceScaling } from './dense.js';
import type { FloatDType } from './util.js';
import { checkFloatDType, checkKind, checkOneOf, checkPositiveInt } from './util.js';

// ---------------------------------------------------------------------------------------------
// conv2d

export interface Conv2dConfig {
  /** Input channels C. */
  cIn: number;
  /** Output channels O. */
  cOut: number;
  /** Kernel [kH, kW]. */
  kernel: [number, number];
  stride: [number, number];
  dilation: [number, number];
  /** 'same' (OH = ⌈H / sH⌉), 'valid' (none), or zeros on each side: a number or [h, w]. */
  padding: ConvPadding;
  /** Channel groups G (C and O multiples of G). */
  groups: number;
  /** Add a per-channel bias b (initialised to zero). */
  bias: boolean;
  /** Variance-scaling scheme of w with fan_in = C/G·kH·kW and fan_out = O/G·kH·kW; 'he' is Kaiming's (He et al. 2015). */
  init: DenseInit;
  distribution: DenseDistribution;
  dtype: FloatDType;
}

/**
 * `w: [O, C/G, kH, kW]`, `b: [O]` (when `bias`), and the static geometry: strides, dilations,
 * groups and the padding ('same', 'valid' or 'explicit' with `padH`, `padW`).
 */
export type Conv2dParams = {
  readonly w: Tensor;
  readonly b?: Tensor;
  readonly kind: 'conv2d';
  readonly strideH: number;
  readonly strideW: number;
  readonly dilationH: number;
  readonly dilationW: number;
  readonly groups: number;
  readonly padding: 'same' | 'valid' | 'explicit';
  readonly padH: number;
  readonly padW: number;
};

function pairConfig(layer: string, name: string, v: unknown): [number, number] {
  if (!Array.isArray(v) || v.length !== 2 || !v.every((n) => Number.isInteger(n) && (n as number) >= 1)) {
    throw new Error(`${layer}: config.${name} must be a pair [h, w] of positive integers, got ${JSON.stringify(v)}`);
  }
  return [v[0] as number, v[1] as number];
}

function explicitPadding(v: unknown): v is number | readonly [number, number] {
  const ok = (n: unknown): boolean => Number.isInteger(n) && (n as number) >= 0;
  return ok(v) || (Array.isArray(v) && v.length === 2 && v.every(ok));
}

/**
 * 2-D convolution layer (NCHW): y = conv2d(x, w) + b.
 *
 * `x: [B, C, H, W]` -> `[B, O, OH, OW]` (see the op `conv2d` for OH, OW). Init: w drawn with
 * Var = s / n from the variance-scaling scheme (default 'he', normal: Kaiming's N(0, 2 / fan_in));
 * b = 0.
 */
export const conv2d: Layer<Conv2dConfig, Conv2dParams> = {
  defaultConfig: () => ({
    cIn: 1,
    cOut: 1,
    kernel: [3, 3],
    stride: [1, 1],
    dilation: [1, 1],
    padding: 'same',
    groups: 1,
    bias: true,
    init: 'he',
    distribution: 'normal',
    dtype: 'f32',
  }),
  init(key: Key, config?: Partial<Conv2dConfig>): Conv2dParams {
    // padding is a string or a pair: checked here rather than against the default's type
    const { padding, ...rest } = config ?? {};
    const c = { ...resolveConfig('conv2d', conv2d.defaultConfig(), rest), ...(padding !== undefined ? { padding } : {}) };
    checkPositiveInt('conv2d', 'cIn', c.cIn);
    checkPositiveInt('conv2d', 'cOut', c.cOut);
    checkPositiveInt('conv2d', 'groups', c.groups);
    if (c.cIn % c.groups !== 0 || c.cOut % c.groups !== 0) {
      throw new Error(`conv2d: config.cIn (${c.cIn}) and config.cOut (${c.cOut}) must be multiples of config.groups (${c.groups})`);
    }
    const [kH, kW] = pairConfig('conv2d', 'kernel', c.kernel);
    const [sH, sW] = pairConfig('conv2d', 'stride', c.stride);
    const [dH, dW] = pairConfig('conv2d', 'dilation', c.dilation);
    checkOneOf('conv2d', 'init', c.init, DENSE_INITS);
    checkOneOf('conv2d', 'distribution', c.distribution, DENSE_DISTRIBUTIONS);
    checkFloatDType('conv2d', c.dtype);
    let pad: Pick<Conv2dParams, 'padding' | 'padH' | 'padW'>;
    if (c.padding === 'same' || c.padding === 'valid') pad = { padding: c.padding, padH: 0, padW: 0 };
    else if (explicitPadding(c.padding)) {
      const [h, w] = typeof c.padding === 'number' ? [c.padding, c.padding] : c.padding;
      pad = { padding: 'explicit', padH: h, padW: w };
    } else throw new Error(`conv2d: config.padding must be 'same', 'valid', an integer ≥ 0 or a pair [h, w] of them, got ${JSON.stringify(c.padding)}`);
    const cg = c.cIn / c.groups;
    const fanIn = cg * kH * kW;
    const fanOut = (c.cOut / c.groups) * kH * kW;
    // varianceScaling draws [fanIn, cOut] with fan_out = cOut; the scale corrects Glorot's variance to fan_out = O/G·kH·kW
    const scale = c.init === 'glorot' ? Math.sqrt((fanIn + c.cOut) / (fanIn + fanOut)) : 1;
    const w = reshape(transpose(varianceScaling(key, fanIn, c.cOut, c.init, c.distribution, c.dtype, scale)), [c.cOut, cg, kH, kW]);
    return {
      w,
      ...(c.bias ? { b: zeros([c.cOut], { dtype: c.dtype }) } : {}),
      kind: 'conv2d',
      strideH: sH,
      strideW: sW,
      dilationH: dH,
      dilationW: dW,
      groups: c.groups,
      ...pad,
    };
  },
  apply(params: Conv2dParams, x: Tensor): Tensor {
    checkKind('conv2d', params, 'conv2d');
    if (!(x instanceof Tensor) || x.rank !== 4 || x.shape[1] !== params.w.shape[1] * params.groups) {
      const c = params.w.shape[1] * params.groups;
      throw new Error(
        `conv2d.apply: x must be [B, C, H, W] with C = ${c} (from the parameters), got ${x instanceof Tensor ? `[${x.shape.join(', ')}]` : typeof x}`,
      );
    }
    const y = conv2dOp(x, params.w, {
      stride: [params.strideH, params.strideW],
      dilation: [params.dilationH, params.dilationW],
      padding: params.padding === 'explicit' ? [params.padH, params.padW] : params.padding,
      groups: params.groups,
    });
    if (params.b === undefined) return y;
    const [B, O, OH, OW] = y.shape;
    return reshape(add(reshape(y, [B * O, OH * OW]), perChannelRows(params.b, B)), y.shape);
  },
  /** w: 'weight', b: 'bias'. */
  labels: (params: Conv2dParams): Labels<Conv2dParams> => labelFields('conv2d', params, (k) => (k === 'b' ? 'bias' : 'weight')),
};

// ---------------------------------------------------------------------------------------------
// batch norm over (B, H, W)

function checkChannels(where: string, params: BatchNormParams, x: Tensor): void {
  const p = params.gamma ?? params.beta;
  if (!(x instanceof Tensor) || x.rank !== 4 || (p !== undefined && x.shape[1] !== p.shape[0])) {
    throw new Error(
      `${where}: x must be [B, C, H, W]${p !== undefined ? ` with C = ${p.shape[0]} (from the parameters)` : ''}, got ${x instanceof Tensor ? `[${x.shape.join(', ')}]` : typeof x}`,
    );
  }
}

/**
 * Batch normalisation of images (Ioffe & Szegedy 2015), per channel over (B, H, W):
 *   y = (x − μ_c) / √(σ²_c + ε) ⊙ γ_c + β_c,
 * with μ, σ² of this batch in train mode and the running statistics in eval mode. The
 * parameters, statistics and their update are `nn.batchNorm`'s (its config `dim` is C):
 * r ← momentum · r + (1 − momentum) · batch statistic.
 *
 * `x: [B, C, H, W]` -> `[B, C, H, W]`.
 */
export const batchNorm2d = {
  defaultConfig: (): BatchNormConfig => batchNorm.defaultConfig(),
  /** `config.dim` is the number of channels C. */
  init: (key: Key, config?: Partial<BatchNormConfig>): BatchNormParams => batchNorm.init(key, config),
  initStats: (params: BatchNormParams): BatchNormStats => batchNorm.initStats(params),
  apply(params: BatchNormParams, x: Tensor, options?: { train?: boolean; stats?: BatchNormStats }): Tensor {
    checkChannels('batchNorm2d.apply', params, x);
    // train mode: the fused op (core/ops/norm.ts), one pass for the statistics and y, one fused backward
    if (options?.train === true) return batchNorm2dTrain(x, { gamma: params.gamma, beta: params.beta, eps: params.eps }).y;
    const s = options?.stats;
    if (s === undefined)
      throw new Error(
        'batchNorm2d: eval mode needs options.stats (running statistics from initStats/applyWithStats); pass { train: true } to use batch statistics',
      );
    const [B, C, H, W] = x.shape;
    // y = (x − μ) · (γ / √(σ² + ε)) + β, the per-channel factors folded first
    let a = rsqrt(add(s.var, params.eps));
    if (params.gamma !== undefined) a = mul(a, params.gamma);
    let y = mul(sub(reshape(x, [B * C, H * W]), perChannelRows(s.mean, B)), perChannelRows(a, B));
    if (params.beta !== undefined) y = add(y, perChannelRows(params.beta, B));
    return reshape(y, [B, C, H, W]);
  },
  /**
   * Apply and return the updated running statistics (train mode: from the batch statistics the
   * fused op returns with y), or the same statistics (eval mode); they carry no gradient.
   */
  applyWithStats(params: BatchNormParams, stats: BatchNormStats, x: Tensor, options?: { train?: boolean }): [Tensor, BatchNormStats] {
    if (options?.train !== true) return [batchNorm2d.apply(params, x, { stats }), stats];
    checkChannels('batchNorm2d.applyWithStats', params, x);
    const out = batchNorm2dTrain(x, { gamma: params.gamma, beta: params.beta, eps: params.eps });
    const [mu, v] = stopGradient([out.mean, out.var]);
    const m = params.momentum;
    return [out.y, { mean: add(mul(stats.mean, m), mul(mu, 1 - m)), var: add(mul(stats.var, m), mul(v, 1 - m)) }];
  },
  /** γ and β are 'norm'. */
  labels: (params: BatchNormParams): Labels<BatchNormParams> => batchNorm.labels(params),
};

// ---------------------------------------------------------------------------------------------
// the few-shot ConvNet

export interface ConvNetConfig {
  /** Input channels (1: Omniglot/MNIST, 3: miniImageNet). */
  cIn: number;
  /** Input height and width [H, W] (fixes the width of the dense head). */
  inputSize: [number, number];
  /** Channels of every conv block. */
  hidden: number;
  /** Number of [conv, BN, ReLU, max-pool] blocks. */
  blocks: number;
  /** Output classes (N of N-way classification). */
  nClasses: number;
  /** Batch-norm ε and running-statistics momentum. */
  eps: number;
  momentum: number;
  dtype: FloatDType;
}

export type ConvNetBlockParams = { readonly conv: Conv2dParams; readonly norm: BatchNormParams };
/** The blocks, the dense head [hidden·h·w, nClasses] and the static kind. */
export type ConvNetParams = { readonly blocks: readonly ConvNetBlockParams[]; readonly head: DenseParams; readonly kind: 'convNet' };
/** Running statistics of each block's batch norm. */
export type ConvNetStats = readonly BatchNormStats[];

/** Spatial size after `blocks` max-pools of 2 (floor), as the network computes it. */
function pooledSize(n: number, blocks: number): number {
  for (let i = 0; i < blocks; i++) n = Math.floor(n / 2);
  return n;
}

/** One block: conv -> batch norm (batch statistics, or `stats`, updated in train mode) -> ReLU -> max-pool 2. */
function runBlock(blk: ConvNetBlockParams, x: Tensor, train: boolean, stats: BatchNormStats | undefined): [Tensor, BatchNormStats | undefined] {
  const h = conv2d.apply(blk.conv, x);
  let n: Tensor;
  let next: BatchNormStats | undefined;
  if (stats === undefined) n = batchNorm2d.apply(blk.norm, h, { train });
  else [n, next] = batchNorm2d.applyWithStats(blk.norm, stats, h, { train });
  return [maxPool2d(relu(n), { kernel: 2 }), next];
}

function runConvNet(params: ConvNetParams, x: Tensor, train: boolean, stats: ConvNetStats | undefined): [Tensor, BatchNormStats[]] {
  checkKind('convNet', params, 'convNet');
  if (stats !== undefined && stats.length !== params.blocks.length) {
    throw new Error(`convNet: options.stats has ${stats.length} entries for ${params.blocks.length} blocks; create them with nn.convNet.initStats`);
  }
  const next: BatchNormStats[] = [];
  let h = x;
  params.blocks.forEach((blk, i) => {
    const [y, s] = runBlock(blk, h, train, stats?.[i]);
    h = y;
    if (s !== undefined) next.push(s);
  });
  return [dense.apply(params.head, reshape(h, [h.shape[0], -1])), next];
}

/**
 * The 4-block ConvNet of few-shot learning (Vinyals et al. 2016; MAML, Finn et al. 2017):
 * per block conv 3×3 ('same', `hidden` channels) -> batch norm over (B, H, W) -> ReLU ->
 * max-pool 2×2; then the flattened features [B, hidden·h·w] -> dense -> logits.
 *
 * `x: [B, cIn, H, W]` -> `[B, nClasses]`. `options.train`: batch statistics (MAML's setting,
 * also at test time) or, with `options.stats`, the running statistics.
 */
export const convNet = {
  defaultConfig: (): ConvNetConfig => ({ cIn: 1, inputSize: [28, 28], hidden: 64, blocks: 4, nClasses: 5, eps: 1e-5, momentum: 0.9, dtype: 'f32' }),
  init(key: Key, config?: Partial<ConvNetConfig>): ConvNetParams {
    const c = resolveConfig('convNet', convNet.defaultConfig(), config);
    for (const k of ['cIn', 'hidden', 'blocks', 'nClasses'] as const) checkPositiveInt('convNet', k, c[k]);
    const [H, W] = pairConfig('convNet', 'inputSize', c.inputSize);
    const [h, w] = [pooledSize(H, c.blocks), pooledSize(W, c.blocks)];
    if (h < 1 || w < 1) throw new Error(`convNet: an input ${H}×${W} is pooled to nothing by ${c.blocks} max-pools of 2; use fewer blocks or larger inputs`);
    const keys = random.split(key, c.blocks + 1);
    const blocks = Array.from({ length: c.blocks }, (_, i) => ({
      conv: conv2d.init(keys[i], { cIn: i === 0 ? c.cIn : c.hidden, cOut: c.hidden, kernel: [3, 3], padding: 'same', dtype: c.dtype }),
      norm: batchNorm.init(keys[i], { dim: c.hidden, eps: c.eps, momentum: c.momentum, dtype: c.dtype }),
    }));
    return { blocks, head: dense.init(keys[c.blocks], { dIn: c.hidden * h * w, dOut: c.nClasses, dtype: c.dtype }), kind: 'convNet' };
  },
  /** Running statistics before any batch (mean 0, var 1 per block). */
  initStats: (params: ConvNetParams): ConvNetStats => params.blocks.map((b) => batchNorm.initStats(b.norm)),
  apply(params: ConvNetParams, x: Tensor, options?: { train?: boolean; stats?: ConvNetStats }): Tensor {
    if (options?.train !== true && options?.stats === undefined) {
      throw new Error('convNet: eval mode needs options.stats (from initStats/applyWithStats); pass { train: true } to use batch statistics');
    }
    return runConvNet(params, x, options?.train === true, options?.stats)[0];
  },
  /**
   * One block alone, x [B, C, H, W] -> [B, hidden, ⌊H/2⌋, ⌊W/2⌋]: conv, batch norm (batch
   * statistics in train mode, else `stats`), ReLU, max-pool 2.
   */
  block(params: ConvNetBlockParams, x: Tensor, train: boolean, stats?: BatchNormStats): Tensor {
    if (!train && stats === undefined) throw new Error('convNet.block: eval mode needs the running statistics of the block');
    return runBlock(params, x, train, stats)[0];
  },
  /** Apply and return the updated running statistics (train mode) or the same ones (eval mode). */
  applyWithStats(params: ConvNetParams, stats: ConvNetStats, x: Tensor, options?: { train?: boolean }): [Tensor, ConvNetStats] {
    return runConvNet(params, x, options?.train === true, stats);
  },
  /** conv w: 'weight', conv b: 'bias', batch norm: 'norm', head: dense's labels. */
  labels: (params: ConvNetParams): Labels<ConvNetParams> => ({
    blocks: params.blocks.map((b) => ({ conv: conv2d.labels(b.conv), norm: batchNorm.labels(b.norm) })),
    head: dense.labels(params.head),
    kind: null,
  }),
};
