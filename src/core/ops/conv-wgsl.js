import { grid } from '../backends/webgpu/context.js';
import { bindings, gbuf, main1d, packUniforms, WG } from '../backends/webgpu/wgsl.js';
/** Uniform words 0…15 of the convolution kernels (word 16: the invocation count). */
function convWords(g, total) {
    return [g.B, g.C, g.H, g.W, g.O, g.kH, g.kW, g.OH, g.OW, g.sH, g.sW, g.dH, g.dW, g.pT, g.pL, g.G, total];
}
const CONV_LETS = `
  let B = uw(0u); let C = uw(1u); let H = i32(uw(2u)); let W = i32(uw(3u)); let O = uw(4u);
  let kH = uw(5u); let kW = uw(6u); let OH = uw(7u); let OW = uw(8u);
  let sH = i32(uw(9u)); let sW = i32(uw(10u)); let dH = i32(uw(11u)); let dW = i32(uw(12u));
  let pT = i32(uw(13u)); let pL = i32(uw(14u)); let G = uw(15u);
  let Cg = C / G; let Og = O / G;
  if (gi >= uw(16u)) { return; }
`;
const FORWARD = `${bindings(['f32', 'f32'], ['f32'])}
${main1d(`${CONV_LETS}
  let q = gi % OW; var t = gi / OW;
  let p = t % OH; t = t / OH;
  let o = t % O; let b = t / O;
  let c0 = (o / Og) * Cg;
  var acc = 0.0;
  for (var c = 0u; c < Cg; c++) {
    let xb = (b * C + c0 + c) * u32(H);
    let wb = (o * Cg + c) * kH;
    for (var i = 0u; i < kH; i++) {
      let h = i32(p) * sH + i32(i) * dH - pT;
      if (h < 0 || h >= H) { continue; }
      for (var j = 0u; j < kW; j++) {
        let v = i32(q) * sW + i32(j) * dW - pL;
        if (v < 0 || v >= W) { continue; }
        acc += in0[(xb + u32(h)) * u32(W) + u32(v)] * in1[(wb + i) * kW + j];
      }
    }
  }
  out0[gi] = acc;`)}`;
const INPUT_GRAD = `${bindings(['f32', 'f32'], ['f32'])}
${main1d(`${CONV_LETS}
  let v = i32(gi % u32(W)); var t = gi / u32(W);
  let h = i32(t % u32(H)); t = t / u32(H);
  let c = t % C; let b = t / C;
  let grp = c / Cg; let cc = c % Cg;
  var acc = 0.0;
  for (var oo = 0u; oo < Og; oo++) {
    let o = grp * Og + oo;
    let gb = (b * O + o) * OH;
    let wb = (o * Cg + cc) * kH;
    for (var i = 0u; i < kH; i++) {
      let th = h + pT - i32(i) * dH;
      if (th < 0 || th % sH != 0 || th / sH >= i32(OH)) { continue; }
      let p = u32(th / sH);
      for (var j = 0u; j < kW; j++) {
        let tw = v + pL - i32(j) * dW;
        if (tw < 0 || tw % sW != 0 || tw / sW >= i32(OW)) { continue; }
        acc += in0[(gb + p) * OW + u32(tw / sW)] * in1[(wb + i) * kW + j];
      }
    }
  }
  out0[gi] = acc;`)}`;
const FILTER_GRAD = `${bindings(['f32', 'f32'], ['f32'])}
${main1d(`${CONV_LETS}
  let j = gi % kW; var t = gi / kW;
  let i = t % kH; t = t / kH;
  let cc = t % Cg; let o = t / Cg;
  let c = (o / Og) * Cg + cc;
  var acc = 0.0;
  for (var b = 0u; b < B; b++) {
    let xb = (b * C + c) * u32(H);
    let gb = (b * O + o) * OH;
    for (var p = 0u; p < OH; p++) {
      let h = i32(p) * sH + i32(i) * dH - pT;
      if (h < 0 || h >= H) { continue; }
      for (var q = 0u; q < OW; q++) {
        let v = i32(q) * sW + i32(j) * dW - pL;
        if (v < 0 || v >= W) { continue; }
        acc += in0[(xb + u32(h)) * u32(W) + u32(v)] * in1[(gb + p) * OW + q];
      }
    }
  }
  out0[gi] = acc;`)}`;
function runConv(gpu, key, code, a, b, out, g, total) {
    if (total === 0)
        return;
    gpu.run({
        key,
        code: () => code,
        inputs: [gbuf(a), gbuf(b)],
        outputs: [gbuf(out)],
        uniforms: packUniforms(convWords(g, total)),
        workgroups: grid(Math.ceil(total / WG)),
    });
}
/** y = conv2d(x, w) (f32). */
export function gpuConv(gpu, x, w, y, g) {
    runConv(gpu, 'conv2d', FORWARD, x, w, y, g, g.B * g.O * g.OH * g.OW);
}
/** ∂x from ḡ and w (f32). */
export function gpuConvInputGrad(gpu, gy, w, dx, g) {
    runConv(gpu, 'conv2dInputGrad', INPUT_GRAD, gy, w, dx, g, g.B * g.C * g.H * g.W);
}
/** ∂w from x and ḡ (f32). */
export function gpuConvFilterGrad(gpu, x, gy, dw, g) {
    runConv(gpu, 'conv2dFilterGrad', FILTER_GRAD, x, gy, dw, g, g.O * (g.C / g.G) * g.kH * g.kW);
}
// ---------------------------------------------------------------------------------------------
// pooling
const POOL_LETS = `
  let H = i32(uw(0u)); let W = i32(uw(1u)); let OH = uw(2u); let OW = uw(3u);
  let kH = i32(uw(4u)); let kW = i32(uw(5u)); let sH = i32(uw(6u)); let sW = i32(uw(7u));
  let pT = i32(uw(8u)); let pL = i32(uw(9u));
  if (gi >= uw(10u)) { return; }
  let q = gi % OW; var t = gi / OW;
  let p = t % OH; let bc = t / OH;
  let base = bc * u32(H * W);
  let h0 = i32(p) * sH - pT; let w0 = i32(q) * sW - pL;
`;
const MAX_POOL = `${bindings(['f32'], ['f32', 'i32'])}
${main1d(`${POOL_LETS}
  var best = 0.0;
  var at = -1;
  for (var i = max(0, -h0); i < kH && h0 + i < H; i++) {
    for (var j = max(0, -w0); j < kW && w0 + j < W; j++) {
      let k = (h0 + i) * W + w0 + j;
      let v = in0[base + u32(k)];
      if (at < 0 || v > best) { best = v; at = k; }
    }
  }
  out0[gi] = best;
  out1[gi] = at;`)}`;
const AVG_POOL = `${bindings(['f32'], ['f32'])}
${main1d(`${POOL_LETS}
  var s = 0.0;
  for (var i = max(0, -h0); i < kH && h0 + i < H; i++) {
    for (var j = max(0, -w0); j < kW && w0 + j < W; j++) { s += in0[base + u32((h0 + i) * W + w0 + j)]; }
  }
  out0[gi] = s / f32(kH * kW);`)}`;
const GLOBAL_AVG = `${bindings(['f32'], ['f32'])}
${main1d(`  if (gi >= uw(0u)) { return; }
  let n = uw(1u);
  var s = 0.0;
  for (var k = gi * n; k < (gi + 1u) * n; k++) { s += in0[k]; }
  out0[gi] = s / f32(n);`)}`;
// ∂x[bc, h, w] = Σ over the windows (p, q) that contain (h, w) and whose maximum it is of ḡ[bc, p, q],
// in the CPU's order (p, then q ascending)
const MAX_POOL_GRAD = `${bindings(['i32', 'f32'], ['f32'])}
${main1d(`  let H = uw(0u); let W = uw(1u); let OH = i32(uw(2u)); let OW = i32(uw(3u));
  let kH = i32(uw(4u)); let kW = i32(uw(5u)); let sH = i32(uw(6u)); let sW = i32(uw(7u));
  let pT = i32(uw(8u)); let pL = i32(uw(9u));
  if (gi >= uw(11u)) { return; }
  let w = i32(gi % W); var t = gi / W;
  let h = i32(t % H); let bc = t / H;
  let me = h * i32(W) + w;
  // windows p with p·sH − pT ≤ h < p·sH − pT + kH
  let p0 = max(0, (h + pT - kH + sH) / sH); let p1 = min(OH - 1, (h + pT) / sH);
  let q0 = max(0, (w + pL - kW + sW) / sW); let q1 = min(OW - 1, (w + pL) / sW);
  var acc = 0.0;
  for (var p = p0; p <= p1; p++) {
    for (var q = q0; q <= q1; q++) {
      let o = bc * u32(OH * OW) + u32(p * OW + q);
      if (in0[o] == me) { acc += in1[o]; }
    }
  }
  out0[gi] = acc;`)}`;
function poolWords(g) {
    return packUniforms([g.H, g.W, g.OH, g.OW, g.kH, g.kW, g.sH, g.sW, g.pT, g.pL, g.B * g.C * g.OH * g.OW, g.B * g.C * g.H * g.W]);
}
/** Max pooling with the flat index of each maximum (f32). */
export function gpuMaxPool(gpu, x, y, idx, g) {
    const total = g.B * g.C * g.OH * g.OW;
    if (total === 0)
        return;
    gpu.run({
        key: 'maxPool2d',
        code: () => MAX_POOL,
        inputs: [gbuf(x)],
        outputs: [gbuf(y), gbuf(idx)],
        uniforms: poolWords(g),
        workgroups: grid(Math.ceil(total / WG)),
    });
}
/** ∂x of max pooling from the indices of the maxima and ḡ (f32). */
export function gpuMaxPoolGrad(gpu, idx, gy, dx, g) {
    const total = g.B * g.C * g.H * g.W;
    if (total === 0)
        return;
    gpu.run({
        key: 'maxPool2dGrad',
        code: () => MAX_POOL_GRAD,
        inputs: [gbuf(idx), gbuf(gy)],
        outputs: [gbuf(dx)],
        uniforms: poolWords(g),
        workgroups: grid(Math.ceil(total / WG)),
    });
}
/** Average pooling, padding counted (f32). */
export function gpuAvgPool(gpu, x, y, g) {
    const total = g.B * g.C * g.OH * g.OW;
    if (total === 0)
        return;
    gpu.run({ key: 'avgPool2d', code: () => AVG_POOL, inputs: [gbuf(x)], outputs: [gbuf(y)], uniforms: poolWords(g), workgroups: grid(Math.ceil(total / WG)) });
}
/** Mean over each of `rows` contiguous runs of n elements (f32). */
export function gpuGlobalAvgPool(gpu, x, y, rows, n) {
    if (rows === 0)
        return;
    gpu.run({
        key: 'globalAvgPool',
        code: () => GLOBAL_AVG,
        inputs: [gbuf(x)],
        outputs: [gbuf(y)],
        uniforms: packUniforms([rows, n]),
        workgroups: grid(Math.ceil(rows / WG)),
    });
}
//# sourceMappingURL=conv-wgsl.js.map