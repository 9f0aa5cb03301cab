/**
 * Which gradient modes apply to which recurrent layers, and the per-layer step of each mode. A
 * mode's step takes the layer's parameters (possibly traced), its online state (constants:
 * h_{t−1} and traces) and the input u_t `[B, H]`, and returns the next state and y_t; autodiff of
 * a loss of y_t then gives the mode's gradient estimate for step t (see online-lru.ts, snap.ts).
 */
import { stopGradient } from '../core/autodiff.js';
import type { Tensor } from '../core/tensor.js';
import type { AnySequenceLayer } from '../nn/seq.js';
import type { GruParams } from '../nn/recurrent/gru.js';
import { gru } from '../nn/recurrent/gru.js';
import type { LinearRnnParams } from '../nn/recurrent/linear-rnn.js';
import { linearRnn } from '../nn/recurrent/linear-rnn.js';
import type { LruParams, LruState } from '../nn/recurrent/lru.js';
import { lru } from '../nn/recurrent/lru.js';
import type { LruOnlineState, LruResolved } from './online-lru.js';
import { initialLruOnlineState, lruStepOnline, lruStepTruncated, resolveLru } from './online-lru.js';
import type { GruSnapState, LinearRnnSnapState } from './snap.js';
import { gruSnapInit, gruSnapStep, linearRnnSnapInit, linearRnnSnapStep } from './snap.js';

/**
 * How the gradient of a recurrent network is computed:
 *   'bptt'        backpropagation through time (exact)
 *   'online'      LRU: exact RTRL inside each layer with the traces e^λ, e^γ, E^B, spatial
 *                 backprop across layers at each step (PAPERS.md P4)
 *   'spatial'     LRU: no traces; λ gets no gradient, γ and B their instantaneous gradients
 *   'truncated1'  any layer with `step`: backprop through the current step only (h_{t−1} held
 *                 constant; for the LRU e^λ_t = h_{t−1}, e^γ_t = B u_t)
 *   'snap1'       linearRnn / GRU: SnAp-1, the diagonal approximation of the influence matrix
 *                 (for the LRU, whose recurrence is diagonal, it is exact and equals 'online')
 */
export type GradientMode = 'bptt' | 'online' | 'spatial' | 'truncated1' | 'snap1';
export const GRADIENT_MODES: readonly GradientMode[] = ['bptt', 'online', 'spatial', 'truncated1', 'snap1'];

/** The layers with mode-specific online rules (others support 'bptt' and 'truncated1'). */
export type OnlineLayerKind = 'lru' | 'linearRnn' | 'gru' | 'other';

export function layerKind(layer: unknown): OnlineLayerKind {
  if (layer === lru) return 'lru';
  if (layer === linearRnn) return 'linearRnn';
  if (layer === gru) return 'gru';
  return 'other';
}

/**
 * The input width dIn that a layer with its own online rules reads from its parameters (the
 * columns of its input map: nn.lru's B, nn.linearRnn's B, nn.gru's W); null for other layers,
 * whose own steps check their input.
 */
export function inputWidth(kind: OnlineLayerKind, params: unknown): number | null {
  const width = (name: string): number | null => {
    const t = (params as Record<string, Tensor | undefined> | null)?.[name];
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
      throw new Error(`learn: unknown layer kind '${String(kind satisfies never)}'`);
  }
}

/** Raise unless `mode` is defined for `kind`, saying which modes are. */
export function checkModeFor(where: string, mode: GradientMode, kind: OnlineLayerKind, name: string): void {
  if (!GRADIENT_MODES.includes(mode)) throw new Error(`${where}: unknown mode '${String(mode)}' (valid: ${GRADIENT_MODES.join(', ')})`);
  const allowed: Record<OnlineLayerKind, readonly GradientMode[]> = {
    lru: ['bptt', 'online', 'spatial', 'truncated1', 'snap1'],
    linearRnn: ['bptt', 'truncated1', 'snap1'],
    gru: ['bptt', 'truncated1', 'snap1'],
    other: ['bptt', 'truncated1'],
  };
  if (allowed[kind].includes(mode)) return;
  const why: Record<GradientMode, string> = {
    bptt: '',
    online:
      "exact online learning with per-unit traces needs a diagonal recurrence (nn.lru); for dense recurrent layers exact RTRL would need an N×N×P influence matrix — use 'snap1' (SnAp-1)",
    spatial: "'spatial' drops the λ-gradient of the LRU's diagonal recurrence and is defined for nn.lru only",
    truncated1: '',
    snap1: "SnAp-1 is implemented for nn.linearRnn and nn.gru (and nn.lru, where it equals 'online')",
  };
  throw new Error(`${where}: mode '${mode}' is not available for mixer '${name}': ${why[mode]}; modes for this mixer: ${allowed[kind].join(', ')}`);
}

/** The online state of one layer in a given mode (all tensors are constants). */
export type OnlineLayerState =
  | { readonly kind: 'lru-online'; readonly s: LruOnlineState }
  | { readonly kind: 'lru-truncated'; readonly h: LruState; readonly freezeLambda: boolean }
  | { readonly kind: 'linearRnn-snap'; readonly s: LinearRnnSnapState }
  | { readonly kind: 'gru-snap'; readonly s: GruSnapState }
  | { readonly kind: 'generic'; readonly h: unknown };

/** True when the mode's step reads resolved parameters (`resolveParams`). */
function resolves(kind: OnlineLayerKind, mode: GradientMode): boolean {
  return kind === 'lru' && (mode === 'online' || mode === 'snap1');
}

/**
 * The parameters a mode's step differentiates with respect to: the LRU's online step reads
 * `LruResolved` (λ, γ, Cᵀ computed once per batch); every other step the layer's own
 * parameters. Differentiable: the chain rule back to the layer's parameters runs once per batch.
 */
export function resolveParams(kind: OnlineLayerKind, mode: GradientMode, params: unknown): unknown {
  return resolves(kind, mode) ? resolveLru(params as LruParams) : params;
}

/** The state at the start of a sequence (h = 0, traces reset); `params` as from `resolveParams`. */
export function initialOnlineState(layer: AnySequenceLayer, kind: OnlineLayerKind, mode: GradientMode, params: unknown, batch: number): OnlineLayerState {
  if (resolves(kind, mode)) return { kind: 'lru-online', s: initialLruOnlineState(params as LruResolved, batch) };
  if (kind === 'lru' && (mode === 'spatial' || mode === 'truncated1')) {
    return { kind: 'lru-truncated', h: lru.initialState(params as LruParams, [batch]), freezeLambda: mode === 'spatial' };
  }
  if (kind === 'linearRnn' && mode === 'snap1') return { kind: 'linearRnn-snap', s: linearRnnSnapInit(params as LinearRnnParams, batch) };
  if (kind === 'gru' && mode === 'snap1') return { kind: 'gru-snap', s: gruSnapInit(params as GruParams, batch) };
  return { kind: 'generic', h: layer.initialState(params, [batch]) };
}

/** One step of a layer in its mode: u: [B, H] -> [next state, y_t]. */
export function onlineLayerStep(layer: AnySequenceLayer, params: unknown, st: OnlineLayerState, u: Tensor, options: unknown): [OnlineLayerState, Tensor] {
  switch (st.kind) {
    case 'lru-online': {
      const [s, y] = lruStepOnline(params as LruResolved, st.s, u);
      return [{ kind: st.kind, s }, y];
    }
    case 'lru-truncated': {
      const [h, y] = lruStepTruncated(params as LruParams, st.h, u, st.freezeLambda);
      return [{ ...st, h }, y];
    }
    case 'linearRnn-snap': {
      const p = params as LinearRnnParams;
      const [s, y] = linearRnnSnapStep(p, st.s, u, p.nonlinearity);
      return [{ kind: st.kind, s }, y];
    }
    case 'gru-snap': {
      const [s, y] = gruSnapStep(params as GruParams, st.s, u);
      return [{ kind: st.kind, s }, y];
    }
    case 'generic': {
      const [h, y] = layer.step(params, st.h, u, options);
      return [{ kind: 'generic', h: stopGradient(h) }, y];
    }
    default:
      return st satisfies never;
  }
}
