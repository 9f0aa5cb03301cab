/**
 * An LRU layer (PAPERS.md P4) as a loss over its parameters, for benchmarks:
 *   λ = exp(−exp(ν) + i exp(θ)),  γ = exp(g)                       ν, θ, g: [N]
 *   u_t = B x_t,  B = B_re + i B_im                                  x: [Bt, T, H], B: [N, H]
 *   h_t = λ ⊙ h_{t−1} + γ ⊙ u_t   (one fused complex linearScan)      h: [Bt, T, N]
 *   y_t = Re(C h_t) + D ⊙ x_t,  C = C_re + i C_im                     C: [H, N], D: [H]
 *   loss = mean((y − tgt)²)
 * `valueAndGrad(lruLayerLoss)(params, x, tgt)` is the forward+backward being timed.
 */
import type { Tensor } from '../src/index.js';
export interface LruParams {
    /** log(−log|λ|): [N] */
    nu: Tensor;
    /** log arg λ: [N] */
    th: Tensor;
    /** log γ (input normalisation): [N] */
    g: Tensor;
    /** [N, H] */
    Bre: Tensor;
    Bim: Tensor;
    /** [H, N] */
    Cre: Tensor;
    Cim: Tensor;
    /** [H] */
    D: Tensor;
}
/** Loss of the LRU layer for inputs x: [Bt, T, H] and targets tgt: [Bt, T, H]. */
export declare function lruLayerLoss(p: LruParams, x: Tensor, tgt: Tensor): Tensor;
/** mulberry32 uniforms in [0, 1) and Box–Muller normals: deterministic benchmark data. */
export declare function seeded(seed: number): {
    uniform: () => number;
    normal: () => number;
};
/**
 * LRU initialisation of P4 (ring init): |λ|² uniform on [r_min², r_max²], phase uniform on
 * [0, max_phase), γ = √(1 − |λ|²), B ~ N(0, 1/(2H)) per part, C ~ N(0, 1/N) per part, D ~ N(0, 1).
 */
export declare function initLruParams(H: number, N: number, seed: number, rMin?: number, rMax?: number, maxPhase?: number, dtype?: 'f32' | 'f64'): LruParams;
export interface LruTiming {
    /** Best-of-`reps` wall time of valueAndGrad over all parameters (ms). */
    fwdBwdMs: number;
    /** Best-of-`reps` wall time of the loss alone (ms). */
    fwdMs: number;
    /** Kernel time per op name for one forward+backward (ms, mean over `reps`) and calls per step. */
    byOp: Record<string, {
        ms: number;
        calls: number;
    }>;
}
/**
 * Time forward+backward of the LRU layer at f32 (x, tgt ~ N(0, 1)), and split kernel time by op
 * by wrapping the CPU backend's `run` for a second set of repetitions (restored afterwards).
 */
export declare function timeLruLayer(Bt?: number, T?: number, H?: number, N?: number, reps?: number): LruTiming;
