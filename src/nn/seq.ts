/**
 * `nn.seq`: the deep sequence model of the LRU papers (PAPERS.md P4) around any mixing layer
 * that follows the `SequenceLayer` contract (LRU, gated/linear RNN, LSTM, GRU, attention...):
 *
 *   x -> encoder (Dense, or Embedding for token ids) -> n blocks -> pooling -> decoder (Dense)
 *
 * and one block, pre-norm (P4: "x -> LayerNorm -> mixing layer -> GELU -> GLU -> dropout
 * (mask shared over time) -> residual add"):
 *
 *   u = N(x),  z = Drop(GLU(GELU(Mixer(u)))),  x' = x + z          (prenorm)
 *   z = Drop(GLU(GELU(Mixer(x)))),  x' = N(x + z)                   (post-norm)
 *
 * with GLU(z) = Dense₁(z) ⊙ σ(Dense₂(z)) (left out when `glu` is false). The 'transformer'
 * block (GPT-2, P2) has two sublayers instead, each with its own norm:
 *
 *   x' = x + Drop(Mixer(N₁(x))),  x'' = x' + Drop(MLP(N₂(x')))      (prenorm; MLP H -> rH -> H, GELU)
 *
 * and post-norm x' = N₁(x + Drop(Mixer(x))), x'' = N₂(x' + Drop(MLP(x'))). An optional final norm
 * (GPT-2's ln_f) precedes the pooling.
 *
 * The structural choices `apply` needs (which norm, pooling, dropout rate) are kept as *static*
 * fields in `params.spec` (strings/numbers/booleans, which `tree` treats as structure:
 * gradients, optimizers and checkpoints pass them through). Each block's mixer parameters carry
 * their own static `kind` (and the structural config of that layer); `apply`/`step` find the
 * mixer by that kind in a fixed table, `SEQ_MIXERS` (every nn mixer), which
 * `nn.seq.withMixers({ name: layer })` extends with layers of one's own into a new `nn.seq`.
 */
import { arange, zeros } from '../core/creation.js';
import { add, div } from '../core/ops/elementwise.js';
import { cumsum } from '../core/ops/cumulative.js';
import { sliceAxis } from '../core/ops/movement.js';
import { mean } from '../core/ops/reduce.js';
import { reshape, squeeze, unsqueeze } from '../core/ops/shape-ops.js';
import * as random from '../core/random.js';
import type { Key } from '../core/random.js';
import type { Tensor } from '../core/tensor.js';
import type { Tree } from '../core/tree.js';
import type { Layer, SequenceLayer } from './types.js';
import { resolveConfig } from './types.js';
import type { Labels } from './labels.js';
import type { DenseParams, EmbeddingParams } from './blocks/dense.js';
import { dense, embedding } from './blocks/dense.js';
import { dropout } from './blocks/dropout.js';
import type { GluParams, MlpParams } from './blocks/ffn.js';
import { gelu, glu, mlp } from './blocks/ffn.js';
import type { AnyNormParams, BatchNormParams, BatchNormStats, NormKind } from './blocks/norm.js';
import { applyNorm, batchNorm, initNorm, normLabels, NORM_KINDS } from './blocks/norm.js';
import type { MixerTable } from './seq-mixers.js';
import { checkSequenceInput, checkStepInput } from './seq-input.js';
import { checkMixerKind, isLayer, kindOf, mixerOf, SEQ_MIXERS, stepperOf } from './seq-mixers.js';
import type { FloatDType } from './blocks/util.js';
import { checkFloatDType, checkOneOf, checkPositiveInt } from './blocks/util.js';

export { SEQ_MIXERS } from './seq-mixers.js';
export type { AnyMixer, AnySequenceLayer, MixerTable, SeqMixerKind } from './seq-mixers.js';

/**
 * How the block outputs `[B, T, H]` are read out before the decoder:
 *   'none'    every step: `[B, T, H]` -> `[B, T, dOutput]`
 *   'cummean' causal running mean ȳ_t = (1/t) Σ_{s≤t} y_s (the LRU's "straight-through
 *             cumulative mean" on LRA): `[B, T, dOutput]`, step t sees only the past
 *   'mean'    mean over all T steps: `[B, dOutput]`
 *   'last'    the last step: `[B, dOutput]`
 */
export type Pooling = 'mean' | 'last' | 'none' | 'cummean';
export const POOLINGS: readonly Pooling[] = ['mean', 'last', 'none', 'cummean'];

/** 'lru': the P4 block (mixer -> GELU -> GLU); 'transformer': GPT-2's mixer and MLP sublayers (P2). */
export type SeqBlock = 'lru' | 'transformer';
export const SEQ_BLOCKS: readonly SeqBlock[] = ['lru', 'transformer'];

/** 'dense': x `[B, T, dInput]` floats; 'embedding': x `[B, T]` i32 ids in [0, dInput). */
export type SeqEncoder = 'dense' | 'embedding';

/**
 * A function run in place of every block mixer's own `step` (`SeqOptions.mixerStep`): the
 * block's mixer parameters, its entry of `state.mixers` and the block input u_t `[B, H]` ->
 * [next entry, y_t `[B, H]`].
 */
export type MixerStep<MO = unknown> = (params: unknown, h: unknown, uT: Tensor, options: MO | undefined) => [unknown, Tensor];

export interface SeqConfig<MC extends object = object, MP = unknown, MH = unknown, MO = unknown> {
  /** Input width (or vocabulary size with encoder 'embedding'). */
  dInput: number;
  encoder: SeqEncoder;
  /** Model width H: the encoder's output, every block's width. */
  dModel: number;
  dOutput: number;
  nLayers: number;
  /**
   * The mixing layer of every block (e.g. `nn.lru`); required. It must be in the table of the
   * `nn.seq` that initialises it (`SEQ_MIXERS`, or one extended by `withMixers`) under the static
   * `kind` of its parameters. A plain `Layer` (no initialState/step) works with `apply` only.
   */
  mixer: SequenceLayer<MC, MP, MH, MO> | Layer<MC, MP, MO> | null;
  /**
   * Its configuration (partial). When the mixer's default config has `dModel` / `dtype` keys
   * and this does not set them, they are filled from this config.
   */
  mixerConfig: Partial<MC>;
  /** Block structure (see the module notes). */
  block: SeqBlock;
  norm: NormKind;
  /** Pre-norm blocks (P4, GPT-2) when true; post-norm when false. */
  prenorm: boolean;
  /** 'lru' blocks: GELU followed by a GLU after the mixer (P4) when true; GELU alone when false. Unused by 'transformer' blocks. */
  glu: boolean;
  /** 'transformer' blocks: hidden width of the MLP as a multiple of dModel (GPT-2: 4). */
  mlpRatio: number;
  /** A norm after the last block, before pooling (GPT-2's ln_f). */
  finalNorm: boolean;
  /** Dropout rate after the GLU (training only). */
  dropout: number;
  /** One dropout mask per sequence and feature, shared over time (P4). */
  dropoutSharedOverTime: boolean;
  pooling: Pooling;
  dtype: FloatDType;
}

/** The static structure `apply` and `step` read (numbers/strings/booleans: not leaves). */
export type SeqSpec = {
  readonly encoder: SeqEncoder;
  readonly block: SeqBlock;
  readonly norm: NormKind;
  readonly prenorm: boolean;
  readonly glu: boolean;
  readonly dropout: number;
  readonly dropoutSharedOverTime: boolean;
  readonly pooling: Pooling;
  readonly finalNorm: boolean;
};

/**
 * One block: `norm` (null for 'none'), the mixer's parameters (with their static `kind`), `glu`
 * (null when off or in a 'transformer' block), and for 'transformer' blocks `norm2` and `mlp`
 * (null otherwise).
 */
export type SeqBlockParams<MP = Tree> = {
  readonly norm: AnyNormParams;
  readonly mixer: MP;
  readonly glu: GluParams | null;
  readonly norm2: AnyNormParams;
  readonly mlp: MlpParams | null;
};

export type SeqParams<MP = Tree> = {
  readonly encoder: DenseParams | EmbeddingParams;
  readonly blocks: readonly SeqBlockParams<MP>[];
  /** The norm after the last block (null when `finalNorm` is off or norm is 'none'). */
  readonly finalNorm: AnyNormParams;
  readonly decoder: DenseParams;
  readonly spec: SeqSpec;
};

/**
 * Running statistics of the batch norms: one entry per norm in the order they are applied
 * (block 0's norm, its norm2 for 'transformer' blocks, block 1's …, then the final norm);
 * null entries for other norm kinds.
 */
export type SeqStats = readonly (BatchNormStats | null)[];

/** State of `step`: each block's mixer state and the running sum of the pooled outputs. */
export type SeqState<MH = unknown> = {
  readonly mixers: readonly MH[];
  /** Σ_{s≤t} y_s for 'mean'/'cummean' pooling, `[...batch, H]`. */
  readonly sum: Tensor;
  /** Steps taken so far. */
  readonly t: number;
};

export interface SeqOptions<MO = unknown> {
  /** Dropout key (needed when training with dropout > 0); split into one key per block. */
  key?: Key;
  /** Training mode: dropout on, batch norm with batch statistics. */
  train?: boolean;
  /** Running statistics of batch norms (eval mode needs them; see `initStats`). */
  stats?: SeqStats;
  /** Options passed to every mixer call (per-call inputs such as an attention mask). */
  mixer?: MO;
  /**
   * `step` only: run this in place of each block mixer's own `step`, on the block's mixer
   * parameters and its entry of `state.mixers` (e.g. an online learning rule that carries traces
   * in the state). The mixers' kinds are not looked up, so their parameters may be any tree the
   * function reads.
   */
  mixerStep?: MixerStep<MO>;
}

// ---------------------------------------------------------------------------------------------
// pieces shared by apply and step

function widthOf(params: SeqParams): number {
  return params.decoder.w.shape[0];
}

function checkParams(params: SeqParams): void {
  const s = params.spec as SeqSpec | undefined;
  if (s === undefined || typeof s.pooling !== 'string') throw new Error('nn.seq: params have no spec; create them with nn.seq.init');
}

/** How many norms the model applies (one per sublayer, plus the final norm). */
function normSlots(spec: SeqSpec, nBlocks: number): number {
  return nBlocks * (spec.block === 'transformer' ? 2 : 1) + (spec.finalNorm ? 1 : 0);
}

/** Runs the norms in order, feeding batch norms their running statistics and collecting the updates. */
class NormRunner {
  private i = 0;
  readonly updated: (BatchNormStats | null)[] = [];
  constructor(
    private readonly kind: NormKind,
    private readonly train: boolean,
    private readonly stats: SeqStats | undefined,
  ) {}
  run(p: AnyNormParams, x: Tensor): Tensor {
    const s = this.stats?.[this.i++] ?? undefined;
    const [y, s2] = applyNorm(this.kind, p, x, { train: this.train, stats: s });
    this.updated.push(s2 ?? s ?? null);
    return y;
  }
}

function normRunner(spec: SeqSpec, nBlocks: number, options: SeqOptions | undefined, needed: boolean): NormRunner {
  const train = options?.train === true;
  const s = options?.stats;
  if (spec.norm === 'batch') {
    if (s === undefined && needed) {
      throw new Error("nn.seq: norm 'batch' in eval mode (and in step) needs options.stats (running statistics from nn.seq.initStats / applyWithStats)");
    }
    const n = normSlots(spec, nBlocks);
    if (s !== undefined && s.length !== n) throw new Error(`nn.seq: options.stats has ${s.length} entries for ${n} norms`);
  }
  return new NormRunner(spec.norm, train, spec.norm === 'batch' ? s : undefined);
}

interface BlockContext {
  spec: SeqSpec;
  train: boolean;
  /** Axes along which dropout masks are shared ([1] over time in apply, [] in step). */
  sharedAxes: number[];
  norms: NormRunner;
}

function checkSameShape(what: string, u: Tensor, m: Tensor): void {
  if (m.shape.length !== u.shape.length || m.shape.some((d, i) => d !== u.shape[i])) {
    throw new Error(`nn.seq: ${what} must map [..., H] to the same shape, got [${u.shape.join(', ')}] -> [${m.shape.join(', ')}]`);
  }
}

/** One residual sublayer: pre-norm h + Drop(f(N(h))), post-norm N(h + Drop(f(h))). */
function sublayer(ctx: BlockContext, norm: AnyNormParams, h: Tensor, f: (u: Tensor) => Tensor, key: Key | undefined): Tensor {
  const { spec } = ctx;
  const u = spec.prenorm ? ctx.norms.run(norm, h) : h;
  const z = dropout(f(u), { rate: spec.dropout, train: ctx.train, key, sharedAxes: ctx.sharedAxes });
  const out = add(h, z);
  return spec.prenorm ? out : ctx.norms.run(norm, out);
}

/** Block l on h (`[B, T, H]` in apply, `[B, H]` in step); `name` names the mixer in errors. */
function block(ctx: BlockContext, p: SeqBlockParams, h: Tensor, name: string, mix: (u: Tensor) => Tensor, key: Key | undefined): Tensor {
  const mixChecked = (u: Tensor): Tensor => {
    const m = mix(u);
    checkSameShape(name, u, m);
    return m;
  };
  if (ctx.spec.block === 'lru') {
    return sublayer(
      ctx,
      p.norm,
      h,
      (u) => {
        const z = gelu(mixChecked(u));
        return p.glu === null ? z : glu.apply(p.glu, z);
      },
      key,
    );
  }
  const [k1, k2] = key === undefined ? [undefined, undefined] : random.split(key, 2);
  const h1 = sublayer(ctx, p.norm, h, mixChecked, k1);
  if (p.mlp === null) throw new Error("nn.seq: a 'transformer' block needs its mlp parameters");
  const mlpParams = p.mlp;
  return sublayer(ctx, p.norm2, h1, (u) => mlp.apply(mlpParams, u), k2);
}

function encode(params: SeqParams, x: Tensor): Tensor {
  return params.spec.encoder === 'embedding' ? embedding.apply(params.encoder, x) : dense.apply(params.encoder, x);
}

function blockKeys(spec: SeqSpec, n: number, options: SeqOptions | undefined): (Key | undefined)[] {
  const train = options?.train === true;
  if (!train || spec.dropout === 0 || n === 0) return new Array<Key | undefined>(n).fill(undefined);
  if (options?.key === undefined) throw new Error(`nn.seq: training with dropout ${spec.dropout} needs options.key`);
  return random.split(options.key, n);
}

// ---------------------------------------------------------------------------------------------
// the layer

function initSeq(table: MixerTable, key: Key, config?: Partial<SeqConfig>): SeqParams {
  const c = resolveConfig('nn.seq', defaultSeqConfig(), config);
  checkPositiveInt('nn.seq', 'dInput', c.dInput);
  checkPositiveInt('nn.seq', 'dModel', c.dModel);
  checkPositiveInt('nn.seq', 'dOutput', c.dOutput);
  if (!Number.isInteger(c.nLayers) || c.nLayers < 0) throw new Error(`nn.seq: config.nLayers must be an integer >= 0, got ${c.nLayers}`);
  checkOneOf('nn.seq', 'encoder', c.encoder, ['dense', 'embedding']);
  checkOneOf('nn.seq', 'block', c.block, SEQ_BLOCKS);
  checkOneOf('nn.seq', 'norm', c.norm, NORM_KINDS);
  if (c.block === 'transformer') checkPositiveInt('nn.seq', 'mlpRatio · dModel', c.mlpRatio * c.dModel);
  checkOneOf('nn.seq', 'pooling', c.pooling, POOLINGS);
  checkFloatDType('nn.seq', c.dtype);
  if (!(c.dropout >= 0 && c.dropout <= 1)) throw new Error(`nn.seq: config.dropout must lie in [0, 1], got ${c.dropout}`);
  const mixer = c.mixer;
  if (!isLayer(mixer)) {
    throw new Error(
      'nn.seq: config.mixer must be a SequenceLayer (an object with defaultConfig/init/apply/labels/initialState/step, e.g. nn.lru) or at least a Layer',
    );
  }
  const mixerDefaults = mixer.defaultConfig() as Record<string, unknown>;
  const mixerConfig: Record<string, unknown> = { ...(c.mixerConfig as Record<string, unknown>) };
  if ('dModel' in mixerDefaults && mixerConfig.dModel === undefined) mixerConfig.dModel = c.dModel;
  if ('dtype' in mixerDefaults && mixerConfig.dtype === undefined) mixerConfig.dtype = c.dtype;
  const [kEnc, kDec, kFinal, ...kBlocks] = random.split(key, 3 + 5 * c.nLayers);
  const encoder =
    c.encoder === 'embedding'
      ? embedding.init(kEnc, { vocabSize: c.dInput, dim: c.dModel, dtype: c.dtype })
      : dense.init(kEnc, { dIn: c.dInput, dOut: c.dModel, dtype: c.dtype });
  const blocks: SeqBlockParams[] = [];
  for (let l = 0; l < c.nLayers; l++) {
    const [kn, km, kg, kn2, kf] = kBlocks.slice(5 * l, 5 * l + 5);
    const transformer = c.block === 'transformer';
    const mixerParams = mixer.init(km, mixerConfig) as Tree; // a parameter tree by the Layer contract
    if (l === 0) checkMixerKind(table, mixer, mixerParams);
    blocks.push({
      norm: initNorm(kn, c.norm, c.dModel, c.dtype),
      mixer: mixerParams,
      glu: c.glu && !transformer ? glu.init(kg, { dIn: c.dModel, dOut: c.dModel, dtype: c.dtype }) : null,
      norm2: transformer ? initNorm(kn2, c.norm, c.dModel, c.dtype) : null,
      mlp: transformer ? mlp.init(kf, { dIn: c.dModel, hidden: [c.mlpRatio * c.dModel], dOut: c.dModel, activation: 'gelu', dtype: c.dtype }) : null,
    });
  }
  const spec: SeqSpec = {
    encoder: c.encoder,
    block: c.block,
    norm: c.norm,
    prenorm: c.prenorm,
    glu: c.glu,
    dropout: c.dropout,
    dropoutSharedOverTime: c.dropoutSharedOverTime,
    pooling: c.pooling,
    finalNorm: c.finalNorm,
  };
  const finalNorm = c.finalNorm ? initNorm(kFinal, c.norm, c.dModel, c.dtype) : null;
  return { encoder, blocks, finalNorm, decoder: dense.init(kDec, { dIn: c.dModel, dOut: c.dOutput, dtype: c.dtype }), spec };
}

function applySeq(table: MixerTable, params: SeqParams, x: Tensor, options?: SeqOptions): [Tensor, SeqStats] {
  checkParams(params);
  const spec = params.spec;
  checkSequenceInput(spec.encoder, params.encoder.w, x);
  const tokenRank = spec.encoder === 'embedding' ? 1 : 2; // rank of an unbatched sequence
  const unbatched = x.rank === tokenRank;
  const xb = unbatched ? unsqueeze(x, 0) : x;
  const n = params.blocks.length;
  const train = options?.train === true;
  const keys = blockKeys(spec, n, options);
  const ctx: BlockContext = { spec, train, sharedAxes: spec.dropoutSharedOverTime ? [1] : [], norms: normRunner(spec, n, options, !train) };
  let h = encode(params, xb); // [B, T, H]
  params.blocks.forEach((p, l) => {
    const [mixer, kind] = mixerOf(table, p.mixer, l);
    h = block(ctx, p, h, `mixer '${kind}'`, (u) => mixer.apply(p.mixer, u, options?.mixer), keys[l]);
  });
  if (spec.finalNorm) h = ctx.norms.run(params.finalNorm, h);
  let pooled: Tensor;
  const T = h.shape[1];
  switch (spec.pooling) {
    case 'none':
      pooled = h;
      break;
    case 'mean':
      pooled = mean(h, 1); // [B, H]
      break;
    case 'last':
      pooled = squeeze(sliceAxis(h, 1, T - 1, T), 1); // [B, H]
      break;
    case 'cummean': {
      const count = reshape(arange(1, T + 1, 1, { dtype: h.dtype, device: h.device }), [1, T, 1]);
      pooled = div(cumsum(h, 1), count); // [B, T, H]
      break;
    }
    default:
      throw new Error(`nn.seq: unknown pooling '${String(spec.pooling satisfies never)}'`);
  }
  const y = dense.apply(params.decoder, pooled);
  return [unbatched ? squeeze(y, 0) : y, ctx.norms.updated];
}

/** The `nn.seq` layer object: the `SequenceLayer` contract, batch-norm statistics helpers and its mixer table. */
export interface SeqLayer extends SequenceLayer<SeqConfig, SeqParams, SeqState, SeqOptions> {
  /** Running statistics for norm 'batch' (mean 0, var 1 per norm, in application order); nulls for other norms. */
  initStats(params: SeqParams): SeqStats;
  /** `apply` that also returns the running statistics (updated in train mode with batch norm). */
  applyWithStats(params: SeqParams, x: Tensor, options?: SeqOptions): [Tensor, SeqStats];
  /** The mixers this `nn.seq` finds by the `kind` of their parameters. */
  readonly mixers: MixerTable;
  /**
   * An `nn.seq` whose table also holds `extra` (layers of one's own, by the static `kind` their
   * parameters carry); the kinds of `SEQ_MIXERS` cannot be rebound.
   */
  withMixers(extra: MixerTable): SeqLayer;
}

function defaultSeqConfig(): SeqConfig {
  return {
    dInput: 1,
    encoder: 'dense',
    dModel: 1,
    dOutput: 1,
    nLayers: 1,
    mixer: null,
    mixerConfig: {},
    block: 'lru',
    norm: 'layer',
    prenorm: true,
    glu: true,
    dropout: 0,
    dropoutSharedOverTime: true,
    pooling: 'none',
    mlpRatio: 4,
    finalNorm: false,
    dtype: 'f32',
  };
}

/** Labels: encoder, decoder, GLU and MLP from their dense maps, norms 'norm', each mixer's from its layer. */
function labelsSeq(table: MixerTable, params: SeqParams): Labels<SeqParams> {
  checkParams(params);
  const spec: Labels<SeqSpec> = {
    encoder: null,
    block: null,
    norm: null,
    prenorm: null,
    glu: null,
    dropout: null,
    dropoutSharedOverTime: null,
    pooling: null,
    finalNorm: null,
  };
  return {
    encoder: params.spec.encoder === 'embedding' ? embedding.labels(params.encoder) : dense.labels(params.encoder),
    blocks: params.blocks.map((b, l) => ({
      norm: normLabels(b.norm),
      mixer: mixerOf(table, b.mixer, l)[0].labels(b.mixer),
      glu: b.glu === null ? null : glu.labels(b.glu),
      norm2: normLabels(b.norm2),
      mlp: b.mlp === null ? null : mlp.labels(b.mlp),
    })),
    finalNorm: normLabels(params.finalNorm),
    decoder: dense.labels(params.decoder),
    spec,
  };
}

function makeSeq(table: MixerTable): SeqLayer {
  return {
    defaultConfig: defaultSeqConfig,
    init: (key: Key, config?: Partial<SeqConfig>): SeqParams => initSeq(table, key, config),
    apply: (params: SeqParams, x: Tensor, options?: SeqOptions): Tensor => applySeq(table, params, x, options)[0],
    applyWithStats: (params: SeqParams, x: Tensor, options?: SeqOptions): [Tensor, SeqStats] => applySeq(table, params, x, options),
    labels: (params: SeqParams): Labels<SeqParams> => labelsSeq(table, params),
    initStats(params: SeqParams): SeqStats {
      checkParams(params);
      const norms: AnyNormParams[] = [];
      for (const b of params.blocks) {
        norms.push(b.norm);
        if (params.spec.block === 'transformer') norms.push(b.norm2);
      }
      if (params.spec.finalNorm) norms.push(params.finalNorm);
      return norms.map((p) => (params.spec.norm === 'batch' ? batchNorm.initStats(p as BatchNormParams) : null));
    },
    initialState(params: SeqParams, batchShape: readonly number[]): SeqState {
      checkParams(params);
      const w = params.decoder.w;
      return {
        mixers: params.blocks.map((b, l) => stepperOf(table, b.mixer, l, 'initialState').initialState(b.mixer, batchShape)),
        sum: zeros([...batchShape, widthOf(params)], { dtype: w.dtype, device: w.device }),
        t: 0,
      };
    },
    step(params: SeqParams, state: SeqState, xT: Tensor, options?: SeqOptions): [SeqState, Tensor] {
      checkParams(params);
      const spec = params.spec;
      const n = params.blocks.length;
      if (state.mixers.length !== n) throw new Error(`nn.seq.step: state has ${state.mixers.length} mixer states for ${n} blocks; use nn.seq.initialState`);
      checkStepInput(spec.encoder, params.encoder.w, state.sum.shape.slice(0, -1), xT);
      const train = options?.train === true;
      if (spec.norm === 'batch' && train)
        throw new Error("nn.seq.step: norm 'batch' cannot use batch statistics one step at a time; step in eval mode with options.stats");
      const keys = blockKeys(spec, n, options);
      const ctx: BlockContext = { spec, train, sharedAxes: [], norms: normRunner(spec, n, options, true) };
      const own = options?.mixerStep;
      let h = encode(params, xT); // [B, H]
      const mixers: unknown[] = [];
      params.blocks.forEach((p, l) => {
        const mixer = own === undefined ? stepperOf(table, p.mixer, l, 'step') : null;
        const mix = (u: Tensor): Tensor => {
          const [mh, y] =
            mixer === null ? (own as MixerStep)(p.mixer, state.mixers[l], u, options?.mixer) : mixer.step(p.mixer, state.mixers[l], u, options?.mixer);
          mixers.push(mh);
          return y;
        };
        h = block(ctx, p, h, mixer === null ? 'options.mixerStep' : `mixer '${String(kindOf(p.mixer))}'`, mix, keys[l]);
      });
      if (spec.finalNorm) h = ctx.norms.run(params.finalNorm, h);
      const t = state.t + 1;
      let sum = state.sum;
      let pooled = h;
      if (spec.pooling === 'mean' || spec.pooling === 'cummean') {
        sum = add(state.sum, h);
        pooled = div(sum, t);
      }
      return [{ mixers, sum, t }, dense.apply(params.decoder, pooled)];
    },
    mixers: table,
    withMixers(extra: MixerTable): SeqLayer {
      for (const [name, layer] of Object.entries(extra)) {
        if (!isLayer(layer))
          throw new Error(
            `nn.seq.withMixers: '${name}' must be a Layer or SequenceLayer (defaultConfig/init/apply/labels, and initialState/step for nn.seq.step)`,
          );
        if (Object.prototype.hasOwnProperty.call(table, name) && table[name] !== layer) {
          throw new Error(`nn.seq.withMixers: the kind '${name}' is taken by another layer in this nn.seq; give your layer's parameters another kind`);
        }
      }
      return makeSeq({ ...table, ...extra });
    },
  };
}

/**
 * The deep sequence model (P4): Dense encoder -> `nLayers` residual blocks around `mixer` ->
 * pooling -> Dense decoder.
 *
 * `apply(params, x, { key?, train?, stats?, mixer? })`: x `[B, T, dInput]` or `[T, dInput]`
 * (encoder 'embedding': i32 `[B, T]` or `[T]`) -> `[B, T, dOutput]` (pooling 'none' /
 * 'cummean') or `[B, dOutput]` ('mean' / 'last'), without B for unbatched input.
 *
 * `step(params, state, xT, options)`: one time step through all blocks, xT `[B, dInput]` ->
 * `[B, dOutput]`, carrying each mixer's state (or running `options.mixerStep` in place of the
 * mixers' steps). For the causal poolings the outputs of a step loop equal `apply`
 * ('none'/'cummean': step t = apply's position t; 'last': the output of the final step = apply).
 * 'mean' pools over the whole sequence, so no step output can equal it before the end; step
 * returns the readout of the running mean, which at the final step equals `apply`. Dropout with
 * `dropoutSharedOverTime` reproduces apply's masks when every step gets the same key as apply;
 * otherwise pass a fresh key per step. Batch norm steps need running statistics (`stats`):
 * batch statistics over a single time step are not apply's.
 *
 * `labels(params)`: the role of every leaf (see labels.ts), e.g. for optimizer groups:
 *
 *   optim.multiTransform({ recurrent: optim.adam(lr), weight: adamw, bias: adamw, norm: adamw, embedding: adamw },
 *     (p) => nn.seq.labels(p as nn.SeqParams));
 */
export const seq: SeqLayer = makeSeq(SEQ_MIXERS);
