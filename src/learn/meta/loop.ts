/**
 * The outer loop of meta-learning: meta-parameters (θ, κ, λ) are updated from the meta-gradients
 * of a meta-batch of tasks (their mean), each field by its own optimiser — P8 uses Adam on θ and
 * a separate Adam on the mask scores κ; P9 clamps λ ≥ 0 after each outer step.
 */
import { full } from '../../core/creation.js';
import type { Key } from '../../core/random.js';
import type { Tensor } from '../../core/tensor.js';
import * as tree from '../../core/tree.js';
import { applyUpdates } from '../../optim/transform.js';
import type { GradientTransformation } from '../../optim/transform.js';
import { initMaskScores } from './mask.js';
import type { MetaParams, MetaRule, MetaRuleOptions, MetaTask, TaskLoss } from './rules.js';
import { learnedFields, metaGradient } from './rules.js';

export interface InitMetaOptions {
  /** Key of the mask scores (sparseMaml, sparseReluMaml). */
  key?: Key;
  /** metaSgd: the initial per-parameter learning rate (default: the rule's innerLr). */
  innerLr?: number;
  /** imaml, contrastive: learn per-parameter proximal strengths starting at this value (default: not learned). */
  learnLambda?: number;
  /** Layout of rank-2 weights for the Kaiming bound of the mask scores (default 'inOut', nn.dense's). */
  denseLayout?: 'inOut' | 'outIn';
}

/** The meta-parameters a rule needs around an initialisation θ. */
export function initMeta<P>(rule: MetaRule, theta: P, o: InitMetaOptions = {}): MetaParams<P> {
  switch (rule) {
    case 'sparseMaml':
    case 'sparseReluMaml':
      if (o.key === undefined) throw new Error(`learn.meta: initMeta for rule '${rule}' needs a key (the mask scores are random)`);
      return { theta, kappa: initMaskScores(o.key, theta, o.denseLayout) };
    case 'metaSgd': {
      const lr = o.innerLr;
      if (lr === undefined || !(lr > 0)) throw new Error(`learn.meta: initMeta for rule 'metaSgd' needs innerLr > 0, got ${lr}`);
      return { theta, kappa: tree.map<P>((l: Tensor) => full(l.shape, lr, { dtype: l.dtype }), theta) };
    }
    case 'imaml':
    case 'contrastive':
      if (o.learnLambda === undefined) return { theta };
      if (!(o.learnLambda >= 0)) throw new Error(`learn.meta: learnLambda must be ≥ 0, got ${o.learnLambda}`);
      return { theta, lambda: tree.map<P>((l: Tensor) => full(l.shape, o.learnLambda!, { dtype: l.dtype }), theta) };
    case 'maml':
    case 'anil':
    case 'reptile':
      return { theta };
    default:
      throw new Error(`learn.meta: unknown rule ${String(rule satisfies never)}`);
  }
}

/** An optimiser per learned field; a field without one stays fixed. */
export interface MetaOptimizers {
  theta: GradientTransformation;
  kappa?: GradientTransformation;
  lambda?: GradientTransformation;
}

export interface MetaOptState {
  theta: unknown;
  kappa?: unknown;
  lambda?: unknown;
}

export function initMetaOptState<P>(optimizers: MetaOptimizers, meta: MetaParams<P>): MetaOptState {
  const s: MetaOptState = { theta: optimizers.theta.init(meta.theta as tree.Tree) };
  if (optimizers.kappa && meta.kappa !== undefined) s.kappa = optimizers.kappa.init(meta.kappa as tree.Tree);
  if (optimizers.lambda && meta.lambda !== undefined) s.lambda = optimizers.lambda.init(meta.lambda as tree.Tree);
  return s;
}

export interface MetaStepResult<P> {
  meta: MetaParams<P>;
  optState: MetaOptState;
  /** Mean query loss after adaptation over the meta-batch. */
  queryLoss: number;
  /** Inner gradient evaluations over the meta-batch. */
  innerEvaluations: number;
}

/** One outer step on a meta-batch of tasks: mean meta-gradient, one optimiser update per learned field. */
export function metaStep<P, B>(
  loss: TaskLoss<P, B>,
  meta: MetaParams<P>,
  optState: MetaOptState,
  tasks: readonly MetaTask<B>[],
  rule: MetaRuleOptions,
  optimizers: MetaOptimizers,
): MetaStepResult<P> {
  if (tasks.length === 0) throw new Error('learn.meta: metaStep needs at least one task');
  const fields = learnedFields(rule.rule, meta);
  let sum: Partial<Record<'theta' | 'kappa' | 'lambda', P>> = {};
  let queryLoss = 0;
  let innerEvaluations = 0;
  for (const task of tasks) {
    const g = metaGradient(loss, meta, task, rule);
    for (const f of fields) {
      const gf = g.grad[f];
      if (gf === undefined) continue;
      const prev = sum[f];
      sum = { ...sum, [f]: prev === undefined ? gf : tree.map<P>((a: Tensor, b: Tensor) => a.add(b), prev, gf) };
    }
    queryLoss += g.queryLoss;
    innerEvaluations += g.innerEvaluations;
  }
  const next: MetaParams<P> = { ...meta };
  const nextState: MetaOptState = { ...optState };
  for (const f of fields) {
    const opt = optimizers[f];
    const gf = sum[f];
    const current = meta[f];
    if (opt === undefined || gf === undefined || current === undefined) continue;
    const mean = tree.map<P>((a: Tensor) => a.div(tasks.length), gf);
    const [updates, s] = opt.update(mean as tree.Tree, optState[f], current as tree.Tree);
    const stepped: P = applyUpdates(current, updates);
    // λ ≥ 0 (P9)
    next[f] = f === 'lambda' ? tree.map<P>((l: Tensor) => l.relu(), stepped) : stepped;
    nextState[f] = s;
  }
  return { meta: next, optState: nextState, queryLoss: queryLoss / tasks.length, innerEvaluations };
}
