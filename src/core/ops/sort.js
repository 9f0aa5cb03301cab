/**
 * Sorting along one axis: `argsort` (int32 permutation, stable), `sort` (values) and `topk`.
 *
 * Only the index computation is a sorting kernel; values are then *gathered* with those
 * indices (`takeAlongAxis`). The gradient therefore flows through the gather, whose VJP
 * scatters the cotangent back through the permutation (a scatter-add, whose own VJP is the
 * gather again), so derivatives of any order come for free.
 *
 * Order: ascending or descending by value; ties keep their original order (stable in both
 * directions); NaN is placed after every number in both directions, so `topk` prefers numbers.
 */
import { gpuArgsort } from '../backends/webgpu/wgsl-movement.js';
import { runOp1 } from '../op.js';
import { fmt, normAxis } from '../shape.js';
import { takeAlongAxis } from './indexing.js';
import { reshape } from './shape-ops.js';
/** [outer, n, inner] view of `shape` around `axis`: element (o, j, i) is at (o·n + j)·inner + i. */
function around(shape, axis) {
    let outer = 1;
    let inner = 1;
    for (let d = 0; d < axis; d++)
        outer *= shape[d];
    for (let d = axis + 1; d < shape.length; d++)
        inner *= shape[d];
    return [outer, shape[axis], inner];
}
function withAxis(shape, axis, size) {
    const s = [...shape];
    s[axis] = size;
    return s;
}
export const argsortOp = {
    name: 'argsort',
    infer: ([x], { axis, k }) => [{ shape: withAxis(x.shape, axis, k), dtype: 'i32' }],
    kernels: {
        cpu: (ins, inMeta, outs, _om, { axis, descending, k }) => {
            const x = ins[0];
            const o = outs[0];
            const [outer, n, inner] = around(inMeta[0].shape, axis);
            const line = new Float64Array(n);
            const perm = new Int32Array(n);
            // NaN last in both directions; equal values by original position (stability).
            const cmp = (a, b) => {
                const va = line[a];
                const vb = line[b];
                if (va < vb)
                    return descending ? 1 : -1;
                if (va > vb)
                    return descending ? -1 : 1;
                const na = va !== va;
                const nb = vb !== vb;
                if (na !== nb)
                    return na ? 1 : -1;
                return a - b;
            };
            for (let p = 0; p < outer; p++) {
                for (let i = 0; i < inner; i++) {
                    const base = p * n * inner + i;
                    for (let j = 0; j < n; j++) {
                        line[j] = x[base + j * inner];
                        perm[j] = j;
                    }
                    perm.sort(cmp);
                    const ob = p * k * inner + i;
                    for (let j = 0; j < k; j++)
                        o[ob + j * inner] = perm[j];
                }
            }
        },
        // Each element's rank under (value, NaN last, position) is its place: O(n²) per line, in parallel.
        webgpu: (gpu, ins, inMeta, outs, _om, { axis, descending, k }) => {
            const [outer, n, inner] = around(inMeta[0].shape, axis);
            gpuArgsort(gpu, ins[0], outs[0], inMeta[0].dtype, outer, n, inner, k, descending);
        },
    },
    // no vjp: integer output
};
/** Rank-0 tensors sort as a line of length 1: lift to [1] and back. */
function lineOf(op, x, axis) {
    const a = normAxis(op, axis, x.rank);
    if (x.rank > 0)
        return { xs: x, a, back: (t) => t };
    return { xs: reshape(x, [1]), a: 0, back: (t) => reshape(t, []) };
}
function checkOptions(op, options) {
    const d = options.descending ?? false;
    if (typeof d !== 'boolean')
        throw new Error(`${op}: option 'descending' must be a boolean, got ${typeof d}`);
    return d;
}
/**
 * Indices that sort `x` along `axis`: `x[..., p[j], ...]` is the j-th smallest (largest when
 * descending). Stable; NaN last. No gradient.
 *
 * @param x any dtype, shape [..., n, ...]
 * @returns int32 of the same shape
 */
export function argsort(x, axis = -1, options = {}) {
    const descending = checkOptions('argsort', options);
    const { xs, a, back } = lineOf('argsort', x, axis);
    return back(runOp1(argsortOp, [xs], { axis: a, descending, k: xs.shape[a] }));
}
/**
 * `x` sorted along `axis`: y = x[p] with p = argsort(x). Differentiable in x: the cotangent is
 * scattered back through the permutation, dx[p[j]] = dy[j] (ties: the gradient goes to the
 * element whose position the sort chose, as in JAX and PyTorch).
 *
 * @param x shape [..., n, ...]
 * @returns same shape and dtype
 */
export function sort(x, axis = -1, options = {}) {
    const descending = checkOptions('sort', options);
    const { xs, a, back } = lineOf('sort', x, axis);
    const p = runOp1(argsortOp, [xs], { axis: a, descending, k: xs.shape[a] });
    return back(takeAlongAxis(xs, p, a));
}
/**
 * The `k` largest entries along `axis`, largest first, and their indices. Ties keep their
 * original order; NaN ranks below every number. Values are differentiable (the cotangent is
 * scattered to the chosen positions; the others get zero).
 *
 * @param x shape [..., n, ...] (rank ≥ 1); 0 ≤ k ≤ n
 * @returns [values, indices], shapes [..., k, ...]; indices int32
 */
export function topk(x, k, axis = -1) {
    if (x.rank === 0)
        throw new Error(`topk: needs a tensor of rank >= 1, got a scalar (shape [])`);
    const a = normAxis('topk', axis, x.rank);
    const n = x.shape[a];
    if (!Number.isInteger(k) || k < 0 || k > n) {
        throw new Error(`topk: k must be an integer in 0..${n} (the length of axis ${axis} of ${fmt(x.shape)}), got ${k}`);
    }
    const p = runOp1(argsortOp, [x], { axis: a, descending: true, k });
    return [takeAlongAxis(x, p, a), p];
}
//# sourceMappingURL=sort.js.map