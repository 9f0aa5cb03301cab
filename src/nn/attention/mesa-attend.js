/**
 * One head of the mesa-layer (PAPERS.md P2, von Oswald et al. 2023, "Uncovering
 * mesa-optimization algorithms in Transformers"): at every step the layer solves the in-context
 * ridge regression
 *
 *   Φ̂_t = argmin_Φ ½ Σ_{t'≤t} w_{t,t'} ‖v_{t'} − Φ k_{t'}‖² + (w_{t,0}/(2λ)) ‖Φ‖²_F
 *       = (Σ_{t'≤t} w_{t,t'} v_{t'}k_{t'}ᵀ)(Σ_{t'≤t} w_{t,t'} k_{t'}k_{t'}ᵀ + w_{t,0} I/λ)⁻¹
 *
 * and outputs y_t = Φ̂_t q_t. Without forgetting all weights are 1; with forget factors
 * γ_t ∈ (0, 1], w_{t,t'} = Π_{t'<r≤t} γ_r (and w_{t,0} = Π_{r≤t} γ_r), the exponentially weighted
 * ridge problem solved by R_t = γ_t⁻¹[R_{t−1} − R k kᵀ R/(γ_t + kᵀ R k)].
 *
 * `mesaAttend` is the fused causal recursion (the op `mesaAttend`, src/core/ops/mesa.ts);
 * `mesaAttendReference` the parallel composition (one linear solve per step, O(T d³ + T² d)),
 * the op's reference.
 */
import { full } from '../../core/creation.js';
import { cast } from '../../core/ops/elementwise.js';
import { mesaComposition, mesaForwardOp } from '../../core/ops/mesa.js';
import { broadcastTo, reshape } from '../../core/ops/shape-ops.js';
import { runOp } from '../../core/op.js';
import { fmt, sizeOf } from '../../core/shape.js';
import { Tensor } from '../../core/tensor.js';
/** Default checkpoint interval of R (see `MesaAttendOptions.checkpointEvery`). */
export const DEFAULT_CHECKPOINT_EVERY = 64;
function prepare(op, q, k, v, options) {
    for (const [name, x] of [
        ['q', q],
        ['k', k],
        ['v', v],
    ]) {
        if (!(x instanceof Tensor))
            throw new Error(`${op}: ${name} must be a Tensor`);
        if (x.rank < 2)
            throw new Error(`${op}: ${name} must have shape [..., T, dim], got ${fmt(x.shape)}`);
    }
    const batch = q.shape.slice(0, -2);
    const [T, d] = q.shape.slice(-2);
    const sameLead = (x) => x.rank === q.rank && x.shape.slice(0, -1).every((s, i) => s === q.shape[i]);
    if (!sameLead(k) || k.shape[k.rank - 1] !== d || !sameLead(v)) {
        throw new Error(`${op}: expected q, k: [..., T, d_k] and v: [..., T, d_v] with the same leading axes, got q ${fmt(q.shape)}, k ${fmt(k.shape)}, v ${fmt(v.shape)}`);
    }
    if (typeof options !== 'object' || options === null || options.lambda === undefined) {
        throw new Error(`${op}: options { lambda } is required (λ > 0, the ridge prior; R_0 = λI)`);
    }
    const dtype = q.dtype;
    let lam;
    if (typeof options.lambda === 'number') {
        if (!(options.lambda > 0) || !Number.isFinite(options.lambda))
            throw new Error(`${op}: lambda must be a finite number > 0, got ${options.lambda}`);
        lam = full(batch, options.lambda, { dtype, device: q.device });
    }
    else {
        if (options.lambda.rank > batch.length) {
            throw new Error(`${op}: lambda of shape ${fmt(options.lambda.shape)} does not broadcast to the batch shape ${fmt(batch)} of q ${fmt(q.shape)}`);
        }
        lam = cast(broadcastTo(options.lambda, batch), dtype);
    }
    let gamma;
    if (options.gamma !== undefined) {
        const g = options.gamma;
        if (!(g instanceof Tensor) || g.rank !== batch.length + 1 || g.shape.some((s, i) => s !== [...batch, T][i])) {
            throw new Error(`${op}: gamma must have shape [...batch, T] = ${fmt([...batch, T])}, got ${g instanceof Tensor ? fmt(g.shape) : typeof g}`);
        }
        gamma = g;
    }
    return { batch, T, d, e: v.shape[v.rank - 1], lam, gamma };
}
/**
 * The mesa-layer's attention for one head, fused (causal):
 *   y_t = Φ̂_t q_t,  Φ̂_t = (Σ_{t'≤t} v kᵀ)(Σ_{t'≤t} k kᵀ + I/λ)⁻¹   (weighted by γ, see the file header)
 * computed by the Sherman–Morrison recursion R_t = (Σ k kᵀ + I/λ)⁻¹ in O(d_k² + d_k d_v) per step
 * and O(d_k² + d_k d_v) memory per sequence besides the outputs. Its gradient (w.r.t. q, k, v,
 * λ and γ) comes from a second fused op that recovers R_{t−1} from R_t by inverting the
 * recursion (restarting at the stored checkpoints); that op has no gradient itself, so
 * grad-of-grad is not available here (use `mesaAttendReference`).
 *
 * q, k: [..., T, d_k], v: [..., T, d_v] (any leading batch axes) -> [..., T, d_v].
 * λ: a number, or a tensor broadcasting to [...] (per sequence/head); γ: [..., T].
 */
export function mesaAttend(q, k, v, options) {
    const p = prepare('mesa.attend', q, k, v, options);
    const every = options.checkpointEvery ?? DEFAULT_CHECKPOINT_EVERY;
    if (!(every >= 1))
        throw new Error(`mesa.attend: checkpointEvery must be >= 1, got ${every}`);
    const N = sizeOf(p.batch);
    const flat = (x, dim) => reshape(x, [N, p.T, dim]);
    const inputs = [flat(q, p.d), flat(k, p.d), flat(v, p.e), reshape(p.lam, [N])];
    if (p.gamma)
        inputs.push(reshape(p.gamma, [N, p.T]));
    const everyInt = Number.isFinite(every) ? Math.floor(every) : Math.max(p.T, 1);
    const [y] = runOp(mesaForwardOp, inputs, { forget: p.gamma !== undefined, every: everyInt });
    return reshape(y, [...p.batch, p.T, p.e]);
}
/**
 * The parallel reference of `mesaAttend` (same signature and semantics), from differentiable
 * ops: A_t = w_{t,0} I/λ + Σ_{t'≤t} w_{t,t'} k kᵀ for all t at once, q̃_t = solve(A_t, q_t),
 * then causal (weighted) linear attention y = (W ⊙ q̃ kᵀ) v with W_{t,t'} = w_{t,t'}.
 * O(T d_k³ + T² (d_k + d_v)) time, O(T d_k²) memory. Gradients of any order.
 */
export function mesaAttendReference(q, k, v, options) {
    const { batch, T, d, e, lam, gamma } = prepare('mesa.attendReference', q, k, v, options);
    const N = sizeOf(batch);
    const flat = (x, dim) => reshape(x, [N, T, dim]);
    const { y } = mesaComposition(flat(q, d), flat(k, d), flat(v, e), reshape(lam, [N]), gamma && reshape(gamma, [N, T]));
    return reshape(y, [...batch, T, e]); // [..., T, d_v]
}
//# sourceMappingURL=mesa-attend.js.map