import type { Tensor } from '../../core/tensor.js';
import type { MetaTask, TaskLoss } from './rules.js';
export interface CheckContrastiveOptions {
    /** Seed of the random task and ω (default 0). */
    seed?: number;
    /** Hidden units of the tanh network (default 6). */
    hidden?: number;
    /** The β of the slopes (default CHECK_BETAS: 2⁻³ … 2⁻⁸). */
    betas?: readonly number[];
    /** The inner tolerances δ of the last sweep (default 1e-2 … 1e-12) and its β (default 0.01). */
    innerTols?: readonly number[];
    betaForInnerTol?: number;
}
export interface CheckContrastiveReport {
    /** β, largest first. */
    betas: number[];
    /** ‖ĝ − g‖ / ‖g‖ of the one-sided and symmetric rules per β (inner solve to machine precision). */
    errorOneSided: number[];
    errorSymmetric: number[];
    /** Slopes of log error vs log β (theory: 1 and 2). */
    slopeOneSided: number;
    slopeSymmetric: number;
    /** The inner tolerances δ of the last sweep, loosest first. */
    innerTols: number[];
    /** β of the δ sweep. */
    betaForInnerTol: number;
    /** Symmetric error per δ at β = betaForInnerTol (theory: O(δ/β) until the O(β²) floor). */
    errorVsInnerTol: number[];
}
/** The tanh regression network's parameters. */
export interface TanhNetParams {
    w1: Tensor;
    b1: Tensor;
    w2: Tensor;
    b2: Tensor;
}
/** A regression batch: x: [N, 1], y: [N, 1]. */
export interface RegressionBatch {
    x: Tensor;
    y: Tensor;
}
/** Mean squared error of the tanh network on a batch. */
export declare const tanhNetLoss: TaskLoss<TanhNetParams, RegressionBatch>;
/** The check's random task and initialisation ω (float64). */
export declare function checkContrastiveTask(seed: number, hidden: number): {
    task: MetaTask<RegressionBatch>;
    omega: TanhNetParams;
    lambda: number;
};
/** The exact implicit meta-gradient dL_query(φ*(ω))/dω of the proximal inner problem (direct solve). */
export declare function exactProximalMetaGradient<P, B>(loss: TaskLoss<P, B>, omega: P, task: MetaTask<B>, lambda: number, innerLr: number): P;
/** Run the check (float64, CPU). */
export declare function checkContrastive(options?: CheckContrastiveOptions): CheckContrastiveReport;
