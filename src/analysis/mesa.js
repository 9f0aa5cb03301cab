/**
 * What "mesa-optimization" means, as algorithms one can compare a trained Transformer with
 * (PAPERS.md P2, von Oswald et al., "Uncovering mesa-optimization algorithms in Transformers").
 *
 * On a sequence s_1..s_T from a linear dynamical system, the in-context objective at step t is
 *
 *   L_t(Φ) = ½ Σ_{t'≤t} ‖s_{t'} − Φ s_{t'−1}‖²      (s_0 = 0: the first pair carries nothing)
 *
 * and a model predicts s_{t+1} from what it has seen. The algorithms:
 *
 * - **least squares** (`lsqPredict`): Φ̂_t = argmin L_t(Φ) + ½λ‖Φ‖²_F
 *   = (Σ_{t'≤t} s_{t'} s_{t'−1}ᵀ)(Σ_{t'≤t} s_{t'−1} s_{t'−1}ᵀ + λI)⁻¹, prediction Φ̂_t s_t. One
 *   mesa-layer computes it exactly on constructed tokens (keys s_{t−1}, values s_t, queries s_t,
 *   and the mesa-layer's λ_h = 1/λ);
 * - **one gradient step** (`gdStepPredict`): ΔΦ_t = −η ∇L_t(Φ₀) = η Σ_{t'≤t} (s_{t'} − Φ₀ s_{t'−1})
 *   s_{t'−1}ᵀ, prediction ΔΦ_t s_t. This is what one causal linear-attention layer computes on
 *   constructed tokens e_t = [0, s_t, s_t, s_{t−1}] when it writes into the zero slot (P2
 *   Prop. 1; `gdStepLinearAttention` builds that layer): it has no term linear in s_t, so it
 *   predicts with the update ΔΦ_t, which is the stepped Φ₁ = Φ₀ + ΔΦ_t itself when Φ₀ = 0 (the
 *   optimum for orthogonal W*, whose mean is 0);
 * - the **preconditioned input** (`preconditionedInput`): (Σ_{t'≤t} s_{t'−1} s_{t'−1}ᵀ + λI)⁻¹ s_t,
 *   which deeper linear models approximate (Richardson/Chebyshev steps) before taking the step,
 *   one of the probe targets.
 *
 * Probes (`ridgeProbe`, `r2`): linear read-outs fitted by ridge regression on one set of
 * activations and scored by R² on another.
 *
 * Shapes: s [B, T, n]; predictions [B, T, n] (row t predicts s_{t+1}).
 */
import { eye, tensor, zeros } from '../core/creation.js';
import { add, mul, sub } from '../core/ops/elementwise.js';
import { cumsum } from '../core/ops/cumulative.js';
import { solve } from '../core/ops/linalg.js';
import { matmul } from '../core/ops/matmul.js';
import { concat } from '../core/ops/movement.js';
import { mean, sum } from '../core/ops/reduce.js';
import { mT, reshape, squeeze, unsqueeze } from '../core/ops/shape-ops.js';
import { fmt } from '../core/shape.js';
import { Tensor } from '../core/tensor.js';
function checkS(where, s) {
    if (!(s instanceof Tensor) || s.rank !== 3)
        throw new Error(`${where}: s must be a tensor [B, T, n], got ${s instanceof Tensor ? fmt(s.shape) : typeof s}`);
    const [B, T, n] = s.shape;
    return [B, T, n];
}
/** s_{t−1} for every t (s_0 = 0): [B, T, n]. */
export function previous(s) {
    const [B, T, n] = checkS('analysis.mesa.previous', s);
    const z = zeros([B, 1, n], { dtype: s.dtype, device: s.device });
    return T === 1 ? z : concat([z, s.slice(null, [0, T - 1])], 1);
}
/** Running sums Σ_{t'≤t} a_{t'} b_{t'}ᵀ: a [B, T, n], b [B, T, m] -> [B, T, n, m]. */
function runningOuter(a, b) {
    return cumsum(mul(unsqueeze(a, -1), unsqueeze(b, -2)), 1);
}
/** (Σ_{t'≤t} s_{t'−1} s_{t'−1}ᵀ + λI) for every t: [B, T, n, n]. */
function regularisedGram(s, lambda) {
    const [, , n] = s.shape;
    const k = previous(s);
    return add(runningOuter(k, k), mul(eye(n, n, { dtype: s.dtype, device: s.device }), lambda));
}
function checkLambda(where, lambda) {
    if (!(lambda > 0) || !Number.isFinite(lambda))
        throw new Error(`${where}: lambda must be a finite number > 0, got ${lambda}`);
}
/** Least-squares predictions Φ̂_t s_t with ridge λ (module notes): [B, T, n]. */
export function lsqPredict(s, lambda = 0.001) {
    checkS('analysis.mesa.lsqPredict', s);
    checkLambda('analysis.mesa.lsqPredict', lambda);
    const sv = runningOuter(s, previous(s)); // Σ s_{t'} s_{t'−1}ᵀ: [B, T, n, n]
    const u = solve(regularisedGram(s, lambda), unsqueeze(s, -1)); // (K + λI)⁻¹ s_t: [B, T, n, 1]
    return squeeze(matmul(sv, u), -1);
}
/** (Σ_{t'≤t} s_{t'−1} s_{t'−1}ᵀ + λI)⁻¹ s_t (module notes): [B, T, n]. */
export function preconditionedInput(s, lambda = 0.001) {
    checkS('analysis.mesa.preconditionedInput', s);
    checkLambda('analysis.mesa.preconditionedInput', lambda);
    return squeeze(solve(regularisedGram(s, lambda), unsqueeze(s, -1)), -1);
}
/**
 * One gradient step on L_t from Φ₀ with step size η, predicting with the update:
 * ŝ_{t+1} = η Σ_{t'≤t} (s_{t'} − Φ₀ s_{t'−1}) s_{t'−1}ᵀ s_t (module notes). η a number or a
 * scalar tensor, Φ₀ [n, n] (differentiable in both): [B, T, n].
 */
export function gdStepPredict(s, eta, phi0) {
    const [, , n] = checkS('analysis.mesa.gdStepPredict', s);
    if (!(phi0 instanceof Tensor) || phi0.rank !== 2 || phi0.shape[0] !== n || phi0.shape[1] !== n)
        throw new Error(`analysis.mesa.gdStepPredict: phi0 must be [n, n] = [${n}, ${n}], got ${phi0 instanceof Tensor ? fmt(phi0.shape) : typeof phi0}`);
    const k = previous(s);
    const residual = sub(s, matmul(k, mT(phi0))); // s_{t'} − Φ₀ s_{t'−1}
    const g = runningOuter(residual, k); // [B, T, n, n]
    return mul(squeeze(matmul(g, unsqueeze(s, -1)), -1), eta);
}
/** Selector [n, 4n] reading slot `slot` (0…3) of a constructed token. */
function slotSelector(n, slot, dtype) {
    const data = new Float64Array(n * 4 * n);
    for (let i = 0; i < n; i++)
        data[i * 4 * n + slot * n + i] = 1;
    return tensor(data, { shape: [n, 4 * n], dtype: dtype === 'f64' ? 'f64' : 'f32' });
}
/**
 * The causal linear-attention layer (one head, d_k = d_v = n, on constructed tokens of width 4n)
 * that computes one gradient step (P2 Prop. 1): W_Q reads s_t (slot 2), W_K reads s_{t−1}
 * (slot 3), W_V e = η s_t − ηΦ₀ s_{t−1} (slots 1 and 3), P writes into slot 0. Its output's first
 * n coordinates equal `gdStepPredict(s, η, Φ₀)`.
 */
export function gdStepLinearAttention(n, eta, phi0, dtype = 'f64') {
    if (!(phi0 instanceof Tensor) || phi0.rank !== 2 || phi0.shape[0] !== n || phi0.shape[1] !== n)
        throw new Error(`analysis.mesa.gdStepLinearAttention: phi0 must be [n, n] = [${n}, ${n}], got ${phi0 instanceof Tensor ? fmt(phi0.shape) : typeof phi0}`);
    const p = phi0.dataSync();
    const wv = new Float64Array(n * 4 * n);
    for (let i = 0; i < n; i++) {
        wv[i * 4 * n + n + i] = eta;
        for (let j = 0; j < n; j++)
            wv[i * 4 * n + 3 * n + j] = -eta * p[i * n + j];
    }
    const wO = new Float64Array(4 * n * n);
    for (let i = 0; i < n; i++)
        wO[i * n + i] = 1;
    return {
        kind: 'linearAttention',
        causal: true,
        wQ: reshape(slotSelector(n, 2, dtype), [1, n, 4 * n]),
        wK: reshape(slotSelector(n, 3, dtype), [1, n, 4 * n]),
        wV: tensor(wv, { shape: [1, n, 4 * n], dtype }),
        wO: tensor(wO, { shape: [1, 4 * n, n], dtype }),
    };
}
/**
 * The mesa-layer (one head) that computes least squares with ridge λ on constructed tokens:
 * queries s_t (slot 2), keys s_{t−1} (slot 3), values s_t (slot 1), λ_h = 1/λ, output into slot 0.
 * Its output's first n coordinates equal `lsqPredict(s, λ)`.
 */
export function lsqMesa(n, lambda = 0.001, dtype = 'f64') {
    checkLambda('analysis.mesa.lsqMesa', lambda);
    const wO = new Float64Array(4 * n * n);
    for (let i = 0; i < n; i++)
        wO[i * n + i] = 1;
    return {
        kind: 'mesa',
        wQ: reshape(slotSelector(n, 2, dtype), [1, n, 4 * n]),
        wK: reshape(slotSelector(n, 3, dtype), [1, n, 4 * n]),
        wV: reshape(slotSelector(n, 1, dtype), [1, n, 4 * n]),
        wO: tensor(wO, { shape: [1, 4 * n, n], dtype }),
        lambdaLog: tensor([Math.log(1 / lambda)], { shape: [1], dtype }),
    };
}
/**
 * The loss of predictions against targets per position, ½‖s_{t+1} − ŝ_{t+1}‖² summed over the
 * n dimensions and averaged over the batch: [T] (a plain array).
 */
export function lossPerPosition(pred, target) {
    if (!(pred instanceof Tensor) || !(target instanceof Tensor) || pred.rank !== 3 || fmt(pred.shape) !== fmt(target.shape))
        throw new Error(`analysis.mesa.lossPerPosition: pred and target must be tensors of one shape [B, T, n], got ${pred instanceof Tensor ? fmt(pred.shape) : typeof pred} and ${target instanceof Tensor ? fmt(target.shape) : typeof target}`);
    const d = sub(pred, target);
    return Array.from(mul(mean(sum(mul(d, d), -1), 0), 0.5).dataSync());
}
/** The training loss of P2: Σ ‖target − prediction‖² / (2 B T), a scalar tensor. */
export function sequenceLoss(pred, target) {
    const d = sub(pred, target);
    return mul(mean(sum(mul(d, d), -1)), 0.5);
}
function rowsOf(where, x, d) {
    if (x instanceof Tensor) {
        if (x.rank !== 2)
            throw new Error(`${where}: expected a [N, d] tensor, got ${fmt(x.shape)}`);
        return { data: Float64Array.from(x.dataSync()), n: x.shape[0], d: x.shape[1] };
    }
    if (d === undefined)
        throw new Error(`${where}: flat arrays need their width`);
    if (x.length % d !== 0)
        throw new Error(`${where}: ${x.length} values are not rows of ${d}`);
    return { data: Float64Array.from(x), n: x.length / d, d };
}
/**
 * Fits y ≈ W x + b by ridge regression (centred, penalty λ‖W‖², bias unpenalised) on features
 * x [N, d] and targets y [N, m] (tensors, any float dtype; solved in f64 by Cholesky).
 */
export function ridgeProbe(x, y, lambda = 1e-6) {
    const where = 'analysis.mesa.ridgeProbe';
    if (!(lambda >= 0) || !Number.isFinite(lambda))
        throw new Error(`${where}: lambda must be a finite number ≥ 0, got ${lambda}`);
    const X = rowsOf(where, x);
    const Y = rowsOf(where, y);
    if (X.n !== Y.n)
        throw new Error(`${where}: x has ${X.n} rows and y ${Y.n}; they must match`);
    const { n: N, d } = X;
    const m = Y.d;
    const mx = new Float64Array(d);
    const my = new Float64Array(m);
    for (let i = 0; i < N; i++) {
        for (let j = 0; j < d; j++)
            mx[j] += X.data[i * d + j] / N;
        for (let j = 0; j < m; j++)
            my[j] += Y.data[i * m + j] / N;
    }
    // A = XcᵀXc + λ' I, Bm = XcᵀYc; λ' = λ·N plus a tiny jitter relative to the trace for rank-deficient features
    const A = new Float64Array(d * d);
    const Bm = new Float64Array(d * m);
    const xc = new Float64Array(d);
    for (let i = 0; i < N; i++) {
        for (let j = 0; j < d; j++)
            xc[j] = X.data[i * d + j] - mx[j];
        for (let j = 0; j < d; j++) {
            const a = xc[j];
            if (a === 0)
                continue;
            for (let k = 0; k <= j; k++)
                A[j * d + k] += a * xc[k];
            for (let k = 0; k < m; k++)
                Bm[j * m + k] += a * (Y.data[i * m + k] - my[k]);
        }
    }
    let trace = 0;
    for (let j = 0; j < d; j++)
        trace += A[j * d + j];
    const reg = lambda * N + 1e-12 * (trace / Math.max(d, 1) + 1e-300);
    for (let j = 0; j < d; j++) {
        A[j * d + j] += reg;
        for (let k = 0; k < j; k++)
            A[k * d + j] = A[j * d + k];
    }
    // Cholesky A = L Lᵀ
    const L = new Float64Array(d * d);
    for (let j = 0; j < d; j++) {
        let s = A[j * d + j];
        for (let k = 0; k < j; k++)
            s -= L[j * d + k] * L[j * d + k];
        if (!(s > 0))
            throw new Error(`${where}: the features' Gram matrix is not positive definite (raise lambda)`);
        const ljj = Math.sqrt(s);
        L[j * d + j] = ljj;
        for (let i = j + 1; i < d; i++) {
            let t = A[i * d + j];
            for (let k = 0; k < j; k++)
                t -= L[i * d + k] * L[j * d + k];
            L[i * d + j] = t / ljj;
        }
    }
    const W = new Float64Array(d * m);
    const z = new Float64Array(d);
    for (let c = 0; c < m; c++) {
        for (let i = 0; i < d; i++) {
            let s = Bm[i * m + c];
            for (let k = 0; k < i; k++)
                s -= L[i * d + k] * z[k];
            z[i] = s / L[i * d + i];
        }
        for (let i = d - 1; i >= 0; i--) {
            let s = z[i];
            for (let k = i + 1; k < d; k++)
                s -= L[k * d + i] * W[k * m + c];
            W[i * m + c] = s / L[i * d + i];
        }
    }
    const bias = new Float64Array(m);
    for (let c = 0; c < m; c++) {
        let s = my[c];
        for (let j = 0; j < d; j++)
            s -= mx[j] * W[j * m + c];
        bias[c] = s;
    }
    return {
        weights: W,
        bias,
        dIn: d,
        dOut: m,
        predict(xs) {
            const F = rowsOf(`${where} predict`, xs, d);
            if (F.d !== d)
                throw new Error(`${where} predict: features must have ${d} columns, got ${F.d}`);
            const out = new Float64Array(F.n * m);
            for (let i = 0; i < F.n; i++)
                for (let c = 0; c < m; c++) {
                    let s = bias[c];
                    for (let j = 0; j < d; j++)
                        s += F.data[i * d + j] * W[j * m + c];
                    out[i * m + c] = s;
                }
            return out;
        },
    };
}
/**
 * Coefficient of determination of predictions against targets (both [N, m]), pooled over the m
 * outputs: 1 − Σ(y − ŷ)² / Σ(y − ȳ)² with ȳ each output's mean.
 */
export function r2(pred, target) {
    const Y = rowsOf('analysis.mesa.r2', target);
    const P = rowsOf('analysis.mesa.r2', pred, Y.d);
    if (P.n !== Y.n || P.d !== Y.d)
        throw new Error(`analysis.mesa.r2: predictions [${P.n}, ${P.d}] and targets [${Y.n}, ${Y.d}] must have one shape`);
    const mu = new Float64Array(Y.d);
    for (let i = 0; i < Y.n; i++)
        for (let c = 0; c < Y.d; c++)
            mu[c] += Y.data[i * Y.d + c] / Y.n;
    let sse = 0;
    let sst = 0;
    for (let i = 0; i < Y.data.length; i++) {
        sse += (Y.data[i] - P.data[i]) ** 2;
        sst += (Y.data[i] - mu[i % Y.d]) ** 2;
    }
    return sst === 0 ? (sse === 0 ? 1 : -Infinity) : 1 - sse / sst;
}
//# sourceMappingURL=mesa.js.map