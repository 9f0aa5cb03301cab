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
/** One block: the two output words (unsigned 32-bit numbers) go to `out[0]` and `out[1]`. */
export declare function threefry2x32(k0: number, k1: number, c0: number, c1: number, out: Uint32Array): void;
/**
 * The random words of a whole array, JAX's "partitionable" layout: element i gets the block
 * threefry(key, counter = (hi32(i), lo32(i))) — independent of the array's shape and of how
 * the work is split across threads. Returns the two words of every block.
 */
export declare function blocks(k0: number, k1: number, n: number): {
    w0: Uint32Array;
    w1: Uint32Array;
};
/** 32 random bits per element (the xor of the block's two words, as JAX does). */
export declare function bits32(k0: number, k1: number, n: number): Uint32Array;
