/**
 * Loop generators for the CPU elementwise kernels. Each op supplies a JS expression over the
 * operand names `x`, `y`, `z` (read at the current element); we build one specialised loop per
 * op and access pattern with `new Function`, so V8 compiles a monomorphic loop with the
 * expression inlined (a shared loop calling a per-op closure would be megamorphic and ~5×
 * slower at the sizes of per-step recurrent work).
 *
 * Content-Security-Policy: generating code from strings is `eval` to a browser. A page whose CSP
 * has a `script-src` (or `default-src`) without 'unsafe-eval' cannot load looplab at all: the
 * unary loops are built when the op table is created, so the import fails with the EvalError
 * raised by `compile` below. There is no eval-free fallback — the ops define their CPU kernels
 * as expression strings (and erf as a whole function), so a closure-based loop would need a
 * second definition of every op, ~5× slower. Pages that embed looplab allow 'unsafe-eval'
 * (which also covers compiling the WebAssembly kernels) and, for threads, `worker-src blob:`
 * (docs/core.md, "Content-Security-Policy").
 */
import type { AnyTypedArray } from '../dtype.js';
type Arr = AnyTypedArray;
export type UnaryLoop = (x: Arr, o: Arr, n: number) => void;
/** General N-ary broadcast loop: operands with per-axis strides (0 on broadcast axes). */
export type NaryLoop = (ins: readonly Arr[], o: Arr, outShape: readonly number[], strides: readonly (readonly number[])[]) => void;
export declare function unaryLoop(expr: string): UnaryLoop;
/** Same-shape fast path: all operands contiguous with the output's shape, or size-1 (scalars). */
export declare function contiguousLoop(arity: number, expr: string, scalarMask: number): NaryLoop;
/**
 * Strided loop: innermost axis in a tight loop, outer axes walked with an index counter.
 * `inner[k]` specialises operand k's innermost stride: 0 (broadcast), 1 (contiguous) or -1
 * (any stride, read from the strides array).
 */
export declare function stridedLoop(arity: number, expr: string, inner?: readonly number[]): NaryLoop;
/** Lazily built, cached family of loops for one expression. */
export declare class NaryKernel {
    readonly arity: number;
    readonly expr: string;
    private readonly fast;
    private strided;
    private readonly byInner;
    private readonly rows;
    constructor(arity: number, expr: string);
    /** scalarMask bit k set: operand k has size 1. */
    contiguous(scalarMask: number): NaryLoop;
    general(): NaryLoop;
    /** Strided loop specialised for the operands' innermost strides (0, 1, or other). */
    specialised(innerStrides: readonly number[]): NaryLoop;
    /**
     * Run over `outShape` with per-operand strides, after merging adjacent axes that every operand
     * walks contiguously (or broadcasts along) so the inner loop is as long as possible.
     */
    run(ins: readonly AnyTypedArray[], o: AnyTypedArray, outShape: readonly number[], strides: readonly (readonly number[])[]): void;
}
/** Merge axis d into d+1 where, for every operand, stride[d] = stride[d+1]·shape[d+1] (or both are 0). */
export declare function collapseAxes(shape: readonly number[], strides: readonly (readonly number[])[]): [number[], number[][]];
export {};
