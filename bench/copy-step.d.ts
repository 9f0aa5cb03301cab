/**
 * One training step of P4's copy-task model (the issue's CPU target), for benchmarks:
 *   nn.seq: Dense encoder 8 -> H, 4 LRU blocks (LayerNorm -> LRU -> GELU -> GLU -> residual,
 *   dropout off), Dense decoder H -> 14, per-step softmax cross-entropy over 14 classes,
 *   then one AdamW update. B = 50, T = 48, H = 128, N = 64 (~270k parameters), float32.
 * The same set-up as the PyTorch reference (../shared/refs/torch_cpu_lru.py, bench/torch_peer.py).
 */
import type { Tensor } from '../src/index.js';
export declare const COPY_STEP_SHAPE: {
    readonly B: 50;
    readonly T: 48;
    readonly H: 128;
    readonly N: 64;
    readonly layers: 4;
    readonly dIn: 8;
    readonly classes: 14;
};
export interface CopyStep {
    /** One forward+backward+AdamW step; returns the loss. */
    train(): Tensor;
    /** The forward pass alone (the loss). */
    forward(): Tensor;
}
export declare function makeCopyStep(seed?: number): CopyStep;
