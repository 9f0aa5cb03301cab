import { analysis, neg, nn, optim, random, scope, squeeze, tasks, valueAndGrad } from '../src/index.js';
export const ICL_STEP_SHAPE = { B: 2048, N: 10, dX: 10, dY: 1, gatedN: 40, gatedM: 20 };
export function makeIclStep(variant, seed = 0) {
    const { B, N, dX, dY, gatedN, gatedM } = ICL_STEP_SHAPE;
    const D = dX + dY;
    const task = tasks.linearRegressionIcl({ nContext: N, dX, dY });
    const [kp, kd] = random.split(random.key(seed), 2);
    const mask = nn.gdIclMask(N);
    const predict = variant === 'lsa'
        ? (p, b) => {
            const out = nn.transformer.apply(p, tasks.iclTokens(b), { mask });
            return neg(squeeze(out.slice(null, [N, N + 1], [dX, D]), 1));
        }
        : (p, b) => squeeze(nn.gatedRnn.apply(p, tasks.iclSequence(b).x).slice(null, [N, N + 1]), 1);
    const D0 = {
        dModel: D,
        nLayers: 1,
        attention: 'linear',
        nHeads: 1,
        dKey: D,
        dValue: D,
        causal: false,
        mlp: false,
        norm: 'none',
        finalNorm: false,
        initScale: 0.2,
    };
    const init = variant === 'lsa' ? nn.transformer.init(kp, D0) : nn.gatedRnn.init(kp, { dIn: D, dHidden: gatedN, dGate: gatedM, dOut: dY });
    let params = init;
    const opt = optim.chain(optim.clipByGlobalNorm(10), optim.adam(1e-3));
    let state = opt.init(params);
    const vg = valueAndGrad((p, b) => analysis.icl.iclLoss(predict(p, b), b.yq));
    let step = 0;
    return {
        train() {
            const b = task.sample(random.foldIn(kd, step++), B);
            const [l, p, s] = scope(() => {
                const [value, g] = vg(params, b);
                const [updates, next] = opt.update(g, state, params);
                return [value, optim.applyUpdates(params, updates), next];
            });
            params = p;
            state = s;
            return l;
        },
    };
}
//# sourceMappingURL=icl-step.js.map