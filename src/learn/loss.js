/**
 * Sequence losses shared by every gradient mode of `learn.sequenceGradients`: the sum of the
 * per-entry losses over the counted entries and the counters behind the metrics, for a whole
 * sequence (`y: [B, T, K]`) or one time step (`y: [B, K]`). The batch loss is that sum divided
 * by the number of counted (step, unit) entries of the whole batch, which is known before the
 * first step: L = Σ_t L_t with L_t = (1/count) Σ_{b,k} m_{b,t} ℓ_{b,t,k}.
 *
 *   'xent'  ℓ = logsumexp(y) − y[target]                 targets: i32 class ids (one entry per step)
 *   'bce'   ℓ = softplus(y) − t·y  (sigmoid cross-entropy) targets: {0, 1} floats (one entry per unit)
 *   'mse'   ℓ = (y − t)²                                  targets: floats (one entry per unit)
 */
import { argmax, logsumexp, sum } from '../core/ops/reduce.js';
import { cast, eq, gt, mul, softplus, square, sub } from '../core/ops/elementwise.js';
import { takeAlongAxis } from '../core/ops/indexing.js';
import { squeeze, unsqueeze } from '../core/ops/shape-ops.js';
import { fmt } from '../core/shape.js';
export const LOSS_KINDS = ['xent', 'bce', 'mse'];
/**
 * Loss terms of outputs `y: [..., K]` against `target` (`[...]` i32 ids for 'xent', `[..., K]`
 * floats otherwise), with an optional mask `[...]` (1 where the entry counts).
 */
export function lossTerms(kind, y, target, mask) {
    const lead = y.shape.slice(0, -1);
    const weight = (e) => {
        // e: per-entry losses [...] ('xent') or [..., K]
        if (mask === null)
            return e;
        const m = cast(mask, y.dtype);
        return mul(e, e.rank === m.rank ? m : unsqueeze(m, -1));
    };
    switch (kind) {
        case 'xent': {
            if (target.dtype !== 'i32')
                throw new Error(`learn: loss 'xent' needs i32 class ids as targets, got ${target.dtype}${fmt(target.shape)}`);
            checkShape('xent', target.shape, lead);
            const picked = squeeze(takeAlongAxis(y, unsqueeze(target, -1), -1), -1); // y[target]: [...]
            const per = sub(logsumexp(y, -1), picked);
            const hit = cast(eq(argmax(y, -1), target), y.dtype);
            return { sum: sum(weight(per)), correct: sum(weight(hit)), squaredError: null };
        }
        case 'bce': {
            checkShape('bce', target.shape, y.shape);
            const t = cast(target, y.dtype);
            const per = sub(softplus(y), mul(t, y));
            const hit = cast(eq(gt(y, 0), gt(t, 0.5)), y.dtype);
            return { sum: sum(weight(per)), correct: sum(weight(hit)), squaredError: null };
        }
        case 'mse': {
            checkShape('mse', target.shape, y.shape);
            const s = sum(weight(square(sub(y, cast(target, y.dtype)))));
            return { sum: s, correct: null, squaredError: s };
        }
        default:
            throw new Error(`learn: unknown loss '${String(kind)}' (valid: ${LOSS_KINDS.join(', ')})`);
    }
}
function checkShape(kind, got, want) {
    if (got.length !== want.length || got.some((d, i) => d !== want[i])) {
        throw new Error(`learn: loss '${kind}' needs targets of shape ${fmt(want)} for outputs of that model, got ${fmt(got)}`);
    }
}
/** Entries per step and batch element that the loss counts: 1 for 'xent', K for 'bce'/'mse'. */
export function unitsPerStep(kind, dOutput) {
    return kind === 'xent' ? 1 : dOutput;
}
//# sourceMappingURL=loss.js.map