/**
 * What the two P5 experiments (`align-barrier`, `align-init`) share: MNIST / Fashion-MNIST
 * normalised with (0.1307, 0.3081) as the authors, the two networks (nn.mlp with bias-free
 * ReLU layers and Kaiming-normal weights; nn.simpleCnn '64-64-avg-128-128'), AdamW training with
 * PyTorch's default weight decay 0.01 made explicit, evaluation (test accuracy and loss, batch-norm
 * statistics recomputed on training images first) and the alignment of one network with another.
 */
import { learn, logsumexp, nn, oneHot, optim, random, tasks, tensor, valueAndGrad } from '../../index.js';
export const ALIGN_DATASETS = ['mnist', 'fashion'];
export const ALIGN_NETS = ['mlp', 'cnn'];
export const ALIGN_METHODS = ['activation', 'weight'];
export function defaultAlignSetup() {
    return {
        net: 'mlp',
        mlp: { width: 1000, depth: 1 },
        cnn: { arch: '64-64-avg-128-128', batchNorm: false },
        train: { updates: 6000, batchSize: 100, lr: 1e-3, weightDecay: 0.01 },
        data: { trainLimit: 0, testLimit: 0, matchSamples: 10000, bnSamples: 2000 },
        method: 'activation',
    };
}
export const alignSetupRanges = {
    net: { oneOf: ALIGN_NETS },
    mlp: { width: { integer: true, min: 1, max: 16384 }, depth: { integer: true, min: 1, max: 16 } },
    cnn: { arch: { oneOf: ['64-64-avg-128-128', '32-32-avg-64-64', '16-16-avg-32-32', '16-avg-32', '8-avg-16'] } },
    train: {
        updates: { integer: true, min: 1, max: 1_000_000 },
        batchSize: { integer: true, min: 1, max: 60000 },
        lr: { min: 0, max: 10 },
        weightDecay: { min: 0, max: 10 },
    },
    data: {
        trainLimit: { integer: true, min: 0, max: 60000 },
        testLimit: { integer: true, min: 0, max: 10000 },
        matchSamples: { integer: true, min: 1, max: 60000 },
        bnSamples: { integer: true, min: 1, max: 60000 },
    },
    method: { oneOf: ALIGN_METHODS },
};
/** Problems across settings: batches and matched images within the training images. */
export function alignSetupProblems(c) {
    const n = c.data.trainLimit || 60000;
    const out = [];
    if (c.train.batchSize > n)
        out.push(`train.batchSize (${c.train.batchSize}) exceeds the ${n} training images`);
    if (c.data.matchSamples > n)
        out.push(`data.matchSamples (${c.data.matchSamples}) exceeds the ${n} training images`);
    if (c.data.bnSamples > n)
        out.push(`data.bnSamples (${c.data.bnSamples}) exceeds the ${n} training images`);
    return out;
}
export function alignData(dataset, split, limit, net) {
    const m = dataset === 'mnist' ? tasks.loadMnist(split) : tasks.loadFashionMnist(split);
    // Fashion-MNIST is stored class by class: a limit takes an evenly spread subset instead of the first classes
    const count = m.images.count;
    const size = limit > 0 ? Math.min(limit, count) : count;
    const order = random.permutation(random.key(dataset === 'mnist' ? 1 : 2), count).dataSync();
    const pick = (i) => (size === count ? i : order[i]);
    const px = m.images.pixels;
    const batch = (idx) => {
        const data = new Float32Array(idx.length * 784);
        const labels = new Int32Array(idx.length);
        idx.forEach((i, b) => {
            const s = pick(i);
            for (let k = 0; k < 784; k++)
                data[b * 784 + k] = (px[s * 784 + k] / 255 - 0.1307) / 0.3081;
            labels[b] = m.labels[s];
        });
        return { x: tensor(data, { shape: net === 'mlp' ? [idx.length, 784] : [idx.length, 1, 28, 28] }), labels };
    };
    return {
        size,
        batch,
        chunks(n, chunk) {
            const out = [];
            const N = Math.min(n, size);
            for (let i = 0; i < N; i += chunk)
                out.push(batch(Int32Array.from({ length: Math.min(chunk, N - i) }, (_, k) => i + k)));
            return out;
        },
    };
}
/** A fresh network of the configured kind. */
export function initNet(key, c) {
    if (c.net === 'cnn')
        return nn.simpleCnn.init(key, { cIn: 1, arch: c.cnn.arch, nClasses: 10, batchNorm: c.cnn.batchNorm, bias: false });
    return nn.mlp.init(key, {
        dIn: 784,
        hidden: Array.from({ length: c.mlp.depth }, () => c.mlp.width),
        dOut: 10,
        activation: 'relu',
        bias: false,
        init: 'he',
        distribution: 'normal',
    });
}
/** Logits; a conv net with batch norm uses `stats`, or batch statistics when absent (training). */
export function logitsOf(p, x, stats) {
    if (p.kind === 'simpleCnn') {
        const cnn = p;
        return nn.simpleCnn.apply(cnn, x, stats !== undefined && stats.length > 0 ? { stats } : { train: true });
    }
    return nn.mlp.apply(p, x);
}
/** Mean cross-entropy of logits [B, 10] against labels. */
export function crossEntropy(logits, labels) {
    const y = oneHot(tensor(labels, { dtype: 'i32' }), 10);
    return logsumexp(logits, -1).sum().sub(logits.mul(y).sum()).div(labels.length);
}
/**
 * Train from `init` with AdamW (weight decay `train.weightDecay`, PyTorch's default 0.01 in the
 * authors' code) on batches drawn from `orderKey` (a fresh shuffle per epoch), keeping the
 * parameters after each update count in `snapshots`.
 */
export async function trainNet(init, orderKey, data, c, snapshots, report) {
    const opt = optim.adamw(c.train.lr, { weightDecay: c.train.weightDecay });
    const asTree = (p) => p;
    let params = init;
    let state = opt.init(asTree(params));
    const perEpoch = Math.floor(data.size / c.train.batchSize);
    let order = new Int32Array(0);
    const kept = new Map();
    if (snapshots.includes(0))
        kept.set(0, init);
    const lossAndGrad = valueAndGrad((p, x, labels) => crossEntropy(logitsOf(p, x), labels));
    for (let step = 0; step < c.train.updates; step++) {
        if (step % perEpoch === 0)
            order = tasks.epochOrder(random.foldIn(orderKey, step / perEpoch), data.size);
        const b = data.batch(tasks.batchIndices(order, step % perEpoch, c.train.batchSize));
        const [loss, grads] = lossAndGrad(params, b.x, b.labels);
        const [updates, next] = opt.update(asTree(grads), state, asTree(params));
        state = next;
        params = optim.applyUpdates(params, updates);
        if (snapshots.includes(step + 1))
            kept.set(step + 1, params);
        await report(step, step % 50 === 0 || step === c.train.updates - 1 ? loss.item() : NaN);
    }
    return { snapshots: kept, final: params };
}
/** Test accuracy and mean loss of a network; batch-norm statistics recomputed on `bnData` first. */
export function evaluate(p, test, bnData) {
    const stats = p.kind === 'simpleCnn' && p.convs.some((l) => l.norm !== undefined)
        ? learn.align.recomputeBatchNormStats(p, bnData)
        : undefined;
    let right = 0;
    let loss = 0;
    let n = 0;
    const logits = [];
    for (const b of test) {
        const z = logitsOf(p, b.x, stats ?? []);
        logits.push(z);
        const pred = z.argmax(-1).dataSync();
        for (let i = 0; i < b.labels.length; i++)
            if (pred[i] === b.labels[i])
                right++;
        loss += crossEntropy(z, b.labels).item() * b.labels.length;
        n += b.labels.length;
    }
    return { acc: right / n, loss: loss / n, logits };
}
/** The permutations aligning B with A, by the configured method, on `xs` (activation matching). */
export function alignPerms(c, a, b, xs) {
    if (c.method === 'weight')
        return learn.align.weightMatching(a, b).perms;
    return learn.align.activationMatching((p, x) => learn.align.features(p, x), a, b, xs);
}
/** Bytes for two networks, their AdamW moments and snapshots, the data and the test logits. */
export function estimateAlignBytes(c, snapshots) {
    const params = c.net === 'mlp' ? 784 * c.mlp.width + (c.mlp.depth - 1) * c.mlp.width * c.mlp.width + 10 * c.mlp.width : 9 * 128 * 128 * 4 + 10 * 128;
    const acts = c.net === 'mlp' ? c.train.batchSize * c.mlp.width * c.mlp.depth * 4 : c.train.batchSize * 64 * 28 * 28 * 8;
    const matchActs = c.net === 'mlp' ? c.mlp.width * c.mlp.width * 3 : 500 * 64 * 28 * 28 * 4;
    return 4 * ((8 + 2 * snapshots) * params + 4 * acts + matchActs) + 2 * 70000 * 800 + 64 * 1024 * 1024;
}
/** Per-update progress over several trainings. */
export function progressOver(ctx, total) {
    return (offset) => async (step, loss) => {
        if (Number.isFinite(loss))
            ctx.log(offset + step, { loss });
        await ctx.progress(offset + step + 1, total);
    };
}
//# sourceMappingURL=common.js.map