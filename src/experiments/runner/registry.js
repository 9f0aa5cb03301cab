/** The experiments `looplab list` shows and `looplab run <name>` finds. */
import { onlineCopy } from '../p4-online/online-copy.js';
import { onlineLayers } from '../p4-online/online-layers.js';
import { onlineSmnist } from '../p4-online/online-smnist.js';
import { sineMlp } from '../examples/sine-mlp.js';
import { memoryScalar } from '../p1-memory/memory-scalar.js';
import { memoryTeacherStudent } from '../p1-memory/memory-teacher-student.js';
import { memoryDeep } from '../p1-memory/memory-deep.js';
import { iclGd } from '../p3-icl/icl-gd.js';
import { gatedRnnAttention } from '../p3-icl/gated-rnn-attention.js';
import { mesaConstructed } from '../p2-mesa/mesa-constructed.js';
import { mesaDynamics } from '../p2-mesa/mesa-dynamics.js';
import { mesaFewshot } from '../p2-mesa/mesa-fewshot.js';
import { bilevelEstimators } from '../p7-bilevel/bilevel-estimators.js';
import { lcpMnist } from '../p6-lcp/lcp-mnist.js';
import { eqpropMnist } from '../p7-bilevel/eqprop-mnist.js';
import { alignBarrier } from '../p5-align/align-barrier.js';
import { alignInit } from '../p5-align/align-init.js';
import { metaSinusoid } from '../p9-meta/meta-sinusoid.js';
import { contrastiveEstimator } from '../p9-meta/contrastive-estimator.js';
import { metaHyperopt } from '../p9-meta/meta-hyperopt.js';
import { sparseMaml } from '../p8-sparse/sparse-maml.js';
import { continualMnist } from '../p8-sparse/continual-mnist.js';
/** Every experiment, in the order `looplab list` shows them; the first is the default. */
export const experiments = [
    sineMlp,
    onlineCopy,
    onlineLayers,
    onlineSmnist,
    memoryScalar,
    memoryTeacherStudent,
    memoryDeep,
    iclGd,
    gatedRnnAttention,
    mesaConstructed,
    mesaDynamics,
    mesaFewshot,
    bilevelEstimators,
    eqpropMnist,
    lcpMnist,
    alignBarrier,
    alignInit,
    contrastiveEstimator,
    metaSinusoid,
    metaHyperopt,
    sparseMaml,
    continualMnist,
];
export function findExperiment(name) {
    return experiments.find((e) => e.name === name);
}
export function experimentNames() {
    return experiments.map((e) => e.name);
}
//# sourceMappingURL=registry.js.map