import { Tensor } from '../core/tensor.js';
import type { SequenceLayer } from '../nn/types.js';
import type { GradientMode } from './modes.js';
export interface LayerGradientOptions<O> {
    mode: GradientMode;
    /** Options of every layer call (per-call inputs, e.g. an attention mask). */
    layer?: O;
}
export interface LayerGradients<P> {
    /** Σ_t ℓ_t. */
    loss: number;
    /** Its gradient (or the mode's estimate), shaped like the parameters. */
    grads: P;
}
/**
 * Loss L = Σ_t ℓ_t(y_t) of `layer` on x `[B, T, dIn]` and its gradient by `options.mode`:
 * `stepLoss(y_t: [B, dOut], t)` returns a scalar tensor, or null for steps without a loss.
 *
 * @example
 *   const { grads } = learn.layerGradients(nn.lru, p, x, (y, t) => mean(square(sub(y, targetAt(t)))), { mode: 'online' });
 */
export declare function layerGradients<C, P, H, O>(layer: SequenceLayer<C, P, H, O>, params: P, x: Tensor, stepLoss: (y: Tensor, t: number) => Tensor | null, options: LayerGradientOptions<O>): LayerGradients<P>;
