/**
 * `learn.checkOnline`: the diagnostic behind `looplab check online`. It draws a random `nn.seq`
 * LRU model (float64) and batch, computes the gradient by BPTT and by an online mode, and
 * reports the largest relative error per parameter, max_i |g_i − g*_i| / max_i |g*_i|, and the
 * per-layer alignment (cosine, norm ratio) of the recurrent parameters.
 *
 * With one layer, 'online' matches BPTT to rounding for the recurrent layer and everything above
 * it; parameters below it (encoder, the block's pre-norm) get the spatial estimate.
 */
import * as random from '../core/random.js';
import * as tree from '../core/tree.js';
import { lru } from '../nn/recurrent/lru.js';
import { seq } from '../nn/seq.js';
import { sequenceGradients } from './sequence.js';
function relError(a, b) {
    const u = a.dataSync();
    const v = b.dataSync();
    let e = 0;
    let m = 0;
    for (let i = 0; i < u.length; i++) {
        e = Math.max(e, Math.abs(u[i] - v[i]));
        m = Math.max(m, Math.abs(v[i]));
    }
    return m === 0 ? e : e / m;
}
/** Compare an online estimate with BPTT on a random model and batch (see the module notes). */
export function checkOnline(o) {
    const mode = o.mode ?? 'online';
    const B = o.batch ?? 2;
    const [kModel, kx, ky] = random.split(random.key(o.seed), 3);
    const dInput = 2;
    const dOutput = 2;
    const params = seq.init(kModel, {
        dInput,
        dModel: o.dModel,
        dOutput,
        nLayers: o.layers,
        mixer: lru,
        mixerConfig: { dHidden: o.dHidden, rMin: 0.5 },
        pooling: 'none',
        dtype: 'f64',
    });
    const batch = { x: random.normal(kx, [B, o.T, dInput], { dtype: 'f64' }), targets: random.normal(ky, [B, o.T, dOutput], { dtype: 'f64' }) };
    const exact = sequenceGradients(seq, params, batch, { mode: 'bptt', loss: 'mse' });
    const est = sequenceGradients(seq, params, batch, { mode, loss: 'mse', alignment: true });
    const paths = tree.paths(exact.grads);
    const a = tree.leaves(est.grads);
    const b = tree.leaves(exact.grads);
    const maxRelError = {};
    paths.forEach((p, i) => (maxRelError[p.replace(/^\./, '')] = relError(a[i], b[i])));
    const al = est.alignment ?? { cosine: [], normRatio: [] };
    return { layers: o.layers, mode, maxRelError, cosine: al.cosine, normRatio: al.normRatio };
}
//# sourceMappingURL=check.js.map