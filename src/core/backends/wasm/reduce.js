import { writeSumMidBlock } from './kernels.generated.js';
import { maxParts, parallelFor } from './pool.js';
import { arenaAlloc, arenaBegin, arenaPut, bytesOf, floatKind, heapWords, kernelId, PARAM_BLOCK, wasm } from './runtime.js';
const SUM_MID = { F32: kernelId('sumMidF32'), F64: kernelId('sumMidF64') };
const MIN_ELEMENTS = 1024;
/**
 * Elements per thread below which waking workers does not pay (`npm run bench:threads`: the
 * copies in and out run on the calling thread, so streaming kernels gain only from millions of elements).
 */
const MIN_PARALLEL_ELEMENTS = 1 << 20;
/** o = Σ_axes x (the Wasm kernel of `sum`, x of `shape`); false when it declines. */
export function wasmSum(x, shape, axes, o) {
    const n = x.length;
    if (n < MIN_ELEMENTS)
        return false;
    const rt = wasm();
    if (!rt)
        return false;
    const t = floatKind(x, o);
    if (t === null)
        return false;
    // [outer, mid, inner]: every reduced axis of size > 1 must lie in one run of axes
    let first = -1;
    let last = -1;
    for (let d = 0; d < shape.length; d++) {
        if (shape[d] === 1)
            continue;
        if (axes.includes(d)) {
            if (first < 0)
                first = d;
            else if (last !== d - 1 && shape.slice(last + 1, d).some((s, i) => s !== 1 && !axes.includes(last + 1 + i)))
                return false;
            last = d;
        }
    }
    if (first < 0)
        return false;
    const prod = (a, b) => shape.slice(a, b).reduce((p, s) => p * s, 1);
    const outer = prod(0, first);
    const mid = prod(first, last + 1);
    const inner = prod(last + 1, shape.length);
    const parts = n >= MIN_PARALLEL_ELEMENTS ? maxParts(rt) : 1;
    let cb = Math.min(inner, 1024);
    if (inner > 1 && outer < parts)
        cb = Math.max(4, Math.ceil(inner / Math.ceil(parts / outer) / 4) * 4);
    const nb = Math.ceil(inner / cb);
    arenaBegin(bytesOf(x) + outer * inner * 8);
    const px = arenaPut(rt, x);
    const pacc = arenaAlloc(rt, outer * inner * 8);
    writeSumMidBlock(heapWords(), PARAM_BLOCK, { x: px, acc: pacc, mid, inner, cb });
    parallelFor(rt, SUM_MID[t], PARAM_BLOCK, outer * nb, Math.max(1, Math.ceil(MIN_PARALLEL_ELEMENTS / (mid * cb))));
    o.set(new Float64Array(rt.memory.buffer, pacc, outer * inner));
    return true;
}
//# sourceMappingURL=reduce.js.map