/**
 * Input checks of `nn.seq.apply` and `nn.seq.step`: the input width dInput is the encoder's (its
 * `w: [dInput, dModel]`), and a step's batch shape is the state's, so a wrong input is named at
 * the model's entry point rather than inside the encoder or a mixer.
 */
import { fmt } from '../core/shape.js';
import { Tensor } from '../core/tensor.js';
/** Raise unless `x` fits a model with this encoder: `[B, T, dInput]` / `[T, dInput]` floats, or i32 ids `[B, T]` / `[T]`. */
export function checkSequenceInput(encoder, encoderW, x) {
    const where = 'nn.seq.apply';
    if (!(x instanceof Tensor))
        throw new Error(`${where}: x must be a Tensor, got ${x === undefined ? 'nothing' : typeof x}`);
    if (encoder === 'embedding') {
        if ((x.rank !== 1 && x.rank !== 2) || x.dtype !== 'i32')
            throw new Error(`${where}: x must be [B, T] or [T] i32 token ids (encoder 'embedding'), got ${x.dtype}${fmt(x.shape)}`);
        return;
    }
    const dInput = encoderW.shape[0];
    if ((x.rank !== 2 && x.rank !== 3) || x.shape[x.rank - 1] !== dInput)
        throw new Error(`${where}: x must be [B, T, dInput] or [T, dInput] with dInput = ${dInput} (from the encoder), got ${fmt(x.shape)}`);
}
/**
 * Raise unless the step input fits the model and the state: `[...batch, dInput]` floats, or i32
 * ids `[...batch]`, where `batch` is the batch shape of `nn.seq.initialState(params, batch)`.
 */
export function checkStepInput(encoder, encoderW, batch, xT) {
    const where = 'nn.seq.step';
    if (!(xT instanceof Tensor))
        throw new Error(`${where}: x_t must be a Tensor, got ${xT === undefined ? 'nothing' : typeof xT}`);
    const sameBatch = (shape) => shape.length === batch.length && shape.every((d, i) => d === batch[i]);
    const batchSymbols = batch.length === 0 ? '' : batch.length === 1 ? 'B, ' : '...batch, ';
    const batchNumbers = batch.map((d) => `${d}, `).join('');
    if (encoder === 'embedding') {
        if (!sameBatch(xT.shape) || xT.dtype !== 'i32')
            throw new Error(`${where}: x_t must be [${batchSymbols.slice(0, -2)}] = ${fmt(batch)} i32 token ids (one per sequence; batch shape from the state), got ${xT.dtype}${fmt(xT.shape)}`);
        return;
    }
    const dInput = encoderW.shape[0];
    if (xT.rank !== batch.length + 1 || !sameBatch(xT.shape.slice(0, -1)) || xT.shape[xT.rank - 1] !== dInput)
        throw new Error(`${where}: x_t must be [${batchSymbols}dInput] = [${batchNumbers}${dInput}] (one time step; batch shape from the state, dInput from the encoder), got ${fmt(xT.shape)}`);
}
//# sourceMappingURL=seq-input.js.map