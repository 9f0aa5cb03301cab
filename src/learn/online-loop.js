/**
 * The online loop of PAPERS.md P4, shared by `learn.sequenceGradients` (an `nn.seq` model) and
 * `learn.layerGradients` (one recurrent layer): it advances over the time steps carrying the
 * states and traces of one step, and sums the steps' gradient estimates.
 *
 * At step t, `valueAndGrad` of the step's loss L_t with respect to the resolved parameters r
 * runs the step once. The step's backward pass is the mode's rule (online-lru.ts, snap.ts:
 * the trace products, e.g. G_λ,t = δ_t ⊙ e^λ_t; spatial backprop across layers), so the
 * gradient is step t's estimate. The next state (h_t and the traces, constants) and the
 * caller's per-step tallies leave the differentiated function as its auxiliary output
 * (`hasAux`): nothing outside it is written while it is traced. The sum G = Σ_t ∂L_t/∂r is
 * pulled back to the caller's parameters once per batch (for the LRU the chain rule
 * ∂/∂νlog = Re(G_λ · (−exp(νlog) λ)), …; see `resolveParams`). Live memory: one step's states
 * and traces and the running sum — nothing grows with T.
 */
import { valueAndGrad, vjp } from '../core/autodiff.js';
import { sliceAxis } from '../core/ops/movement.js';
import { squeeze } from '../core/ops/shape-ops.js';
import { GradientSum } from './accumulate.js';
/**
 * Run the online loop (see the module notes): `resolve` maps the caller's parameters to the
 * ones the steps read (differentiable; applied once per batch), `steps(resolved)` says what a
 * step is. Returns Σ_t ∂L_t/∂params through the steps' backward rules, and the tallies.
 */
export function onlineLoop(params, resolve, steps) {
    const [resolved, pullback] = vjp(resolve, params);
    const o = steps(resolved);
    const acc = new GradientSum();
    let state = o.initial;
    let tallies = o.tallies;
    for (let t = 0; t < o.length; t++) {
        if (!o.counted(t)) {
            state = o.step(resolved, state, t)[0];
            continue;
        }
        const s = state;
        const stepLoss = (r) => {
            const [next, y] = o.step(r, s, t);
            const [l, report] = o.loss(y, t);
            return [l, [next, report]];
        };
        const [[value, [next, report]], g] = valueAndGrad(stepLoss, { hasAux: true })(resolved);
        state = next;
        tallies = o.tally(tallies, value, report);
        acc.add(g);
    }
    const [grads] = pullback(acc.result(resolved));
    return { grads, tallies };
}
/** Step t of a batch of sequences: `[B, ...]` from `[B, T, ...]` (inputs, targets, masks, outputs). */
export function atStep(x, t) {
    return squeeze(sliceAxis(x, 1, t, t + 1), 1);
}
//# sourceMappingURL=online-loop.js.map