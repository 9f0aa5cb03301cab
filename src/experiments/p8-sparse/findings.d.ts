/**
 * The findings of P8 (learning where to learn: sparse-MAML) that `looplab tour` measures. The
 * paper's values are the pilot with the authors' code on the same offline substitute (PAPERS.md
 * P8: "mixed", 5-way 5-shot, first order, 35 inner steps, α = 0.25, ~1.3k meta-iterations).
 */
import type { AnyFinding } from '../tour/finding.js';
/** P8's findings. */
export declare const p8Findings: readonly AnyFinding[];
