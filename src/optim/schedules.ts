/**
 * Learning-rate schedules: plain functions `step -> value` of the optimizer step count
 * (0 for the first update), evaluated in JS so that no device read-back is needed. The
 * formulas follow optax (`constant_schedule`, `linear_schedule`, `exponential_decay`,
 * `warmup_cosine_decay_schedule`), so hyperparameters from JAX papers carry over unchanged.
 */

/** A learning-rate schedule: the value to use at optimizer step `step` (0, 1, 2, ...). */
export type Schedule = (step: number) => number;

function finite(fn: string, name: string, v: number): void {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`${fn}: ${name} must be a finite number, got ${String(v)}`);
}

function positive(fn: string, name: string, v: number): void {
  finite(fn, name, v);
  if (v <= 0) throw new Error(`${fn}: ${name} must be > 0, got ${v}`);
}

function nonNegative(fn: string, name: string, v: number): void {
  finite(fn, name, v);
  if (v < 0) throw new Error(`${fn}: ${name} must be ≥ 0, got ${v}`);
}

/** η(t) = value. */
export function constant(value: number): Schedule {
  finite('schedules.constant', 'value', value);
  return () => value;
}

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
export function linear({ init, end, transitionSteps, transitionBegin = 0 }: LinearScheduleOptions): Schedule {
  const fn = 'schedules.linear';
  finite(fn, 'init', init);
  finite(fn, 'end', end);
  positive(fn, 'transitionSteps', transitionSteps);
  nonNegative(fn, 'transitionBegin', transitionBegin);
  return (step) => {
    const c = Math.min(Math.max(step - transitionBegin, 0), transitionSteps);
    return init + ((end - init) * c) / transitionSteps;
  };
}

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
export function exponential({ init, decayRate, transitionSteps, staircase = false, transitionBegin = 0, end }: ExponentialScheduleOptions): Schedule {
  const fn = 'schedules.exponential';
  finite(fn, 'init', init);
  positive(fn, 'decayRate', decayRate);
  positive(fn, 'transitionSteps', transitionSteps);
  nonNegative(fn, 'transitionBegin', transitionBegin);
  if (end !== undefined) finite(fn, 'end', end);
  return (step) => {
    const t = step - transitionBegin;
    if (t <= 0) return init;
    const p = staircase ? Math.floor(t / transitionSteps) : t / transitionSteps;
    const v = init * decayRate ** p;
    if (end === undefined) return v;
    return decayRate < 1 ? Math.max(v, end) : Math.min(v, end);
  };
}

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
export function warmupCosine({ peak, warmupSteps, totalSteps, init = 0, end = 0 }: WarmupCosineOptions): Schedule {
  const fn = 'schedules.warmupCosine';
  finite(fn, 'peak', peak);
  finite(fn, 'init', init);
  finite(fn, 'end', end);
  nonNegative(fn, 'warmupSteps', warmupSteps);
  finite(fn, 'totalSteps', totalSteps);
  if (totalSteps <= warmupSteps) {
    throw new Error(`${fn}: totalSteps (${totalSteps}) must be greater than warmupSteps (${warmupSteps}); totalSteps includes the warmup`);
  }
  const decaySteps = totalSteps - warmupSteps;
  return (step) => {
    if (step < warmupSteps) return init + ((peak - init) * Math.max(step, 0)) / warmupSteps;
    const s = Math.min(step - warmupSteps, decaySteps);
    return end + (peak - end) * 0.5 * (1 + Math.cos((Math.PI * s) / decaySteps));
  };
}
