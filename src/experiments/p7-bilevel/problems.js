/**
 * The two bilevel problems of the `bilevel-estimators` experiment (PAPERS.md P7), in float64.
 *
 * 'ridge': per-feature ridge hyperparameters on synthetic linear regression,
 *   φ = w: [p],  θ = log λ: [p],
 *   L_in(w, θ)  = ½‖X_tr w − y_tr‖² / n_tr + ½ Σ_i e^{θ_i} w_i²
 *   L_out(w)    = ½‖X_va w − y_va‖² / n_va
 *   X ~ N(0, 1), y = X w_true + noise·N(0, 1), w_true ~ N(0, 1) on half the features and 0 on the rest.
 *
 * 'hopfield': a Hopfield-like energy network on a batch of B inputs,
 *   φ = s: [B, n] (n hidden units, the last O of them read out),  θ = { a: [n, n], u: [n, I], b: [n] },
 *   L_in(s, θ)  = Σ_b ½‖s_b‖² − ½ ρ(s_b)ᵀ W ρ(s_b) − ρ(s_b)ᵀ(U x_b + b),  W = (A + Aᵀ)/2,  ρ = tanh
 *   L_out(s)    = ½ Σ_b ‖s_b,out − y_b‖²
 *   A ~ N(0, coupling²/n) keeps the energy strongly convex around its minimum.
 */
import { matmul, random, tanh, tensor, zeros } from '../../index.js';
export const BILEVEL_PROBLEMS = ['ridge', 'hopfield'];
const f64 = { dtype: 'f64' };
export function ridgeProblem(key, p, s) {
    const [kx, kv, kw, kn, kn2] = random.split(key, 5);
    const mask = Float64Array.from({ length: p }, (_, i) => (i < Math.ceil(p / 2) ? 1 : 0));
    const wTrue = random.normal(kw, [p], f64).mul(tensor(mask, f64));
    const xTr = random.normal(kx, [s.nTrain, p], f64);
    const xVa = random.normal(kv, [s.nVal, p], f64);
    const yTr = matmul(xTr, wTrue).add(random.normal(kn, [s.nTrain], f64).mul(s.noise));
    const yVa = matmul(xVa, wTrue).add(random.normal(kn2, [s.nVal], f64).mul(s.noise));
    return {
        theta: zeros([p], f64).add(Math.log(0.1)),
        phi0: zeros([p], f64),
        innerLoss: (w, th) => matmul(xTr, w)
            .sub(yTr)
            .square()
            .sum()
            .mul(0.5 / s.nTrain)
            .add(th.exp().mul(w.square()).sum().mul(0.5)),
        outerLoss: (w) => matmul(xVa, w)
            .sub(yVa)
            .square()
            .sum()
            .mul(0.5 / s.nVal),
    };
}
export function hopfieldProblem(key, n, s) {
    const [ka, ku, kb, kx, ky] = random.split(key, 5);
    const x = random.normal(kx, [s.batch, s.nIn], f64);
    const y = random.uniform(ky, [s.batch, s.nOut], { ...f64, minval: -0.5, maxval: 0.5 });
    const theta = {
        a: random.normal(ka, [n, n], { ...f64, std: s.coupling / Math.sqrt(n) }),
        u: random.normal(ku, [n, s.nIn], { ...f64, std: 1 / Math.sqrt(s.nIn) }),
        b: random.normal(kb, [n], { ...f64, std: 0.1 }),
    };
    return {
        theta,
        phi0: zeros([s.batch, n], f64),
        innerLoss: (st, th) => {
            const r = tanh(st); // [B, n]
            const w = th.a.add(th.a.mT).mul(0.5);
            return st
                .square()
                .sum()
                .mul(0.5)
                .sub(matmul(r, w).mul(r).sum().mul(0.5))
                .sub(r.mul(matmul(x, th.u.mT).add(th.b)).sum());
        },
        outerLoss: (st) => st
            .sliceAxis(1, n - s.nOut, n)
            .sub(y)
            .square()
            .sum()
            .mul(0.5),
    };
}
//# sourceMappingURL=problems.js.map