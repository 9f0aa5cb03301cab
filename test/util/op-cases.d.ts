/**
 * Sample operands of every op in the table `ops`, keyed by `OpName`: an op without an entry
 * here fails typechecking, so every new op gets the checks of test/ops-table.test.ts and
 * test/webgpu/ops-table.test.ts. Where a check does not apply, the entry says why.
 */
import type { Tensor } from '../../src/index.js';
import type { OpName, OpParams } from '../../src/core/op.js';
export type FloatDType = 'f32' | 'f64';
export interface OpSample<K extends OpName> {
    readonly inputs: Tensor[];
    readonly params: OpParams[K];
}
export interface Tolerance {
    readonly rtol: number;
    readonly atol: number;
}
export interface OpCase<K extends OpName> {
    /**
     * Operands and parameters, floats in `dtype`. `large`: sizes at which the Wasm kernels run
     * (they decline small operands); otherwise small, since the finite-difference check perturbs
     * every element.
     */
    readonly sample: (dtype: FloatDType, large: boolean) => OpSample<K>;
    /** true: the VJP is checked against finite differences (f64); a string: why the op has none. */
    readonly grad: true | string;
    /** Outputs the gradient checks weight (default: all float outputs), when others are internal. */
    readonly gradOutputs?: readonly number[];
    /**
     * A differentiable map applied to the operands inside the gradient checks, onto the set the
     * op is defined on (symmetric, triangular…); the identity on the sample itself.
     */
    readonly pre?: (xs: readonly Tensor[]) => Tensor[];
    /** Float dtypes with a Wasm kernel for the large sample; a string: why the op has none. */
    readonly wasm: readonly FloatDType[] | string;
    /** WebGPU (f32) against the CPU (f32); default rtol 1e-5, atol 1e-6. */
    readonly gpuTol?: Tolerance;
}
export declare const opCases: {
    readonly [K in OpName]: OpCase<K>;
};
