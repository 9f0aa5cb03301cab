import type { Key, Tensor } from '../../index.js';
import type { ConfigRanges } from '../runner/ranges.js';
import type { ConfigObject, Experiment, RunContext, Summary } from '../runner/types.js';
export interface SineMlpConfig extends ConfigObject {
    /** Optimizer steps. */
    readonly steps: number;
    /** Points per minibatch, drawn uniformly from [−π, π] afresh each step. */
    readonly batchSize: number;
    readonly model: {
        /** Width of both hidden layers. */
        readonly hidden: number;
    };
    /** Adam step size and moment decay rates. */
    readonly optim: {
        readonly lr: number;
        readonly beta1: number;
        readonly beta2: number;
        readonly eps: number;
    };
    /** Points of the even test grid on [−π, π]. */
    readonly testPoints: number;
    /** Log metrics every this many steps (and on the first and last). */
    readonly logEvery: number;
    /** Write a checkpoint every this many steps; 0: only when stopped. */
    readonly checkpointEvery: number;
}
export declare function defaultSineMlpConfig(): SineMlpConfig;
/** Allowed values of every setting. */
export declare const sineMlpRanges: ConfigRanges<SineMlpConfig>;
/**
 * Peak bytes of a run (f32): the H² + 4H + 1 parameters with their gradients, Adam's two moments
 * and the update's temporaries (6 copies); per hidden layer about 8 [B, H] activations of the
 * forward and backward pass, for the minibatch and for the test grid.
 */
export declare function estimateSineMlpBytes(c: SineMlpConfig): number;
/** Seconds on a laptop CPU: small network, few steps. */
export declare function smokeSineMlpConfig(): SineMlpConfig;
/** Parameters of the MLP; `w1: [1, H]`, `w2: [H, H]`, `w3: [H, 1]`, biases `[H]`/`[1]`. */
export interface MlpParams {
    readonly [name: string]: Tensor;
    readonly w1: Tensor;
    readonly b1: Tensor;
    readonly w2: Tensor;
    readonly b2: Tensor;
    readonly w3: Tensor;
    readonly b3: Tensor;
}
/** LeCun-normal weights W ~ N(0, 1/fanIn) (keeps tanh pre-activations at unit scale), zero biases. */
export declare function initMlp(key: Key, hidden: number): MlpParams;
/** f(x) for `x: [B, 1]` → `[B, 1]`. */
export declare function mlpApply(p: MlpParams, x: Tensor): Tensor;
/**
 * Train (or resume) and return the final numbers together with the final parameters, for
 * callers that want the trained network (and for tests that compare parameters bit for bit).
 */
export declare function trainSineMlp(c: SineMlpConfig, ctx: RunContext): Promise<{
    summary: Summary;
    params: MlpParams;
}>;
export declare const sineMlp: Experiment<SineMlpConfig>;
