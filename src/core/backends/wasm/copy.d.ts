/**
 * Strided copies on the Wasm `copy2d` kernel (assembly/conv.ts): out (contiguous, of `shape`) =
 * x read through element strides `strides` — the kernels of `broadcastTo` (stride 0 along the
 * broadcast axes) and `transpose` (permuted strides). Adjacent axes that step through x as one
 * axis are merged first; copies that still need more than four axes are left to the TypeScript
 * kernel.
 */
import type { AnyTypedArray } from '../../dtype.js';
/** out[i] = x[Σ_d i_d · strides[d]] over `shape` (out contiguous); false when it declines. */
export declare function wasmStridedCopy(x: AnyTypedArray, out: AnyTypedArray, shape: readonly number[], strides: readonly number[]): boolean;
