/** Recurrent layers: LRU (P4, P1), gated RNN (P3), dense linear RNN, vanilla RNN, LSTM, GRU. */
export { lru, lruLambda, lruGamma, lruParametrization } from './lru.js';
export { gatedRnn, gatedRnnLambda } from './gated-rnn.js';
export { linearRnn, rnn } from './linear-rnn.js';
export { lstm } from './lstm.js';
export { gru } from './gru.js';
export { gatedRnnStack } from './gated-rnn-stack.js';
export { equilibriumRnn } from './equilibrium-rnn.js';
//# sourceMappingURL=index.js.map