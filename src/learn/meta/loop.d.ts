import type { Key } from '../../core/random.js';
import type { GradientTransformation } from '../../optim/transform.js';
import type { MetaParams, MetaRule, MetaRuleOptions, MetaTask, TaskLoss } from './rules.js';
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
export declare function initMeta<P>(rule: MetaRule, theta: P, o?: InitMetaOptions): MetaParams<P>;
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
export declare function initMetaOptState<P>(optimizers: MetaOptimizers, meta: MetaParams<P>): MetaOptState;
export interface MetaStepResult<P> {
    meta: MetaParams<P>;
    optState: MetaOptState;
    /** Mean query loss after adaptation over the meta-batch. */
    queryLoss: number;
    /** Inner gradient evaluations over the meta-batch. */
    innerEvaluations: number;
}
/** One outer step on a meta-batch of tasks: mean meta-gradient, one optimiser update per learned field. */
export declare function metaStep<P, B>(loss: TaskLoss<P, B>, meta: MetaParams<P>, optState: MetaOptState, tasks: readonly MetaTask<B>[], rule: MetaRuleOptions, optimizers: MetaOptimizers): MetaStepResult<P>;
