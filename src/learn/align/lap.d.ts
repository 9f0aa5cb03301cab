import { Tensor } from '../../core/tensor.js';
/** A cost matrix: a rank-2 tensor, or rows of numbers of equal length. */
export type CostMatrix = Tensor | readonly (readonly number[])[];
/**
 * Solve the linear assignment problem exactly (see the module notes).
 *
 * `cost: [n, m]` with n ≤ m (a tensor or nested array); entries may be +∞ (a forbidden pair),
 * never NaN or −∞. Returns `col` of length n: row i is assigned column `col[i]`, all distinct,
 * Σ_i cost[i, col[i]] minimal. Throws when n > m (transpose the matrix) or when no assignment of
 * finite cost exists.
 */
export declare function linearAssignment(cost: CostMatrix): Int32Array;
/** {@link linearAssignment} on a row-major Float64Array [n, m]. */
export declare function solveLap(c: Float64Array, n: number, m: number): Int32Array;
/** Σ_i cost[i, col[i]] of an assignment. */
export declare function assignmentCost(cost: CostMatrix, col: ArrayLike<number>): number;
