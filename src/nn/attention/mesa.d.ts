import { Tensor } from '../../core/tensor.js';
import type { SequenceLayer } from '../types.js';
import type { AttentionProjectionConfig, AttentionProjections } from './common.js';
import { mesaAttend, mesaAttendReference } from './mesa-attend.js';
export interface MesaConfig extends AttentionProjectionConfig {
    /** Initial λ (> 0) of every head; stored as lambdaLog = log λ. */
    lambdaInit: number;
}
/** Projections plus lambdaLog: [H] (λ_h = exp(lambdaLog_h)), and the static `kind` 'mesa'. */
export interface MesaParams extends AttentionProjections {
    readonly kind: 'mesa';
    readonly lambdaLog: Tensor;
}
export interface MesaOptions {
    /** Must be true or absent: the mesa-layer is causal (there is no non-causal variant). */
    causal?: boolean;
    /** Forget factors γ ∈ (0, 1]: [B, T, H] or [T, H] in `apply`, [..., H] in `step`. */
    gamma?: Tensor;
    /** Checkpoint interval of the fused op's backward pass (see `MesaAttendOptions`). */
    checkpointEvery?: number;
    /** Use the parallel reference (differentiable ops, any-order gradients) instead of the fused op. */
    reference?: boolean;
}
/** State of `mesa.step`: R = (Σ k kᵀ + I/λ)⁻¹ [..., H, d_k, d_k] and S = Σ v kᵀ [..., H, d_v, d_k]. */
export interface MesaState {
    readonly R: Tensor;
    readonly S: Tensor;
}
export interface MesaLayer extends SequenceLayer<MesaConfig, MesaParams, MesaState, MesaOptions> {
    /** One head, fused (see `mesaAttend`): q, k: [..., T, d_k], v: [..., T, d_v] -> [..., T, d_v]. */
    attend: typeof mesaAttend;
    /** The parallel reference of `attend` (one solve per step; differentiable ops). */
    attendReference: typeof mesaAttendReference;
}
export declare const mesa: MesaLayer;
