import { MAX_WORKGROUPS } from './context.js';
import { packWords, uniformDecl } from './wgsl-movement.js';
import { gbuf, wgslType } from './wgsl.js';
const TILE = 64;
const TK = 16;
function matmulCode(ta, tb, tc, transA, transB) {
    const acc = tc; // f32, i32 or u32 (bool: a count)
    const store = tc === 'u32' ? 'select(0u, 1u, v != 0u)' : 'v';
    return `@group(0) @binding(0) var<storage, read> a: array<${ta}>;
@group(0) @binding(1) var<storage, read> b: array<${tb}>;
@group(0) @binding(2) var<storage, read_write> c: array<${tc}>;
${uniformDecl(3)}
const TM = ${TILE}u;
const TK = ${TK}u;
var<workgroup> As: array<${acc}, ${TILE * TK}>; // As[k·TM + m]
var<workgroup> Bs: array<${acc}, ${TILE * TK}>; // Bs[k·TM + n]
// words: M, N, K, batchRank, batch0, batchShape[br], sa[br], sb[br]
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) li: u32) {
  let M = uw(0u);
  let N = uw(1u);
  let K = uw(2u);
  let br = uw(3u);
  let batch = wid.z + uw(4u);
  var rem = batch;
  var oa = 0u;
  var ob = 0u;
  for (var d = i32(br) - 1; d >= 0; d--) {
    let ud = u32(d);
    let n = uw(5u + ud);
    let i = rem % n;
    rem = rem / n;
    oa += i * uw(5u + br + ud);
    ob += i * uw(5u + 2u * br + ud);
  }
  let aOff = oa * M * K;
  let bOff = ob * K * N;
  let row0 = wid.y * TM;
  let col0 = wid.x * TM;
  var acc: array<${acc}, 16>;
  for (var e = 0u; e < 16u; e++) { acc[e] = ${acc}(0); }
  for (var k0 = 0u; k0 < K; k0 += TK) {
    for (var e = 0u; e < 4u; e++) {
      let t = li + e * 256u;
      // A slice: consecutive invocations read consecutive k of one row.
      let am = t / TK;
      let ak = t % TK;
      var va = ${acc}(0);
      if (row0 + am < M && k0 + ak < K) { va = ${acc}(a[aOff + ${transA ? '(k0 + ak) * M + row0 + am' : '(row0 + am) * K + k0 + ak'}]); }
      As[ak * TM + am] = va;
      // B slice: consecutive invocations read consecutive columns of one row.
      let bk = t / TM;
      let bn = t % TM;
      var vb = ${acc}(0);
      if (k0 + bk < K && col0 + bn < N) { vb = ${acc}(b[bOff + ${transB ? '(col0 + bn) * K + k0 + bk' : '(k0 + bk) * N + col0 + bn'}]); }
      Bs[bk * TM + bn] = vb;
    }
    workgroupBarrier();
    for (var k = 0u; k < TK; k++) {
      var ar: array<${acc}, 4>;
      var bc: array<${acc}, 4>;
      for (var i = 0u; i < 4u; i++) {
        ar[i] = As[k * TM + lid.y + 16u * i];
        bc[i] = Bs[k * TM + lid.x + 16u * i];
      }
      for (var i = 0u; i < 4u; i++) {
        for (var j = 0u; j < 4u; j++) { acc[i * 4u + j] += ar[i] * bc[j]; }
      }
    }
    workgroupBarrier();
  }
  let cOff = batch * M * N;
  for (var i = 0u; i < 4u; i++) {
    let r = row0 + lid.y + 16u * i;
    for (var j = 0u; j < 4u; j++) {
      let col = col0 + lid.x + 16u * j;
      if (r < M && col < N) {
        let v = acc[i * 4u + j];
        c[cOff + r * N + col] = ${store};
      }
    }
  }
}`;
}
/**
 * c [nb, M, N] = a · b with batch offsets from `batchShape` and the operands' batch strides
 * (`sa`, `sb`: 0 on broadcast axes, in units of whole matrices).
 */
export function gpuMatmul(gpu, a, b, c, dtypes, M, K, N, batchShape, sa, sb, transA = false, transB = false) {
    const nb = batchShape.reduce((p, d) => p * d, 1);
    if (nb * M * N === 0)
        return;
    const [ta, tb, tc] = dtypes.map(wgslType);
    const key = `matmul.tiled.${ta}.${tb}.${tc}.${transA ? 'T' : 'N'}${transB ? 'T' : 'N'}`;
    const gx = Math.ceil(N / TILE);
    const gy = Math.ceil(M / TILE);
    // More than 65535 matrices: several dispatches, each told where its batch starts.
    for (let b0 = 0; b0 < nb; b0 += MAX_WORKGROUPS) {
        const words = [M, N, K, batchShape.length, b0, ...batchShape, ...sa, ...sb];
        gpu.run({
            key,
            code: () => matmulCode(ta, tb, tc, transA, transB),
            inputs: [gbuf(a), gbuf(b)],
            outputs: [gbuf(c)],
            uniforms: packWords('matmul', words),
            workgroups: [gx, gy, Math.min(MAX_WORKGROUPS, nb - b0)],
        });
    }
}
//# sourceMappingURL=wgsl-matmul.js.map