import type { Findings } from './types.js';
export declare const p1Findings: Findings;
