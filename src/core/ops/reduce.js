/**
 * Reductions over axes (sum, max, min, prod; argmax/argmin over one axis) and the
 * compositions built from them (mean, var, logsumexp). Sums accumulate in float64 on the CPU,
 * in f32 (i32 for integers) on WebGPU.
 *
 * WebGPU kernels: reduced and kept axes are collapsed separately and addressed through
 * strides in the uniform; a reduced extent below 256 gets one invocation per output (a
 * sequential loop), a longer one a workgroup per output (strided partial results, then a tree
 * reduction in workgroup memory).
 */
import { wasmSum } from '../backends/wasm/reduce.js';
import { bindings, checkRank, collapseDims, decompose, gbuf, main1d, MATH_PRELUDE, packUniforms, WG, wgslType } from '../backends/webgpu/wgsl.js';
import { grid } from '../backends/webgpu/context.js';
import { isFloat } from '../dtype.js';
import { runOp1 } from '../op.js';
import { fmt, normAxes, normAxis, sizeOf, stridesOf } from '../shape.js';
import { detach } from '../tensor.js';
import { add, cast, div, eq, exp, log, mul, square, sub, where } from './elementwise.js';
import { broadcastTo, reshape, transpose } from './shape-ops.js';
function reducedShape(shape, axes, keepdims) {
    const out = [];
    shape.forEach((d, i) => {
        if (axes.includes(i)) {
            if (keepdims)
                out.push(1);
        }
        else
            out.push(d);
    });
    return out;
}
/** Reduce `x` (shape `shape`) over `axes` into `o`, combining with `kind`. */
function reduceKernel(kind, x, shape, axes, o) {
    const outSize = o.length;
    const init = kind === 'sum' ? 0 : kind === 'prod' ? 1 : kind === 'max' ? -Infinity : Infinity;
    const acc = new Float64Array(outSize).fill(init);
    const rank = shape.length;
    const n = x.length;
    if (n > 0) {
        // output strides per input axis (0 on reduced axes)
        const keptShape = shape.map((d, i) => (axes.includes(i) ? 1 : d));
        const ks = stridesOf(keptShape);
        const os = shape.map((_, i) => (axes.includes(i) ? 0 : ks[i]));
        const inner = rank ? shape[rank - 1] : 1;
        const oi = rank ? os[rank - 1] : 0;
        const outer = n / inner;
        const idx = new Array(rank).fill(0);
        let pi = 0;
        let po = 0;
        for (let r = 0; r < outer; r++) {
            if (oi === 0) {
                let s = acc[po];
                switch (kind) {
                    case 'sum':
                        for (let j = 0; j < inner; j++)
                            s += x[pi + j];
                        break;
                    case 'prod':
                        for (let j = 0; j < inner; j++)
                            s *= x[pi + j];
                        break;
                    case 'max':
                        for (let j = 0; j < inner; j++) {
                            const v = x[pi + j];
                            if (v > s || v !== v)
                                s = v;
                        }
                        break;
                    case 'min':
                        for (let j = 0; j < inner; j++) {
                            const v = x[pi + j];
                            if (v < s || v !== v)
                                s = v;
                        }
                        break;
                    default:
                        kind;
                }
                acc[po] = s;
            }
            else {
                switch (kind) {
                    case 'sum':
                        for (let j = 0; j < inner; j++)
                            acc[po + j] += x[pi + j];
                        break;
                    case 'prod':
                        for (let j = 0; j < inner; j++)
                            acc[po + j] *= x[pi + j];
                        break;
                    case 'max':
                        for (let j = 0; j < inner; j++) {
                            const v = x[pi + j];
                            if (v > acc[po + j] || v !== v)
                                acc[po + j] = v;
                        }
                        break;
                    case 'min':
                        for (let j = 0; j < inner; j++) {
                            const v = x[pi + j];
                            if (v < acc[po + j] || v !== v)
                                acc[po + j] = v;
                        }
                        break;
                    default:
                        kind;
                }
            }
            pi += inner;
            for (let d = rank - 2; d >= 0; d--) {
                idx[d]++;
                po += os[d];
                if (idx[d] < shape[d])
                    break;
                po -= os[d] * shape[d];
                idx[d] = 0;
            }
        }
    }
    o.set(acc);
}
// ---------------------------------------------------------------------------------------------
// WebGPU reduction kernel
/** Identity of `kind` in WGSL type `t` (max/min of bools: 0 / 1). */
function identity(kind, t) {
    switch (kind) {
        case 'sum':
            return `${t}(0)`;
        case 'prod':
            return `${t}(1)`;
        case 'max':
            return t === 'f32' ? '-inf_f32()' : t === 'i32' ? 'i32(-2147483647 - 1)' : '0u';
        case 'min':
            return t === 'f32' ? 'inf_f32()' : t === 'i32' ? '2147483647' : '1u';
        default:
            return kind;
    }
}
/** WGSL expression combining accumulators `a` and `b` (max/min propagate NaN as the CPU does). */
function combineExpr(kind, t, a, b) {
    switch (kind) {
        case 'sum':
            return `${a} + ${b}`;
        case 'prod':
            return `${a} * ${b}`;
        case 'max':
            return `select(${a}, ${b}, ${b} > ${a} || isnan_${t}(${b}))`;
        case 'min':
            return `select(${a}, ${b}, ${b} < ${a} || isnan_${t}(${b}))`;
        default:
            return kind;
    }
}
/** Reduced extents from this length on get a workgroup per output. */
const WG_REDUCE_MIN = 256;
function reduceGpu(kind) {
    return (gpu, ins, inMeta, outs, outMeta, { axes }) => {
        const shape = inMeta[0].shape;
        const nOut = sizeOf(outMeta[0].shape);
        if (nOut === 0)
            return;
        const st = stridesOf(shape);
        const kept = collapseDims(shape.filter((_, i) => !axes.includes(i)), [st.filter((_, i) => !axes.includes(i))]);
        const red = collapseDims(shape.filter((_, i) => axes.includes(i)), [st.filter((_, i) => axes.includes(i))]);
        const kr = kept.shape.length;
        const rr = red.shape.length;
        checkRank(kind, Math.max(kr, rr));
        const R = sizeOf(red.shape);
        const ti = wgslType(inMeta[0].dtype);
        const t = wgslType(outMeta[0].dtype);
        const words = [nOut, R, ...kept.shape, ...kept.strides[0], ...red.shape, ...red.strides[0]];
        const ks = 2;
        const rs = 2 + 2 * kr;
        const wide = R >= WG_REDUCE_MIN;
        const key = `reduce:${kind}:${ti}>${t}:${kr}:${rr}:${wide ? 'w' : 't'}`;
        const load = (o) => `{ var off = base; ${decompose(o, rr, rs, ['off'], [rs + rr])} acc = ${combineExpr(kind, t, 'acc', `${t}(in0[off])`)}; }`;
        const head = `${bindings([ti], [t])}\n${MATH_PRELUDE}\n`;
        const code = wide
            ? () => head +
                `var<workgroup> sh: array<${t}, ${WG}>;\n` +
                main1d(`  if (group >= uw(0u)) { return; }
  var base = 0u;
${decompose('group', kr, ks, ['base'], [ks + kr])}
  var acc: ${t} = ${identity(kind, t)};
  for (var r = lid; r < uw(1u); r += ${WG}u) ${load('r')}
  sh[lid] = acc;
  workgroupBarrier();
  for (var s = ${WG / 2}u; s > 0u; s >>= 1u) {
    if (lid < s) { sh[lid] = ${combineExpr(kind, t, 'sh[lid]', 'sh[lid + s]')}; }
    workgroupBarrier();
  }
  if (lid == 0u) { out0[group] = sh[0]; }`)
            : () => head +
                main1d(`  if (gi >= uw(0u)) { return; }
  var base = 0u;
${decompose('gi', kr, ks, ['base'], [ks + kr])}
  var acc: ${t} = ${identity(kind, t)};
  for (var r = 0u; r < uw(1u); r++) ${load('r')}
  out0[gi] = acc;`);
        gpu.run({
            key,
            code,
            inputs: [gbuf(ins[0])],
            outputs: [gbuf(outs[0])],
            uniforms: packUniforms(words),
            workgroups: grid(wide ? nOut : Math.ceil(nOut / WG)),
        });
    };
}
function reduceDef(kind, vjp) {
    return {
        name: kind,
        infer: ([x], { axes, keepdims }) => {
            if ((kind === 'max' || kind === 'min') && axes.some((a) => x.shape[a] === 0)) {
                throw new Error(`${kind}: cannot reduce over an empty axis of ${fmt(x.shape)} (no identity)`);
            }
            const dtype = kind === 'sum' || kind === 'prod' ? (x.dtype === 'bool' ? 'i32' : x.dtype) : x.dtype;
            return [{ shape: reducedShape(x.shape, axes, keepdims), dtype }];
        },
        kernels: {
            cpu: (ins, inMeta, outs, _om, { axes }) => reduceKernel(kind, ins[0], inMeta[0].shape, axes, outs[0]),
            wasm: kind === 'sum' ? (ins, inMeta, outs, _om, { axes }) => wasmSum(ins[0], inMeta[0].shape, axes, outs[0]) : undefined,
            webgpu: reduceGpu(kind),
        },
        vjp,
    };
}
/** Broadcast a reduced cotangent back to the input shape. */
function expandBack(g, inShape, axes) {
    return broadcastTo(reshape(g, reducedShape(inShape, axes, true)), inShape);
}
function extremumVjp(g, x, y, axes) {
    // The gradient is shared equally among ties (as JAX does).
    const yb = expandBack(detach(y), x.shape, axes);
    const mask = cast(eq(x, yb), g.dtype);
    const count = expandBack(sumOp(mask, axes, true), x.shape, axes);
    return div(mul(expandBack(g, x.shape, axes), mask), count);
}
export const reduceOps = {
    sum: reduceDef('sum', ([g], { inputs, params }) => [g ? expandBack(g, inputs[0].shape, params.axes) : null]),
    max: reduceDef('max', ([g], { inputs, outputs, params }) => [g ? extremumVjp(g, inputs[0], outputs[0], params.axes) : null]),
    min: reduceDef('min', ([g], { inputs, outputs, params }) => [g ? extremumVjp(g, inputs[0], outputs[0], params.axes) : null]),
    // d/dx_i Π x = Π / x_i (undefined at exact zeros; documented).
    prod: reduceDef('prod', ([g], { inputs, outputs, params }) => [
        g ? div(mul(expandBack(g, inputs[0].shape, params.axes), expandBack(outputs[0], inputs[0].shape, params.axes)), inputs[0]) : null,
    ]),
};
function sumOp(x, axes, keepdims) {
    return runOp1(reduceOps.sum, [x], { axes, keepdims });
}
function reduce(kind, x, axis, keepdims) {
    const axes = normAxes(kind, axis, x.rank);
    if (axes.length === 0 && !(kind === 'sum' && x.dtype === 'bool'))
        return x;
    return runOp1(reduceOps[kind], [x], { axes, keepdims });
}
/** Sum over `axis` (all axes when omitted). */
export function sum(x, axis, keepdims = false) {
    return reduce('sum', x, axis, keepdims);
}
export function max(x, axis, keepdims = false) {
    return reduce('max', x, axis, keepdims);
}
export function min(x, axis, keepdims = false) {
    return reduce('min', x, axis, keepdims);
}
export function prod(x, axis, keepdims = false) {
    return reduce('prod', x, axis, keepdims);
}
/** Arithmetic mean over `axis` (integers average to floats). */
export function mean(x, axis, keepdims = false) {
    const axes = normAxes('mean', axis, x.rank);
    const count = axes.reduce((p, a) => p * x.shape[a], 1);
    const xf = isFloat(x.dtype) ? x : cast(x, 'f32');
    return div(sum(xf, axes, keepdims), count);
}
/** Variance over `axis` with `ddof` delta degrees of freedom (0: population variance). */
export function variance(x, axis, keepdims = false, ddof = 0) {
    const axes = normAxes('var', axis, x.rank);
    const count = axes.reduce((p, a) => p * x.shape[a], 1);
    const xf = isFloat(x.dtype) ? x : cast(x, 'f32');
    const centred = sub(xf, mean(xf, axes, true));
    return div(sum(square(centred), axes, keepdims), count - ddof);
}
/** log Σ exp(x) over `axis`, stabilised by the (gradient-free) maximum. */
export function logsumexp(x, axis, keepdims = false) {
    const axes = normAxes('logsumexp', axis, x.rank);
    const m = detach(max(x, axes, true));
    const mSafe = where(eq(m, -Infinity), 0, m); // all −∞ rows stay −∞ without NaN
    const s = add(log(sum(exp(sub(x, mSafe)), axes, true)), mSafe);
    return keepdims ? s : reshape(s, reducedShape(x.shape, axes, false));
}
/** argmax/argmin on WebGPU: rows of the last axis; first index on ties, the first NaN wins. */
const argGpu = (gpu, ins, inMeta, outs, _om, { kind }) => {
    const shape = inMeta[0].shape;
    const n = shape.length ? shape[shape.length - 1] : 1;
    const rows = sizeOf(shape) / n;
    if (rows === 0)
        return;
    const t = wgslType(inMeta[0].dtype);
    const wide = n >= WG_REDUCE_MIN;
    const cmp = kind === 'max' ? '>' : '<';
    const sentinel = kind === 'max' ? identity('max', t) : identity('min', t);
    const head = `${bindings([t], ['i32'])}\n${MATH_PRELUDE}
fn better(vb: ${t}, ib: u32, va: ${t}, ia: u32) -> bool {
  if (isnan_${t}(va)) { return isnan_${t}(vb) && ib < ia; }
  if (isnan_${t}(vb)) { return true; }
  return vb ${cmp} va || (vb == va && ib < ia);
}
`;
    const code = wide
        ? () => head +
            `var<workgroup> sv: array<${t}, ${WG}>;\nvar<workgroup> si: array<u32, ${WG}>;\n` +
            main1d(`  if (group >= uw(0u)) { return; }
  let n = uw(1u);
  let base = group * n;
  var bv: ${t} = ${sentinel};
  var bi = 0xffffffffu;
  for (var j = lid; j < n; j += ${WG}u) { let v = in0[base + j]; if (better(v, j, bv, bi)) { bv = v; bi = j; } }
  sv[lid] = bv;
  si[lid] = bi;
  workgroupBarrier();
  for (var s = ${WG / 2}u; s > 0u; s >>= 1u) {
    if (lid < s && better(sv[lid + s], si[lid + s], sv[lid], si[lid])) { sv[lid] = sv[lid + s]; si[lid] = si[lid + s]; }
    workgroupBarrier();
  }
  if (lid == 0u) { out0[group] = i32(si[0]); }`)
        : () => head +
            main1d(`  if (gi >= uw(0u)) { return; }
  let n = uw(1u);
  let base = gi * n;
  var bv = in0[base];
  var bi = 0u;
  for (var j = 1u; j < n; j++) { let v = in0[base + j]; if (better(v, j, bv, bi)) { bv = v; bi = j; } }
  out0[gi] = i32(bi);`);
    gpu.run({
        key: `arg${kind}:${t}:${wide ? 'w' : 't'}`,
        code,
        inputs: [gbuf(ins[0])],
        outputs: [gbuf(outs[0])],
        uniforms: packUniforms([rows, n]),
        workgroups: grid(wide ? rows : Math.ceil(rows / WG)),
    });
};
export const argOp = {
    name: 'argmax',
    infer: ([x]) => {
        if (x.shape[x.shape.length - 1] === 0)
            throw new Error(`argmax/argmin: empty axis in ${fmt(x.shape)}`);
        return [{ shape: x.shape.slice(0, -1), dtype: 'i32' }];
    },
    kernels: {
        cpu: (ins, inMeta, outs, _om, { kind }) => {
            const x = ins[0];
            const shape = inMeta[0].shape;
            const n = shape.length ? shape[shape.length - 1] : 1;
            const rows = sizeOf(shape) / n;
            const o = outs[0];
            for (let r = 0; r < rows; r++) {
                let best = x[r * n];
                let bi = 0;
                for (let j = 1; j < n; j++) {
                    const v = x[r * n + j];
                    if (best !== best)
                        break;
                    if (kind === 'max' ? v > best || v !== v : v < best || v !== v) {
                        best = v;
                        bi = j;
                    }
                }
                o[r] = bi;
            }
        },
        webgpu: argGpu,
    },
};
function argReduce(kind, x, axis, keepdims) {
    if (axis === undefined) {
        const r = runOp1(argOp, [reshape(x, [x.size])], { kind });
        return keepdims
            ? reshape(r, x.shape.map(() => 1))
            : r;
    }
    const a = normAxis(`arg${kind}`, axis, x.rank);
    const perm = [...Array.from({ length: x.rank }, (_, i) => i).filter((i) => i !== a), a];
    const r = runOp1(argOp, [transpose(x, perm)], { kind });
    return keepdims ? reshape(r, reducedShape(x.shape, [a], true)) : r;
}
/** Index of the maximum along `axis` (flattened when omitted); int32. */
export function argmax(x, axis, keepdims = false) {
    return argReduce('max', x, axis, keepdims);
}
/** Index of the minimum along `axis` (flattened when omitted); int32. */
export function argmin(x, axis, keepdims = false) {
    return argReduce('min', x, axis, keepdims);
}
//# sourceMappingURL=reduce.js.map