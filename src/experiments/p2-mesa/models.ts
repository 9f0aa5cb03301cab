/**
 * The full sequence models of P2 on plain tokens s_t (`mesa-dynamics`, `mesa-fewshot`):
 *
 *   x_t = E s_t + p_t                        embedding E: [D, n_s], learned positions p: [T, D]
 *   h = Transformer(x)                       GPT-2 style pre-LayerNorm blocks, MLP 4× GELU,
 *                                            residual clipped after every block
 *   ŝ_{t+1} = R h_t                          read-out R: [n_s, D]
 *
 * with attention 'linear', 'softmax', 'mesa', or 'hybrid' (the first block softmax, the others
 * mesa-layers), each with `nHeads` heads of key size `dKey` (P2: 4 heads of 20).
 */
import { add, matmul, mT, nn, random } from '../../index.js';
import type { Key, Tensor } from '../../index.js';

/** The attention of a full model. */
export type DynamicsModelKind = 'linear' | 'softmax' | 'mesa' | 'hybrid';
export const DYNAMICS_MODEL_KINDS: readonly DynamicsModelKind[] = ['linear', 'softmax', 'mesa', 'hybrid'];

export interface DynamicsModelConfig {
  readonly nLayers: number;
  readonly dModel: number;
  readonly nHeads: number;
  readonly dKey: number;
  readonly mlpRatio: number;
  /** Residual stream clipped to [−clip, clip] after every block (paper 4, code 1.5). */
  readonly clip: number;
  /** Standard deviation of the embedding, positions and read-out (the blocks use nn.transformer's init). */
  readonly initStd: number;
}

export interface DynamicsModelParams {
  readonly embed: Tensor;
  readonly pos: Tensor;
  /** One stack, or for 'hybrid' a 1-block softmax stack then a mesa stack. */
  readonly stacks: readonly nn.TransformerParams[];
  readonly readout: Tensor;
}

/** A model of `kind` for tokens of width n_s and sequences of up to T steps. */
export function initDynamicsModel(key: Key, kind: DynamicsModelKind, m: DynamicsModelConfig, nS: number, T: number, dtype: 'f32' | 'f64'): DynamicsModelParams {
  const [ke, kp, kr, k1, k2] = random.split(key, 5);
  const base = {
    dModel: m.dModel,
    nHeads: m.nHeads,
    dKey: m.dKey,
    dValue: m.dKey,
    causal: true,
    mlp: true,
    mlpRatio: m.mlpRatio,
    activation: 'gelu' as const,
    norm: 'layer' as const,
    dtype,
  };
  const stacks: nn.TransformerParams[] =
    kind === 'hybrid'
      ? [
          nn.transformer.init(k1, { ...base, nLayers: 1, attention: 'softmax', finalNorm: m.nLayers === 1 }),
          ...(m.nLayers > 1 ? [nn.transformer.init(k2, { ...base, nLayers: m.nLayers - 1, attention: 'mesa', finalNorm: true })] : []),
        ]
      : [nn.transformer.init(k1, { ...base, nLayers: m.nLayers, attention: kind, finalNorm: true })];
  return {
    embed: random.normal(ke, [m.dModel, nS], { std: m.initStd, dtype }),
    pos: random.normal(kp, [T, m.dModel], { std: m.initStd, dtype }),
    stacks,
    readout: random.normal(kr, [nS, m.dModel], { std: m.initStd, dtype }),
  };
}

/**
 * Predictions ŝ_{t+1} for tokens [B, T', n_s] (T' ≤ the model's T): [B, T', n_s]. `onBlock(l, h)`
 * receives the residual stream after every block l = 0 … L−1 (for probes).
 */
export function applyDynamicsModel(p: DynamicsModelParams, tokens: Tensor, clip: number, onBlock?: (l: number, h: Tensor) => void): Tensor {
  const T = tokens.shape[1];
  if (T > p.pos.shape[0]) throw new Error(`P2 model: sequences of ${T} tokens, but the model has positions for ${p.pos.shape[0]}`);
  let h = add(matmul(tokens, mT(p.embed)), p.pos.slice([0, T]));
  let offset = 0;
  for (const stack of p.stacks) {
    const base = offset;
    h = nn.transformer.apply(stack, h, { clipResidual: clip, onBlock: onBlock === undefined ? undefined : (l, x) => onBlock(base + l, x) });
    offset += stack.blocks.length;
  }
  return matmul(h, mT(p.readout));
}
