import type { Findings } from './types.js';
export declare const metaFindings: Findings;
