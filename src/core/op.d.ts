import type { OpKernels, TensorMeta } from './backend.js';
import type { OpName, OpParams } from './ops/table.js';
import { Tensor } from './tensor.js';
export type { OpName, OpParams } from './ops/table.js';
/** Parameters of an op that takes none. */
export type NoParams = Record<string, never>;
export interface VjpContext<P> {
    readonly inputs: readonly Tensor[];
    readonly outputs: readonly Tensor[];
    readonly params: P;
    /** Which inputs need a cotangent; a rule may return null for the others and skip the work. */
    readonly needsGrad: readonly boolean[];
}
/** The definition of op `K`: its parameters are `OpParams[K]`, its name is its key in `ops`. */
export type OpDef<K extends OpName> = OpDefBase<K, OpParams[K]>;
/**
 * An op named N (one name, or a union for code generic over several ops) with parameters P:
 * dispatch takes this form so that ops chosen at run time (`unaryOps[name]`) type-check.
 */
export interface OpDefBase<N extends OpName, P> {
    readonly name: N;
    /** Output shapes and dtypes; throws a message naming the op and the offending shapes. */
    readonly infer: (inputs: readonly TensorMeta[], params: P) => TensorMeta[];
    readonly kernels: OpKernels<P>;
    /**
     * Cotangents of the outputs (null where an output received none) -> one cotangent per input
     * (null: zero or not differentiable). Must use differentiable ops so that derivatives nest.
     * Omitted for ops without a gradient (integer outputs, sorting indices...).
     */
    readonly vjp?: (cts: readonly (Tensor | null)[], ctx: VjpContext<P>) => readonly (Tensor | null)[];
    /**
     * The unfused composition of a fused routine, written with differentiable ops: the same
     * outputs (shapes, dtypes, values up to rounding) as the kernels. Runs on backends without a
     * kernel for the op; tests check kernels and reference agree in value and gradient.
     */
    readonly reference?: (inputs: readonly Tensor[], params: P) => Tensor[];
}
/** Run op `def` on `inputs` (all on one device): its kernel there, else its reference composition. */
export declare function runOp<P>(def: OpDefBase<OpName, P>, inputs: readonly Tensor[], params: P): Tensor[];
/** Convenience for single-output ops. */
export declare function runOp1<P>(def: OpDefBase<OpName, P>, inputs: readonly Tensor[], params: P): Tensor;
export declare function shapeError(op: string, msg: string, ...shapes: readonly (readonly number[])[]): Error;
/**
 * Record a node for an output computed without `runOp` (views such as reshape, custom VJPs):
 * a no-op unless a trace is watching one of the inputs.
 */
export declare function recordNode(name: string, inputs: readonly Tensor[], outputs: readonly Tensor[], backward: (cts: readonly (Tensor | null)[], needed: readonly boolean[]) => readonly (Tensor | null)[]): void;
