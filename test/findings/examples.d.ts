import type { Findings } from './types.js';
export declare const exampleFindings: Findings;
