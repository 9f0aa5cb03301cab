/**
 * How well a gradient estimate lines up with the exact (BPTT) gradient, layer by layer
 * (PAPERS.md P4, Fig. 2): for block l, with g the estimate and g* the exact gradient of the
 * block's recurrent parameters flattened into one vector,
 *
 *   cosine_l = ⟨g, g*⟩ / (‖g‖ ‖g*‖),   normRatio_l = ‖g‖ / ‖g*‖.
 *
 * The recurrent parameters are the mixer's leaves its layer labels 'recurrent' (`labels`):
 * nn.lru's λ parameters, γ and B (not the readout C, D), nn.linearRnn's A and B, the whole cell
 * of nn.gru / nn.lstm / nn.rnn; a mixer without any (softmax or linear attention) is compared on
 * all of its parameters.
 */
import { zeros } from '../core/creation.js';
import { add, mul } from '../core/ops/elementwise.js';
import { stack } from '../core/ops/movement.js';
import { sum } from '../core/ops/reduce.js';
import { fmt, shapeEq } from '../core/shape.js';
import * as tree from '../core/tree.js';
import { leavesLabelled } from '../nn/labels.js';
import { seq } from '../nn/seq.js';
/** The recurrent parameters of one mixer's (gradient) tree, given its labels (see the module notes). */
export function recurrentLeaves(mixer, labels) {
    const recurrent = leavesLabelled(mixer, labels, 'recurrent');
    return recurrent.length > 0 ? recurrent : tree.leaves(mixer);
}
/** Σ_i ⟨a_i, b_i⟩ as a scalar tensor. */
function dot(a, b) {
    let s = null;
    a.forEach((x, i) => {
        const d = sum(mul(x, b[i]));
        s = s === null ? d : add(s, d);
    });
    if (s === null)
        throw new Error('learn.gradientAlignment: a block has no recurrent parameters');
    return s;
}
/**
 * Per block [‖g‖², ‖g*‖², ⟨g, g*⟩]: an [L, 3] tensor (computed on the gradients' device);
 * `labels` are the model's labels of the parameters (`model.labels`: gradients keep the
 * parameters' static fields, so `model.labels(exact)` gives them).
 */
export function alignmentTerms(estimate, exact, labels) {
    const where = 'learn.gradientAlignment';
    if (estimate.blocks.length !== exact.blocks.length)
        throw new Error(`${where}: estimate has ${estimate.blocks.length} blocks, exact ${exact.blocks.length}; both must be gradients of the same nn.seq model`);
    const rows = estimate.blocks.map((b, l) => {
        const mixerLabels = labels.blocks[l].mixer;
        const g = recurrentLeaves(b.mixer, mixerLabels);
        const gs = recurrentLeaves(exact.blocks[l].mixer, mixerLabels);
        if (g.length !== gs.length)
            throw new Error(`${where}: block ${l}'s mixer: estimate has ${g.length} recurrent parameters, exact ${gs.length}; both must be gradients of the same nn.seq model`);
        g.forEach((x, i) => {
            if (!shapeEq(x.shape, gs[i].shape))
                throw new Error(`${where}: block ${l}'s mixer: the estimate's recurrent parameter ${i} has shape ${fmt(x.shape)}, the exact one ${fmt(gs[i].shape)}; both must be gradients of the same nn.seq model`);
        });
        return stack([dot(g, g), dot(gs, gs), dot(g, gs)]);
    });
    if (rows.length === 0)
        return zeros([0, 3], { dtype: exact.decoder.w.dtype });
    return stack(rows);
}
/** Cosines and norm ratios from the values of `alignmentTerms`. */
export function readAlignment(v) {
    const cosine = [];
    const normRatio = [];
    for (let l = 0; 3 * l < v.length; l++) {
        const [ee, xx, ex] = [v[3 * l], v[3 * l + 1], v[3 * l + 2]];
        cosine.push(ex / Math.sqrt(ee * xx));
        normRatio.push(Math.sqrt(ee / xx));
    }
    return { cosine, normRatio };
}
/**
 * Per-block cosine similarity and norm ratio of `estimate` against `exact` (both gradients of
 * `model`'s parameters, by default `nn.seq`'s; CPU).
 */
export function gradientAlignment(estimate, exact, model = seq) {
    for (const [name, g] of [
        ['estimate', estimate],
        ['exact', exact],
    ]) {
        if (typeof g !== 'object' || g === null || !Array.isArray(g.blocks))
            throw new Error(`learn.gradientAlignment: ${name} must be nn.seq parameters or gradients (an object with blocks), got ${g === null ? 'null' : typeof g}`);
    }
    return readAlignment(alignmentTerms(estimate, exact, model.labels(exact)).dataSync());
}
//# sourceMappingURL=alignment.js.map