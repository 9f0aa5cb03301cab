import { atLeast, atMost, defineFinding } from '../tour/finding.js';
import { alignBarrier, defaultAlignBarrierConfig } from './align-barrier.js';
import { alignInit, defaultAlignInitConfig } from './align-init.js';
/** 1×512 MLPs, 200 updates each, 2000 test images and 2000 matched training images, 9 points on the path. */
function barrierConfig() {
    const d = defaultAlignBarrierConfig();
    return { ...d, mlp: { width: 512, depth: 1 }, train: { ...d.train, updates: 200 }, data: { ...d.data, testLimit: 2000, matchSamples: 2000 }, alphas: 9 };
}
const p5Barrier = defineFinding({
    id: 'p5-barrier',
    paper: 'P5',
    source: 'pilot with the authors’ code (PAPERS.md P5): midpoint test accuracy of trained MLPs',
    claim: 'Two MLPs trained from different random initialisations can be permuted so that the straight line between them has no barrier: activation matching lifts the midpoint accuracy to that of the end points, on MNIST and on Fashion-MNIST.',
    experiment: alignBarrier,
    config: barrierConfig,
    reduced: '1×512 MLPs and 200 updates instead of 1×1000 and 6000; 2000 test images and 2000 matched training images instead of 10 000; 9 points on the path instead of 11',
    quantities: [
        { name: 'MNIST mid, vanilla', key: 'midAccVanilla', paper: 0.941, description: 'test accuracy at α = 0.5' },
        { name: 'MNIST mid, permuted', key: 'midAccPermuted', paper: 0.9795 },
        { name: 'MNIST barrier, vanilla', key: 'barrierVanilla', paper: null, description: 'accuracy barrier max_α [(1−α) acc(0) + α acc(1) − acc(α)]' },
        { name: 'MNIST barrier, permuted', key: 'barrierPermuted', paper: null, description: 'the paper: → 0' },
        { name: 'Fashion mid, vanilla', key: 'midAccVanillaFashion', paper: 0.708 },
        { name: 'Fashion mid, permuted', key: 'midAccPermutedFashion', paper: 0.884 },
        { name: 'Fashion barrier, vanilla', key: 'barrierVanillaFashion', paper: null },
        { name: 'Fashion barrier, permuted', key: 'barrierPermutedFashion', paper: null },
    ],
    checks: [
        atLeast('MNIST mid, permuted', 'MNIST mid, vanilla', { plus: 0.01 }),
        atMost('MNIST barrier, permuted', 0.01),
        atLeast('Fashion mid, permuted', 'Fashion mid, vanilla', { plus: 0.02 }),
        atMost('Fashion barrier, permuted', 'Fashion barrier, vanilla', { times: 0.5 }),
    ],
    figure: {
        file: 'path-accuracy-fashion.svg',
        caption: 'Fashion-MNIST: test accuracy along the straight line between the two networks, as trained and after the permutation',
    },
    paperCommand: 'looplab run align-barrier',
    seconds: 22,
});
/** 1×1000 MLPs on MNIST, 300 updates each, the early permutation after 100; 2000 test images. */
function initConfig() {
    const d = defaultAlignInitConfig();
    return { ...d, train: { ...d.train, updates: 300 }, earlyUpdate: 100, data: { ...d.data, testLimit: 2000, matchSamples: 2000 } };
}
const p5Init = defineFinding({
    id: 'p5-init',
    paper: 'P5',
    source: 'pilot with the authors’ code (PAPERS.md P5): averaged permuted initialisations, MNIST 1×1000',
    claim: 'Averaging two random initialisations after permuting one with the permutation found from the trained networks gives a network well above chance before any training; without a permutation, or with a random one, the average stays near chance.',
    experiment: alignInit,
    config: initConfig,
    reduced: '400 updates instead of 6000, the early permutation after 100 updates instead of 500; 2000 test images and 2000 matched training images instead of 10 000',
    quantities: [
        { name: 'perm. from the end', key: 'initAvgAccPermEnd', paper: 0.379, description: 'test accuracy of ½ θ_A(0) + ½ π(θ_B(0))' },
        { name: 'perm. from early', key: 'initAvgAccPermEarly', paper: 0.514, description: 'paper: after 500 updates' },
        { name: 'no perm.', key: 'initAvgAccNoPerm', paper: null, description: 'the paper: ~10–14% for the controls' },
        { name: 'random perm.', key: 'initAvgAccRandPerm', paper: null },
        { name: 'perm. matched at init', key: 'initAvgAccPermInit', paper: null },
    ],
    checks: [
        atLeast('perm. from the end', 'no perm.', { plus: 0.1 }),
        atLeast('perm. from the end', 'random perm.', { plus: 0.1 }),
        atLeast('perm. from early', 'no perm.', { plus: 0.1 }),
        atMost('no perm.', 0.2),
        atMost('random perm.', 0.2),
    ],
    figure: { file: 'averaged-init.svg', caption: 'Test accuracy of the averaged initialisations against chance' },
    paperCommand: 'looplab run align-init; looplab run align-init --mlp.width=4096',
    seconds: 32,
});
/** P5's findings. */
export const p5Findings = [p5Barrier, p5Init];
//# sourceMappingURL=findings.js.map