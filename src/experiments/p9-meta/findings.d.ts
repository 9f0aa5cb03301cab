/**
 * The findings of P9 (a contrastive rule for meta-learning) that `looplab tour` measures. The
 * orders 1 and 2 are the theory's (PAPERS.md P9: error ≲ Aβ + Bδ/β one-sided, A'β² + Bδ/β
 * symmetric); PAPERS.md gives no number for the sinusoid benchmark or the L2 hyperparameter
 * cosines.
 */
import type { AnyFinding } from '../tour/finding.js';
/** P9's findings. */
export declare const p9Findings: readonly AnyFinding[];
