import { cexp, cmul, cadd, cscale, polar } from '../../core/complex.js';
import { add, cast, exp, log, mul, neg, sqrt, sub } from '../../core/ops/elementwise.js';
import { linearScan } from '../../core/ops/scan.js';
import * as random from '../../core/random.js';
import { fmt } from '../../core/shape.js';
import { resolveConfig } from '../types.js';
import { labelFields } from '../labels.js';
import { alongLast, checkFloatDType, checkOneOf, checkPositiveInt } from '../blocks/util.js';
import { checkParam, checkState, checkStepInput, dense, sequenceAxis, zeroState } from './common.js';
const PARAMETRIZATIONS = ['exp', 'polar', 'reim'];
function defaultConfig() {
    return { dModel: 64, dHidden: 64, rMin: 0, rMax: 1, maxPhase: 2 * Math.PI, gammaNorm: true, parametrization: 'exp', dtype: 'f32' };
}
/** The parameters of λ in each parametrisation. */
const LAMBDA_KEYS = {
    exp: ['nuLog', 'thetaLog'],
    polar: ['nu', 'theta'],
    reim: ['lambdaRe', 'lambdaIm'],
};
/** The parametrisation of λ (the static field `parametrization`, checked). */
export function lruParametrization(p) {
    const kind = p.parametrization;
    if (!PARAMETRIZATIONS.includes(kind)) {
        throw new Error(`lru: params.parametrization must be one of ${PARAMETRIZATIONS.map((k) => `'${k}'`).join(', ')}, got ${JSON.stringify(kind) ?? 'nothing'}; create the parameters with nn.lru.init, or give hand-built ones kind: 'lru', parametrization and gammaNorm`);
    }
    return kind;
}
/** The diagonal recurrence λ: [N] (complex) from any parametrisation. */
export function lruLambda(p) {
    switch (p.parametrization) {
        case 'exp':
            return cexp({ re: neg(exp(p.nuLog)), im: exp(p.thetaLog) });
        case 'polar':
            return polar(p.nu, p.theta);
        case 'reim':
            return { re: p.lambdaRe, im: p.lambdaIm };
        default:
            // hand-built parameters with an unknown parametrisation: lruParametrization raises saying which exist
            lruParametrization(p);
            throw new Error('lru: unreachable');
    }
}
/** γ = exp(γlog): [N], or null when the layer has no input normalisation (γ = 1). */
export function lruGamma(p) {
    return p.gammaNorm && p.gammaLog !== undefined ? exp(p.gammaLog) : null;
}
/** Sizes [H, N] after checking the static fields and every parameter's shape. */
function checkParams(p) {
    if (typeof p !== 'object' || p === null)
        throw new Error('lru: params must be an object of tensors');
    if (p.kind !== 'lru') {
        throw new Error(`lru: params.kind must be 'lru', got ${JSON.stringify(p.kind) ?? 'nothing'}; create the parameters with nn.lru.init, or give hand-built ones kind: 'lru', parametrization and gammaNorm`);
    }
    if (p.bRe === undefined || p.bRe.rank !== 2)
        throw new Error(`lru: parameter 'bRe' must be a [N, H] tensor, got ${p.bRe === undefined ? 'nothing' : fmt(p.bRe.shape)}`);
    const [N, H] = p.bRe.shape;
    checkParam('lru', 'bIm', p.bIm, [N, H]);
    checkParam('lru', 'cRe', p.cRe, [H, N]);
    checkParam('lru', 'cIm', p.cIm, [H, N]);
    checkParam('lru', 'd', p.d, [H]);
    if (p.gammaNorm === true)
        checkParam('lru', 'gammaLog', p.gammaLog, [N]);
    else if (p.gammaNorm === false) {
        if (p.gammaLog !== undefined)
            throw new Error('lru: params.gammaNorm is false but the parameters hold gammaLog; remove gammaLog, or set gammaNorm: true');
    }
    else
        throw new Error(`lru: params.gammaNorm must be a boolean, got ${JSON.stringify(p.gammaNorm) ?? 'nothing'}`);
    const kind = lruParametrization(p);
    const q = p;
    for (const name of LAMBDA_KEYS[kind])
        checkParam('lru', name, q[name], [N]);
    for (const other of PARAMETRIZATIONS) {
        if (other === kind)
            continue;
        const stray = LAMBDA_KEYS[other].find((k) => q[k] !== undefined);
        if (stray !== undefined)
            throw new Error(`lru: params.parametrization is '${kind}' but the parameters also hold '${stray}' (of '${other}'); keep only ${LAMBDA_KEYS[kind].join(' and ')}, or set parametrization: '${other}'`);
    }
    return [H, N];
}
function checkConfig(c) {
    checkPositiveInt('lru', 'dModel', c.dModel);
    checkPositiveInt('lru', 'dHidden', c.dHidden);
    checkOneOf('lru', 'parametrization', c.parametrization, PARAMETRIZATIONS);
    checkFloatDType('lru', c.dtype);
    if (!(c.rMin >= 0 && c.rMin <= c.rMax && c.rMax <= 1))
        throw new Error(`lru: need 0 <= rMin <= rMax <= 1, got rMin ${c.rMin}, rMax ${c.rMax}`);
    if (c.rMin === 1 && (c.gammaNorm || c.parametrization === 'exp')) {
        throw new Error("lru: rMin = 1 puts every |λ| at exactly 1, so γ = √(1 − |λ|²) = 0 (gammaNorm) and νlog = log 0 ('exp'); use rMin < 1, or 'polar'/'reim' with gammaNorm: false");
    }
    if (!(Number.isFinite(c.maxPhase) && c.maxPhase >= 0))
        throw new Error(`lru: maxPhase must be finite and >= 0, got ${c.maxPhase}`);
    if (c.parametrization === 'exp' && c.maxPhase === 0) {
        throw new Error("lru: maxPhase 0 would make thetaLog = log 0 = −∞ in the 'exp' parametrisation; use 'polar' or 'reim' for real λ");
    }
}
/**
 * Initialisation of P4 ("ring init"), with u₁, u₂ ~ U[0, 1):
 *   |λ|² = u₁ (rMax² − rMin²) + rMin²,  arg λ = maxPhase · u₂,  γ = √(1 − |λ|²)
 *   (exp: νlog = log(−½ log |λ|²), θlog = log(maxPhase u₂), γlog = log γ)
 *   B_re, B_im ~ N(0, 1/(2H));  C_re, C_im ~ N(0, 1/N);  D ~ N(0, 1).
 * Computed in float64, stored in `config.dtype`.
 */
function init(key, partial) {
    const c = resolveConfig('lru', defaultConfig(), partial);
    checkConfig(c);
    const { dModel: H, dHidden: N, rMin, rMax, maxPhase, dtype } = c;
    const [k1, k2, kbr, kbi, kcr, kci, kd] = random.split(key, 7);
    const f64 = { dtype: 'f64' };
    const mod2 = add(mul(random.uniform(k1, [N], f64), rMax * rMax - rMin * rMin), rMin * rMin); // |λ|²: [N]
    const phase = mul(random.uniform(k2, [N], f64), maxPhase); // arg λ: [N]
    const out = (t) => cast(t, dtype);
    const common = {
        kind: 'lru',
        gammaNorm: c.gammaNorm,
        bRe: out(random.normal(kbr, [N, H], { ...f64, std: 1 / Math.sqrt(2 * H) })),
        bIm: out(random.normal(kbi, [N, H], { ...f64, std: 1 / Math.sqrt(2 * H) })),
        cRe: out(random.normal(kcr, [H, N], { ...f64, std: 1 / Math.sqrt(N) })),
        cIm: out(random.normal(kci, [H, N], { ...f64, std: 1 / Math.sqrt(N) })),
        d: out(random.normal(kd, [H], f64)),
    };
    const gammaLog = c.gammaNorm ? { gammaLog: out(mul(log(sub(1, mod2)), 0.5)) } : {};
    const kind = c.parametrization;
    switch (kind) {
        case 'exp':
            return { parametrization: kind, nuLog: out(log(mul(log(mod2), -0.5))), thetaLog: out(log(phase)), ...gammaLog, ...common };
        case 'polar':
            return { parametrization: kind, nu: out(sqrt(mod2)), theta: out(phase), ...gammaLog, ...common };
        case 'reim': {
            const lambda = polar(sqrt(mod2), phase);
            return { parametrization: kind, lambdaRe: out(lambda.re), lambdaIm: out(lambda.im), ...gammaLog, ...common };
        }
        default:
            return kind;
    }
}
/**
 * The whole sequence, x: [B, T, H] or [T, H] -> y of the same shape:
 *   u = γ ⊙ (x Bᵀ)  [B, T, N] complex;  h = linearScan(λ, u) along T;  y = Re(h Cᵀ) + D ⊙ x.
 */
function apply(p, x) {
    const [H] = checkParams(p);
    const axis = sequenceAxis('lru', x, H, 'dModel');
    const lambda = lruLambda(p); // [N]
    const gamma = lruGamma(p);
    const bx = { re: dense(x, p.bRe), im: dense(x, p.bIm) }; // [B, T, N]
    const u = gamma === null ? bx : cscale(bx, alongLast(gamma, x.rank));
    const h = linearScan(lambda, u, { axis }); // [B, T, N]
    return readout(p, h, x);
}
/** y = Re(C h) + D ⊙ x = h_re C_reᵀ − h_im C_imᵀ + D ⊙ x over the last axis. */
function readout(p, h, x) {
    return add(sub(dense(h.re, p.cRe), dense(h.im, p.cIm)), mul(x, alongLast(p.d, x.rank)));
}
function initialState(p, batchShape) {
    const [, N] = checkParams(p);
    return { re: zeroState(p.bRe, batchShape, N), im: zeroState(p.bRe, batchShape, N) };
}
/**
 * One step: h: {re, im} [...batch, N], x_t: [...batch, H] ->
 *   h_t = λ ⊙ h + γ ⊙ (B x_t),  y_t = Re(C h_t) + D ⊙ x_t  ([...batch, H]).
 */
function step(p, h, xT) {
    const [H, N] = checkParams(p);
    checkStepInput('lru', xT, H, 'dModel');
    checkState('lru', 'h.re', h.re, xT, N);
    checkState('lru', 'h.im', h.im, xT, N);
    const lambda = lruLambda(p);
    const gamma = lruGamma(p);
    const r = xT.rank;
    const bx = { re: dense(xT, p.bRe), im: dense(xT, p.bIm) };
    const u = gamma === null ? bx : cscale(bx, alongLast(gamma, r));
    const h1 = cadd(cmul({ re: alongLast(lambda.re, r), im: alongLast(lambda.im, r) }, h), u);
    return [h1, readout(p, h1, xT)];
}
/** The readout C, D is 'weight'; everything that enters the recurrence (λ's parameters, γ, B) is 'recurrent'. */
function labels(p) {
    checkParams(p);
    return labelFields('lru', p, (k) => (k === 'cRe' || k === 'cIm' || k === 'd' ? 'weight' : 'recurrent'));
}
/**
 * `nn.lru`: the Linear Recurrent Unit (PAPERS.md P4, P1). x: [B, T, H] or [T, H].
 *
 * @example
 *   const p = nn.lru.init(random.key(0), { dModel: 8, dHidden: 16, parametrization: 'polar' });
 *   p.parametrization;                               // 'polar' (static: apply reads it)
 *   const y = nn.lru.apply(p, x);                    // x: [B, T, 8] -> y: [B, T, 8]
 *   nn.lru.labels(p);                                // { nu: 'recurrent', …, cRe: 'weight', kind: null, … }
 */
export const lru = { defaultConfig, init, apply, initialState, step, labels };
//# sourceMappingURL=lru.js.map