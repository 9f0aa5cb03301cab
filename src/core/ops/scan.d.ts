import type { Complex } from '../complex.js';
import type { OpDef } from '../op.js';
import { Tensor } from '../tensor.js';
/** Options of `linearScan`. */
export interface LinearScanOptions {
    /** The time axis of `b` (negative counts from the end). */
    axis: number;
    /** Run from the last index to the first: h_t = a_t ⊙ h_{t+1} + b_t. */
    reverse?: boolean;
}
export interface ScanParams {
    /** Normalised axis of b (and of the output). */
    readonly axis: number;
    readonly reverse: boolean;
    /** Multiply by a at the previously processed index instead of the current one (used by VJPs). */
    readonly shifted: boolean;
}
/** Real scan: inputs [a, b], output h (b's shape). */
export declare const realScanOp: OpDef<'linearScan'>;
/** Complex scan: inputs [aRe, aIm, bRe, bIm], outputs [hRe, hIm]. */
export declare const complexScanOp: OpDef<'linearScanComplex'>;
/**
 * Diagonal linear recurrence along `axis`:
 *   h_t = a_t ⊙ h_{t−1} + b_t,  h_{−1} = 0     (reverse: h_t = a_t ⊙ h_{t+1} + b_t, from the end)
 * b: [..., T, ...] sets the output shape; a broadcasts to it (per-channel a: [N] against
 * b: [B, T, N] with axis 1; or full [B, T, N]). Real when a and b are real; complex
 * (`{ re, im }` pairs) when either is complex. One fused pass; its VJP is a reverse scan with
 * conj(a), so gradients of any order are available.
 *
 * @example h = linearScan(lambda, cscale(u, gamma), { axis: 1 })  // LRU: lambda {re,im}: [N], u: [B, T, N]
 */
export declare function linearScan(a: Tensor, b: Tensor, options: LinearScanOptions): Tensor;
export declare function linearScan(a: Complex, b: Tensor | Complex, options: LinearScanOptions): Complex;
export declare function linearScan(a: Tensor | Complex, b: Complex, options: LinearScanOptions): Complex;
export declare function linearScan(a: Tensor | Complex, b: Tensor | Complex, options: LinearScanOptions): Tensor | Complex;
/**
 * The unfused composition of `linearScan` (same signature and semantics): a loop over time of
 * elementwise mul/add (complex: `cmul`/`cadd`), the reference of the fused ops (`reference` of
 * both scan ops) and of their tests. O(T) ops; runs on every device.
 */
export declare function linearScanReference(a: Tensor, b: Tensor, options: LinearScanOptions): Tensor;
export declare function linearScanReference(a: Complex, b: Tensor | Complex, options: LinearScanOptions): Complex;
export declare function linearScanReference(a: Tensor | Complex, b: Complex, options: LinearScanOptions): Complex;
export declare function linearScanReference(a: Tensor | Complex, b: Tensor | Complex, options: LinearScanOptions): Tensor | Complex;
