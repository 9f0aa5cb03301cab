import type { PeerImpl } from '../harness.js';
export declare function loadTfjs(backend: 'cpu' | 'wasm'): Promise<PeerImpl>;
