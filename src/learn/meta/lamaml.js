/**
 * Look-ahead meta-learning for continual learning (La-MAML, Gupta, Yadav & Paull 2020) and its
 * sparse variant with a step-function learning-rate mask (PAPERS.md P8, last bullet).
 *
 * One update on an incoming batch of n samples (x_1 … x_n) and a meta batch M (samples replayed
 * from memory together with the incoming ones):
 *
 *   φ_0 = θ,   φ_i = φ_{i−1} − r ⊙ ∇_φ ℓ(φ_{i−1}; x_i)          (one inner step per sample)
 *   L_meta(θ, ρ) = (1/n) Σ_{i=1..n} L(φ_i; M)
 *
 * with per-parameter step sizes r, a tree shaped like θ, computed from the learned tree ρ:
 *
 *   'learned'  r = ReLU(α), ρ = α                      (La-MAML's learned learning rates)
 *   'mask'     r = α₀ m(κ), ρ = κ, m = ½(sign κ + 1),  straight-through dm/dκ = ½ (sparse-MAML's
 *              binary mask: each weight either learns at α₀ or is frozen)
 *
 * The outer step first moves ρ by SGD, ρ ← ρ − η_ρ clip(∇_ρ L_meta), then θ by the new step
 * sizes, θ ← θ − r(ρ) ⊙ clip(∇_θ L_meta) (La-MAML's asynchronous update: a weight with step size 0
 * stays where it is); clip rescales a gradient tree to global norm ≤ `clipNorm`.
 *
 * First order (the La-MAML default on MNIST) holds the inner gradients ∇ℓ(φ_{i−1}; x_i) constant,
 * so ∇_θ L_meta = (1/n) Σ_i ∇L(φ_i; M) and ∇_r L_meta = −(1/n) Σ_i Σ_{k≤i} ∇ℓ(φ_{k−1}; x_k) ⊙ ∇L(φ_i; M);
 * second order differentiates through them.
 */
import { grad, stopGradient, valueAndGrad } from '../../core/autodiff.js';
import * as tree from '../../core/tree.js';
import { binaryMask } from './mask.js';
export const LAMAML_RATES = ['learned', 'mask'];
function check(o) {
    if (!LAMAML_RATES.includes(o.rates))
        throw new Error(`learn.meta.lamaml: rates must be 'learned' or 'mask', got ${JSON.stringify(o.rates)}`);
    if (o.rates === 'mask' && !(typeof o.maskStep === 'number' && o.maskStep > 0 && Number.isFinite(o.maskStep)))
        throw new Error(`learn.meta.lamaml: rates 'mask' needs maskStep, a finite number > 0, got ${o.maskStep}`);
    if (!(o.ratesLr >= 0 && Number.isFinite(o.ratesLr)))
        throw new Error(`learn.meta.lamaml: ratesLr must be a finite number ≥ 0, got ${o.ratesLr}`);
    if (o.clipNorm !== undefined && !(o.clipNorm >= 0))
        throw new Error(`learn.meta.lamaml: clipNorm must be a number ≥ 0, got ${o.clipNorm}`);
}
/** The step sizes r(ρ) (module notes), differentiable in ρ. */
export function lamamlStepSizes(rates, o) {
    switch (o.rates) {
        case 'learned':
            return tree.map((a) => a.relu(), rates);
        case 'mask':
            return tree.map((k) => binaryMask(k).mul(o.maskStep), rates);
        default:
            throw new Error(`learn.meta.lamaml: unknown rates ${String(o.rates)}`);
    }
}
/** L_meta(θ, ρ) and its gradient (module notes). `samples`: the n incoming samples, one batch each. */
export function lamamlMetaGradient(loss, params, samples, metaBatch, o) {
    check(o);
    if (samples.length === 0)
        throw new Error('learn.meta.lamaml: samples must hold at least one incoming sample');
    const firstOrder = o.firstOrder ?? true;
    const objective = (m) => {
        const r = lamamlStepSizes(m.rates, o);
        let phi = m.theta;
        let total;
        for (const s of samples) {
            const g = grad((p) => loss(p, s))(firstOrder ? stopGradient(phi) : phi);
            phi = tree.map((p, gi, ri) => p.sub(gi.mul(ri)), phi, g, r);
            const l = loss(phi, metaBatch);
            total = total === undefined ? l : total.add(l);
        }
        return total.div(samples.length);
    };
    const [value, g] = valueAndGrad(objective)(params);
    return { metaLoss: value.item(), grad: g };
}
/** g rescaled to global norm ≤ c (c = 0: unchanged). */
function clip(g, c) {
    if (c === 0)
        return g;
    const leaves = tree.leaves(g);
    const norm = Math.sqrt(leaves.reduce((s, l) => s + l.square().sum().item(), 0));
    return norm <= c ? g : tree.map((l) => l.mul(c / norm), g);
}
/** One La-MAML update (module notes): ρ by SGD, then θ by the new step sizes. */
export function lamamlStep(loss, params, samples, metaBatch, o) {
    const { metaLoss, grad: g } = lamamlMetaGradient(loss, params, samples, metaBatch, o);
    const c = o.clipNorm ?? 2;
    const gRates = clip(g.rates, c);
    const gTheta = clip(g.theta, c);
    const rates = stopGradient(tree.map((p, gi) => p.sub(gi.mul(o.ratesLr)), params.rates, gRates));
    const r = lamamlStepSizes(rates, o);
    const theta = stopGradient(tree.map((p, gi, ri) => p.sub(gi.mul(ri)), params.theta, gTheta, r));
    return { params: { theta, rates }, metaLoss };
}
//# sourceMappingURL=lamaml.js.map