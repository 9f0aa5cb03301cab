/** Attention layers: softmax, linear, the mesa-layer (P2), and the GD-ICL construction. */
export { attention, softmaxLast } from './softmax-attention.js';
export { linearAttention } from './linear-attention.js';
export type { LinearAttentionState } from './linear-attention.js';
export { mesa } from './mesa.js';
export type { MesaConfig, MesaParams, MesaOptions, MesaState, MesaLayer } from './mesa.js';
export { mesaAttend, mesaAttendReference, DEFAULT_CHECKPOINT_EVERY } from './mesa-attend.js';
export type { MesaAttendOptions } from './mesa-attend.js';
export { gdConstruction, gdIclTokens, gdIclMask } from './gd-construction.js';
export type { GdConstructionOptions } from './gd-construction.js';
export type { AttentionConfig, AttentionParams, AttentionOptions } from './common.js';

// Stable names for nn.seq (saved parameters record their mixer by name).
import { registerMixer } from '../seq.js';
import { attention as attentionLayer } from './softmax-attention.js';
import { linearAttention as linearAttentionLayer } from './linear-attention.js';
import { mesa as mesaLayer } from './mesa.js';
registerMixer('attention', attentionLayer);
registerMixer('linearAttention', linearAttentionLayer);
registerMixer('mesa', mesaLayer);
