/**
 * The few-shot ConvNet (nn.convNet: 4 × [conv 3×3 64 ch, batch norm, ReLU, max-pool 2] -> dense),
 * forward (+ backward) of a softmax cross-entropy over 5 classes on 28×28×1 inputs, float32, batch
 * statistics (MAML's setting). Batch 25 (5-way 5-shot) and 100.
 */
import type { Tensor } from '../src/index.js';
import { logsumexp, mean, mul, nn, oneHot, random, sub, sum, tensor, valueAndGrad } from '../src/index.js';
import type { ConvNetParams } from '../src/nn/index.js';
import { fill } from './harness.js';

export const CONV_NET_SHAPE = { C: 1, H: 28, W: 28, hidden: 64, blocks: 4, classes: 5 } as const;
export const CONV_NET_BATCHES = [25, 100] as const;

export interface ConvNetStep {
  /** Forward and backward; returns the loss (the gradients are computed). */
  run(): Tensor;
  /** The forward pass alone (the loss). */
  forward(): Tensor;
}

export function makeConvNetStep(B: number, seed = 0): ConvNetStep {
  const { C, H, W, hidden, blocks, classes } = CONV_NET_SHAPE;
  const params = nn.convNet.init(random.key(seed), { cIn: C, inputSize: [H, W], hidden, blocks, nClasses: classes });
  const x = tensor(fill(B * C * H * W, 31 + B), { shape: [B, C, H, W] });
  const y = oneHot(
    Array.from({ length: B }, (_, i) => i % classes),
    classes,
  );
  const loss = (p: ConvNetParams): Tensor => {
    const logits = nn.convNet.apply(p, x, { train: true });
    return mean(sub(logsumexp(logits, -1), sum(mul(logits, y), -1)));
  };
  const vg = valueAndGrad(loss);
  return {
    run() {
      const [l] = vg(params);
      return l;
    },
    forward: () => loss(params),
  };
}
