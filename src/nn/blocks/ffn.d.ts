import type { Tensor } from '../../core/tensor.js';
import type { Layer } from '../types.js';
import type { DenseDistribution, DenseInit, DenseParams } from './dense.js';
import type { FloatDType } from './util.js';
/**
 * GELU (Hendrycks & Gimpel 2016): exact x·Φ(x) = ½x(1 + erf(x/√2)), or with
 * `approximate = true` the tanh form ½x(1 + tanh(√(2/π)(x + 0.044715x³))).
 *
 * `x: [...]` -> same shape.
 */
export declare function gelu(x: Tensor, approximate?: boolean): Tensor;
/** SiLU / swish: x·σ(x). */
export declare function silu(x: Tensor): Tensor;
/** Elementwise nonlinearities by name ('geluTanh' is the tanh approximation of GELU). */
export type Activation = 'gelu' | 'geluTanh' | 'relu' | 'tanh' | 'sigmoid' | 'silu' | 'identity';
export declare const ACTIVATIONS: readonly Activation[];
/** Apply the named activation elementwise. */
export declare function activation(name: Activation, x: Tensor): Tensor;
export interface GluConfig {
    dIn: number;
    dOut: number;
    /** Biases in both dense maps. */
    bias: boolean;
    init: DenseInit;
    distribution: DenseDistribution;
    dtype: FloatDType;
}
/** `dense1` (the value map) and `dense2` (the gate map), each `w: [dIn, dOut]`, `b: [dOut]`. */
export type GluParams = {
    readonly dense1: DenseParams;
    readonly dense2: DenseParams;
};
/**
 * Gated linear unit (Dauphin et al. 2017), as in the LRU block (P4):
 * y = Dense₁(z) ⊙ σ(Dense₂(z)).
 *
 * `z: [..., dIn]` -> `[..., dOut]`.
 */
export declare const glu: Layer<GluConfig, GluParams>;
/**
 * GEGLU (Shazeer 2020): y = Dense₁(z) ⊙ GELU(Dense₂(z)).
 *
 * `z: [..., dIn]` -> `[..., dOut]`.
 */
export declare const geglu: Layer<GluConfig, GluParams>;
/**
 * SwiGLU (Shazeer 2020): y = Dense₁(z) ⊙ SiLU(Dense₂(z)), SiLU(u) = u σ(u).
 *
 * `z: [..., dIn]` -> `[..., dOut]`.
 */
export declare const swiglu: Layer<GluConfig, GluParams>;
export interface MlpConfig {
    dIn: number;
    /** Widths of the hidden layers (may be empty: one dense map). */
    hidden: number[];
    dOut: number;
    /** Nonlinearity after every hidden layer (none after the last). */
    activation: Activation;
    bias: boolean;
    init: DenseInit;
    distribution: DenseDistribution;
    dtype: FloatDType;
}
/** `layers[i]`: dense maps dIn -> hidden[0] -> … -> dOut; static `activation` (needed by apply). */
export type MlpParams = {
    readonly layers: readonly DenseParams[];
    readonly activation: Activation;
};
/**
 * Multi-layer perceptron: h₀ = x, h_{i+1} = φ(h_i W_i + b_i) for the hidden layers,
 * y = h_L W_L + b_L (no nonlinearity on the output). The GPT-2 block's MLP (P2) is
 * `{ dIn: H, hidden: [4H], dOut: H, activation: 'gelu' }`.
 *
 * `x: [..., dIn]` -> `[..., dOut]`.
 */
export declare const mlp: Layer<MlpConfig, MlpParams>;
