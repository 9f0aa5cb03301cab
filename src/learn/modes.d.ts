import type { Tensor } from '../core/tensor.js';
import type { AnySequenceLayer } from '../nn/seq.js';
import type { LruState } from '../nn/recurrent/lru.js';
import type { LruOnlineState } from './online-lru.js';
import type { GruSnapState, LinearRnnSnapState } from './snap.js';
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
export declare const GRADIENT_MODES: readonly GradientMode[];
/** The layers with mode-specific online rules (others support 'bptt' and 'truncated1'). */
export type OnlineLayerKind = 'lru' | 'linearRnn' | 'gru' | 'other';
export declare function layerKind(layer: unknown): OnlineLayerKind;
/**
 * The input width dIn that a layer with its own online rules reads from its parameters (the
 * columns of its input map: nn.lru's B, nn.linearRnn's B, nn.gru's W); null for other layers,
 * whose own steps check their input.
 */
export declare function inputWidth(kind: OnlineLayerKind, params: unknown): number | null;
/** Raise unless `mode` is defined for `kind`, saying which modes are. */
export declare function checkModeFor(where: string, mode: GradientMode, kind: OnlineLayerKind, name: string): void;
/** The online state of one layer in a given mode (all tensors are constants). */
export type OnlineLayerState = {
    readonly kind: 'lru-online';
    readonly s: LruOnlineState;
} | {
    readonly kind: 'lru-truncated';
    readonly h: LruState;
    readonly freezeLambda: boolean;
} | {
    readonly kind: 'linearRnn-snap';
    readonly s: LinearRnnSnapState;
} | {
    readonly kind: 'gru-snap';
    readonly s: GruSnapState;
} | {
    readonly kind: 'generic';
    readonly h: unknown;
};
/**
 * The parameters a mode's step differentiates with respect to: the LRU's online step reads
 * `LruResolved` (λ, γ, Cᵀ computed once per batch); every other step the layer's own
 * parameters. Differentiable: the chain rule back to the layer's parameters runs once per batch.
 */
export declare function resolveParams(kind: OnlineLayerKind, mode: GradientMode, params: unknown): unknown;
/** The state at the start of a sequence (h = 0, traces reset); `params` as from `resolveParams`. */
export declare function initialOnlineState(layer: AnySequenceLayer, kind: OnlineLayerKind, mode: GradientMode, params: unknown, batch: number): OnlineLayerState;
/** One step of a layer in its mode: u: [B, H] -> [next state, y_t]. */
export declare function onlineLayerStep(layer: AnySequenceLayer, params: unknown, st: OnlineLayerState, u: Tensor, options: unknown): [OnlineLayerState, Tensor];
