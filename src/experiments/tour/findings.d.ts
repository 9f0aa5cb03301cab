import type { AnyFinding } from './finding.js';
export declare const findings: readonly AnyFinding[];
/**
 * The findings selected by `--only`: paper ids (`p1`, `P4`) and finding ids (`p4-copy`), in the
 * tour's order. Throws with the valid names when one matches nothing.
 */
export declare function selectFindings(only: readonly string[], all?: readonly AnyFinding[]): AnyFinding[];
