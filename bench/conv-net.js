import { logsumexp, mean, mul, nn, oneHot, random, sub, sum, tensor, valueAndGrad } from '../src/index.js';
import { fill } from './harness.js';
export const CONV_NET_SHAPE = { C: 1, H: 28, W: 28, hidden: 64, blocks: 4, classes: 5 };
export const CONV_NET_BATCHES = [25, 100];
export function makeConvNetStep(B, seed = 0) {
    const { C, H, W, hidden, blocks, classes } = CONV_NET_SHAPE;
    const params = nn.convNet.init(random.key(seed), { cIn: C, inputSize: [H, W], hidden, blocks, nClasses: classes });
    const x = tensor(fill(B * C * H * W, 31 + B), { shape: [B, C, H, W] });
    const y = oneHot(Array.from({ length: B }, (_, i) => i % classes), classes);
    const loss = (p) => {
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
//# sourceMappingURL=conv-net.js.map