/**
 * `sum` on the Wasm kernels (assembly/reduce.ts) when the reduced axes form one contiguous run
 * (after dropping size-1 axes): x viewed as [outer, mid, inner], summed over mid into float64
 * accumulators, then rounded into the output like the TypeScript kernel.
 */
import type { AnyTypedArray } from '../../dtype.js';
/** o = Σ_axes x (the Wasm kernel of `sum`, x of `shape`); false when it declines. */
export declare function wasmSum(x: AnyTypedArray, shape: readonly number[], axes: readonly number[], o: AnyTypedArray): boolean;
