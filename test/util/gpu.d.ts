import type { Tensor } from '../../src/index.js';
/** Initialise WebGPU once; resolves to the adapter name, or null when unavailable (outside CI). */
export declare function webgpuReady(): Promise<string | null>;
/** `describe` that runs only when a WebGPU adapter exists (fails in CI when none does). */
export declare function describeGpu(name: string, fn: () => void): void;
/** Compare a WebGPU tensor with a CPU reference (float32 tolerance by default). */
export declare function expectGpuClose(actual: Tensor, expected: Tensor, opts?: {
    rtol?: number;
    atol?: number;
    what?: string;
}): Promise<void>;
/** A WebGPU result equals the CPU result exactly (dtype, shape and every element). */
export declare function expectExact(actual: Tensor, expected: Tensor, what?: string): Promise<void>;
