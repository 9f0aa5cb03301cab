/**
 * `scope(fn)`: deterministic release of device memory. Every tracked tensor created while fn
 * runs — WebGPU tensors, and CPU tensors in the tensor heap (backends/wasm/heap.ts) — is
 * released when it returns, except the tensors in its return value (any tree). Scopes nest;
 * kept tensors move to the enclosing scope.
 */
import type { DeviceBuffer } from '../../backend.js';
interface Entry {
    tensor: object;
    buffer: DeviceBuffer;
}
export declare class Scope {
    readonly entries: Entry[];
    add(tensor: object, buffer: DeviceBuffer): void;
}
export declare function currentScope(): Scope | undefined;
export declare function pushScope(): Scope;
export declare function popScope(s: Scope): void;
export {};
