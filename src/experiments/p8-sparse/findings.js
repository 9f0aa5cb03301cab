import { atLeast, atMost, defineFinding } from '../tour/finding.js';
import { continualMnist, smokeContinualMnistConfig } from './continual-mnist.js';
import { smokeSparseMamlConfig, sparseMaml } from './sparse-maml.js';
const PILOT = 'pilot with the authors’ code: mixed, 5-way 5-shot, α = 0.25, ~1.3k meta-iterations (PAPERS.md P8)';
const p8Pattern = defineFinding({
    id: 'p8-sparse-pattern',
    paper: 'P8',
    source: 'Sec. on emerging sparsity (frozen share per layer) and the few-shot table',
    claim: 'Meta-learning a binary gradient mask next to the initialisation (sparse-MAML) gives patterned sparsity — early layers mostly frozen, late layers plastic — while the masked learner adapts to new few-shot tasks.',
    experiment: sparseMaml,
    config: () => ({
        ...smokeSparseMamlConfig(),
        rules: ['MAML', 'SparseMAML'],
        kShot: 5,
        nQuery: 15,
        innerSteps: 10,
        metaIterations: 30,
        nTest: 40,
        evalEvery: 15,
        nEval: 20,
    }),
    reduced: 'ConvNet with 8 channels instead of 64; 10 inner steps instead of 35; 30 meta-iterations of 2 episodes instead of ~1.3k; 40 meta-test episodes instead of 500; MAML and sparse-MAML only. At this scale the mask has only begun to move from its ≈ 50 % start, and sparse-MAML does not yet beat MAML (seed 0: 0.62 vs 0.69)',
    quantities: [
        { name: 'MAML accuracy', key: 'accMAML', paper: 0.869, paperNote: PILOT, description: '5-way 5-shot meta-test accuracy' },
        { name: 'sparse-MAML accuracy', key: 'accSparseMAML', paper: 0.905, paperNote: PILOT },
        { name: 'frozen conv1', key: 'frozenShare1', paper: null, paperNote: '79–90 % in the pilot', description: 'share of zeros of the mask' },
        { name: 'frozen conv2', key: 'frozenShare2', paper: null, paperNote: '74–87 % in the pilot' },
        { name: 'frozen conv3', key: 'frozenShare3', paper: null, paperNote: '39–67 % in the pilot' },
        { name: 'frozen conv4', key: 'frozenShare4', paper: null, paperNote: '18–42 % in the pilot' },
        { name: 'frozen head', key: 'frozenShare5', paper: null, paperNote: '35–43 % in the pilot' },
    ],
    checks: [atLeast('frozen conv1', 'frozen conv4', { plus: 0.05 }), atLeast('frozen conv2', 'frozen conv4'), atLeast('sparse-MAML accuracy', 0.4)],
    figure: { file: 'accuracy.svg', caption: 'Meta-test accuracy of MAML and sparse-MAML during meta-training (5-way 5-shot, mixed)' },
    paperCommand: 'looplab run sparse-maml',
    seconds: 42,
});
const p8Continual = defineFinding({
    id: 'p8-continual',
    paper: 'P8',
    source: 'Sec. on continual learning (MNIST Rotations in the La-MAML set-up)',
    claim: 'In a continual stream of rotated-MNIST tasks, plain SGD forgets earlier tasks (negative backward transfer), while La-MAML’s look-ahead meta-update with replay — with learned per-parameter rates or with a sparse step-function learning-rate mask — keeps them.',
    experiment: continualMnist,
    config: () => smokeContinualMnistConfig(),
    reduced: '3 tasks instead of 20; 300 training samples per task instead of 1000; 200 test samples per task instead of 10 000; 1 glance per batch instead of 5. At this size every learner is still far from its final accuracy (ACC 0.36–0.51 over seeds 0–2), and the ACC ranking is not yet stable',
    quantities: [
        { name: 'BWT plain SGD', key: 'bwtSGD', paper: null, description: 'mean final minus just-learned test accuracy over the earlier tasks' },
        { name: 'BWT La-MAML', key: 'bwtLaMAML', paper: null },
        { name: 'BWT sparse mask', key: 'bwtSparseMask', paper: null },
        { name: 'ACC plain SGD', key: 'accSGD', paper: null, description: 'mean final test accuracy over all tasks' },
        { name: 'ACC La-MAML', key: 'accLaMAML', paper: null },
        { name: 'ACC sparse mask', key: 'accSparseMask', paper: null },
    ],
    checks: [atMost('BWT plain SGD', -0.05), atLeast('BWT La-MAML', 'BWT plain SGD', { plus: 0.1 }), atLeast('BWT sparse mask', 'BWT plain SGD', { plus: 0.1 })],
    figure: { file: 'seen-accuracy.svg', caption: 'Mean test accuracy on the rotations learned so far, per learner' },
    paperCommand: 'looplab run continual-mnist',
    seconds: 6,
});
/** P8's findings. */
export const p8Findings = [p8Pattern, p8Continual];
//# sourceMappingURL=findings.js.map