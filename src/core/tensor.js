import { getBackend } from './backend.js';
import { sizeOf } from './shape.js';
let nextTensorId = 0;
export class Tensor {
    id;
    shape;
    dtype;
    device;
    /** The device buffer (contiguous, row-major). Internal: do not mutate. */
    buffer;
    /** Autodiff: the graph node that produced this tensor while some gradient trace was recording. */
    node;
    /** Which output of `node` this tensor is. */
    outIndex;
    constructor(shape, dtype, device, buffer, node, outIndex = 0) {
        this.id = nextTensorId++;
        // Shapes are shared between tensors (ops pass their inputs' shapes through), so they are
        // frozen once; an already frozen array is reused without copying.
        this.shape = Object.isFrozen(shape) ? shape : Object.freeze([...shape]);
        this.dtype = dtype;
        this.device = device;
        this.buffer = buffer;
        this.node = node;
        this.outIndex = outIndex;
        getBackend(device).track?.(this, buffer);
    }
    /** Number of elements. */
    get size() {
        return sizeOf(this.shape);
    }
    get rank() {
        return this.shape.length;
    }
    /** A copy of the elements in row-major order (works on every device). */
    data() {
        return getBackend(this.device).read(this.buffer, this.dtype, this.size);
    }
    /** A copy of the elements in row-major order; CPU tensors only (use `await data()` elsewhere). */
    dataSync() {
        return getBackend(this.device).readSync(this.buffer, this.dtype, this.size);
    }
    /** The single element of a size-1 tensor as a JS number (bools as 0/1). */
    item() {
        if (this.size !== 1)
            throw new Error(`item: tensor of shape [${this.shape.join(', ')}] has ${this.size} elements, expected 1`);
        return this.dataSync()[0];
    }
    /** Nested JS arrays (numbers; booleans for `bool`). CPU tensors only. */
    toArray() {
        const d = this.dataSync();
        const isBool = this.dtype === 'bool';
        const shape = this.shape;
        let pos = 0;
        const build = (dim) => {
            if (dim === shape.length) {
                const v = d[pos++];
                return isBool ? v !== 0 : v;
            }
            const res = [];
            for (let i = 0; i < shape[dim]; i++)
                res.push(build(dim + 1));
            return res;
        };
        return build(0);
    }
    toString() {
        const body = this.device === 'cpu' && this.size <= 64 ? JSON.stringify(this.toArray()) : '…';
        return `Tensor(${this.dtype}[${this.shape.join(', ')}], ${body})`;
    }
}
export function isTensor(x) {
    return x instanceof Tensor;
}
/** Minimal CPU view used by kernels and tests: the underlying typed array (never mutate). */
export function cpuData(t) {
    if (t.device !== 'cpu')
        throw new Error(`expected a CPU tensor, got one on '${t.device}'`);
    return t.buffer;
}
/** The same values without autodiff history (shares the buffer). */
export function detach(t) {
    return t.node === undefined ? t : new Tensor(t.shape, t.dtype, t.device, t.buffer);
}
//# sourceMappingURL=tensor.js.map