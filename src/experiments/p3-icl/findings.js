import { atLeast, atMost, defineFinding, near } from '../tour/finding.js';
import { gatedRnnAttention, smokeGatedRnnAttentionConfig } from './gated-rnn-attention.js';
import { iclGd, smokeIclGdConfig } from './icl-gd.js';
/** One LSA layer on the GD-ICL task: 400 steps of batch 512 at lr 1e-2; 10 000 test tasks. */
function gdConfig() {
    const c = smokeIclGdConfig();
    return { ...c, train: { ...c.train, steps: 400, batchSize: 512 }, testTasks: 10000, lineSearchTasks: 10000, logEvery: 20 };
}
const p3GdIcl = defineFinding({
    id: 'p3-gd-icl',
    paper: 'P3',
    source: 'GD-ICL anchor (von Oswald et al. 2023), the baseline of P3 (b)',
    claim: 'A linear self-attention layer trained on in-context linear regression reaches the loss of one step of gradient descent on the context with the best learning rate, and computes the same function (its sensitivities to the query align with GD’s).',
    experiment: iclGd,
    config: gdConfig,
    reduced: '400 steps of batch 512 at Adam 1e-2 instead of 5000 steps of batch 2048 at 1e-3; the task and the model are the paper’s',
    quantities: [
        { name: 'loss predicting 0', key: 'lossZero', paper: 0.422, paperNote: 'PAPERS.md, Monte Carlo' },
        { name: 'loss of one GD step', key: 'lossGD', paper: 0.205, paperNote: 'PAPERS.md, Monte Carlo; exact expectation 0.2062' },
        { name: 'η of one GD step', key: 'etaGD', paper: 6.3, paperApprox: true, paperNote: 'PAPERS.md "η ≈ 6.3"; exact expectation 6.06' },
        { name: 'loss of the constructed layer', key: 'lossConstructed', paper: null, description: 'equals one GD step' },
        { name: 'loss of the trained layer', key: 'lossTrained', paper: null },
        { name: 'sensitivity cosine to GD', key: 'sensitivityCosine', paper: null, description: 'mean over tasks of cos(∂ŷ/∂x_q); the paper: near 1' },
        { name: 'prediction distance to GD', key: 'predDistToGD', paper: null, description: 'mean ‖ŷ_trained − ŷ_GD‖²' },
    ],
    checks: [
        near('loss of one GD step', 0.205, 0.01),
        near('loss predicting 0', 0.422, 0.02),
        near('loss of the constructed layer', 'loss of one GD step', 1e-5),
        atMost('loss of the trained layer', 'loss of one GD step', { times: 1.05 }),
        atLeast('sensitivity cosine to GD', 0.98),
    ],
    figure: { file: 'loss.svg', caption: 'Training and test loss of the LSA layer against one GD step' },
    paperCommand: 'looplab run icl-gd',
    seconds: 4,
});
/** H = d_k = d_v = 2, T = 8 teacher, student with 2× the construction's 6 neurons, 12 000 steps. */
function teacherStudentConfig() {
    const c = smokeGatedRnnAttentionConfig();
    return {
        ...c,
        parts: 'teacher-student',
        teacherStudent: { ...c.teacherStudent, train: { ...c.teacherStudent.train, steps: 12000 } },
        logEvery: 50,
        evalEvery: 1000,
    };
}
const p3TeacherStudent = defineFinding({
    id: 'p3-teacher-student',
    paper: 'P3',
    source: 'teacher–student experiment',
    claim: 'A gated RNN trained to imitate a linear self-attention layer learns it, and its output-carrying neurons take eigenvalues λ ∈ {0, 1}: memory neurons that accumulate and query neurons that pass their input, as in the exact construction.',
    experiment: gatedRnnAttention,
    config: teacherStudentConfig,
    reduced: 'teacher H = d_k = d_v = 2, T = 8 (the construction: 6 neurons), student N = 12, M = 8, 12 000 Adam steps of batch 32 at 1e-2; P3 gives no sizes',
    quantities: [
        { name: 'student loss', key: 'studentLoss', paper: null, description: '½‖y − y*‖² on test sequences' },
        { name: 'loss predicting 0', key: 'teacherLossZero', paper: null },
        { name: 'output λ near 0 or 1', key: 'lambdaNearBinary', paper: 1, paperNote: 'P3: only λ ∈ {0, 1} neurons carry output' },
        { name: 'gate block score', key: 'gateBlockScore', paper: 1, paperNote: 'the construction’s block structure gives 1' },
    ],
    checks: [atMost('student loss', 'loss predicting 0', { times: 0.001 }), atLeast('output λ near 0 or 1', 0.75)],
    figure: { file: 'lambda-histogram.svg', caption: 'Learned λ of the student, weighted by output weight' },
    paperCommand: 'looplab run gated-rnn-attention --config.parts=teacher-student',
    seconds: 10,
});
/** The regression task as 'pairs' sequences; gated RNN (N = 40, M = 20) and causal LSA, 600 steps of batch 128. */
function iclConfig() {
    const c = smokeGatedRnnAttentionConfig();
    return {
        ...c,
        parts: 'icl',
        icl: { ...c.icl, models: ['gatedRnn', 'lsa'], train: { ...c.icl.train, steps: 600, batchSize: 128 } },
        testTasks: 5000,
        lineSearchTasks: 5000,
    };
}
const p3IclGated = defineFinding({
    id: 'p3-icl-gated',
    paper: 'P3',
    source: 'in-context linear regression experiment',
    claim: 'On in-context linear regression presented as a sequence, a gated RNN learns to predict from the context like linear self-attention and one step of gradient descent, and its predictions follow GD’s.',
    experiment: gatedRnnAttention,
    config: iclConfig,
    reduced: '600 Adam steps of batch 128 at 1e-2; only the gated RNN and linear attention (no GRU, LSTM); 5000 test tasks',
    quantities: [
        { name: 'gated RNN', key: 'lossGatedRnn', paper: null, description: 'test loss ½‖ŷ − y‖²' },
        { name: 'linear attention', key: 'lossLinearAttention', paper: null },
        { name: 'one GD step', key: 'lossGD', paper: 0.205, paperNote: 'GD-ICL anchor, PAPERS.md' },
        { name: 'predicting 0', key: 'lossZero', paper: 0.422, paperNote: 'GD-ICL anchor, PAPERS.md' },
        { name: 'sensitivity cosine gated RNN to GD', key: 'sensitivityCosineGatedToGD', paper: null },
    ],
    checks: [
        atMost('gated RNN', 'predicting 0', { times: 0.75 }),
        atMost('linear attention', 'one GD step', { times: 1.15 }),
        atLeast('sensitivity cosine gated RNN to GD', 0.7),
    ],
    figure: { file: 'icl.svg', caption: 'Test loss of the gated RNN and linear attention against one GD step' },
    paperCommand: 'looplab run gated-rnn-attention --config.parts=icl',
    seconds: 4,
});
export const p3Findings = [p3GdIcl, p3TeacherStudent, p3IclGated];
//# sourceMappingURL=findings.js.map