/**
 * Where things live in the Wasm kernels' linear memory (a module of its own, so that runtime.ts
 * and heap.ts, which import each other, both read it at load time): the control blocks and the
 * arena ring below HEAP_BASE (runtime.ts), the tensor heap from HEAP_BASE up (heap.ts).
 */
export const HEAP_BASE = 2 ** 30;
//# sourceMappingURL=layout.js.map