/**
 * One LRU block of P4 as a loss over its parameters, for benchmarks (built from `nn`):
 *   z = LayerNorm(x)                      x: [Bt, T, H]  (pre-norm)
 *   u = GLU(GELU(LRU(z)))                 LRU: H -> H with N complex states; GLU = Dense₁ ⊙ σ(Dense₂)
 *   y = x + u                             (residual; dropout off)
 *   loss = mean((y − tgt)²)
 * `valueAndGrad(lruBlockLoss)(params, x, tgt)` is the forward+backward being timed.
 */
import type { Tensor } from '../src/index.js';
import type { GluParams, LayerNormParams, LruParams } from '../src/nn/index.js';
export interface LruBlockParams {
    norm: LayerNormParams;
    lru: LruParams;
    glu: GluParams;
}
/** Block parameters (f32): layer norm over H, LRU with ring init [0.9, 0.999], GLU H -> H. */
export declare function initLruBlock(H: number, N: number, seed: number): LruBlockParams;
/** Loss of one block for x, tgt: [Bt, T, H]. */
export declare function lruBlockLoss(p: LruBlockParams, x: Tensor, tgt: Tensor): Tensor;
