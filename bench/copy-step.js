import { logsumexp, mean, nn, oneHot, optim, random, scope, sub, sum, mul, valueAndGrad } from '../src/index.js';
export const COPY_STEP_SHAPE = { B: 50, T: 48, H: 128, N: 64, layers: 4, dIn: 8, classes: 14 };
export function makeCopyStep(seed = 0) {
    const { B, T, H, N, layers, dIn, classes } = COPY_STEP_SHAPE;
    const [kp, kx, ky] = random.split(random.key(seed), 3);
    let params = nn.seq.init(kp, {
        dInput: dIn,
        dModel: H,
        dOutput: classes,
        nLayers: layers,
        mixer: nn.lru,
        mixerConfig: { dHidden: N, rMin: 0.9, rMax: 0.999 },
        pooling: 'none',
        dropout: 0,
    });
    const x = random.normal(kx, [B, T, dIn]);
    const y = oneHot(random.randint(ky, [B, T], 0, classes), classes); // [B, T, classes]
    const loss = (p) => {
        const logits = nn.seq.apply(p, x); // [B, T, classes]
        return mean(sub(logsumexp(logits, -1), sum(mul(logits, y), -1)));
    };
    const opt = optim.adamw(1e-3);
    let state = opt.init(params);
    const vg = valueAndGrad(loss);
    return {
        train() {
            // one step in a scope, as training loops run: the loss and the new state are kept, the rest released
            const [l, p, s] = scope(() => {
                const [value, g] = vg(params);
                const [updates, next] = opt.update(g, state, params);
                return [value, optim.applyUpdates(params, updates), next];
            });
            params = p;
            state = s;
            return l;
        },
        forward: () => loss(params),
    };
}
//# sourceMappingURL=copy-step.js.map