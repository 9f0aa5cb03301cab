/**
 * `linearScan` on the Wasm kernels (assembly/scan.ts): SIMD over the channels of a time step,
 * batch (outer) indices split across threads. Declines layouts where `a` is neither constant
 * over the channels nor contiguous along them, mixed dtypes and tiny scans.
 */
import type { AnyTypedArray } from '../../dtype.js';
import type { WasmRuntime } from './runtime.js';
export interface ScanLayout {
    readonly outer: number;
    readonly T: number;
    readonly inner: number;
    readonly aOuter: Int32Array;
    readonly aInner: Int32Array;
    readonly aT: number;
}
/**
 * The runtime when the Wasm scan may take h = scan(a, b) (a tensor of `n` elements, all arrays
 * of one float type); null when it declines. Cheap, so that small scans decline before their
 * layout is worked out.
 */
export declare function scanRuntime(n: number, arrays: readonly AnyTypedArray[]): WasmRuntime | null;
/**
 * h = scan(a, b) for real ([a], [b], [h]) or complex ([ar, ai], [br, bi], [hr, hi]) operands
 * (after `scanRuntime` accepted them); false when it declines the layout of a.
 */
export declare function wasmScan(rt: WasmRuntime, a: readonly AnyTypedArray[], b: readonly AnyTypedArray[], h: AnyTypedArray[], L: ScanLayout, reverse: boolean, shifted: boolean): boolean;
