/**
 * The full sequence models of P2 on plain tokens s_t (`mesa-dynamics`, `mesa-fewshot`):
 *
 *   x_t = E s_t + p_t                        embedding E: [D, n_s], learned positions p: [T, D]
 *   h = Transformer(x)                       GPT-2 style pre-LayerNorm blocks, MLP 4× GELU,
 *                                            residual clipped after every block
 *   ŝ_{t+1} = R h_t                          read-out R: [n_s, D]
 *
 * with attention 'linear', 'softmax', 'mesa', or 'hybrid' (the first block softmax, the others
 * mesa-layers), each with `nHeads` heads of key size `dKey` (P2: 4 heads of 20).
 */
import { nn } from '../../index.js';
import type { Key, Tensor } from '../../index.js';
import type { ConfigRanges } from '../runner/ranges.js';
import type { ConfigObject } from '../runner/types.js';
import type { Trainee } from '../p3-icl/train.js';
import type { DynamicsDataConfig, MesaTrainConfig } from './common.js';
/** The attention of a full model. */
export type DynamicsModelKind = 'linear' | 'softmax' | 'mesa' | 'hybrid';
export declare const DYNAMICS_MODEL_KINDS: readonly DynamicsModelKind[];
export interface DynamicsModelConfig extends ConfigObject {
    readonly nLayers: number;
    readonly dModel: number;
    readonly nHeads: number;
    readonly dKey: number;
    readonly mlpRatio: number;
    /** Residual stream clipped to [−clip, clip] after every block (paper 4, code 1.5). */
    readonly clip: number;
    /** Standard deviation of the embedding, positions and read-out (the blocks use nn.transformer's init). */
    readonly initStd: number;
}
/** P2's full models: 4 blocks of D = 64, 4 heads of 20, MLP 4×, clip 4 (the paper), init std 0.02. */
export declare function paperDynamicsModel(): DynamicsModelConfig;
/** P2's training of the full models: AdamW 7e-4 (warmup 1000, cosine to 1e-5), weight decay 0.05, clip 1, batch 256. */
export declare function paperDynamicsTraining(): MesaTrainConfig;
export declare const dynamicsModelRanges: ConfigRanges<DynamicsModelConfig>;
/** The smoke size: 2 blocks of D = 32, 2 heads of 8. */
export declare function smokeDynamicsModel(): DynamicsModelConfig;
/**
 * One trainee per model kind for `trainSideBySide`: each trains on its own fresh sequences
 * (stream = the kind's index, so adding a kind leaves the others' data unchanged).
 */
export declare function dynamicsTrainees(kinds: readonly DynamicsModelKind[], c: {
    readonly data: DynamicsDataConfig;
    readonly model: DynamicsModelConfig;
    readonly train: MesaTrainConfig;
    readonly dtype: 'f32' | 'f64';
}, initKey: Key): Trainee[];
export interface DynamicsModelParams {
    readonly embed: Tensor;
    readonly pos: Tensor;
    /** One stack, or for 'hybrid' a 1-block softmax stack then a mesa stack. */
    readonly stacks: readonly nn.TransformerParams[];
    readonly readout: Tensor;
}
/** A model of `kind` for tokens of width n_s and sequences of up to T steps. */
export declare function initDynamicsModel(key: Key, kind: DynamicsModelKind, m: DynamicsModelConfig, nS: number, T: number, dtype: 'f32' | 'f64'): DynamicsModelParams;
/**
 * Predictions ŝ_{t+1} for tokens [B, T', n_s] (T' ≤ the model's T): [B, T', n_s]. `onBlock(l, h)`
 * receives the residual stream after every block l = 0 … L−1 (for probes).
 */
export declare function applyDynamicsModel(p: DynamicsModelParams, tokens: Tensor, clip: number, onBlock?: (l: number, h: Tensor) => void): Tensor;
/**
 * Bytes one full model holds on `sequences` sequences of T tokens: per block the attention
 * scores [H, T, T] (softmax and linear), projections [H, T, 3 d_k], the residual stream, norms
 * and the MLP [T, (4 + 2·ratio) D]; ×4 when kept for the backward pass (gradients and
 * temporaries), ×1.5 for a forward pass. Models train and evaluate one after the other, so a run's
 * peak is one model's.
 */
export declare function estimateDynamicsModelBytes(m: DynamicsModelConfig, T: number, sequences: number, dtype: 'f32' | 'f64', backward: boolean): number;
/** Bytes of the least-squares reference on `sequences` sequences: the running sums and the Gram matrices [T, n, n], ×4. */
export declare function estimateLsqBytes(nS: number, T: number, sequences: number, dtype: 'f32' | 'f64'): number;
