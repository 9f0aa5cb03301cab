/**
 * The outer loop of meta-learning: meta-parameters (θ, κ, λ) are updated from the meta-gradients
 * of a meta-batch of tasks (their mean), each field by its own optimiser — P8 uses Adam on θ and
 * a separate Adam on the mask scores κ; P9 clamps λ ≥ 0 after each outer step.
 */
import { full } from '../../core/creation.js';
import * as tree from '../../core/tree.js';
import { applyUpdates } from '../../optim/transform.js';
import { initMaskScores } from './mask.js';
import { learnedFields, metaGradient } from './rules.js';
/** The meta-parameters a rule needs around an initialisation θ. */
export function initMeta(rule, theta, o = {}) {
    switch (rule) {
        case 'sparseMaml':
        case 'sparseReluMaml':
            if (o.key === undefined)
                throw new Error(`learn.meta: initMeta for rule '${rule}' needs a key (the mask scores are random)`);
            return { theta, kappa: initMaskScores(o.key, theta, o.denseLayout) };
        case 'metaSgd': {
            const lr = o.innerLr;
            if (lr === undefined || !(lr > 0))
                throw new Error(`learn.meta: initMeta for rule 'metaSgd' needs innerLr > 0, got ${lr}`);
            return { theta, kappa: tree.map((l) => full(l.shape, lr, { dtype: l.dtype }), theta) };
        }
        case 'imaml':
        case 'contrastive':
            if (o.learnLambda === undefined)
                return { theta };
            if (!(o.learnLambda >= 0))
                throw new Error(`learn.meta: learnLambda must be ≥ 0, got ${o.learnLambda}`);
            return { theta, lambda: tree.map((l) => full(l.shape, o.learnLambda, { dtype: l.dtype }), theta) };
        case 'maml':
        case 'anil':
        case 'reptile':
            return { theta };
        default:
            throw new Error(`learn.meta: unknown rule ${String(rule)}`);
    }
}
export function initMetaOptState(optimizers, meta) {
    const s = { theta: optimizers.theta.init(meta.theta) };
    if (optimizers.kappa && meta.kappa !== undefined)
        s.kappa = optimizers.kappa.init(meta.kappa);
    if (optimizers.lambda && meta.lambda !== undefined)
        s.lambda = optimizers.lambda.init(meta.lambda);
    return s;
}
/** One outer step on a meta-batch of tasks: mean meta-gradient, one optimiser update per learned field. */
export function metaStep(loss, meta, optState, tasks, rule, optimizers) {
    if (tasks.length === 0)
        throw new Error('learn.meta: metaStep needs at least one task');
    const fields = learnedFields(rule.rule, meta);
    let sum = {};
    let queryLoss = 0;
    let innerEvaluations = 0;
    for (const task of tasks) {
        const g = metaGradient(loss, meta, task, rule);
        for (const f of fields) {
            const gf = g.grad[f];
            if (gf === undefined)
                continue;
            const prev = sum[f];
            sum = { ...sum, [f]: prev === undefined ? gf : tree.map((a, b) => a.add(b), prev, gf) };
        }
        queryLoss += g.queryLoss;
        innerEvaluations += g.innerEvaluations;
    }
    const next = { ...meta };
    const nextState = { ...optState };
    for (const f of fields) {
        const opt = optimizers[f];
        const gf = sum[f];
        const current = meta[f];
        if (opt === undefined || gf === undefined || current === undefined)
            continue;
        const mean = tree.map((a) => a.div(tasks.length), gf);
        const [updates, s] = opt.update(mean, optState[f], current);
        const stepped = applyUpdates(current, updates);
        // λ ≥ 0 (P9)
        next[f] = f === 'lambda' ? tree.map((l) => l.relu(), stepped) : stepped;
        nextState[f] = s;
    }
    return { meta: next, optState: nextState, queryLoss: queryLoss / tasks.length, innerEvaluations };
}
//# sourceMappingURL=loop.js.map