import type { Findings } from './types.js';
export declare const equilibriumFindings: Findings;
