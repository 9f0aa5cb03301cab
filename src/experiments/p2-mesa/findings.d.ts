/**
 * The findings of P2 (mesa-optimization in Transformers) that `looplab tour` measures. PAPERS.md
 * gives the paper's claims but no numbers for them, so no paper value is shown.
 */
import type { AnyFinding } from '../tour/finding.js';
/** P2's findings. */
export declare const p2Findings: readonly AnyFinding[];
