/**
 * WebGPU kernels of the fused batch norm (norm.ts), f32: one workgroup of 256 invocations per
 * channel c. Each invocation sums a strided share of the channel's N = B·H·W elements (flat index
 * i -> x[(⌊i/HW⌋·C + c)·HW + i mod HW]), a tree in workgroup memory adds the shares, and the same
 * workgroup then writes its channel's outputs — so a forward or backward pass is one dispatch.
 *
 *   batchNorm2d       μ = Σx/N, σ² = Σ(x − μ)²/N, y = (x − μ)·γ/√(σ² + ε) + β
 *   batchNorm2dGrad   Σȳ, Σȳ(x − μ), then ∂x = γr(ȳ − Σȳ/N − (x − μ) r Σȳx̂/N), r = 1/√(σ² + ε)
 *
 * The shape and ε (as f32 bits) travel in the uniform block; γ, β present or not select the
 * pipeline.
 */
import type { DeviceBuffer } from '../backend.js';
import type { GpuContext } from '../backends/webgpu/context.js';
import { grid } from '../backends/webgpu/context.js';
import type { GpuBuffer } from '../backends/webgpu/context.js';
import type { WgslType } from '../backends/webgpu/wgsl.js';
import { bindings, f32Bits, gbuf, main1d, packUniforms, WG } from '../backends/webgpu/wgsl.js';

interface Planes {
  readonly B: number;
  readonly C: number;
  readonly HW: number;
}

/** Uniform words: C, HW, N, ε. */
const LETS = `
  let C = uw(0u); let HW = uw(1u); let N = uw(2u); let eps = bitcast<f32>(uw(3u));
  let c = group;
  if (c >= C) { return; }
  let nf = f32(N);
`;

const at = (i: string): string => `((${i} / HW) * C + c) * HW + ${i} % HW`;

/** Tree sum of `name[lid]` over the workgroup into name[0]. */
const treeSum = (names: readonly string[]): string => `
  workgroupBarrier();
  for (var s = ${WG / 2}u; s > 0u; s >>= 1u) {
    if (lid < s) { ${names.map((n) => `${n}[lid] += ${n}[lid + s];`).join(' ')} }
    workgroupBarrier();
  }`;

function forwardCode(gamma: boolean, beta: boolean): string {
  const ins = Array<WgslType>(1 + (gamma ? 1 : 0) + (beta ? 1 : 0)).fill('f32');
  const g = gamma ? 'in1[c]' : '1.0';
  const b = beta ? `in${gamma ? 2 : 1}[c]` : '0.0';
  return `${bindings(ins, ['f32', 'f32', 'f32'])}
var<workgroup> sh: array<f32, ${WG}>;
${main1d(`${LETS}
  var acc = 0.0;
  for (var i = lid; i < N; i += ${WG}u) { acc += in0[${at('i')}]; }
  sh[lid] = acc;${treeSum(['sh'])}
  let m = sh[0] / nf;
  workgroupBarrier();
  acc = 0.0;
  for (var i = lid; i < N; i += ${WG}u) { let d = in0[${at('i')}] - m; acc += d * d; }
  sh[lid] = acc;${treeSum(['sh'])}
  let v = sh[0] / nf;
  let a = inverseSqrt(v + eps) * ${g};
  let t = ${b};
  for (var i = lid; i < N; i += ${WG}u) { let k = ${at('i')}; out0[k] = (in0[k] - m) * a + t; }
  if (lid == 0u) { out1[c] = m; out2[c] = v; }`)}`;
}

function backwardCode(gamma: boolean): string {
  const ins = Array<WgslType>(gamma ? 5 : 4).fill('f32');
  const gy = `in${gamma ? 4 : 3}`;
  const g = gamma ? 'in3[c]' : '1.0';
  return `${bindings(ins, ['f32', 'f32', 'f32'])}
var<workgroup> sg: array<f32, ${WG}>;
var<workgroup> sd: array<f32, ${WG}>;
${main1d(`${LETS}
  let m = in1[c];
  let r = inverseSqrt(in2[c] + eps);
  var a = 0.0;
  var d = 0.0;
  for (var i = lid; i < N; i += ${WG}u) { let k = ${at('i')}; let gk = ${gy}[k]; a += gk; d += gk * (in0[k] - m); }
  sg[lid] = a;
  sd[lid] = d;${treeSum(['sg', 'sd'])}
  let sumG = sg[0];
  let sumGx = sd[0] * r;
  let kk = ${g} * r;
  let a1 = sumG / nf;
  let a2 = sumGx * r / nf;
  for (var i = lid; i < N; i += ${WG}u) { let k = ${at('i')}; out0[k] = kk * (${gy}[k] - a1 - (in0[k] - m) * a2); }
  if (lid == 0u) { out1[c] = sumGx; out2[c] = sumG; }`)}`;
}

const uniforms = ({ C, HW, B }: Planes, eps: number): Uint32Array => packUniforms([C, HW, B * HW, f32Bits(eps)]);

/** outs = [y, μ, σ²] of x (γ, β: null when absent). */
export function gpuBatchNorm(
  gpu: GpuContext,
  x: DeviceBuffer,
  gamma: DeviceBuffer | null,
  beta: DeviceBuffer | null,
  outs: readonly DeviceBuffer[],
  pl: Planes,
  eps: number,
): void {
  if (pl.C === 0) return;
  const g = gamma !== null;
  const b = beta !== null;
  const inputs: GpuBuffer[] = [gbuf(x)];
  if (gamma !== null) inputs.push(gbuf(gamma));
  if (beta !== null) inputs.push(gbuf(beta));
  gpu.run({
    key: `batchNorm2d:${g ? 'g' : ''}${b ? 'b' : ''}`,
    code: () => forwardCode(g, b),
    inputs,
    outputs: outs.map(gbuf),
    uniforms: uniforms(pl, eps),
    workgroups: grid(pl.C),
  });
}

/** outs = [∂x, Σȳx̂, Σȳ] of x, μ, σ², γ (null when absent), ȳ. */
export function gpuBatchNormGrad(
  gpu: GpuContext,
  x: DeviceBuffer,
  mean: DeviceBuffer,
  variance: DeviceBuffer,
  gamma: DeviceBuffer | null,
  gy: DeviceBuffer,
  outs: readonly DeviceBuffer[],
  pl: Planes,
  eps: number,
): void {
  if (pl.C === 0) return;
  const g = gamma !== null;
  const inputs = [gbuf(x), gbuf(mean), gbuf(variance), ...(gamma !== null ? [gbuf(gamma)] : []), gbuf(gy)];
  gpu.run({
    key: `batchNorm2dGrad:${g ? 'g' : ''}`,
    code: () => backwardCode(g),
    inputs,
    outputs: outs.map(gbuf),
    uniforms: uniforms(pl, eps),
    workgroups: grid(pl.C),
  });
}
