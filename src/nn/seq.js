/**
 * `nn.seq`: the deep sequence model of the LRU papers (PAPERS.md P4) around any mixing layer
 * that follows the `SequenceLayer` contract (LRU, gated/linear RNN, LSTM, GRU, attention...):
 *
 *   x -> encoder (Dense, or Embedding for token ids) -> n blocks -> pooling -> decoder (Dense)
 *
 * and one block, pre-norm (P4: "x -> LayerNorm -> mixing layer -> GELU -> GLU -> dropout
 * (mask shared over time) -> residual add"):
 *
 *   u = N(x),  z = Drop(GLU(GELU(Mixer(u)))),  x' = x + z          (prenorm)
 *   z = Drop(GLU(GELU(Mixer(x)))),  x' = N(x + z)                   (post-norm)
 *
 * with GLU(z) = Dense₁(z) ⊙ σ(Dense₂(z)) (left out when `glu` is false). The 'transformer'
 * block (GPT-2, P2) has two sublayers instead, each with its own norm:
 *
 *   x' = x + Drop(Mixer(N₁(x))),  x'' = x' + Drop(MLP(N₂(x')))      (prenorm; MLP H -> rH -> H, GELU)
 *
 * and post-norm x' = N₁(x + Drop(Mixer(x))), x'' = N₂(x' + Drop(MLP(x'))). An optional final norm
 * (GPT-2's ln_f) precedes the pooling.
 *
 * The structural choices `apply` needs (which norm, pooling, dropout rate) are kept as *static*
 * fields in `params.spec` (strings/numbers/booleans, which `tree` treats as structure:
 * gradients, optimizers and checkpoints pass them through). Each block's mixer parameters carry
 * their own static `kind` (and the structural config of that layer); `apply`/`step` find the
 * mixer by that kind in a fixed table, `SEQ_MIXERS` (every nn mixer), which
 * `nn.seq.withMixers({ name: layer })` extends with layers of one's own into a new `nn.seq`.
 */
import { arange, zeros } from '../core/creation.js';
import { add, div } from '../core/ops/elementwise.js';
import { cumsum } from '../core/ops/cumulative.js';
import { sliceAxis } from '../core/ops/movement.js';
import { mean } from '../core/ops/reduce.js';
import { reshape, squeeze, unsqueeze } from '../core/ops/shape-ops.js';
import * as random from '../core/random.js';
import { resolveConfig } from './types.js';
import { dense, embedding } from './blocks/dense.js';
import { dropout } from './blocks/dropout.js';
import { gelu, glu, mlp } from './blocks/ffn.js';
import { applyNorm, batchNorm, initNorm, normLabels, NORM_KINDS } from './blocks/norm.js';
import { checkSequenceInput, checkStepInput } from './seq-input.js';
import { checkMixerKind, isLayer, kindOf, mixerOf, SEQ_MIXERS, stepperOf } from './seq-mixers.js';
import { checkFloatDType, checkOneOf, checkPositiveInt } from './blocks/util.js';
export { SEQ_MIXERS } from './seq-mixers.js';
export const POOLINGS = ['mean', 'last', 'none', 'cummean'];
export const SEQ_BLOCKS = ['lru', 'transformer'];
// ---------------------------------------------------------------------------------------------
// pieces shared by apply and step
function widthOf(params) {
    return params.decoder.w.shape[0];
}
function checkParams(params) {
    const s = params.spec;
    if (s === undefined || typeof s.pooling !== 'string')
        throw new Error('nn.seq: params have no spec; create them with nn.seq.init');
}
/** How many norms the model applies (one per sublayer, plus the final norm). */
function normSlots(spec, nBlocks) {
    return nBlocks * (spec.block === 'transformer' ? 2 : 1) + (spec.finalNorm ? 1 : 0);
}
/** Runs the norms in order, feeding batch norms their running statistics and collecting the updates. */
class NormRunner {
    kind;
    train;
    stats;
    i = 0;
    updated = [];
    constructor(kind, train, stats) {
        this.kind = kind;
        this.train = train;
        this.stats = stats;
    }
    run(p, x) {
        const s = this.stats?.[this.i++] ?? undefined;
        const [y, s2] = applyNorm(this.kind, p, x, { train: this.train, stats: s });
        this.updated.push(s2 ?? s ?? null);
        return y;
    }
}
function normRunner(spec, nBlocks, options, needed) {
    const train = options?.train === true;
    const s = options?.stats;
    if (spec.norm === 'batch') {
        if (s === undefined && needed) {
            throw new Error("nn.seq: norm 'batch' in eval mode (and in step) needs options.stats (running statistics from nn.seq.initStats / applyWithStats)");
        }
        const n = normSlots(spec, nBlocks);
        if (s !== undefined && s.length !== n)
            throw new Error(`nn.seq: options.stats has ${s.length} entries for ${n} norms`);
    }
    return new NormRunner(spec.norm, train, spec.norm === 'batch' ? s : undefined);
}
function checkSameShape(what, u, m) {
    if (m.shape.length !== u.shape.length || m.shape.some((d, i) => d !== u.shape[i])) {
        throw new Error(`nn.seq: ${what} must map [..., H] to the same shape, got [${u.shape.join(', ')}] -> [${m.shape.join(', ')}]`);
    }
}
/** One residual sublayer: pre-norm h + Drop(f(N(h))), post-norm N(h + Drop(f(h))). */
function sublayer(ctx, norm, h, f, key) {
    const { spec } = ctx;
    const u = spec.prenorm ? ctx.norms.run(norm, h) : h;
    const z = dropout(f(u), { rate: spec.dropout, train: ctx.train, key, sharedAxes: ctx.sharedAxes });
    const out = add(h, z);
    return spec.prenorm ? out : ctx.norms.run(norm, out);
}
/** Block l on h (`[B, T, H]` in apply, `[B, H]` in step); `name` names the mixer in errors. */
function block(ctx, p, h, name, mix, key) {
    const mixChecked = (u) => {
        const m = mix(u);
        checkSameShape(name, u, m);
        return m;
    };
    if (ctx.spec.block === 'lru') {
        return sublayer(ctx, p.norm, h, (u) => {
            const z = gelu(mixChecked(u));
            return p.glu === null ? z : glu.apply(p.glu, z);
        }, key);
    }
    const [k1, k2] = key === undefined ? [undefined, undefined] : random.split(key, 2);
    const h1 = sublayer(ctx, p.norm, h, mixChecked, k1);
    if (p.mlp === null)
        throw new Error("nn.seq: a 'transformer' block needs its mlp parameters");
    const mlpParams = p.mlp;
    return sublayer(ctx, p.norm2, h1, (u) => mlp.apply(mlpParams, u), k2);
}
function encode(params, x) {
    return params.spec.encoder === 'embedding' ? embedding.apply(params.encoder, x) : dense.apply(params.encoder, x);
}
function blockKeys(spec, n, options) {
    const train = options?.train === true;
    if (!train || spec.dropout === 0 || n === 0)
        return new Array(n).fill(undefined);
    if (options?.key === undefined)
        throw new Error(`nn.seq: training with dropout ${spec.dropout} needs options.key`);
    return random.split(options.key, n);
}
// ---------------------------------------------------------------------------------------------
// the layer
function initSeq(table, key, config) {
    const c = resolveConfig('nn.seq', defaultSeqConfig(), config);
    checkPositiveInt('nn.seq', 'dInput', c.dInput);
    checkPositiveInt('nn.seq', 'dModel', c.dModel);
    checkPositiveInt('nn.seq', 'dOutput', c.dOutput);
    if (!Number.isInteger(c.nLayers) || c.nLayers < 0)
        throw new Error(`nn.seq: config.nLayers must be an integer >= 0, got ${c.nLayers}`);
    checkOneOf('nn.seq', 'encoder', c.encoder, ['dense', 'embedding']);
    checkOneOf('nn.seq', 'block', c.block, SEQ_BLOCKS);
    checkOneOf('nn.seq', 'norm', c.norm, NORM_KINDS);
    if (c.block === 'transformer')
        checkPositiveInt('nn.seq', 'mlpRatio · dModel', c.mlpRatio * c.dModel);
    checkOneOf('nn.seq', 'pooling', c.pooling, POOLINGS);
    checkFloatDType('nn.seq', c.dtype);
    if (!(c.dropout >= 0 && c.dropout <= 1))
        throw new Error(`nn.seq: config.dropout must lie in [0, 1], got ${c.dropout}`);
    const mixer = c.mixer;
    if (!isLayer(mixer)) {
        throw new Error('nn.seq: config.mixer must be a SequenceLayer (an object with defaultConfig/init/apply/labels/initialState/step, e.g. nn.lru) or at least a Layer');
    }
    const mixerDefaults = mixer.defaultConfig();
    const mixerConfig = { ...c.mixerConfig };
    if ('dModel' in mixerDefaults && mixerConfig.dModel === undefined)
        mixerConfig.dModel = c.dModel;
    if ('dtype' in mixerDefaults && mixerConfig.dtype === undefined)
        mixerConfig.dtype = c.dtype;
    const [kEnc, kDec, kFinal, ...kBlocks] = random.split(key, 3 + 5 * c.nLayers);
    const encoder = c.encoder === 'embedding'
        ? embedding.init(kEnc, { vocabSize: c.dInput, dim: c.dModel, dtype: c.dtype })
        : dense.init(kEnc, { dIn: c.dInput, dOut: c.dModel, dtype: c.dtype });
    const blocks = [];
    for (let l = 0; l < c.nLayers; l++) {
        const [kn, km, kg, kn2, kf] = kBlocks.slice(5 * l, 5 * l + 5);
        const transformer = c.block === 'transformer';
        const mixerParams = mixer.init(km, mixerConfig); // a parameter tree by the Layer contract
        if (l === 0)
            checkMixerKind(table, mixer, mixerParams);
        blocks.push({
            norm: initNorm(kn, c.norm, c.dModel, c.dtype),
            mixer: mixerParams,
            glu: c.glu && !transformer ? glu.init(kg, { dIn: c.dModel, dOut: c.dModel, dtype: c.dtype }) : null,
            norm2: transformer ? initNorm(kn2, c.norm, c.dModel, c.dtype) : null,
            mlp: transformer ? mlp.init(kf, { dIn: c.dModel, hidden: [c.mlpRatio * c.dModel], dOut: c.dModel, activation: 'gelu', dtype: c.dtype }) : null,
        });
    }
    const spec = {
        encoder: c.encoder,
        block: c.block,
        norm: c.norm,
        prenorm: c.prenorm,
        glu: c.glu,
        dropout: c.dropout,
        dropoutSharedOverTime: c.dropoutSharedOverTime,
        pooling: c.pooling,
        finalNorm: c.finalNorm,
    };
    const finalNorm = c.finalNorm ? initNorm(kFinal, c.norm, c.dModel, c.dtype) : null;
    return { encoder, blocks, finalNorm, decoder: dense.init(kDec, { dIn: c.dModel, dOut: c.dOutput, dtype: c.dtype }), spec };
}
function applySeq(table, params, x, options) {
    checkParams(params);
    const spec = params.spec;
    checkSequenceInput(spec.encoder, params.encoder.w, x);
    const tokenRank = spec.encoder === 'embedding' ? 1 : 2; // rank of an unbatched sequence
    const unbatched = x.rank === tokenRank;
    const xb = unbatched ? unsqueeze(x, 0) : x;
    const n = params.blocks.length;
    const train = options?.train === true;
    const keys = blockKeys(spec, n, options);
    const ctx = { spec, train, sharedAxes: spec.dropoutSharedOverTime ? [1] : [], norms: normRunner(spec, n, options, !train) };
    let h = encode(params, xb); // [B, T, H]
    params.blocks.forEach((p, l) => {
        const [mixer, kind] = mixerOf(table, p.mixer, l);
        h = block(ctx, p, h, `mixer '${kind}'`, (u) => mixer.apply(p.mixer, u, options?.mixer), keys[l]);
    });
    if (spec.finalNorm)
        h = ctx.norms.run(params.finalNorm, h);
    let pooled;
    const T = h.shape[1];
    switch (spec.pooling) {
        case 'none':
            pooled = h;
            break;
        case 'mean':
            pooled = mean(h, 1); // [B, H]
            break;
        case 'last':
            pooled = squeeze(sliceAxis(h, 1, T - 1, T), 1); // [B, H]
            break;
        case 'cummean': {
            const count = reshape(arange(1, T + 1, 1, { dtype: h.dtype, device: h.device }), [1, T, 1]);
            pooled = div(cumsum(h, 1), count); // [B, T, H]
            break;
        }
        default:
            throw new Error(`nn.seq: unknown pooling '${String(spec.pooling)}'`);
    }
    const y = dense.apply(params.decoder, pooled);
    return [unbatched ? squeeze(y, 0) : y, ctx.norms.updated];
}
function defaultSeqConfig() {
    return {
        dInput: 1,
        encoder: 'dense',
        dModel: 1,
        dOutput: 1,
        nLayers: 1,
        mixer: null,
        mixerConfig: {},
        block: 'lru',
        norm: 'layer',
        prenorm: true,
        glu: true,
        dropout: 0,
        dropoutSharedOverTime: true,
        pooling: 'none',
        mlpRatio: 4,
        finalNorm: false,
        dtype: 'f32',
    };
}
/** Labels: encoder, decoder, GLU and MLP from their dense maps, norms 'norm', each mixer's from its layer. */
function labelsSeq(table, params) {
    checkParams(params);
    const spec = {
        encoder: null,
        block: null,
        norm: null,
        prenorm: null,
        glu: null,
        dropout: null,
        dropoutSharedOverTime: null,
        pooling: null,
        finalNorm: null,
    };
    return {
        encoder: params.spec.encoder === 'embedding' ? embedding.labels(params.encoder) : dense.labels(params.encoder),
        blocks: params.blocks.map((b, l) => ({
            norm: normLabels(b.norm),
            mixer: mixerOf(table, b.mixer, l)[0].labels(b.mixer),
            glu: b.glu === null ? null : glu.labels(b.glu),
            norm2: normLabels(b.norm2),
            mlp: b.mlp === null ? null : mlp.labels(b.mlp),
        })),
        finalNorm: normLabels(params.finalNorm),
        decoder: dense.labels(params.decoder),
        spec,
    };
}
function makeSeq(table) {
    return {
        defaultConfig: defaultSeqConfig,
        init: (key, config) => initSeq(table, key, config),
        apply: (params, x, options) => applySeq(table, params, x, options)[0],
        applyWithStats: (params, x, options) => applySeq(table, params, x, options),
        labels: (params) => labelsSeq(table, params),
        initStats(params) {
            checkParams(params);
            const norms = [];
            for (const b of params.blocks) {
                norms.push(b.norm);
                if (params.spec.block === 'transformer')
                    norms.push(b.norm2);
            }
            if (params.spec.finalNorm)
                norms.push(params.finalNorm);
            return norms.map((p) => (params.spec.norm === 'batch' ? batchNorm.initStats(p) : null));
        },
        initialState(params, batchShape) {
            checkParams(params);
            const w = params.decoder.w;
            return {
                mixers: params.blocks.map((b, l) => stepperOf(table, b.mixer, l, 'initialState').initialState(b.mixer, batchShape)),
                sum: zeros([...batchShape, widthOf(params)], { dtype: w.dtype, device: w.device }),
                t: 0,
            };
        },
        step(params, state, xT, options) {
            checkParams(params);
            const spec = params.spec;
            const n = params.blocks.length;
            if (state.mixers.length !== n)
                throw new Error(`nn.seq.step: state has ${state.mixers.length} mixer states for ${n} blocks; use nn.seq.initialState`);
            checkStepInput(spec.encoder, params.encoder.w, state.sum.shape.slice(0, -1), xT);
            const train = options?.train === true;
            if (spec.norm === 'batch' && train)
                throw new Error("nn.seq.step: norm 'batch' cannot use batch statistics one step at a time; step in eval mode with options.stats");
            const keys = blockKeys(spec, n, options);
            const ctx = { spec, train, sharedAxes: [], norms: normRunner(spec, n, options, true) };
            const own = options?.mixerStep;
            let h = encode(params, xT); // [B, H]
            const mixers = [];
            params.blocks.forEach((p, l) => {
                const mixer = own === undefined ? stepperOf(table, p.mixer, l, 'step') : null;
                const mix = (u) => {
                    const [mh, y] = mixer === null ? own(p.mixer, state.mixers[l], u, options?.mixer) : mixer.step(p.mixer, state.mixers[l], u, options?.mixer);
                    mixers.push(mh);
                    return y;
                };
                h = block(ctx, p, h, mixer === null ? 'options.mixerStep' : `mixer '${String(kindOf(p.mixer))}'`, mix, keys[l]);
            });
            if (spec.finalNorm)
                h = ctx.norms.run(params.finalNorm, h);
            const t = state.t + 1;
            let sum = state.sum;
            let pooled = h;
            if (spec.pooling === 'mean' || spec.pooling === 'cummean') {
                sum = add(state.sum, h);
                pooled = div(sum, t);
            }
            return [{ mixers, sum, t }, dense.apply(params.decoder, pooled)];
        },
        mixers: table,
        withMixers(extra) {
            for (const [name, layer] of Object.entries(extra)) {
                if (!isLayer(layer))
                    throw new Error(`nn.seq.withMixers: '${name}' must be a Layer or SequenceLayer (defaultConfig/init/apply/labels, and initialState/step for nn.seq.step)`);
                if (Object.prototype.hasOwnProperty.call(table, name) && table[name] !== layer) {
                    throw new Error(`nn.seq.withMixers: the kind '${name}' is taken by another layer in this nn.seq; give your layer's parameters another kind`);
                }
            }
            return makeSeq({ ...table, ...extra });
        },
    };
}
/**
 * The deep sequence model (P4): Dense encoder -> `nLayers` residual blocks around `mixer` ->
 * pooling -> Dense decoder.
 *
 * `apply(params, x, { key?, train?, stats?, mixer? })`: x `[B, T, dInput]` or `[T, dInput]`
 * (encoder 'embedding': i32 `[B, T]` or `[T]`) -> `[B, T, dOutput]` (pooling 'none' /
 * 'cummean') or `[B, dOutput]` ('mean' / 'last'), without B for unbatched input.
 *
 * `step(params, state, xT, options)`: one time step through all blocks, xT `[B, dInput]` ->
 * `[B, dOutput]`, carrying each mixer's state (or running `options.mixerStep` in place of the
 * mixers' steps). For the causal poolings the outputs of a step loop equal `apply`
 * ('none'/'cummean': step t = apply's position t; 'last': the output of the final step = apply).
 * 'mean' pools over the whole sequence, so no step output can equal it before the end; step
 * returns the readout of the running mean, which at the final step equals `apply`. Dropout with
 * `dropoutSharedOverTime` reproduces apply's masks when every step gets the same key as apply;
 * otherwise pass a fresh key per step. Batch norm steps need running statistics (`stats`):
 * batch statistics over a single time step are not apply's.
 *
 * `labels(params)`: the role of every leaf (see labels.ts), e.g. for optimizer groups:
 *
 *   optim.multiTransform({ recurrent: optim.adam(lr), weight: adamw, bias: adamw, norm: adamw, embedding: adamw },
 *     (p) => nn.seq.labels(p as nn.SeqParams));
 */
export const seq = makeSeq(SEQ_MIXERS);
//# sourceMappingURL=seq.js.map