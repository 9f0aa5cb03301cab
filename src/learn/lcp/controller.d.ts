import type { Tensor } from '../../core/tensor.js';
import type { EquilibriumRnnParams } from '../../nn/recurrent/equilibrium-rnn.js';
export type LcpController = 'dynamicInversion' | 'kolenPollack' | 'linearFeedback' | 'energy';
export declare const LCP_CONTROLLERS: readonly LcpController[];
/** Feedback weights of the Kolen–Pollack controller. */
export interface KolenPollackFeedback {
    /** B_W: [N, N], learns W. */
    w: Tensor;
    /** B_D: [O, N], learns D. */
    d: Tensor;
}
export interface LcpOptions {
    controller: LcpController;
    /** α: the controller's leak (0.1 in the paper's MNIST runs). */
    alpha: number;
    /** k_i (default 1). */
    ki?: number;
    /** k_p (default 0). */
    kp?: number;
    /** Relative-change threshold of the settling (default 1e-6). */
    threshold?: number;
    /** Maximum steps (default 800); for 'energy' the exact number of optimiser steps. */
    maxIter?: number;
    /** dt (default 1). */
    dt?: number;
    /** τ_v, τ_u, τ_e (default 1). */
    tauV?: number;
    tauU?: number;
    tauE?: number;
    /** 'kolenPollack': the feedback weights. */
    feedback?: KolenPollackFeedback;
    /** 'linearFeedback': Q, [N, O]. */
    q?: Tensor;
    /** 'energy': the optimiser's learning rate (default 0.01) and kind (default 'adam'). */
    energyLr?: number;
    energyOptimizer?: 'adam' | 'gd';
    /** 'energy': start from the free equilibrium (the authors' ff_init; default false: from 0). */
    energyFromFree?: boolean;
}
/** The controlled equilibrium. */
export interface LcpEquilibrium {
    /** v*: [B, N]. */
    v: Tensor;
    /** v̂*: [B, O]. */
    vHat: Tensor;
    /** e* = ψ*, the control on the state: [B, N]. */
    e: Tensor;
    /** u*, the control on the output: [B, O]. */
    u: Tensor;
    iterations: number;
    residual: number;
    converged: boolean;
}
/**
 * Settle the controlled dynamics for a batch.
 *
 * @param loss L(v̂) → scalar, v̂: [B, O]
 */
export declare function controlledEquilibrium(params: EquilibriumRnnParams, x: Tensor, loss: (vHat: Tensor) => Tensor, o: LcpOptions): LcpEquilibrium;
