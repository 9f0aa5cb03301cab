import { atLeast, atMost, defineFinding, near } from '../tour/finding.js';
import { defaultMemoryDeepConfig, memoryDeep } from './memory-deep.js';
import { defaultMemoryScalarConfig, memoryScalar } from './memory-scalar.js';
import { defaultMemoryTeacherStudentConfig, memoryTeacherStudent } from './memory-teacher-student.js';
/**
 * The scalar theory at a reduced Monte-Carlo budget: the closed forms on the full grid, and
 * simulations at |λ| ∈ {0.5, 0.9} (the paper's set-up also simulates 0.99, which takes most of
 * the time) with 2000 sequences each.
 */
function scalarConfig() {
    const c = defaultMemoryScalarConfig();
    return {
        ...c,
        scaling: { ...c.scaling, points: 30, rhos: [0, 0.9, 0.99, 1] },
        monteCarlo: { moduli: [0.5, 0.9], rhos: [0, 0.9, 1], samples: 2000 },
        landscape: { ...c.landscape, points: 200 },
    };
}
const SCALAR_REDUCED = 'Monte Carlo at |λ| ∈ {0.5, 0.9} with 2000 sequences (paper set-up: also 0.99, 4000 sequences); 30 grid points per curve instead of 60';
/** A quantity with the paper's value and the check that ours matches it to `tolerance` (absolute). */
function matching(name, key, paper, tolerance, extra = {}) {
    return [{ name, key, paper, ...extra }, near(name, paper, tolerance)];
}
const slopes = [
    matching('slope E[h²], ρ = 0', 'slope_h2_rho=0', 1, 0.02, { description: 'white input' }),
    matching('slope E[(∂λh)²], ρ = 0', 'slope_dLambda2_rho=0', 3, 0.02),
    matching('slope E[h²], ρ = 1', 'slope_h2_rho=1', 2, 0.02, { description: 'constant input' }),
    matching('slope E[(∂λh)²], ρ = 1', 'slope_dLambda2_rho=1', 4, 0.02),
];
const p1Scaling = defineFinding({
    id: 'p1-scaling',
    paper: 'P1',
    source: 'scalar linear RNN: closed forms of E[h²] and E[(∂λh)²]',
    claim: 'As memory grows, the hidden state and, faster, its sensitivity to λ explode as powers of 1/(1−λ): exponents 1 and 3 for white input, 2 and 4 for constant input; simulations match the closed forms.',
    experiment: memoryScalar,
    config: scalarConfig,
    reduced: SCALAR_REDUCED,
    quantities: [
        ...slopes.map(([q]) => ({ ...q, paperNote: 'exponent of the closed form' })),
        {
            name: 'max |z|, simulation vs closed form',
            key: 'maxAbsZ',
            paper: null,
            description: 'largest z-score of the Monte-Carlo moments against the closed forms',
        },
    ],
    checks: [...slopes.map(([, c]) => c), atMost('max |z|, simulation vs closed form', 4)],
    figure: { file: 'dlambda2.svg', caption: 'E[(∂λh)²] against 1/(1−λ) for input autocorrelations ρ (log-log)' },
    paperCommand: 'looplab run memory-scalar',
    seconds: 4,
});
const moments = [
    matching('E[h²], ρ = 0', 'h2_at0.99_rho=0', 50.25, 0.05),
    matching('E[(∂λh)²], ρ = 0', 'dLambda2_at0.99_rho=0', 2.513e5, 0.001e5),
    matching('E[h²], ρ = 0.9', 'h2_at0.99_rho=0.9', 871.8, 0.1),
    matching('E[(∂λh)²], ρ = 0.9', 'dLambda2_at0.99_rho=0.9', 4.738e6, 0.001e6),
    matching('E[h²], ρ = 0.99', 'h2_at0.99_rho=0.99', 5000, 1),
    matching('E[(∂λh)²], ρ = 0.99', 'dLambda2_at0.99_rho=0.99', 3.75e7, 0.001e7),
    matching('E[h²], ρ = 1', 'h2_at0.99_rho=1', 1e4, 1),
    matching('E[(∂λh)²], ρ = 1', 'dLambda2_at0.99_rho=1', 1e8, 1e4),
];
const p1Moments = defineFinding({
    id: 'p1-moments',
    paper: 'P1',
    source: 'scalar linear RNN: closed forms for R(Δ) = ρ^Δ',
    claim: 'At λ = 0.99 the second moments of the hidden state and of ∂λh grow by orders of magnitude as the input becomes more correlated.',
    experiment: memoryScalar,
    config: scalarConfig,
    reduced: SCALAR_REDUCED,
    quantities: moments.map(([q]) => ({ ...q, paperNote: 'closed form at λ = 0.99' })),
    checks: moments.map(([, c]) => c),
    figure: { file: 'h2.svg', caption: 'E[h²] against 1/(1−λ) for input autocorrelations ρ (log-log)' },
    paperCommand: 'looplab run memory-scalar',
    seconds: 2,
});
const fixes = [
    matching('E[(∂νh)²] at λ = 0.9', 'dNu2_expNorm_white_at0.9', 0.451, 0.002),
    matching('E[(∂νh)²] at λ = 0.99', 'dNu2_expNorm_white_at0.99', 0.495, 0.002),
    matching('E[(∂νh)²] at λ = 0.999', 'dNu2_expNorm_white_at0.999', 0.5, 0.002),
];
const p1Remedy = defineFinding({
    id: 'p1-remedy',
    paper: 'P1',
    source: 'the remedy: input normalisation and exponential parametrisation',
    claim: 'With input normalisation γ = √(1−|λ|²) and λ = exp(−exp(ν)), the sensitivity of the normalised state to ν stays bounded (→ 0.5 for white input) and the loss landscape stops sharpening as λ* → 1.',
    experiment: memoryScalar,
    config: scalarConfig,
    reduced: SCALAR_REDUCED,
    quantities: [
        ...fixes.map(([q]) => ({ ...q, description: 'exp + γ, white input' })),
        { name: 'slope E[(∂νh)²], exp + γ, ρ = 0', key: 'slope_dNu2_expNorm_rho=0', paper: 0, paperNote: 'bounded: no growth' },
        { name: 'sharpening, polar λ', key: 'curvatureRatio_polar', paper: null, description: 'landscape curvature at λ* = 0.99 over λ* = 0.36' },
        { name: 'sharpening, exp + γ', key: 'curvatureRatio_expNorm', paper: null, description: 'the same with the remedy' },
    ],
    checks: [...fixes.map(([, c]) => c), near('slope E[(∂νh)²], exp + γ, ρ = 0', 0, 0.01), atLeast('sharpening, polar λ', 1e4), atMost('sharpening, exp + γ', 3)],
    figure: { file: 'dnu2-exp-normalised.svg', caption: 'E[(∂νh)²] with exp parametrisation and γ normalisation against 1/(1−λ)' },
    paperCommand: 'looplab run memory-scalar',
    seconds: 2,
});
/** ν₀ ∈ {0.68, 0.99}, 32 LRU units, T = 100, 2 × 20 × 25 Adam steps per student; no ablation ladder. */
function teacherStudentConfig() {
    const c = defaultMemoryTeacherStudentConfig();
    return {
        ...c,
        seqLen: 100,
        nu0s: [0.68, 0.99],
        studentHidden: 32,
        lrDense: [3e-3, 1e-2],
        lrDiagonal: [3e-2, 1e-1],
        batchSize: 32,
        epochs: 20,
        stepsPerEpoch: 25,
        seeds: 1,
        ablation: { ...c.ablation, enabled: false },
    };
}
const p1TeacherStudent = defineFinding({
    id: 'p1-teacher-student',
    paper: 'P1',
    source: 'teacher–student figure (loss against ν₀)',
    claim: 'Learning a linear teacher with long memory (ν₀ = 0.99) is much harder for a dense linear RNN than for the LRU, whose loss stays low.',
    experiment: memoryTeacherStudent,
    config: teacherStudentConfig,
    reduced: 'ν₀ ∈ {0.68, 0.99} instead of 7 values; LRU with 32 units instead of 64; T = 100 instead of 300; 500 steps of batch 32 instead of 10 000 of 128; 2 learning rates per student; 1 seed instead of 10; no ablation ladder',
    quantities: [
        { name: 'LRU loss, ν₀ = 0.99', key: 'loss_lru_nu0=0.99', paper: null, description: 'best over learning rates' },
        { name: 'RNN loss, ν₀ = 0.99', key: 'loss_rnn_nu0=0.99', paper: null },
        { name: 'LRU loss, ν₀ = 0.68', key: 'loss_lru_nu0=0.68', paper: null },
        { name: 'RNN loss, ν₀ = 0.68', key: 'loss_rnn_nu0=0.68', paper: null },
    ],
    checks: [atLeast('RNN loss, ν₀ = 0.99', 'LRU loss, ν₀ = 0.99', { times: 5 })],
    figure: { file: 'loss-vs-nu0.svg', caption: 'Final loss of each student against the teacher’s memory ν₀' },
    paperCommand: 'looplab run memory-teacher-student',
    seconds: 17,
});
/** Width 64 instead of 256, T = 256 instead of 512. */
function deepConfig() {
    return { ...defaultMemoryDeepConfig(), dModel: 64, dHidden: 64, seqLen: 256, memoryScales: [1, 10, 100], repeats: 1 };
}
const p1Deep = defineFinding({
    id: 'p1-deep',
    paper: 'P1',
    source: 'signal-propagation figure (deep network at initialisation)',
    claim: 'In a 4-layer network at initialisation, the λ-gradient of a plain complex diagonal RNN grows by orders of magnitude as memory grows, while the LRU’s (exponential parametrisation and γ normalisation) does not.',
    experiment: memoryDeep,
    config: deepConfig,
    reduced: 'H = N = 64 instead of 256, T = 256, memory scales t ∈ {1, 10, 100}, one batch of AR(1) inputs (ρ = 0.9) instead of text embeddings; growth = E[g²] at t = 100 over t = 1',
    quantities: [
        { name: 'growth of E[(∂L/∂λ)²], diagonal RNN', key: 'diag_lambdaGrowth', paper: 1e16, paperApprox: true, paperNote: '~1e-6 → ~1e10 (figure)' },
        { name: 'growth of E[(∂L/∂λ)²], LRU', key: 'lru_lambdaGrowth', paper: null, paperNote: 'the figure shows it flat at ~1e-7–1e-6' },
    ],
    checks: [atLeast('growth of E[(∂L/∂λ)²], diagonal RNN', 1e4), atMost('growth of E[(∂L/∂λ)²], LRU', 10)],
    figure: { file: 'grad-lambda.svg', caption: 'Mean squared λ-gradient against the memory scale t' },
    paperCommand: 'looplab run memory-deep',
    seconds: 3,
});
/** P1's findings, in the order of the paper. */
export const p1Findings = [p1Scaling, p1Moments, p1Remedy, p1TeacherStudent, p1Deep];
//# sourceMappingURL=findings.js.map