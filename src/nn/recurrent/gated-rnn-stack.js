/**
 * `nn.gatedRnnStack`: L gated RNN layers of PAPERS.md P3 in sequence, each the linear diagonal
 * recurrence between GLU-style multiplicative gates of `nn.gatedRnn`:
 *
 *   h^l_t = λ^l ⊙ h^l_{t−1} + (W^l_a x̃^l_t) ⊙ (W^l_b x̃^l_t),   z^l_t = D^l[(W^l_c h^l_t) ⊙ (W^l_d h^l_t)]
 *   x^{l+1}_t = z^l_t  (+ x^l_t when `residual` and the widths agree)
 *
 * Widths: layer 0 maps dIn -> dModel, interior layers dModel -> dModel, the last layer
 * dModel -> dOut (one layer: dIn -> dOut, which is exactly `nn.gatedRnn`). Every layer has N =
 * dHidden recurrent neurons and M = dGate output gates.
 *
 * x: [B, T, dIn] or [T, dIn] -> [B, T, dOut] or [T, dOut]; `step` carries one state [..., N] per layer.
 */
import { add } from '../../core/ops/elementwise.js';
import * as random from '../../core/random.js';
import { resolveConfig } from '../types.js';
import { checkKind, checkPositiveInt } from '../blocks/util.js';
import { gatedRnn } from './gated-rnn.js';
function defaultConfig() {
    return {
        dIn: 16,
        dModel: 16,
        dOut: 16,
        nLayers: 2,
        dHidden: 64,
        dGate: 64,
        residual: true,
        lambdaParametrization: 'sigmoid',
        lambdaMin: 0,
        lambdaMax: 1,
        dtype: 'f32',
    };
}
function init(key, config) {
    const c = resolveConfig('gatedRnnStack', defaultConfig(), config);
    checkPositiveInt('gatedRnnStack', 'nLayers', c.nLayers);
    checkPositiveInt('gatedRnnStack', 'dModel', c.dModel);
    const keys = random.split(key, c.nLayers);
    const layers = keys.map((k, l) => gatedRnn.init(k, {
        dIn: l === 0 ? c.dIn : c.dModel,
        dOut: l === c.nLayers - 1 ? c.dOut : c.dModel,
        dHidden: c.dHidden,
        dGate: c.dGate,
        lambdaParametrization: c.lambdaParametrization,
        lambdaMin: c.lambdaMin,
        lambdaMax: c.lambdaMax,
        dtype: c.dtype,
    }));
    return { kind: 'gatedRnnStack', residual: c.residual, layers };
}
function checkParams(p) {
    if (typeof p !== 'object' || p === null)
        throw new Error('gatedRnnStack: params must be the object nn.gatedRnnStack.init returns');
    checkKind('gatedRnnStack', p, 'gatedRnnStack');
    if (!Array.isArray(p.layers) || p.layers.length === 0)
        throw new Error('gatedRnnStack: params.layers must be a non-empty array of nn.gatedRnn parameters');
    if (typeof p.residual !== 'boolean')
        throw new Error(`gatedRnnStack: params.residual must be a boolean, got ${JSON.stringify(p.residual) ?? 'nothing'}`);
}
/** Output of layer l on its input u, with the residual where the widths agree. */
function around(p, u, z) {
    return p.residual && u.shape[u.rank - 1] === z.shape[z.rank - 1] ? add(u, z) : z;
}
function apply(p, x) {
    checkParams(p);
    let h = x;
    for (const layer of p.layers)
        h = around(p, h, gatedRnn.apply(layer, h));
    return h;
}
function initialState(p, batchShape) {
    checkParams(p);
    return p.layers.map((l) => gatedRnn.initialState(l, batchShape));
}
function step(p, hs, xT) {
    checkParams(p);
    if (!Array.isArray(hs) || hs.length !== p.layers.length)
        throw new Error(`gatedRnnStack.step: the state must hold one tensor per layer (${p.layers.length}); use nn.gatedRnnStack.initialState`);
    let u = xT;
    const next = [];
    p.layers.forEach((layer, l) => {
        const [h, z] = gatedRnn.step(layer, hs[l], u);
        next.push(h);
        u = around(p, u, z);
    });
    return [next, u];
}
function labels(p) {
    checkParams(p);
    return { kind: null, residual: null, layers: p.layers.map((l) => gatedRnn.labels(l)) };
}
/** `nn.gatedRnnStack` (module notes). */
export const gatedRnnStack = { defaultConfig, init, apply, initialState, step, labels };
//# sourceMappingURL=gated-rnn-stack.js.map