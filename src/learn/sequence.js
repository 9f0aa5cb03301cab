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
import { detach } from '../core/tensor.js';
import { gru } from '../nn/recurrent/gru.js';
import { linearRnn } from '../nn/recurrent/linear-rnn.js';
import { lru } from '../nn/recurrent/lru.js';
import { alignmentTerms, readAlignment } from './alignment.js';
import { checkBatch } from './batch.js';
import { LOSS_KINDS, lossTerms, unitsPerStep } from './loss.js';
import { checkModeFor, initialOnlineState, layerKind, onlineLayerStep, resolveParams } from './modes.js';
import { atStep, onlineLoop } from './online-loop.js';
// ---------------------------------------------------------------------------------------------
// the online mixer that nn.seq.step runs in place of the model's mixer
/** The mixers with their own online rules, by the static kind of their parameters. */
const KNOWN = { lru, linearRnn, gru };
/** The step of each mode of `layer` (modes.ts), on the online state made for that mode. */
function onlineMixerStep(layer) {
    return (p, s, u, options) => onlineLayerStep(layer, p, s, u, options);
}
const ONLINE_STEPS = Object.fromEntries(Object.entries(KNOWN).map(([name, layer]) => [name, onlineMixerStep(layer)]));
/** The static kind of the blocks' mixer ('none' without blocks). */
function mixerKindOf(params) {
    return params.blocks.length === 0 ? 'none' : String(params.blocks[0].mixer.kind);
}
/**
 * `model.step` with every block's mixer step replaced by `mixerStep` (null: the model's own
 * mixer): (params, state, x_t) -> [state, y_t].
 */
function modelStep(model, options, mixerStep) {
    const runOptions = mixerStep === null ? options : { ...options, mixerStep };
    return (params, state, xT) => model.step(params, state, xT, runOptions);
}
function prepare(params, batch, loss) {
    const where = 'learn.sequenceGradients';
    if (!LOSS_KINDS.includes(loss))
        throw new Error(`${where}: unknown loss '${String(loss)}' (valid: ${LOSS_KINDS.join(', ')})`);
    checkBatch(where, params, batch, loss);
    const { x, mask } = batch;
    const [B, T] = x.shape;
    const pooling = params.spec.pooling;
    const perStep = pooling === 'none' || pooling === 'cummean';
    const units = unitsPerStep(loss, params.decoder.w.shape[1]);
    const dtype = params.decoder.w.dtype;
    const count = mask === undefined ? full([], perStep ? B * T * units : B * units, { dtype, device: x.device }) : mul(sum(cast(mask, dtype)), units);
    let counted = (t) => perStep || t === T - 1;
    if (mask !== undefined && mask.device === 'cpu') {
        const m = mask.dataSync();
        const any = new Array(T).fill(false);
        for (let b = 0; b < B; b++)
            for (let t = 0; t < T; t++)
                if (m[b * T + t] !== 0)
                    any[t] = true;
        counted = (t) => any[t];
    }
    return { B, T, perStep, units, count, mask: mask ?? null, counted };
}
const NO_TOTALS = { loss: null, correct: null, sq: null };
/** `m` with a loss value and its counters added. */
function addTotals(m, loss, terms) {
    const plus = (a, b) => (b === null ? a : a === null ? detach(b) : add(a, detach(b)));
    return { loss: plus(m.loss, loss), correct: plus(m.correct, terms.correct), sq: plus(m.sq, terms.squaredError) };
}
/** [loss, Σ correct, Σ squared error, count] as one tensor, read once at the end. */
function summaryOf(m, count) {
    const z = zerosLike(count);
    return stack([m.loss ?? z, m.correct ?? z, m.sq ?? z, count]);
}
/** The numbers of `summaryOf`: loss and metrics. */
function readSummary(kind, v) {
    const [loss, correct, sq, n] = [v[0], v[1], v[2], v[3]];
    if (kind === 'mse')
        return { loss, metrics: { accuracy: NaN, mse: n === 0 ? 0 : sq / n } };
    return { loss, metrics: { accuracy: n === 0 ? 0 : correct / n } };
}
/** count as a divisor (an empty mask gives loss 0, not NaN): max(count, 1), count being an integer. */
function divisor(count) {
    return maximum(count, 1);
}
// ---------------------------------------------------------------------------------------------
// BPTT
function bpttGradients(model, params, batch, options, prep) {
    const n = divisor(prep.count);
    const f = (p) => {
        const y = model.apply(p, batch.x, { key: options.key, train: trainOf(options), mixer: options.mixer });
        const terms = lossTerms(options.loss, y, batch.targets, prep.mask);
        return [div(terms.sum, n), terms];
    };
    const [[loss, terms], grads] = valueAndGrad(f, { hasAux: true })(params);
    return { grads, summary: summaryOf(addTotals(NO_TOTALS, loss, terms), prep.count) };
}
function trainOf(o) {
    return o.train ?? o.key !== undefined;
}
// ---------------------------------------------------------------------------------------------
// online modes
function onlineGradients(model, params, batch, options, prep) {
    const where = 'learn.sequenceGradients';
    const { spec } = params;
    if (!prep.perStep && spec.pooling !== 'last') {
        throw new Error(`${where}: mode '${options.mode}' cannot train through pooling '${spec.pooling}': the pooled readout mixes every step's output, so no step's loss (and no per-step error δ_t) is known before the sequence ends; online modes allow pooling 'none' (per-step outputs) or 'last', or use mode 'bptt'`);
    }
    if (spec.pooling === 'cummean') {
        throw new Error(`${where}: mode '${options.mode}' cannot train through pooling 'cummean': step t's readout averages the outputs of all earlier steps, so its error reaches back in time, which the online rules do not follow; online modes allow pooling 'none' (per-step outputs) or 'last', or use mode 'bptt'`);
    }
    const mixerName = mixerKindOf(params);
    const layer = KNOWN[mixerName];
    const kind = layer === undefined ? 'other' : layerKind(layer);
    checkModeFor(where, options.mode, kind, mixerName);
    const { B, T } = prep;
    // every mode but the generic 'truncated1' runs its own step in place of the mixer
    const mixerStep = layer === undefined ? null : ONLINE_STEPS[mixerName];
    const step = modelStep(model, { key: options.key, train: trainOf(options), mixer: options.mixer }, mixerStep);
    const sumZero = zeros([B, params.decoder.w.shape[0]], { dtype: params.decoder.w.dtype, device: params.decoder.w.device });
    const n = divisor(prep.count);
    // the parameters the steps differentiate: λ, γ resolved once per batch for the LRU
    const resolve = (p) => ({ ...p, blocks: p.blocks.map((b) => ({ ...b, mixer: resolveParams(kind, options.mode, b.mixer) })) });
    const { grads, tallies } = onlineLoop(params, resolve, (resolved) => ({
        length: T,
        initial: {
            mixers: layer !== undefined ? resolved.blocks.map((b) => initialOnlineState(layer, kind, options.mode, b.mixer, B)) : model.initialState(params, [B]).mixers,
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
export function sequenceGradients(model, params, batch, options) {
    const raw = compute(model, params, batch, options);
    const out = { ...readSummary(options.loss, raw.summary.dataSync()), grads: raw.grads };
    if (raw.alignment !== undefined)
        out.alignment = readAlignment(raw.alignment.dataSync());
    return out;
}
/**
 * `sequenceGradients` for any device: the same computation, with the loss, metrics and
 * alignment read back asynchronously (`await t.data()`), as WebGPU requires.
 */
export async function sequenceGradientsAsync(model, params, batch, options) {
    return readSequenceGradients(compute(model, params, batch, options), options.loss);
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
export function sequenceGradientsUnread(model, params, batch, options) {
    return compute(model, params, batch, options);
}
/** Loss, metrics and alignment of `sequenceGradientsUnread`'s result, read asynchronously (any device). */
export async function readSequenceGradients(raw, loss) {
    const out = { ...readSummary(loss, await raw.summary.data()), grads: raw.grads };
    if (raw.alignment !== undefined)
        out.alignment = readAlignment(await raw.alignment.data());
    return out;
}
function compute(model, params, batch, options) {
    const prep = prepare(params, batch, options.loss);
    const raw = options.mode === 'bptt' ? bpttGradients(model, params, batch, options, prep) : onlineGradients(model, params, batch, options, prep);
    if (options.alignment !== true)
        return raw;
    const exact = options.mode === 'bptt' ? raw.grads : bpttGradients(model, params, batch, options, prep).grads;
    return { ...raw, alignment: alignmentTerms(raw.grads, exact, model.labels(exact)) };
}
//# sourceMappingURL=sequence.js.map