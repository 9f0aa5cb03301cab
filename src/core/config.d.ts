/**
 * Global numeric settings. Strict mode is opt-in (the library's own model tests turn it on):
 * implicit rank promotion (broadcasting a lower-rank operand) and implicit dtype promotion
 * between tensors of different dtypes raise instead of silently happening — like JAX's
 * `jax_numpy_rank_promotion='raise'` and `jax_numpy_dtype_promotion='strict'`.
 */
import type { DType, FloatDType } from './dtype.js';
export interface NumericConfig {
    /** Raise on implicit rank promotion in broadcasting binary ops. */
    strictRank: boolean;
    /** Raise on implicit dtype promotion between two tensors of different dtypes. */
    strictDtype: boolean;
    /** dtype for tensors created from JS numbers when none is given. */
    defaultFloat: FloatDType;
}
export declare function getConfig(): Readonly<NumericConfig>;
/** Turn strict promotion checks on or off (both rank and dtype unless given separately). */
export declare function setStrict(on: boolean | {
    rank?: boolean;
    dtype?: boolean;
}): void;
/** Run `fn` with strict promotion checks on, restoring the previous setting afterwards. */
export declare function withStrict<T>(fn: () => T): T;
/** Set the dtype used for tensors created from plain JS numbers (default `f32`). */
export declare function setDefaultFloat(dtype: DType): void;
