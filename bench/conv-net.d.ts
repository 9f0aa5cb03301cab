/**
 * The few-shot ConvNet (nn.convNet: 4 × [conv 3×3 64 ch, batch norm, ReLU, max-pool 2] -> dense),
 * forward (+ backward) of a softmax cross-entropy over 5 classes on 28×28×1 inputs, float32, batch
 * statistics (MAML's setting). Batch 25 (5-way 5-shot) and 100.
 */
import type { Tensor } from '../src/index.js';
export declare const CONV_NET_SHAPE: {
    readonly C: 1;
    readonly H: 28;
    readonly W: 28;
    readonly hidden: 64;
    readonly blocks: 4;
    readonly classes: 5;
};
export declare const CONV_NET_BATCHES: readonly [25, 100];
export interface ConvNetStep {
    /** Forward and backward; returns the loss (the gradients are computed). */
    run(): Tensor;
    /** The forward pass alone (the loss). */
    forward(): Tensor;
}
export declare function makeConvNetStep(B: number, seed?: number): ConvNetStep;
