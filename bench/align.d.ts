/**
 * P5 (permutation alignment): the exact linear assignment of learn.align on dense n × n costs
 * (n = 1000, the 1×1000 MLP's hidden layer, and 4096, the wide one), and one AdamW training step
 * of the 1×1000 MLP (784 -> 1000 ReLU -> 10, no biases, batch 100, softmax cross-entropy).
 *
 * The cost matrix is c_ij = frac(43758.5453 · sin(12.9898 i + 78.233 j)) in float64, a
 * deterministic pseudo-random matrix that the Python peer (scipy's linear_sum_assignment) builds
 * identically.
 */
import type { Tensor } from '../src/index.js';
export declare const ALIGN_LAP_SIZES: readonly [1000, 4096];
export declare const ALIGN_MLP: {
    readonly dIn: 784;
    readonly width: 1000;
    readonly classes: 10;
    readonly batch: 100;
};
/** The n × n cost matrix described in the module notes. */
export declare function alignCost(n: number): Float64Array;
/** learn.align.linearAssignment on the n × n cost; returns the optimal total cost. */
export declare function makeLap(n: number): () => number;
/** One training step (forward, backward, AdamW 1e-3 with weight decay 0.01) of the 1×1000 MLP. */
export declare function makeAlignMlpStep(seed?: number): {
    train(): Tensor;
};
