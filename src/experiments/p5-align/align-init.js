/**
 * `align-init` (PAPERS.md P5): averaged permuted initialisations. Two networks A and B are
 * trained from different seeds; the permutation that aligns B with A is found from the trained
 * networks ('end') or from the networks after `earlyUpdate` updates ('early'), applied to B's
 * *initial* weights and averaged with A's initial weights,
 *
 *   θ_avg = ½ θ_A(0) + ½ π(θ_B(0)),
 *
 * and θ_avg's test accuracy is measured. Controls: no permutation, a random permutation, and the
 * permutation found by matching the two initialisations themselves. PAPERS.md: for the 1×1000
 * MLP on MNIST 37.9% ('end') and 51.4% ('early', update 500) against ~10–14% for the controls;
 * 1×4096: 58.4% / 79.0%; conv nets stay at chance (~10%).
 */
import { learn, random } from '../../index.js';
import { ALIGN_DATASETS, alignData, alignPerms, alignSetupProblems, alignSetupRanges, defaultAlignSetup, estimateAlignBytes, evaluate, initNet, progressOver, trainNet, } from './common.js';
/** The paper's set-up: 1×1000 MLP on MNIST, 6000 updates, early permutation after 500. */
export function defaultAlignInitConfig() {
    return { ...defaultAlignSetup(), dataset: 'mnist', earlyUpdate: 500 };
}
/** Seconds on a CPU: width 256, 150 updates (early after 25) on 6000 training images, 1000 test images. */
export function smokeAlignInitConfig() {
    const d = defaultAlignSetup();
    return {
        ...d,
        mlp: { width: 256, depth: 1 },
        cnn: { arch: '8-avg-16', batchNorm: false },
        train: { ...d.train, updates: 150 },
        data: { trainLimit: 6000, testLimit: 1000, matchSamples: 2000, bnSamples: 500 },
        dataset: 'mnist',
        earlyUpdate: 25,
    };
}
export const alignInitRanges = {
    ...alignSetupRanges,
    dataset: { oneOf: ALIGN_DATASETS },
    earlyUpdate: { integer: true, min: 1, max: 1_000_000 },
};
/** The averaged initialisations, by summary key and label. */
const CONDITIONS = [
    ['initAvgAccPermEnd', 'perm. (end)'],
    ['initAvgAccPermEarly', 'perm. (early)'],
    ['initAvgAccPermInit', 'perm. (at init)'],
    ['initAvgAccRandPerm', 'random perm.'],
    ['initAvgAccNoPerm', 'no perm.'],
];
async function run(c, ctx) {
    const train = alignData(c.dataset, 'train', c.data.trainLimit, c.net);
    const test = alignData(c.dataset, 'test', c.data.testLimit, c.net).chunks(c.data.testLimit || 10000, 500);
    const [keyA, keyB, orderA, orderB, randKey] = random.split(ctx.key, 5);
    const progress = progressOver(ctx, 2 * c.train.updates);
    const a = await trainNet(initNet(keyA, c), orderA, train, c, [0, c.earlyUpdate], progress(0));
    const b = await trainNet(initNet(keyB, c), orderB, train, c, [0, c.earlyUpdate], progress(c.train.updates));
    const matchX = train.chunks(c.data.matchSamples, 500).map((t) => t.x);
    const bnX = train.chunks(c.data.bnSamples, 500).map((t) => t.x);
    const at = (t, u) => t.snapshots.get(u);
    const a0 = at(a, 0);
    const b0 = at(b, 0);
    const perms = {
        initAvgAccPermEnd: alignPerms(c, a.final, b.final, matchX),
        initAvgAccPermEarly: alignPerms(c, at(a, c.earlyUpdate), at(b, c.earlyUpdate), matchX),
        initAvgAccPermInit: alignPerms(c, a0, b0, matchX),
        initAvgAccRandPerm: learn.align.randomPermutations(randKey, a0),
        initAvgAccNoPerm: learn.align.identityPermutations(a0),
    };
    const summary = {
        accA: evaluate(a.final, test, bnX).acc,
        accB: evaluate(b.final, test, bnX).acc,
        initAccA: evaluate(a0, test, bnX).acc,
    };
    for (const [key] of CONDITIONS)
        summary[key] = evaluate(learn.align.interpolate(a0, learn.align.permute(b0, perms[key]), 0.5), test, bnX).acc;
    // the networks trained to the end, averaged after the 'end' permutation (the barrier experiment's midpoint)
    summary.trainedAvgAccPermEnd = evaluate(learn.align.interpolate(a.final, learn.align.permute(b.final, perms.initAvgAccPermEnd), 0.5), test, bnX).acc;
    return summary;
}
function report(r) {
    const c = r.config;
    const s = r.summary;
    const net = c.net === 'mlp' ? `MLP ${Array.from({ length: c.mlp.depth }, () => c.mlp.width).join('×')}` : `CNN ${c.cnn.arch}`;
    // the report layer has no bar chart: one point per condition, with chance (0.1) as a line
    const bars = {
        kind: 'scatter',
        title: `${c.dataset === 'mnist' ? 'MNIST' : 'Fashion-MNIST'}, ${net}: test accuracy of ½ θ_A(0) + ½ π(θ_B(0))`,
        x: { label: 'condition (1 perm. end, 2 perm. early, 3 perm. at init, 4 random perm., 5 no perm., 0/6 chance)', domain: [0, 6] },
        y: { label: 'test accuracy', domain: [0, 1] },
        points: [
            ...CONDITIONS.map(([key, label], i) => ({ x: i + 1, y: s[key], group: 'averaged init', label })),
            { x: 0, y: 0.1, group: 'chance', label: 'chance' },
            { x: 6, y: 0.1, group: 'chance', label: 'chance' },
        ],
    };
    return {
        text: `${net}, ${c.dataset}, AdamW lr ${c.train.lr} (weight decay ${c.train.weightDecay}), batch ${c.train.batchSize}, ${c.train.updates} updates; early permutation after ${c.earlyUpdate} updates; ${c.method} matching. ` +
            'PAPERS.md P5 (MNIST, 1×1000): 37.9% (end) / 51.4% (early) against ~10–14% for the controls; 1×4096: 58.4% / 79.0%; conv nets at chance.',
        figures: [{ name: 'averaged-init', figure: bars }],
        tables: [
            {
                title: 'Test accuracy of the averaged initialisations',
                columns: ['permutation of B(0)', 'accuracy'],
                rows: [...CONDITIONS.map(([key, label]) => [label, s[key]]), ['(A(0) alone)', s.initAccA], ['(A, B trained)', `${s.accA}, ${s.accB}`]],
                note: `The trained networks averaged after the 'end' permutation: ${s.trainedAvgAccPermEnd}.`,
            },
        ],
    };
}
export const alignInit = {
    name: 'align-init',
    description: 'P5: averaging two random initialisations after the permutation found from the trained networks performs above chance',
    describe: (c) => `align-init: ${c.net === 'mlp' ? `MLP width ${c.mlp.width} × ${c.mlp.depth}` : `CNN ${c.cnn.arch}`} on ${c.dataset}, ${c.train.updates} updates`,
    defaultConfig: defaultAlignInitConfig,
    smokeConfig: smokeAlignInitConfig,
    ranges: alignInitRanges,
    validate: (c) => [
        ...alignSetupProblems(c),
        ...(c.earlyUpdate <= c.train.updates ? [] : [`earlyUpdate (${c.earlyUpdate}) exceeds train.updates (${c.train.updates})`]),
    ],
    estimateBytes: (c) => estimateAlignBytes(c, 2),
    metric: { name: 'initAvgAccPermEnd', mode: 'max' },
    webgpu: { reason: 'its evaluation reads predictions synchronously (dataSync) and the linear assignment runs on the host' },
    summaryKeys: ['accA', 'accB', 'initAccA', ...CONDITIONS.map(([k]) => k), 'trainedAvgAccPermEnd'],
    run,
    report,
};
//# sourceMappingURL=align-init.js.map