/**
 * The big eligibility trace of online learning in LRU layers on the Wasm kernels
 * (assembly/rtrl.ts): E^B_t = diag(λ) E^B_{t−1} + γ u_tᵀ and, with an error ḡ_t, its products
 * Σ_b conj(E^B_t) ḡ_t in the same pass: the Wasm kernel of `diagTraceAdvance` (src/core/ops/rtrl.ts),
 * whose TypeScript kernel is the reference; units are split across threads.
 */
import type { AnyTypedArray } from '../../dtype.js';
/**
 * ins: λre, λim, γ [N], u [B, H], E^B re/im [B, N, H] (+ ḡ re/im [B, N] with a gradient);
 * outs: E^B_t re/im (+ S re/im [N, H]). False when it declines (small, or not one float type).
 */
export declare function wasmTraceAdvance(ins: readonly AnyTypedArray[], outs: AnyTypedArray[], B: number, N: number, H: number): boolean;
