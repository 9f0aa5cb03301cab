/**
 * Global numeric settings. Strict mode is opt-in (the library's own model tests turn it on):
 * implicit rank promotion (broadcasting a lower-rank operand) and implicit dtype promotion
 * between tensors of different dtypes raise instead of silently happening — like JAX's
 * `jax_numpy_rank_promotion='raise'` and `jax_numpy_dtype_promotion='strict'`.
 */
import type { DType, FloatDType } from './dtype.js';
import { isDType } from './dtype.js';

export interface NumericConfig {
  /** Raise on implicit rank promotion in broadcasting binary ops. */
  strictRank: boolean;
  /** Raise on implicit dtype promotion between two tensors of different dtypes. */
  strictDtype: boolean;
  /** dtype for tensors created from JS numbers when none is given. */
  defaultFloat: FloatDType;
}

const config: NumericConfig = { strictRank: false, strictDtype: false, defaultFloat: 'f32' };

export function getConfig(): Readonly<NumericConfig> {
  return config;
}

/** Turn strict promotion checks on or off (both rank and dtype unless given separately). */
export function setStrict(on: boolean | { rank?: boolean; dtype?: boolean }): void {
  if (typeof on === 'boolean') {
    config.strictRank = on;
    config.strictDtype = on;
  } else {
    if (on.rank !== undefined) config.strictRank = on.rank;
    if (on.dtype !== undefined) config.strictDtype = on.dtype;
  }
}

/** Run `fn` with strict promotion checks on, restoring the previous setting afterwards. */
export function withStrict<T>(fn: () => T): T {
  const prev = { rank: config.strictRank, dtype: config.strictDtype };
  setStrict(true);
  try {
    return fn();
  } finally {
    setStrict(prev);
  }
}

/** Set the dtype used for tensors created from plain JS numbers (default `f32`). */
export function setDefaultFloat(dtype: DType): void {
  if (!isDType(dtype) || (dtype !== 'f32' && dtype !== 'f64')) {
    throw new Error(`setDefaultFloat: expected 'f32' or 'f64', got ${String(dtype)}`);
  }
  config.defaultFloat = dtype;
}
