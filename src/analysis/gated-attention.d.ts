import type { GatedRnnParams } from '../nn/recurrent/gated-rnn.js';
/** Options of the readouts: `tol` for "λ near 0 or 1", `threshold` for "carries output". */
export interface GatedReadoutOptions {
    readonly tol?: number;
    readonly threshold?: number;
}
/** Per-neuron readout of a gated RNN layer. */
export interface GatedNeurons {
    /** λ_n. */
    readonly lambda: number[];
    /** Output weight w_n (module notes). */
    readonly outputWeight: number[];
    /** w_n ≥ threshold · max w. */
    readonly carriesOutput: boolean[];
}
/** λ, output weights and which neurons carry output (module notes). */
export declare function gatedNeurons(p: GatedRnnParams, opts?: GatedReadoutOptions): GatedNeurons;
/** Fraction of the output-carrying neurons whose λ lies within `tol` of 0 or 1. */
export declare function lambdaNearBinary(p: GatedRnnParams, opts?: GatedReadoutOptions): number;
/** The share of the output gates' weight that pairs a memory (λ ≈ 1) with a query (λ ≈ 0) neuron. */
export declare function gateBlockScore(p: GatedRnnParams, opts?: GatedReadoutOptions): number;
/** The mean bias share of the query neurons' input factors (module notes). */
export declare function queryInputScore(p: GatedRnnParams, opts?: GatedReadoutOptions): number;
/**
 * Histogram of λ over [0, 1] in `bins` equal bins, each neuron counted with its output weight
 * (normalised to sum 1): the figure of P3's teacher–student experiment. Returns bin centres and
 * weights.
 */
export declare function lambdaHistogram(p: GatedRnnParams, bins?: number): {
    centres: number[];
    weights: number[];
};
