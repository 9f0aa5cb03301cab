import { atLeast, atMost, defineFinding, near } from '../tour/finding.js';
import { onlineCopy, smokeOnlineCopyConfig } from './online-copy.js';
import { onlineLayers } from './online-layers.js';
/**
 * A copy task the recurrences must learn to remember: 3 bits, a pattern of 5 steps, 15 blanks
 * (T = 26, every recall 20 steps after its bit), two LRU blocks H = N = 32 whose eigenvalues
 * start at |λ| ≤ 0.9 (0.9²⁰ ≈ 0.12: the initial memory fades before the recall).
 */
function copyConfig() {
    const c = smokeOnlineCopyConfig();
    return {
        ...c,
        task: { ...c.task, bits: 3, patternLength: 5, blanks: 15 },
        model: { ...c.model, nLayers: 2, dModel: 32, dHidden: 32 },
        train: { ...c.train, epochs: 10 },
    };
}
const p4Copy = defineFinding({
    id: 'p4-copy',
    paper: 'P4',
    source: 'Table 1 (copy task)',
    claim: 'Online learning (exact RTRL inside each LRU layer, backprop across layers at each step) learns a long-delay copy task about as well as BPTT, and far better than the spatial gradient, which ignores the recurrence.',
    experiment: onlineCopy,
    config: copyConfig,
    reduced: '2 LRU blocks H = N = 32 (about 9k parameters) instead of 4 blocks H = 128, N = 64 (270k); 3 bits, pattern 5, 15 blanks (recall delay 20) instead of 7 bits, pattern 20, 7 blanks (delay 28); 2000 training sequences, 10 epochs, one learning rate and seed',
    runs: [
        { label: 'online', patch: (c) => ({ ...c, method: 'online' }) },
        { label: 'bptt', patch: (c) => ({ ...c, method: 'bptt' }) },
        { label: 'spatial', patch: (c) => ({ ...c, method: 'spatial' }) },
    ],
    quantities: [
        { name: 'online', run: 'online', key: 'testAccuracy', paper: null, description: 'test accuracy per bit' },
        { name: 'BPTT', run: 'bptt', key: 'testAccuracy', paper: null },
        { name: 'spatial', run: 'spatial', key: 'testAccuracy', paper: null },
    ],
    checks: [atLeast('online', 'BPTT', { plus: -0.05 }), atLeast('online', 'spatial', { plus: 0.2 })],
    figure: { run: 'online', file: 'accuracy.svg', caption: 'Accuracy of the online rule during training' },
    paperCommand: 'looplab sweep online-copy --grid method=online,bptt,spatial,truncated1 --grid train.lr=1e-3,2e-3,4e-3,8e-3,16e-3,32e-3 --seeds 3',
    seconds: 45,
});
/** Three blocks H = 16, N = 8 on the smoke copy task, the online gradient compared with BPTT's every 10 steps. */
function layersConfig() {
    const c = copyConfig();
    return {
        ...c,
        method: 'online',
        task: { ...c.task, bits: 2, patternLength: 4, blanks: 6 },
        model: { ...c.model, nLayers: 3, dModel: 16, dHidden: 8 },
        train: { ...c.train, epochs: 2 },
        alignEvery: 10,
    };
}
const p4Alignment = defineFinding({
    id: 'p4-alignment',
    paper: 'P4',
    source: 'Fig. 2 (alignment of the online gradient per layer)',
    claim: 'The online gradient is exact for the last recurrent layer and a close approximation for the layers below it (treating upper recurrences as constants), so its direction stays aligned with the BPTT gradient.',
    experiment: onlineLayers,
    config: layersConfig,
    reduced: '3 LRU blocks H = 16, N = 8 on a copy task of 2 bits, pattern 4, 6 blanks; 124 steps, alignment every 10 steps; the paper uses H = 128, N = 64 on the full copy task',
    quantities: [
        { name: 'cosine, layer 3 (top)', key: 'cos_l2', paper: null, description: 'mean over training of cos(online, BPTT)' },
        { name: 'norm ratio, layer 3 (top)', key: 'normRatio_l2', paper: null, description: '‖online‖ / ‖BPTT‖' },
        { name: 'cosine, layer 2', key: 'cos_l1', paper: null },
        { name: 'cosine, layer 1', key: 'cos_l0', paper: null },
    ],
    checks: [
        atLeast('cosine, layer 3 (top)', 0.9999),
        near('norm ratio, layer 3 (top)', 1, 1e-3),
        atLeast('cosine, layer 1', 0.5),
        atMost('cosine, layer 1', 'cosine, layer 3 (top)', { plus: -0.01 }),
    ],
    figure: { file: 'cosine.svg', caption: 'Cosine between the online and the BPTT gradient of each layer during training' },
    paperCommand: 'looplab sweep online-layers --grid model.nLayers=1,2,3,4,5 --grid model.rMin=0,0.5,0.75,0.9',
    seconds: 3,
});
/** P4's findings, in the order of the paper. */
export const p4Findings = [p4Copy, p4Alignment];
//# sourceMappingURL=findings.js.map