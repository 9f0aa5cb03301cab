/**
 * In-context linear regression (PAPERS.md "GD-ICL anchor", von Oswald et al. 2023, and P3).
 *
 * One task: a matrix W ∈ ℝ^{d_y × d_x} drawn from `wDist`, N context inputs x_j and a query
 * x_q drawn i.i.d. coordinate-wise from `xDist`, and targets y = W x (no noise):
 *
 *   context (x_j, y_j = W x_j), j = 1..N,   query x_q,   target y_q = W x_q.
 *
 * Defaults (the GD-ICL set-up that reproduces the reported numbers): N = 10, d_x = 10, d_y = 1,
 * W ~ N(0, I), x ~ U(−0.5, 0.5).
 *
 * Two layouts of the same batch (D = d_x + d_y):
 *
 * - GD-ICL tokens (`iclTokens`): [B, N + 1, D], rows e_j = [x_j; y_j], then the query token
 *   e_q = [x_q; 0] last. Attention over it is non-causal over the N context tokens (the query
 *   token is no key: `nn.gdIclMask(N)`); the prediction is read off the query position.
 * - Causal sequences for recurrent models (`iclSequence`):
 *     'pairs'        [B, N + 1, D]: the same rows as the tokens, read step by step; the model's
 *                    output at the last step (t = N, the query) is its prediction;
 *     'interleaved'  [B, 2N + 1, D]: x_1, y_1, …, x_N, y_N, x_q, each in its own slot of a
 *                    D-wide token ([x_j; 0], [0; y_j], [x_q; 0]); the prediction is read at
 *                    the last step (t = 2N).
 *   In both, the query comes last, so a causal model has seen the whole context when it
 *   answers.
 *
 * Everything is drawn from an explicit key: `sample(key, B)` is a pure function of (key, B).
 */
import { zeros } from '../core/creation.js';
import { neg } from '../core/ops/elementwise.js';
import { matmul } from '../core/ops/matmul.js';
import { concat, stack } from '../core/ops/movement.js';
import { mT, reshape, squeeze, unsqueeze } from '../core/ops/shape-ops.js';
import * as random from '../core/random.js';
import { fmt } from '../core/shape.js';
import { Tensor } from '../core/tensor.js';
/** The GD-ICL defaults: N = 10, d_x = 10, d_y = 1, x ~ U(−0.5, 0.5), W ~ N(0, I). */
export function defaultLinearRegressionIclConfig() {
    return { nContext: 10, dX: 10, dY: 1, xDist: { kind: 'uniform', low: -0.5, high: 0.5 }, wDist: { kind: 'normal', mean: 0, std: 1 } };
}
export const ICL_SEQUENCE_LAYOUTS = ['pairs', 'interleaved'];
function checkDist(name, d) {
    const bad = (why) => {
        throw new Error(`tasks.linearRegressionIcl: ${name} ${why}, got ${JSON.stringify(d)}`);
    };
    if (typeof d !== 'object' || d === null)
        bad("must be { kind: 'uniform', low, high } or { kind: 'normal', mean, std }");
    if (d.kind === 'uniform') {
        if (!Number.isFinite(d.low) || !Number.isFinite(d.high) || !(d.low < d.high))
            bad('(uniform) needs finite low < high');
    }
    else if (d.kind === 'normal') {
        if (!Number.isFinite(d.mean) || !Number.isFinite(d.std) || !(d.std >= 0))
            bad('(normal) needs a finite mean and a finite std ≥ 0');
    }
    else
        bad("must have kind 'uniform' or 'normal'");
}
function draw(key, d, shape, dtype) {
    return d.kind === 'uniform'
        ? random.uniform(key, shape, { minval: d.low, maxval: d.high, dtype })
        : random.normal(key, shape, { mean: d.mean, std: d.std, dtype });
}
/** Raise unless the sizes and distributions are valid. */
export function checkLinearRegressionIcl(c) {
    for (const k of ['nContext', 'dX', 'dY']) {
        if (!Number.isInteger(c[k]) || c[k] < 1)
            throw new Error(`tasks.linearRegressionIcl: ${k} must be an integer ≥ 1, got ${c[k]}`);
    }
    checkDist('xDist', c.xDist);
    checkDist('wDist', c.wDist);
}
/**
 * In-context linear regression tasks (module notes). `config` is merged over the GD-ICL
 * defaults.
 *
 * @example
 *   const task = tasks.linearRegressionIcl({ nContext: 10, dX: 10, dY: 1 });
 *   const b = task.sample(random.key(0), 2048);      // x [2048, 10, 10], y [2048, 10, 1], xq, yq, w
 *   const e = tasks.iclTokens(b);                    // [2048, 11, 11]
 */
export function linearRegressionIcl(config = {}) {
    const c = { ...defaultLinearRegressionIclConfig(), ...config };
    checkLinearRegressionIcl(c);
    const { nContext: N, dX, dY } = c;
    return {
        config: c,
        dToken: dX + dY,
        sample(key, batchSize, dtype = 'f32') {
            if (!Number.isInteger(batchSize) || batchSize < 0)
                throw new Error(`tasks.linearRegressionIcl.sample: batchSize must be an integer ≥ 0, got ${batchSize}`);
            if (dtype !== 'f32' && dtype !== 'f64')
                throw new Error(`tasks.linearRegressionIcl.sample: dtype must be 'f32' or 'f64', got '${String(dtype)}'`);
            const [kw, kx] = random.split(key, 2);
            const w = draw(kw, c.wDist, [batchSize, dY, dX], dtype);
            const xAll = draw(kx, c.xDist, [batchSize, N + 1, dX], dtype); // context rows, then the query
            const yAll = matmul(xAll, mT(w)); // [B, N + 1, d_y]: rows (W x)ᵀ
            return {
                x: xAll.slice(null, [0, N]),
                y: yAll.slice(null, [0, N]),
                xq: squeeze(xAll.slice(null, [N, N + 1]), 1),
                yq: squeeze(yAll.slice(null, [N, N + 1]), 1),
                w,
            };
        },
    };
}
function checkBatch(where, b) {
    const ok = typeof b === 'object' &&
        b !== null &&
        [b.x, b.y, b.xq].every((t) => t instanceof Tensor) &&
        b.x.rank === 3 &&
        b.y.rank === 3 &&
        b.xq.rank === 2 &&
        b.y.shape[0] === b.x.shape[0] &&
        b.y.shape[1] === b.x.shape[1] &&
        b.xq.shape[0] === b.x.shape[0] &&
        b.xq.shape[1] === b.x.shape[2];
    if (!ok) {
        const s = (t) => (t instanceof Tensor ? fmt(t.shape) : typeof t);
        throw new Error(`${where}: expected a batch with x [B, N, d_x], y [B, N, d_y], xq [B, d_x], got x ${s(b?.x)}, y ${s(b?.y)}, xq ${s(b?.xq)}`);
    }
    const [B, N, dX] = b.x.shape;
    return { B, N, dX, dY: b.y.shape[2] };
}
/**
 * GD-ICL tokens of a batch: [B, N + 1, d_x + d_y], rows [x_j; y_j], then the query [x_q; 0]
 * (or [x_q; −W₀ x_q] when an initial W₀ [d_y, d_x] is given: the query token of the
 * construction of one GD step from W₀, `nn.gdConstruction`).
 */
export function iclTokens(b, w0) {
    const { B, dX, dY } = checkBatch('tasks.iclTokens', b);
    if (w0 !== undefined && (!(w0 instanceof Tensor) || w0.rank !== 2 || w0.shape[0] !== dY || w0.shape[1] !== dX))
        throw new Error(`tasks.iclTokens: w0 must be a [d_y, d_x] = [${dY}, ${dX}] tensor, got ${w0 instanceof Tensor ? fmt(w0.shape) : typeof w0}`);
    const q = unsqueeze(b.xq, 1); // [B, 1, d_x]
    const yq = w0 === undefined ? zeros([B, 1, dY], { dtype: b.x.dtype, device: b.x.device }) : neg(matmul(q, mT(reshape(w0, [1, dY, dX]))));
    return concat([concat([b.x, b.y], 2), concat([q, yq], 2)], 1);
}
/** A batch as a causal sequence in `layout` (module notes): x [B, T, d_x + d_y], queryStep = T − 1. */
export function iclSequence(b, layout = 'pairs') {
    const { B, N, dX, dY } = checkBatch('tasks.iclSequence', b);
    switch (layout) {
        case 'pairs':
            return { x: iclTokens(b), queryStep: N };
        case 'interleaved': {
            const opts = { dtype: b.x.dtype, device: b.x.device };
            const xTok = concat([b.x, zeros([B, N, dY], opts)], 2); // [x_j; 0]: [B, N, D]
            const yTok = concat([zeros([B, N, dX], opts), b.y], 2); // [0; y_j]: [B, N, D]
            const pairs = reshape(stack([xTok, yTok], 2), [B, 2 * N, dX + dY]); // x_1, y_1, x_2, …
            const q = concat([unsqueeze(b.xq, 1), zeros([B, 1, dY], opts)], 2);
            return { x: concat([pairs, q], 1), queryStep: 2 * N };
        }
        default:
            throw new Error(`tasks.iclSequence: layout must be one of ${ICL_SEQUENCE_LAYOUTS.join(', ')}, got '${String(layout)}'`);
    }
}
//# sourceMappingURL=linear-regression-icl.js.map