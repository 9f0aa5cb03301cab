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
import { dispose, scope } from '../core/device.js';
import { sliceAxis } from '../core/ops/movement.js';
import { squeeze } from '../core/ops/shape-ops.js';
import type { Tensor } from '../core/tensor.js';
import { tensorIdWatermark } from '../core/tensor.js';
import { collectTensors } from '../core/tree.js';
import { GradientSum } from './accumulate.js';

/**
 * What differs between the callers of `onlineLoop`: R the resolved parameters the steps
 * differentiate, S the carried state, A what a step's loss reports beside its value, M the
 * running tallies of those reports.
 */
export interface OnlineSteps<R, S, A, M> {
  /** The number of time steps T. */
  readonly length: number;
  /** The state at t = 0: states and traces reset (constants). */
  readonly initial: S;
  /**
   * Step t: with `r` possibly traced and the state `s` (constants), the next state (constants:
   * nothing in it may carry a gradient path to `r`) and the output y_t.
   */
  step(r: R, s: S, t: number): readonly [S, Tensor];
  /** False when step t is known to have no loss: it only advances the state (no gradient is taken). */
  counted(t: number): boolean;
  /** Step t's loss L_t (a scalar) from y_t, and what to tally beside it. */
  loss(y: Tensor, t: number): readonly [Tensor, A];
  /** The tallies before the first step. */
  readonly tallies: M;
  /** The tallies with step t's loss value and report folded in (runs outside differentiation). */
  tally(m: M, value: Tensor, report: A): M;
}

/** The result of `onlineLoop`: the summed estimate, shaped like the caller's parameters, and the tallies. */
export interface OnlineLoopResult<P, M> {
  readonly grads: P;
  readonly tallies: M;
}

/**
 * Run the online loop (see the module notes): `resolve` maps the caller's parameters to the
 * ones the steps read (differentiable; applied once per batch), `steps(resolved)` says what a
 * step is. Returns Σ_t ∂L_t/∂params through the steps' backward rules, and the tallies.
 */
export function onlineLoop<P, R, S, A, M>(params: P, resolve: (p: P) => R, steps: (resolved: R) => OnlineSteps<R, S, A, M>): OnlineLoopResult<P, M> {
  // Each step runs in a scope that keeps only what the next step needs (the state, the tallies,
  // the running sum); what earlier steps made and is no longer carried is released at once. So
  // one step's tensors are live at a time, and on the CPU they reuse the same blocks of the
  // tensor heap step after step (in place, no page faults) instead of fresh arrays.
  return scope(() => {
    const [resolved, pullback] = vjp(resolve, params);
    const o = steps(resolved);
    const acc = new GradientSum<R>();
    let state = o.initial;
    let tallies = o.tallies;
    let carried = new Set<Tensor>();
    for (let t = 0; t < o.length; t++) {
      const start = tensorIdWatermark();
      const s = state;
      const m = tallies;
      [state, tallies] = scope((): readonly [S, M, Tensor[]] => {
        if (!o.counted(t)) return [o.step(resolved, s, t)[0], m, acc.tensors()];
        const stepLoss = (r: R): readonly [Tensor, readonly [S, A]] => {
          const [next, y] = o.step(r, s, t);
          const [l, report] = o.loss(y, t);
          return [l, [next, report]];
        };
        const [[value, [next, report]], g] = valueAndGrad(stepLoss, { hasAux: true })(resolved);
        acc.add(g);
        return [next, o.tally(m, value, report), acc.tensors()];
      });
      const now = new Set(collectTensors([state, tallies, acc.tensors()]));
      for (const x of carried) if (!now.has(x)) dispose(x);
      carried = new Set([...now].filter((x) => x.id >= start || carried.has(x)));
    }
    const [grads] = pullback(acc.result(resolved));
    return { grads, tallies };
  });
}

/** Step t of a batch of sequences: `[B, ...]` from `[B, T, ...]` (inputs, targets, masks, outputs). */
export function atStep(x: Tensor, t: number): Tensor {
  return squeeze(sliceAxis(x, 1, t, t + 1), 1);
}
