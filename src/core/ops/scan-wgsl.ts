/**
 * WebGPU kernels of the diagonal linear scan (scan.ts): one invocation per channel (every
 * index of b except the time axis) loops over time, exactly the CPU kernel's recurrence in f32.
 * a is read through its broadcast strides, decoded from the channel index in the shader (rank
 * ≤ 8), so no offset tables are uploaded. T up to any length (sequential; O(T) per channel).
 */
import type { DeviceBuffer, TensorMeta } from '../backend.js';
import type { GpuBuffer, GpuContext } from '../backends/webgpu/context.js';
import { grid } from '../backends/webgpu/context.js';
import { broadcastStrides, sizeOf } from '../shape.js';

const WG = 64;
const MAX_RANK = 8;

export interface ScanGpuParams {
  readonly axis: number;
  readonly reverse: boolean;
  readonly shifted: boolean;
}

function header(nIn: number, nOut: number): string {
  const names = nIn === 2 ? ['a', 'b'] : ['ar', 'ai', 'br', 'bi'];
  const outs = nOut === 1 ? ['h'] : ['hr', 'hi'];
  const lines = names.map((n, i) => `@group(0) @binding(${i}) var<storage, read> ${n}: array<f32>;`);
  outs.forEach((n, i) => lines.push(`@group(0) @binding(${nIn + i}) var<storage, read_write> ${n}: array<f32>;`));
  lines.push(`@group(0) @binding(${nIn + nOut}) var<uniform> u: U;`);
  return `
struct U {
  outer: u32, T: u32, inner: u32, rank: u32,
  axis: u32, reverse: u32, shifted: u32, aT: u32,
  shape: array<vec4<u32>, 2>,
  st: array<vec4<u32>, 2>,
};
${lines.join('\n')}
`;
}

// Decode the channel index c = o·inner + i into a's offset (the time axis excluded).
const PRELUDE = `
  let nx = nwg.x * ${WG}u;
  let c = gid.x + gid.y * nx;
  if (c >= u.outer * u.inner) { return; }
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
  var step = 1;
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

function uniforms(aShape: readonly number[], outShape: readonly number[], p: ScanGpuParams): Uint32Array {
  const r = outShape.length;
  if (r > MAX_RANK) throw new Error(`linearScan: the WebGPU kernel supports b of rank <= ${MAX_RANK}, got rank ${r} (reshape to fewer axes)`);
  const st = broadcastStrides(aShape, outShape);
  const u = new Uint32Array(8 + 2 * MAX_RANK);
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
  return u;
}

function dispatch(gpu: GpuContext, key: string, code: string, ins: readonly DeviceBuffer[], outs: DeviceBuffer[], aShape: readonly number[], outShape: readonly number[], p: ScanGpuParams): void {
  const channels = sizeOf(outShape) / Math.max(outShape[p.axis], 1);
  if (sizeOf(outShape) === 0) return;
  gpu.run({
    key,
    code: () => code,
    inputs: ins as GpuBuffer[],
    outputs: outs as GpuBuffer[],
    uniforms: uniforms(aShape, outShape, p),
    workgroups: grid(Math.ceil(channels / WG)),
  });
}

export function realScanGpu(gpu: GpuContext, ins: readonly DeviceBuffer[], inMeta: readonly TensorMeta[], outs: DeviceBuffer[], outMeta: readonly TensorMeta[], p: ScanGpuParams): void {
  dispatch(gpu, 'linearScan.real.f32', REAL, ins, outs, inMeta[0].shape, outMeta[0].shape, p);
}

export function complexScanGpu(gpu: GpuContext, ins: readonly DeviceBuffer[], inMeta: readonly TensorMeta[], outs: DeviceBuffer[], outMeta: readonly TensorMeta[], p: ScanGpuParams): void {
  dispatch(gpu, 'linearScan.complex.f32', COMPLEX, ins, outs, inMeta[0].shape, outMeta[0].shape, p);
}
