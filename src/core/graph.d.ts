/**
 * The autodiff graph. While a gradient trace is active (inside `vjp`/`grad`), every op whose
 * inputs depend on a traced value records a node: its inputs, outputs and a backward function
 * written with differentiable ops. Nested traces simply record more nodes; backprop through
 * nodes created during an inner backward pass gives higher-order derivatives.
 *
 * A node lists the active traces it depends on; once all of them have ended, ops on its
 * outputs stop recording, so tensors living on after `grad` returns cost nothing.
 */
import type { Tensor } from './tensor.js';
export declare class Trace {
    readonly id: number;
    active: boolean;
}
/**
 * Cotangents of the outputs (null: none arrived) -> one cotangent per input. `needed[i]` says
 * whether input i leads to a differentiation target; rules may return null where it is false
 * and skip that work (e.g. ∂/∂x of a layer whose input is data).
 */
export type Backward = (cts: readonly (Tensor | null)[], needed: readonly boolean[]) => readonly (Tensor | null)[];
export interface GraphNode {
    /** Creation order; backprop visits nodes in decreasing id (a valid reverse topological order). */
    readonly id: number;
    readonly name: string;
    readonly inputs: readonly Tensor[];
    readonly outputs: readonly Tensor[];
    readonly traces: readonly Trace[];
    readonly backward: Backward;
    /** Set on the identity node that marks a differentiation target. */
    readonly leafOf?: Trace;
}
/** Active traces the given inputs depend on, or null when none (then nothing is recorded). */
export declare function liveTraces(inputs: readonly Tensor[]): Trace[] | null;
export declare function makeNode(name: string, inputs: readonly Tensor[], outputs: readonly Tensor[], traces: readonly Trace[], backward: Backward, leafOf?: Trace): GraphNode;
