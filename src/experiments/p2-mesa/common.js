/**
 * What the P2 experiments (`mesa-constructed`, `mesa-dynamics`, `mesa-fewshot`) share: the data
 * configuration, the optimiser (AdamW with global-norm clipping, a constant rate or a warmup +
 * cosine schedule), and the evaluation of predictions per position.
 *
 * Paper and code: the paper starts sequences from h₁ ~ N(0, I) and clips the residual stream at
 * 4 with a peak learning rate 7e-4; the authors' public code starts from U(−1, 1), clips at 1.5
 * and peaks at 3e-4. The defaults are the paper's; `CODE_PRESET` lists the overrides of the code
 * (`looplab run mesa-dynamics --config.data.init=uniform --config.model.clip=1.5
 * --config.train.lr=3e-4`).
 */
import { optim, tasks } from '../../index.js';
export const dynamicsDataRanges = {
    nS: { integer: true, min: 1, max: 1e4 },
    nH: { integer: true, min: 1, max: 1e4 },
    T: { integer: true, min: 1, max: 1e5 },
    noise: { min: 0 },
    observed: { oneOf: ['full', 'partial'] },
    init: { oneOf: ['normal', 'uniform'] },
    clip: { min: 0, minExclusive: true },
};
/** The paper's fully observed linear sequences: n_s = 10, T = 50, σ = 0.01, h₁ ~ N(0, I), clip 10. */
export function paperDynamicsData() {
    return { nS: 10, nH: 10, T: 50, noise: 0.01, observed: 'full', nonlinear: false, contracting: false, init: 'normal', clip: 10 };
}
/** The task generator of a data configuration (partial observations use C* with std 0.5). */
export function dynamicsTask(d) {
    return tasks.linearDynamics({
        nS: d.nS,
        nH: d.nH,
        T: d.T,
        noise: d.noise,
        observed: d.observed,
        nonlinear: d.nonlinear,
        contracting: d.contracting,
        init: d.init,
        clip: d.clip,
    });
}
export const mesaTrainRanges = {
    steps: { integer: true, min: 1, max: 1e9 },
    batchSize: { integer: true, min: 1, max: 1e7 },
    lr: { min: 0, max: 10 },
    schedule: { oneOf: ['constant', 'warmupCosine'] },
    warmupSteps: { integer: true, min: 0 },
    lrEnd: { min: 0 },
    weightDecay: { min: 0 },
    clipNorm: { min: 0 },
};
/** [clip →] AdamW(schedule, weight decay). */
export function mesaOptimizer(t) {
    const lr = t.schedule === 'constant' || t.steps <= t.warmupSteps
        ? t.lr
        : optim.schedules.warmupCosine({ peak: t.lr, warmupSteps: t.warmupSteps, totalSteps: t.steps, init: 0, end: t.lrEnd });
    const opt = optim.adamw(lr, { weightDecay: t.weightDecay });
    return t.clipNorm > 0 ? optim.chain(optim.clipByGlobalNorm(t.clipNorm), opt) : opt;
}
/** The overrides that turn the paper's settings into the authors' code's. */
export const CODE_PRESET = { 'data.init': 'uniform', 'model.clip': 1.5, 'train.lr': 3e-4 };
export const runScheduleRanges = {
    testSequences: { integer: true, min: 1, max: 1e7 },
    logEvery: { integer: true, min: 1 },
    evalEvery: { integer: true, min: 0 },
    checkpointEvery: { integer: true, min: 0 },
    dtype: { oneOf: ['f32', 'f64'] },
};
/** 'mesa' -> 'Mesa': model names inside summary keys (lossMesa, fewShotEosMesa). */
export const capitalise = (name) => name.charAt(0).toUpperCase() + name.slice(1);
/**
 * Curves logged as `<prefix>_<name>_<i>` (i = 1, 2, …) in the last metrics row that has any:
 * name -> values by i.
 */
export function lastRowCurves(metrics, prefix) {
    const last = [...metrics].reverse().find((m) => Object.keys(m).some((k) => k.startsWith(`${prefix}_`)));
    const curves = {};
    const re = new RegExp(`^${prefix}_(.+)_(\\d+)$`);
    for (const [k, v] of Object.entries(last ?? {})) {
        const m = re.exec(k);
        if (m !== null && typeof v === 'number')
            (curves[m[1]] ??= [])[Number(m[2]) - 1] = v;
    }
    return curves;
}
/** Per-layer scores `<prefix>_<name>_<l>` of the summary: layers l (ascending) and their values. */
export function layerScores(s, prefix, name) {
    const head = `${prefix}_${name}_`;
    const x = Object.keys(s)
        .filter((k) => k.startsWith(head) && /^\d+$/.test(k.slice(head.length)))
        .map((k) => Number(k.slice(head.length)))
        .sort((a, b) => a - b);
    return { x, y: x.map((l) => s[`${head}${l}`]) };
}
/** The `testLoss_<model>` keys logged in the metrics (one per model trained). */
export function testLossKeys(metrics) {
    return Object.keys(metrics.find((m) => Object.keys(m).some((k) => k.startsWith('testLoss_'))) ?? {}).filter((k) => k.startsWith('testLoss_'));
}
//# sourceMappingURL=common.js.map