/**
 * Small helpers shared by the building blocks: explicit broadcasting of per-feature vectors
 * (strict mode forbids implicit rank promotion), float dtype checks, config validation.
 */
import type { DType, FloatDType } from '../../core/dtype.js';
import { Tensor } from '../../core/tensor.js';
export type { FloatDType };
/** `v: [H]` reshaped to `[1, …, 1, H]` with `rank` axes, to broadcast against `[..., H]`. */
export declare function alongLast(v: Tensor, rank: number): Tensor;
/**
 * Raise unless `x` is a tensor whose last axis has size `d`; `where` names the function
 * (`dense.apply`), `symbol` the width as the layer's config does (`dIn`, `dim`).
 */
export declare function checkLast(where: string, x: Tensor, d: number, symbol: string, what?: string): void;
/** Raise unless `n` is a positive integer. */
export declare function checkPositiveInt(layer: string, name: string, n: number): void;
/** Raise unless `dtype` is 'f32' or 'f64'. */
export declare function checkFloatDType(layer: string, dtype: DType): asserts dtype is FloatDType;
/**
 * Raise unless the static field `kind` of `params` is `kind`: parameters of another layer, or
 * hand-built ones without their static fields, are named as such.
 */
export declare function checkKind(layer: string, params: object, kind: string): void;
/** Raise unless `value` is one of `allowed`. */
export declare function checkOneOf<T extends string>(layer: string, name: string, value: T, allowed: readonly T[]): void;
/** Number of scalar parameters in a tree (the sizes of its tensor leaves; static fields count 0). */
export declare function countParams(params: unknown): number;
