import { grid } from '../backends/webgpu/context.js';
import { broadcastStrides, sizeOf } from '../shape.js';
const WG = 64;
const MAX_RANK = 8;
/** Use the chunked scan when channels < this … */
export const CHUNK_MAX_CHANNELS = 4096;
/** … and T ≥ this. */
export const CHUNK_MIN_T = 256;
function header(nIn, nOut) {
    return headerOf(nIn === 2 ? ['a', 'b'] : ['ar', 'ai', 'br', 'bi'], nOut === 1 ? ['h'] : ['hr', 'hi']);
}
function headerOf(names, outs) {
    const nIn = names.length;
    const nOut = outs.length;
    const lines = names.map((n, i) => `@group(0) @binding(${i}) var<storage, read> ${n}: array<f32>;`);
    outs.forEach((n, i) => lines.push(`@group(0) @binding(${nIn + i}) var<storage, read_write> ${n}: array<f32>;`));
    lines.push(`@group(0) @binding(${nIn + nOut}) var<uniform> u: U;`);
    return `
struct U {
  outer: u32, T: u32, inner: u32, rank: u32,
  axis: u32, reverse: u32, shifted: u32, aT: u32,
  shape: array<vec4<u32>, 2>,
  st: array<vec4<u32>, 2>,
  L: u32, C: u32, pad0: u32, pad1: u32,
};
${lines.join('\n')}
`;
}
// Decode the channel index c = o·inner + i into a's offset (the time axis excluded).
const CHANNEL = `
  let o = c / u.inner;
  let i = c % u.inner;
  var rem = c;
  var aoff = 0u;
  for (var d = i32(u.rank) - 1; d >= 0; d = d - 1) {
    let du = u32(d);
    if (du == u.axis) { continue; }
    let n = u.shape[du / 4u][du % 4u];
    aoff = aoff + (rem % n) * u.st[du / 4u][du % 4u];
    rem = rem / n;
  }
  let T = i32(u.T);
  let inner = i32(u.inner);
`;
const PRELUDE = `
  let nx = nwg.x * ${WG}u;
  let c = gid.x + gid.y * nx;
  if (c >= u.outer * u.inner) { return; }
${CHANNEL}  var step = 1;
  var t = 0;
  if (u.reverse != 0u) { step = -1; t = T - 1; }
  var lag = 0;
  if (u.shifted != 0u) { lag = -step; }
  var cur = (i32(o) * T + t) * inner + i32(i);
`;
const REAL = `${header(2, 1)}
@compute @workgroup_size(${WG})
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
${PRELUDE}
  var hp = b[u32(cur)];
  h[u32(cur)] = hp;
  for (var k = 1; k < T; k = k + 1) {
    t = t + step;
    cur = cur + step * inner;
    let ai = aoff + u32(t + lag) * u.aT;
    hp = a[ai] * hp + b[u32(cur)];
    h[u32(cur)] = hp;
  }
}
`;
const COMPLEX = `${header(4, 2)}
@compute @workgroup_size(${WG})
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
${PRELUDE}
  var pr = br[u32(cur)];
  var pi = bi[u32(cur)];
  hr[u32(cur)] = pr;
  hi[u32(cur)] = pi;
  for (var k = 1; k < T; k = k + 1) {
    t = t + step;
    cur = cur + step * inner;
    let j = aoff + u32(t + lag) * u.aT;
    let xr = ar[j];
    let xi = ai[j];
    let nr = xr * pr - xi * pi + br[u32(cur)];
    let ni = xr * pi + xi * pr + bi[u32(cur)];
    pr = nr;
    pi = ni;
    hr[u32(cur)] = pr;
    hi[u32(cur)] = pi;
  }
}
`;
// Chunked kernels (passes 1 and 3): invocation id = j·channels + c (chunk j, channel c); the
// summary of (j, c) lives at s[id·NS ..]. k counts steps in processing order, t is the index.
const CHUNK_PRELUDE = `
  let nx = nwg.x * ${WG}u;
  let id = gid.x + gid.y * nx;
  let nch = u.outer * u.inner;
  if (id >= nch * u.C) { return; }
  let c = id % nch;
  let j = id / nch;
${CHANNEL}  var step = 1;
  var t0 = 0;
  if (u.reverse != 0u) { step = -1; t0 = T - 1; }
  var lag = 0;
  if (u.shifted != 0u) { lag = -step; }
  let k0 = i32(j * u.L);
  let k1 = min(k0 + i32(u.L), T);
  var t = t0 + step * k0;
  var cur = (i32(o) * T + t) * inner + i32(i);
`;
const CARRY_PRELUDE = `
  let nx = nwg.x * ${WG}u;
  let id = gid.x + gid.y * nx;
  let nch = u.outer * u.inner;
  if (id >= nch) { return; }
`;
const REAL_CHUNK_SUMMARY = `${headerOf(['a', 'b'], ['s'])}
@compute @workgroup_size(${WG})
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
${CHUNK_PRELUDE}
  var hp = 0.0;
  var p = 1.0;
  for (var k = k0; k < k1; k = k + 1) {
    let bv = b[u32(cur)];
    if (k == 0) {
      hp = bv;
      p = 0.0;
    } else {
      let m = a[aoff + u32(t + lag) * u.aT];
      hp = m * hp + bv;
      p = p * m;
    }
    t = t + step;
    cur = cur + step * inner;
  }
  s[id * 2u] = hp;
  s[id * 2u + 1u] = p;
}
`;
const REAL_CHUNK_CARRY = `${headerOf([], ['s'])}
@compute @workgroup_size(${WG})
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
${CARRY_PRELUDE}
  var carry = 0.0;
  for (var j = 0u; j < u.C; j = j + 1u) {
    let q = (j * nch + id) * 2u;
    let hl = s[q];
    let p = s[q + 1u];
    s[q] = carry;
    carry = p * carry + hl;
  }
}
`;
const REAL_CHUNK_APPLY = `${headerOf(['a', 'b', 's'], ['h'])}
@compute @workgroup_size(${WG})
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
${CHUNK_PRELUDE}
  var hp = s[id * 2u];
  for (var k = k0; k < k1; k = k + 1) {
    let bv = b[u32(cur)];
    if (k == 0) {
      hp = bv;
    } else {
      hp = a[aoff + u32(t + lag) * u.aT] * hp + bv;
    }
    h[u32(cur)] = hp;
    t = t + step;
    cur = cur + step * inner;
  }
}
`;
const COMPLEX_CHUNK_SUMMARY = `${headerOf(['ar', 'ai', 'br', 'bi'], ['s'])}
@compute @workgroup_size(${WG})
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
${CHUNK_PRELUDE}
  var hr = 0.0;
  var hi = 0.0;
  var pr = 1.0;
  var pi = 0.0;
  for (var k = k0; k < k1; k = k + 1) {
    let vr = br[u32(cur)];
    let vi = bi[u32(cur)];
    if (k == 0) {
      hr = vr;
      hi = vi;
      pr = 0.0;
      pi = 0.0;
    } else {
      let q = aoff + u32(t + lag) * u.aT;
      let xr = ar[q];
      let xi = ai[q];
      let nr = xr * hr - xi * hi + vr;
      let ni = xr * hi + xi * hr + vi;
      hr = nr;
      hi = ni;
      let qr = pr * xr - pi * xi;
      let qi = pr * xi + pi * xr;
      pr = qr;
      pi = qi;
    }
    t = t + step;
    cur = cur + step * inner;
  }
  s[id * 4u] = hr;
  s[id * 4u + 1u] = hi;
  s[id * 4u + 2u] = pr;
  s[id * 4u + 3u] = pi;
}
`;
const COMPLEX_CHUNK_CARRY = `${headerOf([], ['s'])}
@compute @workgroup_size(${WG})
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
${CARRY_PRELUDE}
  var cr = 0.0;
  var ci = 0.0;
  for (var j = 0u; j < u.C; j = j + 1u) {
    let q = (j * nch + id) * 4u;
    let hr = s[q];
    let hi = s[q + 1u];
    let pr = s[q + 2u];
    let pi = s[q + 3u];
    s[q] = cr;
    s[q + 1u] = ci;
    let nr = pr * cr - pi * ci + hr;
    let ni = pr * ci + pi * cr + hi;
    cr = nr;
    ci = ni;
  }
}
`;
const COMPLEX_CHUNK_APPLY = `${headerOf(['ar', 'ai', 'br', 'bi', 's'], ['hr', 'hi'])}
@compute @workgroup_size(${WG})
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
${CHUNK_PRELUDE}
  var pr = s[id * 4u];
  var pi = s[id * 4u + 1u];
  for (var k = k0; k < k1; k = k + 1) {
    let vr = br[u32(cur)];
    let vi = bi[u32(cur)];
    if (k == 0) {
      pr = vr;
      pi = vi;
    } else {
      let q = aoff + u32(t + lag) * u.aT;
      let xr = ar[q];
      let xi = ai[q];
      let nr = xr * pr - xi * pi + vr;
      let ni = xr * pi + xi * pr + vi;
      pr = nr;
      pi = ni;
    }
    hr[u32(cur)] = pr;
    hi[u32(cur)] = pi;
    t = t + step;
    cur = cur + step * inner;
  }
}
`;
/** Chunk length and count for the chunked path, or null for the sequential kernel. */
export function chunkPlan(channels, T) {
    if (channels >= CHUNK_MAX_CHANNELS || T < CHUNK_MIN_T)
        return null;
    const L = Math.ceil(Math.sqrt(T));
    return { L, C: Math.ceil(T / L) };
}
function uniforms(aShape, outShape, p) {
    const r = outShape.length;
    if (r > MAX_RANK)
        throw new Error(`linearScan: the WebGPU kernel supports b of rank <= ${MAX_RANK}, got rank ${r} (reshape to fewer axes)`);
    const st = broadcastStrides(aShape, outShape);
    const u = new Uint32Array(8 + 2 * MAX_RANK + 4);
    u[0] = sizeOf(outShape.slice(0, p.axis));
    u[1] = outShape[p.axis];
    u[2] = sizeOf(outShape.slice(p.axis + 1));
    u[3] = r;
    u[4] = p.axis;
    u[5] = p.reverse ? 1 : 0;
    u[6] = p.shifted ? 1 : 0;
    u[7] = st[p.axis];
    for (let d = 0; d < r; d++) {
        u[8 + d] = outShape[d];
        u[8 + MAX_RANK + d] = st[d];
    }
    const plan = chunkPlan(sizeOf(outShape) / Math.max(outShape[p.axis], 1), outShape[p.axis]);
    u[8 + 2 * MAX_RANK] = plan?.L ?? 0;
    u[9 + 2 * MAX_RANK] = plan?.C ?? 0;
    return u;
}
const REAL_KERNELS = { key: 'linearScan.real.f32', seq: REAL, summary: REAL_CHUNK_SUMMARY, carry: REAL_CHUNK_CARRY, apply: REAL_CHUNK_APPLY, ns: 2 };
const COMPLEX_KERNELS = {
    key: 'linearScan.complex.f32',
    seq: COMPLEX,
    summary: COMPLEX_CHUNK_SUMMARY,
    carry: COMPLEX_CHUNK_CARRY,
    apply: COMPLEX_CHUNK_APPLY,
    ns: 4,
};
function dispatch(gpu, K, ins, outs, aShape, outShape, p) {
    const channels = sizeOf(outShape) / Math.max(outShape[p.axis], 1);
    if (sizeOf(outShape) === 0)
        return;
    const u = uniforms(aShape, outShape, p);
    const plan = chunkPlan(channels, outShape[p.axis]);
    if (plan) {
        const s = gpu.allocate(plan.C * channels * K.ns * 4, 'f32');
        const inputs = ins;
        gpu.run({ key: `${K.key}.chunk.summary`, code: () => K.summary, inputs, outputs: [s], uniforms: u, workgroups: grid(Math.ceil((plan.C * channels) / WG)) });
        gpu.run({ key: `${K.key}.chunk.carry`, code: () => K.carry, inputs: [], outputs: [s], uniforms: u, workgroups: grid(Math.ceil(channels / WG)) });
        gpu.run({
            key: `${K.key}.chunk.apply`,
            code: () => K.apply,
            inputs: [...inputs, s],
            outputs: outs,
            uniforms: u,
            workgroups: grid(Math.ceil((plan.C * channels) / WG)),
        });
        gpu.recycle(s);
        return;
    }
    gpu.run({
        key: K.key,
        code: () => K.seq,
        inputs: ins,
        outputs: outs,
        uniforms: u,
        workgroups: grid(Math.ceil(channels / WG)),
    });
}
export function realScanGpu(gpu, ins, inMeta, outs, outMeta, p) {
    dispatch(gpu, REAL_KERNELS, ins, outs, inMeta[0].shape, outMeta[0].shape, p);
}
export function complexScanGpu(gpu, ins, inMeta, outs, outMeta, p) {
    dispatch(gpu, COMPLEX_KERNELS, ins, outs, inMeta[0].shape, outMeta[0].shape, p);
}
//# sourceMappingURL=scan-wgsl.js.map