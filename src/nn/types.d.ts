/**
 * The layer contract. A layer is a namespace-like object of pure functions over parameter
 * trees (plain objects of tensors named after the paper's math):
 *
 *   const params = nn.lru.init(key, { ...nn.lru.defaultConfig(), dModel: 64 });
 *   const y = nn.lru.apply(params, x);          // x: [B, T, H] or [T, H]
 *   let h = nn.lru.initialState(params, [B]);
 *   [h, yT] = nn.lru.step(params, h, xT);      // one time step: xT [B, H]
 *
 * Hyperparameters live in typed config objects (`defaultConfig()`), never in the parameter
 * tree as tensors. What `apply` must know about the structure is a typed *static* part of the
 * parameters (as equinox's static fields): the layer `kind` and the structural part of its
 * config (the LRU's `parametrization` and `gammaNorm`, the linear RNN's `nonlinearity`,
 * attention's `causal`, a norm's `eps`). Static fields are strings, numbers, booleans or null,
 * which `tree` keeps as structure rather than leaves, so `tree.map`, gradients, optimizers and
 * checkpoints carry them through unchanged. `options` hold per-call inputs only (masks, dropout
 * keys, train/eval), never a setting that silently defaults.
 *
 * `labels(params)` names the role of every tensor leaf (see labels.ts), for optimizer groups:
 *
 *   optim.multiTransform({ recurrent: optim.adam(1e-3), weight: ..., ... }, (p) => nn.lru.labels(p as nn.LruParams));
 */
import type { Key } from '../core/random.js';
import type { Tensor } from '../core/tensor.js';
import type { Labels } from './labels.js';
export interface Layer<C, P, O = undefined> {
    /** The default configuration (a fresh object each call). */
    defaultConfig(): C;
    /** Initialise parameters; `config` may be partial (merged over the defaults, unknown keys rejected). */
    init(key: Key, config?: Partial<C>): P;
    /** Apply to a whole input. */
    apply(params: P, x: Tensor, options?: O): Tensor;
    /** The role of every tensor leaf of `params` (null at static fields), shaped like `params`. */
    labels(params: P): Labels<P>;
}
export interface SequenceLayer<C, P, H, O = undefined> extends Layer<C, P, O> {
    /** The state before the first step, for a batch shape (e.g. [B], or [] for unbatched). */
    initialState(params: P, batchShape: readonly number[]): H;
    /** One time step: state and input x_t ([...batch, dIn]) -> new state and output y_t. */
    step(params: P, h: H, xT: Tensor, options?: O): [H, Tensor];
}
/** Merge a partial config over defaults; unknown keys and wrong types raise naming the layer. */
export declare function resolveConfig<C extends object>(layer: string, defaults: C, partial: Partial<C> | undefined): C;
