/**
 * What the online-learning experiments (PAPERS.md P4: `online-copy`, `online-layers`,
 * `online-smnist`) share: the deep sequence model (`nn.seq` around an LRU, a linear RNN or a
 * GRU), the optimiser of the LRU papers (AdamW, and plain Adam at a reduced learning rate
 * without weight decay for the recurrent parameters, under one cosine schedule), and a
 * resumable training loop around `learn.sequenceGradients`.
 */
import { dispose, getDefaultDevice, nn, optim, random, scope, setDefaultDevice, tree } from '../../index.js';
import * as learn from '../../learn/index.js';
export const GRADIENT_MODES = ['bptt', 'online', 'spatial', 'truncated1', 'snap1'];
export const MIXER_KINDS = ['lru', 'linearRnn', 'gru'];
/** Largest width (dModel, dHidden) a configuration may declare: a 10⁶-wide dense layer alone is 4 TB. */
export const MAX_WIDTH = 1_000_000;
/** Allowed values of the model settings. */
export const onlineModelRanges = {
    mixer: { oneOf: MIXER_KINDS },
    // Maxima far beyond any model that trains on one machine: larger values can only be typos.
    dModel: { integer: true, min: 1, max: MAX_WIDTH },
    dHidden: { integer: true, min: 1, max: MAX_WIDTH },
    nLayers: { integer: true, min: 1, max: 1000 },
    rMin: { min: 0, max: 1 },
    rMax: { min: 0, max: 1 },
    dropout: { min: 0, max: 1, maxExclusive: true },
};
/** Allowed values of the optimisation settings. */
export const onlineTrainRanges = {
    batchSize: { integer: true, min: 1, max: 1_000_000 },
    epochs: { min: 0, minExclusive: true },
    lr: { min: 0, minExclusive: true },
    recurrentLrFactor: { min: 0, minExclusive: true },
    weightDecay: { min: 0 },
    warmupFraction: { min: 0, max: 1, maxExclusive: true },
    clipNorm: { min: 0 },
};
/**
 * Peak bytes of {@link trainLoop} (f32): parameters with gradients, AdamW's two moments and the
 * update's temporaries (6 copies); per-step activations of every layer kept for the backward
 * pass over the whole sequence (or of an evaluation chunk, forward only, if that is larger); eligibility traces of 'online' / 'snap1' (per example, one per parameter the
 * recurrence touches: RTRL of the dense linear RNN carries N of them per parameter); the data.
 */
export function estimateOnlineBytes(method, m, t, task) {
    const { dModel: H, dHidden: N, nLayers: L } = m;
    // The mixer: LRU B, C complex [N, H] + D, ν, θ, γ; linear RNN A, B, C, D; GRU three gates on [x, h].
    const mixer = m.mixer === 'lru' ? 4 * N * H + H + 3 * N : m.mixer === 'linearRnn' ? N * N + 2 * N * H + H * H : 6 * H * H + 6 * H;
    // Each block: LayerNorm, the mixer, the GLU [H, 2H] and its bias; encoder and decoder around them.
    const params = L * (mixer + 2 * H * H + 6 * H) + H * (task.dInput + task.dOutput) + H + task.dOutput;
    const state = m.mixer === 'gru' ? H : N;
    // Training keeps every layer's activations for the backward pass; evaluation runs forward
    // only, so about two layers' activations are alive at a time.
    const activations = Math.max(t.batchSize * L * (16 * H + 8 * state), task.evalBatch * (8 * H + 8 * state)) * task.steps;
    const tracesPerExample = m.mixer === 'lru' ? mixer : m.mixer === 'linearRnn' ? N * mixer : H * mixer;
    const traces = method === 'online' || method === 'snap1' ? 3 * t.batchSize * L * tracesPerExample : 0;
    return 4 * (6 * params + activations + traces) + task.dataBytes;
}
/**
 * Checks across the settings of the method and the model. Which mixer each gradient mode
 * applies to: 'online' and 'spatial' need the diagonal LRU; 'snap1' is meant for the dense
 * recurrent layers (on the LRU it equals 'online'); 'bptt' and 'truncated1' work with all three.
 */
export function onlineProblems(mode, m) {
    const problems = [];
    if ((mode === 'online' || mode === 'spatial') && m.mixer !== 'lru')
        problems.push(`config.method '${mode}' needs the diagonal LRU (model.mixer 'lru'); use 'snap1' (SnAp-1) or 'bptt' for '${m.mixer}'`);
    if (!(m.rMin <= m.rMax))
        problems.push(`config.model.rMin must be ≤ config.model.rMax, got ${m.rMin} and ${m.rMax}`);
    return problems;
}
/**
 * The P4 model: Dense encoder → nLayers pre-norm blocks (LayerNorm → mixer → GELU → GLU →
 * dropout → residual) → pooling → Dense decoder. LRU: H = dModel, N = dHidden; linear RNN:
 * A [N, N], B [N, H], C [H, N], D [H, H]; GRU: hidden size H.
 */
export function buildModel(key, m, dInput, dOutput, pooling) {
    const base = { ...nn.seq.defaultConfig(), dInput, dModel: m.dModel, dOutput, nLayers: m.nLayers, dropout: m.dropout, pooling };
    switch (m.mixer) {
        case 'lru':
            return nn.seq.init(key, { ...base, mixer: nn.lru, mixerConfig: { dHidden: m.dHidden, rMin: m.rMin, rMax: m.rMax } });
        case 'linearRnn':
            return nn.seq.init(key, { ...base, mixer: nn.linearRnn, mixerConfig: { dIn: m.dModel, dHidden: m.dHidden, dOut: m.dModel } });
        case 'gru':
            return nn.seq.init(key, { ...base, mixer: nn.gru, mixerConfig: { dIn: m.dModel, dHidden: m.dModel } });
        default:
            return m.mixer;
    }
}
/**
 * The optimiser groups: the parameters the model labels 'recurrent' (`nn.seq.labels`: the LRU's
 * λ parameters in any parametrisation, γ and B (P4); the linear RNN's A and B; the GRU's W, U and
 * b) get Adam at a reduced learning rate and no weight decay, the rest AdamW.
 */
export function optimizerGroups(params) {
    return nn.mapLabels(nn.seq.labels(params), (label) => (label === 'recurrent' ? 'recurrent' : 'rest'));
}
/** Optimiser of the LRU papers: [clip →] {recurrent: Adam(lr·f), rest: AdamW(lr, wd)}, warm-up + cosine. */
export function makeOptimizer(t, totalSteps) {
    const warmupSteps = Math.floor(t.warmupFraction * totalSteps);
    const lr = optim.schedules.warmupCosine({ peak: t.lr, warmupSteps, totalSteps: Math.max(totalSteps, warmupSteps + 1), init: warmupSteps > 0 ? 0 : t.lr });
    const groups = optim.multiTransform({ recurrent: optim.adam((s) => t.recurrentLrFactor * lr(s)), rest: optim.adamw(lr, { weightDecay: t.weightDecay }) }, (params) => optimizerGroups(params));
    return t.clipNorm > 0 ? optim.chain(optim.clipByGlobalNorm(t.clipNorm), groups) : groups;
}
/**
 * `init()` with its parameters on `device`. Layer initialisations compute in float64 (which
 * WebGPU lacks), so on a GPU the parameters are drawn on the CPU and moved: the same values on
 * every device.
 */
export async function initOn(device, init) {
    if (device === 'cpu')
        return init();
    const before = getDefaultDevice();
    setDefaultDevice('cpu');
    let params;
    try {
        params = init();
    }
    finally {
        setDefaultDevice(before);
    }
    const [leaves, def] = tree.flatten(params);
    return tree.unflatten(def, await Promise.all(leaves.map((l) => l.to(device))));
}
const emptyTally = () => ({ lossSum: 0, accSum: 0, count: 0, lastLoss: NaN, lastAcc: NaN, seconds: 0, timedSteps: 0, evalNow: {} });
/**
 * Trains with `learn.sequenceGradients(nn.seq, params, batch, { mode, loss, key, train: true })`,
 * one optimiser update per batch; logs `loss`, `accuracy` (means over the logging window),
 * evaluation numbers and, with `alignEvery`, the per-layer cosine and norm ratio of the
 * gradient estimate against BPTT (`cos_l<i>`, `normRatio_l<i>`; the summary holds their means
 * over all checks). Resumable from checkpoints. `secondsPerStep` times the gradient and update
 * of the steps without an alignment check (a check also computes the BPTT gradient).
 */
export async function trainLoop(s) {
    const { ctx } = s;
    const restored = await ctx.checkpoint.load();
    let step = restored?.step ?? 0;
    let state;
    if (restored !== undefined)
        state = restored.state;
    else {
        const params = await initOn(ctx.device, s.init);
        state = { params, opt: s.opt.init(params), alignment: [] };
    }
    let { lossSum, accSum, count, lastLoss, lastAcc, seconds, timedSteps, evalNow } = restored?.state.tally ?? emptyTally();
    const withTally = () => ({
        params: state.params,
        opt: state.opt,
        alignment: state.alignment,
        tally: { lossSum, accSum, count, lastLoss, lastAcc, seconds, timedSteps, evalNow },
    });
    while (step < s.totalSteps) {
        if (ctx.shouldStop())
            return ctx.interrupt(step, withTally());
        const align = s.alignEvery > 0 && (step % s.alignEvery === 0 || step === s.totalSteps - 1);
        const prev = state;
        const t0 = performance.now();
        // On a GPU, the step's temporaries and the parameters and moments it replaced are released at once.
        const [raw, next] = scope.step(prev, () => {
            const batch = s.batchAt(step);
            const g = learn.sequenceGradientsUnread(nn.seq, prev.params, batch, {
                mode: s.mode,
                loss: s.loss,
                key: random.foldIn(s.dropoutKey, step),
                train: true,
                alignment: align,
            });
            const [updates, nextOpt] = s.opt.update(g.grads, prev.opt, prev.params);
            return [
                { summary: g.summary, alignment: g.alignment },
                { params: optim.applyUpdates(prev.params, updates), opt: nextOpt, alignment: prev.alignment },
            ];
        });
        // Read after the step's scope (a GPU read is asynchronous); the same numbers on every device.
        const read = await learn.readSequenceGradients({ grads: null, ...raw }, s.loss);
        dispose(raw.summary);
        if (raw.alignment !== undefined)
            dispose(raw.alignment);
        const out = { loss: read.loss, accuracy: read.metrics.accuracy, alignment: read.alignment };
        if (!align) {
            seconds += (performance.now() - t0) / 1000;
            timedSteps++;
        }
        state = next;
        if (!Number.isFinite(out.loss))
            throw new Error(`${s.name}: the loss became ${out.loss} at step ${step + 1}`);
        lossSum += out.loss;
        accSum += out.accuracy;
        count++;
        step++;
        const row = {};
        if (out.alignment !== undefined) {
            state.alignment.push([...out.alignment.cosine, ...out.alignment.normRatio]);
            out.alignment.cosine.forEach((c, l) => (row[`cos_l${l}`] = c));
            out.alignment.normRatio.forEach((r, l) => (row[`normRatio_l${l}`] = r));
        }
        if ((s.evalEvery > 0 && step % s.evalEvery === 0) || step === s.totalSteps)
            Object.assign(row, (evalNow = await s.evaluate(state.params)));
        if (step === 1 || step % s.logEvery === 0 || step === s.totalSteps || Object.keys(row).length > 0) {
            lastLoss = lossSum / count;
            lastAcc = accSum / count;
            ctx.log(step, { loss: lastLoss, accuracy: lastAcc, ...row });
            lossSum = accSum = count = 0;
        }
        if (s.checkpointEvery > 0 && step % s.checkpointEvery === 0 && step < s.totalSteps)
            await ctx.checkpoint.save(step, withTally());
        await ctx.progress(step, s.totalSteps, { loss: out.loss, accuracy: out.accuracy });
    }
    if (Object.keys(evalNow).length === 0)
        evalNow = await s.evaluate(state.params);
    // Alignment: the mean over all checks of the run, per layer.
    const align = {};
    const checks = state.alignment;
    if (checks.length > 0) {
        const L = checks[0].length / 2;
        for (let l = 0; l < L; l++) {
            align[`cos_l${l}`] = checks.reduce((a, r) => a + r[l], 0) / checks.length;
            align[`normRatio_l${l}`] = checks.reduce((a, r) => a + r[L + l], 0) / checks.length;
        }
    }
    return {
        params: state.params,
        summary: {
            steps: step,
            trainLoss: lastLoss,
            trainAccuracy: lastAcc,
            secondsPerStep: timedSteps > 0 ? seconds / timedSteps : NaN,
            params: nn.countParams(state.params),
            ...evalNow,
            ...align,
        },
    };
}
//# sourceMappingURL=online-common.js.map