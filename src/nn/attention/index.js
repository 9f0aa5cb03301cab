/** Attention layers: softmax, linear, the mesa-layer (P2), and the GD-ICL construction. */
export { attention, softmaxLast } from './softmax-attention.js';
export { linearAttention } from './linear-attention.js';
export { mesa } from './mesa.js';
export { mesaAttend, mesaAttendReference, DEFAULT_CHECKPOINT_EVERY } from './mesa-attend.js';
export { gdConstruction, gdIclTokens, gdIclMask } from './gd-construction.js';
//# sourceMappingURL=index.js.map