/**
 * Learning-rate schedules: plain functions `step -> value` of the optimizer step count
 * (0 for the first update), evaluated in JS so that no device read-back is needed. The
 * formulas follow optax (`constant_schedule`, `linear_schedule`, `exponential_decay`,
 * `warmup_cosine_decay_schedule`), so hyperparameters from JAX papers carry over unchanged.
 */
function finite(fn, name, v) {
    if (typeof v !== 'number' || !Number.isFinite(v))
        throw new Error(`${fn}: ${name} must be a finite number, got ${String(v)}`);
}
function positive(fn, name, v) {
    finite(fn, name, v);
    if (v <= 0)
        throw new Error(`${fn}: ${name} must be > 0, got ${v}`);
}
function nonNegative(fn, name, v) {
    finite(fn, name, v);
    if (v < 0)
        throw new Error(`${fn}: ${name} must be ≥ 0, got ${v}`);
}
/** η(t) = value. */
export function constant(value) {
    finite('schedules.constant', 'value', value);
    return () => value;
}
/**
 * Linear interpolation (optax `linear_schedule`):
 *   c = clip(t − begin, 0, transitionSteps);  η(t) = init + (end − init)·c / transitionSteps.
 */
export function linear({ init, end, transitionSteps, transitionBegin = 0 }) {
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
/**
 * Exponential decay (optax `exponential_decay`):
 *   p = (t − begin)/transitionSteps (floored if `staircase`);  η(t) = init·decayRate^p for
 *   t > begin, init otherwise; then bounded by `end` if given.
 */
export function exponential({ init, decayRate, transitionSteps, staircase = false, transitionBegin = 0, end }) {
    const fn = 'schedules.exponential';
    finite(fn, 'init', init);
    positive(fn, 'decayRate', decayRate);
    positive(fn, 'transitionSteps', transitionSteps);
    nonNegative(fn, 'transitionBegin', transitionBegin);
    if (end !== undefined)
        finite(fn, 'end', end);
    return (step) => {
        const t = step - transitionBegin;
        if (t <= 0)
            return init;
        const p = staircase ? Math.floor(t / transitionSteps) : t / transitionSteps;
        const v = init * decayRate ** p;
        if (end === undefined)
            return v;
        return decayRate < 1 ? Math.max(v, end) : Math.min(v, end);
    };
}
/**
 * Linear warmup then cosine decay (optax `warmup_cosine_decay_schedule`; `totalSteps` is
 * optax's `decay_steps`, which includes the warmup):
 *   t < W:  η(t) = init + (peak − init)·t/W
 *   t ≥ W:  s = min(t − W, D), D = totalSteps − W;  η(t) = end + (peak − end)·½(1 + cos(π s/D)).
 */
export function warmupCosine({ peak, warmupSteps, totalSteps, init = 0, end = 0 }) {
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
        if (step < warmupSteps)
            return init + ((peak - init) * Math.max(step, 0)) / warmupSteps;
        const s = Math.min(step - warmupSteps, decaySteps);
        return end + (peak - end) * 0.5 * (1 + Math.cos((Math.PI * s) / decaySteps));
    };
}
//# sourceMappingURL=schedules.js.map