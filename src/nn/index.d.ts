/**
 * `nn`: layers as pure init/apply functions over parameter trees (see `types.ts` for the
 * contract and docs/nn.md for a tour). Every nn export goes through this file.
 */
export type { Layer, SequenceLayer } from './types.js';
export { resolveConfig } from './types.js';
export { PARAM_LABELS, labelFields, leafLabels, leavesLabelled, mapLabels } from './labels.js';
export type { ParamLabel, Labels, LabelTree } from './labels.js';
export { dense, embedding, varianceScaling, DENSE_INITS, DENSE_DISTRIBUTIONS } from './blocks/dense.js';
export type { DenseConfig, DenseParams, DenseInit, DenseDistribution, EmbeddingConfig, EmbeddingParams } from './blocks/dense.js';
export { layerNorm, rmsNorm, batchNorm, initNorm, applyNorm, NORM_KINDS } from './blocks/norm.js';
export type { LayerNormConfig, LayerNormParams, RmsNormConfig, RmsNormParams, BatchNormConfig, BatchNormParams, BatchNormStats, BatchNormOptions, BatchNormLayer, NormKind, AnyNormParams, } from './blocks/norm.js';
export { dropout, dropoutMaskShape } from './blocks/dropout.js';
export type { DropoutOptions } from './blocks/dropout.js';
export { gelu, silu, activation, ACTIVATIONS, glu, geglu, swiglu, mlp } from './blocks/ffn.js';
export type { Activation, GluConfig, GluParams, MlpConfig, MlpParams } from './blocks/ffn.js';
export { residual } from './blocks/residual.js';
export type { ResidualConfig, ResidualParams, ResidualNorm } from './blocks/residual.js';
export { countParams } from './blocks/util.js';
export { conv2d, batchNorm2d, convNet } from './blocks/conv.js';
export { simpleCnn } from './blocks/simple-cnn.js';
export type { SimpleCnnConfig, SimpleCnnParams, SimpleCnnLayerParams, SimpleCnnStats, SimpleCnnOptions } from './blocks/simple-cnn.js';
export type { Conv2dConfig, Conv2dParams, ConvNetConfig, ConvNetParams, ConvNetBlockParams, ConvNetStats } from './blocks/conv.js';
export { seq, SEQ_MIXERS, POOLINGS, SEQ_BLOCKS } from './seq.js';
export type { SeqConfig, SeqParams, SeqBlockParams, SeqSpec, SeqState, SeqStats, SeqOptions, SeqLayer, SeqEncoder, SeqBlock, SeqMixerKind, MixerTable, MixerStep, Pooling, AnySequenceLayer, AnyMixer, } from './seq.js';
export * from './recurrent/index.js';
export * from './attention/index.js';
export { transformer, TRANSFORMER_ATTENTIONS, TRANSFORMER_NORMS } from './transformer.js';
export type { TransformerConfig, TransformerParams, TransformerBlockParams, TransformerAttentionParams, TransformerAttention, TransformerNorm, TransformerOptions, } from './transformer.js';
