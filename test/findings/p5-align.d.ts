import type { Findings } from './types.js';
export declare const p5Findings: Findings;
