import type { ConfigRanges } from '../runner/ranges.js';
import type { ConfigObject, Experiment } from '../runner/types.js';
export interface MetaSinusoidConfig extends ConfigObject {
    /** The rules to train (a subset of SINUSOID_RULES; the summary holds the trained ones). */
    readonly rules: readonly string[];
    readonly hidden: readonly number[];
    readonly kShot: number;
    /** 'maml': A ∈ [0.1, 5]; 'p9Code': A ∈ [0.1, 0.5] (the P9 authors' code). */
    readonly amplitudes: string;
    readonly metaIterations: number;
    readonly metaBatch: number;
    readonly outerLr: number;
    /** α, the inner step size of every rule. */
    readonly innerLr: number;
    /** K, the gradient steps of MAML, first-order MAML and Reptile (at training and test). */
    readonly innerSteps: number;
    /** λ of the proximal inner loss (iMAML, contrastive). */
    readonly lambda: number;
    /** The step size of the proximal rules' inner solver (gradient descent needs it below 2/λ_max of the inner Hessian). */
    readonly proximalLr: number;
    /** The proximal rules' inner solver: 'sgd', 'adam' or 'anderson' (gradient descent as an Anderson-accelerated fixed point). */
    readonly proximalSolver: string;
    /** T₀: steps of the proximal inner solve (free phase). */
    readonly proximalSteps: number;
    /** T_β: steps of each nudged phase. */
    readonly nudgedSteps: number;
    readonly beta: number;
    /** Stop a proximal inner solve early at this relative tolerance (0: run all its steps). */
    readonly innerTol: number;
    readonly cgIters: number;
    readonly nTest: number;
    readonly evalEvery: number;
}
/** The rules compared, with the key suffix of their metrics. */
export declare const SINUSOID_RULES: readonly ["MAML", "FOMAML", "IMAML", "Reptile", "ContrastiveOneSided", "ContrastiveSymmetric"];
export type SinusoidRuleName = (typeof SINUSOID_RULES)[number];
export declare function defaultMetaSinusoidConfig(): MetaSinusoidConfig;
export declare function smokeMetaSinusoidConfig(): MetaSinusoidConfig;
export declare const metaSinusoidRanges: ConfigRanges<MetaSinusoidConfig>;
export declare const metaSinusoid: Experiment<MetaSinusoidConfig>;
