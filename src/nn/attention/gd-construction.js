/**
 * The linear self-attention weights that perform one step of gradient descent on in-context
 * linear regression (PAPERS.md GD-ICL, von Oswald et al. 2023, "Transformers learn in-context
 * by gradient descent", Prop. 1).
 *
 * Token format (D = d_x + d_y): context tokens e_i = [x_i; y_i] (i = 1..N), then the query
 * token e_q = [x_q; −W₀ x_q] (the paper's initial y-slot; [x_q; 0] when W₀ = 0). Attention is
 * non-causal over the N context tokens only (`gdIclMask(N)`; the query token is no key).
 *
 * Loss L(W) = ½ Σ_i ‖W x_i − y_i‖² (a sum, no 1/N: pass η/N for the mean loss), one GD step
 *   W₁ = W₀ − η ∇L(W₀) = W₀ − η Σ_i (W₀ x_i − y_i) x_iᵀ,  ŷ = W₁ x_q.
 *
 * Weights (one head, d_k = d_v = D):
 *   W_Q = W_K = [[I_x, 0], [0, 0]],  W_V = [[0, 0], [W₀, −I_y]],  P = η I_D
 * so k_iᵀ q = x_iᵀ x_q, v_i = [0; W₀ x_i − y_i] and the layer's update of the query token is
 *   Δe_q = [0; η Σ_i (W₀ x_i − y_i) x_iᵀ x_q] = [0; −(W₁ − W₀) x_q].
 * Sign convention: the residual output e_q + Δe_q has y-slot −W₀x_q − (W₁ − W₀)x_q = −ŷ, so the
 * prediction is ŷ = −(y-slot of the output); with W₀ = 0 the update itself is Δy_q = −ŷ.
 * Context tokens move to [x_j; y_j − (W₁ − W₀) x_j].
 */
import { arange, eye, zeros } from '../../core/creation.js';
import { cast, ge, mul, neg } from '../../core/ops/elementwise.js';
import { matmul } from '../../core/ops/matmul.js';
import { concat, pad } from '../../core/ops/movement.js';
import { broadcastTo, mT, reshape, unsqueeze } from '../../core/ops/shape-ops.js';
import { fmt } from '../../core/shape.js';
import { Tensor } from '../../core/tensor.js';
/**
 * Linear-attention parameters (for `linearAttention`, H = 1) whose update of the query token
 * is one GD step from W₀ with learning rate η on the context (see the file header).
 * Returns wQ = wK: [1, D, D], wV: [1, D, D], wO: [1, D, D] with D = d_x + d_y, non-causal
 * (`causal: false`: apply them with the mask `gdIclMask(N)`).
 */
export function gdConstruction({ eta, w0 }) {
    if (!(w0 instanceof Tensor) || w0.rank !== 2)
        throw new Error(`gdConstruction: w0 must be a [d_y, d_x] tensor, got ${w0 instanceof Tensor ? fmt(w0.shape) : typeof w0}`);
    const [dy, dx] = w0.shape;
    const D = dx + dy;
    const opts = { dtype: w0.dtype, device: w0.device };
    const wQK = pad(eye(dx, dx, opts), [
        [0, dy],
        [0, dy],
    ]); // [[I_x, 0], [0, 0]]
    const wV = concat([zeros([dx, D], opts), concat([w0, neg(eye(dy, dy, opts))], 1)], 0); // [[0, 0], [W₀, −I_y]]
    let etaT = eta;
    if (eta instanceof Tensor) {
        if (eta.size !== 1)
            throw new Error(`gdConstruction: eta must be a number or a one-element tensor, got ${fmt(eta.shape)}`);
        etaT = reshape(eta.dtype === w0.dtype ? eta : cast(eta, w0.dtype), [1, 1]); // P in W₀'s dtype
    }
    else if (!Number.isFinite(eta)) {
        throw new Error(`gdConstruction: eta must be finite, got ${eta}`);
    }
    const wO = mul(eye(D, D, opts), etaT); // P = η I
    const one = (m) => reshape(m, [1, D, D]);
    return { kind: 'linearAttention', causal: false, wQ: one(wQK), wK: one(wQK), wV: one(wV), wO: one(wO) };
}
/**
 * GD-ICL tokens: x [..., N, d_x], y [..., N, d_y], x_q [..., d_x] (and W₀ [d_y, d_x], default 0)
 * -> [..., N + 1, d_x + d_y]: rows [x_i; y_i], then the query [x_q; −W₀ x_q].
 */
export function gdIclTokens(x, y, xq, w0) {
    const lead = x.shape.slice(0, -2);
    const dx = x.shape[x.rank - 1];
    const dy = y.shape[y.rank - 1];
    const okY = y.rank === x.rank && y.shape.slice(0, -1).every((s, i) => s === x.shape[i]);
    const okQ = xq.rank === x.rank - 1 && xq.shape.every((s, i) => s === [...lead, dx][i]);
    if (x.rank < 2 || !okY || !okQ || (w0 !== undefined && (w0.rank !== 2 || w0.shape[0] !== dy || w0.shape[1] !== dx))) {
        throw new Error(`gdIclTokens: expected x [..., N, d_x], y [..., N, d_y], x_q [..., d_x], w0 [d_y, d_x], got ${fmt(x.shape)}, ${fmt(y.shape)}, ${fmt(xq.shape)}${w0 ? ', ' + fmt(w0.shape) : ''}`);
    }
    const q = unsqueeze(xq, -2); // [..., 1, d_x]
    const ones = new Array(lead.length).fill(1);
    const yq = w0 === undefined
        ? zeros([...lead, 1, dy], { dtype: x.dtype, device: x.device })
        : neg(matmul(q, broadcastTo(reshape(mT(w0), [...ones, dx, dy]), [...lead, dx, dy])));
    return concat([concat([x, y], -1), concat([q, yq], -1)], -2);
}
/** Mask [N + 1, N + 1] (query, key): every token attends to the N context tokens, not to the query token. */
export function gdIclMask(N) {
    const keys = arange(0, N + 1, 1, { dtype: 'i32' });
    return broadcastTo(reshape(ge(N - 1, keys), [1, N + 1]), [N + 1, N + 1]);
}
//# sourceMappingURL=gd-construction.js.map