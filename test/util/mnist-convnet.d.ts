/**
 * A small ConvNet (nn.convNet: 3 × [conv 3×3 8 ch, batch norm, ReLU, max-pool 2] -> dense 10)
 * trained by plain SGD on the first 16 MNIST training images, f32, on one device: the losses of
 * each step. The CPU test (test/conv-train.test.ts) runs it with the TypeScript and the Wasm
 * kernels, the WebGPU test (test/webgpu/conv-train.test.ts) on the GPU, and each compares the
 * curves with the others.
 */
import type { DeviceName } from '../../src/index.js';
export declare const MNIST_CONVNET: {
    readonly images: 16;
    readonly steps: 6;
    readonly lr: 0.1;
    readonly hidden: 8;
    readonly blocks: 3;
    readonly seed: 3;
};
/** The loss before each of `steps` SGD steps and after the last (steps + 1 values). */
export declare function mnistConvNetLosses(device: DeviceName): Promise<number[]>;
