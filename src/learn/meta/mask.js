/**
 * The gradient masks of sparse-MAML (PAPERS.md P8, von Oswald et al. 2021, "Learning where to
 * learn"): one real score κ per inner-loop parameter.
 *
 *   binary mask (sparseMaml):        m = ½ (sign κ + 1) ∈ {0, 1}      backward: dm/dκ = ½
 *   ReLU rates (sparseReluMaml):     r = ReLU(κ) ≥ 0                  backward: dr/dκ = 1
 *
 * Both backward passes are straight-through: the forward value is the step function (ReLU), the
 * gradient that of the identity passed through ½(· + 1) (of the identity). κ = 0 exactly maps to
 * m = 0, so the forward mask is binary everywhere.
 */
import { stopGradient } from '../../core/autodiff.js';
import { gt } from '../../core/ops/elementwise.js';
import * as random from '../../core/random.js';
import * as tree from '../../core/tree.js';
/**
 * m = ½(sign κ + 1) in the forward pass, dm/dκ = ½ in the backward pass:
 * m = κ/2 + stopGradient(step(κ) − κ/2). κ: any shape; m: the same shape, values in {0, 1}.
 */
export function binaryMask(kappa) {
    const half = kappa.mul(0.5);
    const step = gt(kappa, 0).cast(kappa.dtype);
    return half.add(stopGradient(step.sub(half)));
}
/** r = ReLU(κ) forward, dr/dκ = 1 backward: r = κ + stopGradient(ReLU(κ) − κ). */
export function reluStraightThrough(kappa) {
    return kappa.add(stopGradient(kappa.relu().sub(kappa)));
}
/**
 * Initial mask scores κ shaped like θ (P8): Kaiming-uniform for weights of rank ≥ 2 (bound
 * √(6 / fan_in), fan_in = the product of all dimensions but the first for conv weights
 * [O, C, kH, kW], the first dimension for dense weights [dIn, dOut]), U(−0.5, 0.5) for vectors;
 * each leaf is then shifted to mean 0, so that about half of the mask starts at 0.
 *
 * @param denseLayout 'inOut' when rank-2 weights are stored [dIn, dOut] (nn.dense), 'outIn' for [dOut, dIn].
 */
export function initMaskScores(key, theta, denseLayout = 'inOut') {
    const [leaves, def] = tree.flatten(theta);
    const keys = random.split(key, Math.max(1, leaves.length));
    const out = leaves.map((l, i) => {
        let bound = 0.5;
        if (l.rank >= 2) {
            const fanIn = l.rank === 2 ? (denseLayout === 'inOut' ? l.shape[0] : l.shape[1]) : l.shape.slice(1).reduce((a, b) => a * b, 1);
            bound = Math.sqrt(6 / fanIn);
        }
        const u = random.uniform(keys[i], l.shape, { dtype: l.dtype === 'f64' ? 'f64' : 'f32', minval: -bound, maxval: bound });
        return u.sub(u.mean());
    });
    return tree.unflatten(def, out);
}
/** The share of zeros of the binary mask m = ½(sign κ + 1), per leaf of κ (in tree.flatten order). */
export function frozenShare(kappa) {
    return tree.leaves(kappa).map((k) => {
        const d = k.dataSync();
        let zeros = 0;
        for (let i = 0; i < d.length; i++)
            if (!(d[i] > 0))
                zeros++;
        return d.length === 0 ? 0 : zeros / d.length;
    });
}
//# sourceMappingURL=mask.js.map