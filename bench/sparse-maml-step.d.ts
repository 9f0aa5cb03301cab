export declare const SPARSE_MAML_SHAPE: {
    readonly nWay: 5;
    readonly kShot: 5;
    readonly nQuery: 15;
    readonly hidden: 64;
    readonly innerSteps: 35;
    readonly innerLr: 0.25;
    readonly metaBatch: 2;
};
export interface SparseMamlStep {
    /** One meta-iteration; returns the mean query loss after adaptation. */
    train(): number;
}
export declare function makeSparseMamlStep(seed?: number): SparseMamlStep;
