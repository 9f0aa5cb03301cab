import { getBackend, getDefaultDevice } from './backend.js';
import { getConfig } from './config.js';
import { isDType, typedArrayFor } from './dtype.js';
import { checkShape, fmt, sizeOf } from './shape.js';
import { Tensor } from './tensor.js';
function dtypeOfTypedArray(a) {
    if (a instanceof Float32Array)
        return 'f32';
    if (a instanceof Float64Array)
        return 'f64';
    if (a instanceof Int32Array)
        return 'i32';
    return 'bool';
}
function checkDtype(op, dtype) {
    if (!isDType(dtype))
        throw new Error(`${op}: unknown dtype ${JSON.stringify(dtype)} (allowed: 'f32', 'f64', 'i32', 'bool')`);
    return dtype;
}
/** Wrap a typed array (adopted, not copied) as a tensor on `device`. Internal. */
export function fromTypedArray(data, shape, dtype, device = getDefaultDevice()) {
    return new Tensor(shape, dtype, device, getBackend(device).fromHost(data));
}
function inferShape(data, op) {
    const shape = [];
    let cur = data;
    while (Array.isArray(cur)) {
        shape.push(cur.length);
        if (cur.length === 0)
            break;
        cur = cur[0];
    }
    void op;
    return shape;
}
function fillFlat(data, shape, out, op) {
    let pos = 0;
    const walk = (x, dim, path) => {
        if (dim === shape.length) {
            if (typeof x === 'number')
                out[pos++] = x;
            else if (typeof x === 'boolean')
                out[pos++] = x ? 1 : 0;
            else
                throw new Error(`${op}: expected a number at ${path || 'the top level'}, got ${Array.isArray(x) ? 'an array (ragged nesting)' : typeof x}`);
            return;
        }
        if (!Array.isArray(x) || x.length !== shape[dim]) {
            throw new Error(`${op}: ragged nested array at ${path || 'the top level'}: expected length ${shape[dim]} to match shape ${fmt(shape)}`);
        }
        for (let i = 0; i < x.length; i++)
            walk(x[i], dim + 1, `${path}[${i}]`);
    };
    walk(data, 0, '');
}
function firstScalar(data) {
    let cur = data;
    while (Array.isArray(cur)) {
        if (cur.length === 0)
            return undefined;
        cur = cur[0];
    }
    return cur;
}
/**
 * Create a tensor from a number, a boolean, nested arrays or a typed array.
 * dtype defaults to the typed array's type, `bool` for booleans, else `f32`
 * (see `setDefaultFloat`). `shape` reshapes flat data (sizes must agree).
 *
 * @example tensor([[1, 2], [3, 4]], { dtype: 'f64' })
 */
export function tensor(data, options = {}) {
    const op = 'tensor';
    let dtype;
    let flat;
    let shape;
    if (ArrayBuffer.isView(data)) {
        const ta = data;
        dtype = options.dtype !== undefined ? checkDtype(op, options.dtype) : dtypeOfTypedArray(ta);
        flat = typedArrayFor(dtype, ta.length);
        flat.set(ta);
        shape = [ta.length];
    }
    else {
        const first = firstScalar(data);
        const natural = typeof first === 'boolean' ? 'bool' : getConfig().defaultFloat;
        dtype = options.dtype !== undefined ? checkDtype(op, options.dtype) : natural;
        shape = inferShape(data, op);
        flat = typedArrayFor(dtype, sizeOf(shape));
        fillFlat(data, shape, flat, op);
    }
    if (options.shape !== undefined) {
        checkShape(op, options.shape);
        if (sizeOf(options.shape) !== flat.length) {
            throw new Error(`tensor: data has ${flat.length} elements but shape ${fmt(options.shape)} needs ${sizeOf(options.shape)}`);
        }
        shape = [...options.shape];
    }
    return fromTypedArray(flat, shape, dtype, options.device);
}
/** A rank-0 tensor. */
export function scalar(value, dtype = getConfig().defaultFloat, device) {
    const a = typedArrayFor(dtype, 1);
    a[0] = value;
    return fromTypedArray(a, [], dtype, device);
}
export function full(shape, value, options = {}) {
    checkShape('full', shape);
    const dtype = options.dtype !== undefined ? checkDtype('full', options.dtype) : getConfig().defaultFloat;
    const a = typedArrayFor(dtype, sizeOf(shape));
    if (value !== 0)
        a.fill(value);
    return fromTypedArray(a, shape, dtype, options.device);
}
export function zeros(shape, options = {}) {
    return full(shape, 0, options);
}
export function ones(shape, options = {}) {
    return full(shape, 1, options);
}
export function zerosLike(t, options = {}) {
    return full(t.shape, 0, { dtype: t.dtype, device: t.device, ...options });
}
export function onesLike(t, options = {}) {
    return full(t.shape, 1, { dtype: t.dtype, device: t.device, ...options });
}
export function fullLike(t, value, options = {}) {
    return full(t.shape, value, { dtype: t.dtype, device: t.device, ...options });
}
/**
 * `arange(stop)`, `arange(start, stop, step?)`: values start, start+step, ... < stop.
 * dtype defaults to `i32` when all arguments are integers, else the default float.
 */
export function arange(start, stop, step = 1, options = {}) {
    if (stop === undefined) {
        stop = start;
        start = 0;
    }
    if (step === 0 || !Number.isFinite(step))
        throw new Error(`arange: step must be a finite non-zero number, got ${step}`);
    const n = Math.max(0, Math.ceil((stop - start) / step));
    const allInt = Number.isInteger(start) && Number.isInteger(stop) && Number.isInteger(step);
    const dtype = options.dtype ?? (allInt ? 'i32' : getConfig().defaultFloat);
    const a = typedArrayFor(checkDtype('arange', dtype), n);
    for (let i = 0; i < n; i++)
        a[i] = start + i * step;
    return fromTypedArray(a, [n], dtype, options.device);
}
/** `num` evenly spaced values from start to stop inclusive. */
export function linspace(start, stop, num, options = {}) {
    if (!Number.isInteger(num) || num < 0)
        throw new Error(`linspace: num must be a non-negative integer, got ${num}`);
    const dtype = checkDtype('linspace', options.dtype ?? getConfig().defaultFloat);
    const a = typedArrayFor(dtype, num);
    const step = num > 1 ? (stop - start) / (num - 1) : 0;
    for (let i = 0; i < num; i++)
        a[i] = i === num - 1 && num > 1 ? stop : start + i * step;
    return fromTypedArray(a, [num], dtype, options.device);
}
export function eye(n, mOrOptions, options = {}) {
    if (typeof mOrOptions === 'object' && mOrOptions !== null)
        return eye(n, n, mOrOptions);
    const m = mOrOptions ?? n;
    checkShape('eye', [n, m]);
    const dtype = checkDtype('eye', options.dtype ?? getConfig().defaultFloat);
    const a = typedArrayFor(dtype, n * m);
    for (let i = 0; i < Math.min(n, m); i++)
        a[i * m + i] = 1;
    return fromTypedArray(a, [n, m], dtype, options.device);
}
//# sourceMappingURL=creation.js.map