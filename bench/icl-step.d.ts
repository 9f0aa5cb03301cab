/**
 * One training step (forward, backward, clipped Adam) of the in-context-regression models, for
 * benchmarks (the GD-ICL set-up: N = 10, d_x = 10, d_y = 1, batch 2048, fresh tasks each step):
 *   'lsa'    one linear self-attention layer over GD-ICL tokens [2048, 11, 11] (one head,
 *            d_k = d_v = 11, residual, mask `nn.gdIclMask(10)`), ŷ = −(y-slot of the query)
 *   'gated'  one gated RNN layer (N = 40, M = 20) over the same rows as a causal sequence,
 *            read at the last step
 * Loss ½ mean ‖ŷ − y_q‖², Adam 1e-3 with global-norm clipping 10. The same set-up as
 * bench/torch_peer.py.
 */
import type { Tensor } from '../src/index.js';
export declare const ICL_STEP_SHAPE: {
    readonly B: 2048;
    readonly N: 10;
    readonly dX: 10;
    readonly dY: 1;
    readonly gatedN: 40;
    readonly gatedM: 20;
};
export declare function makeIclStep(variant: 'lsa' | 'gated', seed?: number): {
    train(): Tensor;
};
