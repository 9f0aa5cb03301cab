import { grid } from '../backends/webgpu/context.js';
import { sizeOf } from '../shape.js';
const WG = 64;
/** Copy up to 5 buffers (sizes in words) one after the other into a new buffer. */
function pack(gpu, parts, sizes) {
    const offs = [];
    let total = 0;
    for (const s of sizes) {
        offs.push(total);
        total += s;
    }
    const buf = gpu.allocate(Math.max(total, 1) * 4, 'f32');
    const n = parts.length;
    const decl = parts.map((_, i) => `@group(0) @binding(${i}) var<storage, read> x${i}: array<f32>;`).join('\n');
    const code = `${decl}
@group(0) @binding(${n}) var<storage, read_write> o: array<f32>;
struct U { total: u32, o0: u32, o1: u32, o2: u32, o3: u32, o4: u32, o5: u32, pad: u32, };
@group(0) @binding(${n + 1}) var<uniform> u: U;
@compute @workgroup_size(${WG})
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let i = gid.x + gid.y * nwg.x * ${WG}u;
  if (i >= u.total) { return; }
${parts.map((_, j) => `  if (i >= u.o${j} && i < u.o${j + 1}) { o[i] = x${j}[i - u.o${j}]; }`).join('\n')}
}`;
    const uni = new Uint32Array(8);
    uni[0] = total;
    offs.forEach((o, i) => (uni[1 + i] = o));
    uni[1 + n] = total;
    if (total > 0)
        gpu.run({ key: `mesa.pack${n}`, code: () => code, inputs: parts, outputs: [buf], uniforms: uni, workgroups: grid(Math.ceil(total / WG)) });
    return { buf, offs };
}
const UNIFORMS = `struct U { N: u32, T: u32, d: u32, e: u32, every: u32, nCk: u32, forget: u32,
  oq: u32, ok: u32, ov: u32, ol: u32, og: u32, oy: u32, ock: u32, oc: u32, ogy: u32, };`;
const FORWARD = `${UNIFORMS}
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> y: array<f32>;
@group(0) @binding(2) var<storage, read_write> ck: array<f32>;
@group(0) @binding(3) var<storage, read_write> cs: array<f32>;
@group(0) @binding(4) var<storage, read_write> w: array<f32>;
@group(0) @binding(5) var<uniform> u: U;
@compute @workgroup_size(${WG})
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let n = gid.x + gid.y * nwg.x * ${WG}u;
  if (n >= u.N) { return; }
  let T = u.T; let d = u.d; let e = u.e;
  let dd = d * d;
  let base = n * (dd + e * d + 2u * d);
  let R = base; let S = R + dd; let uu = S + e * d; let qt = uu + d;
  let lambda = x[u.ol + n];
  for (var i = 0u; i < dd; i++) { w[R + i] = 0.0; }
  for (var i = 0u; i < d; i++) { w[R + i * d + i] = lambda; }
  for (var i = 0u; i < e * d; i++) { w[S + i] = 0.0; }
  for (var t = 0u; t < T; t++) {
    var g = 1.0;
    if (u.forget != 0u) { g = x[u.og + n * T + t]; }
    let ko = (n * T + t) * d;
    let vo = (n * T + t) * e;
    var c = g;
    for (var i = 0u; i < d; i++) {
      var s = 0.0;
      for (var j = 0u; j < d; j++) { s += w[R + i * d + j] * x[u.ok + ko + j]; }
      w[uu + i] = s;
      c += x[u.ok + ko + i] * s;
    }
    cs[n * T + t] = c;
    let inv = 1.0 / c;
    let ig = 1.0 / g;
    for (var i = 0u; i < d; i++) {
      let ui = w[uu + i];
      for (var j = 0u; j < d; j++) { w[R + i * d + j] = (w[R + i * d + j] - ui * w[uu + j] * inv) * ig; }
    }
    for (var i = 0u; i < e; i++) {
      let vi = x[u.ov + vo + i];
      for (var j = 0u; j < d; j++) { w[S + i * d + j] = g * w[S + i * d + j] + vi * x[u.ok + ko + j]; }
    }
    for (var i = 0u; i < d; i++) {
      var s = 0.0;
      for (var j = 0u; j < d; j++) { s += w[R + i * d + j] * x[u.oq + ko + j]; }
      w[qt + i] = s;
    }
    for (var i = 0u; i < e; i++) {
      var s = 0.0;
      for (var j = 0u; j < d; j++) { s += w[S + i * d + j] * w[qt + j]; }
      y[vo + i] = s;
    }
    if ((t + 1u) % u.every == 0u || t == T - 1u) {
      let co = (n * u.nCk + t / u.every) * dd;
      for (var i = 0u; i < dd; i++) { ck[co + i] = w[R + i]; }
    }
  }
}`;
const BACKWARD = `${UNIFORMS}
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> gq: array<f32>;
@group(0) @binding(2) var<storage, read_write> gk: array<f32>;
@group(0) @binding(3) var<storage, read_write> gv: array<f32>;
@group(0) @binding(4) var<storage, read_write> glam: array<f32>;
@group(0) @binding(5) var<storage, read_write> ggam: array<f32>;
@group(0) @binding(6) var<storage, read_write> w: array<f32>;
@group(0) @binding(7) var<uniform> u: U;
fn isCk(t: u32) -> bool { return (t + 1u) % u.every == 0u || t == u.T - 1u; }
@compute @workgroup_size(${WG})
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let n = gid.x + gid.y * nwg.x * ${WG}u;
  if (n >= u.N) { return; }
  let T = u.T; let d = u.d; let e = u.e;
  let dd = d * d; let ed = e * d;
  let base = n * (2u * dd + 2u * ed + 6u * d);
  let R = base; let S = R + dd; let Sh = S + ed; let Ah = Sh + ed;
  let qt = Ah + dd; let va = qt + d; let vb = va + d; let vu = vb + d; let w1 = vu + d; let w2 = w1 + d;
  // sweep 1: S_t and a_t = S_tᵀ ḡ_t, parked in q̄
  for (var i = 0u; i < ed; i++) { w[S + i] = 0.0; }
  for (var t = 0u; t < T; t++) {
    var g = 1.0;
    if (u.forget != 0u) { g = x[u.og + n * T + t]; }
    let ko = (n * T + t) * d;
    let vo = (n * T + t) * e;
    for (var i = 0u; i < e; i++) {
      let vi = x[u.ov + vo + i];
      for (var j = 0u; j < d; j++) { w[S + i * d + j] = g * w[S + i * d + j] + vi * x[u.ok + ko + j]; }
    }
    for (var j = 0u; j < d; j++) {
      var s = 0.0;
      for (var i = 0u; i < e; i++) { s += w[S + i * d + j] * x[u.ogy + vo + i]; }
      gq[ko + j] = s;
    }
  }
  // sweep 2 (reverse)
  for (var i = 0u; i < ed; i++) { w[Sh + i] = 0.0; }
  for (var i = 0u; i < dd; i++) { w[Ah + i] = 0.0; }
  var muCarry = 0.0;
  var mCarry = 0.0;
  for (var s2 = 0u; s2 < T; s2++) {
    let t = T - 1u - s2;
    var g = 1.0;
    if (u.forget != 0u) { g = x[u.og + n * T + t]; }
    let ko = (n * T + t) * d;
    let vo = (n * T + t) * e;
    if (isCk(t)) {
      let co = (n * u.nCk + t / u.every) * dd;
      for (var i = 0u; i < dd; i++) { w[R + i] = x[u.ock + co + i]; }
    }
    for (var i = 0u; i < d; i++) {
      var s = 0.0;
      var s1 = 0.0;
      for (var j = 0u; j < d; j++) { s += w[R + i * d + j] * x[u.oq + ko + j]; s1 += w[R + i * d + j] * gq[ko + j]; }
      w[qt + i] = s;
      w[vb + i] = s1;
    }
    for (var i = 0u; i < d; i++) { gq[ko + i] = w[vb + i]; }
    for (var i = 0u; i < e; i++) {
      let gi = x[u.ogy + vo + i];
      for (var j = 0u; j < d; j++) { w[Sh + i * d + j] += gi * w[qt + j]; }
    }
    for (var i = 0u; i < d; i++) {
      let bi = w[vb + i];
      for (var j = 0u; j < d; j++) { w[Ah + i * d + j] -= bi * w[qt + j]; }
    }
    var vSk = 0.0;
    for (var i = 0u; i < e; i++) {
      var s = 0.0;
      for (var j = 0u; j < d; j++) { s += w[Sh + i * d + j] * x[u.ok + ko + j]; }
      gv[vo + i] = s;
      vSk += x[u.ov + vo + i] * s;
    }
    var kAk = 0.0;
    for (var j = 0u; j < d; j++) {
      var s1 = 0.0;
      for (var i = 0u; i < e; i++) { s1 += w[Sh + i * d + j] * x[u.ov + vo + i]; }
      var a2 = 0.0;
      var at = 0.0;
      for (var i = 0u; i < d; i++) { a2 += w[Ah + j * d + i] * x[u.ok + ko + i]; at += w[Ah + i * d + j] * x[u.ok + ko + i]; }
      gk[ko + j] = s1 + a2 + at;
      kAk += x[u.ok + ko + j] * a2;
    }
    if (u.forget != 0u) {
      var gyy = 0.0;
      for (var i = 0u; i < e; i++) { gyy += x[u.ogy + vo + i] * x[u.oy + vo + i]; }
      var bq = 0.0;
      for (var i = 0u; i < d; i++) { bq += w[vb + i] * x[u.oq + ko + i]; }
      let mu = gyy + muCarry;
      let m = mCarry - bq;
      muCarry = mu - vSk;
      mCarry = m - kAk;
      ggam[n * T + t] = (muCarry + mCarry) / g;
    }
    if (t > 0u && !isCk(t - 1u)) {
      for (var i = 0u; i < d; i++) {
        var s = 0.0;
        for (var j = 0u; j < d; j++) { s += w[R + i * d + j] * x[u.ok + ko + j]; }
        w[vu + i] = s;
      }
      let c = x[u.oc + n * T + t];
      for (var i = 0u; i < d; i++) {
        for (var j = 0u; j < d; j++) { w[R + i * d + j] = g * w[R + i * d + j] + w[vu + i] * w[vu + j] * c; }
      }
    }
    if (g != 1.0) {
      for (var i = 0u; i < ed; i++) { w[Sh + i] *= g; }
      for (var i = 0u; i < dd; i++) { w[Ah + i] *= g; }
    }
  }
  var tr = 0.0;
  for (var i = 0u; i < d; i++) { tr += w[Ah + i * d + i]; }
  let lam = x[u.ol + n];
  glam[n] = -tr / (lam * lam);
}`;
function uniforms(N, T, d, e, p, offs) {
    const u = new Uint32Array(16);
    u.set([N, T, d, e, p.every, Math.ceil(T / p.every), p.forget ? 1 : 0]);
    u.set(offs, 7);
    return u;
}
const gb = (b) => b;
export function mesaForwardGpu(gpu, ins, inMeta, outs, _om, p) {
    const [N, T, d] = inMeta[0].shape;
    const e = inMeta[2].shape[2];
    if (N * T === 0)
        return;
    const nIn = p.forget ? 5 : 4;
    const { buf, offs } = pack(gpu, ins.slice(0, nIn).map(gb), inMeta.slice(0, nIn).map((m) => sizeOf(m.shape)));
    const o = [offs[0], offs[1], offs[2], offs[3], p.forget ? offs[4] : 0, 0, 0, 0, 0];
    const w = gpu.allocate(Math.max(N * (d * d + e * d + 2 * d), 1) * 4, 'f32');
    gpu.run({
        key: 'mesa.forward.f32',
        code: () => FORWARD,
        inputs: [buf],
        outputs: [...outs.map(gb), w],
        uniforms: uniforms(N, T, d, e, p, o),
        workgroups: grid(Math.ceil(N / WG)),
    });
    gpu.recycle(buf);
    gpu.recycle(w);
}
export function mesaBackwardGpu(gpu, ins, inMeta, outs, _om, p) {
    const [N, T, d] = inMeta[0].shape;
    const e = inMeta[2].shape[2];
    const nIn = p.forget ? 5 : 4;
    if (N === 0)
        return;
    const sizes = inMeta.map((m) => sizeOf(m.shape));
    // two packs of at most 5 buffers each, then one more to join them (keeps every shader ≤ 8 bindings)
    const a = pack(gpu, ins.slice(0, nIn).map(gb), sizes.slice(0, nIn));
    const b = pack(gpu, ins.slice(nIn).map(gb), sizes.slice(nIn));
    const aTotal = sizes.slice(0, nIn).reduce((s, x) => s + x, 0);
    const bTotal = sizes.slice(nIn).reduce((s, x) => s + x, 0);
    const all = pack(gpu, [a.buf, b.buf], [aTotal, bTotal]);
    gpu.recycle(a.buf);
    gpu.recycle(b.buf);
    const o = [a.offs[0], a.offs[1], a.offs[2], a.offs[3], p.forget ? a.offs[4] : 0, ...b.offs.map((x) => x + aTotal)];
    const w = gpu.allocate(Math.max(N * (2 * d * d + 2 * e * d + 6 * d), 1) * 4, 'f32');
    // without γ there is no γ̄ output: bind the scratch twice would alias, so bind a dummy buffer
    const dummy = p.forget ? null : gpu.allocate(4, 'f32');
    const outputs = [...outs.map(gb), ...(dummy ? [dummy] : []), w];
    gpu.run({
        key: 'mesa.backward.f32',
        code: () => BACKWARD,
        inputs: [all.buf],
        outputs,
        uniforms: uniforms(N, T, d, e, p, o),
        workgroups: grid(Math.ceil(N / WG)),
    });
    gpu.recycle(all.buf);
    gpu.recycle(w);
    if (dummy)
        gpu.recycle(dummy);
}
//# sourceMappingURL=mesa-wgsl.js.map