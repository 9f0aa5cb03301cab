import type { Tensor } from '../core/tensor.js';
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
export declare function onlineLoop<P, R, S, A, M>(params: P, resolve: (p: P) => R, steps: (resolved: R) => OnlineSteps<R, S, A, M>): OnlineLoopResult<P, M>;
/** Step t of a batch of sequences: `[B, ...]` from `[B, T, ...]` (inputs, targets, masks, outputs). */
export declare function atStep(x: Tensor, t: number): Tensor;
