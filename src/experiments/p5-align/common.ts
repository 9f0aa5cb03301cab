/**
 * What the two P5 experiments (`align-barrier`, `align-init`) share: MNIST / Fashion-MNIST
 * normalised with (0.1307, 0.3081) as the authors, the two networks (nn.mlp with bias-free
 * ReLU layers and Kaiming-normal weights; nn.simpleCnn '64-64-avg-128-128'), AdamW training with
 * PyTorch's default weight decay 0.01 made explicit, evaluation (test accuracy and loss, batch-norm
 * statistics recomputed on training images first) and the alignment of one network with another.
 */
import { learn, logsumexp, nn, oneHot, optim, random, tasks, tensor, valueAndGrad } from '../../index.js';
import type { Key, Tensor, Tree } from '../../index.js';
import type { ConfigRanges } from '../runner/ranges.js';
import type { ConfigObject, RunContext } from '../runner/types.js';

export type AlignDataset = 'mnist' | 'fashion';
export const ALIGN_DATASETS: readonly AlignDataset[] = ['mnist', 'fashion'];
export type AlignNet = 'mlp' | 'cnn';
export const ALIGN_NETS: readonly AlignNet[] = ['mlp', 'cnn'];
export type AlignMethod = 'activation' | 'weight';
export const ALIGN_METHODS: readonly AlignMethod[] = ['activation', 'weight'];

/** The network and its training, shared by both experiments' configurations. */
export interface AlignSetup extends ConfigObject {
  /** 'mlp' (the paper's main network) or 'cnn' (the negative control). */
  readonly net: AlignNet;
  readonly mlp: { readonly width: number; readonly depth: number };
  readonly cnn: { readonly arch: string; readonly batchNorm: boolean };
  readonly train: { readonly updates: number; readonly batchSize: number; readonly lr: number; readonly weightDecay: number };
  readonly data: {
    /** Training images used (0: all 60 000). */
    readonly trainLimit: number;
    /** Test images evaluated (0: all 10 000). */
    readonly testLimit: number;
    /** Training images whose activations are matched (the authors: ~10 000). */
    readonly matchSamples: number;
    /** Training images the batch-norm statistics are recomputed on (conv net with batch norm). */
    readonly bnSamples: number;
  };
  /** 'activation' (the paper's) or 'weight' matching (Git Re-Basin). */
  readonly method: AlignMethod;
}

export function defaultAlignSetup(): AlignSetup {
  return {
    net: 'mlp',
    mlp: { width: 1000, depth: 1 },
    cnn: { arch: '64-64-avg-128-128', batchNorm: false },
    train: { updates: 6000, batchSize: 100, lr: 1e-3, weightDecay: 0.01 },
    data: { trainLimit: 0, testLimit: 0, matchSamples: 10000, bnSamples: 2000 },
    method: 'activation',
  };
}

export const alignSetupRanges: ConfigRanges<AlignSetup> = {
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
export function alignSetupProblems(c: AlignSetup): string[] {
  const n = c.data.trainLimit || 60000;
  const out: string[] = [];
  if (c.train.batchSize > n) out.push(`train.batchSize (${c.train.batchSize}) exceeds the ${n} training images`);
  if (c.data.matchSamples > n) out.push(`data.matchSamples (${c.data.matchSamples}) exceeds the ${n} training images`);
  if (c.data.bnSamples > n) out.push(`data.bnSamples (${c.data.bnSamples}) exceeds the ${n} training images`);
  return out;
}

/** A split as batches: x [B, 784] (MLP) or [B, 1, 28, 28] (CNN), normalised (x/255 − 0.1307)/0.3081. */
export interface AlignData {
  readonly size: number;
  batch(idx: Int32Array): { x: Tensor; labels: Int32Array };
  /** The first `n` examples in chunks of at most `chunk`. */
  chunks(n: number, chunk: number): { x: Tensor; labels: Int32Array }[];
}

export function alignData(dataset: AlignDataset, split: 'train' | 'test', limit: number, net: AlignNet): AlignData {
  const m = dataset === 'mnist' ? tasks.loadMnist(split) : tasks.loadFashionMnist(split);
  // Fashion-MNIST is stored class by class: a limit takes an evenly spread subset instead of the first classes
  const count = m.images.count;
  const size = limit > 0 ? Math.min(limit, count) : count;
  const order = random.permutation(random.key(dataset === 'mnist' ? 1 : 2), count).dataSync() as Int32Array;
  const pick = (i: number): number => (size === count ? i : order[i]);
  const px = m.images.pixels;
  const batch = (idx: Int32Array): { x: Tensor; labels: Int32Array } => {
    const data = new Float32Array(idx.length * 784);
    const labels = new Int32Array(idx.length);
    idx.forEach((i, b) => {
      const s = pick(i);
      for (let k = 0; k < 784; k++) data[b * 784 + k] = (px[s * 784 + k] / 255 - 0.1307) / 0.3081;
      labels[b] = m.labels[s];
    });
    return { x: tensor(data, { shape: net === 'mlp' ? [idx.length, 784] : [idx.length, 1, 28, 28] }), labels };
  };
  return {
    size,
    batch,
    chunks(n, chunk) {
      const out: { x: Tensor; labels: Int32Array }[] = [];
      const N = Math.min(n, size);
      for (let i = 0; i < N; i += chunk) out.push(batch(Int32Array.from({ length: Math.min(chunk, N - i) }, (_, k) => i + k)));
      return out;
    },
  };
}

export type AlignParams = nn.MlpParams | nn.SimpleCnnParams;

/** A fresh network of the configured kind. */
export function initNet(key: Key, c: AlignSetup): AlignParams {
  if (c.net === 'cnn') return nn.simpleCnn.init(key, { cIn: 1, arch: c.cnn.arch, nClasses: 10, batchNorm: c.cnn.batchNorm, bias: false });
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
export function logitsOf(p: AlignParams, x: Tensor, stats?: nn.SimpleCnnStats): Tensor {
  if ((p as { kind?: string }).kind === 'simpleCnn') {
    const cnn = p as nn.SimpleCnnParams;
    return nn.simpleCnn.apply(cnn, x, stats !== undefined && stats.length > 0 ? { stats } : { train: true });
  }
  return nn.mlp.apply(p as nn.MlpParams, x);
}

/** Mean cross-entropy of logits [B, 10] against labels. */
export function crossEntropy(logits: Tensor, labels: Int32Array): Tensor {
  const y = oneHot(tensor(labels, { dtype: 'i32' }), 10);
  return logsumexp(logits, -1).sum().sub(logits.mul(y).sum()).div(labels.length);
}

/** The parameters after each of `snapshots` updates (0: the initialisation) and at the end. */
export interface Trained {
  readonly snapshots: ReadonlyMap<number, AlignParams>;
  readonly final: AlignParams;
}

/**
 * Train from `init` with AdamW (weight decay `train.weightDecay`, PyTorch's default 0.01 in the
 * authors' code) on batches drawn from `orderKey` (a fresh shuffle per epoch), keeping the
 * parameters after each update count in `snapshots`.
 */
export async function trainNet(
  init: AlignParams,
  orderKey: Key,
  data: AlignData,
  c: AlignSetup,
  snapshots: readonly number[],
  report: (step: number, loss: number) => Promise<void>,
): Promise<Trained> {
  const opt = optim.adamw(c.train.lr, { weightDecay: c.train.weightDecay });
  const asTree = (p: AlignParams): Tree => p;
  let params = init;
  let state = opt.init(asTree(params));
  const perEpoch = Math.floor(data.size / c.train.batchSize);
  let order: Int32Array = new Int32Array(0);
  const kept = new Map<number, AlignParams>();
  if (snapshots.includes(0)) kept.set(0, init);
  const lossAndGrad = valueAndGrad((p: AlignParams, x: Tensor, labels: Int32Array) => crossEntropy(logitsOf(p, x), labels));
  for (let step = 0; step < c.train.updates; step++) {
    if (step % perEpoch === 0) order = tasks.epochOrder(random.foldIn(orderKey, step / perEpoch), data.size);
    const b = data.batch(tasks.batchIndices(order, step % perEpoch, c.train.batchSize));
    const [loss, grads] = lossAndGrad(params, b.x, b.labels);
    const [updates, next] = opt.update(asTree(grads), state, asTree(params));
    state = next;
    params = optim.applyUpdates(params, updates);
    if (snapshots.includes(step + 1)) kept.set(step + 1, params);
    await report(step, step % 50 === 0 || step === c.train.updates - 1 ? loss.item() : NaN);
  }
  return { snapshots: kept, final: params };
}

/** Test accuracy and mean loss of a network; batch-norm statistics recomputed on `bnData` first. */
export function evaluate(
  p: AlignParams,
  test: readonly { x: Tensor; labels: Int32Array }[],
  bnData: readonly Tensor[],
): { acc: number; loss: number; logits: Tensor[] } {
  const stats =
    (p as { kind?: string }).kind === 'simpleCnn' && (p as nn.SimpleCnnParams).convs.some((l) => l.norm !== undefined)
      ? learn.align.recomputeBatchNormStats(p as nn.SimpleCnnParams, bnData)
      : undefined;
  let right = 0;
  let loss = 0;
  let n = 0;
  const logits: Tensor[] = [];
  for (const b of test) {
    const z = logitsOf(p, b.x, stats ?? []);
    logits.push(z);
    const pred = z.argmax(-1).dataSync() as Int32Array;
    for (let i = 0; i < b.labels.length; i++) if (pred[i] === b.labels[i]) right++;
    loss += crossEntropy(z, b.labels).item() * b.labels.length;
    n += b.labels.length;
  }
  return { acc: right / n, loss: loss / n, logits };
}

/** The permutations aligning B with A, by the configured method, on `xs` (activation matching). */
export function alignPerms(c: AlignSetup, a: AlignParams, b: AlignParams, xs: readonly Tensor[]): Int32Array[] {
  if (c.method === 'weight') return learn.align.weightMatching(a, b).perms;
  return learn.align.activationMatching((p: AlignParams, x: Tensor) => learn.align.features(p, x), a, b, xs);
}

/** Bytes for two networks, their AdamW moments and snapshots, the data and the test logits. */
export function estimateAlignBytes(c: AlignSetup, snapshots: number): number {
  const params = c.net === 'mlp' ? 784 * c.mlp.width + (c.mlp.depth - 1) * c.mlp.width * c.mlp.width + 10 * c.mlp.width : 9 * 128 * 128 * 4 + 10 * 128;
  const acts = c.net === 'mlp' ? c.train.batchSize * c.mlp.width * c.mlp.depth * 4 : c.train.batchSize * 64 * 28 * 28 * 8;
  const matchActs = c.net === 'mlp' ? c.mlp.width * c.mlp.width * 3 : 500 * 64 * 28 * 28 * 4;
  return 4 * ((8 + 2 * snapshots) * params + 4 * acts + matchActs) + 2 * 70000 * 800 + 64 * 1024 * 1024;
}

/** Per-update progress over several trainings. */
export function progressOver(ctx: RunContext, total: number): (offset: number) => (step: number, loss: number) => Promise<void> {
  return (offset) => async (step, loss) => {
    if (Number.isFinite(loss)) ctx.log(offset + step, { loss });
    await ctx.progress(offset + step + 1, total);
  };
}
