import type { Tensor } from '../../core/tensor.js';
import type { SequenceLayer } from '../types.js';
import type { FloatDType } from '../blocks/util.js';
/** The nonlinearity ρ applied to h_{t−1} before A. */
export type LinearRnnNonlinearity = 'identity' | 'tanh';
export interface LinearRnnConfig {
    /** H: input width. */
    dIn: number;
    /** N: state width. */
    dHidden: number;
    /** O: output width. */
    dOut: number;
    /** A ~ N(0, aGain²/N) (spectral radius ≈ aGain for large N). */
    aGain: number;
    /** ρ in h_t = A ρ(h_{t−1}) + B x_t. */
    nonlinearity: LinearRnnNonlinearity;
    dtype: FloatDType;
}
/** The weights and the static fields `kind` and `nonlinearity` (ρ) that apply and step read. */
export interface LinearRnnParams {
    readonly kind: 'linearRnn';
    readonly nonlinearity: LinearRnnNonlinearity;
    /** A: [N, N]. */
    a: Tensor;
    /** B: [N, H]. */
    b: Tensor;
    /** C: [O, N]. */
    c: Tensor;
    /** D: [O, H]. */
    d: Tensor;
}
/**
 * `nn.linearRnn`: h_t = A ρ(h_{t−1}) + B x_t, y_t = C h_t + D x_t (dense A; ρ identity or tanh
 * from config `nonlinearity`, a static field of the parameters). x: [B, T, H] or [T, H].
 *
 * @example
 *   const p = nn.linearRnn.init(key, { dIn: 2, dHidden: 8, dOut: 2, nonlinearity: 'tanh' });
 *   nn.linearRnn.apply(p, x);                // ρ = tanh, read from p.nonlinearity
 */
export declare const linearRnn: SequenceLayer<LinearRnnConfig, LinearRnnParams, Tensor>;
export interface RnnConfig {
    /** H: input width. */
    dIn: number;
    /** N: hidden width (= output width). */
    dHidden: number;
    /** W ~ N(0, wGain²/N). */
    wGain: number;
    dtype: FloatDType;
}
export interface RnnParams {
    readonly kind: 'rnn';
    /** W: [N, N]. */
    w: Tensor;
    /** U: [N, H]. */
    u: Tensor;
    /** b: [N]. */
    b: Tensor;
}
/** `nn.rnn`: h_t = tanh(W h_{t−1} + U x_t + b), y_t = h_t. x: [B, T, H] or [T, H] -> [B, T, N] or [T, N]. */
export declare const rnn: SequenceLayer<RnnConfig, RnnParams, Tensor>;
