import { atLeast, atMost, defineFinding, near } from '../tour/finding.js';
import { contrastiveEstimator, smokeContrastiveEstimatorConfig } from './contrastive-estimator.js';
import { metaHyperopt, smokeMetaHyperoptConfig } from './meta-hyperopt.js';
import { metaSinusoid, smokeMetaSinusoidConfig } from './meta-sinusoid.js';
const ORDER_NOTE = 'the order of the contrastive estimate’s error in β (PAPERS.md P9)';
const p9Orders = defineFinding({
    id: 'p9-contrastive-orders',
    paper: 'P9',
    source: 'Theory (error of the contrastive meta-gradient vs β and the inner tolerance δ)',
    claim: 'The contrastive meta-gradient converges to the exact implicit meta-gradient: its error falls at first order in β one-sided and at second order symmetric, and a loose inner solve adds an error that vanishes as the tolerance tightens.',
    experiment: contrastiveEstimator,
    config: smokeContrastiveEstimatorConfig,
    reduced: 'a random 8+8-point regression task on a 6-unit tanh network (25 meta-parameters), β from 2⁻³ to 2⁻⁷; the same measurement at any width (`--config.hidden`)',
    quantities: [
        { name: 'slope, one-sided', key: 'slopeOneSided', paper: 1, paperNote: ORDER_NOTE, description: 'slope of log error vs log β' },
        { name: 'slope, symmetric', key: 'slopeSymmetric', paper: 2, paperNote: ORDER_NOTE },
        { name: 'error, loosest δ', key: 'errorLoosestTol', paper: null, description: 'symmetric, β = 0.01, δ = 1e-2' },
        { name: 'error, tightest δ', key: 'errorTightestTol', paper: null, description: 'symmetric, β = 0.01, δ = 1e-10' },
    ],
    checks: [near('slope, one-sided', 1, 0.2), near('slope, symmetric', 2, 0.2), atLeast('error, loosest δ', 'error, tightest δ', { times: 100 })],
    figure: { file: 'error-vs-beta.svg', caption: 'Relative error of the one-sided and symmetric contrastive meta-gradients against β (log–log)' },
    paperCommand: 'looplab run contrastive-estimator',
    seconds: 1,
});
const p9Sinusoid = defineFinding({
    id: 'p9-sinusoid',
    paper: 'P9',
    source: 'Few-shot sinusoid regression (reference baselines MAML, iMAML, Reptile)',
    claim: 'On few-shot sinusoid regression the contrastive rule meta-learns an initialisation (with a proximal inner loss) that adapts better than the one it started from, on a par with MAML, iMAML and Reptile.',
    experiment: metaSinusoid,
    config: () => ({ ...smokeMetaSinusoidConfig(), evalEvery: 20 }),
    reduced: 'MLP 1-20-20-1 instead of 1-40-40-1; 40 meta-iterations of 2 tasks instead of 5000 of 25, outer Adam 3e-3; 50 free and 30 nudged inner steps (Anderson-accelerated gradient descent); 20 test tasks instead of 200',
    quantities: [
        { name: 'before meta-learning', key: 'mseInit', paper: null, description: 'query MSE after K steps from θ₀' },
        { name: 'MAML', key: 'mseMAML', paper: null, description: 'query MSE after adaptation' },
        { name: 'first-order MAML', key: 'mseFOMAML', paper: null },
        { name: 'iMAML', key: 'mseIMAML', paper: null },
        { name: 'Reptile', key: 'mseReptile', paper: null },
        { name: 'contrastive, one-sided', key: 'mseContrastiveOneSided', paper: null },
        { name: 'contrastive, symmetric', key: 'mseContrastiveSymmetric', paper: null },
    ],
    checks: [
        atMost('contrastive, symmetric', 'before meta-learning', { times: 0.9 }),
        atMost('contrastive, one-sided', 'before meta-learning', { times: 0.9 }),
        atMost('contrastive, symmetric', 'MAML'),
        atMost('contrastive, symmetric', 'iMAML', { times: 1.25 }),
    ],
    figure: { file: 'mse-vs-iterations.svg', caption: 'Test query MSE after adaptation against meta-iterations, per rule' },
    paperCommand: 'looplab run meta-sinusoid',
    seconds: 13,
});
const p9Hyperopt = defineFinding({
    id: 'p9-hyperopt',
    paper: 'P9',
    source: 'Supervised meta-optimisation of per-parameter L2 strengths on MNIST (baselines: conjugate gradients, Neumann series, T1–T2)',
    claim: 'The contrastive rule estimates the hypergradient of per-parameter L2 strengths close to the implicit-differentiation one, like conjugate gradients and unlike the first-order T1–T2 approximation (H ≈ I), and lowers the validation loss.',
    experiment: metaHyperopt,
    config: () => ({ ...smokeMetaHyperoptConfig(), outerSteps: 1, innerSteps: 100 }),
    reduced: 'softmax regression 784-10 (convex) instead of the tanh MLP 784-[256×5]-10, on 200 + 200 images instead of 30000 + 30000; λ₀ = 1e-3 instead of 1e-5; 1 outer step instead of 100; free phase 100 and nudged phase 40 steps of Anderson-accelerated full-batch gradient descent (β = 0.1) instead of 2000 and 200 Adam steps (β = 3), so that the free phase is near the exact minimiser; CG 20 iterations and Neumann 40 terms instead of 100 and 200',
    quantities: [
        { name: 'cosine, contrastive', key: 'cosineContrastive', paper: null, description: 'with CG to relative residual 1e-6 at the same free solution' },
        { name: 'cosine, CG', key: 'cosineCG', paper: null },
        { name: 'cosine, Neumann', key: 'cosineNeumann', paper: null },
        { name: 'cosine, T1–T2', key: 'cosineT1T2', paper: null },
        { name: 'validation CE before', key: 'valLossInit', paper: null, description: 'at λ₀' },
        { name: 'validation CE, contrastive', key: 'valLossContrastive', paper: null, description: 'after the outer steps' },
        { name: 'validation CE, CG', key: 'valLossCG', paper: null },
        { name: 'validation CE, T1–T2', key: 'valLossT1T2', paper: null },
    ],
    checks: [
        atLeast('cosine, contrastive', 0.7),
        atLeast('cosine, CG', 0.9),
        atLeast('cosine, contrastive', 'cosine, T1–T2', { plus: 0.2 }),
        atMost('validation CE, contrastive', 'validation CE before', { times: 0.95 }),
    ],
    figure: { file: 'cosine.svg', caption: 'Cosine of each hypergradient estimate with the implicit reference, per outer step' },
    paperCommand: 'looplab run meta-hyperopt',
    seconds: 1,
});
/** P9's findings. */
export const p9Findings = [p9Orders, p9Sinusoid, p9Hyperopt];
//# sourceMappingURL=findings.js.map