/** Recurrent layers: LRU (P4, P1), gated RNN (P3), dense linear RNN, vanilla RNN, LSTM, GRU. */
export { lru, lruLambda, lruGamma, lruParametrization } from './lru.js';
export type { LruConfig, LruParams, LruExpParams, LruPolarParams, LruReImParams, LruCommonParams, LruParametrization, LruState } from './lru.js';
export { gatedRnn, gatedRnnLambda } from './gated-rnn.js';
export type { GatedRnnConfig, GatedRnnParams, GatedRnnSigmoidParams, GatedRnnExpParams, GatedRnnLambdaParametrization, GatedRnnLayer, LinearAttentionWeights, } from './gated-rnn.js';
export { linearRnn, rnn } from './linear-rnn.js';
export type { LinearRnnConfig, LinearRnnParams, LinearRnnNonlinearity, RnnConfig, RnnParams } from './linear-rnn.js';
export { lstm } from './lstm.js';
export type { LstmConfig, LstmParams, LstmState } from './lstm.js';
export { gru } from './gru.js';
export type { GruConfig, GruParams } from './gru.js';
export { gatedRnnStack } from './gated-rnn-stack.js';
export type { GatedRnnStackConfig, GatedRnnStackParams } from './gated-rnn-stack.js';
export { equilibriumRnn } from './equilibrium-rnn.js';
export type { EquilibriumRnnConfig, EquilibriumRnnParams, EquilibriumRnnApplyOptions } from './equilibrium-rnn.js';
