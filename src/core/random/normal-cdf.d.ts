/**
 * The standard normal CDF Φ and its inverse Φ⁻¹ in float64, accurate in the tails (relative
 * error ~1e-14 for Φ(x), x ≤ 0, down to the underflow of Φ near x = −38; Φ⁻¹ to ~1e-15
 * relative). The samplers map uniform bits through Φ⁻¹ (normal, truncated normal).
 *
 * Internal: `random.ts` holds the public API.
 */
/** Φ(x) = P(N(0,1) ≤ x), with small relative error for x ≤ 0. */
export declare function ndtr(x: number): number;
/**
 * Φ⁻¹(p) for p in (0, 1) by AS241 (accurate to about 1 part in 1e16 in exact arithmetic).
 * The tail branches work from r = √(−log p) of the *smaller* of p and 1 − p, so callers that
 * need the upper tail precisely should pass 1 − p exactly (the samplers draw symmetric grids).
 * Returns −∞ / +∞ at 0 / 1 and NaN outside [0, 1].
 */
export declare function ndtri(p: number): number;
