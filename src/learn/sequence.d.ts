import type { Key } from '../core/random.js';
import type { Tensor } from '../core/tensor.js';
import type { SeqLayer, SeqParams } from '../nn/seq.js';
import type { GradientAlignment } from './alignment.js';
import type { SequenceLossKind } from './loss.js';
import type { GradientMode } from './modes.js';
export interface SequenceBatch {
    /** [B, T, dInput] floats (or [B, T] i32 ids with an 'embedding' encoder). */
    x: Tensor;
    /**
     * 'xent': i32 class ids, [B, T] with per-step outputs (pooling 'none'/'cummean'), [B] with
     * pooling 'last'/'mean'; 'bce' (independent bits, sigmoid cross-entropy): {0, 1} floats
     * [B, T, dOutput] / [B, dOutput]; 'mse': floats [B, T, dOutput] / [B, dOutput].
     */
    targets: Tensor;
    /** [B, T] float, 1 where a step's loss counts (per-step outputs only). */
    mask?: Tensor;
}
export interface SequenceGradientOptions {
    mode: GradientMode;
    loss: SequenceLossKind;
    /** Dropout key (train mode); no key -> no dropout. */
    key?: Key;
    /** Training mode (dropout on); default true when a key is given. */
    train?: boolean;
    /** Also compute BPTT and return the per-layer alignment of the estimate with it. */
    alignment?: boolean;
    /** Options passed to every mixer call (per-call inputs, e.g. an attention mask). */
    mixer?: unknown;
}
export interface SequenceGradients<P> {
    /** The mean loss over the counted entries of the batch. */
    loss: number;
    /** The gradient (BPTT) or its estimate (online modes), shaped like the parameters. */
    grads: P;
    /**
     * 'xent': class accuracy; 'bce': per-bit accuracy (logit > 0 <-> bit 1); 'mse': `mse` (the mean
     * squared error) and accuracy NaN. Means over the counted entries.
     */
    metrics: {
        accuracy: number;
    } & Record<string, number>;
    /** With `alignment: true`: per block, the estimate of its recurrent parameters' gradient vs BPTT. */
    alignment?: GradientAlignment;
}
/**
 * Loss, gradients (or their online estimate) and metrics of `model` (`nn.seq`) with `params` on
 * one batch. `options.mode` picks the rule (see `GradientMode`); online modes need pooling 'none'
 * or 'last' and a mixer that supports the mode (nn.lru: all; nn.linearRnn, nn.gru: 'snap1',
 * 'truncated1'; other mixers with `step`: 'truncated1'), and raise saying so otherwise.
 *
 * The loss is the mean over counted entries: per-step outputs count (step, unit) entries where
 * `batch.mask` is 1 (all steps without a mask); pooled outputs count each sequence once.
 *
 * @example
 *   const { loss, grads } = learn.sequenceGradients(nn.seq, params, { x, targets, mask }, { mode: 'online', loss: 'bce' });
 */
export declare function sequenceGradients<P extends SeqParams>(model: SeqLayer, params: P, batch: SequenceBatch, options: SequenceGradientOptions): SequenceGradients<P>;
/**
 * `sequenceGradients` for any device: the same computation, with the loss, metrics and
 * alignment read back asynchronously (`await t.data()`), as WebGPU requires.
 */
export declare function sequenceGradientsAsync<P extends SeqParams>(model: SeqLayer, params: P, batch: SequenceBatch, options: SequenceGradientOptions): Promise<SequenceGradients<P>>;
/** What `sequenceGradientsUnread` returns: gradients, and the numbers still on the device. */
export interface UnreadSequenceGradients<P> {
    grads: P;
    /** [loss, Σ correct, Σ squared error, count]. */
    summary: Tensor;
    /** With `alignment: true`: per block, [‖estimate‖², ‖exact‖², ⟨estimate, exact⟩]. */
    alignment?: Tensor;
}
/**
 * `sequenceGradients` without reading anything back, for a training step inside `scope` (whose
 * function is synchronous) on WebGPU: return the result's tensors from the scope, then read
 * them with {@link readSequenceGradients}.
 *
 * @example
 *   const raw = scope(() => learn.sequenceGradientsUnread(nn.seq, params, batch, options));
 *   const { loss, metrics } = await learn.readSequenceGradients(raw, options.loss);
 */
export declare function sequenceGradientsUnread<P extends SeqParams>(model: SeqLayer, params: P, batch: SequenceBatch, options: SequenceGradientOptions): UnreadSequenceGradients<P>;
/** Loss, metrics and alignment of `sequenceGradientsUnread`'s result, read asynchronously (any device). */
export declare function readSequenceGradients<P>(raw: UnreadSequenceGradients<P>, loss: SequenceLossKind): Promise<SequenceGradients<P>>;
