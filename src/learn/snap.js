/**
 * SnAp-1 (Menick et al. 2021) for the dense recurrent layers `nn.linearRnn` and `nn.gru`: real-time
 * recurrent learning with the influence matrix J_t = ∂h_t/∂θ kept only on the entries a
 * parameter reaches in one step (θ in row i of a weight matrix -> unit i), and its recursion
 * J_t = D_t J_{t−1} + I_t restricted to that pattern, i.e. with the diagonal of the Jacobian
 * D_t = ∂h_t/∂h_{t−1}:
 *
 *   J_t[b, i, j] = diag(D_t)[b, i] · J_{t−1}[b, i, j] + I_t[b, i, j]
 *
 * The gradient of step t is Σ_b ḡ_t[b, i] J_t[b, i, j] (ḡ_t = ∂L_t/∂h_t from backprop through
 * the current step only). Exact when D_t is diagonal (diagonal A, diagonal U blocks) and at T = 1.
 *
 * linearRnn, h_t = A ρ(h_{t−1}) + B x_t:  I^A = ρ(h_{t−1})[j],  I^B = x_t[j],
 *   diag(D_t)_i = A_ii ρ'(h_{t−1,i}).
 * gru (gates r, z, n; see nn/recurrent/gru.ts), with s_a = ∂h_t,i/∂(pre-activation a of unit i):
 *   s_n = (1 − z)(1 − n²),  s_r = s_n (U_n h_{t−1})_i r(1 − r),  s_z = (h_{t−1} − n) z(1 − z);
 *   I^W_g = s_g x_t[j],  I^b_g = s_g,  I^U_{r,z} = s_{r,z} h_{t−1}[j],  I^U_n = s_n r_i h_{t−1}[j];
 *   diag(D_t)_i = z_i + s_r U_r,ii + s_z U_z,ii + s_n r_i U_n,ii.
 *
 * Traces per layer: linearRnn [B, N, N + H], gru [B, 3N, H + N + 1] (the size of the parameters,
 * per sequence). The parameter gradients enter the step through a zero-valued "tap" whose
 * backward rule returns the trace products, so the ordinary autodiff of the step (with the
 * parameters held constant) still carries the input gradient to the lower layers.
 */
import { customVjp } from '../core/autodiff.js';
import { ones, zeros } from '../core/creation.js';
import { add, mul, sigmoid, square, sub, tanh } from '../core/ops/elementwise.js';
import { einsum } from '../core/ops/einsum.js';
import { matmul } from '../core/ops/matmul.js';
import { concat, split } from '../core/ops/movement.js';
import { sum } from '../core/ops/reduce.js';
import { mT, reshape, unsqueeze } from '../core/ops/shape-ops.js';
import { detach } from '../core/tensor.js';
/** Σ_b g[b, i] J[b, i, j] -> [I, J] (or Σ_b g[b, i] J[b, i] -> [I] for rank-2 J). */
function contract(g, j) {
    return sum(mul(j.rank === 3 ? unsqueeze(g, -1) : g, j), 0);
}
/** d [B, I] ⊙ J [B, I, J] + a [B, I] ⊗ c [B, J]. */
function decayAdd(d, j, a, c) {
    return add(mul(unsqueeze(d, -1), j), mul(unsqueeze(a, -1), unsqueeze(c, 1)));
}
/**
 * A zero of shape `like` whose VJP sends `grads(ḡ)` to `params` (one gradient per parameter):
 * adding it to h_t injects the trace products without changing any value.
 */
function tap(params, like, grads) {
    const z = () => zeros(like.shape, { dtype: like.dtype, device: like.device });
    const op = customVjp((..._ps) => z(), (..._ps) => [z(), null], (_r, ct) => grads(ct));
    return op(...params);
}
export function linearRnnSnapInit(p, batch) {
    const [N, H] = p.b.shape;
    const { dtype, device } = p.a;
    return { h: zeros([batch, N], { dtype, device }), ja: zeros([batch, N, N], { dtype, device }), jb: zeros([batch, N, H], { dtype, device }) };
}
/** One SnAp-1 step of `nn.linearRnn`: x: [B, H] -> y: [B, O]. */
export function linearRnnSnapStep(p, s, x, nonlinearity) {
    const ad = detach(p.a);
    const bd = detach(p.b);
    const f = nonlinearity === 'tanh' ? tanh(s.h) : s.h; // ρ(h_{t−1}): [B, N]
    const dRho = nonlinearity === 'tanh' ? sub(1, square(f)) : null;
    const N = ad.shape[0];
    const aDiag = reshape(einsum('ii->i', ad), [1, N]);
    const one = ones(s.h.shape, { dtype: s.h.dtype, device: s.h.device });
    const d = mul(aDiag, dRho ?? one); // [B, N]
    const ja = decayAdd(d, s.ja, one, f);
    const jb = decayAdd(d, s.jb, one, detach(x));
    const hv = add(matmul(f, mT(ad)), matmul(x, mT(bd))); // value; x keeps its gradient through B
    const h = add(hv, tap([p.a, p.b], hv, (g) => [contract(g, ja), contract(g, jb)]));
    const y = add(matmul(h, mT(p.c)), matmul(x, mT(p.d)));
    return [{ h: detach(h), ja, jb }, y];
}
export function gruSnapInit(p, batch) {
    const [N3, H] = p.w.shape;
    const N = N3 / 3;
    const { dtype, device } = p.w;
    return {
        h: zeros([batch, N], { dtype, device }),
        jw: zeros([batch, N3, H], { dtype, device }),
        ju: zeros([batch, N3, N], { dtype, device }),
        jb: zeros([batch, N3], { dtype, device }),
    };
}
/** One SnAp-1 step of `nn.gru`: x: [B, H] -> y = h_t: [B, N]. */
export function gruSnapStep(p, s, x) {
    const wd = detach(p.w);
    const ud = detach(p.u);
    const bd = detach(p.b);
    const N = ud.shape[1];
    const hp = s.h;
    // the step with constant parameters: x keeps its gradient
    const xw = add(matmul(x, mT(wd)), reshape(bd, [1, 3 * N])); // [B, 3N]
    const [xr, xz, xn] = split(xw, 3, -1);
    const [hr, hz, hn] = split(matmul(hp, mT(ud)), 3, -1);
    const r = sigmoid(add(xr, hr));
    const z = sigmoid(add(xz, hz));
    const n = tanh(add(xn, mul(r, hn)));
    const hv = add(mul(z, hp), mul(sub(1, z), n));
    // immediate sensitivities and the diagonal of ∂h_t/∂h_{t−1} (constants)
    const [rc, zc, nc] = [detach(r), detach(z), detach(n)];
    const sn = mul(sub(1, zc), sub(1, square(nc)));
    const sr = mul(mul(sn, hn), mul(rc, sub(1, rc)));
    const sz = mul(sub(hp, nc), mul(zc, sub(1, zc)));
    const [ur, uz, un] = split(ud, 3, 0).map((m) => reshape(einsum('ii->i', m), [1, N]));
    const d = add(add(add(zc, mul(sr, ur)), mul(sz, uz)), mul(mul(sn, rc), un)); // [B, N]
    const d3 = concat([d, d, d], -1); // [B, 3N]
    const sAll = concat([sr, sz, sn], -1);
    const sU = concat([sr, sz, mul(sn, rc)], -1);
    const jw = decayAdd(d3, s.jw, sAll, detach(x));
    const ju = decayAdd(d3, s.ju, sU, hp);
    const jb = add(mul(d3, s.jb), sAll);
    const h = add(hv, tap([p.w, p.u, p.b], hv, (g) => {
        const g3 = concat([g, g, g], -1);
        return [contract(g3, jw), contract(g3, ju), contract(g3, jb)];
    }));
    return [{ h: detach(h), jw, ju, jb }, h];
}
//# sourceMappingURL=snap.js.map