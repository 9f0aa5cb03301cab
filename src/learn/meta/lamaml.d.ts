import type { TaskLoss } from './rules.js';
export type LamamlRates = 'learned' | 'mask';
export declare const LAMAML_RATES: readonly LamamlRates[];
export interface LamamlOptions {
    /** 'learned': r = ReLU(α) (La-MAML); 'mask': r = α₀ m(κ) (sparse step-function mask). */
    rates: LamamlRates;
    /** mask: α₀, the step size of the unmasked weights. */
    maskStep?: number;
    /** η_ρ, the SGD learning rate of α or κ (La-MAML on MNIST: 0.3 for rotations and permutations). */
    ratesLr: number;
    /** The global-norm clip of each gradient tree (La-MAML: 2; 0 disables). */
    clipNorm?: number;
    /** Hold the inner gradients constant (default true, as La-MAML on MNIST). */
    firstOrder?: boolean;
}
export interface LamamlParams<P> {
    /** θ: the weights. */
    theta: P;
    /** ρ: the learning rates α ('learned') or the mask scores κ ('mask'), shaped like θ. */
    rates: P;
}
export interface LamamlGradient<P> {
    /** L_meta at (θ, ρ). */
    metaLoss: number;
    grad: LamamlParams<P>;
}
/** The step sizes r(ρ) (module notes), differentiable in ρ. */
export declare function lamamlStepSizes<P>(rates: P, o: Pick<LamamlOptions, 'rates' | 'maskStep'>): P;
/** L_meta(θ, ρ) and its gradient (module notes). `samples`: the n incoming samples, one batch each. */
export declare function lamamlMetaGradient<P, B>(loss: TaskLoss<P, B>, params: LamamlParams<P>, samples: readonly B[], metaBatch: B, o: LamamlOptions): LamamlGradient<P>;
/** One La-MAML update (module notes): ρ by SGD, then θ by the new step sizes. */
export declare function lamamlStep<P, B>(loss: TaskLoss<P, B>, params: LamamlParams<P>, samples: readonly B[], metaBatch: B, o: LamamlOptions): {
    params: LamamlParams<P>;
    metaLoss: number;
};
