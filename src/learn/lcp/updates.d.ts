import type { Key } from '../../core/random.js';
import type { Tensor } from '../../core/tensor.js';
import type { EquilibriumRnnParams } from '../../nn/recurrent/equilibrium-rnn.js';
import type { KolenPollackFeedback, LcpController, LcpEquilibrium } from './controller.js';
/** The tensors of the equilibrium RNN's parameters (its gradient and update trees). */
export type EquilibriumRnnGrads = EquilibriumRnnParams;
/** −Δθ/η of LCP (module comment) by autodiff: shaped like params. */
export declare function lcpGradients(params: EquilibriumRnnParams, x: Tensor, eq: LcpEquilibrium, controller?: LcpController): EquilibriumRnnGrads;
/** Δθ/η of LCP by the local outer products ψ* tanh(v*)ᵀ, ψ*, ψ* xᵀ, u* tanh(v*)ᵀ, u* (batch summed). */
export declare function localUpdates(x: Tensor, eq: LcpEquilibrium): Omit<EquilibriumRnnGrads, 'kind'>;
/** Kolen–Pollack feedback weights: B_W = random / ‖·‖_F ([N, N]), B_D ~ N(0, 1/(O N)) ([O, N]) (the authors' initialisation). */
export declare function initFeedback(key: Key, params: EquilibriumRnnParams): KolenPollackFeedback;
/** Linear feedback Q ~ N(0, 1/O): [N, O]. */
export declare function initLinearFeedback(key: Key, params: EquilibriumRnnParams): Tensor;
export interface RbpOptions {
    /** Relative-change threshold of the forward and adjoint iterations (default 1e-4, the authors'). */
    threshold?: number;
    /** Maximum iterations of each (default 200). */
    maxIter?: number;
}
export interface TrainingGradients {
    loss: number;
    grads: EquilibriumRnnGrads;
    /** Forward iterations (and adjoint iterations for RBP). */
    forwardIterations: number;
    adjointIterations: number;
}
/** Recurrent backprop: the implicit gradient of loss(D(v*)) (adjoint by fixed-point iteration). */
export declare function rbpGradients(params: EquilibriumRnnParams, x: Tensor, loss: (logits: Tensor) => Tensor, o?: RbpOptions): TrainingGradients;
/** BP through K unrolled steps of v ← g(v) from v = 0. */
export declare function bpttGradients(params: EquilibriumRnnParams, x: Tensor, loss: (logits: Tensor) => Tensor, steps: number): TrainingGradients;
