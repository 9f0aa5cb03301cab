import { atLeast, defineFinding } from '../tour/finding.js';
import { lcpMnist, smokeLcpMnistConfig } from './lcp-mnist.js';
const p6Mnist = defineFinding({
    id: 'p6-lcp-mnist',
    paper: 'P6',
    source: 'Table 1 (MNIST, equilibrium RNN)',
    claim: 'Least control with a dynamic-inversion controller trains an equilibrium RNN on MNIST as well as recurrent backprop and BP through the unrolled dynamics, its local update aligned with the gradient.',
    experiment: lcpMnist,
    config: smokeLcpMnistConfig,
    reduced: 'N = 32 instead of 256; 40 steps of batch 64 on the first 1 280 training images, 500 test images; threshold 1e-5 and ≤ 300 steps instead of 1e-6 and 800; BPTT through 15 steps',
    quantities: [
        { name: 'LCP test accuracy', key: 'testAccuracyLCP', paper: null },
        { name: 'RBP test accuracy', key: 'testAccuracyRBP', paper: null },
        { name: 'BPTT test accuracy', key: 'testAccuracyBPTT', paper: null },
        { name: 'cosine(LCP, gradient)', key: 'cosineLCP', paper: null, description: 'mean over training' },
    ],
    checks: [
        atLeast('LCP test accuracy', 'RBP test accuracy', { plus: -0.05 }),
        atLeast('LCP test accuracy', 'BPTT test accuracy', { plus: -0.05 }),
        atLeast('cosine(LCP, gradient)', 0.95),
    ],
    figure: { file: 'cosine.svg', caption: 'Cosine between the LCP update and the true gradient during training' },
    paperCommand: 'looplab run lcp-mnist',
    seconds: 4,
});
/** P6's findings. */
export const p6Findings = [p6Mnist];
//# sourceMappingURL=findings.js.map