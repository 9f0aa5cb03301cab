import type { Tensor } from '../../core/tensor.js';
import type { SequenceLayer } from '../types.js';
import type { FloatDType } from '../blocks/util.js';
export interface EquilibriumRnnConfig {
    /** H: input width (784 for MNIST). */
    dIn: number;
    /** N: state width (256 in the paper). */
    dHidden: number;
    /** O: output width (10 classes). */
    dOut: number;
    dtype: FloatDType;
}
export interface EquilibriumRnnParams {
    readonly kind: 'equilibriumRnn';
    /** U: [N, H], the encoder. */
    u: Tensor;
    /** b: [N]. */
    b: Tensor;
    /** W: [N, N], the recurrent weights. */
    w: Tensor;
    /** D: [O, N], the decoder. */
    d: Tensor;
    /** d: [O], the decoder bias. */
    dBias: Tensor;
}
/** Per-call options of `apply`: the settling of the free dynamics. */
export interface EquilibriumRnnApplyOptions {
    /** Relative-change threshold (default 1e-4). */
    tol?: number;
    /** Maximum steps (default 200). */
    maxIter?: number;
}
/** U x + b: [B, N] (constant during the settling). */
declare function drive(p: EquilibriumRnnParams, x: Tensor): Tensor;
/** g(v) = W tanh(v) + (U x + b): [B, N]. */
declare function dynamics(p: EquilibriumRnnParams, v: Tensor, driveX: Tensor): Tensor;
/** D tanh(v) + d: [B, O]. */
declare function decode(p: EquilibriumRnnParams, v: Tensor): Tensor;
/** Settle v ← g(v) from v = 0; returns v and the steps taken. */
declare function settle(p: EquilibriumRnnParams, x: Tensor, options?: EquilibriumRnnApplyOptions): {
    v: Tensor;
    iterations: number;
    residual: number;
};
export declare const equilibriumRnn: SequenceLayer<EquilibriumRnnConfig, EquilibriumRnnParams, Tensor, EquilibriumRnnApplyOptions> & {
    drive: typeof drive;
    dynamics: typeof dynamics;
    decode: typeof decode;
    settle: typeof settle;
};
export {};
