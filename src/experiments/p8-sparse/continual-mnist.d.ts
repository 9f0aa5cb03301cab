import type { ConfigRanges } from '../runner/ranges.js';
import type { ConfigObject, Experiment } from '../runner/types.js';
export declare const CONTINUAL_METHODS: readonly ["SGD", "LaMAML", "SparseMask"];
export type ContinualMethod = (typeof CONTINUAL_METHODS)[number];
export interface ContinualMnistConfig extends ConfigObject {
    /** A subset of CONTINUAL_METHODS. */
    readonly methods: readonly string[];
    /** 'rotations', 'permutations' or 'manyPermutations' (tasks.continual). */
    readonly benchmark: string;
    readonly nTasks: number;
    readonly trainPerTask: number;
    readonly testPerTask: number;
    /** Units of each of the two hidden layers. */
    readonly hidden: number;
    readonly batchSize: number;
    readonly glances: number;
    /** Replay memory size and the replayed samples per meta batch. */
    readonly memories: number;
    readonly replayBatch: number;
    readonly sgdLr: number;
    /** La-MAML: the initial learning rate α of every parameter and the SGD rate of α. */
    readonly alphaInit: number;
    readonly ratesLr: number;
    /** The mask: α₀ and the SGD rate of the scores κ. */
    readonly maskStep: number;
    readonly maskLr: number;
    /** Global-norm clip of each gradient tree of the meta-learners (0: none). */
    readonly clipNorm: number;
}
/** La-MAML's MNIST rotations run: 20 tasks of 1000 samples, 5 glances, memory 200, α₀ 0.15, rate lr 0.3, clip 2. */
export declare function defaultContinualMnistConfig(): ContinualMnistConfig;
export declare function smokeContinualMnistConfig(): ContinualMnistConfig;
export declare const continualMnistRanges: ConfigRanges<ContinualMnistConfig>;
export declare const continualMnist: Experiment<ContinualMnistConfig>;
