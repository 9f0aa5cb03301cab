import type { Key, Tensor } from '../../index.js';
import type { ConfigObject } from '../runner/types.js';
export type BilevelProblemKind = 'ridge' | 'hopfield';
export declare const BILEVEL_PROBLEMS: readonly BilevelProblemKind[];
export interface RidgeSettings extends ConfigObject {
    readonly nTrain: number;
    readonly nVal: number;
    readonly noise: number;
}
export interface HopfieldSettings extends ConfigObject {
    readonly nIn: number;
    readonly nOut: number;
    readonly batch: number;
    readonly coupling: number;
}
/** A bilevel problem with a tree of hyperparameters θ. */
export interface ExperimentProblem<T> {
    readonly theta: T;
    /** φ0 for the inner solves. */
    readonly phi0: Tensor;
    readonly innerLoss: (phi: Tensor, theta: T) => Tensor;
    readonly outerLoss: (phi: Tensor, theta: T) => Tensor;
}
export declare function ridgeProblem(key: Key, p: number, s: RidgeSettings): ExperimentProblem<Tensor>;
export interface HopfieldTheta {
    a: Tensor;
    u: Tensor;
    b: Tensor;
}
export declare function hopfieldProblem(key: Key, n: number, s: HopfieldSettings): ExperimentProblem<HopfieldTheta>;
