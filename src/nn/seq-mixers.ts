/**
 * The mixers `nn.seq` can hold, by the static `kind` of their parameters: a fixed table of every
 * nn mixer (`SEQ_MIXERS`), extended per `nn.seq` by `withMixers`, and the look-ups `apply` and
 * `step` make in it.
 */
import type { Layer, SequenceLayer } from './types.js';
import { gatedRnn } from './recurrent/gated-rnn.js';
import { gru } from './recurrent/gru.js';
import { linearRnn, rnn } from './recurrent/linear-rnn.js';
import { lru } from './recurrent/lru.js';
import { lstm } from './recurrent/lstm.js';
import { linearAttention } from './attention/linear-attention.js';
import { mesa } from './attention/mesa.js';
import { attention } from './attention/softmax-attention.js';

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
export const SEQ_MIXERS = { lru, gatedRnn, linearRnn, rnn, lstm, gru, attention, linearAttention, mesa } as const satisfies MixerTable;

/** The kinds of the mixers in `SEQ_MIXERS`. */
export type SeqMixerKind = keyof typeof SEQ_MIXERS;

/** The static `kind` of a mixer's parameters (undefined when there is none). */
export function kindOf(mixerParams: unknown): unknown {
  return typeof mixerParams === 'object' && mixerParams !== null ? (mixerParams as { kind?: unknown }).kind : undefined;
}

/** Block l's mixer and its kind, or an error naming the kinds this table knows. */
export function mixerOf(table: MixerTable, mixerParams: unknown, l: number): [AnyMixer, string] {
  const kind = kindOf(mixerParams);
  if (typeof kind === 'string' && Object.prototype.hasOwnProperty.call(table, kind)) return [table[kind], kind];
  const shown = JSON.stringify(kind) ?? 'nothing';
  throw new Error(
    `nn.seq: block ${l}'s mixer parameters have kind ${shown}, which this nn.seq does not know (known: ${Object.keys(table).join(', ')}); for a mixer of your own, give its parameters a static kind and use nn.seq.withMixers({ ${typeof kind === 'string' ? kind : 'name'}: layer })`,
  );
}

/** The block's mixer as a `SequenceLayer`, or an error saying why `what` cannot run. */
export function stepperOf(table: MixerTable, mixerParams: unknown, l: number, what: string): AnySequenceLayer {
  const [m, kind] = mixerOf(table, mixerParams, l);
  if (!('step' in m) || !('initialState' in m) || typeof m.step !== 'function' || typeof m.initialState !== 'function') {
    throw new Error(
      `nn.seq.${what}: mixer '${kind}' is a Layer without initialState/step (it sees whole sequences); nn.seq.apply works with it, ${what} does not`,
    );
  }
  return m;
}

/** True for an object with the functions of the `Layer` contract. */
export function isLayer(m: unknown): m is AnyMixer {
  if (m === null || typeof m !== 'object') return false;
  const l = m as Partial<Record<'init' | 'apply' | 'defaultConfig' | 'labels', unknown>>;
  return typeof l.init === 'function' && typeof l.apply === 'function' && typeof l.defaultConfig === 'function' && typeof l.labels === 'function';
}

/** Raise unless `table` holds `mixer` under the kind its parameters carry. */
export function checkMixerKind(table: MixerTable, mixer: AnyMixer, mixerParams: unknown): void {
  const kind = kindOf(mixerParams);
  if (typeof kind !== 'string') {
    throw new Error(
      "nn.seq: the mixer's parameters carry no static 'kind' (a string naming the layer, as every nn mixer's do); give your layer's parameters kind: 'name' and use nn.seq.withMixers({ name: layer })",
    );
  }
  const known = Object.prototype.hasOwnProperty.call(table, kind) ? table[kind] : undefined;
  if (known !== mixer) {
    const why = known === undefined ? 'which this nn.seq does not know' : 'under which this nn.seq holds another layer';
    throw new Error(
      `nn.seq: the mixer's parameters have kind '${kind}', ${why} (known: ${Object.keys(table).join(', ')}); use nn.seq.withMixers({ ${kind}: layer }) and the nn.seq it returns`,
    );
  }
}
