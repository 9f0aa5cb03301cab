/**
 * The findings of P5 (random initialisations performing above chance, permutation alignment)
 * that `looplab tour` measures. Paper values are the pilot numbers of PAPERS.md P5 (the authors'
 * code, 1×1000 MLP, 6000 updates, midpoint test accuracy).
 */
import type { AnyFinding } from '../tour/finding.js';
/** P5's findings. */
export declare const p5Findings: readonly AnyFinding[];
