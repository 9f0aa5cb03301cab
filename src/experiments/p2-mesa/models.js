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
import { dynamicsTask, mesaOptimizer } from './common.js';
export const DYNAMICS_MODEL_KINDS = ['linear', 'softmax', 'mesa', 'hybrid'];
/** P2's full models: 4 blocks of D = 64, 4 heads of 20, MLP 4×, clip 4 (the paper), init std 0.02. */
export function paperDynamicsModel() {
    return { nLayers: 4, dModel: 64, nHeads: 4, dKey: 20, mlpRatio: 4, clip: 4, initStd: 0.02 };
}
/** P2's training of the full models: AdamW 7e-4 (warmup 1000, cosine to 1e-5), weight decay 0.05, clip 1, batch 256. */
export function paperDynamicsTraining() {
    return { steps: 20000, batchSize: 256, lr: 7e-4, schedule: 'warmupCosine', warmupSteps: 1000, lrEnd: 1e-5, weightDecay: 0.05, clipNorm: 1 };
}
export const dynamicsModelRanges = {
    nLayers: { integer: true, min: 1, max: 64 },
    dModel: { integer: true, min: 1, max: 8192 },
    nHeads: { integer: true, min: 1, max: 256 },
    dKey: { integer: true, min: 1, max: 4096 },
    mlpRatio: { integer: true, min: 1, max: 64 },
    clip: { min: 0, minExclusive: true },
    initStd: { min: 0 },
};
/** The smoke size: 2 blocks of D = 32, 2 heads of 8. */
export function smokeDynamicsModel() {
    return { ...paperDynamicsModel(), nLayers: 2, dModel: 32, nHeads: 2, dKey: 8 };
}
/**
 * One trainee per model kind for `trainSideBySide`: each trains on its own fresh sequences
 * (stream = the kind's index, so adding a kind leaves the others' data unchanged).
 */
export function dynamicsTrainees(kinds, c, initKey) {
    const task = dynamicsTask(c.data);
    return kinds.map((kind, i) => ({
        name: kind,
        stream: DYNAMICS_MODEL_KINDS.indexOf(kind),
        train: { steps: c.train.steps, batchSize: c.train.batchSize, lr: c.train.lr, clipNorm: c.train.clipNorm },
        optimizer: () => mesaOptimizer(c.train),
        init: () => initDynamicsModel(random.foldIn(initKey, i), kind, c.model, c.data.nS, c.data.T, c.dtype),
        loss: (p, key) => {
            const b = task.sample(key, c.train.batchSize, c.dtype);
            return analysis.mesa.sequenceLoss(applyDynamicsModel(p, b.inputs, c.model.clip), b.targets);
        },
    }));
}
/** A model of `kind` for tokens of width n_s and sequences of up to T steps. */
export function initDynamicsModel(key, kind, m, nS, T, dtype) {
    const [ke, kp, kr, k1, k2] = random.split(key, 5);
    const base = {
        dModel: m.dModel,
        nHeads: m.nHeads,
        dKey: m.dKey,
        dValue: m.dKey,
        causal: true,
        mlp: true,
        mlpRatio: m.mlpRatio,
        activation: 'gelu',
        norm: 'layer',
        dtype,
    };
    const stacks = kind === 'hybrid'
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
export function applyDynamicsModel(p, tokens, clip, onBlock) {
    const T = tokens.shape[1];
    if (T > p.pos.shape[0])
        throw new Error(`P2 model: sequences of ${T} tokens, but the model has positions for ${p.pos.shape[0]}`);
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
export function estimateDynamicsModelBytes(m, T, sequences, dtype, backward) {
    const perSeq = m.nLayers * (m.nHeads * T * T + m.nHeads * T * 3 * m.dKey + T * m.dModel * (4 + 2 * m.mlpRatio));
    return (dtype === 'f64' ? 8 : 4) * (backward ? 4 : 1.5) * sequences * perSeq;
}
/** Bytes of the least-squares reference on `sequences` sequences: the running sums and the Gram matrices [T, n, n], ×4. */
export function estimateLsqBytes(nS, T, sequences, dtype) {
    return (dtype === 'f64' ? 8 : 4) * 4 * sequences * T * nS * nS;
}
//# sourceMappingURL=models.js.map