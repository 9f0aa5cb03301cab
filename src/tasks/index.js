/**
 * `tasks`: data for the experiments — generated tasks (the P4 copy task, in-context linear regression, P2's dynamical systems) and loaders of real
 * data sets (MNIST, sequential MNIST, Fashion-MNIST). Tasks depend on the numeric core only; they hand out plain
 * tensors (`x: [B, T, dInput]`, targets, masks) that any model or learning rule can consume.
 */
export { paperCopyTask, copyTaskShape, checkCopyTask, copySplit, copySplits, copyBatch, copyBitAccuracy, epochOrder, batchIndices } from './copy.js';
export { readIdxImages, readIdxLabels, mnistDataDir, loadMnist, sequentialMnist, mnistPermutation, setMnistReader } from './mnist.js';
export { loadFashionMnist, fashionMnistDataDir, setFashionMnistReader, FASHION_MNIST_CLASSES, FASHION_MNIST_TRAIN_PER_CLASS } from './fashion-mnist.js';
export { linearRegressionIcl, defaultLinearRegressionIclConfig, checkLinearRegressionIcl, iclTokens, iclSequence, ICL_SEQUENCE_LAYOUTS, } from './linear-regression-icl.js';
export { linearDynamics, defaultLinearDynamicsConfig, checkLinearDynamics, constructedTokens, regressionPrompts } from './linear-dynamics.js';
export { sinusoid, defaultSinusoidConfig, SINUSOID_AMPLITUDES, SINUSOID_AMPLITUDE_RANGE } from './sinusoid.js';
export { fewShot, fewShotClasses, defaultFewShotConfig, FEW_SHOT_SPLITS } from './few-shot.js';
export { continual, defaultContinualConfig, rotateImage, CONTINUAL_BENCHMARKS, ROTATION_INTERPOLATIONS } from './continual.js';
//# sourceMappingURL=index.js.map