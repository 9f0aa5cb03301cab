export interface Timing {
    /** Median wall time of one call, milliseconds. */
    medianMs: number;
    /** All timed samples, milliseconds. */
    samplesMs: number[];
    warmupMs: number;
}
export interface MeasureOptions {
    /** Untimed calls before timing (JIT tiers, caches); the first one also sizes the repetitions. */
    warmups?: number;
    budgetMs?: number;
    minReps?: number;
    maxReps?: number;
}
export declare function median(xs: readonly number[]): number;
/** Time `fn` (which must block until its results are computed). */
export declare function measure(fn: () => unknown, { warmups, budgetMs, minReps, maxReps }?: MeasureOptions): Promise<Timing>;
/** Flat sizes for matmul: [M, K] × [K, N]. */
export interface MatmulSize {
    readonly label: string;
    readonly m: number;
    readonly k: number;
    readonly n: number;
}
export declare const MATMUL_SIZES: readonly MatmulSize[];
/** LRU benchmark shape (Orvieto et al. 2023 layer; forward + backward of an MSE loss). */
export declare const LRU_SHAPE: {
    readonly B: 16;
    readonly T: 1024;
    readonly H: 64;
    readonly N: 64;
};
/** Mesa-layer benchmark shape (P2: 4 heads of key size 20): q, k, v: [B, H, T, d]. */
export declare const MESA_SHAPE: {
    readonly B: 1;
    readonly H: 4;
    readonly T: 256;
    readonly d: 20;
};
/** Eager overhead case: `EAGER_PAIRS` × (mul, add) on a [16, 64] f32 tensor. */
export declare const EAGER_PAIRS = 1000;
export declare const EAGER_SHAPE: readonly [16, 64];
/** Deterministic pseudo-random fill in [−scale, scale) (peers get identical inputs). */
export declare function fill(n: number, seed: number, scale?: number): Float32Array;
/**
 * What each peer implements. A runner performs one complete measured unit of work and
 * returns only when its results are computed (peers with lazy execution block on them).
 */
export interface Runner {
    run(): unknown;
    /** How the case was implemented, when it differs between peers (e.g. "unrolled loop"). */
    note?: string;
    dispose?(): void;
}
export interface PeerImpl {
    /** Column label, e.g. "jax-js 0.1.25 (wasm)". */
    readonly label: string;
    eager(): Runner;
    matmul(size: MatmulSize): Runner;
    /** Undefined when the peer has no practical implementation. */
    lru?(): Promise<Runner> | Runner;
    /** One LRU block of P4 (LayerNorm -> LRU -> GELU -> GLU -> residual), forward+backward; optional. */
    lruBlock?(): Promise<Runner> | Runner;
    /** Mesa-layer attention (P2), forward+backward: the fused recursion or its parallel reference; optional. */
    mesa?(variant: 'fused' | 'reference'): Promise<Runner> | Runner;
    /** One training step (forward, backward, AdamW) of the copy-task model (bench/copy-step.ts). */
    copyStep?(): Promise<Runner> | Runner;
    /** The few-shot ConvNet on a batch of B 28×28 images (bench/conv-net.ts): forward + backward, or the forward pass alone; optional. */
    convNet?(B: number, backward: boolean): Promise<Runner> | Runner;
    /** One training step (forward, backward, clipped Adam) of an in-context-regression model (bench/icl-step.ts). */
    iclStep?(variant: 'lsa' | 'gated'): Promise<Runner> | Runner;
    /** One LCP or RBP training step of P6's MNIST equilibrium RNN (bench/equilibrium-step.ts); optional. */
    equilibriumStep?(method: 'lcp' | 'rbp'): Promise<Runner> | Runner;
    /** One P2 training step (forward, backward, clip, AdamW) on constructed tokens: 2 linear-attention layers or 1 mesa layer (bench/mesa-step.ts). */
    mesaStep?(variant: 'linear' | 'mesa'): Promise<Runner> | Runner;
    /** The mesa layer (projections, attention, output) forward+backward at sequence length T (bench/mesa-step.ts). */
    mesaLayer?(T: number): Promise<Runner> | Runner;
    /** P5: the exact linear assignment of an n × n cost (bench/align.ts); optional. */
    alignLap?(n: number): Promise<Runner> | Runner;
    /** P5: one AdamW training step of the 1×1000 MLP, batch 100 (bench/align.ts); optional. */
    alignStep?(): Promise<Runner> | Runner;
    /** One meta-iteration of first-order sparse-MAML (bench/sparse-maml-step.ts); optional. */
    sparseMamlStep?(): Promise<Runner> | Runner;
}
/** Installed version of a package (read from its package.json, whatever its `exports` allow). */
export declare function installedVersion(name: string): Promise<string>;
/**
 * The repository root (the folder holding package.json), found by walking up from this file:
 * the benchmarks run from their compiled copy in `.bench-build/`, so paths are not fixed.
 */
export declare function repoRoot(): string;
/** A Markdown table: rows[0] is the header; columns padded to their widest cell. */
export declare function table(rows: string[][]): string;
