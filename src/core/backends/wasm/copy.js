import { collapseAxes } from '../cpu-loops.js';
import { writeCopy2dBlock } from './kernels.generated.js';
import { parallelFor } from './pool.js';
import { arenaBegin, arenaOut, arenaPut, arenaTake, bytesOf, floatKind, heapWords, kernelId, PARAM_BLOCK, wasm } from './runtime.js';
const COPY2D = { F32: kernelId('copy2dF32'), F64: kernelId('copy2dF64') };
/** Below this many elements the TypeScript loop is as fast as the call. */
const MIN_ELEMENTS = 1 << 14;
/** Elements per thread below which one thread does the whole copy. */
const MIN_PARALLEL_ELEMENTS = 1 << 18;
/** out[i] = x[Σ_d i_d · strides[d]] over `shape` (out contiguous); false when it declines. */
export function wasmStridedCopy(x, out, shape, strides) {
    if (out.length < MIN_ELEMENTS)
        return false;
    const [mShape, [mStrides]] = collapseAxes(shape, [strides]); // out is contiguous: it merges wherever x does
    if (mShape.length > 4)
        return false;
    const rt = wasm();
    if (rt === null)
        return false;
    const kind = floatKind(x, out);
    if (kind === null)
        return false;
    while (mShape.length < 4) {
        mShape.unshift(1);
        mStrides.unshift(0);
    }
    const [n1, n2, rows, cols] = mShape;
    const [sO1, sO2, sR, sC] = mStrides;
    arenaBegin(bytesOf(x, out));
    const px = arenaPut(rt, x);
    const po = arenaOut(rt, out);
    writeCopy2dBlock(heapWords(), PARAM_BLOCK, { src: px, dst: po, n2, sO1, sO2, dO1: n2 * rows * cols, dO2: rows * cols, rows, cols, sR, sC, dR: cols, dC: 1 });
    const perTask = rows * cols;
    parallelFor(rt, COPY2D[kind], PARAM_BLOCK, n1 * n2, Math.max(1, Math.ceil(MIN_PARALLEL_ELEMENTS / perTask)));
    arenaTake(rt, out, po);
    return true;
}
//# sourceMappingURL=copy.js.map