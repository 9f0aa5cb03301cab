import type { Tensor } from '../../core/tensor.js';
import type { SequenceLayer } from '../types.js';
import type { FloatDType } from '../blocks/util.js';
export interface LstmConfig {
    /** H: input width. */
    dIn: number;
    /** N: hidden (= output) width. */
    dHidden: number;
    /** Initial value of the forget-gate bias (1 keeps memories at the start of training). */
    forgetBias: number;
    dtype: FloatDType;
}
export interface LstmParams {
    readonly kind: 'lstm';
    /** W = [W_i; W_f; W_g; W_o]: [4N, H]. */
    w: Tensor;
    /** U = [U_i; U_f; U_g; U_o]: [4N, N]. */
    u: Tensor;
    /** b = [b_i; b_f; b_g; b_o]: [4N]. */
    b: Tensor;
}
/** Hidden state h and cell state c, each [...batch, N]. */
export interface LstmState {
    h: Tensor;
    c: Tensor;
}
/** `nn.lstm`. x: [B, T, H] or [T, H] -> h: [B, T, N] or [T, N]. */
export declare const lstm: SequenceLayer<LstmConfig, LstmParams, LstmState>;
