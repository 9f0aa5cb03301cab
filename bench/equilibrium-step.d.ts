import type { Tensor, nn } from '../src/index.js';
export declare const EQUILIBRIUM_STEP_SHAPE: {
    readonly B: 64;
    readonly H: 784;
    readonly N: 256;
    readonly O: 10;
};
/** The parameters and batch drawn from `fill` (seeds 31–36); x ∈ [0, 1], labels b mod 10. */
export declare function equilibriumStepData(): {
    params: nn.EquilibriumRnnParams;
    x: Tensor;
    labels: Int32Array;
};
export interface EquilibriumStep {
    /** One step; returns the fixed-point iterations it took (LCP: controlled settling; RBP: forward + adjoint). */
    train(): number;
}
export declare function makeEquilibriumStep(method: 'lcp' | 'rbp'): EquilibriumStep;
