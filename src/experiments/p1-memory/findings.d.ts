/**
 * The findings of P1 (the curse of memory) that `looplab tour` measures. Paper values are the
 * paper's closed forms evaluated at the stated points (PAPERS.md P1, marked "derived" there) or
 * values the paper states; figure-only results have no paper value.
 */
import type { AnyFinding } from '../tour/finding.js';
/** P1's findings, in the order of the paper. */
export declare const p1Findings: readonly AnyFinding[];
