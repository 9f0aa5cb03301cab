/**
 * Few-shot sinusoid regression (Finn et al. 2017; PAPERS.md P9): a task is y = A sin(x + p) with
 * amplitude A ~ U[aMin, aMax], phase p ~ U[0, π] and inputs x ~ U[−5, 5]; K support and K query
 * points are drawn independently. The MAML convention is A ∈ [0.1, 5] ('maml'); the P9 authors'
 * code samples A ∈ [0.1, 0.5] ('p9Code').
 *
 * Batches: x: [K, 1], y: [K, 1]. Everything is drawn from an explicit key.
 */
import type { FloatDType } from '../core/dtype.js';
import type { Key } from '../core/random.js';
import type { Tensor } from '../core/tensor.js';
export type SinusoidAmplitudes = 'maml' | 'p9Code';
export declare const SINUSOID_AMPLITUDES: readonly SinusoidAmplitudes[];
/** The amplitude interval of each convention. */
export declare const SINUSOID_AMPLITUDE_RANGE: Readonly<Record<SinusoidAmplitudes, readonly [number, number]>>;
export interface SinusoidConfig {
    /** K support points per task (default 10). */
    readonly kSupport: number;
    /** Query points per task (default 10). */
    readonly kQuery: number;
    /** The amplitude interval (default 'maml': [0.1, 5]). */
    readonly amplitudes: SinusoidAmplitudes;
    readonly dtype: FloatDType;
}
export declare function defaultSinusoidConfig(): SinusoidConfig;
/** x: [K, 1], y: [K, 1]. */
export interface SinusoidBatch {
    readonly x: Tensor;
    readonly y: Tensor;
}
export interface SinusoidTask {
    readonly support: SinusoidBatch;
    readonly query: SinusoidBatch;
    readonly amplitude: number;
    readonly phase: number;
}
/** `n` tasks drawn from `key` (a pure function of key, n and the config). */
export declare function sinusoid(key: Key, n: number, config?: Partial<SinusoidConfig>): SinusoidTask[];
