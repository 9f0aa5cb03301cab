/**
 * What the in-context-learning experiments (`icl-gd`, `gated-rnn-attention`) share: a resumable
 * loop that trains several models side by side, one optimiser step of each per loop step, with
 * fresh tasks every step (the data is a pure function of (seed, step), so a resumed run repeats
 * an uninterrupted one exactly), and the optimiser of the GD-ICL set-up (Adam, global-norm
 * clipping).
 */
import { optim, random, scope, valueAndGrad } from '../../index.js';
export const trainRanges = {
    steps: { integer: true, min: 1, max: 1e9 },
    batchSize: { integer: true, min: 1, max: 1e7 },
    lr: { min: 0, max: 10 },
    clipNorm: { min: 0 },
};
/** [clip →] Adam(lr). */
export function makeOptimizer(t) {
    const adam = optim.adam(t.lr);
    return t.clipNorm > 0 ? optim.chain(optim.clipByGlobalNorm(t.clipNorm), adam) : adam;
}
/**
 * Train every trainee for its own number of steps, side by side: loop step s updates each model
 * with s < its steps. Logs `loss_<name>` (mean over the last `logEvery` steps) and what
 * `evaluate` returns. Returns the final parameters and the last logged training losses.
 */
export async function trainSideBySide(o) {
    const { ctx, trainees } = o;
    const total = Math.max(...trainees.map((t) => t.train.steps));
    const restored = await ctx.checkpoint.load();
    let step = restored?.step ?? 0;
    let state;
    const opts = Object.fromEntries(trainees.map((t) => [t.name, t.optimizer?.() ?? makeOptimizer(t.train)]));
    if (restored !== undefined)
        state = restored.state;
    else {
        const params = Object.fromEntries(trainees.map((t) => [t.name, t.init()]));
        state = {
            params,
            opt: Object.fromEntries(trainees.map((t) => [t.name, opts[t.name].init(params[t.name])])),
            tally: Object.fromEntries(trainees.map((t) => [t.name, []])),
            lastLoss: Object.fromEntries(trainees.map((t) => [t.name, NaN])),
        };
    }
    const grads = Object.fromEntries(trainees.map((t) => [t.name, valueAndGrad((p, k, s) => t.loss(p, k, s))]));
    while (step < total) {
        if (ctx.shouldStop())
            return ctx.interrupt(step, state);
        const prev = state;
        const [values, next] = scope.step(prev, () => {
            const params = { ...prev.params };
            const opt = { ...prev.opt };
            const vals = {};
            trainees.forEach((t, i) => {
                if (step >= t.train.steps)
                    return;
                const [v, g] = grads[t.name](prev.params[t.name], random.foldIn(random.foldIn(o.dataKey, t.stream ?? i), step), step);
                const [updates, nextOpt] = opts[t.name].update(g, prev.opt[t.name], prev.params[t.name]);
                params[t.name] = optim.applyUpdates(prev.params[t.name], updates);
                opt[t.name] = nextOpt;
                vals[t.name] = v;
            });
            return [vals, { params, opt, tally: prev.tally, lastLoss: prev.lastLoss }];
        });
        state = next;
        step++;
        const latest = {};
        for (const [name, v] of Object.entries(values)) {
            const loss = v.item();
            if (!Number.isFinite(loss))
                throw new Error(`model '${name}': the training loss became ${loss} at step ${step}`);
            state.tally[name].push(loss);
            latest[name] = loss;
        }
        const row = {};
        const evalNow = (o.evalEvery > 0 && step % o.evalEvery === 0) || step === total;
        if (step === 1 || step % o.logEvery === 0 || step === total || evalNow) {
            for (const t of trainees) {
                const xs = state.tally[t.name];
                if (xs.length === 0)
                    continue;
                row[`loss_${t.name}`] = state.lastLoss[t.name] = xs.reduce((a, b) => a + b, 0) / xs.length;
                xs.length = 0;
            }
        }
        if (evalNow)
            Object.assign(row, o.evaluate(state.params));
        if (Object.keys(row).length > 0)
            ctx.log(step, row);
        if (o.checkpointEvery > 0 && step % o.checkpointEvery === 0 && step < total)
            await ctx.checkpoint.save(step, state);
        await ctx.progress(step, total, latest);
    }
    return { params: state.params, trainLoss: { ...state.lastLoss } };
}
//# sourceMappingURL=train.js.map