/**
 * One training step of P6's MNIST equilibrium RNN (nn.equilibriumRnn: U 784→256, W 256×256,
 * decoder 256→10; batch 64, float32, mean cross-entropy), for benchmarks:
 *   'lcp': least control with dynamic inversion (α 0.1, k_i 1, k_p 0, threshold 1e-6, ≤ 800
 *          steps), the update −(∂_θ g)ᵀ e* − (∂_θ D)ᵀ u*, then Adam;
 *   'rbp': recurrent backprop (forward and adjoint iteration to relative change 1e-4, ≤ 200
 *          steps each), then Adam.
 * Weights and inputs come from the harness's deterministic `fill` (the PyTorch peer,
 * bench/torch_peer.py, draws the same numbers), so both settle in about the same number of steps.
 * Each call starts from the same parameters, so every call does the same work.
 */
import { optim, tensor } from '../src/index.js';
import { controlledEquilibrium } from '../src/learn/lcp/controller.js';
import { lcpGradients, rbpGradients } from '../src/learn/lcp/updates.js';
import { crossEntropy } from '../src/experiments/p6-lcp/mnist-flat.js';
import { fill } from './harness.js';
export const EQUILIBRIUM_STEP_SHAPE = { B: 64, H: 784, N: 256, O: 10 };
/** The parameters and batch drawn from `fill` (seeds 31–36); x ∈ [0, 1], labels b mod 10. */
export function equilibriumStepData() {
    const { B, H, N, O } = EQUILIBRIUM_STEP_SHAPE;
    const t = (n, shape, seed, scale) => tensor(fill(n, seed, scale), { shape });
    const params = {
        kind: 'equilibriumRnn',
        u: t(N * H, [N, H], 31, 1 / Math.sqrt(H)),
        b: t(N, [N], 32, 1 / Math.sqrt(H)),
        w: t(N * N, [N, N], 33, 1 / Math.sqrt(N)),
        d: t(O * N, [O, N], 34, 1 / Math.sqrt(N)),
        dBias: t(O, [O], 35, 1 / Math.sqrt(N)),
    };
    const x = t(B * H, [B, H], 36, 0.5).add(0.5);
    const labels = Int32Array.from({ length: B }, (_, b) => b % 10);
    return { params, x, labels };
}
export function makeEquilibriumStep(method) {
    const { params, x, labels } = equilibriumStepData();
    const loss = crossEntropy(labels);
    const opt = optim.adam(1e-3);
    const state = opt.init(params);
    return {
        train() {
            let grads;
            let iterations;
            if (method === 'lcp') {
                const eq = controlledEquilibrium(params, x, loss, { controller: 'dynamicInversion', alpha: 0.1, ki: 1, kp: 0, threshold: 1e-6, maxIter: 800 });
                grads = lcpGradients(params, x, eq);
                iterations = eq.iterations;
            }
            else {
                const r = rbpGradients(params, x, loss, { threshold: 1e-4, maxIter: 200 });
                grads = r.grads;
                iterations = r.forwardIterations + r.adjointIterations;
            }
            const [updates] = opt.update(grads, state, params);
            const next = optim.applyUpdates(params, updates);
            next.w.dataSync();
            return iterations;
        },
    };
}
//# sourceMappingURL=equilibrium-step.js.map