/**
 * `online-layers`: Figure 2 of PAPERS.md P4 — how the online rule (exact RTRL inside each LRU
 * layer, backprop across layers at each step) fares with depth and with the initial memory of
 * the recurrence. One run is one (number of layers, r_min) cell on the copy task; every
 * `alignEvery` steps the online gradient is compared with the BPTT gradient layer by layer
 * (cosine similarity and norm ratio ‖online‖/‖BPTT‖ of each block's parameters).
 *
 * For one layer the online gradient is the BPTT gradient; with more layers the lower layers'
 * gradients are approximations (the upper layers' recurrences are treated as constants), and
 * the figure shows how far they drift. Grid: model.nLayers ∈ 1…5, model.rMin ∈ {0, 0.5, 0.75, 0.9}.
 */
import { metricSeries, summaryTable } from '../../report/metrics.js';
import { copyCurves, copyTaskText, defaultOnlineCopyConfig, onlineCopy, onlineCopyRanges, runOnlineCopy, smokeOnlineCopyConfig, estimateOnlineCopyBytes, validateOnlineCopy, } from './online-copy.js';
/** The paper's copy task and LRU (H = 128, N = 64), online, 2 layers, alignment every 100 steps. */
export function defaultOnlineLayersConfig() {
    const c = defaultOnlineCopyConfig();
    return { ...c, method: 'online', model: { ...c.model, nLayers: 2 }, alignEvery: 100 };
}
/** The smoke copy task with 3 layers, alignment every 10 steps. */
export function smokeOnlineLayersConfig() {
    const c = smokeOnlineCopyConfig();
    return { ...c, method: 'online', model: { ...c.model, nLayers: 3, rMax: 0.9, dModel: 12, dHidden: 8 }, train: { ...c.train, epochs: 1 }, alignEvery: 10 };
}
/** Checks across settings: those of online-copy, and the rule and measurement this experiment is about. */
function validate(c) {
    const problems = validateOnlineCopy(c);
    if (c.method !== 'online')
        problems.push(`config.method: online-layers studies the 'online' rule, got '${c.method}' (use online-copy for the other methods)`);
    if (!(c.alignEvery > 0))
        problems.push(`config.alignEvery must be ≥ 1 (the alignment is what this experiment measures), got ${c.alignEvery}`);
    return problems;
}
function report(r) {
    const L = r.config.model.nLayers;
    const layers = Array.from({ length: L }, (_, l) => l);
    const rows = r.metrics;
    const layerRow = (l) => [l + 1, r.summary[`cos_l${l}`] ?? null, r.summary[`normRatio_l${l}`] ?? null];
    return {
        text: copyTaskText(r.config) +
            ` Every ${r.config.alignEvery} steps the online gradient of each layer is compared with its BPTT gradient (cosine similarity, and the norm ratio ‖online‖ / ‖BPTT‖). Layer 1 is the lowest. PAPERS.md gives Figure 2's set-up (1–5 layers, r_min ∈ {0, 0.5, 0.75, 0.9}) but not its numbers.`,
        figures: [
            ...copyCurves(r),
            {
                name: 'cosine',
                figure: {
                    kind: 'line',
                    title: 'Cosine(online gradient, BPTT gradient) per layer',
                    x: { label: 'step' },
                    y: { label: 'cosine similarity' },
                    series: layers.map((l) => metricSeries(rows, `cos_l${l}`, `layer ${l + 1}`)),
                },
            },
            {
                name: 'norm-ratio',
                figure: {
                    kind: 'line',
                    title: 'Norm ratio ‖online‖ / ‖BPTT‖ per layer',
                    x: { label: 'step' },
                    y: { label: 'norm ratio', log: true },
                    series: layers.map((l) => metricSeries(rows, `normRatio_l${l}`, `layer ${l + 1}`)),
                },
            },
        ],
        tables: [
            { title: 'Gradient alignment (mean over the checks of the run)', columns: ['layer', 'cosine', 'norm ratio'], rows: layers.map(layerRow) },
            summaryTable(r.summary),
        ],
    };
}
export const onlineLayers = {
    name: 'online-layers',
    description: 'P4 Figure 2: online LRU learning vs depth (1–5 layers) and r_min; per-layer alignment with the BPTT gradient',
    defaultConfig: defaultOnlineLayersConfig,
    smokeConfig: smokeOnlineLayersConfig,
    ranges: onlineCopyRanges,
    validate,
    estimateBytes: estimateOnlineCopyBytes,
    metric: { name: 'testAccuracy', mode: 'max' },
    summaryKeys: [...onlineCopy.summaryKeys, 'cos_l0', 'normRatio_l0'],
    webgpu: true,
    run: (c, ctx) => runOnlineCopy(c, ctx, 'online-layers'),
    report,
};
//# sourceMappingURL=online-layers.js.map