/**
 * Normalisation layers over the feature (last) axis: `layerNorm`, `rmsNorm`, and `batchNorm`
 * (statistics over all other axes, with running statistics as explicit state).
 *
 * `eps` and `momentum` are needed by `apply`, so they are stored as *static* numbers in the
 * parameter tree (`tree` keeps numbers as structure, not leaves: gradients and optimizers pass
 * them through unchanged).
 */
import { ones, zeros } from '../../core/creation.js';
import { add, mul, rsqrt, square, sub } from '../../core/ops/elementwise.js';
import { mean } from '../../core/ops/reduce.js';
import { reshape } from '../../core/ops/shape-ops.js';
import { stopGradient } from '../../core/autodiff.js';
import { resolveConfig } from '../types.js';
import { labelFields } from '../labels.js';
import { alongLast, checkFloatDType, checkLast, checkPositiveInt } from './util.js';
function checkEps(layer, eps) {
    if (!(eps >= 0) || !Number.isFinite(eps))
        throw new Error(`${layer}: config.eps must be a finite number >= 0, got ${eps}`);
}
/** Multiply by γ and add β (each optional, `[H]`), broadcast explicitly over `[..., H]`. */
function affine(y, gamma, beta) {
    let out = y;
    if (gamma !== undefined)
        out = mul(out, alongLast(gamma, y.rank));
    if (beta !== undefined)
        out = add(out, alongLast(beta, y.rank));
    return out;
}
function featureWidth(layer, gamma, beta, x) {
    const p = gamma ?? beta;
    if (p !== undefined)
        checkLast(`${layer}.apply`, x, p.shape[0], 'dim');
    else if (x.rank === 0)
        throw new Error(`${layer}: x must have rank >= 1, got a scalar`);
}
/**
 * Layer normalisation (Ba et al. 2016): y = (x − μ) / √(σ² + ε) ⊙ γ + β with μ, σ² the mean
 * and (biased) variance over the last axis.
 *
 * `x: [..., H]` -> `[..., H]`.
 */
export const layerNorm = {
    defaultConfig: () => ({ dim: 1, eps: 1e-5, scale: true, bias: true, dtype: 'f32' }),
    init(_key, config) {
        const c = resolveConfig('layerNorm', layerNorm.defaultConfig(), config);
        checkPositiveInt('layerNorm', 'dim', c.dim);
        checkEps('layerNorm', c.eps);
        checkFloatDType('layerNorm', c.dtype);
        return {
            ...(c.scale ? { gamma: ones([c.dim], { dtype: c.dtype }) } : {}),
            ...(c.bias ? { beta: zeros([c.dim], { dtype: c.dtype }) } : {}),
            eps: c.eps,
        };
    },
    apply(params, x) {
        featureWidth('layerNorm', params.gamma, params.beta, x);
        const mu = mean(x, -1, true); // [..., 1]
        const xc = sub(x, mu);
        const v = mean(square(xc), -1, true); // [..., 1]
        return affine(mul(xc, rsqrt(add(v, params.eps))), params.gamma, params.beta);
    },
    /** γ and β are 'norm'. */
    labels: (params) => labelFields('layerNorm', params, () => 'norm'),
};
/**
 * RMS normalisation (Zhang & Sennrich 2019): y = x / √(mean(x²) + ε) ⊙ γ over the last axis.
 *
 * `x: [..., H]` -> `[..., H]`.
 */
export const rmsNorm = {
    defaultConfig: () => ({ dim: 1, eps: 1e-6, scale: true, dtype: 'f32' }),
    init(_key, config) {
        const c = resolveConfig('rmsNorm', rmsNorm.defaultConfig(), config);
        checkPositiveInt('rmsNorm', 'dim', c.dim);
        checkEps('rmsNorm', c.eps);
        checkFloatDType('rmsNorm', c.dtype);
        return { ...(c.scale ? { gamma: ones([c.dim], { dtype: c.dtype }) } : {}), eps: c.eps };
    },
    apply(params, x) {
        featureWidth('rmsNorm', params.gamma, undefined, x);
        const ms = mean(square(x), -1, true); // [..., 1]
        return affine(mul(x, rsqrt(add(ms, params.eps))), params.gamma, undefined);
    },
    /** γ is 'norm'. */
    labels: (params) => labelFields('rmsNorm', params, () => 'norm'),
};
function batchMoments(x) {
    const axes = Array.from({ length: x.rank - 1 }, (_, i) => i);
    const mu = mean(x, axes, true); // [1, ..., 1, H]
    const v = mean(square(sub(x, mu)), axes, true);
    return [mu, v];
}
function normalise(params, x, mu, v) {
    return affine(mul(sub(x, mu), rsqrt(add(v, params.eps))), params.gamma, params.beta);
}
function checkStats(stats, x) {
    if (stats === undefined) {
        throw new Error('batchNorm: eval mode needs options.stats (running statistics from initStats/applyWithStats); pass { train: true } to use batch statistics');
    }
    checkLast('batchNorm.apply', x, stats.mean.shape[0], 'dim');
    return stats;
}
/**
 * Batch normalisation (Ioffe & Szegedy 2015) over the feature (last) axis. Train mode:
 * y = (x − μ_B) / √(σ²_B + ε) ⊙ γ + β with μ_B, σ²_B over all axes but the last (batch and
 * time); eval mode uses the running statistics instead. Running statistics are explicit state:
 * `applyWithStats` returns them updated, r ← m·r + (1 − m)·(batch statistic).
 *
 * `x: [..., H]` (at least two axes in train mode) -> `[..., H]`.
 */
export const batchNorm = {
    defaultConfig: () => ({ dim: 1, eps: 1e-5, momentum: 0.9, scale: true, bias: true, dtype: 'f32' }),
    init(_key, config) {
        const c = resolveConfig('batchNorm', batchNorm.defaultConfig(), config);
        checkPositiveInt('batchNorm', 'dim', c.dim);
        checkEps('batchNorm', c.eps);
        checkFloatDType('batchNorm', c.dtype);
        if (!(c.momentum >= 0 && c.momentum <= 1))
            throw new Error(`batchNorm: config.momentum must lie in [0, 1], got ${c.momentum}`);
        return {
            ...(c.scale ? { gamma: ones([c.dim], { dtype: c.dtype }) } : {}),
            ...(c.bias ? { beta: zeros([c.dim], { dtype: c.dtype }) } : {}),
            eps: c.eps,
            momentum: c.momentum,
        };
    },
    initStats(params) {
        const p = params.gamma ?? params.beta;
        if (p === undefined)
            throw new Error('batchNorm.initStats: parameters without gamma and beta do not fix the width; create the statistics by hand ({ mean: zeros([H]), var: ones([H]) })');
        const like = { dtype: p.dtype, device: p.device };
        return { mean: zeros([p.shape[0]], like), var: ones([p.shape[0]], like) };
    },
    apply(params, x, options) {
        featureWidth('batchNorm', params.gamma, params.beta, x);
        if (options?.train === true) {
            if (x.rank < 2)
                throw new Error(`batchNorm: train mode needs x with a batch axis ([..., H], rank >= 2), got shape [${x.shape.join(', ')}]`);
            const [mu, v] = batchMoments(x);
            return normalise(params, x, mu, v);
        }
        const s = checkStats(options?.stats, x);
        return normalise(params, x, alongLast(s.mean, x.rank), alongLast(s.var, x.rank));
    },
    applyWithStats(params, stats, x, options) {
        if (options?.train !== true)
            return [batchNorm.apply(params, x, { stats }), stats];
        const y = batchNorm.apply(params, x, { train: true });
        const [mu, v] = batchMoments(stopGradient(x));
        const H = stats.mean.shape[0];
        const m = params.momentum;
        const next = {
            mean: add(mul(stats.mean, m), mul(reshape(mu, [H]), 1 - m)),
            var: add(mul(stats.var, m), mul(reshape(v, [H]), 1 - m)),
        };
        return [y, next];
    },
    /** γ and β are 'norm'. */
    labels: (params) => labelFields('batchNorm', params, () => 'norm'),
};
export const NORM_KINDS = ['layer', 'rms', 'batch', 'none'];
/** Initialise the parameters of the named norm over `dim` features (default eps of each; the key is unused today). */
export function initNorm(key, kind, dim, dtype) {
    switch (kind) {
        case 'layer':
            return layerNorm.init(key, { dim, dtype });
        case 'rms':
            return rmsNorm.init(key, { dim, dtype });
        case 'batch':
            return batchNorm.init(key, { dim, dtype });
        case 'none':
            return null;
        default:
            throw new Error(`norm: unknown kind '${String(kind)}' (valid: ${NORM_KINDS.join(', ')})`);
    }
}
/** Labels of the named norm's parameters (null for 'none'): γ and β are 'norm'. */
export function normLabels(params) {
    return params === null ? null : labelFields('norm', params, () => 'norm');
}
/**
 * Apply the named norm; batch norm uses batch statistics when `train` (returning the updated
 * running statistics when `stats` are given) and the running `stats` otherwise.
 */
export function applyNorm(kind, params, x, options = {}) {
    switch (kind) {
        case 'layer':
            return [layerNorm.apply(params, x), undefined];
        case 'rms':
            return [rmsNorm.apply(params, x), undefined];
        case 'batch': {
            const p = params;
            if (options.stats === undefined)
                return [batchNorm.apply(p, x, { train: options.train }), undefined];
            return batchNorm.applyWithStats(p, options.stats, x, { train: options.train });
        }
        case 'none':
            return [x, undefined];
        default:
            throw new Error(`norm: unknown kind '${String(kind)}' (valid: ${NORM_KINDS.join(', ')})`);
    }
}
//# sourceMappingURL=norm.js.map