/** Element types. `f32` is the default floating type (as in JAX); `f64` is the exact reference. */
export type DType = 'f32' | 'f64' | 'i32' | 'bool';

/** The floating dtypes: what parameters, random samples and float-valued ops can have. */
export type FloatDType = 'f32' | 'f64';

export const DTYPES: readonly DType[] = ['f32', 'f64', 'i32', 'bool'];

/** The typed array that stores each dtype on the CPU. `bool` is stored as 0/1 bytes. */
export type TypedArrayFor<D extends DType> = D extends 'f32' ? Float32Array : D extends 'f64' ? Float64Array : D extends 'i32' ? Int32Array : Uint8Array;

export type AnyTypedArray = Float32Array | Float64Array | Int32Array | Uint8Array;

export function typedArrayFor(dtype: DType, size: number): AnyTypedArray {
  switch (dtype) {
    case 'f32':
      return new Float32Array(size);
    case 'f64':
      return new Float64Array(size);
    case 'i32':
      return new Int32Array(size);
    case 'bool':
      return new Uint8Array(size);
    default:
      return dtype satisfies never;
  }
}

export function isFloat(dtype: DType): boolean {
  return dtype === 'f32' || dtype === 'f64';
}

export function isDType(x: unknown): x is DType {
  return typeof x === 'string' && (DTYPES as readonly string[]).includes(x);
}

const RANK: Record<DType, number> = { bool: 0, i32: 1, f32: 2, f64: 3 };

/** numpy-style promotion over the lattice bool < i32 < f32 < f64. */
export function promoteTypes(a: DType, b: DType): DType {
  return RANK[a] >= RANK[b] ? a : b;
}

/** The floating type an op computes in when given `dtype` (integers and bools compute in f32). */
export function floatTypeOf(dtype: DType): DType {
  return isFloat(dtype) ? dtype : 'f32';
}
