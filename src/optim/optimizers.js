import { addDecayedWeights, chain, checkLearningRate, identity, scaleByAdam, scaleByLearningRate, trace } from './transform.js';
/**
 * Stochastic gradient descent with PyTorch's `torch.optim.SGD` semantics:
 *   g ← g + λ·p                                    (coupled weight decay, enters the momentum)
 *   b₁ = g,  bₜ = μ·bₜ₋₁ + (1 − τ)·g               (momentum buffer, if μ > 0)
 *   d = g + μ·bₜ (nesterov) or d = bₜ (or d = g if μ = 0)
 *   p ← p − η(t)·d
 */
export function sgd(lr, { momentum = 0, nesterov = false, dampening = 0, weightDecay = 0 } = {}) {
    checkLearningRate('sgd', lr);
    const mom = momentum === 0 && !nesterov && dampening === 0 ? identity() : trace({ momentum, nesterov, dampening }, 'sgd');
    return chain(addDecayedWeights(weightDecay, 'sgd'), mom, scaleByLearningRate(lr, 'sgd'));
}
/**
 * Adam (Kingma & Ba 2015), bias-corrected, with t the 1-based step:
 *   m ← b₁m + (1 − b₁)g,  v ← b₂v + (1 − b₂)g²,
 *   p ← p − η(t−1)·(m/(1 − b₁ᵗ)) / (√(v/(1 − b₂ᵗ)) + ε).
 * Defaults b₁ = 0.9, b₂ = 0.999, ε = 1e-8 (ε outside the square root, as PyTorch and optax).
 */
export function adam(lr, options = {}) {
    checkLearningRate('adam', lr);
    return chain(scaleByAdam(options, 'adam'), scaleByLearningRate(lr, 'adam'));
}
/**
 * AdamW (Loshchilov & Hutter 2019): Adam with decoupled weight decay, as optax.adamw and
 * torch.optim.AdamW:
 *   p ← p − η(t−1)·( m̂/(√v̂ + ε) + λ·p ).
 * The decay is scaled by the learning rate (so it follows the schedule) but never enters the
 * moment estimates.
 */
export function adamw(lr, { weightDecay = 1e-4, ...adamOptions } = {}) {
    checkLearningRate('adamw', lr);
    return chain(scaleByAdam(adamOptions, 'adamw'), addDecayedWeights(weightDecay, 'adamw'), scaleByLearningRate(lr, 'adamw'));
}
//# sourceMappingURL=optimizers.js.map