/** Shape arithmetic shared by every op: sizes, strides, broadcasting, axis normalisation. */
import { getConfig } from './config.js';
export function sizeOf(shape) {
    let n = 1;
    for (const d of shape)
        n *= d;
    return n;
}
export function stridesOf(shape) {
    const s = new Array(shape.length);
    let acc = 1;
    for (let i = shape.length - 1; i >= 0; i--) {
        s[i] = acc;
        acc *= shape[i];
    }
    return s;
}
export function shapeEq(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
export function fmt(shape) {
    return `[${shape.join(', ')}]`;
}
/**
 * Raise unless an argument's shape `got` matches `want` axis by axis (null: any size), naming
 * the function, the argument and the expected shape in symbols and numbers, e.g.
 * `learn.sequenceGradients: batch.targets must be [B, T, dOutput] = [4, 16, 2], got [4, 0, 2]`.
 * `symbols` names each axis of `want`; `note` follows the expected shape (say why it is expected).
 */
export function expectShape(where, name, got, symbols, want, note = '') {
    if (got !== undefined && got.length === want.length && want.every((d, i) => d === null || d === got[i]))
        return;
    const numbers = want.map((d, i) => (d === null ? symbols[i] : String(d)));
    const expected = `[${symbols.join(', ')}]${numbers.some((d, i) => d !== symbols[i]) ? ` = [${numbers.join(', ')}]` : ''}`;
    throw new Error(`${where}: ${name} must be ${expected}${note}, got ${got === undefined ? 'nothing' : fmt(got)}`);
}
/** numpy broadcasting of two shapes; `op` names the operation in errors. */
export function broadcastShapes(op, a, b) {
    if (a === b || shapeEq(a, b))
        return a;
    if (a.length !== b.length && getConfig().strictRank && a.length > 0 && b.length > 0) {
        throw new Error(`${op}: implicit rank promotion from ${fmt(a)} and ${fmt(b)} is disabled (strict mode); ` + `reshape or broadcastTo explicitly`);
    }
    const n = Math.max(a.length, b.length);
    const out = new Array(n);
    for (let i = 0; i < n; i++) {
        const da = i < n - a.length ? 1 : a[i - (n - a.length)];
        const db = i < n - b.length ? 1 : b[i - (n - b.length)];
        if (da === db || db === 1)
            out[i] = da;
        else if (da === 1)
            out[i] = db;
        else
            throw new Error(`${op}: shapes ${fmt(a)} and ${fmt(b)} cannot be broadcast together`);
    }
    return out;
}
/** Strides for reading an array of shape `inShape` as if broadcast to `outShape` (0 on broadcast axes). */
export function broadcastStrides(inShape, outShape) {
    const st = stridesOf(inShape);
    const off = outShape.length - inShape.length;
    const res = new Array(outShape.length).fill(0);
    for (let i = 0; i < inShape.length; i++)
        res[i + off] = inShape[i] === 1 && outShape[i + off] !== 1 ? 0 : st[i];
    return res;
}
/** Normalise a possibly-negative axis against `rank`, with an error naming the op. */
export function normAxis(op, axis, rank) {
    if (!Number.isInteger(axis) || axis < -rank || axis >= Math.max(rank, 1)) {
        if (!(rank === 0 && (axis === 0 || axis === -1))) {
            throw new Error(`${op}: axis ${axis} is out of range for a tensor of rank ${rank} (allowed ${-rank}..${rank - 1})`);
        }
    }
    if (rank === 0)
        return 0;
    return axis < 0 ? axis + rank : axis;
}
/** Normalise an axis argument (one, several, or all when undefined) to sorted unique axes. */
export function normAxes(op, axis, rank) {
    if (axis === undefined || axis === null)
        return Array.from({ length: rank }, (_, i) => i);
    const list = typeof axis === 'number' ? [axis] : [...axis];
    const res = list.map((a) => normAxis(op, a, rank));
    const set = new Set(res);
    if (set.size !== res.length)
        throw new Error(`${op}: repeated axis in ${JSON.stringify(list)}`);
    return [...set].sort((x, y) => x - y);
}
export function checkShape(op, shape) {
    for (const d of shape) {
        if (!Number.isInteger(d) || d < 0)
            throw new Error(`${op}: invalid shape ${fmt(shape)} (dimensions must be non-negative integers)`);
    }
}
/**
 * For each item of a broadcast batch `outBatch`, the flat index of the item to read from an
 * operand whose batch shape is `inBatch` (batched linear algebra over leading axes).
 */
export function batchIndex(inBatch, outBatch) {
    const nb = sizeOf(outBatch);
    const st = broadcastStrides(inBatch, outBatch);
    const res = new Int32Array(nb);
    const idx = new Array(outBatch.length).fill(0);
    for (let t = 0; t < nb; t++) {
        let o = 0;
        for (let d = 0; d < outBatch.length; d++)
            o += idx[d] * st[d];
        res[t] = o;
        for (let d = outBatch.length - 1; d >= 0; d--) {
            if (++idx[d] < outBatch[d])
                break;
            idx[d] = 0;
        }
    }
    return res;
}
//# sourceMappingURL=shape.js.map