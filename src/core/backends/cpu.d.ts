/**
 * The CPU backend: buffers are typed arrays; an op runs its WebAssembly kernel (`kernels.wasm`,
 * SIMD and threads, see backends/wasm/) when it has one, the Wasm kernels are selected and it
 * takes the call, else its plain TypeScript kernel (the float64 reference).
 */
import type { Backend } from '../backend.js';
export declare const cpuBackend: Backend;
