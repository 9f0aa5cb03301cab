/**
 * Neighbouring floating-point numbers, used to keep samples inside half-open intervals after
 * rounding (e.g. minval + u·width can round up to maxval). Internal.
 */
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
/** The next f32 towards −∞ from the f32 number x (finite). */
function nextDown32(x) {
    if (x === 0)
        return -(2 ** -149);
    f32[0] = x;
    u32[0] += x > 0 ? -1 : 1;
    return f32[0];
}
/** The next f32 towards +∞ from the f32 number x (finite). */
function nextUp32(x) {
    return -nextDown32(-x);
}
/** The largest f32 number strictly below x. */
export function f32Below(x) {
    let f = Math.fround(x);
    while (f >= x)
        f = nextDown32(f);
    return f;
}
/** The largest f32 number ≤ x (x itself when representable). */
export function f32AtMost(x) {
    if (!Number.isFinite(x))
        return x;
    let f = Math.fround(x);
    while (f > x)
        f = nextDown32(f);
    return f;
}
/** The smallest f32 number ≥ x. */
export function f32AtLeast(x) {
    if (!Number.isFinite(x))
        return x;
    let f = Math.fround(x);
    while (f < x)
        f = nextUp32(f);
    return f;
}
/** The largest f64 number strictly below the finite number x. */
export function f64Below(x) {
    if (x === 0)
        return -Number.MIN_VALUE;
    f64[0] = x;
    u64[0] += x > 0 ? -1n : 1n;
    return f64[0];
}
//# sourceMappingURL=float-bounds.js.map