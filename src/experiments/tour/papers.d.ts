/**
 * The nine papers looplab reproduces, as the tour names them. Ids follow docs and PAPERS.md
 * (P1 … P9); the order is the tour's (memory, online learning, in-context learning, equilibrium,
 * meta-learning, alignment).
 */
export declare const PAPER_IDS: readonly ["P1", "P4", "P2", "P3", "P6", "P7", "P9", "P8", "P5"];
export type PaperId = (typeof PAPER_IDS)[number];
export interface Paper {
    readonly id: PaperId;
    readonly title: string;
    /** The paper's claim in one or two sentences. */
    readonly claim: string;
}
export declare const PAPERS: Readonly<Record<PaperId, Paper>>;
