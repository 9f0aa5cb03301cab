import { writeMaxPoolBlock, writeMaxPoolGradBlock } from './kernels.generated.js';
import { parallelFor } from './pool.js';
import { arenaBegin, arenaOut, arenaPut, arenaTake, bytesOf, floatKind, heapWords, kernelId, PARAM_BLOCK, wasm } from './runtime.js';
const MAX_POOL = { F32: kernelId('maxPoolF32'), F64: kernelId('maxPoolF64') };
const MAX_POOL_GRAD = { F32: kernelId('maxPoolGradF32'), F64: kernelId('maxPoolGradF64') };
/** Below this many input elements the TypeScript loop is as fast as the call. */
const MIN_ELEMENTS = 1 << 13;
/** Input elements per thread below which one thread does all planes. */
const MIN_PARALLEL_ELEMENTS = 1 << 17;
/** y, idx = max pooling of x (the caller declines padded poolings); false when it declines. */
export function wasmMaxPool(x, y, idx, g) {
    if (x.length < MIN_ELEMENTS || !(idx instanceof Int32Array))
        return false;
    const rt = wasm();
    if (rt === null)
        return false;
    const kind = floatKind(x, y);
    if (kind === null)
        return false;
    arenaBegin(bytesOf(x, y, idx));
    const px = arenaPut(rt, x);
    const py = arenaOut(rt, y);
    const pi = arenaOut(rt, idx);
    const { H, W, OH, OW, kH, kW, sH, sW } = g;
    writeMaxPoolBlock(heapWords(), PARAM_BLOCK, { x: px, y: py, idx: pi, H, W, OH, OW, kH, kW, sH, sW });
    parallelFor(rt, MAX_POOL[kind], PARAM_BLOCK, g.B * g.C, Math.max(1, Math.ceil(MIN_PARALLEL_ELEMENTS / (H * W))));
    arenaTake(rt, y, py);
    arenaTake(rt, idx, pi);
    return true;
}
/** dx [planes, HW] = ḡ [planes, P] added at idx; false when it declines. */
export function wasmMaxPoolGrad(idx, gy, dx, planes) {
    if (dx.length < MIN_ELEMENTS || !(idx instanceof Int32Array))
        return false;
    const rt = wasm();
    if (rt === null)
        return false;
    const kind = floatKind(gy, dx);
    if (kind === null)
        return false;
    const HW = dx.length / planes;
    const P = gy.length / planes;
    arenaBegin(bytesOf(idx, gy, dx));
    const pi = arenaPut(rt, idx);
    const pg = arenaPut(rt, gy);
    const pd = arenaOut(rt, dx);
    writeMaxPoolGradBlock(heapWords(), PARAM_BLOCK, { idx: pi, gy: pg, dx: pd, HW, P });
    parallelFor(rt, MAX_POOL_GRAD[kind], PARAM_BLOCK, planes, Math.max(1, Math.ceil(MIN_PARALLEL_ELEMENTS / HW)));
    arenaTake(rt, dx, pd);
    return true;
}
//# sourceMappingURL=pooling.js.map