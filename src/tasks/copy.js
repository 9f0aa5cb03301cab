/**
 * The copy task of PAPERS.md P4 (online learning of long-range dependencies).
 *
 * A sequence shows a pattern of `patternLength` steps of `bits` independent Bernoulli(½) bits,
 * then `blanks` empty steps, then a go token on an extra input channel, then `patternLength`
 * recall steps during which the model must output the pattern again, step by step:
 *
 *   step t            0 … P−1        P … P+K−1     P+K         P+K+1 … 2P+K
 *   input bits        pattern[t]     0             0           0
 *   input go channel  0              0             1           0
 *   target            —              —             —           pattern[t − (P+K+1)]
 *
 * so T = 2P + K + 1 and every bit is recalled exactly `delay = P + K + 1` steps after it was
 * shown. The paper's set-up (P4): 7 bits, P = 20, K = 7 → T = 48, delay 28, 8 inputs, 7 outputs.
 * The loss is the per-step sigmoid cross-entropy of the bits, masked to the recall window; the
 * score is the per-bit accuracy over the recall window (chance: 0.5).
 *
 * Everything is deterministic from an explicit key (looplab's counter-based `random`): a split
 * is a fixed set of patterns drawn once, and batches are gathered from it by index.
 */
import { tensor } from '../core/creation.js';
import * as random from '../core/random.js';
import { expectShape } from '../core/shape.js';
import { Tensor } from '../core/tensor.js';
/** The paper's copy task (P4): 7 bits, pattern of 20 steps, 7 blanks (T = 48, delay 28). */
export function paperCopyTask() {
    return { bits: 7, patternLength: 20, blanks: 7 };
}
/** Checks the sizes; throws naming the bad field. */
export function checkCopyTask(c) {
    const int = (name, min) => {
        const v = c[name];
        if (!Number.isInteger(v) || v < min)
            throw new Error(`tasks.copy: ${name} must be an integer ≥ ${min}, got ${v}`);
    };
    int('bits', 1);
    int('patternLength', 1);
    int('blanks', 0);
}
export function copyTaskShape(c) {
    checkCopyTask(c);
    const recallStart = c.patternLength + c.blanks + 1;
    return { steps: recallStart + c.patternLength, dInput: c.bits + 1, dOutput: c.bits, delay: recallStart, recallStart };
}
/** `size` patterns drawn from `key` (Bernoulli(½) bits). */
export function copySplit(key, config, size) {
    checkCopyTask(config);
    if (!Number.isInteger(size) || size < 0)
        throw new Error(`tasks.copy: split size must be an integer ≥ 0, got ${size}`);
    const shape = [size, config.patternLength, config.bits];
    // Drawn on the host (the same bits on every device) and kept there: batches are built from them.
    const patterns = Uint8Array.from(random.bernoulli(key, 0.5, shape, { device: 'cpu' }).dataSync());
    return { config, size, patterns };
}
/**
 * Train, validation and test splits from one key (each split from its own subkey, so changing
 * the training size leaves the test set unchanged).
 */
export function copySplits(key, config, sizes = { train: 20000, val: 1000, test: 1000 }) {
    const [kTrain, kVal, kTest] = random.split(key, 3);
    return { train: copySplit(kTrain, config, sizes.train), val: copySplit(kVal, config, sizes.val), test: copySplit(kTest, config, sizes.test) };
}
/** The batch of examples `indices` of `split` (float32 by default). */
export function copyBatch(split, indices, dtype = 'f32') {
    const where = 'tasks.copyBatch';
    if (typeof split !== 'object' || split === null || !(split.patterns instanceof Uint8Array))
        throw new Error(`${where}: split must be a CopySplit (from tasks.copySplit or tasks.copySplits), got ${split === null ? 'null' : typeof split}`);
    checkIndices(where, indices);
    if (dtype !== 'f32' && dtype !== 'f64')
        throw new Error(`${where}: dtype must be 'f32' or 'f64', got '${String(dtype)}'`);
    const { bits, patternLength: P } = split.config;
    const { steps: T, dInput, recallStart } = copyTaskShape(split.config);
    const B = indices.length;
    const Arr = dtype === 'f64' ? Float64Array : Float32Array;
    const x = new Arr(B * T * dInput);
    const y = new Arr(B * T * bits);
    const m = new Arr(B * T);
    for (let n = 0; n < B; n++) {
        const i = indices[n];
        if (!Number.isInteger(i) || i < 0 || i >= split.size)
            throw new Error(`${where}: index ${i} out of range for a split of ${split.size}`);
        for (let t = 0; t < P; t++) {
            for (let b = 0; b < bits; b++) {
                const v = split.patterns[(i * P + t) * bits + b];
                x[(n * T + t) * dInput + b] = v; // the pattern is shown at step t …
                y[(n * T + recallStart + t) * bits + b] = v; // … and recalled `delay` steps later
            }
            m[n * T + recallStart + t] = 1;
        }
        x[(n * T + recallStart - 1) * dInput + bits] = 1; // the go token, one step before the recall
    }
    return {
        x: tensor(x, { shape: [B, T, dInput] }),
        targets: tensor(y, { shape: [B, T, bits] }),
        mask: tensor(m, { shape: [B, T] }),
    };
}
/**
 * Per-bit accuracy over the recall window: the fraction of (example, recall step, bit) whose
 * logit has the sign of the target (logit > 0 ⇔ predicted 1). `logits: [B, T, bits]`.
 */
export function copyBitAccuracy(logits, batch) {
    if (!(logits instanceof Tensor))
        throw new Error(`tasks.copyBitAccuracy: logits must be a Tensor [B, T, bits], got ${typeof logits}`);
    const [B, T, bits] = batch.targets.shape;
    expectShape('tasks.copyBitAccuracy', 'logits', logits.shape, ['B', 'T', 'bits'], [B, T, bits], ' (the shape of batch.targets)');
    const z = logits.dataSync();
    const y = batch.targets.dataSync();
    const m = batch.mask.dataSync();
    let right = 0;
    let total = 0;
    for (let s = 0; s < B * T; s++) {
        if (m[s] === 0)
            continue;
        for (let b = 0; b < bits; b++) {
            const k = s * bits + b;
            if ((z[k] > 0 ? 1 : 0) === y[k])
                right++;
            total++;
        }
    }
    return total === 0 ? NaN : right / total;
}
/**
 * The order in which an epoch visits `n` examples: a permutation drawn from `key` (pass
 * `random.foldIn(dataKey, epoch)` so that the order is a pure function of (seed, epoch)).
 */
export function epochOrder(key, n) {
    if (!Number.isInteger(n) || n < 0)
        throw new Error(`tasks.epochOrder: n must be an integer ≥ 0 (the number of examples), got ${n}`);
    return Int32Array.from(random.permutation(key, n, 0, { device: 'cpu' }).dataSync());
}
/**
 * Indices of batch `b` of an epoch visiting `order`; the last, partial batch is dropped
 * (`batchesPerEpoch = floor(n / batchSize)`).
 */
export function batchIndices(order, b, batchSize) {
    if (!Number.isInteger(batchSize) || batchSize < 1)
        throw new Error(`tasks.batchIndices: batchSize must be an integer ≥ 1, got ${batchSize}`);
    const nb = Math.floor(order.length / batchSize);
    if (!Number.isInteger(b) || b < 0 || b >= nb)
        throw new Error(`tasks.batchIndices: batch ${b} out of range (${nb} batches of ${batchSize} in ${order.length} examples)`);
    return order.subarray(b * batchSize, (b + 1) * batchSize);
}
/** Raise unless `indices` is an array (or typed array) of example indices. */
export function checkIndices(where, indices) {
    if (!Array.isArray(indices) && !(ArrayBuffer.isView(indices) && !(indices instanceof DataView)))
        throw new Error(`${where}: indices must be an array of example indices, got ${indices === null ? 'null' : typeof indices}`);
}
//# sourceMappingURL=copy.js.map