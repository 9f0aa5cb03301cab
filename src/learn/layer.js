/**
 * `learn.layerGradients`: the gradient modes of `sequenceGradients` for a single recurrent layer
 * and any per-step loss ℓ_t(y_t), without the encoder/blocks/decoder of `nn.seq`. With one layer
 * and nothing below it, 'online' is exact for every parameter (PAPERS.md P4's worked check runs
 * through it). The online modes run the loop of online-loop.ts, the one `sequenceGradients` runs,
 * with the layer's online step (modes.ts) in place of a whole model's step.
 */
import { valueAndGrad } from '../core/autodiff.js';
import { zeros } from '../core/creation.js';
import { add } from '../core/ops/elementwise.js';
import { expectShape, fmt } from '../core/shape.js';
import { Tensor, detach } from '../core/tensor.js';
import { checkTensor } from './batch.js';
import { checkModeFor, initialOnlineState, inputWidth, layerKind, onlineLayerStep, resolveParams } from './modes.js';
import { atStep, onlineLoop } from './online-loop.js';
/**
 * Loss L = Σ_t ℓ_t(y_t) of `layer` on x `[B, T, dIn]` and its gradient by `options.mode`:
 * `stepLoss(y_t: [B, dOut], t)` returns a scalar tensor, or null for steps without a loss.
 *
 * @example
 *   const { grads } = learn.layerGradients(nn.lru, p, x, (y, t) => mean(square(sub(y, targetAt(t)))), { mode: 'online' });
 */
export function layerGradients(layer, params, x, stepLoss, options) {
    const where = 'learn.layerGradients';
    checkTensor(where, 'x', x);
    const kind = layerKind(layer);
    const dIn = inputWidth(kind, params);
    expectShape(where, 'x', x.shape, ['B', 'T', 'dIn'], [null, null, dIn], dIn === null ? '' : ' (dIn from the parameters)');
    if (typeof stepLoss !== 'function')
        throw new Error(`${where}: stepLoss must be a function (y_t: [B, dOut], t) => scalar tensor | null, got ${typeof stepLoss}`);
    const [B, T] = x.shape;
    const any = layer;
    checkModeFor(where, options.mode, kind, kind === 'other' ? 'this layer' : kind);
    const lossOrZero = (y, t) => {
        const l = stepLoss(y, t);
        if (l === null)
            return zeros([], { dtype: y.dtype, device: y.device });
        if (!(l instanceof Tensor) || l.rank !== 0)
            throw new Error(`${where}: stepLoss must return a scalar tensor (or null), got ${l instanceof Tensor ? `shape ${fmt(l.shape)}` : typeof l} at step ${t}`);
        return l;
    };
    if (options.mode === 'bptt') {
        const [value, grads] = valueAndGrad((p) => {
            const y = layer.apply(p, x, options.layer);
            let total = null;
            for (let t = 0; t < T; t++)
                total = total === null ? lossOrZero(atStep(y, t), t) : add(total, lossOrZero(atStep(y, t), t));
            return total ?? zeros([], { dtype: y.dtype, device: y.device });
        })(params);
        return { loss: value.item(), grads };
    }
    const { grads, tallies: loss } = onlineLoop(params, (p) => resolveParams(kind, options.mode, p), (resolved) => ({
        length: T,
        initial: initialOnlineState(any, kind, options.mode, resolved, B),
        step: (r, st, t) => onlineLayerStep(any, r, st, atStep(x, t), options.layer),
        // stepLoss says whether step t has a loss only when it sees y_t: every step is differentiated
        counted: () => true,
        loss: (y, t) => [lossOrZero(y, t), null],
        tallies: null,
        tally: (total, value) => (total === null ? detach(value) : add(total, value)),
    }));
    return { loss: loss === null ? 0 : loss.item(), grads };
}
//# sourceMappingURL=layer.js.map