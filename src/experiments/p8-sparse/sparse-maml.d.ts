import type { ConfigRanges } from '../runner/ranges.js';
import type { ConfigObject, Experiment } from '../runner/types.js';
export declare const SPARSE_RULES: readonly ["MAML", "ANIL", "MetaSGD", "SparseMAML", "SparseReluMAML"];
export type SparseRuleName = (typeof SPARSE_RULES)[number];
export interface SparseMamlConfig extends ConfigObject {
    /** The rules to train, a subset of SPARSE_RULES (the summary holds the trained ones). */
    readonly rules: readonly string[];
    /** 'mixed' or 'f2m' (tasks.fewShot). */
    readonly split: string;
    readonly nWay: number;
    readonly kShot: number;
    readonly nQuery: number;
    /** Channels of every conv block. */
    readonly hidden: number;
    readonly metaIterations: number;
    readonly metaBatch: number;
    readonly outerLr: number;
    /** The Adam learning rate of the mask scores (and of Meta-SGD's rates). */
    readonly maskLr: number;
    readonly innerLr: number;
    readonly innerSteps: number;
    readonly nTest: number;
    readonly evalEvery: number;
    /** Meta-test episodes of the intermediate evaluations (the final one uses nTest). */
    readonly nEval: number;
}
export declare function defaultSparseMamlConfig(): SparseMamlConfig;
export declare function smokeSparseMamlConfig(): SparseMamlConfig;
export declare const sparseMamlRanges: ConfigRanges<SparseMamlConfig>;
/** Mean and 95 % half-width (1.96 standard errors) of per-episode accuracies. */
export declare function meanCi95(xs: readonly number[]): [number, number];
export declare const sparseMaml: Experiment<SparseMamlConfig>;
