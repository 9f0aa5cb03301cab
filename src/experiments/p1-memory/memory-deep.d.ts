/**
 * `memory-deep` (PAPERS.md P1, "the curse of memory", deep signal propagation): at
 * initialisation, how large is the gradient of each parameter group of a deep recurrent
 * network as its memory grows?
 *
 * Network: `nn.seq` with `layers` residual blocks (mixer -> GELU -> GLU, no normalisation),
 * width H = dModel and N = dHidden recurrent units, dense encoder and decoder. Mixers:
 *   'diag'  plain complex diagonal RNN: nn.lru with λ = ν e^{iθ} ('polar'), no γ
 *   'lru'   the LRU: λ = exp(−e^νlog + i e^θlog) and γ = √(1−|λ|²) ('exp', learned γ)
 *   'gru'   a GRU whose update-gate biases are set as in chrono initialisation so that the
 *           gate λ = σ(b_z) lies in the same range (P1: a GRU with constant gates is a diagonal
 *           RNN with λ = σ(b_z) and input factor 1 − λ, so it is normalised as well)
 * The memory scale t sets |λ| ∈ [1 − 1/t, 1 − 1/(2t)] (ring initialisation), t ∈ {1, √10, 10,
 * 10^1.5, 100}. Inputs: stationary AR(1) sequences with correlation `inputRho` per channel
 * (strongly autocorrelated, like the paper's text embeddings); loss ½ mean (y − z)² against
 * N(0, 1) targets z. For each mixer and t the run records E[g²], the mean over the group's
 * entries (all layers) of the squared loss gradient. P1: the diagonal RNN's λ-gradient grows
 * by orders of magnitude as t grows (~1e-6 to ~1e10 for t = 1 … 100 at H = N = 256 with text
 * inputs), while the LRU's stays flat (~1e-7 to 1e-6).
 */
import { nn } from '../../index.js';
import type { Key, Tensor } from '../../index.js';
import type { ConfigRanges } from '../runner/ranges.js';
import type { ConfigObject, Experiment } from '../runner/types.js';
export type DeepMixer = 'diag' | 'lru' | 'gru';
export declare const DEEP_MIXERS: readonly DeepMixer[];
export interface MemoryDeepConfig extends ConfigObject {
    readonly layers: number;
    readonly dModel: number;
    readonly dHidden: number;
    readonly dInput: number;
    readonly seqLen: number;
    readonly batchSize: number;
    /** Memory scales t: |λ| ∈ [1 − 1/t, 1 − 1/(2t)]. */
    readonly memoryScales: readonly number[];
    /** Mixers compared: 'diag', 'lru', 'gru'. */
    readonly mixers: readonly DeepMixer[];
    /** AR(1) correlation of the inputs, per channel. */
    readonly inputRho: number;
    /** Independent initialisations (and input batches) averaged per point. */
    readonly repeats: number;
    readonly dtype: 'f32' | 'f64';
}
export declare function defaultMemoryDeepConfig(): MemoryDeepConfig;
/** Allowed values of every setting. */
export declare const memoryDeepRanges: ConfigRanges<MemoryDeepConfig>;
/** Seconds: narrow network, short sequences. */
export declare function smokeMemoryDeepConfig(): MemoryDeepConfig;
/** Parameter groups: the recurrence λ (modulus), its phase, γ, B, C, and the rest. */
export declare const GROUPS: readonly ["lambda", "phase", "gamma", "B", "C", "other"];
export type Group = (typeof GROUPS)[number];
/**
 * Peak bytes of one gradient at initialisation: parameters and their gradient (LRU B, C complex
 * [N, H], the GRU's gates, the GLU [H, 2H] per layer), the activations of every layer and step
 * kept for the backward pass, and the inputs and targets [B, T, dInput].
 */
export declare function estimateMemoryDeepBytes(c: MemoryDeepConfig): number;
/** The network for one mixer at memory scale t (see the module notes). */
export declare function initDeep(key: Key, c: MemoryDeepConfig, mixer: DeepMixer, t: number): nn.SeqParams;
/** Inputs [B, T, dInput]: independent stationary AR(1) channels. */
export declare function deepInputs(key: Key, c: MemoryDeepConfig): Tensor;
/** E[g²] per group at initialisation, for loss ½ mean (y − z)². */
export declare function meanSquaredGradients(params: nn.SeqParams, mixer: DeepMixer, x: Tensor, z: Tensor): Record<Group, number>;
export declare const memoryDeep: Experiment<MemoryDeepConfig>;
