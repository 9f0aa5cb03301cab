export const DTYPES = ['f32', 'f64', 'i32', 'bool'];
export function typedArrayFor(dtype, size) {
    switch (dtype) {
        case 'f32':
            return new Float32Array(size);
        case 'f64':
            return new Float64Array(size);
        case 'i32':
            return new Int32Array(size);
        case 'bool':
            return new Uint8Array(size);
        default:
            return dtype;
    }
}
export function isFloat(dtype) {
    return dtype === 'f32' || dtype === 'f64';
}
export function isDType(x) {
    return typeof x === 'string' && DTYPES.includes(x);
}
const RANK = { bool: 0, i32: 1, f32: 2, f64: 3 };
/** numpy-style promotion over the lattice bool < i32 < f32 < f64. */
export function promoteTypes(a, b) {
    return RANK[a] >= RANK[b] ? a : b;
}
/** The floating type an op computes in when given `dtype` (integers and bools compute in f32). */
export function floatTypeOf(dtype) {
    return isFloat(dtype) ? dtype : 'f32';
}
//# sourceMappingURL=dtype.js.map