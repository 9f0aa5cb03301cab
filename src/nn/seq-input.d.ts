import { Tensor } from '../core/tensor.js';
import type { SeqEncoder } from './seq.js';
/** Raise unless `x` fits a model with this encoder: `[B, T, dInput]` / `[T, dInput]` floats, or i32 ids `[B, T]` / `[T]`. */
export declare function checkSequenceInput(encoder: SeqEncoder, encoderW: Tensor, x: unknown): asserts x is Tensor;
/**
 * Raise unless the step input fits the model and the state: `[...batch, dInput]` floats, or i32
 * ids `[...batch]`, where `batch` is the batch shape of `nn.seq.initialState(params, batch)`.
 */
export declare function checkStepInput(encoder: SeqEncoder, encoderW: Tensor, batch: readonly number[], xT: unknown): asserts xT is Tensor;
