/**
 * Sequences from random dynamical systems (PAPERS.md P2, "Uncovering mesa-optimization algorithms
 * in Transformers"), the data on which autoregressive Transformers learn to run an optimiser in
 * their forward pass.
 *
 * Every sequence has its own dynamics, drawn fresh from the key:
 *
 *   h_1 ~ N(0, I) ('normal', the paper) or U(−r, r) ('uniform', the authors' code, r = 1)
 *   h_{t+1} = clip(W* h_t + σ ε_t, ±clip)                      linear
 *   h_{t+1} = W* f(h_t)/‖f(h_t)‖ + σ ε_t,  f(h) = B* gelu(A* h)  nonlinear (no clipping)
 *   s_t = h_t ('full')   or   s_t = C* h_t + σ_obs ε'_t ('partial')
 *
 * with W* a Haar-random orthogonal matrix per sequence, or — `contracting` — W* = U diag(λ) U⁻¹
 * with U Gaussian and eigenvalues λ ~ U[eigMin, eigMax] (one of them equal to eigMax, in a random
 * place), so that states decay; C* ∈ ℝ^{n_s × n_h} per sequence with entries N(0, obsStd²); the
 * MLP* (A* ∈ ℝ^{m × n_h}, B* ∈ ℝ^{n_h × m}, entries N(0, 1/fan-in)) is one fixed function for the
 * whole task, drawn from `mlpSeed`.
 *
 * Defaults (the paper): n_s = n_h = 10, T = 50, σ = 0.01, fully observed, h_1 ~ N(0, I), states
 * clipped to [−10, 10]. Partially observed: n_s = 5, n_h = 15, C* with std 0.5.
 *
 * `sample(key, B)` returns the inputs s_1..s_T and the next-step targets s_2..s_{T+1}
 * (`[B, T, n_s]` each), the dynamics, and is a pure function of (key, B). Three token layouts
 * are built from the inputs:
 *
 * - plain tokens s_t (`inputs` itself);
 * - constructed tokens e_t = [0, s_t, s_t, s_{t−1}] (`constructedTokens`, 4·n_s wide, s_0 = 0):
 *   the prediction of s_{t+1} is read from the first (zero) slot of the model's output;
 * - few-shot regression prompts [x_1, y_1, …, x_N, y_N] with y = W* x (`regressionPrompts`),
 *   to repurpose a sequence model trained on dynamics for in-context regression.
 */
import { tensor, zeros } from '../core/creation.js';
import { concat } from '../core/ops/movement.js';
import { inv } from '../core/ops/linalg.js';
import * as random from '../core/random.js';
import { fmt } from '../core/shape.js';
import { Tensor } from '../core/tensor.js';
/** The paper's fully observed linear set-up: n_s = 10, T = 50, σ = 0.01, h_1 ~ N(0, I), clip 10. */
export function defaultLinearDynamicsConfig() {
    return {
        nS: 10,
        nH: 10,
        T: 50,
        noise: 0.01,
        observed: 'full',
        obsStd: 0.5,
        obsNoise: 0,
        nonlinear: false,
        mlpHidden: 40,
        mlpSeed: 0,
        contracting: false,
        eigMin: 0.3,
        eigMax: 0.9,
        init: 'normal',
        initScale: 1,
        clip: 10,
    };
}
const KEYS = Object.keys(defaultLinearDynamicsConfig());
/** Raise unless `c` is a valid configuration (each message names the key and what is allowed). */
export function checkLinearDynamics(c) {
    const where = 'tasks.linearDynamics';
    const unknown = Object.keys(c).filter((k) => !KEYS.includes(k));
    if (unknown.length > 0)
        throw new Error(`${where}: unknown config key(s) ${unknown.map((k) => `'${k}'`).join(', ')}; allowed: ${KEYS.join(', ')}`);
    for (const k of ['nS', 'nH', 'T', 'mlpHidden'])
        if (!Number.isInteger(c[k]) || c[k] < 1)
            throw new Error(`${where}: ${k} must be an integer ≥ 1, got ${String(c[k])}`);
    if (!Number.isInteger(c.mlpSeed))
        throw new Error(`${where}: mlpSeed must be an integer, got ${String(c.mlpSeed)}`);
    for (const k of ['noise', 'obsStd', 'obsNoise', 'initScale'])
        if (!(c[k] >= 0) || !Number.isFinite(c[k]))
            throw new Error(`${where}: ${k} must be a finite number ≥ 0, got ${String(c[k])}`);
    if (!(c.clip > 0))
        throw new Error(`${where}: clip must be > 0 (Infinity: no clipping), got ${String(c.clip)}`);
    if (c.observed !== 'full' && c.observed !== 'partial')
        throw new Error(`${where}: observed must be 'full' or 'partial', got ${JSON.stringify(c.observed)}`);
    if (c.init !== 'normal' && c.init !== 'uniform')
        throw new Error(`${where}: init must be 'normal' (the paper) or 'uniform' (the authors' code), got ${JSON.stringify(c.init)}`);
    if (c.observed === 'full' && c.nS !== c.nH)
        throw new Error(`${where}: fully observed sequences need nS = nH, got nS = ${c.nS}, nH = ${c.nH} (set observed: 'partial' for s_t = C* h_t)`);
    if (c.contracting && !(c.eigMin > 0 && c.eigMin <= c.eigMax && c.eigMax < Infinity))
        throw new Error(`${where}: contracting dynamics need 0 < eigMin ≤ eigMax, got eigMin = ${c.eigMin}, eigMax = ${c.eigMax}`);
    if (c.contracting && c.nonlinear)
        throw new Error(`${where}: contracting and nonlinear cannot be combined (the nonlinear map normalises f(h), whatever W*)`);
    if (typeof c.nonlinear !== 'boolean' || typeof c.contracting !== 'boolean')
        throw new Error(`${where}: nonlinear and contracting must be booleans`);
}
const SQRT1_2 = Math.SQRT1_2;
/** GELU, x Φ(x) with the exact normal CDF. */
function geluScalar(x) {
    return 0.5 * x * (1 + erf(x * SQRT1_2));
}
/** erf(x) to about 1e-15: its Taylor series for |x| < 2.5, the continued fraction of erfc beyond. */
function erf(x) {
    const a = Math.abs(x);
    let r;
    if (a < 2.5) {
        // Taylor series: erf(x) = 2/√π Σ (−1)^n x^{2n+1} / (n! (2n+1))
        let term = a;
        let s = a;
        const x2 = a * a;
        for (let n = 1; n < 60; n++) {
            term *= -x2 / n;
            const d = term / (2 * n + 1);
            s += d;
            if (Math.abs(d) < 1e-17 * Math.abs(s))
                break;
        }
        r = (2 / Math.sqrt(Math.PI)) * s;
    }
    else {
        // continued fraction for erfc
        let f = 0;
        for (let n = 60; n >= 1; n--)
            f = n / 2 / (a + f);
        r = 1 - Math.exp(-a * a) / Math.sqrt(Math.PI) / (a + f);
    }
    return x < 0 ? -r : r;
}
/** Sequences from random dynamical systems (module notes). Unset keys take the paper's defaults. */
export function linearDynamics(config = {}) {
    const c = { ...defaultLinearDynamicsConfig(), ...config };
    checkLinearDynamics(c);
    const { nS, nH, T, mlpHidden: m } = c;
    let mlpA = null;
    let mlpB = null;
    if (c.nonlinear) {
        const [ka, kb] = random.split(random.key(c.mlpSeed));
        mlpA = Float64Array.from(random.normal(ka, [m, nH], { std: 1 / Math.sqrt(nH), dtype: 'f64', device: 'cpu' }).dataSync());
        mlpB = Float64Array.from(random.normal(kb, [nH, m], { std: 1 / Math.sqrt(m), dtype: 'f64', device: 'cpu' }).dataSync());
    }
    return {
        config: c,
        sample(key, B, dtype = 'f32') {
            if (!Number.isInteger(B) || B < 1)
                throw new Error(`tasks.linearDynamics.sample: batch must be an integer ≥ 1, got ${B}`);
            const [kw, kx, kn, kc, ko, ke] = random.split(key, 6);
            const opts = { dtype: 'f64', device: 'cpu' };
            let W;
            if (c.contracting) {
                const U = random.normal(kw, [B, nH, nH], opts);
                const [ku, kp] = random.split(ke);
                const eig = random.uniform(ku, [B, nH], { ...opts, minval: c.eigMin, maxval: c.eigMax }).dataSync();
                const place = random.randint(kp, [B], 0, nH, { device: 'cpu' }).dataSync();
                const lam = Float64Array.from(eig);
                for (let b = 0; b < B; b++)
                    lam[b * nH + place[b]] = c.eigMax;
                const Ud = U.dataSync();
                const Ui = inv(U).dataSync();
                W = new Float64Array(B * nH * nH);
                for (let b = 0; b < B; b++)
                    for (let i = 0; i < nH; i++)
                        for (let j = 0; j < nH; j++) {
                            let s = 0;
                            for (let k = 0; k < nH; k++)
                                s += Ud[b * nH * nH + i * nH + k] * lam[b * nH + k] * Ui[b * nH * nH + k * nH + j];
                            W[b * nH * nH + i * nH + j] = s;
                        }
            }
            else
                W = Float64Array.from(random.orthogonal(kw, nH, [B], opts).dataSync());
            const h1 = c.init === 'normal'
                ? random.normal(kx, [B, nH], { ...opts, std: c.initScale })
                : random.uniform(kx, [B, nH], { ...opts, minval: -c.initScale, maxval: c.initScale });
            const eps = random.normal(kn, [B, T, nH], { ...opts, std: c.noise }).dataSync();
            const h = new Float64Array(B * (T + 1) * nH);
            const h1d = h1.dataSync();
            for (let b = 0; b < B; b++)
                for (let i = 0; i < nH; i++)
                    h[b * (T + 1) * nH + i] = h1d[b * nH + i];
            const fx = new Float64Array(nH);
            const hid = new Float64Array(m);
            for (let b = 0; b < B; b++) {
                const wb = b * nH * nH;
                for (let t = 0; t < T; t++) {
                    const cur = (b * (T + 1) + t) * nH;
                    const nxt = cur + nH;
                    let src = h.subarray(cur, cur + nH);
                    if (mlpA !== null && mlpB !== null) {
                        for (let j = 0; j < m; j++) {
                            let s = 0;
                            for (let i = 0; i < nH; i++)
                                s += mlpA[j * nH + i] * src[i];
                            hid[j] = geluScalar(s);
                        }
                        let norm = 0;
                        for (let i = 0; i < nH; i++) {
                            let s = 0;
                            for (let j = 0; j < m; j++)
                                s += mlpB[i * m + j] * hid[j];
                            fx[i] = s;
                            norm += s * s;
                        }
                        norm = Math.sqrt(norm) + 1e-16;
                        for (let i = 0; i < nH; i++)
                            fx[i] /= norm;
                        src = fx;
                    }
                    for (let i = 0; i < nH; i++) {
                        let s = eps[(b * T + t) * nH + i];
                        for (let k = 0; k < nH; k++)
                            s += W[wb + i * nH + k] * src[k];
                        h[nxt + i] = c.nonlinear ? s : Math.min(c.clip, Math.max(-c.clip, s));
                    }
                }
            }
            let obs = h;
            let C = null;
            if (c.observed === 'partial') {
                const Cd = random.normal(kc, [B, nS, nH], { ...opts, std: c.obsStd }).dataSync();
                const on = random.normal(ko, [B, T + 1, nS], { ...opts, std: c.obsNoise }).dataSync();
                obs = new Float64Array(B * (T + 1) * nS);
                for (let b = 0; b < B; b++)
                    for (let t = 0; t <= T; t++)
                        for (let i = 0; i < nS; i++) {
                            let s = on[(b * (T + 1) + t) * nS + i];
                            for (let k = 0; k < nH; k++)
                                s += Cd[b * nS * nH + i * nH + k] * h[(b * (T + 1) + t) * nH + k];
                            obs[(b * (T + 1) + t) * nS + i] = s;
                        }
                C = tensor(Cd, { shape: [B, nS, nH], dtype });
            }
            const inputs = new Float64Array(B * T * nS);
            const targets = new Float64Array(B * T * nS);
            for (let b = 0; b < B; b++) {
                inputs.set(obs.subarray(b * (T + 1) * nS, (b * (T + 1) + T) * nS), b * T * nS);
                targets.set(obs.subarray((b * (T + 1) + 1) * nS, (b + 1) * (T + 1) * nS), b * T * nS);
            }
            return {
                inputs: tensor(inputs, { shape: [B, T, nS], dtype }),
                targets: tensor(targets, { shape: [B, T, nS], dtype }),
                w: tensor(W, { shape: [B, nH, nH], dtype }),
                c: C,
                states: tensor(h, { shape: [B, T + 1, nH], dtype }),
            };
        },
    };
}
function checkSequence(where, s) {
    if (!(s instanceof Tensor) || s.rank !== 3)
        throw new Error(`${where}: s must be a tensor [B, T, n_s], got ${s instanceof Tensor ? fmt(s.shape) : typeof s}`);
}
/**
 * Constructed tokens e_t = [0, s_t, s_t, s_{t−1}] (s_0 = 0): s [B, T, n] -> [B, T, 4n]. The first
 * slot is where a model writes its prediction of s_{t+1}.
 */
export function constructedTokens(s) {
    checkSequence('tasks.constructedTokens', s);
    const [B, T, n] = s.shape;
    const z = zeros([B, T, n], { dtype: s.dtype, device: s.device });
    const prev = T > 1 ? concat([zeros([B, 1, n], { dtype: s.dtype, device: s.device }), s.slice(null, [0, T - 1])], 1) : z;
    return concat([z, s, s, prev], 2);
}
/**
 * Few-shot regression prompts [x_1, y_1, …, x_N, y_N] with y_i = W* x_i (PAPERS.md P2,
 * repurposing): W* Haar-random orthogonal per prompt (the dynamics' distribution), x_i ~ N(0, I)
 * or U(−1, 1). A model trained on dynamics predicts y_i at the position of x_i (token 2i − 2).
 */
export function regressionPrompts(key, o) {
    const where = 'tasks.regressionPrompts';
    for (const k of ['batch', 'nShots', 'n'])
        if (!Number.isInteger(o[k]) || o[k] < 1)
            throw new Error(`${where}: ${k} must be an integer ≥ 1, got ${String(o[k])}`);
    const init = o.init ?? 'normal';
    if (init !== 'normal' && init !== 'uniform')
        throw new Error(`${where}: init must be 'normal' or 'uniform', got ${JSON.stringify(init)}`);
    const dtype = o.dtype ?? 'f32';
    const { batch: B, nShots: N, n } = o;
    const [kw, kx] = random.split(key);
    const w = random.orthogonal(kw, n, [B], { dtype });
    const x = init === 'normal' ? random.normal(kx, [B, N, n], { dtype }) : random.uniform(kx, [B, N, n], { dtype, minval: -1, maxval: 1 });
    const y = x.matmul(w.mT);
    // interleave: [B, N, 2, n] -> [B, 2N, n]
    const tokens = concat([x.unsqueeze(2), y.unsqueeze(2)], 2).reshape([B, 2 * N, n]);
    return { tokens, x, y, w };
}
//# sourceMappingURL=linear-dynamics.js.map