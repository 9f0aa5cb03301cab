import { analysis, nn, optim, random, scope, sum, tasks, tensor, valueAndGrad } from '../src/index.js';
import { fill } from './harness.js';
export const MESA_STEP_SHAPE = { B: 256, T: 50, nS: 10, D: 40, H: 4, dK: 20, dV: 20 };
/** The mesa-layer fwd+bwd case: [B, T, D] inputs, H heads of d_k = d_v; T from `MESA_LAYER_TS`. */
export const MESA_LAYER_SHAPE = { B: 16, D: 40, H: 4, dK: 20, dV: 20 };
export const MESA_LAYER_TS = [50, 256, 1024];
export function makeMesaStep(variant, seed = 0) {
    const { B, T, nS, D, H, dK, dV } = MESA_STEP_SHAPE;
    const [kp, kd] = random.split(random.key(seed), 2);
    let params = nn.transformer.init(kp, {
        dModel: D,
        nLayers: variant === 'linear' ? 2 : 1,
        attention: variant,
        nHeads: H,
        dKey: dK,
        dValue: dV,
        causal: true,
        mlp: false,
        norm: 'none',
        finalNorm: false,
    });
    const batch = tasks.linearDynamics({ nS, nH: nS, T }).sample(kd, B);
    const opt = optim.chain(optim.clipByGlobalNorm(1), optim.adamw(1e-4, { weightDecay: 0.1 }));
    let state = opt.init(params);
    const vg = valueAndGrad((p, s, target) => {
        const out = nn.transformer.apply(p, tasks.constructedTokens(s));
        return analysis.mesa.sequenceLoss(out.slice(null, null, [0, nS]), target);
    });
    return {
        train() {
            const [l, p, s] = scope(() => {
                const [value, g] = vg(params, batch.inputs, batch.targets);
                const [updates, next] = opt.update(g, state, params);
                return [value, optim.applyUpdates(params, updates), next];
            });
            params = p;
            state = s;
            return l;
        },
    };
}
/**
 * Mesa-layer parameters and input from `fill` (seeds 41–45 and 46): projections uniform in
 * ±1/√D (wO: ±1/√(H d_v)), λ = 1 (lambdaLog 0), x uniform in ±1.
 */
export function mesaLayerData(T, dtype = 'f32', shape = MESA_LAYER_SHAPE) {
    const { B, D, H, dK, dV } = shape;
    const t = (s, seed, scale) => tensor(Float64Array.from(fill(s.reduce((a, b) => a * b, 1), seed, scale)), { shape: s, dtype });
    const params = {
        kind: 'mesa',
        wQ: t([H, dK, D], 41, 1 / Math.sqrt(D)),
        wK: t([H, dK, D], 42, 1 / Math.sqrt(D)),
        wV: t([H, dV, D], 43, 1 / Math.sqrt(D)),
        wO: t([H, D, dV], 44, 1 / Math.sqrt(H * dV)),
        lambdaLog: t([H], 45, 0),
    };
    return { params, x: t([B, T, D], 46, 1) };
}
export function makeMesaLayer(T) {
    const { params, x } = mesaLayerData(T);
    const vg = valueAndGrad((p, xx) => sum(nn.mesa.apply(p, xx)));
    return {
        run() {
            const [l] = vg(params, x);
            return l;
        },
    };
}
//# sourceMappingURL=mesa-step.js.map