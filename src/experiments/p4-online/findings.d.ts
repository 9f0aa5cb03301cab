/**
 * The findings of P4 (online learning of long-range dependencies) that `looplab tour` measures.
 * The paper's Table 1 and Figure 2 numbers are not in PAPERS.md, so no paper value is shown.
 */
import type { AnyFinding } from '../tour/finding.js';
/** P4's findings, in the order of the paper. */
export declare const p4Findings: readonly AnyFinding[];
