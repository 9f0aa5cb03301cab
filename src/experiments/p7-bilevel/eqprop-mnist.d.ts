import type { ConfigRanges } from '../runner/ranges.js';
import type { ConfigObject, Experiment } from '../runner/types.js';
export interface EqpropMnistConfig extends ConfigObject {
    readonly dHidden: number;
    readonly data: {
        readonly trainLimit: number;
        readonly testLimit: number;
    };
    readonly train: {
        readonly batchSize: number;
        readonly epochs: number;
        readonly lr: number;
    };
    /** β of symmetric EP. */
    readonly beta: number;
    /** Inner solve (both methods): relative tolerance and maximum iterations. */
    readonly innerTol: number;
    readonly innerMaxIter: number;
    /** Cosine of the EP estimate with the implicit gradient every this many steps (0: never). */
    readonly alignEvery: number;
    readonly logEvery: number;
    /** Save a checkpoint every this many steps (0: only when stopped). */
    readonly checkpointEvery: number;
}
/** The EP authors' public set-up: 784–1000–10, β = 1, Adam 1e-3, batch 64 (our choice of batch), 10 epochs. */
export declare function defaultEqpropMnistConfig(): EqpropMnistConfig;
export declare function smokeEqpropMnistConfig(): EqpropMnistConfig;
export declare const eqpropMnistRanges: ConfigRanges<EqpropMnistConfig>;
export declare const eqpropMnist: Experiment<EqpropMnistConfig>;
