import type { Layer, SequenceLayer } from '../types.js';
import type { AnyNormParams } from './norm.js';
import type { FloatDType } from './util.js';
/** Norms a residual block supports (batch norm needs running statistics: see `nn.seq`). */
export type ResidualNorm = 'layer' | 'rms' | 'none';
export interface ResidualConfig<C> {
    /** Feature width H of x (the wrapped layer must map [..., H] to [..., H]). */
    dim: number;
    norm: ResidualNorm;
    /** Pre-norm x + f(N(x)) when true, post-norm N(x + f(x)) when false. */
    prenorm: boolean;
    dtype: FloatDType;
    /** Configuration of the wrapped layer (partial, merged over its defaults). */
    layer: Partial<C>;
}
/** `norm` (null for 'none'), `layer` (the wrapped layer's parameters), static `normKind`, `prenorm`. */
export type ResidualParams<P> = {
    readonly norm: AnyNormParams;
    readonly layer: P;
    readonly normKind: ResidualNorm;
    readonly prenorm: boolean;
};
/**
 * Wrap `layer` f in a residual connection:
 *   pre-norm:  y = x + f(N(x))
 *   post-norm: y = N(x + f(x))
 * with N a layer/RMS norm over the last axis (or the identity). Returns a `SequenceLayer` when
 * f is one (its `step` applies the same equations to one time step and carries f's state).
 *
 * `x: [..., H]` -> `[..., H]`. Options are passed to f unchanged.
 */
export declare function residual<C, P, H, O>(layer: SequenceLayer<C, P, H, O>, name?: string): SequenceLayer<ResidualConfig<C>, ResidualParams<P>, H, O>;
export declare function residual<C, P, O>(layer: Layer<C, P, O>, name?: string): Layer<ResidualConfig<C>, ResidualParams<P>, O>;
