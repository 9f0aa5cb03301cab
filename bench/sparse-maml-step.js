import { learn, logsumexp, nn, oneHot, optim, random, scope, tensor } from '../src/index.js';
import { fill } from './harness.js';
export const SPARSE_MAML_SHAPE = { nWay: 5, kShot: 5, nQuery: 15, hidden: 64, innerSteps: 35, innerLr: 0.25, metaBatch: 2 };
export function makeSparseMamlStep(seed = 0) {
    const { nWay, kShot, nQuery, hidden, innerSteps, innerLr, metaBatch } = SPARSE_MAML_SHAPE;
    const full = nn.convNet.init(random.key(seed), { cIn: 1, inputSize: [28, 28], hidden, blocks: 4, nClasses: nWay });
    const theta = {
        ...full,
        blocks: full.blocks.map((b) => {
            const { b: _bias, ...conv } = b.conv;
            return { norm: b.norm, conv };
        }),
    };
    const batch = (n, s) => ({
        x: tensor(fill(n * 784, s, 0.5), { shape: [n, 1, 28, 28] }).add(0.5),
        oneHot: oneHot(Array.from({ length: n }, (_, i) => Math.floor(i / (n / nWay))), nWay),
    });
    const tasks = Array.from({ length: metaBatch }, (_, t) => ({ support: batch(nWay * kShot, 40 + 2 * t), query: batch(nWay * nQuery, 41 + 2 * t) }));
    const loss = (p, b) => {
        const logits = nn.convNet.apply(p, b.x, { train: true });
        return logsumexp(logits, -1).sub(logits.mul(b.oneHot).sum(-1)).mean();
    };
    const rule = { rule: 'sparseMaml', innerSteps, innerLr, firstOrder: true };
    let meta = learn.meta.initMeta('sparseMaml', theta, { key: random.key(seed + 1) });
    const opts = { theta: optim.adam(1e-3), kappa: optim.adam(0.0075) };
    let state = learn.meta.initMetaOptState(opts, meta);
    return {
        train() {
            let queryLoss = NaN;
            const r = scope(() => {
                const step = learn.meta.metaStep(loss, meta, state, tasks, rule, opts);
                queryLoss = step.queryLoss;
                return { meta: step.meta, optState: step.optState };
            });
            meta = r.meta;
            state = r.optState;
            return queryLoss;
        },
    };
}
//# sourceMappingURL=sparse-maml-step.js.map