import type { Findings } from './types.js';
export declare const p2Findings: Findings;
