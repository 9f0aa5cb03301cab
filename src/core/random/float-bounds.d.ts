/**
 * Neighbouring floating-point numbers, used to keep samples inside half-open intervals after
 * rounding (e.g. minval + u·width can round up to maxval). Internal.
 */
/** The largest f32 number strictly below x. */
export declare function f32Below(x: number): number;
/** The largest f32 number ≤ x (x itself when representable). */
export declare function f32AtMost(x: number): number;
/** The smallest f32 number ≥ x. */
export declare function f32AtLeast(x: number): number;
/** The largest f64 number strictly below the finite number x. */
export declare function f64Below(x: number): number;
