import type { PeerImpl } from '../harness.js';
/** `variant` only labels the column: the kernels are chosen by the child's environment (bench/run.ts). */
export declare function loadLooplab(variant?: string): Promise<PeerImpl>;
