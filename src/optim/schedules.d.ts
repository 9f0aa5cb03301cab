/**
 * Learning-rate schedules: plain functions `step -> value` of the optimizer step count
 * (0 for the first update), evaluated in JS so that no device read-back is needed. The
 * formulas follow optax (`constant_schedule`, `linear_schedule`, `exponential_decay`,
 * `warmup_cosine_decay_schedule`), so hyperparameters from JAX papers carry over unchanged.
 */
/** A learning-rate schedule: the value to use at optimizer step `step` (0, 1, 2, ...). */
export type Schedule = (step: number) => number;
/** η(t) = value. */
export declare function constant(value: number): Schedule;
export interface LinearScheduleOptions {
    /** Value at and before `transitionBegin`. */
    init: number;
    /** Value from `transitionBegin + transitionSteps` on. */
    end: number;
    /** Number of steps over which the value moves from `init` to `end` (> 0). */
    transitionSteps: number;
    /** Step at which the transition starts (default 0). */
    transitionBegin?: number;
}
/**
 * Linear interpolation (optax `linear_schedule`):
 *   c = clip(t − begin, 0, transitionSteps);  η(t) = init + (end − init)·c / transitionSteps.
 */
export declare function linear({ init, end, transitionSteps, transitionBegin }: LinearScheduleOptions): Schedule;
export interface ExponentialScheduleOptions {
    /** Value at and before `transitionBegin`. */
    init: number;
    /** Factor applied every `transitionSteps` steps (> 0; < 1 decays, > 1 grows). */
    decayRate: number;
    /** Steps per factor of `decayRate` (> 0). */
    transitionSteps: number;
    /** Apply the factor in whole jumps every `transitionSteps` steps instead of continuously. */
    staircase?: boolean;
    /** Step at which decay starts (default 0). */
    transitionBegin?: number;
    /** Optional bound: a floor when decaying, a ceiling when growing. */
    end?: number;
}
/**
 * Exponential decay (optax `exponential_decay`):
 *   p = (t − begin)/transitionSteps (floored if `staircase`);  η(t) = init·decayRate^p for
 *   t > begin, init otherwise; then bounded by `end` if given.
 */
export declare function exponential({ init, decayRate, transitionSteps, staircase, transitionBegin, end }: ExponentialScheduleOptions): Schedule;
export interface WarmupCosineOptions {
    /** Value reached at the end of warmup. */
    peak: number;
    /** Length of the linear warmup (≥ 0; 0 starts the cosine at step 0). */
    warmupSteps: number;
    /** Total length of the schedule, warmup included (> warmupSteps). */
    totalSteps: number;
    /** Value at step 0 (default 0, so the very first update is a no-op, as in optax). */
    init?: number;
    /** Value at and after `totalSteps` (default 0). */
    end?: number;
}
/**
 * Linear warmup then cosine decay (optax `warmup_cosine_decay_schedule`; `totalSteps` is
 * optax's `decay_steps`, which includes the warmup):
 *   t < W:  η(t) = init + (peak − init)·t/W
 *   t ≥ W:  s = min(t − W, D), D = totalSteps − W;  η(t) = end + (peak − end)·½(1 + cos(π s/D)).
 */
export declare function warmupCosine({ peak, warmupSteps, totalSteps, init, end }: WarmupCosineOptions): Schedule;
