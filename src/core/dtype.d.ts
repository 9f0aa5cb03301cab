/** Element types. `f32` is the default floating type (as in JAX); `f64` is the exact reference. */
export type DType = 'f32' | 'f64' | 'i32' | 'bool';
/** The floating dtypes: what parameters, random samples and float-valued ops can have. */
export type FloatDType = 'f32' | 'f64';
export declare const DTYPES: readonly DType[];
/** The typed array that stores each dtype on the CPU. `bool` is stored as 0/1 bytes. */
export type TypedArrayFor<D extends DType> = D extends 'f32' ? Float32Array : D extends 'f64' ? Float64Array : D extends 'i32' ? Int32Array : Uint8Array;
export type AnyTypedArray = Float32Array | Float64Array | Int32Array | Uint8Array;
export declare function typedArrayFor(dtype: DType, size: number): AnyTypedArray;
export declare function isFloat(dtype: DType): boolean;
export declare function isDType(x: unknown): x is DType;
/** numpy-style promotion over the lattice bool < i32 < f32 < f64. */
export declare function promoteTypes(a: DType, b: DType): DType;
/** The floating type an op computes in when given `dtype` (integers and bools compute in f32). */
export declare function floatTypeOf(dtype: DType): DType;
