import type { ConfigRanges } from '../runner/ranges.js';
import type { ConfigObject, Experiment } from '../runner/types.js';
/** The hypergradient methods compared, as the suffix of their summary keys. */
export declare const HYPEROPT_METHODS: readonly ["Contrastive", "CG", "Neumann", "T1T2"];
export type HyperoptMethod = (typeof HYPEROPT_METHODS)[number];
export interface MetaHyperoptConfig extends ConfigObject {
    /** Hidden widths of the tanh MLP 784-[hidden]-10. */
    readonly hidden: readonly number[];
    /** The first this many MNIST training images (0: all 60000), half training and half validation. */
    readonly dataLimit: number;
    readonly lambda0: number;
    readonly outerSteps: number;
    readonly outerLr: number;
    /** Free phase: Adam steps and learning rate, decayed along a cosine to innerLrEnd × innerLr (1: constant); batch size (0: the whole training half). */
    readonly innerSteps: number;
    readonly innerLr: number;
    readonly innerLrEnd: number;
    /** 'adam' (the paper's) or 'anderson' (gradient descent with step innerLr as an Anderson-accelerated fixed point; whole set only). */
    readonly innerSolver: string;
    readonly batchSize: number;
    /** Contrastive: β, nudged steps, their learning rate and optimiser, one-sided or symmetric. */
    readonly beta: number;
    readonly nudgedSteps: number;
    readonly nudgedLr: number;
    readonly nudgedOptimizer: string;
    readonly variant: string;
    readonly cgIters: number;
    readonly neumannTerms: number;
    readonly neumannAlpha: number;
    /** The reference: conjugate gradients to this relative residual, at most this many products. */
    readonly referenceTol: number;
    readonly referenceIters: number;
    /** Compare with the reference every this many outer steps (0: never). */
    readonly cosineEvery: number;
    /** Save a checkpoint every this many outer steps (0: only when stopped). */
    readonly checkpointEvery: number;
}
/** The paper's set-up (PAPERS.md P9 and the P9 authors' MNIST configuration). */
export declare function defaultMetaHyperoptConfig(): MetaHyperoptConfig;
/**
 * A convex reduction that runs in seconds: softmax regression 784-10 (no hidden layer) on 200 + 200
 * images with λ₀ = 1e-3, 2 outer steps, free and nudged phases by Anderson-accelerated gradient descent (so the
 * free phase is near the exact minimiser, where the contrastive estimate and the reference are
 * defined), β = 0.1, CG 20 iterations and Neumann 40 terms.
 */
export declare function smokeMetaHyperoptConfig(): MetaHyperoptConfig;
export declare const metaHyperoptRanges: ConfigRanges<MetaHyperoptConfig>;
export declare const metaHyperopt: Experiment<MetaHyperoptConfig>;
