/** Attention layers: softmax, linear, the mesa-layer (P2), and the GD-ICL construction. */
export { attention, softmaxLast } from './softmax-attention.js';
export { linearAttention } from './linear-attention.js';
export type { LinearAttentionParams, LinearAttentionState } from './linear-attention.js';
export { mesa } from './mesa.js';
export type { MesaConfig, MesaParams, MesaOptions, MesaState, MesaLayer } from './mesa.js';
export { mesaAttend, mesaAttendReference, DEFAULT_CHECKPOINT_EVERY } from './mesa-attend.js';
export type { MesaAttendOptions } from './mesa-attend.js';
export { gdConstruction, gdIclTokens, gdIclMask } from './gd-construction.js';
export type { GdConstructionOptions } from './gd-construction.js';
export type { AttentionConfig, AttentionProjectionConfig, AttentionParams, AttentionProjections, AttentionKind, AttentionOptions } from './common.js';
