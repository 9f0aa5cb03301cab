import type { Findings } from './types.js';
export declare const p3Findings: Findings;
