import { learn, logsumexp, mean, mul, nn, oneHot, optim, random, scope, sub, sum, tensor, valueAndGrad } from '../src/index.js';
import { fill } from './harness.js';
export const ALIGN_LAP_SIZES = [1000, 4096];
export const ALIGN_MLP = { dIn: 784, width: 1000, classes: 10, batch: 100 };
/** The n × n cost matrix described in the module notes. */
export function alignCost(n) {
    const c = new Float64Array(n * n);
    for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) {
            const s = Math.sin(12.9898 * i + 78.233 * j) * 43758.5453;
            c[i * n + j] = s - Math.floor(s);
        }
    return c;
}
/** learn.align.linearAssignment on the n × n cost; returns the optimal total cost. */
export function makeLap(n) {
    const c = alignCost(n);
    const t = tensor(c, { shape: [n, n], dtype: 'f64' });
    return () => {
        const col = learn.align.linearAssignment(t);
        let s = 0;
        for (let i = 0; i < n; i++)
            s += c[i * n + col[i]];
        return s;
    };
}
/** One training step (forward, backward, AdamW 1e-3 with weight decay 0.01) of the 1×1000 MLP. */
export function makeAlignMlpStep(seed = 0) {
    const { dIn, width, classes, batch } = ALIGN_MLP;
    let params = nn.mlp.init(random.key(seed), { dIn, hidden: [width], dOut: classes, activation: 'relu', bias: false, init: 'he', distribution: 'normal' });
    const x = tensor(fill(batch * dIn, 41), { shape: [batch, dIn] });
    const y = oneHot(Array.from({ length: batch }, (_, i) => i % classes), classes);
    const loss = (p) => {
        const logits = nn.mlp.apply(p, x);
        return mean(sub(logsumexp(logits, -1), sum(mul(logits, y), -1)));
    };
    const vg = valueAndGrad(loss);
    const opt = optim.adamw(1e-3, { weightDecay: 0.01 });
    const asTree = (p) => p;
    let state = opt.init(asTree(params));
    return {
        train() {
            const [l, p, s] = scope(() => {
                const [value, g] = vg(params);
                const [updates, next] = opt.update(asTree(g), state, asTree(params));
                return [value, optim.applyUpdates(params, updates), next];
            });
            params = p;
            state = s;
            return l;
        },
    };
}
//# sourceMappingURL=align.js.map