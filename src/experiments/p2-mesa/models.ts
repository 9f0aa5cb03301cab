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
import { add, analysis, matmul, mT, nn, random } from '../../index.js';
import type { Key, Tensor, Tree } from '../../index.js';
import type { ConfigRanges } from '../runner/ranges.js';
import type { ConfigObject } from '../runner/types.js';
import type { Trainee } from '../p3-icl/train.js';
import type { DynamicsDataConfig, MesaTrainConfig } from './common.js';
import { dynamicsTask, mesaOptimizer } from './common.js';

/** The attention of a full model. */
export type DynamicsModelKind = 'linear' | 'softmax' | 'mesa' | 'hybrid';
export const DYNAMICS_MODEL_KINDS: readonly DynamicsModelKind[] = ['linear', 'softmax', 'mesa', 'hybrid'];

export interface DynamicsModelConfig extends ConfigObject {
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

/** P2's full models: 4 blocks of D = 64, 4 heads of 20, MLP 4×, clip 4 (the paper), init std 0.02. */
export function paperDynamicsModel(): DynamicsModelConfig {
  return { nLayers: 4, dModel: 64, nHeads: 4, dKey: 20, mlpRatio: 4, clip: 4, initStd: 0.02 };
}

/** P2's training of the full models: AdamW 7e-4 (warmup 1000, cosine to 1e-5), weight decay 0.05, clip 1, batch 256. */
export function paperDynamicsTraining(): MesaTrainConfig {
  return { steps: 20000, batchSize: 256, lr: 7e-4, schedule: 'warmupCosine', warmupSteps: 1000, lrEnd: 1e-5, weightDecay: 0.05, clipNorm: 1 };
}

export const dynamicsModelRanges: ConfigRanges<DynamicsModelConfig> = {
  nLayers: { integer: true, min: 1, max: 64 },
  dModel: { integer: true, min: 1, max: 8192 },
  nHeads: { integer: true, min: 1, max: 256 },
  dKey: { integer: true, min: 1, max: 4096 },
  mlpRatio: { integer: true, min: 1, max: 64 },
  clip: { min: 0, minExclusive: true },
  initStd: { min: 0 },
};

/** The smoke size: 2 blocks of D = 32, 2 heads of 8. */
export function smokeDynamicsModel(): DynamicsModelConfig {
  return { ...paperDynamicsModel(), nLayers: 2, dModel: 32, nHeads: 2, dKey: 8 };
}

/**
 * One trainee per model kind for `trainSideBySide`: each trains on its own fresh sequences
 * (stream = the kind's index, so adding a kind leaves the others' data unchanged).
 */
export function dynamicsTrainees(
  kinds: readonly DynamicsModelKind[],
  c: { readonly data: DynamicsDataConfig; readonly model: DynamicsModelConfig; readonly train: MesaTrainConfig; readonly dtype: 'f32' | 'f64' },
  initKey: Key,
): Trainee[] {
  const task = dynamicsTask(c.data);
  return kinds.map((kind, i) => ({
    name: kind,
    stream: DYNAMICS_MODEL_KINDS.indexOf(kind),
    train: { steps: c.train.steps, batchSize: c.train.batchSize, lr: c.train.lr, clipNorm: c.train.clipNorm },
    optimizer: () => mesaOptimizer(c.train),
    init: () => initDynamicsModel(random.foldIn(initKey, i), kind, c.model, c.data.nS, c.data.T, c.dtype) as unknown as Tree,
    loss: (p, key) => {
      const b = task.sample(key, c.train.batchSize, c.dtype);
      return analysis.mesa.sequenceLoss(applyDynamicsModel(p as unknown as DynamicsModelParams, b.inputs, c.model.clip), b.targets);
    },
  }));
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

/**
 * Bytes one full model holds on `sequences` sequences of T tokens: per block the attention
 * scores [H, T, T] (softmax and linear), projections [H, T, 3 d_k], the residual stream, norms
 * and the MLP [T, (4 + 2·ratio) D]; ×4 when kept for the backward pass (gradients and
 * temporaries), ×1.5 for a forward pass. Models train and evaluate one after the other, so a run's
 * peak is one model's.
 */
export function estimateDynamicsModelBytes(m: DynamicsModelConfig, T: number, sequences: number, dtype: 'f32' | 'f64', backward: boolean): number {
  const perSeq = m.nLayers * (m.nHeads * T * T + m.nHeads * T * 3 * m.dKey + T * m.dModel * (4 + 2 * m.mlpRatio));
  return (dtype === 'f64' ? 8 : 4) * (backward ? 4 : 1.5) * sequences * perSeq;
}

/** Bytes of the least-squares reference on `sequences` sequences: the running sums and the Gram matrices [T, n, n], ×4. */
export function estimateLsqBytes(nS: number, T: number, sequences: number, dtype: 'f32' | 'f64'): number {
  return (dtype === 'f64' ? 8 : 4) * 4 * sequences * T * nS * nS;
}
