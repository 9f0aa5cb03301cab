import type { Tensor } from '../core/tensor.js';
import type { GruParams } from '../nn/recurrent/gru.js';
import type { LinearRnnNonlinearity, LinearRnnParams } from '../nn/recurrent/linear-rnn.js';
export interface LinearRnnSnapState {
    /** h_{t−1}: [B, N]. */
    readonly h: Tensor;
    /** J^A: [B, N, N], J^B: [B, N, H]. */
    readonly ja: Tensor;
    readonly jb: Tensor;
}
export declare function linearRnnSnapInit(p: LinearRnnParams, batch: number): LinearRnnSnapState;
/** One SnAp-1 step of `nn.linearRnn`: x: [B, H] -> y: [B, O]. */
export declare function linearRnnSnapStep(p: LinearRnnParams, s: LinearRnnSnapState, x: Tensor, nonlinearity: LinearRnnNonlinearity): [LinearRnnSnapState, Tensor];
export interface GruSnapState {
    /** h_{t−1}: [B, N]. */
    readonly h: Tensor;
    /** J^W: [B, 3N, H], J^U: [B, 3N, N], J^b: [B, 3N]. */
    readonly jw: Tensor;
    readonly ju: Tensor;
    readonly jb: Tensor;
}
export declare function gruSnapInit(p: GruParams, batch: number): GruSnapState;
/** One SnAp-1 step of `nn.gru`: x: [B, H] -> y = h_t: [B, N]. */
export declare function gruSnapStep(p: GruParams, s: GruSnapState, x: Tensor): [GruSnapState, Tensor];
