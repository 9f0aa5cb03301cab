/**
 * Input checks of `learn.sequenceGradients`: every shape a batch must have follows from the
 * model's parameters (dInput, dOutput), its pooling and the loss, so a wrong batch is named at
 * the entry point, with the expected shape, rather than deep inside a loss or a time step.
 */
import { expectShape, fmt } from '../core/shape.js';
import { Tensor } from '../core/tensor.js';
/** Raise unless `v` is a tensor, naming the argument. */
export function checkTensor(where, name, v) {
    if (!(v instanceof Tensor))
        throw new Error(`${where}: ${name} must be a Tensor, got ${v === undefined ? 'nothing' : v === null ? 'null' : typeof v}`);
}
/**
 * Check `batch` against the model `params` (an `nn.seq`) and the loss: x `[B, T, dInput]` (i32
 * `[B, T]` with an embedding encoder), targets `[B, T]` / `[B]` i32 class ids ('xent') or
 * `[B, T, dOutput]` / `[B, dOutput]` ('bce', 'mse') for per-step / pooled outputs, mask `[B, T]`.
 */
export function checkBatch(where, params, batch, loss) {
    if (typeof params !== 'object' || params === null || typeof params.spec?.pooling !== 'string')
        throw new Error(`${where}: params must be nn.seq parameters (create them with nn.seq.init)`);
    const { x, targets, mask } = batch;
    const pooling = params.spec.pooling;
    const perStep = pooling === 'none' || pooling === 'cummean';
    checkTensor(where, 'batch.x', x);
    if (params.spec.encoder === 'embedding') {
        expectShape(where, 'batch.x', x.shape, ['B', 'T'], [null, null], ' (i32 token ids for the embedding encoder)');
        if (x.dtype !== 'i32')
            throw new Error(`${where}: batch.x must hold i32 token ids for the embedding encoder, got ${x.dtype}${fmt(x.shape)}`);
    }
    else {
        expectShape(where, 'batch.x', x.shape, ['B', 'T', 'dInput'], [null, null, params.encoder.w.shape[0]], ' (dInput from the encoder)');
    }
    const [B, T] = x.shape;
    const outputs = perStep ? `per-step outputs (pooling '${pooling}')` : `one output per sequence (pooling '${pooling}')`;
    if (mask !== undefined) {
        checkTensor(where, 'batch.mask', mask);
        if (!perStep)
            throw new Error(`${where}: batch.mask needs per-step outputs (pooling 'none' or 'cummean'); this model pools with '${pooling}'`);
        expectShape(where, 'batch.mask', mask.shape, ['B', 'T'], [B, T]);
    }
    checkTensor(where, 'batch.targets', targets);
    if (loss === 'xent') {
        if (perStep)
            expectShape(where, 'batch.targets', targets.shape, ['B', 'T'], [B, T], ` (i32 class ids: loss 'xent', ${outputs})`);
        else
            expectShape(where, 'batch.targets', targets.shape, ['B'], [B], ` (i32 class ids: loss 'xent', ${outputs})`);
        if (targets.dtype !== 'i32')
            throw new Error(`${where}: loss 'xent' needs i32 class ids as batch.targets, got ${targets.dtype}${fmt(targets.shape)}`);
    }
    else {
        const dOutput = params.decoder.w.shape[1];
        if (perStep)
            expectShape(where, 'batch.targets', targets.shape, ['B', 'T', 'dOutput'], [B, T, dOutput], ` (loss '${loss}', ${outputs})`);
        else
            expectShape(where, 'batch.targets', targets.shape, ['B', 'dOutput'], [B, dOutput], ` (loss '${loss}', ${outputs})`);
    }
}
//# sourceMappingURL=batch.js.map