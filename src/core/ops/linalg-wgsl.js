import { grid } from '../backends/webgpu/context.js';
import { batchIndex, sizeOf } from '../shape.js';
const WG = 64;
// WGSL rejects NaN/∞ in constant expressions: build them from runtime (var) bit patterns.
const NAN = 'nanf()';
const INF = 'inff()';
const SPECIAL = `
fn nanf() -> f32 { var b = 0x7fc00000u; return bitcast<f32>(b); }
fn inff() -> f32 { var b = 0x7f800000u; return bitcast<f32>(b); }
`;
function bindings(ins, outs, fields) {
    const l = ins.map((n, i) => `@group(0) @binding(${i}) var<storage, read> ${n};`);
    outs.forEach((n, i) => l.push(`@group(0) @binding(${ins.length + i}) var<storage, read_write> ${n};`));
    l.push(`struct U { ${fields.map((f) => `${f}: u32`).join(', ')}, };`);
    l.push(`@group(0) @binding(${ins.length + outs.length}) var<uniform> u: U;`);
    return l.join('\n') + SPECIAL;
}
const ENTRY = `@compute @workgroup_size(${WG})
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let t = gid.x + gid.y * nwg.x * ${WG}u;
  if (t >= u.nb) { return; }`;
/** A temporary storage buffer (index tables, scratch), returned to the pool after the dispatch is recorded. */
function temp(gpu, words, data) {
    const b = gpu.allocate(Math.max(words, 1) * 4, data ? 'i32' : 'f32');
    if (data && data.length > 0)
        gpu.write(b, data);
    return b;
}
function run(gpu, key, code, ins, outs, u, nb, temps) {
    if (nb > 0) {
        gpu.run({ key, code: () => code, inputs: ins, outputs: outs, uniforms: Uint32Array.from(u), workgroups: grid(Math.ceil(nb / WG)) });
    }
    // Recorded commands that use a recycled buffer still run before any later reuse (same queue).
    for (const b of temps)
        gpu.recycle(b);
}
const g = (b) => b;
const last = (m) => m.shape[m.shape.length - 1];
const batchOf = (m) => m.shape.slice(0, -2);
// ---------------------------------------------------------------------------------------------
// cholesky
const CHOLESKY = `${bindings(['a: array<f32>'], ['l: array<f32>'], ['nb', 'n'])}
${ENTRY}
  let n = u.n;
  let o = t * n * n;
  for (var i = 0u; i < n * n; i++) { l[o + i] = 0.0; }
  var bad = false;
  for (var j = 0u; j < n; j++) {
    var s = a[o + j * n + j];
    for (var k = 0u; k < j; k++) { s -= l[o + j * n + k] * l[o + j * n + k]; }
    if (!(s > 0.0)) { bad = true; break; }
    let d = sqrt(s);
    l[o + j * n + j] = d;
    for (var i = j + 1u; i < n; i++) {
      var v = 0.5 * (a[o + i * n + j] + a[o + j * n + i]);
      for (var k = 0u; k < j; k++) { v -= l[o + i * n + k] * l[o + j * n + k]; }
      l[o + i * n + j] = v / d;
    }
  }
  if (bad) { for (var i = 0u; i < n * n; i++) { l[o + i] = ${NAN}; } }
}`;
export function choleskyGpu(gpu, ins, inMeta, outs) {
    const n = last(inMeta[0]);
    const nb = sizeOf(batchOf(inMeta[0]));
    run(gpu, 'linalg.cholesky.f32', CHOLESKY, [g(ins[0])], [g(outs[0])], [nb, n], n === 0 ? 0 : nb, []);
}
// ---------------------------------------------------------------------------------------------
// triangular solve: op(A) X = B (left) or X op(A) = B (right), substitution in the output
const TRISOLVE = `${bindings(['a: array<f32>', 'b: array<f32>', 'ai: array<i32>', 'bi: array<i32>'], ['x: array<f32>'], ['nb', 'n', 'r', 'c', 'lower', 'transA', 'unit', 'left'])}
fn opA(ao: u32, i: u32, j: u32) -> f32 {
  let n = u.n;
  if (u.transA != 0u) { return a[ao + j * n + i]; }
  return a[ao + i * n + j];
}
fn m(ao: u32, i: u32, j: u32) -> f32 {
  if (u.left != 0u) { return opA(ao, i, j); }
  return opA(ao, j, i);
}
fn yi(oo: u32, row: u32, col: u32) -> u32 {
  if (u.left != 0u) { return oo + row * u.c + col; }
  return oo + col * u.c + row;
}
${ENTRY}
  let n = u.n;
  let ao = u32(ai[t]) * n * n;
  let rc = u.r * u.c;
  let bo = u32(bi[t]) * rc;
  let oo = t * rc;
  var k = u.r;
  if (u.left != 0u) { k = u.c; }
  for (var e = 0u; e < rc; e++) { x[oo + e] = b[bo + e]; }
  let lowerM = (u.left != 0u) == ((u.lower != 0u) != (u.transA != 0u));
  if (u.unit == 0u) {
    for (var i = 0u; i < n; i++) {
      let d = m(ao, i, i);
      if (d == 0.0 || !(abs(d) <= 3.4e38)) {
        for (var e = 0u; e < rc; e++) { x[oo + e] = ${NAN}; }
        return;
      }
    }
  }
  for (var s = 0u; s < n; s++) {
    var i = s;
    var j0 = 0u;
    var j1 = s;
    if (!lowerM) { i = n - 1u - s; j0 = i + 1u; j1 = n; }
    for (var j = j0; j < j1; j++) {
      let mij = m(ao, i, j);
      if (mij == 0.0) { continue; }
      for (var col = 0u; col < k; col++) { x[yi(oo, i, col)] -= mij * x[yi(oo, j, col)]; }
    }
    if (u.unit == 0u) {
      let d = m(ao, i, i);
      for (var col = 0u; col < k; col++) { x[yi(oo, i, col)] /= d; }
    }
  }
}`;
export function triangularSolveGpu(gpu, ins, inMeta, outs, outMeta, p) {
    const [am, bm] = inMeta;
    const om = outMeta[0];
    const n = last(am);
    const [r, c] = om.shape.slice(-2);
    const batch = batchOf(om);
    const nb = sizeOf(batch);
    if (nb === 0 || r * c === 0)
        return;
    const ai = temp(gpu, nb, batchIndex(batchOf(am), batch));
    const bi = temp(gpu, nb, batchIndex(batchOf(bm), batch));
    const u = [nb, n, r, c, +p.lower, +p.transposeA, +p.unitDiagonal, +p.left];
    run(gpu, 'linalg.triangularSolve.f32', TRISOLVE, [g(ins[0]), g(ins[1]), ai, bi], [g(outs[0])], u, nb, [ai, bi]);
}
// ---------------------------------------------------------------------------------------------
// LU with partial pivoting (shared by solve and slogdet): the factor in scratch w at wo, the
// permutation (as f32) after it. Returns the permutation's sign, or 0 when singular.
const LU = `
fn lu(wo: u32, n: u32) -> f32 {
  let po = wo + n * n;
  for (var i = 0u; i < n; i++) { w[po + i] = f32(i); }
  var sign = 1.0;
  for (var k = 0u; k < n; k++) {
    var p = k;
    var best = abs(w[wo + k * n + k]);
    for (var i = k + 1u; i < n; i++) {
      let v = abs(w[wo + i * n + k]);
      if (v > best) { best = v; p = i; }
    }
    if (best == 0.0 || !(best <= 3.4e38)) { return 0.0; }
    if (p != k) {
      for (var j = 0u; j < n; j++) {
        let tmp = w[wo + k * n + j];
        w[wo + k * n + j] = w[wo + p * n + j];
        w[wo + p * n + j] = tmp;
      }
      let tp = w[po + k];
      w[po + k] = w[po + p];
      w[po + p] = tp;
      sign = -sign;
    }
    let piv = w[wo + k * n + k];
    for (var i = k + 1u; i < n; i++) {
      let f = w[wo + i * n + k] / piv;
      w[wo + i * n + k] = f;
      if (f == 0.0) { continue; }
      for (var j = k + 1u; j < n; j++) { w[wo + i * n + j] -= f * w[wo + k * n + j]; }
    }
  }
  return sign;
}`;
const SOLVE = `${bindings(['a: array<f32>', 'b: array<f32>', 'ai: array<i32>', 'bi: array<i32>'], ['x: array<f32>', 'w: array<f32>'], ['nb', 'n', 'k'])}
${LU}
${ENTRY}
  let n = u.n;
  let k = u.k;
  let ao = u32(ai[t]) * n * n;
  let bo = u32(bi[t]) * n * k;
  let oo = t * n * k;
  let wo = t * (n * n + n);
  for (var i = 0u; i < n * n; i++) { w[wo + i] = a[ao + i]; }
  if (lu(wo, n) == 0.0) {
    for (var e = 0u; e < n * k; e++) { x[oo + e] = ${NAN}; }
    return;
  }
  let po = wo + n * n;
  for (var i = 0u; i < n; i++) {
    let pi = u32(w[po + i]);
    for (var c = 0u; c < k; c++) { x[oo + i * k + c] = b[bo + pi * k + c]; }
  }
  for (var i = 0u; i < n; i++) {
    for (var j = 0u; j < i; j++) {
      let f = w[wo + i * n + j];
      if (f == 0.0) { continue; }
      for (var c = 0u; c < k; c++) { x[oo + i * k + c] -= f * x[oo + j * k + c]; }
    }
  }
  for (var s = 0u; s < n; s++) {
    let i = n - 1u - s;
    for (var j = i + 1u; j < n; j++) {
      let f = w[wo + i * n + j];
      if (f == 0.0) { continue; }
      for (var c = 0u; c < k; c++) { x[oo + i * k + c] -= f * x[oo + j * k + c]; }
    }
    let d = w[wo + i * n + i];
    for (var c = 0u; c < k; c++) { x[oo + i * k + c] /= d; }
  }
}`;
export function solveGpu(gpu, ins, inMeta, outs, outMeta) {
    const [am, bm] = inMeta;
    const om = outMeta[0];
    const n = last(am);
    const k = last(om);
    const batch = batchOf(om);
    const nb = sizeOf(batch);
    if (nb === 0 || n * k === 0)
        return;
    const ai = temp(gpu, nb, batchIndex(batchOf(am), batch));
    const bi = temp(gpu, nb, batchIndex(batchOf(bm), batch));
    const w = temp(gpu, nb * (n * n + n));
    run(gpu, 'linalg.solve.f32', SOLVE, [g(ins[0]), g(ins[1]), ai, bi], [g(outs[0]), w], [nb, n, k], nb, [ai, bi, w]);
}
// ---------------------------------------------------------------------------------------------
// slogdet
const SLOGDET = `${bindings(['a: array<f32>'], ['sgn: array<f32>', 'logabs: array<f32>', 'w: array<f32>'], ['nb', 'n'])}
${LU}
${ENTRY}
  let n = u.n;
  let wo = t * (n * n + n);
  for (var i = 0u; i < n * n; i++) { w[wo + i] = a[t * n * n + i]; }
  var s = lu(wo, n);
  var l = 0.0;
  if (s == 0.0) {
    l = -${INF};
  } else {
    for (var i = 0u; i < n; i++) {
      let d = w[wo + i * n + i];
      if (d < 0.0) { s = -s; }
      l += log(abs(d));
    }
  }
  sgn[t] = s;
  logabs[t] = l;
}`;
export function slogdetGpu(gpu, ins, inMeta, outs) {
    const n = last(inMeta[0]);
    const nb = sizeOf(batchOf(inMeta[0]));
    if (nb === 0)
        return;
    const w = temp(gpu, nb * (n * n + n));
    run(gpu, 'linalg.slogdet.f32', SLOGDET, [g(ins[0])], [g(outs[0]), g(outs[1]), w], [nb, n], nb, [w]);
}
// ---------------------------------------------------------------------------------------------
// qr (Householder, diag(R) >= 0)
const QR = `${bindings(['a: array<f32>'], ['q: array<f32>', 'r: array<f32>', 'w: array<f32>'], ['nb', 'm', 'n'])}
${ENTRY}
  let m = u.m;
  let n = u.n;
  let mn = m * n;
  let ao = t * mn;
  let qo = t * mn;
  let ro = t * n * n;
  let xo = t * 2u * mn;      // work copy of a
  let vo = xo + mn;          // reflectors, column k
  for (var i = 0u; i < mn; i++) { w[xo + i] = a[ao + i]; w[vo + i] = 0.0; }
  for (var k = 0u; k < n; k++) {
    var norm2 = 0.0;
    for (var i = k; i < m; i++) { norm2 += w[xo + i * n + k] * w[xo + i * n + k]; }
    let norm = sqrt(norm2);
    if (norm == 0.0) { continue; }
    let x0 = w[xo + k * n + k];
    var alpha = norm;
    if (x0 >= 0.0) { alpha = -norm; }
    var vn2 = 0.0;
    for (var i = k; i < m; i++) {
      var v = w[xo + i * n + k];
      if (i == k) { v = x0 - alpha; }
      w[vo + i * n + k] = v;
      vn2 += v * v;
    }
    let vn = sqrt(vn2);
    for (var i = k; i < m; i++) { w[vo + i * n + k] /= vn; }
    for (var j = k; j < n; j++) {
      var dot = 0.0;
      for (var i = k; i < m; i++) { dot += w[vo + i * n + k] * w[xo + i * n + j]; }
      dot *= 2.0;
      for (var i = k; i < m; i++) { w[xo + i * n + j] -= dot * w[vo + i * n + k]; }
    }
  }
  for (var i = 0u; i < mn; i++) { q[qo + i] = 0.0; }
  for (var i = 0u; i < n; i++) { q[qo + i * n + i] = 1.0; }
  for (var s = 0u; s < n; s++) {
    let k = n - 1u - s;
    for (var j = 0u; j < n; j++) {
      var dot = 0.0;
      for (var i = k; i < m; i++) { dot += w[vo + i * n + k] * q[qo + i * n + j]; }
      if (dot == 0.0) { continue; }
      dot *= 2.0;
      for (var i = k; i < m; i++) { q[qo + i * n + j] -= dot * w[vo + i * n + k]; }
    }
  }
  for (var i = 0u; i < n * n; i++) { r[ro + i] = 0.0; }
  for (var i = 0u; i < n; i++) {
    var s = 1.0;
    if (w[xo + i * n + i] < 0.0) { s = -1.0; }
    for (var j = i; j < n; j++) { r[ro + i * n + j] = s * w[xo + i * n + j]; }
    if (s < 0.0) { for (var row = 0u; row < m; row++) { q[qo + row * n + i] = -q[qo + row * n + i]; } }
  }
}`;
export function qrGpu(gpu, ins, inMeta, outs) {
    const [m, n] = inMeta[0].shape.slice(-2);
    const nb = sizeOf(batchOf(inMeta[0]));
    if (nb === 0 || m * n === 0)
        return;
    const w = temp(gpu, nb * 2 * m * n);
    run(gpu, 'linalg.qr.f32', QR, [g(ins[0])], [g(outs[0]), g(outs[1]), w], [nb, m, n], nb, [w]);
}
// ---------------------------------------------------------------------------------------------
// eigh (cyclic Jacobi)
const EIGH = `${bindings(['a: array<f32>'], ['ew: array<f32>', 'ev: array<f32>', 'w: array<f32>'], ['nb', 'n'])}
${ENTRY}
  let n = u.n;
  let nn = n * n;
  let ao = t * nn;
  let so = t * 2u * nn;
  let vo = so + nn;
  var frob2 = 0.0;
  for (var i = 0u; i < n; i++) {
    for (var j = 0u; j < n; j++) {
      let x = 0.5 * (a[ao + i * n + j] + a[ao + j * n + i]);
      w[so + i * n + j] = x;
      frob2 += x * x;
      var e = 0.0;
      if (i == j) { e = 1.0; }
      w[vo + i * n + j] = e;
    }
  }
  if (!(frob2 <= 3.4e38)) {
    for (var i = 0u; i < n; i++) { ew[t * n + i] = ${NAN}; }
    for (var i = 0u; i < nn; i++) { ev[ao + i] = ${NAN}; }
    return;
  }
  let tol = frob2 * 1.4210855e-14; // 2^-46: off-diagonal mass below f32 epsilon² of ||S||²
  for (var sweep = 0; sweep < 100; sweep++) {
    var off2 = 0.0;
    for (var p = 0u; p < n; p++) { for (var q = p + 1u; q < n; q++) { off2 += w[so + p * n + q] * w[so + p * n + q]; } }
    if (off2 <= tol) { break; }
    for (var p = 0u; p < n; p++) {
      for (var q = p + 1u; q < n; q++) {
        let apq = w[so + p * n + q];
        if (apq == 0.0) { continue; }
        let tau = (w[so + q * n + q] - w[so + p * n + p]) / (2.0 * apq);
        var sg = 1.0;
        if (tau < 0.0) { sg = -1.0; }
        let tt = sg / (abs(tau) + sqrt(1.0 + tau * tau));
        let c = 1.0 / sqrt(1.0 + tt * tt);
        let sn = tt * c;
        for (var k = 0u; k < n; k++) {
          let skp = w[so + k * n + p];
          let skq = w[so + k * n + q];
          w[so + k * n + p] = c * skp - sn * skq;
          w[so + k * n + q] = sn * skp + c * skq;
        }
        for (var k = 0u; k < n; k++) {
          let spk = w[so + p * n + k];
          let sqk = w[so + q * n + k];
          w[so + p * n + k] = c * spk - sn * sqk;
          w[so + q * n + k] = sn * spk + c * sqk;
        }
        w[so + p * n + q] = 0.0;
        w[so + q * n + p] = 0.0;
        for (var k = 0u; k < n; k++) {
          let vkp = w[vo + k * n + p];
          let vkq = w[vo + k * n + q];
          w[vo + k * n + p] = c * vkp - sn * vkq;
          w[vo + k * n + q] = sn * vkp + c * vkq;
        }
      }
    }
  }
  // ascending order (ties by index); each eigenvector's largest-magnitude entry positive
  for (var i = 0u; i < n; i++) {
    let di = w[so + i * n + i];
    var rank = 0u;
    for (var j = 0u; j < n; j++) {
      let dj = w[so + j * n + j];
      if (dj < di || (dj == di && j < i)) { rank++; }
    }
    ew[t * n + rank] = di;
    var big = 0.0;
    var sgn = 1.0;
    for (var k = 0u; k < n; k++) {
      let x = w[vo + k * n + i];
      if (abs(x) > big) { big = abs(x); if (x < 0.0) { sgn = -1.0; } else { sgn = 1.0; } }
    }
    for (var k = 0u; k < n; k++) { ev[ao + k * n + rank] = sgn * w[vo + k * n + i]; }
  }
}`;
export function eighGpu(gpu, ins, inMeta, outs) {
    const n = last(inMeta[0]);
    const nb = sizeOf(batchOf(inMeta[0]));
    if (nb === 0 || n === 0)
        return;
    const w = temp(gpu, nb * 2 * n * n);
    run(gpu, 'linalg.eigh.f32', EIGH, [g(ins[0])], [g(outs[0]), g(outs[1]), w], [nb, n], nb, [w]);
}
//# sourceMappingURL=linalg-wgsl.js.map