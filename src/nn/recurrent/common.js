/**
 * Shared plumbing of the recurrent layers: parameter and input-shape checks, dense maps over the
 * last axis, and the time loop that turns a `step` into a whole-sequence `apply`. Config checks
 * (`checkPositiveInt`, `checkFloatDType`, `checkOneOf`) and explicit broadcasting of per-channel
 * vectors (`alongLast`: strict mode needs `[B, T, N] ⊙ [1, 1, N]`) live in `../blocks/util.ts`.
 */
import { zeros } from '../../core/creation.js';
import { matmul } from '../../core/ops/matmul.js';
import { split, stack } from '../../core/ops/movement.js';
import { mT, reshape } from '../../core/ops/shape-ops.js';
import { fmt } from '../../core/shape.js';
import { Tensor } from '../../core/tensor.js';
/** Raise unless `p[name]` is a tensor of the given shape. */
export function checkParam(layer, name, t, shape) {
    if (t === undefined)
        throw new Error(`${layer}: parameter '${name}' is missing`);
    if (t.shape.length !== shape.length || t.shape.some((d, i) => d !== shape[i])) {
        throw new Error(`${layer}: parameter '${name}' has shape ${fmt(t.shape)}, expected ${fmt(shape)}`);
    }
}
/**
 * Check a whole-sequence input x: [B, T, dIn] or [T, dIn] (`symbol` names dIn as the layer's
 * config does); returns the time axis (rank − 2).
 */
export function sequenceAxis(layer, x, dIn, symbol = 'dIn') {
    if (!(x instanceof Tensor))
        throw new Error(`${layer}.apply: x must be a Tensor [B, T, ${symbol}], got ${typeof x}`);
    if ((x.rank !== 2 && x.rank !== 3) || x.shape[x.rank - 1] !== dIn)
        throw new Error(`${layer}.apply: x must be [B, T, ${symbol}] or [T, ${symbol}] with ${symbol} = ${dIn} (from the parameters), got ${fmt(x.shape)}`);
    return x.rank - 2;
}
/** Check one time step x_t: [..., dIn] (`symbol` names dIn as the layer's config does). */
export function checkStepInput(layer, xT, dIn, symbol = 'dIn') {
    if (!(xT instanceof Tensor))
        throw new Error(`${layer}.step: x_t must be a Tensor [..., ${symbol}], got ${typeof xT}`);
    if (xT.rank === 0 || xT.shape[xT.rank - 1] !== dIn)
        throw new Error(`${layer}.step: x_t must be [..., ${symbol}] with ${symbol} = ${dIn} (one time step; from the parameters), got ${fmt(xT.shape)}`);
}
/** Check a state tensor against the step input: h [...batch, n] for x_t [...batch, dIn]. */
export function checkState(layer, name, h, xT, n) {
    const batch = xT.shape.slice(0, -1);
    const ok = h.rank === batch.length + 1 && h.shape[h.rank - 1] === n && batch.every((d, i) => d === h.shape[i]);
    if (!ok)
        throw new Error(`${layer}: state ${name} has shape ${fmt(h.shape)}, expected ${fmt([...batch, n])} for x_t ${fmt(xT.shape)}`);
}
/** x W^T over the last axis: x [..., in], w [out, in] -> [..., out]. */
export function dense(x, w) {
    return matmul(x, mT(w));
}
/** Zeros [...batch, n] in a parameter's dtype, on its device. */
export function zeroState(like, batchShape, n) {
    if (!batchShape.every((d) => Number.isInteger(d) && d >= 0))
        throw new Error(`initialState: batch shape must hold non-negative integers, got ${fmt(batchShape)}`);
    return zeros([...batchShape, n], { dtype: like.dtype, device: like.device });
}
/**
 * Run a recurrence over the time axis of u: [..., T, D] (axis = rank − 2), one `cell` call per
 * step on u_t: [..., D]; the per-step outputs are stacked back along the same axis.
 * (Used after hoisting the input projections out of the loop: only the recurrent part runs
 * step by step.) T = 0 gives an empty [..., 0, dOut] output.
 */
export function loopTime(u, axis, s0, dOut, cell) {
    const T = u.shape[axis];
    if (T === 0)
        return zeros([...u.shape.slice(0, axis), 0, dOut], { dtype: u.dtype, device: u.device });
    const stepShape = u.shape.filter((_, i) => i !== axis);
    const ys = [];
    let s = s0;
    for (const part of split(u, T, axis)) {
        const [s1, y] = cell(s, reshape(part, stepShape));
        s = s1;
        ys.push(y);
    }
    return stack(ys, axis);
}
//# sourceMappingURL=common.js.map