import type { Tensor } from '../../core/tensor.js';
import type { SequenceLayer } from '../types.js';
import type { FloatDType } from '../blocks/util.js';
import type { GatedRnnLambdaParametrization, GatedRnnParams } from './gated-rnn.js';
export interface GatedRnnStackConfig {
    dIn: number;
    /** Width between layers (unused with one layer). */
    dModel: number;
    dOut: number;
    nLayers: number;
    /** N: recurrent neurons per layer. */
    dHidden: number;
    /** M: output gates per layer. */
    dGate: number;
    /** Add each layer's input to its output where the widths agree. */
    residual: boolean;
    lambdaParametrization: GatedRnnLambdaParametrization;
    /** λ ~ U[lambdaMin, lambdaMax] at initialisation. */
    lambdaMin: number;
    lambdaMax: number;
    dtype: FloatDType;
}
/** The layers' parameters, and the static `kind` and `residual`. */
export interface GatedRnnStackParams {
    readonly kind: 'gatedRnnStack';
    readonly residual: boolean;
    readonly layers: readonly GatedRnnParams[];
}
/** `nn.gatedRnnStack` (module notes). */
export declare const gatedRnnStack: SequenceLayer<GatedRnnStackConfig, GatedRnnStackParams, Tensor[]>;
