/**
 * P2 (mesa-optimization) benchmark cases, the same set-ups as bench/torch_peer.py:
 *
 * `makeMesaStep(variant)`: one training step (forward, backward, global-norm clip 1, AdamW 1e-4
 * with weight decay 0.1) on constructed tokens e_t = [0, s_t, s_t, s_{t−1}] (n_s = 10, width 40)
 * of linear-dynamics sequences (`tasks.linearDynamics()`, B = 256, T = 50), prediction = the first
 * 10 coordinates of the model's output, loss Σ‖s_{t+1} − ŝ_{t+1}‖²/(2BT):
 *   'linear'  2 linear-attention layers (`nn.transformer`, 4 heads, d_k = d_v = 20, causal, no MLP,
 *             no norm);
 *   'mesa'    1 mesa layer with the same sizes (λ learned).
 * The batch is drawn once, outside the timed step (the step reads the same sequences each time).
 *
 * `makeMesaLayer(T)`: the mesa layer alone (`nn.mesa.apply`, the fused Sherman–Morrison op) on
 * x: [B, T, D], loss Σ y, gradients w.r.t. every parameter (wQ, wK, wV, wO, lambdaLog), with
 * weights and inputs from the harness's `fill` (the PyTorch peer draws the same numbers).
 */
import type { Tensor } from '../src/index.js';
import { nn } from '../src/index.js';
export declare const MESA_STEP_SHAPE: {
    readonly B: 256;
    readonly T: 50;
    readonly nS: 10;
    readonly D: 40;
    readonly H: 4;
    readonly dK: 20;
    readonly dV: 20;
};
/** The mesa-layer fwd+bwd case: [B, T, D] inputs, H heads of d_k = d_v; T from `MESA_LAYER_TS`. */
export declare const MESA_LAYER_SHAPE: {
    readonly B: 16;
    readonly D: 40;
    readonly H: 4;
    readonly dK: 20;
    readonly dV: 20;
};
export declare const MESA_LAYER_TS: readonly [50, 256, 1024];
export declare function makeMesaStep(variant: 'linear' | 'mesa', seed?: number): {
    train(): Tensor;
};
/**
 * Mesa-layer parameters and input from `fill` (seeds 41–45 and 46): projections uniform in
 * ±1/√D (wO: ±1/√(H d_v)), λ = 1 (lambdaLog 0), x uniform in ±1.
 */
export declare function mesaLayerData(T: number, dtype?: 'f32' | 'f64', shape?: {
    B: number;
    D: number;
    H: number;
    dK: number;
    dV: number;
}): {
    params: nn.MesaParams;
    x: Tensor;
};
export declare function makeMesaLayer(T: number): {
    run(): Tensor;
};
