import type { PeerImpl } from '../harness.js';
export declare function loadJax(): Promise<PeerImpl>;
