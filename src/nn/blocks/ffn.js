/**
 * Position-wise feed-forward pieces: activations, gated linear units (GLU, GEGLU, SwiGLU) and
 * the multi-layer perceptron.
 */
import { gelu as coreGelu, mul, relu, sigmoid, tanh } from '../../core/ops/elementwise.js';
import * as random from '../../core/random.js';
import { resolveConfig } from '../types.js';
import { dense, DENSE_DISTRIBUTIONS, DENSE_INITS } from './dense.js';
import { checkFloatDType, checkLast, checkOneOf, checkPositiveInt } from './util.js';
/**
 * GELU (Hendrycks & Gimpel 2016): exact x·Φ(x) = ½x(1 + erf(x/√2)), or with
 * `approximate = true` the tanh form ½x(1 + tanh(√(2/π)(x + 0.044715x³))).
 *
 * `x: [...]` -> same shape.
 */
export function gelu(x, approximate = false) {
    return coreGelu(x, approximate);
}
/** SiLU / swish: x·σ(x). */
export function silu(x) {
    return mul(x, sigmoid(x));
}
export const ACTIVATIONS = ['gelu', 'geluTanh', 'relu', 'tanh', 'sigmoid', 'silu', 'identity'];
/** Apply the named activation elementwise. */
export function activation(name, x) {
    switch (name) {
        case 'gelu':
            return coreGelu(x, false);
        case 'geluTanh':
            return coreGelu(x, true);
        case 'relu':
            return relu(x);
        case 'tanh':
            return tanh(x);
        case 'sigmoid':
            return sigmoid(x);
        case 'silu':
            return silu(x);
        case 'identity':
            return x;
        default:
            throw new Error(`activation: unknown activation '${String(name)}' (valid: ${ACTIVATIONS.join(', ')})`);
    }
}
/** A GLU-family layer y = Dense₁(z) ⊙ gate(Dense₂(z)). */
function makeGlu(name, gate) {
    const layer = {
        defaultConfig: () => ({ dIn: 1, dOut: 1, bias: true, init: 'lecun', distribution: 'truncatedNormal', dtype: 'f32' }),
        init(key, config) {
            const c = resolveConfig(name, layer.defaultConfig(), config);
            checkPositiveInt(name, 'dIn', c.dIn);
            checkPositiveInt(name, 'dOut', c.dOut);
            checkOneOf(name, 'init', c.init, DENSE_INITS);
            checkOneOf(name, 'distribution', c.distribution, DENSE_DISTRIBUTIONS);
            checkFloatDType(name, c.dtype);
            const [k1, k2] = random.split(key, 2);
            const dc = { dIn: c.dIn, dOut: c.dOut, bias: c.bias, init: c.init, distribution: c.distribution, dtype: c.dtype };
            return { dense1: dense.init(k1, dc), dense2: dense.init(k2, dc) };
        },
        apply(params, z) {
            checkLast(`${name}.apply`, z, params.dense1.w.shape[0], 'dIn', 'z');
            return mul(dense.apply(params.dense1, z), gate(dense.apply(params.dense2, z)));
        },
        labels: (params) => ({ dense1: dense.labels(params.dense1), dense2: dense.labels(params.dense2) }),
    };
    return layer;
}
/**
 * Gated linear unit (Dauphin et al. 2017), as in the LRU block (P4):
 * y = Dense₁(z) ⊙ σ(Dense₂(z)).
 *
 * `z: [..., dIn]` -> `[..., dOut]`.
 */
export const glu = makeGlu('glu', sigmoid);
/**
 * GEGLU (Shazeer 2020): y = Dense₁(z) ⊙ GELU(Dense₂(z)).
 *
 * `z: [..., dIn]` -> `[..., dOut]`.
 */
export const geglu = makeGlu('geglu', (u) => coreGelu(u, false));
/**
 * SwiGLU (Shazeer 2020): y = Dense₁(z) ⊙ SiLU(Dense₂(z)), SiLU(u) = u σ(u).
 *
 * `z: [..., dIn]` -> `[..., dOut]`.
 */
export const swiglu = makeGlu('swiglu', silu);
/**
 * Multi-layer perceptron: h₀ = x, h_{i+1} = φ(h_i W_i + b_i) for the hidden layers,
 * y = h_L W_L + b_L (no nonlinearity on the output). The GPT-2 block's MLP (P2) is
 * `{ dIn: H, hidden: [4H], dOut: H, activation: 'gelu' }`.
 *
 * `x: [..., dIn]` -> `[..., dOut]`.
 */
export const mlp = {
    defaultConfig: () => ({
        dIn: 1,
        hidden: [],
        dOut: 1,
        activation: 'gelu',
        bias: true,
        init: 'lecun',
        distribution: 'truncatedNormal',
        dtype: 'f32',
    }),
    init(key, config) {
        const c = resolveConfig('mlp', mlp.defaultConfig(), config);
        if (!Array.isArray(c.hidden))
            throw new Error('mlp: config.hidden must be an array of widths');
        const widths = [c.dIn, ...c.hidden, c.dOut];
        widths.forEach((w, i) => checkPositiveInt('mlp', i === 0 ? 'dIn' : i === widths.length - 1 ? 'dOut' : `hidden[${i - 1}]`, w));
        checkOneOf('mlp', 'activation', c.activation, ACTIVATIONS);
        const keys = random.split(key, widths.length - 1);
        const layers = keys.map((k, i) => dense.init(k, { dIn: widths[i], dOut: widths[i + 1], bias: c.bias, init: c.init, distribution: c.distribution, dtype: c.dtype }));
        return { layers, activation: c.activation };
    },
    apply(params, x) {
        if (params.layers.length > 0)
            checkLast('mlp.apply', x, params.layers[0].w.shape[0], 'dIn');
        let h = x;
        params.layers.forEach((p, i) => {
            h = dense.apply(p, h);
            if (i < params.layers.length - 1)
                h = activation(params.activation, h);
        });
        return h;
    },
    labels: (params) => ({ layers: params.layers.map((p) => dense.labels(p)), activation: null }),
};
//# sourceMappingURL=ffn.js.map