import { reshape } from '../../core/ops/shape-ops.js';
import { Tensor } from '../../core/tensor.js';
import { leaves } from '../../core/tree.js';
/** `v: [H]` reshaped to `[1, …, 1, H]` with `rank` axes, to broadcast against `[..., H]`. */
export function alongLast(v, rank) {
    if (v.rank !== 1)
        throw new Error(`alongLast: expected a vector, got shape [${v.shape.join(', ')}]`);
    if (rank <= 1)
        return v;
    return reshape(v, [...new Array(rank - 1).fill(1), v.shape[0]]);
}
/**
 * Raise unless `x` is a tensor whose last axis has size `d`; `where` names the function
 * (`dense.apply`), `symbol` the width as the layer's config does (`dIn`, `dim`).
 */
export function checkLast(where, x, d, symbol, what = 'x') {
    if (!(x instanceof Tensor))
        throw new Error(`${where}: ${what} must be a Tensor [..., ${symbol}], got ${typeof x}`);
    if (x.rank === 0 || x.shape[x.rank - 1] !== d) {
        throw new Error(`${where}: ${what} must be [..., ${symbol}] with ${symbol} = ${d} (from the parameters), got [${x.shape.join(', ')}]`);
    }
}
/** Raise unless `n` is a positive integer. */
export function checkPositiveInt(layer, name, n) {
    if (!Number.isInteger(n) || n < 1)
        throw new Error(`${layer}: config.${name} must be a positive integer, got ${n}`);
}
/** Raise unless `dtype` is 'f32' or 'f64'. */
export function checkFloatDType(layer, dtype) {
    if (dtype !== 'f32' && dtype !== 'f64')
        throw new Error(`${layer}: config.dtype must be 'f32' or 'f64', got '${String(dtype)}'`);
}
/**
 * Raise unless the static field `kind` of `params` is `kind`: parameters of another layer, or
 * hand-built ones without their static fields, are named as such.
 */
export function checkKind(layer, params, kind) {
    const got = params.kind;
    if (got !== kind) {
        throw new Error(`${layer}: params.kind must be '${kind}', got ${JSON.stringify(got) ?? 'nothing'}; create the parameters with nn.${layer}.init (hand-built parameters need the static field kind: '${kind}')`);
    }
}
/** Raise unless `value` is one of `allowed`. */
export function checkOneOf(layer, name, value, allowed) {
    if (!allowed.includes(value)) {
        throw new Error(`${layer}: config.${name} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got '${String(value)}'`);
    }
}
/** Number of scalar parameters in a tree (the sizes of its tensor leaves; static fields count 0). */
export function countParams(params) {
    return leaves(params).reduce((s, t) => s + t.size, 0);
}
//# sourceMappingURL=util.js.map