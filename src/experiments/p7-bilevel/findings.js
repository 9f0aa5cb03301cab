import { atLeast, atMost, defineFinding, near } from '../tour/finding.js';
import { bilevelEstimators, smokeBilevelEstimatorsConfig } from './bilevel-estimators.js';
import { eqpropMnist, smokeEqpropMnistConfig } from './eqprop-mnist.js';
const ORDER_NOTE = 'the order of the estimator’s bias in β (PAPERS.md P7)';
const p7Orders = defineFinding({
    id: 'p7-ep-orders',
    paper: 'P7',
    source: 'Sec. on equilibrium propagation (estimator bias vs β)',
    claim: 'Equilibrium propagation’s estimate of the hypergradient has a bias of order β when one-sided and of order β² when symmetric or second-order (finite-difference) in the nudging strength β.',
    experiment: bilevelEstimators,
    config: smokeBilevelEstimatorsConfig,
    reduced: 'a Hopfield-like energy network of 10 units (3 read out) on a batch of 2 inputs, β from 2⁻³ to 2⁻⁷; the same measurement at any size (`--config.dim`)',
    quantities: [
        { name: 'slope, one-sided', key: 'slopeOneSided', paper: 1, paperNote: ORDER_NOTE, description: 'slope of log error vs log β' },
        { name: 'slope, symmetric', key: 'slopeSymmetric', paper: 2, paperNote: ORDER_NOTE },
        { name: 'slope, second-order', key: 'slopeSecondOrder', paper: 2, paperNote: ORDER_NOTE },
    ],
    checks: [near('slope, one-sided', 1, 0.2), near('slope, symmetric', 2, 0.2), near('slope, second-order', 2, 0.2)],
    figure: { file: 'ep-vs-beta.svg', caption: 'Relative error of the three EP estimators against β (log–log)' },
    paperCommand: 'looplab run bilevel-estimators',
    seconds: 1,
});
const p7Solvers = defineFinding({
    id: 'p7-implicit-solvers',
    paper: 'P7',
    source: 'Sec. on implicit differentiation (solvers of the adjoint system)',
    claim: 'Implicit differentiation gives the exact hypergradient once the adjoint system H μ = −∂_φ L_out is solved (by conjugate gradients or an accelerated fixed point, with Hessian–vector products), while T1–T2’s H ≈ I is biased.',
    experiment: bilevelEstimators,
    config: smokeBilevelEstimatorsConfig,
    reduced: 'a Hopfield-like energy network of 10 units on a batch of 2 (φ of size 20), up to 64 Hessian–vector products',
    quantities: [
        { name: 'CG error', key: 'errorCg', paper: null, description: 'relative error at 64 products' },
        { name: 'fixed-point error', key: 'errorFixedPoint', paper: null, description: 'Anderson-accelerated, 64 products' },
        { name: 'Neumann error', key: 'errorNeumann', paper: null, description: '64 terms' },
        { name: 'T1–T2 error', key: 'errorT1T2', paper: null, description: 'H ≈ I' },
    ],
    checks: [atMost('CG error', 1e-10), atMost('fixed-point error', 1e-10), atLeast('T1–T2 error', 0.1)],
    figure: { file: 'implicit-vs-compute.svg', caption: 'Relative error of each adjoint solver against Hessian–vector products' },
    paperCommand: 'looplab run bilevel-estimators --config.maxBudget=4096',
    seconds: 1,
});
const p7EqpropMnist = defineFinding({
    id: 'p7-eqprop-mnist',
    paper: 'P7',
    source: 'MNIST anchor (EP authors’ public logs, 784–1000–10, β = 1)',
    claim: 'Symmetric equilibrium propagation trains a Hopfield-style energy network on MNIST as well as implicit differentiation (recurrent backprop) does.',
    experiment: eqpropMnist,
    config: smokeEqpropMnistConfig,
    reduced: '64 hidden units instead of 1000; 40 steps of batch 64 on the first 1 280 training images (2 epochs of them), 500 test images; the anchor is after one full epoch',
    quantities: [
        { name: 'EP test accuracy', key: 'testAccuracyEP', paper: 0.949, paperNote: 'after one epoch of the full set-up (EP authors’ public logs)' },
        { name: 'RBP test accuracy', key: 'testAccuracyRBP', paper: null },
        { name: 'cosine(EP, gradient)', key: 'cosineEP', paper: null, description: 'mean over training' },
    ],
    checks: [atLeast('cosine(EP, gradient)', 0.99), near('EP test accuracy', 'RBP test accuracy', 0.05)],
    figure: { file: 'accuracy.svg', caption: 'Test accuracy of EP and RBP during training' },
    paperCommand: 'looplab run eqprop-mnist',
    seconds: 2,
});
/** P7's findings, in the order of the paper. */
export const p7Findings = [p7Orders, p7Solvers, p7EqpropMnist];
//# sourceMappingURL=findings.js.map