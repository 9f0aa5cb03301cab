/**
 * The findings of P6 (the least-control principle) that `looplab tour` measures. The paper's
 * Table 1 numbers are not in PAPERS.md, so no paper value is shown.
 */
import type { AnyFinding } from '../tour/finding.js';
/** P6's findings. */
export declare const p6Findings: readonly AnyFinding[];
