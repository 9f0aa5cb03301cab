import { broadcastStrides } from '../../shape.js';
import { collapseAxes } from '../cpu-loops.js';
import { writeBinaryBlock, writeUnaryBlock } from './kernels.generated.js';
import { parallelFor } from './pool.js';
import { arenaOut, arenaBegin, arenaPut, arenaTake, bytesOf, declaredKernelId, floatKind, heapWords, PARAM_BLOCK, wasm } from './runtime.js';
/** Below this many elements the TypeScript loop wins (call and copy overheads). */
const MIN_ELEMENTS = 512;
/**
 * Elements per thread below which waking workers does not pay (`npm run bench:threads`: the
 * copies in and out run on the calling thread, so streaming kernels gain only from millions of elements).
 */
const MIN_PARALLEL_ELEMENTS = 1 << 20;
/** Kernel ids of `<op>_f32` and `<op>_f64` (−1 where not declared), or null when neither is. */
function ids(op, block) {
    const F32 = declaredKernelId(`${op}_f32`, block);
    const F64 = declaredKernelId(`${op}_f64`, block);
    return F32 < 0 && F64 < 0 ? null : { F32, F64 };
}
/** The Wasm kernel of unary op `op` (o = f(x)), or undefined when the module has none for it. */
export function wasmUnary(op) {
    const id = ids(op, 'unary');
    if (id === null)
        return undefined;
    return (ins, _inMeta, outs) => {
        const x = ins[0];
        const o = outs[0];
        const n = o.length;
        if (n < MIN_ELEMENTS)
            return false;
        const rt = wasm();
        if (!rt)
            return false;
        const t = floatKind(o, x);
        const k = t === null ? -1 : id[t];
        if (k < 0)
            return false;
        arenaBegin(bytesOf(x, o));
        const px = arenaPut(rt, x);
        const po = arenaOut(rt, o);
        writeUnaryBlock(heapWords(), PARAM_BLOCK, { x: px, o: po });
        parallelFor(rt, k, PARAM_BLOCK, n, MIN_PARALLEL_ELEMENTS);
        arenaTake(rt, o, po);
        return true;
    };
}
/**
 * The Wasm kernel of binary op `op` (o = x ∘ y over the output shape, operands broadcast), or
 * undefined when the module has none for it.
 */
export function wasmBinary(op) {
    const id = ids(op, 'binary');
    if (id === null)
        return undefined;
    return (ins, inMeta, outs, outMeta) => {
        if (ins.length !== 2)
            return false;
        const [x, y] = ins;
        const o = outs[0];
        const n = o.length;
        if (n < MIN_ELEMENTS)
            return false;
        const rt = wasm();
        if (!rt)
            return false;
        const t = floatKind(o, x, y);
        const k = t === null ? -1 : id[t];
        if (k < 0)
            return false;
        let cols;
        let sxr, sxc, syr, syc;
        if ((x.length === n || x.length === 1) && (y.length === n || y.length === 1)) {
            cols = n;
            sxr = syr = 0;
            sxc = x.length === 1 ? 0 : 1;
            syc = y.length === 1 ? 0 : 1;
        }
        else {
            const outShape = outMeta[0].shape;
            const [shape, st] = collapseAxes(outShape, [broadcastStrides(inMeta[0].shape, outShape), broadcastStrides(inMeta[1].shape, outShape)]);
            if (shape.length > 2)
                return false;
            const inner = (j) => (shape.length === 0 ? 0 : st[j][shape.length - 1]);
            const outer = (j) => (shape.length === 2 ? st[j][0] : 0);
            sxc = inner(0);
            syc = inner(1);
            if ((sxc !== 0 && sxc !== 1) || (syc !== 0 && syc !== 1))
                return false;
            sxr = outer(0);
            syr = outer(1);
            cols = shape.length === 0 ? 1 : shape[shape.length - 1];
        }
        arenaBegin(bytesOf(x, y, o));
        const px = arenaPut(rt, x);
        const py = y === x ? px : arenaPut(rt, y);
        const po = arenaOut(rt, o);
        writeBinaryBlock(heapWords(), PARAM_BLOCK, { x: px, y: py, o: po, cols, sxr, sxc, syr, syc });
        parallelFor(rt, k, PARAM_BLOCK, n, MIN_PARALLEL_ELEMENTS);
        arenaTake(rt, o, po);
        return true;
    };
}
//# sourceMappingURL=elementwise.js.map