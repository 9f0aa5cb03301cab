/**
 * `learn.sequenceGradients`: the loss, gradients and metrics of an `nn.seq` model on one batch of
 * sequences, by BPTT or by one of the online rules of PAPERS.md P4 (see modes.ts).
 *
 * Online modes run the model one time step at a time with `nn.seq.step`, the mixers replaced by
 * their online steps (traces carried forward, reset at the sequence start; h_{t−1} a constant, so
 * backprop at step t crosses the layers of step t only), in the loop of online-loop.ts (shared
 * with `learn.layerGradients`): at every step with a loss, the gradient of that step's loss L_t
 * with respect to all parameters is step t's estimate; the estimates are summed over t
 * (parameters are updated once per batch, by the caller). Live memory: the states and traces of
 * one step — nothing grows with T.
 */
import { stopGradient, valueAndGrad } from '../core/autodiff.js';
import { full, zeros, zerosLike } from '../core/creation.js';
import { add, cast, div, maximum, mul } from '../core/ops/elementwise.js';
import { stack } from '../core/ops/movement.js';
import { sum } from '../core/ops/reduce.js';
import type { Key } from '../core/random.js';
import { detach } from '../core/tensor.js';
import type { Tensor } from '../core/tensor.js';
import type { AnySequenceLayer, MixerStep, SeqLayer, SeqOptions, SeqParams, SeqState } from '../nn/seq.js';
import { gru } from '../nn/recurrent/gru.js';
import { linearRnn } from '../nn/recurrent/linear-rnn.js';
import { lru } from '../nn/recurrent/lru.js';
import { alignmentTerms, readAlignment } from './alignment.js';
import { checkBatch } from './batch.js';
import type { GradientAlignment } from './alignment.js';
import type { LossTerms, SequenceLossKind } from './loss.js';
import { LOSS_KINDS, lossTerms, unitsPerStep } from './loss.js';
import type { GradientMode, OnlineLayerKind, OnlineLayerState } from './modes.js';
import { checkModeFor, initialOnlineState, layerKind, onlineLayerStep, resolveParams } from './modes.js';
import type { OnlineSteps } from './online-loop.js';
import { atStep, onlineLoop } from './online-loop.js';

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
  metrics: { accuracy: number } & Record<string, number>;
  /** With `alignment: true`: per block, the estimate of its recurrent parameters' gradient vs BPTT. */
  alignment?: GradientAlignment;
}

// ---------------------------------------------------------------------------------------------
// the online mixer that nn.seq.step runs in place of the model's mixer

/** The mixers with their own online rules, by the static kind of their parameters. */
const KNOWN: Record<string, AnySequenceLayer> = { lru, linearRnn, gru };

/** The step of each mode of `layer` (modes.ts), on the online state made for that mode. */
function onlineMixerStep(layer: AnySequenceLayer): MixerStep {
  return (p, s, u, options) => onlineLayerStep(layer, p, s as OnlineLayerState, u, options);
}
const ONLINE_STEPS: Record<string, MixerStep> = Object.fromEntries(Object.entries(KNOWN).map(([name, layer]) => [name, onlineMixerStep(layer)]));

/** The static kind of the blocks' mixer ('none' without blocks). */
function mixerKindOf(params: SeqParams): string {
  return params.blocks.length === 0 ? 'none' : String((params.blocks[0].mixer as { kind?: unknown }).kind);
}

/**
 * `model.step` with every block's mixer step replaced by `mixerStep` (null: the model's own
 * mixer): (params, state, x_t) -> [state, y_t].
 */
function modelStep(model: SeqLayer, options: SeqOptions, mixerStep: MixerStep | null): (params: SeqParams, state: SeqState, xT: Tensor) => [SeqState, Tensor] {
  const runOptions: SeqOptions = mixerStep === null ? options : { ...options, mixerStep };
  return (params, state, xT) => model.step(params, state, xT, runOptions);
}

// ---------------------------------------------------------------------------------------------
// checks

interface Prepared {
  B: number;
  T: number;
  perStep: boolean;
  units: number;
  /** Σ mask × units (or B·T·units, or B·units for pooled outputs), a scalar tensor. */
  count: Tensor;
  mask: Tensor | null;
  /** Steps whose loss is counted at all (all steps when the mask is not on the CPU). */
  counted: (t: number) => boolean;
}

function prepare(params: SeqParams, batch: SequenceBatch, loss: SequenceLossKind): Prepared {
  const where = 'learn.sequenceGradients';
  if (!LOSS_KINDS.includes(loss)) throw new Error(`${where}: unknown loss '${String(loss)}' (valid: ${LOSS_KINDS.join(', ')})`);
  checkBatch(where, params, batch, loss);
  const { x, mask } = batch;
  const [B, T] = x.shape;
  const pooling = params.spec.pooling;
  const perStep = pooling === 'none' || pooling === 'cummean';
  const units = unitsPerStep(loss, params.decoder.w.shape[1]);
  const dtype = params.decoder.w.dtype;
  const count = mask === undefined ? full([], perStep ? B * T * units : B * units, { dtype, device: x.device }) : mul(sum(cast(mask, dtype)), units);
  let counted = (t: number): boolean => perStep || t === T - 1;
  if (mask !== undefined && mask.device === 'cpu') {
    const m = mask.dataSync();
    const any = new Array<boolean>(T).fill(false);
    for (let b = 0; b < B; b++) for (let t = 0; t < T; t++) if (m[b * T + t] !== 0) any[t] = true;
    counted = (t) => any[t];
  }
  return { B, T, perStep, units, count, mask: mask ?? null, counted };
}

// ---------------------------------------------------------------------------------------------
// metrics

/** Running sums of the loss and the metric counters (detached; null until a step adds one). */
interface Totals {
  readonly loss: Tensor | null;
  readonly correct: Tensor | null;
  readonly sq: Tensor | null;
}
const NO_TOTALS: Totals = { loss: null, correct: null, sq: null };

/** `m` with a loss value and its counters added. */
function addTotals(m: Totals, loss: Tensor, terms: LossTerms): Totals {
  const plus = (a: Tensor | null, b: Tensor | null): Tensor | null => (b === null ? a : a === null ? detach(b) : add(a, detach(b)));
  return { loss: plus(m.loss, loss), correct: plus(m.correct, terms.correct), sq: plus(m.sq, terms.squaredError) };
}

/** [loss, Σ correct, Σ squared error, count] as one tensor, read once at the end. */
function summaryOf(m: Totals, count: Tensor): Tensor {
  const z = zerosLike(count);
  return stack([m.loss ?? z, m.correct ?? z, m.sq ?? z, count]);
}

/** The numbers of `summaryOf`: loss and metrics. */
function readSummary(kind: SequenceLossKind, v: ArrayLike<number>): { loss: number; metrics: { accuracy: number } & Record<string, number> } {
  const [loss, correct, sq, n] = [v[0], v[1], v[2], v[3]];
  if (kind === 'mse') return { loss, metrics: { accuracy: NaN, mse: n === 0 ? 0 : sq / n } };
  return { loss, metrics: { accuracy: n === 0 ? 0 : correct / n } };
}

/** count as a divisor (an empty mask gives loss 0, not NaN): max(count, 1), count being an integer. */
function divisor(count: Tensor): Tensor {
  return maximum(count, 1);
}

/** What a gradient computation produces before anything is read back from the device. */
interface RawGradients<P> {
  grads: P;
  /** [loss, Σ correct, Σ squared error, count]. */
  summary: Tensor;
}

// ---------------------------------------------------------------------------------------------
// BPTT

function bpttGradients<P extends SeqParams>(
  model: SeqLayer,
  params: P,
  batch: SequenceBatch,
  options: SequenceGradientOptions,
  prep: Prepared,
): RawGradients<P> {
  const n = divisor(prep.count);
  const f = (p: P): readonly [Tensor, LossTerms] => {
    const y = model.apply(p, batch.x, { key: options.key, train: trainOf(options), mixer: options.mixer });
    const terms = lossTerms(options.loss, y, batch.targets, prep.mask);
    return [div(terms.sum, n), terms];
  };
  const [[loss, terms], grads] = valueAndGrad(f, { hasAux: true })(params);
  return { grads, summary: summaryOf(addTotals(NO_TOTALS, loss, terms), prep.count) };
}

function trainOf(o: SequenceGradientOptions): boolean {
  return o.train ?? o.key !== undefined;
}

// ---------------------------------------------------------------------------------------------
// online modes

function onlineGradients<P extends SeqParams>(
  model: SeqLayer,
  params: P,
  batch: SequenceBatch,
  options: SequenceGradientOptions,
  prep: Prepared,
): RawGradients<P> {
  const where = 'learn.sequenceGradients';
  const { spec } = params;
  if (!prep.perStep && spec.pooling !== 'last') {
    throw new Error(
      `${where}: mode '${options.mode}' cannot train through pooling '${spec.pooling}': the pooled readout mixes every step's output, so no step's loss (and no per-step error δ_t) is known before the sequence ends; online modes allow pooling 'none' (per-step outputs) or 'last', or use mode 'bptt'`,
    );
  }
  if (spec.pooling === 'cummean') {
    throw new Error(
      `${where}: mode '${options.mode}' cannot train through pooling 'cummean': step t's readout averages the outputs of all earlier steps, so its error reaches back in time, which the online rules do not follow; online modes allow pooling 'none' (per-step outputs) or 'last', or use mode 'bptt'`,
    );
  }
  const mixerName = mixerKindOf(params);
  const layer = KNOWN[mixerName] as AnySequenceLayer | undefined;
  const kind: OnlineLayerKind = layer === undefined ? 'other' : layerKind(layer);
  checkModeFor(where, options.mode, kind, mixerName);
  const { B, T } = prep;
  // every mode but the generic 'truncated1' runs its own step in place of the mixer
  const mixerStep = layer === undefined ? null : ONLINE_STEPS[mixerName];
  const step = modelStep(model, { key: options.key, train: trainOf(options), mixer: options.mixer }, mixerStep);
  const sumZero = zeros([B, params.decoder.w.shape[0]], { dtype: params.decoder.w.dtype, device: params.decoder.w.device });
  const n = divisor(prep.count);
  // the parameters the steps differentiate: λ, γ resolved once per batch for the LRU
  const resolve = (p: P): SeqParams => ({ ...p, blocks: p.blocks.map((b) => ({ ...b, mixer: resolveParams(kind, options.mode, b.mixer) })) });
  const { grads, tallies } = onlineLoop(params, resolve, (resolved): OnlineSteps<SeqParams, SeqState, LossTerms, Totals> => ({
    length: T,
    initial: {
      mixers:
        layer !== undefined ? resolved.blocks.map((b) => initialOnlineState(layer, kind, options.mode, b.mixer, B)) : model.initialState(params, [B]).mixers,
      sum: sumZero,
      t: 0,
    },
    step: (r, state, t) => {
      const [next, y] = step(r, state, atStep(batch.x, t));
      // the online steps return constant states; another mixer's state is cut here (h_{t−1} a constant)
      return [mixerStep === null ? { ...next, mixers: next.mixers.map((h) => stopGradient(h)) } : next, y];
    },
    counted: prep.counted,
    loss: (y, t) => {
      const terms = lossTerms(options.loss, y, prep.perStep ? atStep(batch.targets, t) : batch.targets, prep.mask === null ? null : atStep(prep.mask, t));
      return [div(terms.sum, n), terms];
    },
    tallies: NO_TOTALS,
    tally: addTotals,
  }));
  return { grads, summary: summaryOf(tallies, prep.count) };
}

// ---------------------------------------------------------------------------------------------
// the entry point

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
export function sequenceGradients<P extends SeqParams>(
  model: SeqLayer,
  params: P,
  batch: SequenceBatch,
  options: SequenceGradientOptions,
): SequenceGradients<P> {
  const raw = compute(model, params, batch, options);
  const out: SequenceGradients<P> = { ...readSummary(options.loss, raw.summary.dataSync()), grads: raw.grads };
  if (raw.alignment !== undefined) out.alignment = readAlignment(raw.alignment.dataSync());
  return out;
}

/**
 * `sequenceGradients` for any device: the same computation, with the loss, metrics and
 * alignment read back asynchronously (`await t.data()`), as WebGPU requires.
 */
export async function sequenceGradientsAsync<P extends SeqParams>(
  model: SeqLayer,
  params: P,
  batch: SequenceBatch,
  options: SequenceGradientOptions,
): Promise<SequenceGradients<P>> {
  return readSequenceGradients(compute(model, params, batch, options), options.loss);
}

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
export function sequenceGradientsUnread<P extends SeqParams>(
  model: SeqLayer,
  params: P,
  batch: SequenceBatch,
  options: SequenceGradientOptions,
): UnreadSequenceGradients<P> {
  return compute(model, params, batch, options);
}

/** Loss, metrics and alignment of `sequenceGradientsUnread`'s result, read asynchronously (any device). */
export async function readSequenceGradients<P>(raw: UnreadSequenceGradients<P>, loss: SequenceLossKind): Promise<SequenceGradients<P>> {
  const out: SequenceGradients<P> = { ...readSummary(loss, await raw.summary.data()), grads: raw.grads };
  if (raw.alignment !== undefined) out.alignment = readAlignment(await raw.alignment.data());
  return out;
}

function compute<P extends SeqParams>(
  model: SeqLayer,
  params: P,
  batch: SequenceBatch,
  options: SequenceGradientOptions,
): RawGradients<P> & { alignment?: Tensor } {
  const prep = prepare(params, batch, options.loss);
  const raw = options.mode === 'bptt' ? bpttGradients(model, params, batch, options, prep) : onlineGradients(model, params, batch, options, prep);
  if (options.alignment !== true) return raw;
  const exact = options.mode === 'bptt' ? raw.grads : bpttGradients(model, params, batch, options, prep).grads;
  return { ...raw, alignment: alignmentTerms(raw.grads, exact, model.labels(exact)) };
}
