/**
 * The mesa-layer recursion (PAPERS.md P2, von Oswald et al. 2023) as a fused op, for one head
 * and a flat batch of N independent sequences. Per sequence, with forget factors γ_t ∈ (0, 1]
 * (γ_t = 1 without forgetting) and A_0 = I/λ:
 *
 *   A_t = γ_t A_{t−1} + k_t k_tᵀ,      R_t = A_t⁻¹ (Sherman–Morrison, O(d²) per step):
 *   R_t = γ_t⁻¹ [R_{t−1} − R_{t−1} k_t k_tᵀ R_{t−1} / c_t],   c_t = γ_t + k_tᵀ R_{t−1} k_t
 *   S_t = γ_t S_{t−1} + v_t k_tᵀ,       y_t = S_t R_t q_t = S_t q̃_t
 *
 * so y_t = Φ̂_t q_t with Φ̂_t = S_t A_t⁻¹ the (weighted) ridge-regression solution.
 *
 * Backward without storing the T×d×d matrices R_t: the recursion is inverted step by step,
 *   R_{t−1} = γ_t R_t + c_t (R_t k_t)(R_t k_t)ᵀ,
 * which is the textbook R_{t−1} = R_t − R_t k kᵀ R_t / (kᵀ R_t k − 1) (γ = 1) rewritten with the
 * c_t saved by the forward pass (T scalars): 1 − kᵀR_t k = γ_t / c_t, so the update adds two
 * positive semi-definite terms instead of dividing by the cancellation-prone kᵀR_t k − 1.
 * The forward pass also keeps R at every `every`-th step (⌈T/every⌉ checkpoints of d×d) and
 * the backward pass restarts the inverted recursion from them, which bounds the drift.
 *
 * Adjoints (ḡ_t = ∂L/∂y_t; Ŝ_t, Â_t the total adjoints of S_t and A_t):
 *   b_t = R_t S_tᵀ ḡ_t = ∂L/∂q_t
 *   Ŝ_t = ḡ_t q̃_tᵀ + γ_{t+1} Ŝ_{t+1},    Â_t = −b_t q̃_tᵀ + γ_{t+1} Â_{t+1}
 *   ∂L/∂v_t = Ŝ_t k_t,   ∂L/∂k_t = Ŝ_tᵀ v_t + (Â_t + Â_tᵀ) k_t,   ∂L/∂λ = −tr(Â_0)/λ²  (Â_0 = γ_1 Â_1)
 *   ∂L/∂γ_t = ⟨Ŝ_t, S_{t−1}⟩ + ⟨Â_t, A_{t−1}⟩
 * The γ-terms need neither S_{t−1} nor A_{t−1}: with μ_t = ⟨Ŝ_t, S_t⟩ and m_t = ⟨Â_t, A_t⟩,
 *   μ_t = ḡ_t·y_t + (μ_{t+1} − v_{t+1}·Ŝ_{t+1}k_{t+1}),   m_t = −b_t·q_t + (m_{t+1} − k_{t+1}ᵀÂ_{t+1}k_{t+1})
 *   ∂L/∂γ_t = (μ_t − v_t·Ŝ_t k_t + m_t − k_tᵀÂ_t k_t) / γ_t.
 * S_t is needed for b_t; it is recomputed by a forward sweep (inverting S_t = γS_{t−1} + vkᵀ
 * would divide by γ at every step, which is unstable), storing S_tᵀḡ_t in the q-gradient's buffer.
 *
 * The backward is itself a fused op without a gradient: grad-of-grad through `mesaAttend` throws
 * (use `mesaAttendReference`, built from differentiable ops, for higher derivatives).
 *
 * `mesaComposition` is the parallel composition of the same quantities from differentiable ops
 * (the ops' `reference`; nn/attention/mesa-attend.ts builds `mesaAttendReference` on it).
 * The layer's maths and API (batch axes, options) live in nn/attention/mesa-attend.ts.
 */
import { vjp } from '../autodiff.js';
import { arange, eye, full, tensor } from '../creation.js';
import { isFloat } from '../dtype.js';
import { runOp } from '../op.js';
import { fmt } from '../shape.js';
import { cumsum } from './cumulative.js';
import { add, cast, div, exp, ge, log, mul, sub, where } from './elementwise.js';
import { take } from './indexing.js';
import { solve } from './linalg.js';
import { matmul } from './matmul.js';
import { concat, sliceAxis } from './movement.js';
import { sum } from './reduce.js';
import { broadcastTo, mT, reshape, squeeze, unsqueeze } from './shape-ops.js';
import { mesaBackwardGpu, mesaForwardGpu } from './mesa-wgsl.js';
// The CPU kernels compute in float64 whatever the tensors' dtype (f32 operands are widened on
// entry and results rounded on exit), so their inner loops see one array type (monomorphic).
function asF64(a) {
    return a instanceof Float64Array ? a : Float64Array.from(a);
}
function scratchFor(out) {
    return out instanceof Float64Array ? out : new Float64Array(out.length);
}
function writeBack(x, out) {
    if (x !== out)
        out.set(x);
}
function dims(metas) {
    const [N, T, d] = metas[0].shape;
    return { N, T, d, e: metas[2].shape[2] };
}
/** Number of stored R checkpoints for T steps. */
export function checkpointCount(T, every) {
    return Math.ceil(T / every);
}
/** After step t (0-based), is R stored (and, in the backward pass, restored)? */
function isCheckpoint(t, T, every) {
    return (t + 1) % every === 0 || t === T - 1;
}
function checkLambdaGamma(lam, gam, n, t) {
    if (!(lam > 0))
        throw new Error(`mesaAttend: λ must be positive, got ${lam} for sequence ${n}`);
    if (!(gam > 0 && gam <= 1))
        throw new Error(`mesaAttend: forget factors γ must lie in (0, 1], got ${gam} at sequence ${n}, step ${t}`);
}
/** out = M x for M: [rows, cols] (row-major, at offset 0), x at offset xo. */
function matVec(M, x, xo, rows, cols, out) {
    for (let i = 0; i < rows; i++) {
        let s = 0;
        const ro = i * cols;
        for (let j = 0; j < cols; j++)
            s += M[ro + j] * x[xo + j];
        out[i] = s;
    }
}
/** out = Mᵀ x for M: [rows, cols], x: [rows] at offset xo. */
function matTVec(M, x, xo, rows, cols, out) {
    out.fill(0);
    for (let i = 0; i < rows; i++) {
        const xi = x[xo + i];
        const ro = i * cols;
        for (let j = 0; j < cols; j++)
            out[j] += M[ro + j] * xi;
    }
}
// ---------------------------------------------------------------------------------------------
// forward kernel: outputs y [N, T, e], R checkpoints [N, nCk, d, d], c [N, T]
function forwardKernel(ins64, inMeta, outs64, p) {
    const [q, k, v, lam] = ins64.map(asF64);
    const gam = p.forget ? asF64(ins64[4]) : null;
    const { N, T, d, e } = dims(inMeta);
    const [y, ck, cs] = outs64.map(scratchFor);
    const F = Float64Array;
    const R = new F(d * d); // R_t
    const S = new F(e * d); // S_t
    const u = new F(d);
    const qt = new F(d);
    const nCk = checkpointCount(T, p.every);
    for (let n = 0; n < N; n++) {
        const lambda = lam[n];
        R.fill(0);
        for (let i = 0; i < d; i++)
            R[i * d + i] = lambda;
        S.fill(0);
        for (let t = 0; t < T; t++) {
            const g = gam ? gam[n * T + t] : 1;
            if (t === 0 || gam)
                checkLambdaGamma(lambda, g, n, t);
            const ko = (n * T + t) * d;
            const vo = (n * T + t) * e;
            matVec(R, k, ko, d, d, u); // u = R_{t−1} k
            let c = g;
            for (let i = 0; i < d; i++)
                c += k[ko + i] * u[i];
            cs[n * T + t] = c;
            const inv = 1 / c;
            // (u_i u_j) inv keeps R bitwise symmetric
            if (g === 1) {
                for (let i = 0; i < d; i++) {
                    const ro = i * d;
                    const ui = u[i];
                    for (let j = 0; j < d; j++)
                        R[ro + j] -= ui * u[j] * inv;
                }
            }
            else {
                const ig = 1 / g;
                for (let i = 0; i < d; i++)
                    for (let j = 0; j < d; j++)
                        R[i * d + j] = (R[i * d + j] - u[i] * u[j] * inv) * ig;
                for (let i = 0; i < e * d; i++)
                    S[i] *= g;
            }
            for (let i = 0; i < e; i++) {
                const vi = v[vo + i];
                for (let j = 0; j < d; j++)
                    S[i * d + j] += vi * k[ko + j];
            }
            matVec(R, q, ko, d, d, qt); // q̃_t = R_t q_t
            for (let i = 0; i < e; i++) {
                let s = 0;
                for (let j = 0; j < d; j++)
                    s += S[i * d + j] * qt[j];
                y[vo + i] = s;
            }
            if (isCheckpoint(t, T, p.every))
                ck.set(R, (n * nCk + Math.floor(t / p.every)) * d * d);
        }
    }
    [y, ck, cs].forEach((x, i) => writeBack(x, outs64[i]));
}
// ---------------------------------------------------------------------------------------------
// backward kernel: inputs q, k, v, λ, (γ), y, R checkpoints, c, ḡ; outputs q̄, k̄, v̄, λ̄, (γ̄)
function backwardKernel(ins64, inMeta, outs64, p) {
    const ins = ins64.map(asF64);
    const outs = outs64.map(scratchFor);
    const [q, k, v, lam] = ins;
    const off = p.forget ? 5 : 4;
    const gam = p.forget ? ins[4] : null;
    const [y, ck, cs, gy] = ins.slice(off);
    const { N, T, d, e } = dims(inMeta);
    const [gq, gk, gv, glam] = outs;
    const ggam = p.forget ? outs[4] : null;
    const F = Float64Array;
    const R = new F(d * d);
    const S = new F(e * d);
    const Sh = new F(e * d); // Ŝ
    const Ah = new F(d * d); // Â
    const qt = new F(d);
    const a = new F(d);
    const b = new F(d);
    const u = new F(d);
    const w1 = new F(d);
    const w2 = new F(d);
    const nCk = checkpointCount(T, p.every);
    for (let n = 0; n < N; n++) {
        // sweep 1 (forward in t): S_t and a_t = S_tᵀ ḡ_t, parked in q̄
        S.fill(0);
        for (let t = 0; t < T; t++) {
            const g = gam ? gam[n * T + t] : 1;
            const ko = (n * T + t) * d;
            const vo = (n * T + t) * e;
            if (g !== 1)
                for (let i = 0; i < e * d; i++)
                    S[i] *= g;
            for (let i = 0; i < e; i++) {
                const vi = v[vo + i];
                for (let j = 0; j < d; j++)
                    S[i * d + j] += vi * k[ko + j];
            }
            matTVec(S, gy, vo, e, d, a);
            gq.set(a, ko);
        }
        // sweep 2 (reverse in t): R_t by the inverted recursion, adjoints
        Sh.fill(0);
        Ah.fill(0);
        let muCarry = 0; // μ_{t+1} − v_{t+1}·Ŝ_{t+1}k_{t+1}  (= γ_{t+1}⟨Ŝ_{t+1}, S_t⟩)
        let mCarry = 0; // m_{t+1} − k_{t+1}ᵀÂ_{t+1}k_{t+1}  (= γ_{t+1}⟨Â_{t+1}, A_t⟩)
        for (let t = T - 1; t >= 0; t--) {
            const g = gam ? gam[n * T + t] : 1;
            const ko = (n * T + t) * d;
            const vo = (n * T + t) * e;
            if (isCheckpoint(t, T, p.every))
                for (let i = 0; i < d * d; i++)
                    R[i] = ck[(n * nCk + Math.floor(t / p.every)) * d * d + i];
            matVec(R, q, ko, d, d, qt); // q̃_t
            for (let i = 0; i < d; i++)
                a[i] = gq[ko + i];
            matVec(R, a, 0, d, d, b); // b_t = R_t S_tᵀ ḡ_t
            gq.set(b, ko);
            // Ŝ_t = ḡ_t q̃ᵀ + (γ_{t+1}Ŝ_{t+1});  Â_t = −b q̃ᵀ + (γ_{t+1}Â_{t+1})
            for (let i = 0; i < e; i++) {
                const gi = gy[vo + i];
                for (let j = 0; j < d; j++)
                    Sh[i * d + j] += gi * qt[j];
            }
            for (let i = 0; i < d; i++) {
                const bi = b[i];
                for (let j = 0; j < d; j++)
                    Ah[i * d + j] -= bi * qt[j];
            }
            // v̄_t = Ŝ k_t; k̄_t = Ŝᵀ v_t + (Â + Âᵀ) k_t
            let vSk = 0;
            for (let i = 0; i < e; i++) {
                let s = 0;
                for (let j = 0; j < d; j++)
                    s += Sh[i * d + j] * k[ko + j];
                gv[vo + i] = s;
                vSk += v[vo + i] * s;
            }
            matTVec(Sh, v, vo, e, d, w1);
            matVec(Ah, k, ko, d, d, w2);
            matTVec(Ah, k, ko, d, d, u);
            let kAk = 0;
            for (let i = 0; i < d; i++) {
                gk[ko + i] = w1[i] + w2[i] + u[i];
                kAk += k[ko + i] * w2[i];
            }
            if (ggam) {
                let gyy = 0;
                for (let i = 0; i < e; i++)
                    gyy += gy[vo + i] * y[vo + i];
                let bq = 0;
                for (let i = 0; i < d; i++)
                    bq += b[i] * q[ko + i];
                const mu = gyy + muCarry;
                const m = mCarry - bq;
                muCarry = mu - vSk;
                mCarry = m - kAk;
                ggam[n * T + t] = (muCarry + mCarry) / g;
            }
            if (t > 0 && !isCheckpoint(t - 1, T, p.every)) {
                // R_{t−1} = γ_t R_t + c_t (R_t k)(R_t k)ᵀ
                matVec(R, k, ko, d, d, u);
                const c = cs[n * T + t];
                for (let i = 0; i < d; i++)
                    for (let j = 0; j < d; j++)
                        R[i * d + j] = g * R[i * d + j] + u[i] * u[j] * c;
            }
            if (g !== 1) {
                for (let i = 0; i < e * d; i++)
                    Sh[i] *= g;
                for (let i = 0; i < d * d; i++)
                    Ah[i] *= g;
            }
        }
        let tr = 0;
        for (let i = 0; i < d; i++)
            tr += Ah[i * d + i];
        glam[n] = -tr / (lam[n] * lam[n]);
    }
    outs.forEach((x, i) => writeBack(x, outs64[i]));
}
// ---------------------------------------------------------------------------------------------
// ops
function inferForward(ins, p) {
    const [q, k, v, lam] = ins;
    const dtype = q.dtype;
    for (const m of ins) {
        if (!isFloat(m.dtype) || m.dtype !== dtype) {
            throw new Error(`mesaAttend: q, k, v, λ${p.forget ? ', γ' : ''} must share one float dtype, got ${ins.map((x) => x.dtype).join(', ')}`);
        }
    }
    const [N, T, d] = q.shape;
    const ok = q.shape.length === 3 &&
        k.shape.length === 3 &&
        v.shape.length === 3 &&
        k.shape[0] === N &&
        k.shape[1] === T &&
        k.shape[2] === d &&
        v.shape[0] === N &&
        v.shape[1] === T &&
        lam.shape.length === 1 &&
        lam.shape[0] === N &&
        (!p.forget || (ins[4].shape.length === 2 && ins[4].shape[0] === N && ins[4].shape[1] === T));
    if (!ok)
        throw new Error(`mesaAttend: expected q, k: [N, T, d], v: [N, T, e], λ: [N]${p.forget ? ', γ: [N, T]' : ''}, got ${ins.map((m) => fmt(m.shape)).join(', ')}`);
    return [
        { shape: [N, T, v.shape[2]], dtype },
        { shape: [N, checkpointCount(T, p.every), d, d], dtype },
        { shape: [N, T], dtype },
    ];
}
/** Inputs [q, k, v, λ, (γ)]; outputs [y, R checkpoints, c]. */
export const mesaForwardOp = {
    name: 'mesaAttend',
    infer: inferForward,
    kernels: { cpu: (ins, inMeta, outs, _om, p) => forwardKernel(ins, inMeta, outs, p), webgpu: mesaForwardGpu },
    vjp: (cts, { inputs, outputs, params, needsGrad }) => {
        const [gy] = cts;
        if (!gy || !needsGrad.some((x) => x))
            return inputs.map(() => null);
        // R checkpoints and c are internal (never handed to users), so their cotangents are ignored.
        const grads = runOp(mesaBackwardOp, [...inputs, ...outputs, gy], params);
        return grads.map((g, i) => (needsGrad[i] ? g : null));
    },
    reference: mesaForwardReference,
};
/** Inputs [q, k, v, λ, (γ), y, R checkpoints, c, ḡ]; outputs the cotangents of [q, k, v, λ, (γ)]. */
export const mesaBackwardOp = {
    name: 'mesaAttendBackward',
    infer: (ins, p) => ins.slice(0, p.forget ? 5 : 4).map((m) => ({ shape: m.shape, dtype: m.dtype })),
    kernels: { cpu: (ins, inMeta, outs, _om, p) => backwardKernel(ins, inMeta, outs, p), webgpu: mesaBackwardGpu },
    vjp: () => {
        throw new Error('mesaAttend: its backward pass is a fused op without a gradient, so grad-of-grad through the mesa-layer is not available; use nn.mesa.attendReference (differentiable ops) for higher derivatives');
    },
    reference: mesaBackwardReference,
};
/**
 * The mesa recursion as a parallel composition of differentiable ops: A_t for all t at once,
 * q̃_t = solve(A_t, q_t), then causal (weighted) linear attention y = (W ⊙ q̃ kᵀ) v with
 * W_{t,t'} = w_{t,t'} = Π_{t'<r≤t} γ_r. O(T d³ + T² (d + e)) time, O(T d²) memory; gradients
 * of any order. q, k: [N, T, d], v: [N, T, e], λ: [N], γ: [N, T] (omitted: γ = 1).
 */
export function mesaComposition(q, k, v, lam, gamma) {
    const [N, T, d] = q.shape;
    const steps = arange(0, T, 1, { dtype: 'i32', device: q.device });
    const past = broadcastTo(reshape(ge(reshape(steps, [T, 1]), reshape(steps, [1, T])), [1, T, T]), [N, T, T]); // t' ≤ t
    let W; // W_{t,t'} = w_{t,t'}: [N, T, T]
    let prior; // w_{t,0}/λ: [N, T]
    const lamT = unsqueeze(lam, -1); // [N, 1]
    if (gamma) {
        const L = cumsum(log(gamma), -1); // Σ_{r≤t} log γ_r: [N, T]
        const diff = sub(unsqueeze(L, -1), unsqueeze(L, -2)); // L_t − L_{t'}: [N, T, T]
        W = exp(where(past, diff, -Infinity));
        prior = div(exp(L), lamT);
    }
    else {
        W = cast(past, q.dtype);
        prior = broadcastTo(div(full([N, 1], 1, { dtype: q.dtype, device: q.device }), lamT), [N, T]);
    }
    const kk = matmul(unsqueeze(k, -1), unsqueeze(k, -2)); // [N, T, d, d]
    const sumKK = reshape(matmul(W, reshape(kk, [N, T, d * d])), [N, T, d, d]);
    const I = reshape(eye(d, d, { dtype: q.dtype, device: q.device }), [1, 1, d, d]);
    const A = add(sumKK, mul(reshape(prior, [N, T, 1, 1]), I)); // [N, T, d, d]
    const qt = squeeze(solve(A, unsqueeze(q, -1)), -1); // q̃_t = A_t⁻¹ q_t: [N, T, d]
    return { y: matmul(mul(W, matmul(qt, mT(k))), v), A }; // y: [N, T, e]
}
/** The outputs of `mesaAttend` from the composition: y, R_t = A_t⁻¹ at the checkpoints, c_t = γ_t + k_tᵀ R_{t−1} k_t. */
function mesaForwardReference(ins, p) {
    const [q, k, v, lam] = ins;
    const gamma = p.forget ? ins[4] : undefined;
    const [N, T, d] = q.shape;
    const { y, A } = mesaComposition(q, k, v, lam, gamma);
    const at = Array.from({ length: checkpointCount(T, p.every) }, (_, j) => Math.min((j + 1) * p.every, T) - 1);
    const I = eye(d, d, { dtype: q.dtype, device: q.device });
    const Ack = take(A, tensor(at, { dtype: 'i32', device: q.device }), 1); // [N, nCk, d, d]
    const ck = solve(Ack, broadcastTo(I, Ack.shape));
    // A_{t−1} for every t, with A_{−1} = I/λ
    const A0 = div(reshape(I, [1, 1, d, d]), reshape(lam, [N, 1, 1, 1]));
    const Aprev = concat([A0, sliceAxis(A, 1, 0, T - 1)], 1);
    const kRk = sum(mul(k, squeeze(solve(Aprev, unsqueeze(k, -1)), -1)), -1); // [N, T]
    return [y, ck, gamma ? add(gamma, kRk) : add(kRk, 1)];
}
/** The outputs of `mesaAttendBackward` from the composition: the VJP of y with respect to q, k, v, λ, (γ). */
function mesaBackwardReference(ins, p) {
    const n = p.forget ? 5 : 4;
    const gy = ins[ins.length - 1];
    const [, pullback] = vjp((...xs) => mesaComposition(xs[0], xs[1], xs[2], xs[3], p.forget ? xs[4] : undefined).y, ...ins.slice(0, n));
    return pullback(gy);
}
// ---------------------------------------------------------------------------------------------
// diagnostics: drift of the inverted recursion
/**
 * Run the forward recursion on one sequence and then the inverted recursion from R_T (no
 * intermediate checkpoints unless `every` < T), returning max_t ‖R̃_t − R_t‖_F / ‖R_t‖_F, the
 * worst relative Frobenius error of the recovered R_t, and the same for the textbook formula
 * R_{t−1} = R_t − R_t k kᵀ R_t / (kᵀR_t k − 1) (γ = 1 only). Arithmetic in the precision of
 * `F` (storage rounded to f32 for Float32Array). k: [T, d] row-major.
 */
export function inverseRecursionDrift(k, T, d, lambda, F, every = T) {
    const kk = F.from(k);
    const R = new F(d * d);
    for (let i = 0; i < d; i++)
        R[i * d + i] = lambda;
    const Rs = [];
    const cs = new F(T);
    const u = new F(d);
    for (let t = 0; t < T; t++) {
        matVecAny(R, kk, t * d, d, u);
        let c = 1;
        for (let i = 0; i < d; i++)
            c += kk[t * d + i] * u[i];
        cs[t] = c;
        for (let i = 0; i < d; i++)
            for (let j = 0; j < d; j++)
                R[i * d + j] -= (u[i] * u[j]) / c;
        Rs.push(F.from(R));
    }
    const relErr = (X, Y) => {
        let num = 0;
        let den = 0;
        for (let i = 0; i < X.length; i++) {
            num += (X[i] - Y[i]) ** 2;
            den += Y[i] ** 2;
        }
        return Math.sqrt(num / den);
    };
    const run = (textbook) => {
        const X = F.from(Rs[T - 1]);
        let worst = 0;
        for (let t = T - 1; t > 0; t--) {
            if (isCheckpoint(t, T, every))
                X.set(Rs[t]);
            matVecAny(X, kk, t * d, d, u);
            if (textbook) {
                let s = 0;
                for (let i = 0; i < d; i++)
                    s += kk[t * d + i] * u[i];
                const den = s - 1;
                for (let i = 0; i < d; i++)
                    for (let j = 0; j < d; j++)
                        X[i * d + j] -= (u[i] * u[j]) / den;
            }
            else {
                for (let i = 0; i < d; i++)
                    for (let j = 0; j < d; j++)
                        X[i * d + j] += u[i] * u[j] * cs[t];
            }
            worst = Math.max(worst, relErr(X, Rs[t - 1]));
        }
        return worst;
    };
    return { stored: run(false), textbook: run(true) };
}
/** out = M x (M: [d, d]) in the arrays' own precision, for the drift diagnostic. */
function matVecAny(M, x, xo, d, out) {
    for (let i = 0; i < d; i++) {
        let s = 0;
        for (let j = 0; j < d; j++)
            s += M[i * d + j] * x[xo + j];
        out[i] = s;
    }
}
//# sourceMappingURL=mesa.js.map