/**
 * The findings of P7 (bilevel optimisation: implicit differentiation and equilibrium
 * propagation) that `looplab tour` measures. The orders 1 and 2 are the theory's (PAPERS.md P7:
 * bias O(β) one-sided, O(β²) symmetric and second-order); the paper's MNIST anchor is the EP
 * authors' public log of the full 784–1000–10 set-up.
 */
import type { AnyFinding } from '../tour/finding.js';
/** P7's findings, in the order of the paper. */
export declare const p7Findings: readonly AnyFinding[];
