import type { FloatDType } from '../core/dtype.js';
import type { Key } from '../core/random.js';
import { Tensor } from '../core/tensor.js';
export interface LinearDynamicsConfig {
    /** n_s: width of the observed tokens s_t. */
    readonly nS: number;
    /** n_h: width of the hidden state (must equal n_s when fully observed). */
    readonly nH: number;
    /** T: tokens per sequence (the model sees s_1..s_T and predicts s_2..s_{T+1}). */
    readonly T: number;
    /** σ: standard deviation of the state noise. */
    readonly noise: number;
    /** 'full': s_t = h_t; 'partial': s_t = C* h_t (+ observation noise). */
    readonly observed: 'full' | 'partial';
    /** Standard deviation of the entries of C* ('partial'). */
    readonly obsStd: number;
    /** σ_obs: standard deviation of the observation noise ('partial'). */
    readonly obsNoise: number;
    /** h_{t+1} = W* f(h_t)/‖f(h_t)‖ + σ ε with a fixed random MLP f. */
    readonly nonlinear: boolean;
    /** m: hidden width of the MLP f ('nonlinear'). */
    readonly mlpHidden: number;
    /** Seed of the MLP f (one function for the whole task). */
    readonly mlpSeed: number;
    /** W* = U diag(λ) U⁻¹ with λ ∈ [eigMin, eigMax] instead of an orthogonal W*. */
    readonly contracting: boolean;
    readonly eigMin: number;
    readonly eigMax: number;
    /** h_1 ~ N(0, initScale² I) ('normal') or U(−initScale, initScale) ('uniform'). */
    readonly init: 'normal' | 'uniform';
    readonly initScale: number;
    /** Linear dynamics: states clipped to [−clip, clip] after every step (Infinity: none). */
    readonly clip: number;
}
/** The paper's fully observed linear set-up: n_s = 10, T = 50, σ = 0.01, h_1 ~ N(0, I), clip 10. */
export declare function defaultLinearDynamicsConfig(): LinearDynamicsConfig;
/** A batch of B sequences. */
export interface DynamicsBatch {
    /** s_1..s_T: [B, T, n_s]. */
    readonly inputs: Tensor;
    /** s_2..s_{T+1}: [B, T, n_s]. */
    readonly targets: Tensor;
    /** W*: [B, n_h, n_h]. */
    readonly w: Tensor;
    /** C*: [B, n_s, n_h] ('partial'), or null. */
    readonly c: Tensor | null;
    /** The hidden states h_1..h_{T+1}: [B, T + 1, n_h]. */
    readonly states: Tensor;
}
export interface LinearDynamics {
    readonly config: LinearDynamicsConfig;
    /** B sequences drawn from `key` (see the module notes). */
    sample(key: Key, batch: number, dtype?: FloatDType): DynamicsBatch;
}
/** Raise unless `c` is a valid configuration (each message names the key and what is allowed). */
export declare function checkLinearDynamics(c: LinearDynamicsConfig): void;
/** Sequences from random dynamical systems (module notes). Unset keys take the paper's defaults. */
export declare function linearDynamics(config?: Partial<LinearDynamicsConfig>): LinearDynamics;
/**
 * Constructed tokens e_t = [0, s_t, s_t, s_{t−1}] (s_0 = 0): s [B, T, n] -> [B, T, 4n]. The first
 * slot is where a model writes its prediction of s_{t+1}.
 */
export declare function constructedTokens(s: Tensor): Tensor;
/** A batch of few-shot regression prompts. */
export interface RegressionPrompts {
    /** [x_1, y_1, …, x_N, y_N] as tokens: [B, 2N, n]. */
    readonly tokens: Tensor;
    /** x_i: [B, N, n]; y_i = W* x_i: [B, N, n]; W*: [B, n, n]. */
    readonly x: Tensor;
    readonly y: Tensor;
    readonly w: Tensor;
}
/**
 * Few-shot regression prompts [x_1, y_1, …, x_N, y_N] with y_i = W* x_i (PAPERS.md P2,
 * repurposing): W* Haar-random orthogonal per prompt (the dynamics' distribution), x_i ~ N(0, I)
 * or U(−1, 1). A model trained on dynamics predicts y_i at the position of x_i (token 2i − 2).
 */
export declare function regressionPrompts(key: Key, o: {
    batch: number;
    nShots: number;
    n: number;
    init?: 'normal' | 'uniform';
    dtype?: FloatDType;
}): RegressionPrompts;
