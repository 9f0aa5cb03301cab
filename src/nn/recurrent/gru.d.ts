import type { Tensor } from '../../core/tensor.js';
import type { SequenceLayer } from '../types.js';
import type { FloatDType } from '../blocks/util.js';
export interface GruConfig {
    /** H: input width. */
    dIn: number;
    /** N: hidden (= output) width. */
    dHidden: number;
    /** 0: b = 0. T_max > 2: chrono initialisation b_z ~ log U[1, T_max − 1]. */
    chronoTMax: number;
    dtype: FloatDType;
}
export interface GruParams {
    readonly kind: 'gru';
    /** W = [W_r; W_z; W_n]: [3N, H]. */
    w: Tensor;
    /** U = [U_r; U_z; U_n]: [3N, N]. */
    u: Tensor;
    /** b = [b_r; b_z; b_n]: [3N]. */
    b: Tensor;
}
/** `nn.gru`. x: [B, T, H] or [T, H] -> h: [B, T, N] or [T, N]. */
export declare const gru: SequenceLayer<GruConfig, GruParams, Tensor>;
