/**
 * Few-shot sinusoid regression (Finn et al. 2017; PAPERS.md P9): a task is y = A sin(x + p) with
 * amplitude A ~ U[aMin, aMax], phase p ~ U[0, π] and inputs x ~ U[−5, 5]; K support and K query
 * points are drawn independently. The MAML convention is A ∈ [0.1, 5] ('maml'); the P9 authors'
 * code samples A ∈ [0.1, 0.5] ('p9Code').
 *
 * Batches: x: [K, 1], y: [K, 1]. Everything is drawn from an explicit key.
 */
import type { FloatDType } from '../core/dtype.js';
import * as random from '../core/random.js';
import type { Key } from '../core/random.js';
import type { Tensor } from '../core/tensor.js';

export type SinusoidAmplitudes = 'maml' | 'p9Code';
export const SINUSOID_AMPLITUDES: readonly SinusoidAmplitudes[] = ['maml', 'p9Code'];

/** The amplitude interval of each convention. */
export const SINUSOID_AMPLITUDE_RANGE: Readonly<Record<SinusoidAmplitudes, readonly [number, number]>> = { maml: [0.1, 5], p9Code: [0.1, 0.5] };

export interface SinusoidConfig {
  /** K support points per task (default 10). */
  readonly kSupport: number;
  /** Query points per task (default 10). */
  readonly kQuery: number;
  /** The amplitude interval (default 'maml': [0.1, 5]). */
  readonly amplitudes: SinusoidAmplitudes;
  readonly dtype: FloatDType;
}

export function defaultSinusoidConfig(): SinusoidConfig {
  return { kSupport: 10, kQuery: 10, amplitudes: 'maml', dtype: 'f32' };
}

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

function checkConfig(c: SinusoidConfig): void {
  for (const k of ['kSupport', 'kQuery'] as const)
    if (!Number.isInteger(c[k]) || c[k] < 1) throw new Error(`tasks.sinusoid: ${k} must be an integer ≥ 1, got ${c[k]}`);
  if (!SINUSOID_AMPLITUDES.includes(c.amplitudes))
    throw new Error(`tasks.sinusoid: amplitudes must be 'maml' or 'p9Code', got ${JSON.stringify(c.amplitudes)}`);
}

/** `n` tasks drawn from `key` (a pure function of key, n and the config). */
export function sinusoid(key: Key, n: number, config: Partial<SinusoidConfig> = {}): SinusoidTask[] {
  const c = { ...defaultSinusoidConfig(), ...config };
  checkConfig(c);
  const [aMin, aMax] = SINUSOID_AMPLITUDE_RANGE[c.amplitudes];
  const o = { dtype: c.dtype };
  const [ka, kp, ks, kq] = random.split(key, 4);
  const amp = random.uniform(ka, [n], { ...o, minval: aMin, maxval: aMax }).dataSync();
  const ph = random.uniform(kp, [n], { ...o, minval: 0, maxval: Math.PI }).dataSync();
  const xs = random.uniform(ks, [n, c.kSupport, 1], { ...o, minval: -5, maxval: 5 });
  const xq = random.uniform(kq, [n, c.kQuery, 1], { ...o, minval: -5, maxval: 5 });
  const tasks: SinusoidTask[] = [];
  for (let i = 0; i < n; i++) {
    const batch = (x: Tensor): SinusoidBatch => ({ x, y: x.add(ph[i]).sin().mul(amp[i]) });
    tasks.push({
      support: batch(xs.sliceAxis(0, i, i + 1).reshape([c.kSupport, 1])),
      query: batch(xq.sliceAxis(0, i, i + 1).reshape([c.kQuery, 1])),
      amplitude: amp[i],
      phase: ph[i],
    });
  }
  return tasks;
}
