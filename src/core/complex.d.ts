/**
 * Complex numbers as `{ re, im }` pairs of real tensors. Every helper is a thin composition of
 * real ops, so autodiff works unchanged: a real-valued loss gets one real cotangent per part,
 * ∂L/∂Re z and ∂L/∂Im z (no Wirtinger calculus is needed by users).
 *
 * Helpers that combine two operands accept a real `Tensor` in place of a complex one (its
 * imaginary part is zero) and skip the work on the missing part. Fused kernels that need
 * complex arithmetic inside their loops (the diagonal linear recurrence, `linearScan`) take
 * the same pairs.
 *
 * Names follow C99's complex.h: `c` + the real operation (`cadd`, `cmul`, `cexp`, `cabs`,
 * `cconj`, `creal`, `cimag`); `complex(re, im)` builds a pair and `polar(r, θ)` one from polar
 * form. analysis/complex-scalar.ts names its helpers on complex *numbers* the same way.
 */
import type { TensorLike } from './ops/elementwise.js';
import { Tensor } from './tensor.js';
/** A complex tensor: real and imaginary parts of the same shape. */
export interface Complex {
    readonly re: Tensor;
    readonly im: Tensor;
}
/** A complex tensor, or a real one standing for a complex tensor with zero imaginary part. */
export type ComplexLike = Complex | Tensor;
/** True for `{ re, im }` pairs of tensors. */
export declare function isComplex(x: unknown): x is Complex;
/**
 * z = re + i·im. `im` defaults to zeros. Both parts must have the same shape (no implicit
 * broadcasting: a pair whose parts differ in shape would make every kernel guess).
 */
export declare function complex(re: Tensor, im?: Tensor): Complex;
/** A complex view of a real or complex operand (real: zero imaginary part, materialised). */
export declare function toComplex(z: ComplexLike): Complex;
/** Re z (a real tensor returns itself). */
export declare function creal(z: ComplexLike): Tensor;
/** Im z (a real tensor gives zeros). */
export declare function cimag(z: ComplexLike): Tensor;
/** a + b, broadcasting as the real `add`. */
export declare function cadd(a: ComplexLike, b: ComplexLike): Complex;
/** a − b, broadcasting as the real `sub`. */
export declare function csub(a: ComplexLike, b: ComplexLike): Complex;
/** a·b = (aᵣbᵣ − aᵢbᵢ) + i(aᵣbᵢ + aᵢbᵣ), elementwise with broadcasting; real operands skip half the products. */
export declare function cmul(a: ComplexLike, b: ComplexLike): Complex;
/** z·s for a real scale s (tensor or number), broadcasting. */
export declare function cscale(z: ComplexLike, s: TensorLike): Complex;
/** conj z = re − i·im. */
export declare function cconj(z: ComplexLike): Complex;
/** |z|² = re² + im² (real). */
export declare function cabs2(z: ComplexLike): Tensor;
/** |z| = √(re² + im²) (real). Its gradient is undefined (NaN) at z = 0, as for √ at 0. */
export declare function cabs(z: ComplexLike): Tensor;
/** eᶻ = e^{re}·(cos im + i sin im). */
export declare function cexp(z: ComplexLike): Complex;
/** r·e^{iθ} = r cos θ + i r sin θ for real r and θ (broadcasting). */
export declare function polar(r: TensorLike, theta: Tensor): Complex;
/**
 * Complex matrix product a @ b with the real `matmul`'s shape rules (a: [..., M, K],
 * b: [..., K, N] -> [..., M, N]): (AᵣBᵣ − AᵢBᵢ) + i(AᵣBᵢ + AᵢBᵣ). Four real products
 * (two when one side is real); the three-product Gauss trick is avoided because it loses
 * accuracy when the parts differ in scale.
 */
export declare function cmatmul(a: ComplexLike, b: ComplexLike): Complex;
