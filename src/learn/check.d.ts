import type { GradientMode } from './modes.js';
export interface CheckOnlineOptions {
    /** Number of LRU blocks. */
    layers: number;
    seed: number;
    /** Sequence length. */
    T: number;
    /** Model width H. */
    dModel: number;
    /** LRU state size N. */
    dHidden: number;
    /** The estimate compared with BPTT (default 'online'). */
    mode?: Exclude<GradientMode, 'bptt'>;
    /** Batch size (default 2). */
    batch?: number;
}
export interface CheckOnlineReport {
    layers: number;
    mode: string;
    /** Per parameter path: max |estimate − BPTT| / max |BPTT|. */
    maxRelError: Record<string, number>;
    /** Per layer (block): cosine similarity of the recurrent parameters' gradients. */
    cosine: number[];
    /** Per layer: ‖estimate‖ / ‖BPTT‖. */
    normRatio: number[];
}
/** Compare an online estimate with BPTT on a random model and batch (see the module notes). */
export declare function checkOnline(o: CheckOnlineOptions): CheckOnlineReport;
