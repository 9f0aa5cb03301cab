/**
 * Emits assembly/generated/elementwise.ts: one SIMD kernel per (elementwise op, float type)
 * from the table below. Each op is a vector expression over `a` (and `b`) of type v128; the
 * scalar tails reuse it on splatted lanes, so every element goes through the same arithmetic.
 *
 * Kernels are <op>_<t>(p, e0, e1): p the byte address of a parameter block (`unary` or `binary`
 * in scripts/wasm-kernels.mjs, which declares every kernel of this table), [e0, e1) a flat
 * element range, so threads split any shape:
 *   unary:  contiguous x -> o
 *   binary: o[r, c] = x[r·sxr + c·sxc] ∘ y[r·syr + c·syc], column strides 0 (broadcast) or 1;
 *           o contiguous [rows, cols]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const TYPES = {
  f32: { V: 'f32x4', sz: 4, lanes: 4, shift: 2 },
  f64: { V: 'f64x2', sz: 8, lanes: 2, shift: 3 },
};

/** name -> { types, expr(V) } ; `a`, `b` are v128 operands. */
// prettier-ignore
export const UNARY = {
  neg: { types: ['f32', 'f64'], expr: (V) => `${V}.neg(a)` },
  abs: { types: ['f32', 'f64'], expr: (V) => `${V}.abs(a)` },
  sqrt: { types: ['f32', 'f64'], expr: (V) => `${V}.sqrt(a)` },
  square: { types: ['f32', 'f64'], expr: (V) => `${V}.mul(a, a)` },
  relu: { types: ['f32', 'f64'], expr: (V) => `v128.bitselect(a, ${V}.splat(0), ${V}.gt(a, ${V}.splat(0)))` },
  // 1 above 0, −1 below, x itself otherwise (±0 and NaN), as the TypeScript kernel
  sign: { types: ['f32', 'f64'], expr: (V) => `v128.bitselect(${V}.splat(1), v128.bitselect(${V}.splat(-1), a, ${V}.lt(a, ${V}.splat(0))), ${V}.gt(a, ${V}.splat(0)))` },
  exp: { types: ['f32'], expr: () => `expF32x4(a)` },
  sigmoid: { types: ['f32'], expr: () => `sigmoidF32x4(a)` },
  tanh: { types: ['f32'], expr: () => `tanhF32x4(a)` },
  erf: { types: ['f32'], expr: () => `erfF32x4(a)` },
};

// prettier-ignore
export const BINARY = {
  add: { types: ['f32', 'f64'], expr: (V) => `${V}.add(a, b)` },
  sub: { types: ['f32', 'f64'], expr: (V) => `${V}.sub(a, b)` },
  mul: { types: ['f32', 'f64'], expr: (V) => `${V}.mul(a, b)` },
  div: { types: ['f32', 'f64'], expr: (V) => `${V}.div(a, b)` },
  // NaN in either operand propagates, as in the TypeScript kernels
  maximum: { types: ['f32', 'f64'], expr: (V) => `v128.bitselect(a, ${V}.max(a, b), ${V}.ne(a, a))` },
  minimum: { types: ['f32', 'f64'], expr: (V) => `v128.bitselect(a, ${V}.min(a, b), ${V}.ne(a, a))` },
};

function unary(name, t, expr) {
  const { V, sz, lanes, shift } = TYPES[t];
  return `
@inline function ${name}V_${t}(a: v128): v128 { return ${expr}; }
export function ${name}_${t}(p: usize, e0: i32, e1: i32): void {
  const q = changetype<UnaryBlock>(p);
  const x = q.x, o = q.o;
  let i = e0;
  for (; i + ${lanes} <= e1; i += ${lanes}) v128.store(o + (<usize>i << ${shift}), ${name}V_${t}(v128.load(x + (<usize>i << ${shift}))));
  for (; i < e1; i++) store<${t}>(o + (<usize>i << ${shift}), ${V}.extract_lane(${name}V_${t}(${V}.splat(load<${t}>(x + (<usize>i << ${shift})))), 0));
}`;
}

function binary(name, t, expr) {
  const { V, lanes, shift } = TYPES[t];
  const S = `<usize>`;
  const vec = (xa, yb) => `${name}V_${t}(${xa}, ${yb})`;
  return `
@inline function ${name}V_${t}(a: v128, b: v128): v128 { return ${expr}; }
export function ${name}_${t}(p: usize, e0: i32, e1: i32): void {
  const q = changetype<BinaryBlock>(p);
  const x = q.x, y = q.y, o = q.o, cols = q.cols, sxr = q.sxr, sxc = q.sxc, syr = q.syr, syc = q.syc;
  let r = e0 / cols;
  let c = e0 - r * cols;
  let e = e0;
  while (e < e1) {
    const n = min(cols - c, e1 - e);
    const px = x + (${S}(r * sxr + c * sxc) << ${shift});
    const py = y + (${S}(r * syr + c * syc) << ${shift});
    const po = o + (${S}e << ${shift});
    let i = 0;
    if (sxc == 1 && syc == 1) {
      for (; i + ${lanes} <= n; i += ${lanes}) v128.store(po + (${S}i << ${shift}), ${vec(`v128.load(px + (${S}i << ${shift}))`, `v128.load(py + (${S}i << ${shift}))`)});
      for (; i < n; i++) store<${t}>(po + (${S}i << ${shift}), ${V}.extract_lane(${vec(`${V}.splat(load<${t}>(px + (${S}i << ${shift})))`, `${V}.splat(load<${t}>(py + (${S}i << ${shift})))`)}, 0));
    } else if (sxc == 0 && syc == 1) {
      const xv = ${V}.splat(load<${t}>(px));
      for (; i + ${lanes} <= n; i += ${lanes}) v128.store(po + (${S}i << ${shift}), ${vec('xv', `v128.load(py + (${S}i << ${shift}))`)});
      for (; i < n; i++) store<${t}>(po + (${S}i << ${shift}), ${V}.extract_lane(${vec('xv', `${V}.splat(load<${t}>(py + (${S}i << ${shift})))`)}, 0));
    } else if (sxc == 1 && syc == 0) {
      const yv = ${V}.splat(load<${t}>(py));
      for (; i + ${lanes} <= n; i += ${lanes}) v128.store(po + (${S}i << ${shift}), ${vec(`v128.load(px + (${S}i << ${shift}))`, 'yv')});
      for (; i < n; i++) store<${t}>(po + (${S}i << ${shift}), ${V}.extract_lane(${vec(`${V}.splat(load<${t}>(px + (${S}i << ${shift})))`, 'yv')}, 0));
    } else {
      const v = ${vec(`${V}.splat(load<${t}>(px))`, `${V}.splat(load<${t}>(py))`)};
      for (; i + ${lanes} <= n; i += ${lanes}) v128.store(po + (${S}i << ${shift}), v);
      for (; i < n; i++) store<${t}>(po + (${S}i << ${shift}), ${V}.extract_lane(v, 0));
    }
    e += n;
    r++;
    c = 0;
  }
}`;
}

export function generateElementwise(file) {
  const parts = [
    '// Generated by scripts/gen-elementwise.mjs — do not edit.',
    "import { erfF32x4, expF32x4, sigmoidF32x4, tanhF32x4 } from '../simd-math';",
    "import { BinaryBlock, UnaryBlock } from './params';",
  ];
  for (const [name, { types, expr }] of Object.entries(UNARY)) for (const t of types) parts.push(unary(name, t, expr(TYPES[t].V)));
  for (const [name, { types, expr }] of Object.entries(BINARY)) for (const t of types) parts.push(binary(name, t, expr(TYPES[t].V)));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, parts.join('\n') + '\n');
}
