/**
 * `simpleCnn`: a plain convolutional classifier described by an architecture string, the
 * networks of the permutation-alignment study (PAPERS.md P5, "64-64-avg-128-128"):
 *
 *   for each token of `arch` ('-'-separated): an integer k -> conv 3×3 ('same', k channels),
 *   [batch norm], ReLU;  'avg' -> 2×2 average pool
 *   then global average pool -> dense -> logits.
 *
 * Convolutions and the head have no bias by default (as the authors' networks) and Kaiming-normal
 * weights N(0, 2 / fan_in).
 */
import { relu } from '../../core/ops/elementwise.js';
import { avgPool2d, globalAvgPool } from '../../core/ops/pool.js';
import * as random from '../../core/random.js';
import { Tensor } from '../../core/tensor.js';
import { resolveConfig } from '../types.js';
import { batchNorm2d, conv2d } from './conv.js';
import { dense } from './dense.js';
import { batchNorm } from './norm.js';
import { checkFloatDType, checkKind, checkPositiveInt } from './util.js';
/** The tokens of an architecture string: channel counts and 'avg'. */
export function parseArch(where, arch) {
    if (typeof arch !== 'string' || arch.length === 0)
        throw new Error(`${where}: arch must be a string such as '64-64-avg-128-128', got ${JSON.stringify(arch)}`);
    const tokens = arch.split('-').map((t) => {
        if (t === 'avg')
            return 'avg';
        const k = Number(t);
        if (!Number.isInteger(k) || k < 1)
            throw new Error(`${where}: arch token '${t}' of '${arch}' is neither a positive channel count nor 'avg'`);
        return k;
    });
    if (!tokens.some((t) => t !== 'avg'))
        throw new Error(`${where}: arch '${arch}' has no convolution`);
    return tokens;
}
/**
 * The forward pass returning logits, the inputs of every layer after the first (the features
 * each next layer reads: post-ReLU maps after any pooling, [B, C, h, w], and the pooled [B, C]
 * that feeds the head) and, with batch norm in train mode, each batch norm's batch moments.
 */
function forward(params, x, options) {
    checkKind('simpleCnn', params, 'simpleCnn');
    const tokens = parseArch('simpleCnn', params.arch);
    const train = options.train === true;
    const hasNorm = params.convs.some((l) => l.norm !== undefined);
    if (hasNorm && !train && options.stats === undefined)
        throw new Error('simpleCnn: eval mode needs options.stats (running statistics, see learn.align.recomputeBatchNormStats); pass { train: true } to use batch statistics');
    if (hasNorm && options.stats !== undefined && options.stats.length !== params.convs.length)
        throw new Error(`simpleCnn: options.stats has ${options.stats.length} entries for ${params.convs.length} convolutions`);
    const features = [];
    const next = [];
    const preNorm = [];
    let h = x;
    let l = 0;
    for (const t of tokens) {
        if (t === 'avg') {
            h = avgPool2d(h, { kernel: 2 });
            continue;
        }
        if (l > 0)
            features.push(h);
        const layer = params.convs[l];
        h = conv2d.apply(layer.conv, h);
        if (layer.norm !== undefined) {
            preNorm.push(h);
            if (train && options.stats !== undefined) {
                const [y, s] = batchNorm2d.applyWithStats(layer.norm, options.stats[l], h, { train: true });
                h = y;
                next.push(s);
            }
            else
                h = batchNorm2d.apply(layer.norm, h, train ? { train: true } : { stats: options.stats?.[l] });
        }
        h = relu(h);
        l++;
    }
    const pooled = globalAvgPool(h); // [B, C]
    features.push(pooled);
    return { logits: dense.apply(params.head, pooled), features, preNorm, stats: next.length > 0 ? next : [...(options.stats ?? [])] };
}
/**
 * A conv net from an architecture string (see the module notes). `x: [B, cIn, H, W]` ->
 * `[B, nClasses]`; any H, W that the average pools leave ≥ 1.
 */
export const simpleCnn = {
    defaultConfig: () => ({
        cIn: 1,
        arch: '64-64-avg-128-128',
        nClasses: 10,
        batchNorm: false,
        bias: false,
        eps: 1e-5,
        momentum: 0.9,
        dtype: 'f32',
    }),
    init(key, config) {
        const c = resolveConfig('simpleCnn', simpleCnn.defaultConfig(), config);
        checkPositiveInt('simpleCnn', 'cIn', c.cIn);
        checkPositiveInt('simpleCnn', 'nClasses', c.nClasses);
        checkFloatDType('simpleCnn', c.dtype);
        const widths = parseArch('simpleCnn', c.arch).filter((t) => t !== 'avg');
        const keys = random.split(key, widths.length + 1);
        const convs = widths.map((w, i) => ({
            conv: conv2d.init(keys[i], {
                cIn: i === 0 ? c.cIn : widths[i - 1],
                cOut: w,
                kernel: [3, 3],
                padding: 'same',
                bias: c.bias,
                init: 'he',
                distribution: 'normal',
                dtype: c.dtype,
            }),
            ...(c.batchNorm ? { norm: batchNorm.init(keys[i], { dim: w, eps: c.eps, momentum: c.momentum, dtype: c.dtype }) } : {}),
        }));
        const head = dense.init(keys[widths.length], {
            dIn: widths[widths.length - 1],
            dOut: c.nClasses,
            bias: c.bias,
            init: 'he',
            distribution: 'normal',
            dtype: c.dtype,
        });
        return { convs, head, arch: c.arch, kind: 'simpleCnn' };
    },
    /** Running statistics before any batch (mean 0, var 1), one per batch norm; empty without. */
    initStats: (params) => params.convs.filter((l) => l.norm !== undefined).map((l) => batchNorm.initStats(l.norm)),
    apply(params, x, options = {}) {
        if (!(x instanceof Tensor) || x.rank !== 4)
            throw new Error(`simpleCnn.apply: x must be [B, C, H, W], got ${x instanceof Tensor ? `[${x.shape.join(', ')}]` : typeof x}`);
        return forward(params, x, options).logits;
    },
    /**
     * The logits and the inputs of every layer after the first: for convolution l < L the map
     * [B, C_l, h, w] that convolution l + 1 reads, and the pooled [B, C_L] the head reads; and
     * the input of every batch norm, [B, C_l, H_l, W_l] (empty without batch norm).
     */
    features(params, x, options = {}) {
        const { logits, features, preNorm } = forward(params, x, options);
        return { logits, features, preNorm };
    },
    /** Apply and return the updated running statistics (train mode: r ← momentum · r + (1 − momentum) · batch moment) or the same ones (eval mode). */
    applyWithStats(params, stats, x, options = {}) {
        const r = forward(params, x, { train: options.train, stats });
        return [r.logits, r.stats];
    },
    /** conv w: 'weight', conv b: 'bias', batch norm: 'norm', head: dense's labels. */
    labels: (params) => ({
        convs: params.convs.map((l) => ({ conv: conv2d.labels(l.conv), ...(l.norm !== undefined ? { norm: batchNorm.labels(l.norm) } : {}) })),
        head: dense.labels(params.head),
        arch: null,
        kind: null,
    }),
};
//# sourceMappingURL=simple-cnn.js.map