/**
 * `align-barrier` (PAPERS.md P5): two networks trained from different seeds (different
 * initialisations and batch orders) on MNIST and on Fashion-MNIST; test accuracy and loss along
 * the straight line θ(α) = (1 − α) θ_A + α θ_B, α ∈ {0, 0.1, …, 1}, with B as trained ("vanilla")
 * and with B's hidden units permuted to match A's (activation matching by default). The
 * accuracy barrier max_α [(1 − α) acc(0) + α acc(1) − acc(α)] measures the dip; PAPERS.md: for
 * the 1×1000 MLP it vanishes after the permutation (MNIST midpoint 94.1% -> 97.95%, Fashion 70.8%
 * -> 88.4%). `net: 'cnn'` runs the conv-net control ('64-64-avg-128-128'), where the barrier
 * shrinks but does not vanish.
 */
import { concat, learn, random } from '../../index.js';
import { ALIGN_DATASETS, alignData, alignPerms, alignSetupProblems, alignSetupRanges, defaultAlignSetup, estimateAlignBytes, evaluate, initNet, progressOver, trainNet, } from './common.js';
/** The paper's set-up (PAPERS.md P5): 1×1000 MLP, AdamW 1e-3 (decay 0.01), batch 100, 6000 updates. */
export function defaultAlignBarrierConfig() {
    return { ...defaultAlignSetup(), alphas: 11 };
}
/** Seconds on a CPU: width 256, 150 updates on 6000 training images, 1000 test images, 5 points. */
export function smokeAlignBarrierConfig() {
    const d = defaultAlignSetup();
    return {
        ...d,
        mlp: { width: 256, depth: 1 },
        cnn: { arch: '8-avg-16', batchNorm: false },
        train: { ...d.train, updates: 150 },
        data: { trainLimit: 6000, testLimit: 1000, matchSamples: 2000, bnSamples: 500 },
        alphas: 5,
    };
}
export const alignBarrierRanges = { ...alignSetupRanges, alphas: { integer: true, min: 3, max: 101 } };
/** The α of point k: k / (K − 1). */
const alphaAt = (k, K) => k / (K - 1);
const SUFFIX = { mnist: '', fashion: 'Fashion' };
async function run(c, ctx) {
    const summary = {};
    const total = ALIGN_DATASETS.length * 2 * c.train.updates;
    const progress = progressOver(ctx, total);
    let step = 0;
    for (const [di, dataset] of ALIGN_DATASETS.entries()) {
        const train = alignData(dataset, 'train', c.data.trainLimit, c.net);
        const test = alignData(dataset, 'test', c.data.testLimit, c.net).chunks(c.data.testLimit || 10000, 500);
        // different seeds for A and B: their initialisations and batch orders differ
        const [keyA, keyB, orderA, orderB] = random.split(random.foldIn(ctx.key, di), 4);
        const a = await trainNet(initNet(keyA, c), orderA, train, c, [], progress(step));
        step += c.train.updates;
        const b = await trainNet(initNet(keyB, c), orderB, train, c, [], progress(step));
        step += c.train.updates;
        const matchX = train.chunks(c.data.matchSamples, 500).map((t) => t.x);
        const bnX = train.chunks(c.data.bnSamples, 500).map((t) => t.x);
        const perms = alignPerms(c, a.final, b.final, matchX);
        const aligned = learn.align.permute(b.final, perms);
        const path = (other) => {
            const acc = [];
            const loss = [];
            let mid = [];
            for (let k = 0; k < c.alphas; k++) {
                const alpha = alphaAt(k, c.alphas);
                const e = evaluate(learn.align.interpolate(a.final, other, alpha), test, bnX);
                acc.push(e.acc);
                loss.push(e.loss);
                if (Math.abs(alpha - 0.5) < 1e-9)
                    mid = e.logits;
            }
            return { acc, loss, mid };
        };
        const vanilla = path(b.final);
        const permuted = path(aligned);
        const s = SUFFIX[dataset];
        const labels = test.flatMap((t) => Array.from(t.labels));
        const tempered = (logits) => (logits.length === 0 ? NaN : learn.align.temperedNll(concatRows(logits), labels).nll);
        for (let k = 0; k < c.alphas; k++) {
            ctx.log(step + k, {
                alpha: alphaAt(k, c.alphas),
                [`accVanilla${s}`]: vanilla.acc[k],
                [`accPermuted${s}`]: permuted.acc[k],
                [`lossVanilla${s}`]: vanilla.loss[k],
                [`lossPermuted${s}`]: permuted.loss[k],
            });
        }
        step += c.alphas;
        const at = (xs) => xs[(c.alphas - 1) / 2];
        Object.assign(summary, {
            [`accA${s}`]: vanilla.acc[0],
            [`accB${s}`]: vanilla.acc[c.alphas - 1],
            [`midAccVanilla${s}`]: at(vanilla.acc),
            [`midAccPermuted${s}`]: at(permuted.acc),
            [`barrierVanilla${s}`]: learn.align.barrier(vanilla.acc.map((v) => 1 - v)),
            [`barrierPermuted${s}`]: learn.align.barrier(permuted.acc.map((v) => 1 - v)),
            [`lossBarrierVanilla${s}`]: learn.align.barrier(vanilla.loss),
            [`lossBarrierPermuted${s}`]: learn.align.barrier(permuted.loss),
            [`midTemperedNllVanilla${s}`]: tempered(vanilla.mid),
            [`midTemperedNllPermuted${s}`]: tempered(permuted.mid),
        });
    }
    return summary;
}
function concatRows(ts) {
    return ts.length === 1 ? ts[0] : concat(ts, 0);
}
function pathFigure(r, dataset, what) {
    const s = SUFFIX[dataset];
    const series = (kind) => {
        const key = `${what}${kind}${s}`;
        const rows = r.metrics.filter((m) => typeof m[key] === 'number' && typeof m.alpha === 'number');
        return { name: kind === 'Vanilla' ? 'vanilla' : 'permuted', x: rows.map((m) => m.alpha), y: rows.map((m) => m[key]) };
    };
    const name = dataset === 'mnist' ? 'MNIST' : 'Fashion-MNIST';
    return {
        kind: 'line',
        title: `${name}: test ${what === 'acc' ? 'accuracy' : 'loss'} along (1 − α) θ_A + α θ_B`,
        x: { label: 'α', domain: [0, 1] },
        y: { label: what === 'acc' ? 'test accuracy' : 'test loss (nats)' },
        series: [series('Vanilla'), series('Permuted')],
    };
}
function report(r) {
    const c = r.config;
    const s = r.summary;
    const net = c.net === 'mlp'
        ? `MLP ${Array.from({ length: c.mlp.depth }, () => c.mlp.width).join('×')} (ReLU, no bias)`
        : `CNN ${c.cnn.arch}${c.cnn.batchNorm ? ' with batch norm' : ''}`;
    return {
        text: `${net}, AdamW lr ${c.train.lr} (weight decay ${c.train.weightDecay}), batch ${c.train.batchSize}, ${c.train.updates} updates per network; ${c.method} matching on ${c.data.matchSamples} training images. ` +
            'PAPERS.md P5 (1×1000 MLP, 6000 updates): midpoint accuracy MNIST 94.1% vanilla -> 97.95% permuted, Fashion 70.8% -> 88.4%.',
        figures: [
            { name: 'path-accuracy', figure: pathFigure(r, 'mnist', 'acc') },
            { name: 'path-accuracy-fashion', figure: pathFigure(r, 'fashion', 'acc') },
            { name: 'path-loss', figure: pathFigure(r, 'mnist', 'loss') },
        ],
        tables: [
            {
                title: 'Midpoint test accuracy and barriers',
                columns: [
                    'data',
                    'acc A',
                    'acc B',
                    'mid vanilla',
                    'mid permuted',
                    'acc barrier vanilla',
                    'acc barrier permuted',
                    'loss barrier vanilla',
                    'loss barrier permuted',
                ],
                rows: ALIGN_DATASETS.map((d) => {
                    const x = SUFFIX[d];
                    return [
                        d,
                        s[`accA${x}`],
                        s[`accB${x}`],
                        s[`midAccVanilla${x}`],
                        s[`midAccPermuted${x}`],
                        s[`barrierVanilla${x}`],
                        s[`barrierPermuted${x}`],
                        s[`lossBarrierVanilla${x}`],
                        s[`lossBarrierPermuted${x}`],
                    ];
                }),
                note: `Tempered NLL at the midpoint (min over T of CE(T·logits)): MNIST ${s.midTemperedNllVanilla} vanilla, ${s.midTemperedNllPermuted} permuted.`,
            },
        ],
    };
}
const KEYS = [
    'accA',
    'accB',
    'midAccVanilla',
    'midAccPermuted',
    'barrierVanilla',
    'barrierPermuted',
    'lossBarrierVanilla',
    'lossBarrierPermuted',
    'midTemperedNllVanilla',
    'midTemperedNllPermuted',
];
export const alignBarrier = {
    name: 'align-barrier',
    description: 'P5: the loss barrier between two trained networks before and after permutation alignment, on MNIST and Fashion-MNIST',
    describe: (c) => `align-barrier: ${c.net === 'mlp' ? `MLP width ${c.mlp.width} × ${c.mlp.depth}` : `CNN ${c.cnn.arch}`}, ${c.train.updates} updates`,
    defaultConfig: defaultAlignBarrierConfig,
    smokeConfig: smokeAlignBarrierConfig,
    ranges: alignBarrierRanges,
    validate: (c) => [...alignSetupProblems(c), ...(c.alphas % 2 === 1 ? [] : [`alphas (${c.alphas}) must be odd, so that α = 0.5 is on the path`])],
    estimateBytes: (c) => estimateAlignBytes(c, 0),
    metric: { name: 'midAccPermuted', mode: 'max' },
    webgpu: { reason: 'its evaluation reads predictions synchronously (dataSync) and the linear assignment runs on the host' },
    summaryKeys: [...KEYS, ...KEYS.map((k) => `${k}Fashion`)],
    run,
    report,
};
//# sourceMappingURL=align-barrier.js.map