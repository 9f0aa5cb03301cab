import type { Tensor } from '../tensor.js';
/**
 * Einstein summation: multiply the operands elementwise over shared labels and sum over the
 * labels absent from the output, e.g. `einsum('bhtd,bhsd->bhts', q, k)` is
 * s[b,h,t,s] = Σ_d q[b,h,t,d]·k[b,h,s,d].
 *
 * - `subscripts`: comma-separated labels per operand (letters; `...` for broadcast leading
 *   axes), optionally `->` and the output labels. Without `->` the output is the ellipsis
 *   axes followed by the labels that appear exactly once, in ASCII order (numpy's rule).
 * - A label repeated in one operand takes the diagonal (`ii->i`), or the trace if summed (`ii`).
 * - Sizes of a label must agree across operands; ellipsis axes broadcast (numpy rules).
 * - Operands are contracted pairwise from left to right (no path optimisation).
 *
 * Gradients come from the ops it is composed of (transpose, reshape, matmul, mul, sum).
 * Diagonals are taken with an identity mask, so NaN/inf off the diagonal propagate.
 */
export declare function einsum(subscripts: string, ...operands: Tensor[]): Tensor;
