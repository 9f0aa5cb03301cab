/**
 * The findings of P3 (gated RNNs discover attention) and of the GD-ICL anchor it builds on
 * (linear self-attention learns one step of gradient descent) that `looplab tour` measures.
 * Paper values are PAPERS.md's: the GD-ICL numbers (from the GD-ICL code's task, by Monte Carlo);
 * P3 gives none for these set-ups.
 */
import type { AnyFinding } from '../tour/finding.js';
export declare const p3Findings: readonly AnyFinding[];
