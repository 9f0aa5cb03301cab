/**
 * `mesa-constructed` (PAPERS.md P2): on constructed tokens e_t = [0, s_t, s_t, s_{t−1}] from
 * linear dynamical systems, which models predict s_{t+1} like which in-context algorithm.
 *
 * Trained side by side, each on its own fresh sequences every step (causal, no norm, no MLP; the
 * prediction is the first n_s coordinates of the output, where the tokens hold 0; the residual
 * stream is clipped after every block; loss Σ‖s_{t+1} − ŝ_{t+1}‖²/(2BT)):
 *
 *   linear<L>  L layers of linear self-attention (L = 1 with `nHeadsSingle` heads, P2: 2)
 *   mesa1      one mesa-layer
 *   gdStep     one explicit gradient step with learned η and Φ₀ (`analysis.mesa.gdStepPredict`:
 *              what one linear-attention layer computes under P2 Prop. 1)
 *
 * and the untrained reference `lsq`: least squares on the context with ridge λ = 0.001
 * (`analysis.mesa.lsqPredict`), which one mesa-layer can compute exactly.
 *
 * The findings (P2): one linear layer reaches the loss of one GD step with learned η, Φ₀; one
 * mesa-layer clearly beats it and approaches least squares; linear depth helps, and a 6-layer
 * linear model comes close to but does not match one mesa layer.
 *
 * Probes (as in `mesa-dynamics`): for each linear model of ≥ 2 layers, ridge read-outs of the
 * residual stream after every block l to s_{t+1} (r2Next_linear<L>_<l>) and to the preconditioned
 * input (Σ s_{t'−1}s_{t'−1}ᵀ + λI)⁻¹ s_t (r2Precond_linear<L>_<l>), R² on held-out sequences.
 *
 * `summary.json`: lossLinear<L>, lossMesa1, lossGDStep, lossLSQ — each the test loss at the last
 * position — and meanLoss<…> (averaged over positions), etaGD (the learned step size), the probe
 * scores. The last metrics row holds the per-position test losses pos_<model>_<t> (t = 1…T).
 */
import { nn } from '../../index.js';
import type { Key, Tensor } from '../../index.js';
import type { ConfigRanges } from '../runner/ranges.js';
import type { Experiment, RunRecord } from '../runner/types.js';
import type { DynamicsDataConfig, MesaTrainConfig, RunSchedule } from './common.js';
export interface MesaConstructedConfig extends RunSchedule {
    readonly data: DynamicsDataConfig;
    readonly model: {
        /** Depths of the linear-attention models trained (P2: 1, 2, 6; 4 in some figures). */
        readonly linearLayers: readonly number[];
        /** Train the 1-layer mesa model. */
        readonly mesa: boolean;
        /** Train the explicit one-step GD algorithm (learned η, Φ₀). */
        readonly gdStep: boolean;
        /** Heads of every layer (P2: 4 of key size 20), and of the 1-layer linear model (P2: 2). */
        readonly nHeads: number;
        readonly nHeadsSingle: number;
        readonly dKey: number;
        /** Standard deviation of the initial attention weights (P2: 2e-4). */
        readonly initStd: number;
        /** Residual stream clipped to [−clip, clip] after every block (paper 4, code 1.5). */
        readonly clip: number;
    };
    readonly train: MesaTrainConfig;
    /** λ of the least-squares reference (½λ‖Φ‖²). */
    readonly lambdaLsq: number;
    /** Probes of the linear models with ≥ 2 layers: sequences to fit on (and as many to score), first position. */
    readonly probeSequences: number;
    readonly probeFrom: number;
}
/** P2's constructed-token set-up: Adam(W) at a fixed 1e-4, weight decay 0.1, clip 1, batch 256, init std 2e-4. */
export declare function defaultMesaConstructedConfig(): MesaConstructedConfig;
/** Seconds: short sequences (T = 20), 120 steps of batch 16 at 3e-3. */
export declare function smokeMesaConstructedConfig(): MesaConstructedConfig;
export declare const mesaConstructedRanges: ConfigRanges<MesaConstructedConfig>;
/** One stack of L attention layers on constructed tokens (width 4 n_s). */
export declare function initConstructedStack(key: Key, c: MesaConstructedConfig, L: number, attention: 'linear' | 'mesa'): nn.TransformerParams;
/** Predictions ŝ_{t+1} of a stack: the first n_s coordinates of its output on the constructed tokens. */
export declare function constructedPredict(p: nn.TransformerParams, s: Tensor, clip: number): Tensor;
/** The per-position curves of the last metrics row: model -> losses at t = 1…T. */
export declare function positionCurves(r: RunRecord): Record<string, number[]>;
export declare const modelLabel: (name: string) => string;
/**
 * Peak bytes: every model's activations at the larger of the training batch and the test set
 * (linear attention: scores [H, T, T] and projections per layer; the mesa layer its checkpoints
 * of R every 64 steps), least squares on the test set, and the probes' activations.
 */
export declare function estimateMesaConstructedBytes(c: MesaConstructedConfig): number;
export declare const mesaConstructed: Experiment<MesaConstructedConfig>;
