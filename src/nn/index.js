export { resolveConfig } from './types.js';
export { PARAM_LABELS, labelFields, leafLabels, leavesLabelled, mapLabels } from './labels.js';
// ---------------------------------------------------------------------------------------------
// building blocks
export { dense, embedding, varianceScaling, DENSE_INITS, DENSE_DISTRIBUTIONS } from './blocks/dense.js';
export { layerNorm, rmsNorm, batchNorm, initNorm, applyNorm, NORM_KINDS } from './blocks/norm.js';
export { dropout, dropoutMaskShape } from './blocks/dropout.js';
export { gelu, silu, activation, ACTIVATIONS, glu, geglu, swiglu, mlp } from './blocks/ffn.js';
export { residual } from './blocks/residual.js';
export { countParams } from './blocks/util.js';
export { conv2d, batchNorm2d, convNet } from './blocks/conv.js';
export { simpleCnn } from './blocks/simple-cnn.js';
// ---------------------------------------------------------------------------------------------
// deep sequence model
export { seq, SEQ_MIXERS, POOLINGS, SEQ_BLOCKS } from './seq.js';
// ---------------------------------------------------------------------------------------------
// recurrent layers (src/nn/recurrent/): LRU, gated RNN, linear RNN, vanilla RNN, LSTM, GRU
// (nn.seq mixers: their parameters' static kind is their export name)
export * from './recurrent/index.js';
// ---------------------------------------------------------------------------------------------
// attention layers (src/nn/attention/): softmax / linear multi-head attention, mesa-layer
// (nn.seq mixers of kinds 'attention', 'linearAttention', 'mesa')
export * from './attention/index.js';
// ---------------------------------------------------------------------------------------------
// transformer stack (GPT-2 pre-LN blocks around linear / softmax / mesa attention; P2, GD-ICL)
export { transformer, TRANSFORMER_ATTENTIONS, TRANSFORMER_NORMS } from './transformer.js';
//# sourceMappingURL=index.js.map