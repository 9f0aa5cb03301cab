import type { Complex } from '../core/complex.js';
import type { Tensor } from '../core/tensor.js';
import type { LruParams, LruState } from '../nn/recurrent/lru.js';
import type { LruSmallTraces, LruTraceInputs } from './traces.js';
/**
 * The LRU's parameters as the online step reads them, resolved once per batch: λ and γ from
 * their parametrisation, C transposed. The online step differentiates with respect to these;
 * the chain rule back to the layer's own parameters (∂/∂νlog = Re(G_λ · (−exp(νlog) λ)), …)
 * is applied once per batch, to the gradient summed over the steps.
 */
export interface LruResolved {
    /** λ: [N]. */
    readonly lamRe: Tensor;
    readonly lamIm: Tensor;
    /** γ: [N], or null (γ = 1). */
    readonly gamma: Tensor | null;
    /** B: [N, H]. */
    readonly bRe: Tensor;
    readonly bIm: Tensor;
    /** Cᵀ: [N, H]. */
    readonly cReT: Tensor;
    readonly cImT: Tensor;
    /** D: [H]. */
    readonly d: Tensor;
}
export declare function resolveLru(p: LruParams): LruResolved;
/** Constants of a batch (detached): λ, γ (ones for none), B and Bᵀ. */
export type LruConsts = LruTraceInputs;
export declare function lruConsts(r: LruResolved): LruConsts;
/**
 * E^B_t, computed when first needed: by the backward pass of step t, together with its
 * products with ḡ_t (one pass over [B, N, H]), or — when step t has no error — by step t + 1.
 * The value is fixed at construction (E^B_{t−1}, u_t and the batch constants); only the moment
 * it is computed varies, so whichever pass fills it in, every reader sees the same E^B_t.
 */
export declare class LazyTraceB {
    private readonly u;
    private prev;
    private value;
    constructor(prev: Complex | null, u: Tensor | null, value?: Complex | null);
    /** E^B_t. */
    get(c: LruConsts): Complex;
    /** Σ_b conj(E^B_t) ḡ_t[:, None] ([N, H] complex), advancing E^B in the same pass. */
    products(c: LruConsts, g: Complex): Complex;
    private advance;
}
/**
 * One online LRU step (see the module notes). λ, γ, B and u may be traced (`r`: the resolved
 * parameters); the value h_t = λ ⊙ h_{t−1} + γ ⊙ (B u_t) ([B, N] complex), the traces e^λ_t,
 * e^γ_t, the lazy E^B_t and the batch constants `c` are constants. Returns h_t as a node whose
 * backward pass is the online rule.
 */
export declare function lruOnlineStep(r: LruResolved, u: Tensor, h: Complex, traces: LruSmallTraces, b: LazyTraceB, c: LruConsts): Complex;
/** The online state of an LRU layer: h_{t−1}, the traces and the batch constants. */
export interface LruOnlineState {
    readonly h: Complex;
    /** e^λ, e^γ at t − 1. */
    readonly traces: LruSmallTraces;
    /** E^B at t − 1. */
    readonly b: LazyTraceB;
    readonly consts: LruConsts;
}
/** The state at the start of a sequence of B steps: h = 0, traces 0. */
export declare function initialLruOnlineState(r: LruResolved, batch: number): LruOnlineState;
/**
 * Mode 'online' (exact RTRL in the layer): e^λ, e^γ and h_t from the constants, u_t and h_{t−1};
 * E^B advanced lazily (see `LazyTraceB`); then the step through `lruOnlineStep` and the readout
 * y = Re(C h) + D ⊙ u. u: [B, H].
 */
export declare function lruStepOnline(r: LruResolved, s: LruOnlineState, u: Tensor): [LruOnlineState, Tensor];
/** The parameters that define λ in `p`'s parametrisation. */
export declare function lruLambdaKeys(p: LruParams): readonly string[];
/**
 * Modes without traces, from the layer's own step with h_{t−1} a constant:
 * 'truncated1' (e^λ_t = h_{t−1}, e^γ_t = B u_t, E^B_t = γ u_tᵀ: one step of BPTT) and 'spatial'
 * (the same with λ held constant: λ gets no gradient).
 */
export declare function lruStepTruncated(p: LruParams, h: LruState, u: Tensor, freezeLambda: boolean): [LruState, Tensor];
