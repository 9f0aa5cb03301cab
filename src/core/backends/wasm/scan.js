import { writeScanBlock } from './kernels.generated.js';
import { parallelFor } from './pool.js';
import { arenaOut, arenaBegin, arenaPut, arenaTake, bytesOf, floatKind, heapWords, kernelId, PARAM_BLOCK, wasm } from './runtime.js';
const SCAN = {
    real: { F32: kernelId('scanRealF32'), F64: kernelId('scanRealF64') },
    complex: { F32: kernelId('scanComplexF32'), F64: kernelId('scanComplexF64') },
};
const MIN_ELEMENTS = 1024;
/**
 * Elements per thread below which waking workers does not pay (`npm run bench:threads`: the
 * copies in and out run on the calling thread, so streaming kernels gain only from millions of elements).
 */
const MIN_PARALLEL_ELEMENTS = 1 << 20;
/**
 * The runtime when the Wasm scan may take h = scan(a, b) (a tensor of `n` elements, all arrays
 * of one float type); null when it declines. Cheap, so that small scans decline before their
 * layout is worked out.
 */
export function scanRuntime(n, arrays) {
    if (n < MIN_ELEMENTS)
        return null;
    const rt = wasm();
    if (!rt)
        return null;
    if (floatKind(...arrays) === null)
        return null;
    return rt;
}
/**
 * h = scan(a, b) for real ([a], [b], [h]) or complex ([ar, ai], [br, bi], [hr, hi]) operands
 * (after `scanRuntime` accepted them); false when it declines the layout of a.
 */
export function wasmScan(rt, a, b, h, L, reverse, shifted) {
    const t = h[0] instanceof Float32Array ? 'F32' : 'F64'; // one float type: scanRuntime checked
    const { outer, T, inner, aOuter, aInner, aT } = L;
    let aIS = 0;
    if (inner > 1) {
        aIS = aInner[1] - aInner[0];
        if (aIS !== 0 && aIS !== 1)
            return false;
        for (let i = 0; i < inner; i++)
            if (aInner[i] !== aInner[0] + i * aIS)
                return false;
    }
    const complex = a.length === 2;
    arenaBegin(bytesOf(...a, ...b, ...h, aOuter));
    const pa = a.map((x) => arenaPut(rt, x));
    const pb = b.map((x) => arenaPut(rt, x));
    const ph = h.map((x) => arenaOut(rt, x));
    const ptable = arenaPut(rt, aInner[0] === 0 ? aOuter : aOuter.map((v) => v + aInner[0]));
    writeScanBlock(heapWords(), PARAM_BLOCK, {
        ar: pa[0],
        ai: complex ? pa[1] : 0,
        br: pb[0],
        bi: complex ? pb[1] : 0,
        hr: ph[0],
        hi: complex ? ph[1] : 0,
        T,
        inner,
        aOuter: ptable,
        aT,
        aIS,
        reverse,
        shifted,
    });
    const id = (complex ? SCAN.complex : SCAN.real)[t];
    parallelFor(rt, id, PARAM_BLOCK, outer, Math.max(1, Math.ceil(MIN_PARALLEL_ELEMENTS / Math.max(1, T * inner))));
    h.forEach((x, k) => arenaTake(rt, x, ph[k]));
    return true;
}
//# sourceMappingURL=scan.js.map