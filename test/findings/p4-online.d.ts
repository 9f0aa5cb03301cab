import type { Findings } from './types.js';
export declare const p4Findings: Findings;
