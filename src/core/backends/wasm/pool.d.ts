import type { WasmRuntime } from './runtime.js';
/** Workers that have started and can take a part now. */
export declare function readyWorkers(rt: WasmRuntime): number;
/** How many times each Wasm kernel has run in this thread, by name (for tests and diagnostics). */
export declare function wasmKernelCalls(): ReadonlyMap<string, number>;
/** Per-part scratch: part k receives `base + k·bytes` (reserve `maxParts()·bytes`). */
export interface PartScratch {
    readonly base: number;
    readonly bytes: number;
}
/** The most parts a `parallelFor` call can split into (the calling thread included). */
export declare function maxParts(rt: WasmRuntime): number;
/**
 * Run kernel `id` (runtime.ts `kernelId`) with the parameter block at `p` over tasks
 * [0, nTasks), split into contiguous parts across the calling thread and the ready workers.
 * Parts smaller than `minTasks` are not split off.
 */
export declare function parallelFor(rt: WasmRuntime, id: number, p: number, nTasks: number, minTasks?: number, scratch?: PartScratch): void;
