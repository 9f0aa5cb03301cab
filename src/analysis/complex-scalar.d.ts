/**
 * Complex *numbers* (not tensors) for the closed forms of the analysis module and the small
 * dense eigen-solver: plain `{ re, im }` objects and a handful of operations on them, named as
 * the tensor helpers of core/complex.ts are (`c` + the real operation: `cadd`, `cmul`, `cdiv`).
 */
/** A complex number re + i·im. */
export interface ComplexScalar {
    readonly re: number;
    readonly im: number;
}
export declare const c: (re: number, im?: number) => ComplexScalar;
export declare const cadd: (a: ComplexScalar, b: ComplexScalar) => ComplexScalar;
export declare const csub: (a: ComplexScalar, b: ComplexScalar) => ComplexScalar;
export declare const cmul: (a: ComplexScalar, b: ComplexScalar) => ComplexScalar;
export declare const cscale: (a: ComplexScalar, s: number) => ComplexScalar;
export declare const cconj: (a: ComplexScalar) => ComplexScalar;
export declare const cabs2: (a: ComplexScalar) => number;
export declare const cabs: (a: ComplexScalar) => number;
export declare function cdiv(a: ComplexScalar, b: ComplexScalar): ComplexScalar;
/** A real number or a complex one, as complex. */
export declare function toScalar(z: number | ComplexScalar): ComplexScalar;
