/**
 * Gradient transformations (optax's design): a pair of pure functions
 *   init(params) -> state,   update(updates, state, params?) -> [updates', state'].
 * An optimizer is a chain of such transformations ending in `scaleByLearningRate`, and
 * `applyUpdates(params, updates)` adds the result to the parameters. Nothing is mutated:
 * states are trees of tensors (plus plain-number step counters), so they can be copied,
 * checkpointed and differentiated through like any other value.
 */
import { scalar, zerosLike } from '../core/creation.js';
import { isFloat } from '../core/dtype.js';
import { add, cast, div, maximum, mul, sqrt, square } from '../core/ops/elementwise.js';
import { sum } from '../core/ops/reduce.js';
import * as tree from '../core/tree.js';
// ---------------------------------------------------------------------------------------------
// helpers
/** Internal: check a hyperparameter, naming the public function in the error. */
export function checkHyper(fn, name, v, lo, hi, loOpen = false, hiOpen = false) {
    const ok = typeof v === 'number' && Number.isFinite(v) && (loOpen ? v > lo : v >= lo) && (hiOpen ? v < hi : v <= hi);
    if (!ok) {
        const range = `${loOpen ? '(' : '['}${lo}, ${hi === Infinity ? '∞' : hi}${hiOpen || hi === Infinity ? ')' : ']'}`;
        throw new Error(`${fn}: ${name} must be a finite number in ${range}, got ${String(v)}`);
    }
}
function checkCount(fn, state) {
    const c = state?.count;
    if (typeof c !== 'number' || !Number.isInteger(c) || c < 0) {
        throw new Error(`${fn}: state has no valid step count (got ${String(c)}); pass the state returned by init or the previous update`);
    }
    return c;
}
function needParams(fn, params) {
    if (params === undefined)
        throw new Error(`${fn}: update needs the current params (for weight decay); call update(grads, state, params)`);
    return params;
}
/** Internal: a learning rate at a step as a checked JS number. */
export function learningRateAt(fn, lr, step) {
    const v = typeof lr === 'number' ? lr : lr(step);
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
        const src = typeof lr === 'number' ? 'learning rate' : `learning-rate schedule at step ${step} returned`;
        throw new Error(`${fn}: ${src} ${String(v)}; a learning rate must be a finite number ≥ 0`);
    }
    return v;
}
/** Internal: validate a learning rate at construction (schedules are checked when evaluated). */
export function checkLearningRate(fn, lr) {
    if (typeof lr === 'function')
        return;
    learningRateAt(fn, lr, 0);
}
// ---------------------------------------------------------------------------------------------
// applying updates, norms
/**
 * p ← p + u, leaf by leaf. Updates are cast to each parameter's dtype so an f64 update never
 * silently promotes f32 parameters.
 */
export function applyUpdates(params, updates) {
    return tree.map((p, u) => add(p, u.dtype === p.dtype ? u : cast(u, p.dtype)), params, updates);
}
/** ‖t‖ = √(Σ over all leaves of Σ x²): a scalar tensor (f64 if any leaf is f64, else f32). */
export function globalNorm(t) {
    const leaves = tree.leaves(t);
    const dtype = leaves.some((l) => l.dtype === 'f64') ? 'f64' : 'f32';
    let total = null;
    for (const l of leaves) {
        if (!isFloat(l.dtype))
            throw new Error(`globalNorm: leaf of dtype ${l.dtype} (shape [${l.shape.join(', ')}]); only f32/f64 leaves have a norm`);
        const s = cast(sum(square(l)), dtype);
        total = total === null ? s : add(total, s);
    }
    return total === null ? scalar(0, dtype) : sqrt(total);
}
// ---------------------------------------------------------------------------------------------
// building blocks
/** u ← u. */
export function identity() {
    return { init: () => ({}), update: (updates, state) => [updates, state] };
}
/** u ← 0 (freezes the parameters it is applied to, e.g. one group of `multiTransform`). */
export function setToZero() {
    return { init: () => ({}), update: (updates, state) => [tree.map((u) => zerosLike(u), updates), state] };
}
/** u ← factor·u. */
export function scale(factor) {
    checkHyper('scale', 'factor', factor, -Infinity, Infinity);
    return { init: () => ({}), update: (updates, state) => [tree.map((u) => mul(u, factor), updates), state] };
}
/**
 * u ← −η(t)·u with t the number of previous updates (so the first update uses η(0)); the
 * sign makes `applyUpdates` descend. `fn` names the optimizer in errors.
 */
export function scaleByLearningRate(lr, fn = 'scaleByLearningRate') {
    checkLearningRate(fn, lr);
    return {
        init: () => ({ count: 0 }),
        update: (updates, state) => {
            const t = checkCount(fn, state);
            const eta = learningRateAt(fn, lr, t);
            return [tree.map((u) => mul(u, -eta), updates), { count: t + 1 }];
        },
    };
}
/**
 * Weight decay added to the updates: u ← u + λ·p. Before the momentum/Adam statistics this is
 * coupled (L2-regularisation) decay, as PyTorch's `SGD(weight_decay=λ)`; after them, and
 * before `scaleByLearningRate`, it is AdamW's decoupled decay. `fn` names the caller in errors.
 */
export function addDecayedWeights(weightDecay, fn = 'addDecayedWeights') {
    checkHyper(fn, 'weightDecay', weightDecay, 0, Infinity);
    return {
        init: () => ({}),
        update: (updates, state, params) => {
            if (weightDecay === 0)
                return [updates, state];
            const p = needParams(fn, params);
            return [tree.map((u, w) => add(u, mul(w, weightDecay)), updates, p), state];
        },
    };
}
/**
 * Momentum with PyTorch's `SGD` semantics:
 *   b₁ = g₁,  bₜ = μ·bₜ₋₁ + (1 − τ)·gₜ (t > 1);   u = g + μ·b (nesterov) or u = b.
 * (With τ = 0 this equals optax's `trace`, whose buffer starts at 0.) `fn` names the caller in errors.
 */
export function trace({ momentum, nesterov = false, dampening = 0 }, fn = 'trace') {
    checkHyper(fn, 'momentum', momentum, 0, Infinity);
    checkHyper(fn, 'dampening', dampening, 0, 1);
    if (nesterov && (momentum === 0 || dampening !== 0)) {
        throw new Error(`${fn}: nesterov momentum needs momentum > 0 and dampening = 0 (got momentum ${momentum}, dampening ${dampening})`);
    }
    return {
        init: (params) => ({ count: 0, momentum: tree.map((p) => zerosLike(p), params) }),
        update: (updates, state) => {
            const t = checkCount(fn, state);
            const b = t === 0 ? updates : tree.map((bPrev, g) => add(mul(bPrev, momentum), dampening === 0 ? g : mul(g, 1 - dampening)), state.momentum, updates);
            const out = nesterov ? tree.map((g, bt) => add(g, mul(bt, momentum)), updates, b) : b;
            return [out, { count: t + 1, momentum: b }];
        },
    };
}
/**
 * Adam's rescaling (Kingma & Ba 2015, bias-corrected), with t = count + 1:
 *   m ← b₁m + (1 − b₁)g,  v ← b₂v + (1 − b₂)g²,  u = m̂/(√v̂ + ε),
 *   m̂ = m/(1 − b₁ᵗ),  v̂ = v/(1 − b₂ᵗ).
 * The corrections are computed in JS float64, so they stay exact for f32 parameters.
 * `fn` names the caller in errors.
 */
export function scaleByAdam({ b1 = 0.9, b2 = 0.999, eps = 1e-8 } = {}, fn = 'scaleByAdam') {
    checkHyper(fn, 'b1', b1, 0, 1, false, true);
    checkHyper(fn, 'b2', b2, 0, 1, false, true);
    checkHyper(fn, 'eps', eps, 0, Infinity);
    return {
        init: (params) => ({ count: 0, mu: tree.map((p) => zerosLike(p), params), nu: tree.map((p) => zerosLike(p), params) }),
        update: (updates, state) => {
            const t = checkCount(fn, state) + 1;
            const mu = tree.map((m, g) => add(mul(m, b1), mul(g, 1 - b1)), state.mu, updates);
            const nu = tree.map((v, g) => add(mul(v, b2), mul(square(g), 1 - b2)), state.nu, updates);
            const bc1 = 1 - b1 ** t;
            const bc2 = 1 - b2 ** t;
            const out = tree.map((m, v) => div(div(m, bc1), add(sqrt(div(v, bc2)), eps)), mu, nu);
            return [out, { count: t, mu, nu }];
        },
    };
}
/**
 * Rescale all updates together so that their global norm is at most `maxNorm`:
 *   u ← u · maxNorm / max(‖u‖, maxNorm).
 * Computed with tensor ops (no read-back), so it stays on the device.
 */
export function clipByGlobalNorm(maxNorm) {
    checkHyper('clipByGlobalNorm', 'maxNorm', maxNorm, 0, Infinity, true);
    return {
        init: () => ({}),
        update: (updates, state) => {
            const norm = globalNorm(updates);
            const factor = div(maxNorm, maximum(norm, maxNorm)); // ≤ 1; exactly 1 below the threshold
            return [tree.map((u) => mul(u, factor.dtype === u.dtype ? factor : cast(factor, u.dtype)), updates), state];
        },
    };
}
/**
 * Compose transformations left to right: the updates pass through `transforms[0]`, then
 * `transforms[1]`, ...; the state is the tuple of their states.
 */
export function chain(...transforms) {
    return {
        init: (params) => transforms.map((t) => t.init(params)),
        update: (updates, state, params) => {
            if (!Array.isArray(state) || state.length !== transforms.length) {
                throw new Error(`chain: expected a state array of length ${transforms.length} (one per transformation), got ${Array.isArray(state) ? `length ${state.length}` : typeof state}`);
            }
            let u = updates;
            const next = [];
            transforms.forEach((t, i) => {
                const [ui, si] = t.update(u, state[i], params);
                u = ui;
                next.push(si);
            });
            return [u, next];
        },
    };
}
//# sourceMappingURL=transform.js.map