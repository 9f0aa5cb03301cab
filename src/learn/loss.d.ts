import type { Tensor } from '../core/tensor.js';
export type SequenceLossKind = 'xent' | 'bce' | 'mse';
export declare const LOSS_KINDS: readonly SequenceLossKind[];
/** The summed loss and the counters of one call (scalars). */
export interface LossTerms {
    /** Σ m ℓ over the entries (differentiable). */
    readonly sum: Tensor;
    /** Σ m·[prediction correct] (class for 'xent', bit for 'bce'; null for 'mse'). */
    readonly correct: Tensor | null;
    /** Σ m (y − t)² ('mse' only; equals `sum` there). */
    readonly squaredError: Tensor | null;
}
/**
 * Loss terms of outputs `y: [..., K]` against `target` (`[...]` i32 ids for 'xent', `[..., K]`
 * floats otherwise), with an optional mask `[...]` (1 where the entry counts).
 */
export declare function lossTerms(kind: SequenceLossKind, y: Tensor, target: Tensor, mask: Tensor | null): LossTerms;
/** Entries per step and batch element that the loss counts: 1 for 'xent', K for 'bce'/'mse'. */
export declare function unitsPerStep(kind: SequenceLossKind, dOutput: number): number;
