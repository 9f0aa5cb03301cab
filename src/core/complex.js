import { add, cos, exp, mul, neg, sin, sqrt, square, sub } from './ops/elementwise.js';
import { matmul } from './ops/matmul.js';
import { broadcastTo } from './ops/shape-ops.js';
import { zerosLike } from './creation.js';
import { fmt, shapeEq } from './shape.js';
import { Tensor } from './tensor.js';
/** True for `{ re, im }` pairs of tensors. */
export function isComplex(x) {
    return typeof x === 'object' && x !== null && !(x instanceof Tensor) && x.re instanceof Tensor && x.im instanceof Tensor;
}
/**
 * z = re + i·im. `im` defaults to zeros. Both parts must have the same shape (no implicit
 * broadcasting: a pair whose parts differ in shape would make every kernel guess).
 */
export function complex(re, im) {
    if (!(re instanceof Tensor))
        throw new Error('complex: re must be a Tensor');
    if (im === undefined)
        return { re, im: zerosLike(re) };
    if (!(im instanceof Tensor))
        throw new Error('complex: im must be a Tensor');
    if (!shapeEq(re.shape, im.shape)) {
        throw new Error(`complex: real and imaginary parts must have the same shape (got re ${fmt(re.shape)} and im ${fmt(im.shape)}); broadcast one explicitly`);
    }
    return { re, im };
}
/** A complex view of a real or complex operand (real: zero imaginary part, materialised). */
export function toComplex(z) {
    return z instanceof Tensor ? complex(z) : z;
}
function imOf(z) {
    return z instanceof Tensor ? null : z.im;
}
/** x broadcast to `shape` (no copy when it already has it). */
function fit(x, shape) {
    return shapeEq(x.shape, shape) ? x : broadcastTo(x, shape);
}
function reOf(z) {
    return z instanceof Tensor ? z : z.re;
}
/** Re z (a real tensor returns itself). */
export function creal(z) {
    return reOf(z);
}
/** Im z (a real tensor gives zeros). */
export function cimag(z) {
    return z instanceof Tensor ? zerosLike(z) : z.im;
}
/** a + b, broadcasting as the real `add`. */
export function cadd(a, b) {
    const ai = imOf(a);
    const bi = imOf(b);
    const re = add(reOf(a), reOf(b));
    const im = ai && bi ? add(ai, bi) : ai ? fit(ai, re.shape) : bi ? fit(bi, re.shape) : zerosLike(re);
    return { re, im };
}
/** a − b, broadcasting as the real `sub`. */
export function csub(a, b) {
    const ai = imOf(a);
    const bi = imOf(b);
    const re = sub(reOf(a), reOf(b));
    const im = ai && bi ? sub(ai, bi) : ai ? fit(ai, re.shape) : bi ? fit(neg(bi), re.shape) : zerosLike(re);
    return { re, im };
}
/** a·b = (aᵣbᵣ − aᵢbᵢ) + i(aᵣbᵢ + aᵢbᵣ), elementwise with broadcasting; real operands skip half the products. */
export function cmul(a, b) {
    const ar = reOf(a);
    const br = reOf(b);
    const ai = imOf(a);
    const bi = imOf(b);
    if (ai && bi)
        return { re: sub(mul(ar, br), mul(ai, bi)), im: add(mul(ar, bi), mul(ai, br)) };
    if (ai)
        return { re: mul(ar, br), im: mul(ai, br) };
    if (bi)
        return { re: mul(ar, br), im: mul(ar, bi) };
    const re = mul(ar, br);
    return { re, im: zerosLike(re) };
}
/** z·s for a real scale s (tensor or number), broadcasting. */
export function cscale(z, s) {
    const re = mul(reOf(z), s);
    const zi = imOf(z);
    return { re, im: zi ? mul(zi, s) : zerosLike(re) };
}
/** conj z = re − i·im. */
export function cconj(z) {
    const zi = imOf(z);
    return zi ? { re: reOf(z), im: neg(zi) } : complex(reOf(z));
}
/** |z|² = re² + im² (real). */
export function cabs2(z) {
    const zi = imOf(z);
    return zi ? add(square(reOf(z)), square(zi)) : square(reOf(z));
}
/** |z| = √(re² + im²) (real). Its gradient is undefined (NaN) at z = 0, as for √ at 0. */
export function cabs(z) {
    return sqrt(cabs2(z));
}
/** eᶻ = e^{re}·(cos im + i sin im). */
export function cexp(z) {
    const zi = imOf(z);
    const m = exp(reOf(z));
    return zi ? { re: mul(m, cos(zi)), im: mul(m, sin(zi)) } : complex(m);
}
/** r·e^{iθ} = r cos θ + i r sin θ for real r and θ (broadcasting). */
export function polar(r, theta) {
    return { re: mul(r, cos(theta)), im: mul(r, sin(theta)) };
}
/**
 * Complex matrix product a @ b with the real `matmul`'s shape rules (a: [..., M, K],
 * b: [..., K, N] -> [..., M, N]): (AᵣBᵣ − AᵢBᵢ) + i(AᵣBᵢ + AᵢBᵣ). Four real products
 * (two when one side is real); the three-product Gauss trick is avoided because it loses
 * accuracy when the parts differ in scale.
 */
export function cmatmul(a, b) {
    const ar = reOf(a);
    const br = reOf(b);
    const ai = imOf(a);
    const bi = imOf(b);
    if (ai && bi)
        return { re: sub(matmul(ar, br), matmul(ai, bi)), im: add(matmul(ar, bi), matmul(ai, br)) };
    if (ai)
        return { re: matmul(ar, br), im: matmul(ai, br) };
    if (bi)
        return { re: matmul(ar, br), im: matmul(ar, bi) };
    const re = matmul(ar, br);
    return { re, im: zerosLike(re) };
}
//# sourceMappingURL=complex.js.map