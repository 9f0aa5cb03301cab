import { Tensor } from '../core/tensor.js';
import type { SeqParams } from '../nn/seq.js';
import type { SequenceLossKind } from './loss.js';
/** Raise unless `v` is a tensor, naming the argument. */
export declare function checkTensor(where: string, name: string, v: unknown): asserts v is Tensor;
/**
 * Check `batch` against the model `params` (an `nn.seq`) and the loss: x `[B, T, dInput]` (i32
 * `[B, T]` with an embedding encoder), targets `[B, T]` / `[B]` i32 class ids ('xent') or
 * `[B, T, dOutput]` / `[B, dOutput]` ('bce', 'mse') for per-step / pooled outputs, mask `[B, T]`.
 */
export declare function checkBatch(where: string, params: SeqParams, batch: {
    x: unknown;
    targets: unknown;
    mask?: unknown;
}, loss: SequenceLossKind): void;
