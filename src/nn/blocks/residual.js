/**
 * Residual wrapper around any layer, with the normalisation before (pre-norm, GPT-2 / P4) or
 * after (post-norm, the original Transformer) the sum.
 */
import { add } from '../../core/ops/elementwise.js';
import * as random from '../../core/random.js';
import { resolveConfig } from '../types.js';
import { applyNorm, initNorm, normLabels } from './norm.js';
import { checkFloatDType, checkOneOf, checkPositiveInt } from './util.js';
const RESIDUAL_NORMS = ['layer', 'rms', 'none'];
function checkSame(name, x, y) {
    if (x.shape.length !== y.shape.length || x.shape.some((d, i) => d !== y.shape[i])) {
        throw new Error(`${name}: the wrapped layer must keep the shape of its input, got [${x.shape.join(', ')}] -> [${y.shape.join(', ')}]`);
    }
}
export function residual(layer, name = 'residual') {
    const around = (params, x, f) => {
        if (params.prenorm) {
            const [z] = applyNorm(params.normKind, params.norm, x);
            const fz = f(z);
            checkSame(name, x, fz);
            return add(x, fz);
        }
        const fx = f(x);
        checkSame(name, x, fx);
        return applyNorm(params.normKind, params.norm, add(x, fx))[0];
    };
    const base = {
        defaultConfig: () => ({ dim: 1, norm: 'layer', prenorm: true, dtype: 'f32', layer: {} }),
        init(key, config) {
            const c = resolveConfig(name, base.defaultConfig(), config);
            checkPositiveInt(name, 'dim', c.dim);
            checkOneOf(name, 'norm', c.norm, RESIDUAL_NORMS);
            checkFloatDType(name, c.dtype);
            const [kn, kl] = random.split(key, 2);
            return { norm: initNorm(kn, c.norm, c.dim, c.dtype), layer: layer.init(kl, c.layer), normKind: c.norm, prenorm: c.prenorm };
        },
        apply(params, x, options) {
            return around(params, x, (z) => layer.apply(params.layer, z, options));
        },
        labels: (params) => ({
            norm: normLabels(params.norm),
            layer: layer.labels(params.layer),
            normKind: null,
            prenorm: null,
        }),
    };
    if (!('step' in layer))
        return base;
    const seqLayer = layer;
    return {
        ...base,
        initialState: (params, batchShape) => seqLayer.initialState(params.layer, batchShape),
        step(params, h, xT, options) {
            let next = h;
            const y = around(params, xT, (z) => {
                const [h2, fz] = seqLayer.step(params.layer, h, z, options);
                next = h2;
                return fz;
            });
            return [next, y];
        },
    };
}
//# sourceMappingURL=residual.js.map