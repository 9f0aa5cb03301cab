/**
 * `nn.equilibriumRnn`: the equilibrium recurrent network of the least-control principle
 * (PAPERS.md P6), a network whose output is read at the fixed point of its dynamics:
 *
 *   v* = W tanh(v*) + b + U x          (the free equilibrium; step: v ← W tanh(v) + b + U x)
 *   ŷ  = D tanh(v*) + d                (the decoder)
 *
 * x: [B, H], v: [B, N], ŷ: [B, O]; U: [N, H] (the encoder), W: [N, N], b: [N], D: [O, N],
 * d: [O]. Row-vector form: v ← tanh(v) Wᵀ + x Uᵀ + b. Initialisation as PyTorch's nn.Linear
 * (uniform ±1/√fan_in), which for W gives a spectral radius ≈ 1/√3 and so contracting dynamics
 * at initialisation.
 *
 * `apply` settles the dynamics by plain iteration (stop at relative change ‖Δv‖/(1e-5 + ‖v‖) ≤
 * tol for every example, or after maxIter steps) and decodes; learning rules that need the
 * equilibrium itself (recurrent backprop, least control) use `drive`, `dynamics` and `decode`.
 */
import { tanh } from '../../core/ops/elementwise.js';
import { matmul } from '../../core/ops/matmul.js';
import * as random from '../../core/random.js';
import { zeros } from '../../core/creation.js';
import { resolveConfig } from '../types.js';
import { labelFields } from '../labels.js';
import { checkFloatDType, checkKind, checkPositiveInt } from '../blocks/util.js';
import { checkParam, checkStepInput } from './common.js';
function defaults() {
    return { dIn: 784, dHidden: 256, dOut: 10, dtype: 'f32' };
}
function check(p) {
    if (typeof p !== 'object' || p === null)
        throw new Error('equilibriumRnn: params must be an object of tensors');
    checkKind('equilibriumRnn', p, 'equilibriumRnn');
    const N = p.w?.shape[0];
    if (N === undefined || p.u === undefined || p.u.rank !== 2 || p.d === undefined || p.d.rank !== 2)
        throw new Error("equilibriumRnn: params need 'u' [N, H], 'w' [N, N] and 'd' [O, N] (make them with nn.equilibriumRnn.init)");
    const H = p.u.shape[1];
    const O = p.d.shape[0];
    checkParam('equilibriumRnn', 'w', p.w, [N, N]);
    checkParam('equilibriumRnn', 'u', p.u, [N, H]);
    checkParam('equilibriumRnn', 'b', p.b, [N]);
    checkParam('equilibriumRnn', 'd', p.d, [O, N]);
    checkParam('equilibriumRnn', 'dBias', p.dBias, [O]);
    return { H, N, O };
}
/** U x + b: [B, N] (constant during the settling). */
function drive(p, x) {
    const { H } = check(p);
    checkStepInput('equilibriumRnn', x, H);
    return matmul(x, p.u.mT).add(p.b);
}
/** g(v) = W tanh(v) + (U x + b): [B, N]. */
function dynamics(p, v, driveX) {
    return matmul(tanh(v), p.w.mT).add(driveX);
}
/** D tanh(v) + d: [B, O]. */
function decode(p, v) {
    return matmul(tanh(v), p.d.mT).add(p.dBias);
}
/** Settle v ← g(v) from v = 0; returns v and the steps taken. */
function settle(p, x, options = {}) {
    const tol = options.tol ?? 1e-4;
    const maxIter = options.maxIter ?? 200;
    checkPositiveInt('equilibriumRnn', 'maxIter', maxIter);
    const dx = drive(p, x);
    let v = zeros(dx.shape, { dtype: dx.dtype });
    let residual = Infinity;
    let k = 0;
    while (k < maxIter) {
        const next = dynamics(p, v, dx);
        k++;
        const diff = next.sub(v).square().sum(-1).sqrt();
        const scale = v.square().sum(-1).sqrt().add(1e-5);
        residual = diff.div(scale).max().item();
        v = next;
        if (residual <= tol)
            break;
    }
    return { v, iterations: k, residual };
}
export const equilibriumRnn = {
    defaultConfig: defaults,
    init(key, config) {
        const c = resolveConfig('equilibriumRnn', defaults(), config);
        checkPositiveInt('equilibriumRnn', 'dIn', c.dIn);
        checkPositiveInt('equilibriumRnn', 'dHidden', c.dHidden);
        checkPositiveInt('equilibriumRnn', 'dOut', c.dOut);
        checkFloatDType('equilibriumRnn', c.dtype);
        const [ku, kb, kw, kd, kdb] = random.split(key, 5);
        const lin = (k, shape, fanIn) => {
            const s = 1 / Math.sqrt(fanIn);
            return random.uniform(k, shape, { dtype: c.dtype, minval: -s, maxval: s });
        };
        return {
            kind: 'equilibriumRnn',
            u: lin(ku, [c.dHidden, c.dIn], c.dIn),
            b: lin(kb, [c.dHidden], c.dHidden),
            w: lin(kw, [c.dHidden, c.dHidden], c.dHidden),
            d: lin(kd, [c.dOut, c.dHidden], c.dHidden),
            dBias: lin(kdb, [c.dOut], c.dHidden),
        };
    },
    /** Logits at the free equilibrium: x [B, H] → [B, O]. */
    apply(params, x, options) {
        return decode(params, settle(params, x, options).v);
    },
    labels(params) {
        return labelFields('equilibriumRnn', params, (k) => (k === 'w' || k === 'u' ? 'recurrent' : k === 'd' ? 'weight' : 'bias'));
    },
    initialState(params, batchShape) {
        const { N } = check(params);
        return zeros([...batchShape, N], { dtype: params.w.dtype });
    },
    /** One step of the dynamics: v ← W tanh(v) + b + U x; returns [v, D tanh(v) + d]. */
    step(params, v, xT) {
        const next = dynamics(params, v, drive(params, xT));
        return [next, decode(params, next)];
    },
    drive,
    dynamics,
    decode,
    settle,
};
//# sourceMappingURL=equilibrium-rnn.js.map