/**
 * Which gradient modes apply to which recurrent layers, and the per-layer step of each mode. A
 * mode's step takes the layer's parameters (possibly traced), its online state (constants:
 * h_{t−1} and traces) and the input u_t `[B, H]`, and returns the next state and y_t; autodiff of
 * a loss of y_t then gives the mode's gradient estimate for step t (see online-lru.ts, snap.ts).
 */
import { stopGradient } from '../core/autodiff.js';
import { gru } from '../nn/recurrent/gru.js';
import { linearRnn } from '../nn/recurrent/linear-rnn.js';
import { lru } from '../nn/recurrent/lru.js';
import { initialLruOnlineState, lruStepOnline, lruStepTruncated, resolveLru } from './online-lru.js';
import { gruSnapInit, gruSnapStep, linearRnnSnapInit, linearRnnSnapStep } from './snap.js';
export const GRADIENT_MODES = ['bptt', 'online', 'spatial', 'truncated1', 'snap1'];
export function layerKind(layer) {
    if (layer === lru)
        return 'lru';
    if (layer === linearRnn)
        return 'linearRnn';
    if (layer === gru)
        return 'gru';
    return 'other';
}
/**
 * The input width dIn that a layer with its own online rules reads from its parameters (the
 * columns of its input map: nn.lru's B, nn.linearRnn's B, nn.gru's W); null for other layers,
 * whose own steps check their input.
 */
export function inputWidth(kind, params) {
    const width = (name) => {
        const t = params?.[name];
        return t !== undefined && t.rank === 2 ? t.shape[1] : null;
    };
    switch (kind) {
        case 'lru':
            return width('bRe');
        case 'linearRnn':
            return width('b');
        case 'gru':
            return width('w');
        case 'other':
            return null;
        default:
            throw new Error(`learn: unknown layer kind '${String(kind)}'`);
    }
}
/** Raise unless `mode` is defined for `kind`, saying which modes are. */
export function checkModeFor(where, mode, kind, name) {
    if (!GRADIENT_MODES.includes(mode))
        throw new Error(`${where}: unknown mode '${String(mode)}' (valid: ${GRADIENT_MODES.join(', ')})`);
    const allowed = {
        lru: ['bptt', 'online', 'spatial', 'truncated1', 'snap1'],
        linearRnn: ['bptt', 'truncated1', 'snap1'],
        gru: ['bptt', 'truncated1', 'snap1'],
        other: ['bptt', 'truncated1'],
    };
    if (allowed[kind].includes(mode))
        return;
    const why = {
        bptt: '',
        online: "exact online learning with per-unit traces needs a diagonal recurrence (nn.lru); for dense recurrent layers exact RTRL would need an N×N×P influence matrix — use 'snap1' (SnAp-1)",
        spatial: "'spatial' drops the λ-gradient of the LRU's diagonal recurrence and is defined for nn.lru only",
        truncated1: '',
        snap1: "SnAp-1 is implemented for nn.linearRnn and nn.gru (and nn.lru, where it equals 'online')",
    };
    throw new Error(`${where}: mode '${mode}' is not available for mixer '${name}': ${why[mode]}; modes for this mixer: ${allowed[kind].join(', ')}`);
}
/** True when the mode's step reads resolved parameters (`resolveParams`). */
function resolves(kind, mode) {
    return kind === 'lru' && (mode === 'online' || mode === 'snap1');
}
/**
 * The parameters a mode's step differentiates with respect to: the LRU's online step reads
 * `LruResolved` (λ, γ, Cᵀ computed once per batch); every other step the layer's own
 * parameters. Differentiable: the chain rule back to the layer's parameters runs once per batch.
 */
export function resolveParams(kind, mode, params) {
    return resolves(kind, mode) ? resolveLru(params) : params;
}
/** The state at the start of a sequence (h = 0, traces reset); `params` as from `resolveParams`. */
export function initialOnlineState(layer, kind, mode, params, batch) {
    if (resolves(kind, mode))
        return { kind: 'lru-online', s: initialLruOnlineState(params, batch) };
    if (kind === 'lru' && (mode === 'spatial' || mode === 'truncated1')) {
        return { kind: 'lru-truncated', h: lru.initialState(params, [batch]), freezeLambda: mode === 'spatial' };
    }
    if (kind === 'linearRnn' && mode === 'snap1')
        return { kind: 'linearRnn-snap', s: linearRnnSnapInit(params, batch) };
    if (kind === 'gru' && mode === 'snap1')
        return { kind: 'gru-snap', s: gruSnapInit(params, batch) };
    return { kind: 'generic', h: layer.initialState(params, [batch]) };
}
/** One step of a layer in its mode: u: [B, H] -> [next state, y_t]. */
export function onlineLayerStep(layer, params, st, u, options) {
    switch (st.kind) {
        case 'lru-online': {
            const [s, y] = lruStepOnline(params, st.s, u);
            return [{ kind: st.kind, s }, y];
        }
        case 'lru-truncated': {
            const [h, y] = lruStepTruncated(params, st.h, u, st.freezeLambda);
            return [{ ...st, h }, y];
        }
        case 'linearRnn-snap': {
            const p = params;
            const [s, y] = linearRnnSnapStep(p, st.s, u, p.nonlinearity);
            return [{ kind: st.kind, s }, y];
        }
        case 'gru-snap': {
            const [s, y] = gruSnapStep(params, st.s, u);
            return [{ kind: st.kind, s }, y];
        }
        case 'generic': {
            const [h, y] = layer.step(params, st.h, u, options);
            return [{ kind: 'generic', h: stopGradient(h) }, y];
        }
        default:
            return st;
    }
}
//# sourceMappingURL=modes.js.map