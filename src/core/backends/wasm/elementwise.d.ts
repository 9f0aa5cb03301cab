/**
 * The Wasm kernels of elementwise ops (assembly/generated/elementwise.ts, one SIMD loop per op
 * and float type, declared in scripts/wasm-kernels.mjs): operands copied into linear memory, the
 * flat element range split across threads, the result copied back. Binary ops take any
 * broadcast that collapses to [rows, cols] with column strides 0 or 1 (same shapes, scalars,
 * rows ⊙ a row, rows ⊙ a column); they decline other layouts, integer types and mixed dtypes,
 * which the TypeScript loops run.
 */
import type { WasmKernel } from '../../backend.js';
/** The Wasm kernel of unary op `op` (o = f(x)), or undefined when the module has none for it. */
export declare function wasmUnary(op: string): WasmKernel<unknown> | undefined;
/**
 * The Wasm kernel of binary op `op` (o = x ∘ y over the output shape, operands broadcast), or
 * undefined when the module has none for it.
 */
export declare function wasmBinary(op: string): WasmKernel<unknown> | undefined;
