import type { Key } from '../core/random.js';
import type { Tensor } from '../core/tensor.js';
import type { Tree } from '../core/tree.js';
import type { Layer, SequenceLayer } from './types.js';
import type { DenseParams, EmbeddingParams } from './blocks/dense.js';
import type { GluParams, MlpParams } from './blocks/ffn.js';
import type { AnyNormParams, BatchNormStats, NormKind } from './blocks/norm.js';
import type { MixerTable } from './seq-mixers.js';
import type { FloatDType } from './blocks/util.js';
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
export declare const POOLINGS: readonly Pooling[];
/** 'lru': the P4 block (mixer -> GELU -> GLU); 'transformer': GPT-2's mixer and MLP sublayers (P2). */
export type SeqBlock = 'lru' | 'transformer';
export declare const SEQ_BLOCKS: readonly SeqBlock[];
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
export declare const seq: SeqLayer;
