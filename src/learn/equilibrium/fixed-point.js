/**
 * Fixed-point solvers for x = f(x) (PAPERS.md P6 and P7: the free and controlled equilibria,
 * the adjoint of recurrent backprop).
 *
 *   'iterate':  x ← (1 − λ) x + λ f(x)                           (λ = damping)
 *   'anderson': Anderson acceleration of memory m (Walker & Ni): with g_i = f(x_i) − x_i over
 *               the last m iterates, α = argmin ‖Σ α_i g_i‖² / s + η‖α‖² (s = max G Gᵀ) s.t. Σ α_i = 1, then
 *               x ← Σ α_i [(1 − λ) x_i + λ f(x_i)]; with `batched` each example of the leading
 *               axis gets its own α (as the least-control authors' solver).
 *   'broyden':  Broyden's "good" method on g(x) = f(x) − x with J⁻¹ ≈ −I + Σ u_k v_kᵀ (the
 *               Sherman–Morrison update of the inverse), x ← x − λ J⁻¹ g(x).
 *
 * The residual after each evaluation is r = ‖f(x) − x‖ / (ε + ‖f(x)‖) (ε = `eps`, the
 * authors' 1e-5; with `batched`, the maximum over the examples of the leading axis). The solve
 * stops at r ≤ tol or after maxIter evaluations of f and reports which happened; a non-finite
 * iterate throws an error naming the method and iteration. Residuals are read back every
 * iteration (`item()`), so x lives on the CPU backend.
 *
 * Gradients: the iterations are ordinary ops, so differentiating through `fixedPoint`
 * differentiates the unrolled solver (BP through the dynamics). For the implicit gradient use
 * `fixedPointLayer` / `implicitGrad` (implicit.ts).
 */
import { matmul } from '../../core/ops/matmul.js';
import { solve } from '../../core/ops/linalg.js';
import { reshape } from '../../core/ops/shape-ops.js';
import { concat } from '../../core/ops/movement.js';
import { eye, ones } from '../../core/creation.js';
import { fmt } from '../../core/shape.js';
export const FIXED_POINT_METHODS = ['iterate', 'anderson', 'broyden'];
function resolve(o) {
    const r = {
        method: o.method ?? 'iterate',
        damping: o.damping ?? 1,
        tol: o.tol ?? 1e-6,
        maxIter: o.maxIter ?? 100,
        memory: o.memory ?? 5,
        ridge: o.ridge ?? 1e-8,
        eps: o.eps ?? 1e-5,
        batched: o.batched ?? false,
    };
    if (!FIXED_POINT_METHODS.includes(r.method))
        throw new Error(`fixedPoint: method must be one of ${FIXED_POINT_METHODS.map((m) => `'${m}'`).join(', ')}, got ${JSON.stringify(o.method)}`);
    if (!(r.damping > 0 && r.damping <= 1))
        throw new Error(`fixedPoint: damping must be in (0, 1], got ${r.damping}`);
    if (!(r.tol >= 0) || !Number.isFinite(r.tol))
        throw new Error(`fixedPoint: tol must be a finite number ≥ 0, got ${r.tol}`);
    if (!Number.isInteger(r.maxIter) || r.maxIter < 1)
        throw new Error(`fixedPoint: maxIter must be an integer ≥ 1, got ${r.maxIter}`);
    if (!Number.isInteger(r.memory) || r.memory < 1)
        throw new Error(`fixedPoint: memory must be an integer ≥ 1, got ${r.memory}`);
    if (!(r.ridge >= 0))
        throw new Error(`fixedPoint: ridge must be ≥ 0, got ${r.ridge}`);
    if (!(r.eps >= 0))
        throw new Error(`fixedPoint: eps must be ≥ 0, got ${r.eps}`);
    return r;
}
/** [B, d] view of x (B = 1 unless batched). */
function rows(x, batched) {
    if (!batched)
        return reshape(x, [1, x.size]);
    return reshape(x, [x.shape[0], x.size / x.shape[0]]);
}
/** r = max_b ‖fx_b − x_b‖ / (ε + ‖fx_b‖), reading the values; throws on non-finite. */
function relResidual(x, fx, o, method, it) {
    const diff = rows(fx.sub(x), o.batched).square().sum(-1).sqrt();
    const scale = rows(fx, o.batched).square().sum(-1).sqrt().add(o.eps);
    const r = diff.div(scale).max().item();
    if (!Number.isFinite(r)) {
        throw new Error(`fixedPoint(${method}): iteration ${it} produced a non-finite value (residual ${r}); the map diverged — ` +
            'check that f is a contraction near x0, lower `damping`, or use a smaller step in f');
    }
    return r;
}
/**
 * Solve x = f(x) from x0. f must map a tensor of x0's shape to one of the same shape.
 *
 * @example const { x, converged } = fixedPoint((v) => w.matmul(v.tanh()).add(b), zeros([n]), { method: 'anderson', tol: 1e-10 })
 */
export function fixedPoint(f, x0, options = {}) {
    const o = resolve(options);
    if (o.batched && x0.rank < 1)
        throw new Error(`fixedPoint: batched needs x0 with a leading batch axis, got shape ${fmt(x0.shape)}`);
    const call = (x) => {
        const fx = f(x);
        if (fx.shape.length !== x.shape.length || fx.shape.some((s, i) => s !== x.shape[i]))
            throw new Error(`fixedPoint: f must return the shape of x (${fmt(x.shape)}), got ${fmt(fx.shape)}`);
        return fx;
    };
    switch (o.method) {
        case 'iterate':
            return iterate(call, x0, o);
        case 'anderson':
            return anderson(call, x0, o);
        case 'broyden':
            return broyden(call, x0, o);
        default:
            throw new Error(`fixedPoint: unknown method ${String(o.method)}`);
    }
}
function done(x, history, o) {
    const residual = history[history.length - 1];
    return { x, iterations: history.length, residual, converged: residual <= o.tol, history };
}
function iterate(f, x0, o) {
    const history = [];
    let x = x0;
    for (let k = 0; k < o.maxIter; k++) {
        const fx = f(x);
        const r = relResidual(x, fx, o, 'iterate', k + 1);
        history.push(r);
        x = o.damping === 1 ? fx : x.add(fx.sub(x).mul(o.damping));
        if (r <= o.tol)
            break;
    }
    return done(x, history, o);
}
function anderson(f, x0, o) {
    const history = [];
    const B = o.batched ? x0.shape[0] : 1;
    const d = x0.size / B;
    const xs = []; // each [B, 1, d]
    const gs = []; // g_i = f(x_i) − x_i, [B, 1, d]
    const fs = [];
    let x = x0;
    for (let k = 0; k < o.maxIter; k++) {
        const fx = f(x);
        const r = relResidual(x, fx, o, 'anderson', k + 1);
        history.push(r);
        if (r <= o.tol)
            return done(fx, history, o);
        xs.push(reshape(x, [B, 1, d]));
        fs.push(reshape(fx, [B, 1, d]));
        gs.push(reshape(fx.sub(x), [B, 1, d]));
        if (xs.length > o.memory) {
            xs.shift();
            fs.shift();
            gs.shift();
        }
        const n = xs.length;
        if (n === 1) {
            x = o.damping === 1 ? fx : x.add(fx.sub(x).mul(o.damping));
            continue;
        }
        // min ‖Gᵀα‖² + η‖α‖² s.t. 1ᵀα = 1  ⇒  α = c / (1ᵀc), (G Gᵀ + ηI) c = 1.
        const G = concat(gs, 1); // [B, n, d]
        const GGt = matmul(G, G.mT); // [B, n, n]
        // The ridge is relative to the largest entry of G Gᵀ, so it does not stall the solve once
        // the residuals are small (an absolute η would dominate G Gᵀ near convergence).
        const scale = GGt.max([1, 2], true).add(1e-300);
        const gram = GGt.div(scale).add(eye(n, { dtype: x0.dtype }).mul(o.ridge));
        const c = solve(gram, ones([B, n, 1], { dtype: x0.dtype })); // [B, n, 1]
        const alpha = c.div(c.sum(1, true)).mT; // [B, 1, n]
        const X = concat(xs, 1);
        const F = concat(fs, 1);
        const mixF = matmul(alpha, F);
        const next = o.damping === 1
            ? mixF
            : matmul(alpha, X)
                .mul(1 - o.damping)
                .add(mixF.mul(o.damping));
        x = reshape(next, x0.shape);
    }
    return done(x, history, o);
}
function broyden(f, x0, o) {
    const history = [];
    const n = x0.size;
    // J⁻¹ ≈ −I + Uᵀ V with U, V: [k, n] (rows u_k, v_k); at most maxIter rows.
    let U = null;
    let V = null;
    const jinv = (v) => (U === null || V === null ? v.neg() : v.neg().add(matmul(matmul(v, V.mT), U))); // v: [1, n]
    const jinvT = (v) => (U === null || V === null ? v.neg() : v.neg().add(matmul(matmul(v, U.mT), V)));
    let x = reshape(x0, [1, n]);
    let fx = reshape(f(x0), [1, n]);
    let g = fx.sub(x);
    let r = relResidual(x, fx, o, 'broyden', 1);
    history.push(r);
    while (r > o.tol && history.length < o.maxIter) {
        const dx = jinv(g).neg().mul(o.damping); // Newton-like step −J⁻¹g
        const xNew = x.add(dx);
        const fNew = reshape(f(reshape(xNew, x0.shape)), [1, n]);
        const gNew = fNew.sub(xNew);
        r = relResidual(xNew, fNew, o, 'broyden', history.length + 1);
        history.push(r);
        const dg = gNew.sub(g);
        // Good Broyden: J⁻¹ ← J⁻¹ + (dx − J⁻¹dg) dxᵀJ⁻¹ / (dxᵀ J⁻¹ dg).
        const jdg = jinv(dg);
        const denom = dx.mul(jdg).sum().item();
        if (Number.isFinite(denom) && Math.abs(denom) > 1e-300) {
            const u = dx.sub(jdg).div(denom);
            const v = jinvT(dx);
            U = U === null ? u : concat([U, u], 0);
            V = V === null ? v : concat([V, v], 0);
        }
        x = xNew;
        fx = fNew;
        g = gNew;
    }
    // Return f(x) when converged (one step closer), else the last iterate.
    return done(reshape(r <= o.tol ? fx : x, x0.shape), history, o);
}
//# sourceMappingURL=fixed-point.js.map