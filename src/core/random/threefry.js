/**
 * Threefry-2x32 with 20 rounds (Salmon, Moraes, Dror & Shaw, "Parallel random numbers: as easy
 * as 1, 2, 3", SC'11; the Random123 reference `threefry2x32_R(20, ...)`), the counter-based
 * hash JAX uses for its keys. It maps a 64-bit key (k0, k1) and a 64-bit counter (c0, c1) to
 * 64 pseudo-random bits, using only 32-bit additions, rotations and xors — so a WGSL kernel
 * can reproduce it bit for bit.
 *
 * One round:   x0 += x1;  x1 = rotl(x1, R[r mod 8]);  x1 ^= x0
 * with R = [13, 15, 26, 6, 17, 29, 16, 24]. The key schedule is ks = [k0, k1, k0 ^ k1 ^
 * 0x1BD11BDA]; before round 0 the state is (c0 + ks0, c1 + ks1), and after every 4th round
 * s = 1..5 the key is injected again: x0 += ks[s mod 3], x1 += ks[(s+1) mod 3] + s.
 *
 * Internal: `random.ts` holds the public API.
 */
/** The Skein key-schedule parity constant. */
const PARITY = 0x1bd11bda;
/** One block: the two output words (unsigned 32-bit numbers) go to `out[0]` and `out[1]`. */
export function threefry2x32(k0, k1, c0, c1, out) {
    block(k0, k1, c0, c1, out, out, 0, 1);
}
/**
 * One block, written to `out0[i0]` and `out1[i1]` (no temporary: this is the innermost loop of
 * every sampler, so it is also written out round by round).
 */
function block(k0, k1, c0, c1, out0, out1, i0, i1) {
    const ks0 = k0 | 0;
    const ks1 = k1 | 0;
    const ks2 = (ks0 ^ ks1 ^ PARITY) | 0;
    let x0 = (c0 + ks0) | 0;
    let x1 = (c1 + ks1) | 0;
    // rounds 0-3: R = 13, 15, 26, 6
    x0 = (x0 + x1) | 0;
    x1 = ((x1 << 13) | (x1 >>> 19)) ^ x0;
    x0 = (x0 + x1) | 0;
    x1 = ((x1 << 15) | (x1 >>> 17)) ^ x0;
    x0 = (x0 + x1) | 0;
    x1 = ((x1 << 26) | (x1 >>> 6)) ^ x0;
    x0 = (x0 + x1) | 0;
    x1 = ((x1 << 6) | (x1 >>> 26)) ^ x0;
    x0 = (x0 + ks1) | 0;
    x1 = (x1 + ks2 + 1) | 0;
    // rounds 4-7: R = 17, 29, 16, 24
    x0 = (x0 + x1) | 0;
    x1 = ((x1 << 17) | (x1 >>> 15)) ^ x0;
    x0 = (x0 + x1) | 0;
    x1 = ((x1 << 29) | (x1 >>> 3)) ^ x0;
    x0 = (x0 + x1) | 0;
    x1 = ((x1 << 16) | (x1 >>> 16)) ^ x0;
    x0 = (x0 + x1) | 0;
    x1 = ((x1 << 24) | (x1 >>> 8)) ^ x0;
    x0 = (x0 + ks2) | 0;
    x1 = (x1 + ks0 + 2) | 0;
    // rounds 8-11
    x0 = (x0 + x1) | 0;
    x1 = ((x1 << 13) | (x1 >>> 19)) ^ x0;
    x0 = (x0 + x1) | 0;
    x1 = ((x1 << 15) | (x1 >>> 17)) ^ x0;
    x0 = (x0 + x1) | 0;
    x1 = ((x1 << 26) | (x1 >>> 6)) ^ x0;
    x0 = (x0 + x1) | 0;
    x1 = ((x1 << 6) | (x1 >>> 26)) ^ x0;
    x0 = (x0 + ks0) | 0;
    x1 = (x1 + ks1 + 3) | 0;
    // rounds 12-15
    x0 = (x0 + x1) | 0;
    x1 = ((x1 << 17) | (x1 >>> 15)) ^ x0;
    x0 = (x0 + x1) | 0;
    x1 = ((x1 << 29) | (x1 >>> 3)) ^ x0;
    x0 = (x0 + x1) | 0;
    x1 = ((x1 << 16) | (x1 >>> 16)) ^ x0;
    x0 = (x0 + x1) | 0;
    x1 = ((x1 << 24) | (x1 >>> 8)) ^ x0;
    x0 = (x0 + ks1) | 0;
    x1 = (x1 + ks2 + 4) | 0;
    // rounds 16-19
    x0 = (x0 + x1) | 0;
    x1 = ((x1 << 13) | (x1 >>> 19)) ^ x0;
    x0 = (x0 + x1) | 0;
    x1 = ((x1 << 15) | (x1 >>> 17)) ^ x0;
    x0 = (x0 + x1) | 0;
    x1 = ((x1 << 26) | (x1 >>> 6)) ^ x0;
    x0 = (x0 + x1) | 0;
    x1 = ((x1 << 6) | (x1 >>> 26)) ^ x0;
    x0 = (x0 + ks2) | 0;
    x1 = (x1 + ks0 + 5) | 0;
    out0[i0] = x0;
    out1[i1] = x1;
}
/**
 * The random words of a whole array, JAX's "partitionable" layout: element i gets the block
 * threefry(key, counter = (hi32(i), lo32(i))) — independent of the array's shape and of how
 * the work is split across threads. Returns the two words of every block.
 */
export function blocks(k0, k1, n) {
    if (n > 0x100000000)
        throw new Error(`random: cannot draw ${n} values from one key (at most 2^32 per call)`);
    const w0 = new Uint32Array(n);
    const w1 = new Uint32Array(n);
    for (let i = 0; i < n; i++)
        block(k0, k1, 0, i, w0, w1, i, i);
    return { w0, w1 };
}
/** 32 random bits per element (the xor of the block's two words, as JAX does). */
export function bits32(k0, k1, n) {
    const { w0, w1 } = blocks(k0, k1, n);
    for (let i = 0; i < n; i++)
        w0[i] ^= w1[i];
    return w0;
}
//# sourceMappingURL=threefry.js.map