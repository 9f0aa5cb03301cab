import { gatedRnn } from './recurrent/gated-rnn.js';
import { gru } from './recurrent/gru.js';
import { linearRnn, rnn } from './recurrent/linear-rnn.js';
import { lru } from './recurrent/lru.js';
import { lstm } from './recurrent/lstm.js';
import { linearAttention } from './attention/linear-attention.js';
import { mesa } from './attention/mesa.js';
import { attention } from './attention/softmax-attention.js';
/** Every nn mixer, by the `kind` of its parameters: the table of `nn.seq`. */
export const SEQ_MIXERS = { lru, gatedRnn, linearRnn, rnn, lstm, gru, attention, linearAttention, mesa };
/** The static `kind` of a mixer's parameters (undefined when there is none). */
export function kindOf(mixerParams) {
    return typeof mixerParams === 'object' && mixerParams !== null ? mixerParams.kind : undefined;
}
/** Block l's mixer and its kind, or an error naming the kinds this table knows. */
export function mixerOf(table, mixerParams, l) {
    const kind = kindOf(mixerParams);
    if (typeof kind === 'string' && Object.prototype.hasOwnProperty.call(table, kind))
        return [table[kind], kind];
    const shown = JSON.stringify(kind) ?? 'nothing';
    throw new Error(`nn.seq: block ${l}'s mixer parameters have kind ${shown}, which this nn.seq does not know (known: ${Object.keys(table).join(', ')}); for a mixer of your own, give its parameters a static kind and use nn.seq.withMixers({ ${typeof kind === 'string' ? kind : 'name'}: layer })`);
}
/** The block's mixer as a `SequenceLayer`, or an error saying why `what` cannot run. */
export function stepperOf(table, mixerParams, l, what) {
    const [m, kind] = mixerOf(table, mixerParams, l);
    if (!('step' in m) || !('initialState' in m) || typeof m.step !== 'function' || typeof m.initialState !== 'function') {
        throw new Error(`nn.seq.${what}: mixer '${kind}' is a Layer without initialState/step (it sees whole sequences); nn.seq.apply works with it, ${what} does not`);
    }
    return m;
}
/** True for an object with the functions of the `Layer` contract. */
export function isLayer(m) {
    if (m === null || typeof m !== 'object')
        return false;
    const l = m;
    return typeof l.init === 'function' && typeof l.apply === 'function' && typeof l.defaultConfig === 'function' && typeof l.labels === 'function';
}
/** Raise unless `table` holds `mixer` under the kind its parameters carry. */
export function checkMixerKind(table, mixer, mixerParams) {
    const kind = kindOf(mixerParams);
    if (typeof kind !== 'string') {
        throw new Error("nn.seq: the mixer's parameters carry no static 'kind' (a string naming the layer, as every nn mixer's do); give your layer's parameters kind: 'name' and use nn.seq.withMixers({ name: layer })");
    }
    const known = Object.prototype.hasOwnProperty.call(table, kind) ? table[kind] : undefined;
    if (known !== mixer) {
        const why = known === undefined ? 'which this nn.seq does not know' : 'under which this nn.seq holds another layer';
        throw new Error(`nn.seq: the mixer's parameters have kind '${kind}', ${why} (known: ${Object.keys(table).join(', ')}); use nn.seq.withMixers({ ${kind}: layer }) and the nn.seq it returns`);
    }
}
//# sourceMappingURL=seq-mixers.js.map