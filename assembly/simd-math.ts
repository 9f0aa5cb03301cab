/**
 * f32x4 transcendental functions for the elementwise kernels (accurate to a few ulp in f32;
 * the float64 kernels keep the TypeScript reference for these). Cephes-style range reduction
 * and minimax polynomials.
 */

const LOG2E: f32 = 1.44269504088896341;
const LN2_HI: f32 = 0.693359375;
const LN2_LO: f32 = -2.12194440e-4;

/** eˣ: 2ⁿ·p(r), n = round(x·log₂e), r = x − n·ln2. Overflow -> +∞, underflow -> 0, NaN -> NaN. */
@inline export function expF32x4(x: v128): v128 {
  const hi = f32x4.splat(88.7228);
  const lo = f32x4.splat(-87.3365);
  const xc = f32x4.pmin(f32x4.pmax(x, lo), hi);
  const n = f32x4.nearest(f32x4.mul(xc, f32x4.splat(LOG2E)));
  let r = f32x4.sub(xc, f32x4.mul(n, f32x4.splat(LN2_HI)));
  r = f32x4.sub(r, f32x4.mul(n, f32x4.splat(LN2_LO)));
  let p = f32x4.splat(1.9875691500e-4);
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(1.3981999507e-3));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(8.3334519073e-3));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(4.1665795894e-2));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(1.6666665459e-1));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(5.0000001201e-1));
  const y = f32x4.add(f32x4.add(f32x4.mul(f32x4.mul(p, r), r), r), f32x4.splat(1));
  const scale = i32x4.shl(i32x4.add(i32x4.trunc_sat_f32x4_s(n), i32x4.splat(127)), 23);
  let res = f32x4.mul(y, scale);
  res = v128.bitselect(f32x4.splat(Infinity), res, f32x4.gt(x, hi));
  res = v128.bitselect(f32x4.splat(0), res, f32x4.lt(x, lo));
  return v128.bitselect(x, res, f32x4.ne(x, x));
}

/** σ(x) = 1 / (1 + e⁻ˣ), evaluated through e^{−|x|} so it never overflows. */
@inline export function sigmoidF32x4(x: v128): v128 {
  const e = expF32x4(f32x4.neg(f32x4.abs(x)));
  const s = f32x4.div(f32x4.splat(1), f32x4.add(f32x4.splat(1), e));
  return v128.bitselect(s, f32x4.mul(e, s), f32x4.ge(x, f32x4.splat(0)));
}

/** tanh: odd polynomial for |x| < 0.625 (no cancellation), 1 − 2/(e^{2|x|} + 1) beyond. */
@inline export function tanhF32x4(x: v128): v128 {
  const a = f32x4.abs(x);
  const z = f32x4.mul(x, x);
  let p = f32x4.splat(-5.70498872745e-3);
  p = f32x4.add(f32x4.mul(p, z), f32x4.splat(2.06390887954e-2));
  p = f32x4.add(f32x4.mul(p, z), f32x4.splat(-5.37397155531e-2));
  p = f32x4.add(f32x4.mul(p, z), f32x4.splat(1.33314422036e-1));
  p = f32x4.add(f32x4.mul(p, z), f32x4.splat(-3.33332819422e-1));
  const small = f32x4.add(x, f32x4.mul(f32x4.mul(x, z), p));
  const e = expF32x4(f32x4.mul(f32x4.pmin(a, f32x4.splat(20)), f32x4.splat(2)));
  const big = f32x4.sub(f32x4.splat(1), f32x4.div(f32x4.splat(2), f32x4.add(e, f32x4.splat(1))));
  const signed = v128.or(big, v128.and(x, i32x4.splat(0x80000000))); // copy the sign of x
  const res = v128.bitselect(small, signed, f32x4.lt(a, f32x4.splat(0.625)));
  return v128.bitselect(x, res, f32x4.ne(x, x));
}

/**
 * erf: Taylor series for |x| < 0.5, Abramowitz–Stegun 7.1.26 beyond (absolute error < 1.5e-7,
 * the same formulas as the WGSL kernel).
 */
@inline export function erfF32x4(x: v128): v128 {
  const a = f32x4.abs(x);
  const a2 = f32x4.mul(a, a);
  let s = f32x4.sub(f32x4.splat(0.0046296296), f32x4.mul(a2, f32x4.splat(0.000757575758)));
  s = f32x4.add(f32x4.splat(-0.0238095238), f32x4.mul(a2, s));
  s = f32x4.add(f32x4.splat(0.1), f32x4.mul(a2, s));
  s = f32x4.add(f32x4.splat(-0.3333333333), f32x4.mul(a2, s));
  s = f32x4.add(f32x4.splat(1), f32x4.mul(a2, s));
  const small = f32x4.mul(f32x4.mul(f32x4.splat(1.1283791670955126), a), s);
  const t = f32x4.div(f32x4.splat(1), f32x4.add(f32x4.splat(1), f32x4.mul(f32x4.splat(0.3275911), a)));
  let p = f32x4.add(f32x4.splat(-1.453152027), f32x4.mul(t, f32x4.splat(1.061405429)));
  p = f32x4.add(f32x4.splat(1.421413741), f32x4.mul(t, p));
  p = f32x4.add(f32x4.splat(-0.284496736), f32x4.mul(t, p));
  p = f32x4.add(f32x4.splat(0.254829592), f32x4.mul(t, p));
  p = f32x4.mul(t, p);
  const big = f32x4.sub(f32x4.splat(1), f32x4.mul(p, expF32x4(f32x4.neg(a2))));
  const r = v128.bitselect(small, big, f32x4.lt(a, f32x4.splat(0.5)));
  const res = v128.or(r, v128.and(x, i32x4.splat(0x80000000)));
  return v128.bitselect(x, res, f32x4.ne(x, x));
}
