/**
 * What the in-context-learning experiments (`icl-gd`, `gated-rnn-attention`) share: a resumable
 * loop that trains several models side by side, one optimiser step of each per loop step, with
 * fresh tasks every step (the data is a pure function of (seed, step), so a resumed run repeats
 * an uninterrupted one exactly), and the optimiser of the GD-ICL set-up (Adam, global-norm
 * clipping).
 */
import { optim } from '../../index.js';
import type { Key, Tensor, Tree } from '../../index.js';
import type { ConfigRanges } from '../runner/ranges.js';
import type { ConfigObject, RunContext } from '../runner/types.js';
/** Optimisation settings of one model. */
export interface TrainConfig extends ConfigObject {
    readonly steps: number;
    readonly batchSize: number;
    /** Adam's learning rate (constant). */
    readonly lr: number;
    /** Global-norm gradient clipping; 0: none. */
    readonly clipNorm: number;
}
export declare const trainRanges: ConfigRanges<TrainConfig>;
/** [clip →] Adam(lr). */
export declare function makeOptimizer(t: TrainConfig): optim.GradientTransformation;
/** One model trained by {@link trainSideBySide}. */
export interface Trainee {
    /** Short name, used in the logged keys (`loss_<name>`). */
    readonly name: string;
    readonly train: TrainConfig;
    /** Which data stream it trains on (default: its index in the list); fix it to keep a model's data when others are added or left out. */
    readonly stream?: number;
    /** Initial parameters (called once, unless the run resumes). */
    init(): Tree;
    /** The optimiser (default: `makeOptimizer(train)`, clipped Adam). */
    optimizer?: () => optim.GradientTransformation;
    /** The training loss of `params` on the tasks of step `step` drawn from `key`. */
    loss(params: Tree, key: Key, step: number): Tensor;
}
export interface SideBySideOptions {
    readonly ctx: RunContext;
    readonly trainees: readonly Trainee[];
    /** Data of step s of a model: `random.foldIn(random.foldIn(dataKey, stream), s)`. */
    readonly dataKey: Key;
    readonly logEvery: number;
    /** Run `evaluate` (and log what it returns) every this many steps; 0: at the end only. */
    readonly evalEvery: number;
    readonly checkpointEvery: number;
    /** Numbers to log about the current parameters (test losses). */
    evaluate(params: Readonly<Record<string, Tree>>): Record<string, number>;
}
/**
 * Train every trainee for its own number of steps, side by side: loop step s updates each model
 * with s < its steps. Logs `loss_<name>` (mean over the last `logEvery` steps) and what
 * `evaluate` returns. Returns the final parameters and the last logged training losses.
 */
export declare function trainSideBySide(o: SideBySideOptions): Promise<{
    params: Record<string, Tree>;
    trainLoss: Record<string, number>;
}>;
