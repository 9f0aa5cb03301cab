/**
 * `nn.transformer`: a stack of GPT-2 style pre-LayerNorm blocks over a residual stream of width
 * D (PAPERS.md P2, and the GD-ICL anchor / P3 with norm 'none' and no MLP):
 *
 *   h ← h + Attn_l(N_{l,1}(h))                    attention sublayer, every block
 *   h ← h + MLP_l(N_{l,2}(h))                     MLP sublayer (when `mlp`): D -> rD -> D, GELU
 *   y = N_f(h)                                    final norm (GPT-2's ln_f, when `finalNorm`)
 *
 * with N a LayerNorm ('layer'), an RMS norm ('rms') or the identity ('none'), and Attn one of
 *   'linear'   linear self-attention (no scaling, no normalisation): `nn.linearAttention`
 *   'softmax'  softmax attention scaled by 1/√d_k: `nn.attention`
 *   'mesa'     the mesa-layer (causal only): `nn.mesa`
 * each with `nHeads` heads of key size `dKey` and value size `dValue`.
 *
 * Causality is structural (the attention parameters' static `causal`): `causal: true` for
 * autoregressive sequences; `causal: false` with `options.mask` for the GD-ICL token format
 * (`nn.gdIclMask(N)`: every token attends to the N context tokens only). The stack maps tokens to
 * tokens; encoders, read-outs and losses are the caller's (the GD-ICL prediction is
 * −(y-slot of the query output)).
 *
 * x: [B, T, D] or [T, D] -> the same shape.
 */
import * as random from '../core/random.js';
import { fmt } from '../core/shape.js';
import { Tensor } from '../core/tensor.js';
import { add, clip } from '../core/ops/elementwise.js';
import { resolveConfig } from './types.js';
import { ACTIVATIONS, mlp } from './blocks/ffn.js';
import { applyNorm, initNorm, normLabels } from './blocks/norm.js';
import { checkFloatDType, checkKind, checkOneOf, checkPositiveInt } from './blocks/util.js';
import { linearAttention } from './attention/linear-attention.js';
import { mesa } from './attention/mesa.js';
import { attention } from './attention/softmax-attention.js';
export const TRANSFORMER_ATTENTIONS = ['linear', 'softmax', 'mesa'];
export const TRANSFORMER_NORMS = ['layer', 'rms', 'none'];
function defaultConfig() {
    return {
        dModel: 64,
        nLayers: 2,
        attention: 'softmax',
        nHeads: 4,
        dKey: 16,
        dValue: 16,
        causal: true,
        mlp: true,
        mlpRatio: 4,
        activation: 'gelu',
        norm: 'layer',
        finalNorm: true,
        initScale: 1,
        lambdaInit: 1,
        dtype: 'f32',
    };
}
function checkConfig(c) {
    for (const k of ['dModel', 'nHeads', 'dKey', 'dValue'])
        checkPositiveInt('transformer', k, c[k]);
    if (!Number.isInteger(c.nLayers) || c.nLayers < 0)
        throw new Error(`transformer: config.nLayers must be an integer >= 0, got ${c.nLayers}`);
    checkOneOf('transformer', 'attention', c.attention, TRANSFORMER_ATTENTIONS);
    checkOneOf('transformer', 'norm', c.norm, TRANSFORMER_NORMS);
    checkOneOf('transformer', 'activation', c.activation, ACTIVATIONS);
    checkFloatDType('transformer', c.dtype);
    if (c.mlp)
        checkPositiveInt('transformer', 'mlpRatio · dModel', c.mlpRatio * c.dModel);
    if (c.attention === 'mesa' && !c.causal)
        throw new Error("transformer: attention 'mesa' is causal only; set causal: true, or use attention 'linear' or 'softmax' for non-causal blocks");
}
function initAttention(key, c) {
    const proj = { dModel: c.dModel, nHeads: c.nHeads, dKey: c.dKey, dValue: c.dValue, initScale: c.initScale, dtype: c.dtype };
    switch (c.attention) {
        case 'linear':
            return linearAttention.init(key, { ...proj, causal: c.causal });
        case 'softmax':
            return attention.init(key, { ...proj, causal: c.causal });
        case 'mesa':
            return mesa.init(key, { ...proj, lambdaInit: c.lambdaInit });
        default:
            return c.attention;
    }
}
function init(key, config) {
    const c = resolveConfig('transformer', defaultConfig(), config);
    checkConfig(c);
    const [kFinal, ...kBlocks] = random.split(key, 1 + 4 * c.nLayers);
    const blocks = [];
    for (let l = 0; l < c.nLayers; l++) {
        const [kn1, ka, kn2, km] = kBlocks.slice(4 * l, 4 * l + 4);
        blocks.push({
            norm1: initNorm(kn1, c.norm, c.dModel, c.dtype),
            attention: initAttention(ka, c),
            norm2: c.mlp ? initNorm(kn2, c.norm, c.dModel, c.dtype) : null,
            mlp: c.mlp ? mlp.init(km, { dIn: c.dModel, hidden: [c.mlpRatio * c.dModel], dOut: c.dModel, activation: c.activation, dtype: c.dtype }) : null,
        });
    }
    return { kind: 'transformer', norm: c.norm, blocks, finalNorm: c.finalNorm ? initNorm(kFinal, c.norm, c.dModel, c.dtype) : null };
}
function checkParams(p) {
    if (typeof p !== 'object' || p === null)
        throw new Error('transformer: params must be the object nn.transformer.init returns');
    checkKind('transformer', p, 'transformer');
    checkOneOf('transformer', 'norm (params.norm)', p.norm, TRANSFORMER_NORMS);
    if (!Array.isArray(p.blocks))
        throw new Error('transformer: params.blocks must be an array of blocks');
}
/** The attention sublayer of one block on u = N₁(h). */
function attend(p, u, options, l) {
    switch (p.kind) {
        case 'linearAttention':
            return linearAttention.apply(p, u, options);
        case 'attention':
            return attention.apply(p, u, options);
        case 'mesa':
            if (options?.mask !== undefined)
                throw new Error(`transformer: block ${l} is a mesa-layer, which takes no mask (it is causal by construction)`);
            return mesa.apply(p, u);
        default:
            throw new Error(`transformer: block ${l}'s attention has kind ${JSON.stringify(p.kind) ?? 'nothing'}; expected 'linearAttention', 'attention' or 'mesa'`);
    }
}
function apply(params, x, options) {
    checkParams(params);
    if (!(x instanceof Tensor) || (x.rank !== 2 && x.rank !== 3))
        throw new Error(`transformer.apply: x must be [B, T, dModel] or [T, dModel], got ${x instanceof Tensor ? fmt(x.shape) : typeof x}`);
    const c = options?.clipResidual;
    if (c !== undefined && !(c > 0))
        throw new Error(`transformer.apply: options.clipResidual must be a number > 0, got ${String(c)}`);
    let h = x;
    params.blocks.forEach((b, l) => {
        h = add(h, attend(b.attention, applyNorm(params.norm, b.norm1, h)[0], options, l));
        if (b.mlp !== null)
            h = add(h, mlp.apply(b.mlp, applyNorm(params.norm, b.norm2, h)[0]));
        if (c !== undefined && Number.isFinite(c))
            h = clip(h, -c, c);
        options?.onBlock?.(l, h);
    });
    return params.finalNorm === null ? h : applyNorm(params.norm, params.finalNorm, h)[0];
}
function attentionLabels(p) {
    switch (p.kind) {
        case 'linearAttention':
            return linearAttention.labels(p);
        case 'attention':
            return attention.labels(p);
        case 'mesa':
            return mesa.labels(p);
        default:
            return p;
    }
}
/** Norms 'norm', attention projections 'weight' (mesa's λ 'recurrent'), MLP weights and biases. */
function labels(params) {
    checkParams(params);
    return {
        kind: null,
        norm: null,
        blocks: params.blocks.map((b) => ({
            norm1: normLabels(b.norm1),
            attention: attentionLabels(b.attention),
            norm2: normLabels(b.norm2),
            mlp: b.mlp === null ? null : mlp.labels(b.mlp),
        })),
        finalNorm: normLabels(params.finalNorm),
    };
}
/**
 * `nn.transformer` (module notes). x: [B, T, D] or [T, D] -> the same shape.
 *
 * @example
 *   // GD-ICL: one linear self-attention layer, no norm, no MLP, over N context tokens + query
 *   const p = nn.transformer.init(key, { dModel: 11, nLayers: 1, attention: 'linear', nHeads: 1,
 *     dKey: 11, dValue: 11, causal: false, mlp: false, norm: 'none', finalNorm: false });
 *   nn.transformer.apply(p, tokens, { mask: nn.gdIclMask(10) });
 */
export const transformer = { defaultConfig, init, apply, labels };
//# sourceMappingURL=transformer.js.map