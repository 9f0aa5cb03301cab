/**
 * The mixers `nn.seq` can hold, by the static `kind` of their parameters: a fixed table of every
 * nn mixer (`SEQ_MIXERS`), extended per `nn.seq` by `withMixers`, and the look-ups `apply` and
 * `step` make in it.
 */
import type { Layer, SequenceLayer } from './types.js';
/** A `SequenceLayer` with its types erased. */
export type AnySequenceLayer = SequenceLayer<object, unknown, unknown, unknown>;
/**
 * A mixer: a `SequenceLayer`, or a plain `Layer` over whole sequences (e.g. softmax attention
 * without a cache), with which `apply` works and `step` raises.
 */
export type AnyMixer = AnySequenceLayer | Layer<object, unknown, unknown>;
/** Mixers by the static `kind` their parameters carry. */
export type MixerTable = Readonly<Record<string, AnyMixer>>;
/** Every nn mixer, by the `kind` of its parameters: the table of `nn.seq`. */
export declare const SEQ_MIXERS: {
    readonly lru: SequenceLayer<import("./recurrent/lru.js").LruConfig, import("./recurrent/lru.js").LruParams, import("../index.js").Complex, undefined>;
    readonly gatedRnn: import("./recurrent/gated-rnn.js").GatedRnnLayer;
    readonly linearRnn: SequenceLayer<import("./recurrent/linear-rnn.js").LinearRnnConfig, import("./recurrent/linear-rnn.js").LinearRnnParams, import("../index.js").Tensor, undefined>;
    readonly rnn: SequenceLayer<import("./recurrent/linear-rnn.js").RnnConfig, import("./recurrent/linear-rnn.js").RnnParams, import("../index.js").Tensor, undefined>;
    readonly lstm: SequenceLayer<import("./recurrent/lstm.js").LstmConfig, import("./recurrent/lstm.js").LstmParams, import("./recurrent/lstm.js").LstmState, undefined>;
    readonly gru: SequenceLayer<import("./recurrent/gru.js").GruConfig, import("./recurrent/gru.js").GruParams, import("../index.js").Tensor, undefined>;
    readonly attention: Layer<import("./index.js").AttentionConfig, import("./index.js").AttentionParams<"attention">, import("./index.js").AttentionOptions>;
    readonly linearAttention: SequenceLayer<import("./index.js").AttentionConfig, import("./attention/linear-attention.js").LinearAttentionParams, import("../index.js").Tensor, import("./index.js").AttentionOptions>;
    readonly mesa: import("./attention/mesa.js").MesaLayer;
};
/** The kinds of the mixers in `SEQ_MIXERS`. */
export type SeqMixerKind = keyof typeof SEQ_MIXERS;
/** The static `kind` of a mixer's parameters (undefined when there is none). */
export declare function kindOf(mixerParams: unknown): unknown;
/** Block l's mixer and its kind, or an error naming the kinds this table knows. */
export declare function mixerOf(table: MixerTable, mixerParams: unknown, l: number): [AnyMixer, string];
/** The block's mixer as a `SequenceLayer`, or an error saying why `what` cannot run. */
export declare function stepperOf(table: MixerTable, mixerParams: unknown, l: number, what: string): AnySequenceLayer;
/** True for an object with the functions of the `Layer` contract. */
export declare function isLayer(m: unknown): m is AnyMixer;
/** Raise unless `table` holds `mixer` under the kind its parameters carry. */
export declare function checkMixerKind(table: MixerTable, mixer: AnyMixer, mixerParams: unknown): void;
