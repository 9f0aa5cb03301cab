/**
 * Max pooling without padding and its gradient on the Wasm kernels (assembly/pooling.ts), planes
 * (b, c) split across threads; the same results as the TypeScript kernels of src/core/ops/pool.ts,
 * bit for bit (a maximum and a sum in the same order).
 */
import type { AnyTypedArray } from '../../dtype.js';
import type { PoolGeometry } from '../../ops/pool.js';
/** y, idx = max pooling of x (the caller declines padded poolings); false when it declines. */
export declare function wasmMaxPool(x: AnyTypedArray, y: AnyTypedArray, idx: AnyTypedArray, g: PoolGeometry): boolean;
/** dx [planes, HW] = ḡ [planes, P] added at idx; false when it declines. */
export declare function wasmMaxPoolGrad(idx: AnyTypedArray, gy: AnyTypedArray, dx: AnyTypedArray, planes: number): boolean;
