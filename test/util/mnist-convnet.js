import { logsumexp, mean, mul, nn, oneHot, optim, random, sub, sum, tasks, tensor, tree, valueAndGrad } from '../../src/index.js';
export const MNIST_CONVNET = { images: 16, steps: 6, lr: 0.1, hidden: 8, blocks: 3, seed: 3 };
/** The loss before each of `steps` SGD steps and after the last (steps + 1 values). */
export async function mnistConvNetLosses(device) {
    const { images: n, steps, lr, hidden, blocks, seed } = MNIST_CONVNET;
    const m = tasks.loadMnist('train');
    const pixels = Float32Array.from(m.images.pixels.subarray(0, n * 784), (v) => v / 255);
    const x = tensor(pixels, { shape: [n, 1, 28, 28], device });
    const y = await oneHot(Array.from(m.labels.subarray(0, n)), 10).to(device); // [n, 10]
    const init = nn.convNet.init(random.key(seed), { cIn: 1, inputSize: [28, 28], hidden, blocks, nClasses: 10 });
    let params = (await moved(init, device));
    const loss = (p) => {
        const logits = nn.convNet.apply(p, x, { train: true });
        return mean(sub(logsumexp(logits, -1), sum(mul(logits, y), -1)));
    };
    const vg = valueAndGrad(loss);
    const opt = optim.sgd(lr);
    let state = opt.init(params);
    const losses = [];
    for (let t = 0; t < steps; t++) {
        const [l, g] = vg(params);
        losses.push((await l.data())[0]);
        const [u, s] = opt.update(g, state, params);
        params = optim.applyUpdates(params, u);
        state = s;
    }
    losses.push((await loss(params).data())[0]);
    return losses;
}
async function moved(p, device) {
    const [leaves, def] = tree.flatten(p);
    return tree.unflatten(def, await Promise.all(leaves.map((l) => l.to(device))));
}
//# sourceMappingURL=mnist-convnet.js.map