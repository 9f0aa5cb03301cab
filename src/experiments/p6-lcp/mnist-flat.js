/**
 * MNIST as flat vectors for the equilibrium experiments (`lcp-mnist`, `eqprop-mnist`): x = pixel /
 * 255 in [0, 1] (torchvision's ToTensor, as the least-control authors), [B, 784] float32, and the
 * mean cross-entropy of logits against the labels.
 */
import { logsumexp, oneHot, optim, random, tasks, tensor } from '../../index.js';
/** The first `limit` images of a split (0: all). */
export function flatMnist(split, limit) {
    const m = tasks.loadMnist(split);
    const size = limit > 0 ? Math.min(limit, m.images.count) : m.images.count;
    const px = m.images.pixels;
    return {
        size,
        batch(idx) {
            const data = new Float32Array(idx.length * 784);
            const labels = new Int32Array(idx.length);
            idx.forEach((i, b) => {
                for (let k = 0; k < 784; k++)
                    data[b * 784 + k] = px[i * 784 + k] / 255;
                labels[b] = m.labels[i];
            });
            return { x: tensor(data, { shape: [idx.length, 784] }), labels };
        },
    };
}
/** Mean cross-entropy of logits [B, C] against integer labels. */
export function crossEntropy(labels, classes = 10) {
    const y = oneHot(tensor(labels, { dtype: 'i32' }), classes);
    return (logits) => logsumexp(logits, -1).sum().sub(logits.mul(y).sum()).div(labels.length);
}
/** Fraction of rows whose argmax equals the label. */
export function accuracyOf(logits, labels) {
    const pred = logits.argmax(-1).dataSync();
    let right = 0;
    for (let i = 0; i < labels.length; i++)
        if (pred[i] === labels[i])
            right++;
    return right / labels.length;
}
/** Accuracy over a whole split in chunks of 500 with `logitsOf`. */
export function splitAccuracy(data, logitsOf) {
    let right = 0;
    for (let i = 0; i < data.size; i += 500) {
        const idx = Int32Array.from({ length: Math.min(500, data.size - i) }, (_, k) => i + k);
        const b = data.batch(idx);
        right += accuracyOf(logitsOf(b.x), b.labels) * idx.length;
    }
    return right / data.size;
}
/** The epoch's order of examples and the indices of batch `step`. */
export function batchAt(key, size, batchSize) {
    const perEpoch = Math.floor(size / batchSize);
    let cached = -1;
    let order = new Int32Array(0);
    return (step) => {
        const epoch = Math.floor(step / perEpoch);
        if (epoch !== cached) {
            order = tasks.epochOrder(random.foldIn(key, epoch), size);
            cached = epoch;
        }
        return tasks.batchIndices(order, step % perEpoch, batchSize);
    };
}
/** Adam with cosine decay from lr to endFactor·lr over totalSteps, after global-norm clipping (0: none). */
export function adamCosine(lr, endFactor, totalSteps, clipNorm) {
    const schedule = optim.schedules.warmupCosine({ peak: lr, init: lr, warmupSteps: 0, totalSteps: Math.max(1, totalSteps), end: lr * endFactor });
    const adam = optim.adam(schedule);
    return clipNorm > 0 ? optim.chain(optim.clipByGlobalNorm(clipNorm), adam) : adam;
}
//# sourceMappingURL=mnist-flat.js.map